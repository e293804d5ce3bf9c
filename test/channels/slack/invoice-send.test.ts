// Sending an invoice from Slack: the client card lists the open invoices with Send…; Send asks for a confirmation
// naming the invoice, its figures and the billing address; Confirm emails it once and the next card says when.
import { afterEach, describe, expect, it } from 'vitest';
import { invoices } from '../../../src/db/schema';
import { seedClient } from '../../domain/exports/seed';
import { buttonClick, startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
const json = (x: unknown) => JSON.stringify(x);
const click = (hh: Harness, actionId: string, value: string, user?: string) => buttonClick(hh, actionId, value, { user });


async function seedInvoiced(hh: Harness) {
  const ws = hh.deps.workspaceId;
  const { client } = await seedClient(hh.deps.db, ws, { name: 'Acme Corp', status: 'active' },
    [{ name: 'Jane Doe', email: 'jane@acme.com', isPrimary: true }, { name: 'Bill Payer', email: 'ap@acme.com', isBillingDefault: true }]);
  const [open] = await hh.deps.db.insert(invoices).values({
    workspaceId: ws, clientId: client.id, number: 'INV-0007', amountCents: 120000, amountPaidCents: 20000, currency: 'EUR', issuedOn: '2026-11-01', dueOn: '2026-12-01',
  }).returning();
  await hh.deps.db.insert(invoices).values({ workspaceId: ws, clientId: client.id, number: 'INV-0008', amountCents: 5000, amountPaidCents: 5000, currency: 'EUR', status: 'paid' });
  return { client, open };
}

describe('Send on the client card', () => {
  it('lists open invoices; Send asks for confirmation naming figures and address; Confirm emails it once', async () => {
    h = await startHarness();
    const { client, open } = await seedInvoiced(h);
    await h.send(click(h, 'client_show', String(client.id)));
    await h.deps.deferrer.drain();
    const card = json(h.fake.callsTo('chat.postMessage')[0].args.blocks);
    expect(card).toContain('*INV-0007* · €1,200.00 · balance €1,000.00 · due 2026-12-01 · _not sent yet_');
    expect(card).not.toContain('INV-0008');
    expect(card).toContain(`"action_id":"invoice_send","value":"${open.id}"`);

    await h.send(click(h, 'invoice_send', String(open.id)));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent).toHaveLength(0);
    const ask = h.fake.callsTo('chat.postMessage')[1];
    expect(ask.args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1548261231.000200' });
    expect(ask.args.text).toBe('Please confirm: Email invoice INV-0007 of Acme Corp (€1,200.00, balance €1,000.00) to Bill Payer &lt;ap@acme.com&gt;');
    const approvalId = /"action_id":"approval_confirm","value":"([^"]+)"/.exec(json(ask.args.blocks))![1];

    await h.send(click(h, 'approval_confirm', approvalId));
    await h.send(click(h, 'approval_confirm', approvalId));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['ap@acme.com', 'Invoice INV-0007 from My Studio: €1,000.00 due 2026-12-01']]);
    const answers = h.fake.hooks.map((x) => x.body);
    expect(answers.filter((a) => a.replace_original && /^Emailed invoice INV-0007/.test(a.text))).toHaveLength(1);

    await h.send(click(h, 'client_show', String(client.id)));
    await h.deps.deferrer.drain();
    const posts = h.fake.callsTo('chat.postMessage');
    expect(json(posts[posts.length - 1].args.blocks)).toMatch(/INV-0007\* .+ · _last sent 2026-11-22 10:00 UTC_/);
  });

  it('answers privately when the invoice cannot be sent, and emails nothing', async () => {
    h = await startHarness();
    const { client } = await seedClient(h.deps.db, h.deps.workspaceId, { name: 'Nowhere Ltd', status: 'active' });
    const [inv] = await h.deps.db.insert(invoices).values({
      workspaceId: h.deps.workspaceId, clientId: client.id, number: 'INV-0001', amountCents: 100, currency: 'EUR', issuedOn: '2026-11-01',
    }).returning();
    await h.send(click(h, 'invoice_send', String(inv.id)));
    await h.deps.deferrer.drain();
    const answers = h.fake.hooks.map((x) => x.body);
    expect(answers[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining("There is nowhere to send Nowhere Ltd's invoices") });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.deps.mailer.sent).toEqual([]);
  });
});
