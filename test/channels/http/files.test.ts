// The CSV routes through the full app: download headers (C4), workspace scoping (C5), upload limits (C6), and
// upload -> dry run -> apply.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { seedClient } from '../../domain/exports/seed';
import { addMember, type App, sameOrigin, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let manager: string;
let plainMember: string;
beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager');
  await addMember(deps, 'member');
  manager = await signIn(app, deps, 'manager@studio.test');
  plainMember = await signIn(app, deps, 'member@studio.test');
  await seedClient(deps.db, deps.workspaceId, { name: '=HYPERLINK("http://evil.example")', city: 'Berlin' });
});
afterAll(() => deps.testDb.cleanup());

const post = (path: string, cookie: string, body: BodyInit, type: string) =>
  app.request(path, { method: 'POST', headers: { ...sameOrigin, cookie, 'content-type': type }, body });

describe('file routes', () => {
  it('C4: exports and downloads as an attachment with the CSV type and nosniff', async () => {
    const made = await post('/files/exports', manager, JSON.stringify({ bom: true }), 'application/json');
    expect(made.status).toBe(200);
    const { downloadUrl, rows } = await made.json() as { downloadUrl: string; rows: number };
    expect(rows).toBe(1);
    const res = await app.request(downloadUrl, { headers: { cookie: manager } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="clients-2026-11-22.csv"');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('"\'=HYPERLINK(""http://evil.example"")"');
  });

  it('C5: no session, a member without client access, or an unknown id get nothing', async () => {
    const made = await post('/files/exports', manager, '{}', 'application/json');
    const { downloadUrl } = await made.json() as { downloadUrl: string };
    expect((await app.request(downloadUrl)).status).toBe(401);
    expect((await app.request(downloadUrl, { headers: { cookie: plainMember } })).status).toBe(403);
    expect((await app.request('/files/exports/AAAAAAAAAAAAAAAAAAAAAA', { headers: { cookie: manager } })).status).toBe(404);
    expect((await app.request('/files/exports/..%2F..%2Fetc%2Fpasswd', { headers: { cookie: manager } })).status).toBe(404);
  });

  it('uploads a CSV, reports the dry run, and applies it', async () => {
    const form = new FormData();
    form.set('file', new File(['Company,E-mail,Zip\nInitech,info@initech.test,10001\nGlobex,,94016\n'], 'leads.csv', { type: 'text/csv' }));
    const dry = await app.request('/files/imports', { method: 'POST', headers: { ...sameOrigin, cookie: manager }, body: form });
    expect(dry.status).toBe(200);
    const report = await dry.json() as { importId: string; created: number; filename: string };
    expect(report).toMatchObject({ created: 2, filename: 'leads.csv' });
    expect((await deps.db.select({ n: sql<number>`count(*)` }).from(clients))[0].n).toBe(1);
    const applied = await post(`/files/imports/${report.importId}/apply`, manager, '', 'application/json');
    expect(applied.status).toBe(200);
    expect((await deps.db.select().from(clients).where(eq(clients.name, 'Initech')))[0].postalCode).toBe('10001');
  });

  it('streams progress lines and the report when asked for NDJSON; errors arrive as the last line', async () => {
    const csv = ['Company,City', ...Array.from({ length: 2500 }, (_, i) => `Streamed ${i},Town ${i}`)].join('\n');
    const dry = await (await post('/files/imports?filename=s.csv', manager, csv, 'text/csv')).json() as { importId: string };
    const res = await app.request(`/files/imports/${dry.importId}/apply`, { method: 'POST', headers: { ...sameOrigin, cookie: manager, accept: 'application/x-ndjson' } });
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    const written = lines.filter((l) => l.progress?.phase === 'writing').map((l) => l.progress.done);
    expect(written.length).toBeGreaterThan(1);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written.at(-1)).toBe(2500);
    expect(lines.at(-1).report).toMatchObject({ created: 2500, status: 'applied' });
    const bad = await (await post('/files/imports?filename=b.csv', manager, 'Company,Email\nX,nope\n', 'text/csv')).json() as { importId: string };
    const failed = await app.request(`/files/imports/${bad.importId}/apply`, { method: 'POST', headers: { ...sameOrigin, cookie: manager, accept: 'application/x-ndjson' } });
    const last = JSON.parse((await failed.text()).trim().split('\n').at(-1)!);
    expect(last.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/row 1: Email/) });
  });

  it('C6: refuses an upload over 5 MB with 413, binary with 422, and storing nothing', async () => {
    const big = `Company\n${'a'.repeat(6 * 1024 * 1024)}\n`;
    const res = await post('/files/imports?filename=big.csv', manager, big, 'text/csv');
    expect(res.status).toBe(413);
    const utf16 = await post('/files/imports?filename=x.csv', manager, Buffer.from('Company\nAcme\n', 'utf16le'), 'text/csv');
    expect(utf16.status).toBe(422);
    expect(((await utf16.json()) as { error: { message: string } }).error.message).toMatch(/not UTF-8/);
    const exe = await post('/files/imports?filename=clients.csv.exe', manager, 'Company\nAcme\n', 'text/csv');
    expect(exe.status).toBe(422);
    expect((await post('/files/imports', plainMember, 'Company\nAcme\n', 'text/csv')).status).toBe(403);
  });
});
