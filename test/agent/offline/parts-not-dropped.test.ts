// No part of a message is dropped without a word: a second action the reader cannot place makes the first an offer
// that names it ("yes" does just the first), a verb the training data never started a command with still starts one,
// and an amount typed at the end of a description is the amount.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Ridge Farm'], contacts: [], groups: [], members: [] };

describe('a second action that is not understood', () => {
  const text = 'hmm, would it be possible to invoice Kestrel Ridge Farm $800 and also record that they already paid it today?';

  it('is named in an offer instead of doing only the first', () => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known });
    expect(d.kind).toBe('reply');
    if (d.kind === 'reply') {
      expect(d.text).toContain('invoice Kestrel Ridge Farm 800 USD');
      expect(d.text).toContain('could not tell what to do with "record that they already paid it today?"');
    }
  });

  it('"yes" to the offer does just the part that was read', () => {
    expect(readMessage(text, { today: READ_DAY, memory: {}, known, accept: 1 })).toEqual({
      kind: 'calls', calls: [{ tool: 'createInvoice', args: { client: 'Kestrel Ridge Farm', amount: 800, currency: 'USD' } }],
    });
  });

  it('a courtesy after the action is no action left out', () => {
    expect(callsOf('archive Kestrel Ridge Farm and let me know when it is done', known)).toEqual([{ tool: 'archiveClient', args: { client: 'Kestrel Ridge Farm' } }]);
  });
});

describe('actions the reader did not see start a command', () => {
  it('"regenerate the link" after a change to the portal is its own action', () => {
    expect(callsOf('disable the portal for Kestrel Ridge Farm and regenerate the link', known)).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Kestrel Ridge Farm', enabled: false } },
      { tool: 'regeneratePortalLink', args: { client: 'Kestrel Ridge Farm' } },
    ]);
  });
});

describe('an amount at the end of a description', () => {
  it('is the amount when its currency follows', () => {
    expect(callsOf('ok so raise an invoice to kestrel ridge farm for the may retainer 2200 pounds due end of the month', known)).toEqual([
      { tool: 'createInvoice', args: { client: 'kestrel ridge farm', description: 'may retainer', amount: 2200, currency: 'GBP', dueDate: '2026-06-30' } },
    ]);
  });
});
