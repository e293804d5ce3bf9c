// "What changed on Acme Corp last week?", "Acme Corp's history", "recent changes", "when did we last talk to Acme
// Corp?": the history of changes
// (listActivity, read-only), of the client named or the workspace, from the day asked; never beside an action.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Lumen Forge'], contacts: [], groups: [], members: [] };
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });

describe('the history asked for', () => {
  it.each([
    ['what did we change on Acme Corp last week?', { client: 'Acme Corp', since: '2026-05-25' }],
    ["Acme Corp's history", { client: 'Acme Corp' }],
    ["who changed lumen forge's email?", { client: 'Lumen Forge' }],
    ['recent changes', {}],
    ['what changed today?', { since: '2026-06-01' }],
    ['when did we last talk to Acme Corp?', { client: 'Acme Corp' }],
    ['last interaction with Lumen Forge?', { client: 'Lumen Forge' }],
  ])('"%s"', (text, args) => {
    expect(read(text)).toEqual({ kind: 'calls', calls: [{ tool: 'listActivity', args }] });
  });

  it.each(['inactive clients in germany sort by last activity', 'export the change log of Acme Corp', 'delete the history of Acme Corp'])('not in "%s"', (text) => {
    const d = read(text);
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('listActivity');
  });
});
