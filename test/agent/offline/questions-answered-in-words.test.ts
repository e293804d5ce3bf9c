// A question about something other than the workspace's clients is answered in words: not a search for nothing in
// particular, not an explanation of the settings of a "client" nobody has, not an import with no file. Questions
// about clients still read as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental', 'Tessellate Studio'], contacts: [], groups: [], members: [] };
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });

describe('questions that are not about a client', () => {
  it('answers a question of taste instead of listing every client', () => {
    expect(read('which typeface should we pick for the brochure?')).toMatchObject({ kind: 'reply', text: expect.stringMatching(/clients, contacts/) });
  });

  it('tells how to import a spreadsheet instead of starting an import of no file', () => {
    expect(read('can I bring in my clients from a spreadsheet?')).toMatchObject({ kind: 'reply', text: expect.stringMatching(/CSV.*preview/s) });
  });

  it('does not explain the settings of a payment method taken for a client', () => {
    expect(read('is it possible to pay the invoices with Pix in the portal?')).toMatchObject({ kind: 'reply' });
  });
});

describe('questions about clients', () => {
  it('still lists, explains and shows', () => {
    expect(callsOf('which clients are in Germany?', known)).toEqual([{ tool: 'findClients', args: { country: 'DE' } }]);
    expect(callsOf('why is Halden Energi on net 15?', known)).toEqual([{ tool: 'explainSettings', args: { client: 'Halden Energi', setting: 'paymentTerms' } }]);
  });
});
