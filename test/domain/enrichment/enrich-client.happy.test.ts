import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, contacts, notes } from '../../../src/db/schema';
import { applyEnrichment } from '../../../src/domain/enrichment/apply-enrichment';
import { enrichClient } from '../../../src/domain/enrichment/enrich-client';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient } from '../exports/seed';
import { startSite, type Site } from './site-server';

let t: TestDb;
let ws: SeededWorkspace;
let site: Site;

const HOME = `<!doctype html><html><head><title>Acme</title>
<meta name="description" content="Acme builds precision machinery &amp; industrial robots for factories across Europe.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Acme GmbH","telephone":"+49 30 1234567",
 "address":{"@type":"PostalAddress","streetAddress":"Hauptstraße 5","addressLocality":"Berlin","postalCode":"10115","addressCountry":"Germany"}}</script>
</head><body><nav><a href="/ueber-uns">Über uns</a> <a href="/kontakt">Kontakt</a></nav>
<p>Welcome!</p><footer><a href="https://www.linkedin.com/company/acme-gmbh/?trk=x">LinkedIn</a></footer></body></html>`;
const CONTACT = `<html><body><h1>Kontakt</h1><p>Questions about invoices? Write to <a href="mailto:Billing@Acme.de">billing@acme.de</a>
or call <a href="tel:+49301234567">030 1234567</a>. Sales: sales@acme.de</p></body></html>`;

beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  site = await startSite({ '/': HOME, '/kontakt': CONTACT, '/ueber-uns': '<p>We are a family business since 1952.</p>' });
});
afterAll(async () => { await site.close(); t.cleanup(); });

describe('enrichClient against a site on loopback (private fetch allowed, as tests only)', () => {
  it('reads home, about and contact pages and proposes changes without touching the client', async () => {
    const { client } = await seedClient(t.db, ws.workspaceId, { name: 'Acme GmbH', website: site.url, industry: 'Robotics' });
    const ctx = testCtx(t.db, ws.actors.manager, { allowPrivateFetch: true });
    const res = await enrichClient({ ctx, input: { client: 'acme' } });
    expect(res.state).toBe('succeeded');
    expect(site.requests.slice(0, 3)).toEqual(['/', '/ueber-uns', '/kontakt']);
    expect(res.data!.findings).toMatchObject({
      description: 'Acme builds precision machinery & industrial robots for factories across Europe.',
      industry: 'Manufacturing',
      linkedin: 'https://www.linkedin.com/company/acme-gmbh',
      financeEmails: ['billing@acme.de'],
      phone: '+49301234567',
      address: { line1: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'Germany' },
    });
    expect(res.data!.findings.emails).toEqual(expect.arrayContaining(['billing@acme.de', 'sales@acme.de']));
    const byField = Object.fromEntries(res.data!.proposals.map((p) => [p.field, p]));
    expect(byField.industry).toMatchObject({ value: 'Manufacturing', current: 'Robotics', conflict: true });
    expect(byField.address).toMatchObject({ value: { addressLine1: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE' }, conflict: false });
    expect(byField.billingEmail.value).toBe('billing@acme.de');
    const [stored] = await t.db.select().from(clients).where(eq(clients.id, client.id));
    expect(stored).toMatchObject({ enrichmentState: 'succeeded', enrichmentError: null, industry: 'Robotics', city: null, phone: null });
    expect((stored.enrichmentData as { proposals: unknown[] }).proposals).toHaveLength(res.data!.proposals.length);
  });

  it('applyEnrichment applies the chosen fields and lists conflicts instead of overwriting them', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const res = await applyEnrichment({ ctx, input: { client: 'acme', fields: ['industry', 'address', 'phone', 'billingEmail', 'linkedin'] } });
    expect(res.applied).toEqual(['phone', 'address', 'billingEmail', 'linkedin']);
    expect(res.conflicts).toEqual([{ field: 'industry', current: 'Robotics', proposed: 'Manufacturing' }]);
    const [c] = await t.db.select().from(clients).where(eq(clients.id, res.client.id));
    expect(c).toMatchObject({ industry: 'Robotics', phone: '+49301234567', addressLine1: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE' });
    const people = await t.db.select().from(contacts).where(eq(contacts.clientId, c.id));
    expect(people.map((p) => [p.email, p.role, p.isBillingDefault])).toEqual([['billing@acme.de', 'finance', true]]);
    expect((await t.db.select().from(notes).where(eq(notes.clientId, c.id))).map((n) => n.body)).toEqual(['LinkedIn: https://www.linkedin.com/company/acme-gmbh']);
    // The explicit choice replaces what the team typed.
    const forced = await applyEnrichment({ ctx, input: { client: 'acme', fields: ['industry'], overwrite: ['industry'] } });
    expect(forced.applied).toEqual(['industry']);
    expect((await t.db.select().from(clients).where(eq(clients.id, c.id)))[0].industry).toBe('Manufacturing');
  });

  it('skips a client without a website, saying why, and stores a failure with its error', async () => {
    await seedClient(t.db, ws.workspaceId, { name: 'Nosite Ltd' });
    const ctx = testCtx(t.db, ws.actors.owner, { allowPrivateFetch: true });
    const skipped = await enrichClient({ ctx, input: { client: 'Nosite' } });
    expect(skipped).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/has no website/) });
    await seedClient(t.db, ws.workspaceId, { name: 'Broken', website: `${site.url}/gone` });
    const failed = await enrichClient({ ctx, input: { client: 'Broken' } });
    expect(failed).toMatchObject({ state: 'failed', reason: expect.stringMatching(/answered 404/) });
    const [row] = await t.db.select().from(clients).where(eq(clients.id, failed.client.id));
    expect(row).toMatchObject({ enrichmentState: 'failed', enrichmentError: expect.stringMatching(/answered 404/) });
  });

  it('gives up on a site that never answers and stores the failure', async () => {
    const { createServer } = await import('node:http');
    const hang = createServer(() => { /* never answers */ });
    await new Promise<void>((ok) => hang.listen(0, '127.0.0.1', ok));
    try {
      const port = (hang.address() as { port: number }).port;
      await seedClient(t.db, ws.workspaceId, { name: 'Slowpoke', website: `http://127.0.0.1:${port}` });
      const res = await enrichClient({ ctx: testCtx(t.db, ws.actors.owner, { allowPrivateFetch: true }), input: { client: 'Slowpoke' }, options: { timeoutMs: 200 } });
      expect(res).toMatchObject({ state: 'failed', reason: `127.0.0.1:${port} did not answer in time.` });
    } finally {
      hang.closeAllConnections();
      hang.close();
    }
  });

  it('stops reading a page at about 1 MB', async () => {
    const big = await startSite({ '/': `<meta name="description" content="Big page company description here.">${'x'.repeat(3 * 1024 * 1024)}` });
    try {
      await seedClient(t.db, ws.workspaceId, { name: 'Bigpage', website: big.url });
      const res = await enrichClient({ ctx: testCtx(t.db, ws.actors.owner, { allowPrivateFetch: true }), input: { client: 'Bigpage' } });
      expect(res.state).toBe('succeeded');
      expect(res.data!.findings.description).toBe('Big page company description here.');
    } finally {
      await big.close();
    }
  });
});
