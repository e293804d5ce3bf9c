// "delete the note on Acme Corp" deletes something of the client's, never the client: with no tool for it, nothing
// is called; "delete Acme Corp" still asks to delete the client (which waits for a click). A change said not to be
// made, or asked about ("should I delete X?"), is not made.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Lumen Forge'], contacts: ['Jane Doe'], groups: ['Retail'], members: [] };
const tools = (text: string) => { const d = readMessage(text, { today: READ_DAY, memory: {}, known }); return d.kind === 'calls' ? d.calls.map((c) => c.tool) : []; };

describe('a part of a client deleted', () => {
  it.each(['delete the note on Acme Corp', 'remove the old phone number from Acme Corp', 'please delete their invoices for Acme Corp'])('"%s" deletes no client', (text) => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('deleteClient');
  });

  it.each([
    ['archive the old quote for Acme Corp', 'archiveClient'],
    ['remove Acme Corp from the Retail group', 'deleteClient'],
    ['remove the primary flag from Jane Doe at Acme Corp', 'removeContact'],
  ])('"%s" is no %s', (text, tool) => {
    expect(tools(text)).not.toContain(tool);
  });

  it.each(['delete Acme Corp', 'delete the client Acme Corp'])('"%s" is the client', (text) => {
    expect(callsOf(text, known)).toEqual([{ tool: 'deleteClient', args: { client: 'Acme Corp' } }]);
  });
});

describe('a change said not to be made, or asked about', () => {
  it.each([["don't archive Acme Corp", 'archiveClient'], ['never delete Lumen Forge', 'deleteClient'], ['should I delete Lumen Forge?', 'deleteClient']])(
    '"%s" makes no %s', (text, tool) => {
      expect(tools(text)).not.toContain(tool);
    },
  );

  it('"don\'t forget to archive Acme Corp" still asks for it', () => {
    expect(tools("don't forget to archive Acme Corp")).toEqual(['archiveClient']);
  });
});
