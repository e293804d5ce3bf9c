// A question about what a client's record shows, naming a client the workspace has, shows the record; a request
// put as a question is still the request, and a question about something else, or about a client the workspace
// does not have, is not read as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Foods', 'Larkspur Films', 'Odell & Rowe'], contacts: ['Sanna Berg'], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });

describe('questions about a client record', () => {
  it("shows the record asked about: who the contact is, whether they are on the portal", () => {
    expect(calls('Who is the contact person in Kestrel Foods?')).toEqual([{ tool: 'showClient', args: { client: 'Kestrel Foods' } }]);
    expect(calls('is Larkspur Films on the portal yet?')).toEqual([{ tool: 'showClient', args: { client: 'Larkspur Films' } }]);
  });

  it('keeps a request put as a question', () => {
    expect(calls('could you send Sanna Berg at Larkspur Films a portal invite?')).toEqual([{ tool: 'invitePortal', args: { client: 'Larkspur Films', contact: 'Sanna Berg' } }]);
  });

  it('does not show a record for a question about something else or a client the workspace lacks', () => {
    const other = read('is Odell & Rowe a good fit for the new logo?');
    expect(other.kind === 'calls' ? other.calls.map((c) => c.tool) : []).not.toContain('showClient');
    const unknown = read('is Brambleway Studios on the portal yet?');
    expect(unknown.kind === 'calls' ? unknown.calls.map((c) => c.tool) : []).not.toContain('showClient');
  });
});
