// "delete the last note on Acme Corp", "delete the note about the Friday call from Acme Corp": one note deleted after
// a click that quotes it; a negation, a question or an unknown client is no such request.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Tallow & Finch'], contacts: [], groups: [], members: [] };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('a note deleted, as said', () => {
  it.each([
    ['delete the last note on Acme Corp', { client: 'Acme Corp', note: 'last' }],
    ["remove Acme Corp's latest note", { client: 'Acme Corp', note: 'last' }],
    ['delete the note about the Friday call from Acme Corp', { client: 'Acme Corp', note: 'Friday call' }],
    ['delete note #12 on Acme Corp', { client: 'Acme Corp', note: '#12' }],
    ['please delete the note saying "call back" from Tallow & Finch', { client: 'Tallow & Finch', note: 'call back' }],
    ['delete the note on Acme Corp', { client: 'Acme Corp', note: 'the note' }],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'deleteNote', args }]);
  });

  it('is not read from a negation, a question, an unknown client or a note that says it', () => {
    for (const text of ["don't delete the last note on Acme Corp", 'can you delete the last note on Acme Corp?', 'delete the last note on Nobody Ltd']) {
      expect(read(text), text).not.toEqual([expect.objectContaining({ tool: 'deleteNote' })]);
    }
    expect(read('add a note to Acme Corp: delete the last note on Tallow & Finch later')).toEqual([
      { tool: 'addNote', args: { client: 'Acme Corp', text: 'delete the last note on Tallow & Finch later' } },
    ]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('quotes the note in the confirmation, and deletes only it after the click', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    await addNote({ ctx, input: { client: 'Acme Corp', text: 'Prefers email over phone.' } });
    await addNote({ ctx, input: { client: 'Acme Corp', text: 'Wrong client, ignore.' } });
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'note', text: 'delete the last note on Acme Corp', surface: 'web' });
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({ toolName: 'deleteNote', summary: 'Delete the note of Acme Corp: "Wrong client, ignore."' });
    expect((await showClient({ ctx, input: { client: 'Acme Corp' } })).notes).toHaveLength(2);
    const done = await confirmApproval({ deps: fx.deps, ctx, approvalId: turn.approvals[0].id });
    expect(done.results[0].result).toMatchObject({ ok: true, text: 'Deleted the note "Wrong client, ignore." from Acme Corp (#0001).' });
    expect((await showClient({ ctx, input: { client: 'Acme Corp' } })).notes.map((n) => n.body)).toEqual(['Prefers email over phone.']);
  });
});
