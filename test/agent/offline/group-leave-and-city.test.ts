// "take Acme Corp out of the VIP group" takes the client out of its group (it had been read as an unarchive), and a
// group the workspace does not have is asked about; "find clients in Lisbon" searches for the city (it had listed
// every client).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { createGroup } from '../../../src/domain/settings/create-group';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Brightline Tooling'], contacts: ['Jane Doe'], groups: ['VIP', 'Nordics'], members: [] };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known: { ...known } });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('a client taken out of its group', () => {
  it.each([
    'take Acme Corp out of the VIP group',
    'remove Acme Corp from the Nordics group',
    'Acme Corp leaves the VIP group',
    'please remove Acme Corp from VIP',
  ])('%s', (text) => {
    expect(read(text)).toEqual([{ tool: 'updateClient', args: { client: 'Acme Corp', group: null } }]);
  });

  it('asks about a group the workspace does not have, and leaves the archive and contacts alone', () => {
    expect(read('take Acme Corp out of the Benelux group')).toBe('There is no group "Benelux". Which group should Acme Corp leave?');
    expect(read('take Acme Corp out of the archive')).toEqual([{ tool: 'unarchiveClient', args: { client: 'Acme Corp' } }]);
    expect(read('remove Jane Doe from Acme Corp')).toEqual([{ tool: 'removeContact', args: { client: 'Acme Corp', contact: 'Jane Doe' } }]);
  });

  it('asks, and changes nothing, when the client is in another group or in none', () => {
    const where = (clientGroups: Record<string, string>, text: string) => {
      const d = readMessage(text, { today: READ_DAY, memory: {}, known: { ...known, clientGroups } });
      return d.kind === 'calls' ? d.calls : d.text;
    };
    expect(where({ 'acme corp': 'Nordics' }, 'take Acme Corp out of the VIP group')).toBe('Acme Corp is in the group Nordics, not VIP. Should it leave Nordics?');
    expect(where({}, 'Acme Corp leaves the VIP group')).toBe('Acme Corp is not in any group, so there is nothing to take it out of.');
    expect(where({ 'acme corp': 'VIP' }, 'remove acme corp from vip')).toEqual([{ tool: 'updateClient', args: { client: 'acme corp', group: null } }]);
  });
});

describe('a list of one city', () => {
  it('searches for the city, and keeps a country a filter', () => {
    expect(read('find clients in Lisbon')).toEqual([{ tool: 'findClients', args: { query: 'Lisbon' } }]);
    expect(read('export the leads in Munich')).toEqual([{ tool: 'exportCsv', args: { status: 'lead', query: 'Munich' } }]);
    expect(read('clients in Portugal')).toEqual([{ tool: 'findClients', args: { country: 'PT' } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('takes the client out of its group, and lists only the clients in the city', async () => {
    const ctx = fx.ctxFor('owner');
    await createGroup({ ctx, input: { name: 'VIP' } });
    await createClient({ ctx, input: { name: 'Acme Corp', group: 'VIP' } });
    await createClient({ ctx, input: { name: 'Tejo Studio', address: { city: 'Lisbon', country: 'PT' } } });
    const left = await runAgent({ deps: fx.deps, ctx, conversationId: 'group', text: 'take Acme Corp out of the VIP group', surface: 'web' });
    expect(left.results[0]).toMatchObject({ toolName: 'updateClient', result: { ok: true } });
    expect((await showClient({ ctx, input: { client: 'Acme Corp' } })).groupName).toBeNull();
    const found = await runAgent({ deps: fx.deps, ctx, conversationId: 'city', text: 'find clients in Lisbon', surface: 'web' });
    expect(found.text).toContain('Tejo Studio');
    expect(found.text).not.toContain('Acme Corp');
  });

  it('keeps a client in its group when another group is named', async () => {
    const ctx = fx.ctxFor('owner');
    await createGroup({ ctx, input: { name: 'VIP' } });
    await createGroup({ ctx, input: { name: 'Nordics' } });
    await createClient({ ctx, input: { name: 'Acme Corp', group: 'Nordics' } });
    const asked = await runAgent({ deps: fx.deps, ctx, conversationId: 'wrong-group', text: 'take Acme Corp out of the VIP group', surface: 'web' });
    expect(asked.results).toEqual([]);
    expect(asked.text).toContain('Acme Corp is in the group Nordics, not VIP');
    expect((await showClient({ ctx, input: { client: 'Acme Corp' } })).groupName).toBe('Nordics');
  });
});
