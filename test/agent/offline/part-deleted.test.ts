// "delete the note on Acme Corp" deletes something of the client's, never the client: with no tool for it, nothing
// is called; "delete Acme Corp" still asks to delete the client (which waits for a click).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp'], contacts: [], groups: [], members: [] };

describe('a part of a client deleted', () => {
  it.each(['delete the note on Acme Corp', 'remove the old phone number from Acme Corp', 'please delete their invoices for Acme Corp'])('"%s" deletes no client', (text) => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('deleteClient');
  });

  it.each(['delete Acme Corp', 'delete the client Acme Corp'])('"%s" is the client', (text) => {
    expect(callsOf(text, known)).toEqual([{ tool: 'deleteClient', args: { client: 'Acme Corp' } }]);
  });
});
