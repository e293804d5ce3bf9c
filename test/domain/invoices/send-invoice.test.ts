// sendInvoice: the billing address rule (billing contact, else the client's email, else the primary contact),
// the email a client receives, what is recorded, re-sending, and every refusal (with nothing sent or written).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, invoices } from '../../../src/db/schema';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { sendInvoice } from '../../../src/domain/invoices/send-invoice';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { rejection, useLedgerFixture } from '../ledger/fixture';

const f = useLedgerFixture();

async function invoiceFor(client: string, amount = 1200) {
  return (await createInvoice({ ctx: f.ctx(), input: { client, amount, dueDate: '2026-12-22', description: 'Website relaunch' } })).invoice;
}

describe('sendInvoice: where it goes', () => {
  it('goes to the billing-default contact first, with the figures in the invoice currency and the portal link', async () => {
    await f.client('Billing First GmbH', 'a', { email: 'accounts@billingfirst.example', contactName: 'Pia Primary' });
    await addContact({ ctx: f.ctx(), input: { client: 'Billing First', name: 'Bea Billing', email: 'bea@billingfirst.example', billingDefault: true } });
    const inv = await invoiceFor('Billing First');
    const ctx = f.ctx();
    await recordPayment({ ctx, input: { invoice: inv.number, amount: 200 } });
    const r = await sendInvoice({ ctx, input: { invoice: inv.number } });
    expect(r.to).toMatchObject({ email: 'bea@billingfirst.example', name: 'Bea Billing', source: 'billing contact' });
    expect(r.previous).toBeNull();
    expect(ctx.mailer.sent).toHaveLength(1);
    const mail = ctx.mailer.sent[0];
    expect(mail.to).toBe('bea@billingfirst.example');
    expect(mail.subject).toBe(`Invoice ${inv.number} from Studio A: €1,000.00 due 2026-12-22`);
    for (const s of ['Hello Bea Billing', '€1,200.00', '€200.00', '€1,000.00', '2026-12-22', 'Website relaunch', `http://localhost:8787/portal/invoices/${inv.id}`]) {
      expect(mail.text).toContain(s);
    }
    expect(mail.html).toContain(`href="http://localhost:8787/portal/invoices/${inv.id}"`);
    expect(mail.links).toEqual([`http://localhost:8787/portal/invoices/${inv.id}`]);
    const [row] = await f.t.db.select().from(invoices).where(eq(invoices.id, inv.id));
    expect(row.sentTo).toBe('bea@billingfirst.example');
    expect(row.sentAt?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(act).toMatchObject({ verb: 'invoice.sent', entityType: 'invoice', entityId: inv.id, channel: 'web' });
    expect(act.summary).toBe(`Emailed ${inv.number} (€1,200.00, balance €1,000.00) to Bea Billing <bea@billingfirst.example>, the billing contact`);
  });

  it("else goes to the client's email, when the billing contact has no email or there is none", async () => {
    await f.client('Client Mail Ltd', 'a', { email: 'invoices@clientmail.example', contactName: 'Carl Contact' });
    await updateContact({ ctx: f.ctx(), input: { client: 'Client Mail', contact: 'Carl Contact', email: 'carl@clientmail.example' } });
    await addContact({ ctx: f.ctx(), input: { client: 'Client Mail', name: 'No Mail Billing', billingDefault: true } });
    const ctx = f.ctx();
    const r = await sendInvoice({ ctx, input: { invoice: (await invoiceFor('Client Mail')).number } });
    expect(r.to).toEqual({ email: 'invoices@clientmail.example', name: null, contactId: null, source: 'client email' });
    expect(ctx.mailer.sent[0].to).toBe('invoices@clientmail.example');
    expect(ctx.mailer.sent[0].text).toContain('Hello,');
  });

  it('else goes to the primary contact', async () => {
    await f.client('Primary Only Inc', 'a', { contactName: 'Pat Primary' });
    await updateContact({ ctx: f.ctx(), input: { client: 'Primary Only', contact: 'Pat Primary', email: 'pat@primaryonly.example' } });
    const ctx = f.ctx();
    const r = await sendInvoice({ ctx, input: { invoice: (await invoiceFor('Primary Only')).number } });
    expect(r.to).toMatchObject({ email: 'pat@primaryonly.example', name: 'Pat Primary', source: 'primary contact' });
    expect(ctx.mailer.sent.map((m) => m.to)).toEqual(['pat@primaryonly.example']);
  });

  it('says when it was last sent, and sends again on purpose', async () => {
    await f.client('Twice Sent BV', 'a', { email: 'ap@twice.example' });
    const inv = await invoiceFor('Twice Sent');
    const ctx = f.ctx();
    await sendInvoice({ ctx, input: { invoice: inv.number } });
    ctx.clock.now = new Date('2026-11-29T08:30:00Z');
    const again = await sendInvoice({ ctx, input: { invoice: inv.number.toLowerCase() } });
    expect(again.previous).toEqual({ sentAt: '2026-11-22T10:00:00.000Z', sentTo: 'ap@twice.example' });
    expect(ctx.mailer.sent).toHaveLength(2);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, again.activityId));
    expect(act.summary).toMatch(/ again \(last sent 2026-11-22 10:00 UTC to ap@twice\.example\)$/);
    expect((await f.t.db.select().from(invoices).where(eq(invoices.id, inv.id)))[0].sentAt?.toISOString()).toBe('2026-11-29T08:30:00.000Z');
  });

  it("takes the client's name when it has exactly one open invoice; a paid one does not count", async () => {
    await f.client('One Open Oy', 'a', { email: 'ap@oneopen.example' });
    const paid = await invoiceFor('One Open', 100);
    await recordPayment({ ctx: f.ctx(), input: { invoice: paid.number, amount: 100 } });
    const open = await invoiceFor('One Open', 300);
    const r = await sendInvoice({ ctx: f.ctx(), input: { invoice: 'One Open' } });
    expect(r.invoice.number).toBe(open.number);
    // A paid invoice can still be sent by its number, as a copy for the client's records.
    const ctx = f.ctx();
    await sendInvoice({ ctx, input: { invoice: paid.number } });
    expect(ctx.mailer.sent[0].subject).toBe(`Invoice ${paid.number} from Studio A: paid in full`);
    expect(ctx.mailer.sent[0].text).toContain('It is paid in full');
  });
});

describe('sendInvoice: refusals send nothing and write nothing', () => {
  const refused = async (invoice: string) => {
    const ctx = f.ctx();
    const before = await f.counts();
    const err = await rejection(sendInvoice({ ctx, input: { invoice } }));
    expect(ctx.mailer.sent).toEqual([]);
    expect(await f.counts()).toEqual(before);
    return err;
  };

  it('names what to add when the client has no address to send to', async () => {
    await f.client('Nowhere Ltd');
    const bare = await invoiceFor('Nowhere');
    expect((await refused(bare.number)).toJSON()).toMatchObject({ code: 'conflict', missing: 'billingEmail',
      message: "There is nowhere to send Nowhere Ltd's invoices: it has no billing contact, no billing email and no primary contact. Add the client's billing email, or a contact with an email (marked as billing contact)." });
    await f.client('No Mail Primary', 'a', { contactName: 'Quiet Quinn' });
    const p = await invoiceFor('No Mail Primary');
    expect((await refused(p.number)).message).toMatch(/its primary contact Quiet Quinn has no email address\. Add the client's billing email, or Quiet Quinn's email\.$/);
    await addContact({ ctx: f.ctx(), input: { client: 'No Mail Primary', name: 'Bill Nomail', billingDefault: true } });
    expect((await refused(p.number)).message).toMatch(/its billing contact Bill Nomail has no email address\. Add Bill Nomail's email, or the client's billing email\.$/);
  });

  it('refuses void and draft invoices', async () => {
    await f.client('Void Draft AG', 'a', { email: 'ap@voiddraft.example' });
    const v = await invoiceFor('Void Draft');
    await f.t.db.update(invoices).set({ status: 'void' }).where(eq(invoices.id, v.id));
    expect(await refused(v.number)).toMatchObject({ code: 'conflict', message: `${v.number} is void; a void invoice cannot be sent.` });
    const d = await invoiceFor('Void Draft');
    await f.t.db.update(invoices).set({ status: 'draft' }).where(eq(invoices.id, d.id));
    expect(await refused(d.number)).toMatchObject({ code: 'conflict', message: `${d.number} is a draft; it cannot be sent until it is issued.` });
  });

  it('lists the open invoices when a client name matches several, and says when there is none', async () => {
    await f.client('Many Open SA', 'a', { email: 'ap@manyopen.example' });
    const one = await invoiceFor('Many Open', 100);
    const two = await invoiceFor('Many Open', 250);
    const err = await refused('Many Open');
    expect(err).toMatchObject({ code: 'ambiguous', message: `Many Open SA has 2 open invoices; which one? ${one.number} (€100.00 open · due 2026-12-22), ${two.number} (€250.00 open · due 2026-12-22).` });
    expect(err.toJSON().candidates).toEqual([
      { id: one.id, label: one.number, detail: '€100.00 open · due 2026-12-22' }, { id: two.id, label: two.number, detail: '€250.00 open · due 2026-12-22' },
    ]);
    await f.client('Nothing Open KG', 'a', { email: 'ap@nothing.example' });
    expect(await refused('Nothing Open')).toMatchObject({ code: 'conflict', message: 'Nothing Open KG has no invoices yet.' });
    expect(await refused('INV-9999')).toMatchObject({ code: 'not_found' });
    expect(await refused('Nobody Such')).toMatchObject({ code: 'not_found', message: 'No invoice or client matches "Nobody Such".' });
  });

  it("never reaches another workspace's invoice, and members without client access are refused", async () => {
    await f.client('Other Studio Client', 'b', { email: 'ap@other.example' });
    const theirs = (await createInvoice({ ctx: f.ctx('manager', 'b'), input: { client: 'Other Studio', amount: 99 } })).invoice;
    expect(await refused(`id:${theirs.id}`)).toMatchObject({ code: 'not_found' });
    const member = f.ctx('member');
    expect(await rejection(sendInvoice({ ctx: member, input: { invoice: 'INV-0001' } }))).toMatchObject({ code: 'forbidden' });
    expect(member.mailer.sent).toEqual([]);
  });
});
