// "void INV-0012", "cancel invoice 12, it went to the wrong client", "write off the Acme Corp invoice": an invoice
// voided, always after a click, with the reason kept; a negation, a how-to question or an unknown client is no such
// request, and nothing changes until the person confirms.
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { invoices } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Brightline Tooling'], contacts: [], groups: [], members: [] };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('an invoice voided, as said', () => {
  it.each([
    ['void INV-0012', { invoice: 'INV-0012' }],
    ['cancel invoice 12, it went to the wrong client', { invoice: 'INV-0012', reason: 'it went to the wrong client' }],
    ['INV-0007 should be voided', { invoice: 'INV-0007' }],
    ['mark INV-7 as void', { invoice: 'INV-0007' }],
    ['please write off the Acme Corp invoice', { invoice: 'Acme Corp' }],
    ["cancel Acme Corp's invoice because the project was cancelled", { invoice: 'Acme Corp', reason: 'the project was cancelled' }],
    ['void the invoice for Brightline Tooling', { invoice: 'Brightline Tooling' }],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'voidInvoice', args }]);
  });

  it('is not read from a negation, a how-to question, a quote or an unknown client', () => {
    for (const text of ["don't void INV-0012", 'how do I void an invoice?', 'cancel the quote for Acme Corp', 'void the Nobody Ltd invoice']) {
      expect(read(text), text).not.toEqual([expect.objectContaining({ tool: 'voidInvoice' })]);
    }
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('waits for the click, names the invoice, then voids it with the reason in the history', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const inv = (await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 1200 } })).invoice;
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'void', text: `cancel ${inv.number}, it went to the wrong client`, surface: 'web' });
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({ toolName: 'voidInvoice', summary: `Void invoice ${inv.number} of Acme Corp (€1,200.00): it went to the wrong client; it will no longer be owed` });
    const status = async () => (await fx.deps.db.select({ s: invoices.status }).from(invoices).where(eq(invoices.id, inv.id)))[0].s;
    expect(await status()).toBe('issued');
    const done = await confirmApproval({ deps: fx.deps, ctx, approvalId: turn.approvals[0].id });
    expect(done.results[0].result).toMatchObject({ ok: true, text: `Voided ${inv.number} of Acme Corp (#0001) (€1,200.00); it is no longer owed.` });
    expect(await status()).toBe('void');
  });

  it('voids nothing when the invoice was paid between the question and the click', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const inv = (await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 900 } })).invoice;
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'void-late', text: 'void the Acme Corp invoice', surface: 'web' });
    expect(turn.approvals[0].summary).toContain(`Void invoice ${inv.number} of Acme Corp (€900.00)`);
    await recordPayment({ ctx, input: { invoice: inv.number, amount: 900 } });
    const done = await confirmApproval({ deps: fx.deps, ctx, approvalId: turn.approvals[0].id });
    expect(done.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^The invoice changed after it was confirmed/) } });
    expect((await fx.deps.db.select({ s: invoices.status }).from(invoices).where(eq(invoices.id, inv.id)))[0].s).toBe('paid');
  });
});
