// "the clients of Marco that are inactive", "customers belonging to Douglas", "leads, Kadri's": whose clients a list
// shows, when the teammate named is one of the workspace's members (the agent hands the reader their names with the
// clients'). A name no member has is nobody's list ("clients of Portugal" lists the country's clients).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { members } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const team = ['Marco Bianchi', 'Douglas Reid', 'Kadri Tamm', 'Oliver Stone'];
const read = (text: string, names = team) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known: { clients: ['Portside Ltd'], contacts: [], groups: [], members: names } });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe("a teammate's list", () => {
  it.each([
    ['Tell me the clients of Marco that are inactive', { tool: 'findClients', args: { owner: 'Marco', status: 'inactive' } }],
    ['I should like to list all Customers belonging to Douglas, please.', { tool: 'findClients', args: { owner: 'Douglas' } }],
    ['leads, Kadri\'s, newest first by created', { tool: 'findClients', args: { owner: 'Kadri', status: 'lead', sort: 'created' } }],
    ['Oliver needs a CSV of the leads he owns', { tool: 'exportCsv', args: { owner: 'Oliver', status: 'lead' } }],
    ['I need the list in csv of the leads that are of Marco Bianchi', { tool: 'exportCsv', args: { owner: 'Marco Bianchi', status: 'lead' } }],
  ])('%s', (text, call) => {
    expect(read(text)).toEqual([call]);
  });

  it('a name no member has is not an owner; a country said as one is the country', () => {
    expect(read('Tell me the clients of Marco that are inactive', ['Ada Lovelace'])).toEqual([{ tool: 'findClients', args: { status: 'inactive' } }]);
    expect(read('I want to see all the clients of Portugal')).toEqual([{ tool: 'findClients', args: { country: 'PT' } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it("lists only the inactive clients Marco owns, knowing Marco from the team's names", async () => {
    const ctx = fx.ctxFor('owner');
    await fx.deps.db.insert(members).values({ workspaceId: fx.ws.workspaceId, name: 'Marco Bianchi', email: 'marco@studio.test', role: 'manager' });
    await createClient({ ctx, input: { name: 'Ostwind Mills', owner: 'Marco Bianchi', status: 'inactive' } });
    await createClient({ ctx, input: { name: 'Brisa Foods', owner: 'Marco Bianchi', status: 'active' } });
    await createClient({ ctx, input: { name: 'Corvo Lamps', status: 'inactive' } });
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'owner-list', text: 'Tell me the clients of Marco that are inactive', surface: 'web' });
    expect(turn.results[0]).toMatchObject({ toolName: 'findClients', input: { owner: 'Marco', status: 'inactive' }, result: { ok: true } });
    expect(turn.text).toContain('Ostwind Mills');
    expect(turn.text).not.toContain('Corvo Lamps');
    expect(turn.text).not.toContain('Brisa Foods');
  });
});

describe("a teammate taking over a client", () => {
  const known = { clients: ['Ambleside Boat Hire', 'Maison Carrel S.A.S.', 'Brightline Dental', 'Kestrel Marine Ltd'], contacts: [], groups: [], members: ['Douglas Reid', 'Antoine Marchal', 'Owen Price', 'Grace Ito', 'Ingrid Berg'] };
  const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });
  it.each([
    ['Douglas has taken over from me as the person responsible for Ambleside Boat Hire. Kindly record him as the Owner of that account.', 'Ambleside Boat Hire', 'Douglas'],
    ['the responsible of the client Maison Carrel S.A.S. becomes Antoine', 'Maison Carrel S.A.S.', 'Antoine'],
    ['Brightline Dental owner -&gt; Owen', 'Brightline Dental', 'Owen'],
    ['assign Kestrel Marine Ltd to Grace Ito', 'Kestrel Marine Ltd', 'Grace Ito'],
    ['please hand Ambleside Boat Hire over to Douglas', 'Ambleside Boat Hire', 'Douglas'],
  ])('%s', (text, client, owner) => {
    expect(read(text)).toEqual({ kind: 'calls', calls: [{ tool: 'updateClient', args: { client, owner } }] });
  });
  it('changes nothing on a question, or when two teammates are named', () => {
    const changes = (text: string) => { const d = read(text); return d.kind === 'calls' ? d.calls.filter((c) => c.tool === 'updateClient') : []; };
    expect(changes('is Douglas responsible for Ambleside Boat Hire?')).toEqual([]);
    expect(changes('Grace is taking over Kestrel Marine Ltd from Ingrid')).toEqual([]);
    // (Beside other actions the owner alone would drop them: the reader's own answer stands.)
    expect(changes('Grace asked for two things on Kestrel Marine Ltd: mark it active and assign it to her').filter((c) => Object.keys(c.args).join() === 'client,owner')).toEqual([]);
  });
});
