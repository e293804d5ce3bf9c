// Pages come back decoded (gzip, brotli), and the size limit counts the decoded bytes: a small compressed
// "bomb" is cut at the limit instead of filling memory.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/domain/enrichment/fetch-page';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { startSite, type Site } from './site-server';

let t: TestDb;
let ws: SeededWorkspace;
let site: Site;
const html = { 'content-type': 'text/html; charset=utf-8' };
beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  site = await startSite({
    '/gzip': { status: 200, headers: { ...html, 'content-encoding': 'gzip' }, body: gzipSync('<title>Zipped Gmbh</title>') },
    '/br': { status: 200, headers: { ...html, 'content-encoding': 'br' }, body: brotliCompressSync('<title>Brotli AG</title>') },
    '/bomb': { status: 200, headers: { ...html, 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(50 * 1024 * 1024, 'a')) },
    '/image': { status: 200, headers: { 'content-type': 'image/png' }, body: 'png' },
  });
});
afterAll(async () => { await site.close(); t.cleanup(); });

describe('fetchPage', () => {
  const ctx = () => testCtx(t.db, ws.actors.owner, { allowPrivateFetch: true });

  it('decodes gzip and brotli pages', async () => {
    expect((await fetchPage(ctx(), `${site.url}/gzip`)).html).toBe('<title>Zipped Gmbh</title>');
    expect((await fetchPage(ctx(), `${site.url}/br`)).html).toBe('<title>Brotli AG</title>');
  });

  it('stops at the limit of decoded bytes (a 50 MB page compressed to 50 KB)', async () => {
    const page = await fetchPage(ctx(), `${site.url}/bomb`, { maxBytes: 64 * 1024 });
    expect(page).toMatchObject({ truncated: true });
    expect(page.html.length).toBe(64 * 1024);
  });

  it('refuses what is not a web page', async () => {
    await expect(fetchPage(ctx(), `${site.url}/image`)).rejects.toThrow(/is not a web page \(image\/png\)/);
    await expect(fetchPage(ctx(), `${site.url}/missing`)).rejects.toThrow(/answered 404/);
  });
});
