// sendInvoice from chat (a model through the real OpenAI SDK against a loopback fake): it waits for the person's
// click, the confirmation names the invoice, its figures and the recipient, and the click sends exactly that.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval } from '../../src/agent/run-agent';
import { invoices } from '../../src/db/schema';
import { addContact } from '../../src/domain/contacts/add-contact';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { type OwnerChat, startOwnerChat, type World } from '../agent/injection.support';

let w: World, owner: OwnerChat['owner'], ask: OwnerChat['ask'];
beforeAll(async () => { ({ w, owner, ask } = await startOwnerChat('send-invoice')); });
afterAll(() => w.close());

const send = (invoice: string) => ask([{ name: 'sendInvoice', args: { invoice } }]);
const confirm = (id: string) => confirmApproval({ deps: w.deps, ctx: owner(), approvalId: id });
const invoice = (client: string, amount: number) => createInvoice({ ctx: owner(), input: { client, amount, dueDate: '2027-01-15' } }).then((r) => r.invoice);

describe('sendInvoice in chat', () => {
  it('waits for the click, naming the invoice, its figures and the address; the click emails it once and records it', async () => {
    const inv = await invoice('Acme Corp', 1200);
    const turn = await send('Acme Corp');
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({ toolName: 'sendInvoice', summary: `Email invoice ${inv.number} of Acme Corp (€1,200.00, balance €1,200.00) to jane@acme.io` });
    expect(w.deps.mailer.sent).toHaveLength(0);
    const done = await confirm(turn.approvals[0].id);
    expect(done.results[0].result).toMatchObject({ ok: true, data: { kind: 'record', entity: 'invoice', id: inv.id, label: inv.number } });
    expect(done.results[0].result.ok && done.results[0].result.text).toBe(
      `Emailed invoice ${inv.number} of Acme Corp (€1,200.00 due) to jane@acme.io, the client email, with the link to view and print it in the portal.`);
    expect(w.deps.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['jane@acme.io', `Invoice ${inv.number} from Test Studio: €1,200.00 due 2027-01-15`]]);
    const [row] = await w.deps.db.select().from(invoices).where(eq(invoices.id, inv.id));
    expect(row.sentTo).toBe('jane@acme.io');

    // Asked again: the confirmation says when it last went, and so does the answer.
    const again = await send(inv.number);
    expect(again.approvals[0].summary).toMatch(new RegExp(`^Email invoice ${inv.number} of Acme Corp .+ to jane@acme\\.io; it was last sent \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC to jane@acme\\.io$`));
    const twice = await confirm(again.approvals[0].id);
    expect(twice.results[0].result.ok && twice.results[0].result.text).toMatch(/ It was sent before on \d{4}-\d\d-\d\d \d\d:\d\d UTC to jane@acme\.io\.$/);
    expect(w.deps.mailer.sent).toHaveLength(2);
    await recordPayment({ ctx: owner(), input: { invoice: inv.number, amount: 1200 } });
  });

  it('sends nothing when the address or the balance changed after the question', async () => {
    await createClient({ ctx: owner(), input: { name: 'Pinned Co', email: 'ap@pinned.example' } });
    const inv = await invoice('Pinned Co', 800);
    const before = w.deps.mailer.sent.length;
    const first = await send('Pinned Co');
    expect(first.approvals[0].summary).toContain('to ap@pinned.example');
    await addContact({ ctx: owner(), input: { client: 'Pinned Co', name: 'Bea Billing', email: 'bea@pinned.example', billingDefault: true } });
    expect((await confirm(first.approvals[0].id)).results[0].result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const second = await send(inv.number);
    expect(second.approvals[0].summary).toContain('to Bea Billing <bea@pinned.example>');
    await recordPayment({ ctx: owner(), input: { invoice: inv.number, amount: 300 } });
    expect((await confirm(second.approvals[0].id)).results[0].result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.deps.mailer.sent.length).toBe(before);
    expect((await w.deps.db.select().from(invoices).where(eq(invoices.id, inv.id)))[0].sentAt).toBeNull();
  });

  it('asks which invoice when a client has several open, and names what to add when there is no address', async () => {
    await createClient({ ctx: owner(), input: { name: 'Two Open Ltd', email: 'ap@twoopen.example' } });
    const a = await invoice('Two Open', 100);
    const b = await invoice('Two Open', 200);
    const which = await send('Two Open');
    expect(which.approvals).toEqual([]);
    expect(which.results[0].result).toMatchObject({ ok: false, error: { code: 'ambiguous',
      candidates: [{ id: a.id, label: a.number }, { id: b.id, label: b.number }] } });
    const inv = await invoice('Beta Labs', 50);
    const nowhere = await send(inv.number);
    expect(nowhere.approvals).toEqual([]);
    expect(nowhere.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict', missing: 'billingEmail',
      message: expect.stringMatching(/^There is nowhere to send Beta Labs's invoices: .+ Add the client's billing email/) } });
    expect(w.deps.mailer.sent.filter((m) => /Two Open|Beta/.test(m.subject))).toEqual([]);
  });
});
