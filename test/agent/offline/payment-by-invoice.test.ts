// A payment against a numbered invoice is recorded on that invoice: the client said beside it only says whose it is,
// and stays the one a following clause ("note: …") is about.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a payment on a numbered invoice', () => {
  it('takes the invoice, leaves the client out and keeps it for the note that follows', () => {
    expect(callsOf('Kestrel Freight paid INV-0231 (R18,500) today; note: ask about the phase 2 scope')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0231', amount: 18500, date: '2026-06-01' } },
      { tool: 'addNote', args: { client: 'Kestrel Freight', text: 'ask about the phase 2 scope' } },
    ]);
    expect(callsOf('Lantern Bay Goods paid INV-0077 (₦1.2m) yesterday; note: wants the warehouse module next quarter')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0077', amount: 1200000, date: '2026-05-31' } },
      { tool: 'addNote', args: { client: 'Lantern Bay Goods', text: 'wants the warehouse module next quarter' } },
    ]);
  });
});
