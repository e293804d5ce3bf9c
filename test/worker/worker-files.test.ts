// CSV files, client documents and website enrichment on the Workers build (workerd through wrangler's test harness,
// offline): exports and documents kept in R2 (the FILES bucket, simulated locally), uploads kept in the database
// (csv_imports), applied within the request; enrichment fetched through the same SSRF guard as on Node, against a loopback website. (Redirect hops are
// not tried here: the harness sends the Worker's outbound fetches through Node's fetch, which follows them itself.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/db/client';
import { clients, documents, members } from '../../src/db/schema';
import { insertTeamToken } from '../../src/domain/auth/send-team-link';
import { seedWorkspace, testCtx } from '../support/factories';
import type { Sqld } from '../support/sqld';
import { PUBLIC_URL, startMigratedSqld, startWorker, stopWorker, workerLogs } from '../support/worker-harness';
import { startSite, type Site } from '../domain/enrichment/site-server';

const HOME = `<!doctype html><html><head><title>Acme</title>
<meta name="description" content="Acme builds industrial robots for factories across Europe.">
<script type="application/ld+json">{"@type":"Organization","telephone":"+49 30 1234567",
 "address":{"@type":"PostalAddress","streetAddress":"Hauptstraße 5","addressLocality":"Berlin","postalCode":"10115","addressCountry":"Germany"}}</script>
</head><body><a href="/kontakt">Kontakt</a></body></html>`;

let sqld: Sqld;
let node: DbHandle;
let server: TestHarness;
let site: Site;
let workspaceId: number;
let cookie: string;

async function signInOwner(): Promise<string> {
  const email = `owner.${workspaceId}@studio.test`;
  const [owner] = await node.db.select().from(members).where(eq(members.email, email));
  const ctx = testCtx(node.db, { kind: 'system', workspaceId, channel: 'system', name: 'test' });
  const issued = await insertTeamToken(node.db, { ...ctx, now: () => new Date() }, { id: owner.id, email, workspaceId });
  const token = new URLSearchParams(new URL(issued.link).hash.slice(1)).get('t')!;
  const verified = await server.fetch('/auth/verify', {
    method: 'POST', redirect: 'manual',
    headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token }).toString(),
  });
  return (verified.headers.get('set-cookie') ?? '').split(';')[0];
}

beforeAll(async () => {
  ({ sqld, node } = await startMigratedSqld());
  workspaceId = (await seedWorkspace(node.db, { name: 'Worker Studio' })).workspaceId;
  site = await startSite({ '/': HOME, '/kontakt': '<p>Invoices: <a href="mailto:billing@acme.de">billing@acme.de</a></p>' });
  server = await startWorker({ DATABASE_URL: sqld.url, PUBLIC_URL, LOG_LEVEL: 'info' });
  cookie = await signInOwner();
}, 60_000);

afterAll(() => stopWorker({ server, node, sqld }, site));

const logged = () => workerLogs(server);
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  server.fetch(path, { method: 'POST', redirect: 'manual', headers: { cookie, origin: PUBLIC_URL, ...headers }, body });

describe('CSV files on the Worker', () => {
  it('imports a CSV: the dry run changes nothing, the apply creates the clients once', async () => {
    // As the import page sends it: multipart, the file in the "file" field.
    const csv = 'Company,E-mail,City\nInitech,info@initech.test,Austin\nGlobex,,Springfield\n';
    const form = ['--xBOUNDARYx', 'Content-Disposition: form-data; name="file"; filename="leads.csv"', 'Content-Type: text/csv', '', csv, '--xBOUNDARYx--', ''].join('\r\n');
    const dry = await post('/files/imports', form, { 'content-type': 'multipart/form-data; boundary=xBOUNDARYx' });
    expect(dry.status, await dry.clone().text()).toBe(200);
    const report = await dry.json() as { importId: string; created: number; filename: string };
    expect(report).toMatchObject({ created: 2, filename: 'leads.csv' });
    expect(await node.db.select().from(clients).where(eq(clients.name, 'Initech'))).toHaveLength(0);

    const applied = await post(`/files/imports/${report.importId}/apply`, '', { accept: 'application/x-ndjson' });
    expect(applied.status, logged()).toBe(200);
    const lines = (await applied.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1), logged()).toMatchObject({ report: { created: 2, alreadyApplied: false } });
    const [initech] = await node.db.select().from(clients).where(eq(clients.name, 'Initech'));
    expect(initech).toMatchObject({ email: 'info@initech.test', city: 'Austin' });

    const again = await post(`/files/imports/${report.importId}/apply`, '');
    expect(await again.json()).toMatchObject({ alreadyApplied: true });
    expect(await node.db.select().from(clients).where(eq(clients.name, 'Initech'))).toHaveLength(1);
  });

  it('exports the clients to R2 and downloads the file as an attachment; another id finds nothing', async () => {
    const made = await post('/files/exports', JSON.stringify({}), { 'content-type': 'application/json' });
    expect(made.status, logged()).toBe(200);
    const { downloadUrl, rows, bytes } = await made.json() as { downloadUrl: string; rows: number; bytes: number };
    expect(rows).toBeGreaterThanOrEqual(2);
    const res = await server.fetch(downloadUrl, { headers: { cookie } });
    expect(res.status, logged()).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="clients-\d{4}-\d\d-\d\d\.csv"$/);
    const text = await res.text();
    expect(new TextEncoder().encode(text).byteLength).toBe(bytes);
    expect(text.split('\n')[0]).toContain('Name');
    expect(text).toContain('Initech');
    expect(text).toContain('info@initech.test');
    expect((await server.fetch('/files/exports/AAAAAAAAAAAAAAAAAAAAAA', { headers: { cookie } })).status).toBe(404);
    expect((await server.fetch(downloadUrl)).status).toBe(401);
  });
});

describe('client documents on the Worker', () => {
  it('uploads a document on the client page into R2 and downloads the same bytes; another client\'s path is a 404', async () => {
    const [acme] = await node.db.insert(clients).values({ workspaceId, number: 'D001', name: 'Docs Acme', nameKey: 'docs acme' }).returning();
    const [other] = await node.db.insert(clients).values({ workspaceId, number: 'D002', name: 'Docs Other', nameKey: 'docs other' }).returning();
    const pdf = '%PDF-1.7\nthe brief, kept in R2';
    const form = ['--xBOUNDARYx', 'Content-Disposition: form-data; name="file"; filename="brief.pdf"', 'Content-Type: application/pdf', '', pdf,
      '--xBOUNDARYx', 'Content-Disposition: form-data; name="title"', '', 'Brief', '--xBOUNDARYx--', ''].join('\r\n');
    const res = await post(`/clients/${acme.id}/documents`, form, { 'content-type': 'multipart/form-data; boundary=xBOUNDARYx' });
    expect(res.status, logged()).toBe(200);
    expect(await res.text()).toContain('Uploaded “Brief” (team only).');
    const [doc] = await node.db.select().from(documents).where(eq(documents.clientId, acme.id));
    expect(doc).toMatchObject({ title: 'Brief', filename: 'brief.pdf' });

    const dl = await server.fetch(`/clients/${acme.id}/documents/${doc.id}`, { headers: { cookie } });
    expect(dl.status, logged()).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(await dl.text()).toBe(pdf);
    expect((await server.fetch(`/clients/${other.id}/documents/${doc.id}`, { headers: { cookie } })).status).toBe(404);
    // Signed out: the sign-in page, not the file.
    const signedOut = await server.fetch(`/clients/${acme.id}/documents/${doc.id}`, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toMatch(/^\/sign-in/);
  });
});

describe('website enrichment on the Worker', () => {
  const enrich = async (name: string, website: string) => {
    const [client] = await node.db.insert(clients).values({ workspaceId, number: `E${name.length}${website.length}`, name, nameKey: name.toLowerCase(), website }).returning();
    const res = await post(`/clients/${client.id}/enrich`, '', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status, logged()).toBe(303);
    const [row] = await node.db.select().from(clients).where(eq(clients.id, client.id));
    return row;
  };

  it('refuses loopback, private and cloud-metadata addresses through the SSRF guard, fetching nothing', async () => {
    const before = site.requests.length;
    for (const [name, url] of [['Loopback Co', site.url], ['Metadata Co', 'http://169.254.169.254/latest/meta-data/'], ['Mapped Co', 'http://[::ffff:127.0.0.1]:1/']]) {
      const row = await enrich(name, url);
      expect(row.enrichmentState).toBe('failed');
      expect(row.enrichmentError).toMatch(/^Refused to fetch .*private, loopback or reserved address/);
    }
    expect(site.requests.length).toBe(before);
  });

  it('reads the website and its contact page and proposes the findings when private addresses are allowed (tests only)', async () => {
    await server.update((o) => ({ ...o, workers: [{ configPath: './wrangler.toml', vars: { DATABASE_URL: sqld.url, PUBLIC_URL, ENRICH_ALLOW_PRIVATE: 'true' } }] }));
    cookie = await signInOwner();
    const row = await enrich('Acme GmbH', site.url);
    expect(row.enrichmentState, row.enrichmentError ?? '').toBe('succeeded');
    const data = row.enrichmentData as { pages: string[]; proposals: Array<{ field: string }> };
    expect(data.pages).toEqual(expect.arrayContaining([`${site.url}/`, `${site.url}/kontakt`]));
    expect(data.proposals.map((p) => p.field)).toEqual(expect.arrayContaining(['phone', 'address', 'billingEmail']));
  });
});

