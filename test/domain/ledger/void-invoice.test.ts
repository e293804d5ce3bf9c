// "Void INV-0012": an issued invoice nothing is paid on stops being owed and leaves the client's portal, keeps its
// number, and comes back on undo; a paid or void invoice is refused with why, and changes nothing; only the team with
// client access may, in its own workspace.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ContactActor } from '../../../src/context';
import { contacts, invoices } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { showClient } from '../../../src/domain/clients/show-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { voidInvoice } from '../../../src/domain/ledger/void-invoice';
import { getPortalInvoice } from '../../../src/domain/portal/get-portal-records';
import { testCtx } from '../../support/factories';
import { rejection, useLedgerFixture } from './fixture';

const f = useLedgerFixture();
const statusOf = async (id: number) => (await f.t.db.select({ s: invoices.status }).from(invoices).where(eq(invoices.id, id)))[0].s;

describe('voidInvoice', () => {
  it('voids an unpaid invoice: no longer owed, gone from the portal, back on undo (happy)', async () => {
    const c = await f.client('Void Happy Ltd');
    await addContact({ ctx: f.ctx(), input: { client: 'Void Happy', name: 'Vera', email: 'vera@voidhappy.example' } });
    const [vera] = await f.t.db.select().from(contacts).where(and(eq(contacts.clientId, c.id), eq(contacts.name, 'Vera')));
    const keep = (await createInvoice({ ctx: f.ctx(), input: { client: 'Void Happy', amount: 300 } })).invoice;
    const wrong = (await createInvoice({ ctx: f.ctx(), input: { client: 'Void Happy', amount: 1200 } })).invoice;
    const portal = testCtx(f.t.db, { kind: 'contact', workspaceId: f.a.workspaceId, contactId: vera.id, clientId: c.id, channel: 'portal', name: 'Vera' } satisfies ContactActor);
    await getPortalInvoice({ ctx: portal, input: { id: wrong.id } });

    const offered = async () => (await showClient({ ctx: f.ctx(), input: { client: 'Void Happy' } })).invoices.filter((i) => i.voidable).map((i) => i.number);
    expect((await offered()).sort()).toEqual([keep.number, wrong.number].sort());
    const r = await voidInvoice({ ctx: f.ctx(), input: { invoice: wrong.number.toLowerCase(), reason: 'sent to the wrong client' } });
    expect(r.invoice).toMatchObject({ number: wrong.number, status: 'void' });
    expect(r.client.totals).toEqual([{ currency: 'EUR', revenue: 300, paid: 0, outstanding: 300 }]);
    expect(r.client.invoiceCount).toBe(2);
    expect(await offered()).toEqual([keep.number]);
    await expect(getPortalInvoice({ ctx: portal, input: { id: wrong.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(recordPayment({ ctx: f.ctx(), input: { invoice: wrong.number, amount: 10 } })).rejects.toMatchObject({ code: 'conflict' });

    const undone = await undoActivity({ ctx: f.ctx(), input: { activityId: r.activityId } });
    expect(undone.summary).toContain(`Voided ${wrong.number}`);
    expect(await statusOf(wrong.id)).toBe('issued');
    expect((await showClient({ ctx: f.ctx(), input: { client: 'Void Happy' } })).totals[0]).toMatchObject({ outstanding: 1500 });
    expect(keep.status).toBe('issued');
    expect((await offered()).sort()).toEqual([keep.number, wrong.number].sort());
  });

  it('refuses a paid or already void invoice, and an unknown one, changing nothing (error)', async () => {
    await f.client('Void Errors Ltd');
    const paid = (await createInvoice({ ctx: f.ctx(), input: { client: 'Void Errors', amount: 100 } })).invoice;
    await recordPayment({ ctx: f.ctx(), input: { invoice: paid.number, amount: 40 } });
    expect((await showClient({ ctx: f.ctx(), input: { client: 'Void Errors' } })).invoices.map((i) => i.voidable)).toEqual([false]);
    const before = await f.counts();
    const err = await rejection(voidInvoice({ ctx: f.ctx(), input: { invoice: paid.number } }));
    expect(err).toMatchObject({ code: 'conflict', message: `${paid.number} has €40.00 paid on it, so it cannot be voided; undo the payment first.` });
    expect(await rejection(voidInvoice({ ctx: f.ctx(), input: { invoice: 'INV-9999' } }))).toMatchObject({ code: 'not_found' });
    expect(await rejection(voidInvoice({ ctx: f.ctx(), input: {} }))).toMatchObject({ code: 'invalid', issues: [{ field: 'invoice' }] });
    expect(await f.counts()).toEqual(before);
    const other = (await createInvoice({ ctx: f.ctx(), input: { client: 'Void Errors', amount: 50 } })).invoice;
    await voidInvoice({ ctx: f.ctx(), input: { invoice: other.number } });
    expect(await rejection(voidInvoice({ ctx: f.ctx(), input: { invoice: other.number } }))).toMatchObject({ code: 'conflict', message: `${other.number} is already void.` });
  });

  it('is refused to a member and a portal contact, and never reaches another workspace (security)', async () => {
    const c = await f.client('Void Guard Ltd');
    const inv = (await createInvoice({ ctx: f.ctx(), input: { client: 'Void Guard', amount: 80 } })).invoice;
    const contact: ContactActor = { kind: 'contact', workspaceId: f.a.workspaceId, contactId: 1, clientId: c.id, channel: 'portal', name: 'Jane' };
    for (const ctx of [f.ctx('member'), testCtx(f.t.db, contact)]) {
      expect(await rejection(voidInvoice({ ctx, input: { invoice: inv.number } }))).toMatchObject({ code: 'forbidden' });
    }
    expect(await rejection(voidInvoice({ ctx: f.ctx('owner', 'b'), input: { invoice: `id:${inv.id}` } }))).toMatchObject({ code: 'not_found' });
    expect(await statusOf(inv.id)).toBe('issued');
  });
});
