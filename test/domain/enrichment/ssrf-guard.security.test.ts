// The guard refuses private, loopback, link-local and reserved targets (after DNS, and on redirects) when
// private fetching is off, as it is everywhere but tests. Nothing refused is ever requested.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import { enrichClient } from '../../../src/domain/enrichment/enrich-client';
import { fetchPage } from '../../../src/domain/enrichment/fetch-page';
import { assertPublicUrl, isBlockedAddress } from '../../../src/domain/enrichment/ssrf-guard';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient } from '../exports/seed';
import { startSite, type Site } from './site-server';

let t: TestDb;
let ws: SeededWorkspace;
let site: Site;
let publicSite: Site;
let internal: Site;
let port: number;
const redirect = (location: string) => ({ status: 302, headers: { location } });
beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  site = await startSite({ '/': '<meta name="description" content="Internal admin panel, must never be read.">' });
  const pages: Parameters<typeof startSite>[0] = {
    '/': '<title>A public website</title>', '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/iam'),
    '/r1': redirect('/r2'), '/r2': redirect('/r3'), '/r3': redirect('/r4'), '/r4': redirect('/r5'), '/r5': 'too far',
  };
  publicSite = await startSite(pages);
  port = Number(new URL(publicSite.url).port);
  pages['/to-inside'] = redirect(`http://inside.example:${port}/`);
  internal = await startSite({ '/': 'internal secrets' }, { host: '127.0.0.2', port });
});
afterAll(async () => { await Promise.all([site.close(), publicSite.close(), internal.close()]); t.cleanup(); });

describe('SSRF guard', () => {
  it('classifies addresses', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '10.255.1.2', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc12::3', '::ffff:127.0.0.1', '::ffff:7f00:1', 'ff02::1', '[::1]']) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1', '100.128.0.1']) expect(isBlockedAddress(ip), ip).toBe(false);
  });

  it('refuses loopback, private, metadata and IPv6 loopback URLs, and names resolving to loopback', async () => {
    const off = { allowPrivate: false };
    for (const url of ['http://127.0.0.1/', 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:8080/',
      'http://[::ffff:127.0.0.1]/', 'http://0x7f000001/', 'http://2130706433/', 'http://localhost/', site.url]) {
      await expect(assertPublicUrl(new URL(url), off), url).rejects.toMatchObject({ code: 'forbidden' });
    }
    // A public-looking name that resolves to a private address is refused too (every address is checked).
    const resolve = async (host: string) => (host === 'sneaky.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34']);
    await expect(assertPublicUrl(new URL('https://sneaky.example/'), { allowPrivate: false, resolve })).rejects.toThrow(/10\.0\.0\.7/);
    await expect(assertPublicUrl(new URL('https://fine.example/'), { allowPrivate: false, resolve })).resolves.toBeUndefined();
    await expect(assertPublicUrl(new URL('file:///etc/passwd'), { allowPrivate: true })).rejects.toThrow(/only http and https/);
  });

  // The test's "internet" is 127.0.0.1 (a site on it plays a public website); 127.0.0.2, on the same port, plays
  // the internal service an attacker wants: it must never see a request.
  const testInternet = (ip: string) => ip !== '127.0.0.1' && isBlockedAddress(ip);

  it('DNS rebinding: a name answering public, then private, is connected to only at the address that was checked', async () => {
    const resolved: string[] = [];
    const resolve = async (host: string) => {
      const answer = resolved.filter((h) => h === host).length === 0 ? ['127.0.0.1'] : ['127.0.0.2'];
      resolved.push(host);
      return answer;
    };
    const ctx = testCtx(t.db, ws.actors.owner);
    const page = await fetchPage(ctx, `http://rebind.example:${port}/`, { resolve, isBlocked: testInternet });
    expect(page.html).toContain('A public website');
    expect(resolved).toEqual(['rebind.example']);
    // Asked again, the name now answers the internal address: refused before any connection.
    await expect(fetchPage(ctx, `http://rebind.example:${port}/`, { resolve, isBlocked: testInternet }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/127\.0\.0\.2/) });
    expect(resolved).toEqual(['rebind.example', 'rebind.example']);
    expect(publicSite.requests).toEqual(['/']);
    expect(internal.requests).toEqual([]);
  });

  it('a name resolving to a public and a private address is refused; neither is contacted', async () => {
    const resolve = async () => ['127.0.0.1', '127.0.0.2'];
    const before = publicSite.requests.length;
    await expect(fetchPage(testCtx(t.db, ws.actors.owner), `http://mixed.example:${port}/`, { resolve, isBlocked: testInternet }))
      .rejects.toMatchObject({ code: 'forbidden' });
    expect(publicSite.requests.length).toBe(before);
    expect(internal.requests).toEqual([]);
  });

  it('refuses a redirect to a private address (by IP or by a name resolving to one) and never requests it', async () => {
    const resolve = async (host: string) => (host === 'inside.example' ? ['127.0.0.2'] : ['127.0.0.1']);
    const ctx = testCtx(t.db, ws.actors.owner);
    await expect(fetchPage(ctx, `http://www.example:${port}/to-metadata`, { resolve, isBlocked: testInternet }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/169\.254\.169\.254/) });
    await expect(fetchPage(ctx, `http://www.example:${port}/to-inside`, { resolve, isBlocked: testInternet }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/inside\.example resolves to 127\.0\.0\.2/) });
    expect(publicSite.requests).toEqual(expect.arrayContaining(['/to-metadata', '/to-inside']));
    expect(internal.requests).toEqual([]);
  });

  it('follows at most 3 redirects', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const before = publicSite.requests.length;
    await expect(fetchPage(ctx, `http://127.0.0.1:${port}/r1`, { isBlocked: testInternet })).rejects.toThrow(/redirects more than 3 times/);
    expect(publicSite.requests.slice(before)).toEqual(['/r1', '/r2', '/r3', '/r4']);
  });

  it('enrichClient with private fetching off: the loopback site is never contacted and the failure is stored', async () => {
    const { client } = await seedClient(t.db, ws.workspaceId, { name: 'Loopback Co', website: site.url });
    await seedClient(t.db, ws.workspaceId, { name: 'Localhost Co', website: `http://localhost:${new URL(site.url).port}` });
    await seedClient(t.db, ws.workspaceId, { name: 'Metadata Co', website: 'http://169.254.169.254' });
    const ctx = testCtx(t.db, ws.actors.owner);
    for (const name of ['Loopback Co', 'Localhost Co', 'Metadata Co']) {
      const res = await enrichClient({ ctx, input: { client: name } });
      expect(res, name).toMatchObject({ state: 'failed', reason: expect.stringMatching(/^Refused to fetch/) });
    }
    expect(site.requests).toEqual([]);
    const [row] = await t.db.select().from(clients).where(eq(clients.id, client.id));
    expect(row).toMatchObject({ enrichmentState: 'failed', enrichmentError: expect.stringMatching(/private, loopback or reserved/) });
  });
});
