// Sending an invoice from the web client page: Send… asks first, naming the recipient and figures; the confirmed
// click emails it once, and the table then says when and to whom; a changed address, a missing one, another
// client's invoice, a draft, a cross-site post and a member without client access send nothing.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contacts, invoices } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { type Deployment, startPortalApp } from './portal-helpers';
import { addMember, form, signIn, type App } from './web-session';

let deps: TestDeps, app: App, s: Deployment, team: string;
beforeEach(async () => {
  ({ deps, app, s } = await startPortalApp({ env: { WORKSPACE_NAME: 'Northwind Studio' } }));
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia Manager');
  team = await signIn(app, deps, 'mia@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const send = (clientId: number, invoiceId: number, data: Record<string, string> = {}, cookie = team) => {
  const f = form(data);
  return app.request(`/clients/${clientId}/invoices/${invoiceId}/send`, { ...f, headers: { ...f.headers, cookie } });
};
const invoiceMails = () => deps.mailer.sent.filter((m) => m.subject.startsWith('Invoice '));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&#39;/g, "'").replace(/&gt;/g, '>').replace(/\s+/g, ' ');
const billTo = (id: number, email = 'jane@acme.test') => deps.db.update(contacts).set({ isBillingDefault: true, email }).where(eq(contacts.id, id));

describe('Send on the client page', () => {
  it('asks first with the recipient and figures, then emails it once; the table shows when and to whom', async () => {
    await billTo(s.jane.id);
    const page = await (await app.request(`/clients/${s.acme.id}`, { headers: { cookie: team } })).text();
    expect(page).toContain(`action="/clients/${s.acme.id}/invoices/${s.ledger.invoices[0].id}/send"`);
    expect(page).not.toContain(`/invoices/${s.ledger.draft.id}/send`);

    const ask = await send(s.acme.id, s.ledger.invoices[0].id);
    expect(ask.status).toBe(200);
    const question = text(await ask.text());
    expect(question).toContain('Email invoice ACME-1 (€1,500.00, balance €1,000.00) to Jane <img src=x onerror=alert(1)> <jane@acme.test>, with the portal link');
    expect(invoiceMails()).toEqual([]);

    const to = 'Jane <img src=x onerror=alert(1)> <jane@acme.test>';
    const done = await send(s.acme.id, s.ledger.invoices[0].id, { confirmed: '1', to });
    expect(done.status).toBe(200);
    const after = await done.text();
    expect(text(after)).toContain(`Emailed ACME-1 to ${to} (the billing contact) with the portal link.`);
    expect(after).not.toContain('<img src=x');
    expect(invoiceMails().map((m) => [m.to, m.subject])).toEqual([['jane@acme.test', 'Invoice ACME-1 from Northwind Studio: €1,000.00 due 2026-10-01']]);
    expect(after).toContain('<time datetime="2026-11-22T10:00:00.000Z">2026-11-22 10:00 UTC</time>');
    expect(after).toContain('Send again…');

    // Again: the question says when it was last sent.
    const again = text(await (await send(s.acme.id, s.ledger.invoices[0].id)).text());
    expect(again).toContain('It was last sent 2026-11-22 10:00 UTC to jane@acme.test.');
    // Sent again, the notice says when and to whom it went before.
    const resent = await send(s.acme.id, s.ledger.invoices[0].id, { confirmed: '1', to });
    expect(resent.status).toBe(200);
    expect(text(await resent.text())).toContain(`Emailed ACME-1 to ${to} (the billing contact) with the portal link. It was last sent 2026-11-22 10:00 UTC to jane@acme.test.`);
  });

  it('sends nothing when the billing address changed after the question, and asks again', async () => {
    await billTo(s.jane.id);
    await send(s.acme.id, s.ledger.invoices[0].id);
    await billTo(s.jane.id, 'accounts@acme.test');
    const res = await send(s.acme.id, s.ledger.invoices[0].id, { confirmed: '1', to: 'Jane <img src=x onerror=alert(1)> <jane@acme.test>' });
    expect(res.status).toBe(409);
    expect(text(await res.text())).toContain('The billing address changed to Jane <img src=x onerror=alert(1)> <accounts@acme.test>; nothing was sent.');
    expect(invoiceMails()).toEqual([]);
    expect((await deps.db.select().from(invoices).where(eq(invoices.id, s.ledger.invoices[0].id)))[0].sentAt).toBeNull();
  });

  it('names what to add when there is no billing address', async () => {
    const res = await send(s.acme.id, s.ledger.invoices[0].id);
    expect(res.status).toBe(409);
    expect(text(await res.text())).toContain("There is nowhere to send Acme <b>Corp</b>'s invoices: it has no billing contact, no billing email and no primary contact.");
    expect(invoiceMails()).toEqual([]);
  });

  it("refuses another client's invoice, a draft, a cross-site post and a member without client access", async () => {
    await billTo(s.jane.id);
    expect((await send(s.acme.id, s.globexLedger.invoices[0].id, { confirmed: '1', to: 'x' })).status).toBe(404);
    const draft = await send(s.acme.id, s.ledger.draft.id);
    expect(draft.status).toBe(409);
    expect(text(await draft.text())).toContain('ACME-3 is a draft; it cannot be sent until it is issued.');
    const cross = await app.request(`/clients/${s.acme.id}/invoices/${s.ledger.invoices[0].id}/send`, {
      method: 'POST', headers: { cookie: team, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, body: 'confirmed=1',
    });
    expect(cross.status).toBe(403);
    await addMember(deps, 'member', 'max@studio.test', 'Max Member');
    const memberCookie = await signIn(app, deps, 'max@studio.test');
    expect((await send(s.acme.id, s.ledger.invoices[0].id, {}, memberCookie)).status).toBe(403);
    expect(invoiceMails()).toEqual([]);
  });
});
