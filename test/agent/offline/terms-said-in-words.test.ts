// A client's payment terms said in words for paying ("now pays in 45 days", "has 60 days to pay") are its terms; a
// number of days said without them changes nothing by itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Lumen Forge'], contacts: [], groups: [], members: [] };

describe('payment terms said in words for paying', () => {
  it.each([['Lumen Forge now pays in 45 days', 45], ['Lumen Forge has 60 days to pay', 60]])('"%s"', (text, days) => {
    expect(callsOf(text, known)).toEqual([{ tool: 'updateClient', args: { client: 'Lumen Forge', paymentTerms: days } }]);
  });

  it('"Lumen Forge is back in 45 days" sets no terms', () => {
    const d = readMessage('Lumen Forge is back in 45 days', { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.filter((c) => 'paymentTerms' in c.args) : []).toEqual([]);
  });
});
