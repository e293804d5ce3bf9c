// "mark INV-0007 as paid", "Acme Corp paid INV-0007 (in full)": the named invoice paid in full (what is still owed on
// it), where the reader asked how much; an amount said is kept; "accept quote Q-0003" says the client accepts a quote
// in the portal and changes nothing.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known: { clients: ['Acme Corp'], contacts: [], groups: [], members: [] } });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('an invoice paid in full, as said', () => {
  it.each([
    ['mark INV-0003 as paid', 'INV-0003'],
    ['mark INV-3 paid', 'INV-0003'],
    ['INV-0007 was paid in full', 'INV-0007'],
    ['invoice 12 has been paid', 'INV-0012'],
    ['Acme Corp paid INV-0004 in full', 'INV-0004'],
    ['Acme Corp paid INV-0004', 'INV-0004'],
    ['Tallow & Finch paid invoice 12', 'INV-0012'],
    ['INV-0099 is settled', 'INV-0099'],
    ['INV-0412 came in, full amount', 'INV-0412'],
    ['INV-0412 has arrived', 'INV-0412'],
    ['Acme Corp settled INV-0004', 'INV-0004'],
  ])('%s', (text, invoice) => {
    expect(read(text)).toEqual([{ tool: 'recordPayment', args: { invoice } }]);
  });

  it('keeps an amount said, and reads no payment from a question or a negation', () => {
    expect(read('Acme Corp paid INV-0004 500 EUR')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0004', amount: 500 } }]);
    for (const text of ['was INV-0003 paid?', "don't mark INV-0003 as paid"]) {
      expect(read(text), text).not.toEqual([expect.objectContaining({ tool: 'recordPayment' })]);
    }
  });

  it("never takes an invoice's number for the amount paid", () => {
    // It had paid 12 of invoice 12, or left out which invoice 500 was paid on.
    expect(read('Acme Corp paid 500 on invoice 12')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0012', amount: 500 } }]);
    expect(read('record a payment of 12 on invoice 12')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0012', amount: 12 } }]);
  });

  it('keeps the day the payment came, said after the invoice', () => {
    const day = (offset: number) => new Date(READ_DAY.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    expect(read('Acme Corp paid invoice 12 yesterday')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0012', date: day(-1) } }]);
    expect(read('Acme Corp paid INV-0004 yesterday.')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0004', date: day(-1) } }]);
    expect(read('INV-0007 was paid in full today')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0007' } }]);
    // The last 2 March before the day it is said (READ_DAY is in June 2026).
    expect(read('mark INV-0003 as paid on 2 March')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0003', date: '2026-03-02' } }]);
  });

  it('says who accepts a quote, and sends nothing', () => {
    expect(read('accept quote Q-3')).toBe('A quote is accepted by the client, with Accept in their portal (that creates the project); I cannot accept it for them. Say "send Q-0003" to send it to them to answer.');
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('pays what is still owed on the invoice, once', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const inv = (await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 1200 } })).invoice;
    await recordPayment({ ctx, input: { invoice: inv.number, amount: 200 } });
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'paid', text: `mark ${inv.number} as paid`, surface: 'web' });
    expect(turn.results[0]).toMatchObject({ toolName: 'recordPayment', result: { ok: true } });
    expect((await showClient({ ctx, input: { client: 'Acme Corp' } })).totals[0]).toMatchObject({ paid: 1200, outstanding: 0 });
    const again = await runAgent({ deps: fx.deps, ctx, conversationId: 'paid-again', text: `mark ${inv.number} as paid`, surface: 'web' });
    expect(again.results[0]).toMatchObject({ result: { ok: false, error: { code: 'conflict', message: `${inv.number} is already paid in full.` } } });
  });
});
