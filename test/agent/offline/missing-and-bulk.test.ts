// "List clients with no email", "which clients are missing a VAT number?": the clients lacking that detail, where
// every client had been listed. "Archive all inactive clients": no tool changes many clients at once, so the answer
// says so, changes nothing and says how to list them, where it had asked about a client named "delete all".
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known: { clients: ['Acme Corp'], contacts: [], groups: [], members: [] } });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('clients lacking a detail, as asked', () => {
  it.each([
    ['list clients with no email', 'findClients', { missing: 'email' }],
    ['which clients are missing a VAT number?', 'findClients', { missing: 'taxId' }],
    ["show me clients that don't have a website", 'findClients', { missing: 'website' }],
    ['clients with no contacts', 'findClients', { missing: 'contactName' }],
    ['which clients have no owner', 'findClients', { missing: 'owner' }],
    ['find clients missing an address', 'findClients', { missing: 'addressLine1' }],
    ['any active clients with no email address on file?', 'findClients', { missing: 'email', status: 'active' }],
    ['export leads without a phone number', 'exportCsv', { missing: 'phone', status: 'lead' }],
    ['clients in Germany with no email', 'findClients', { country: 'DE', missing: 'email' }],
  ])('%s', (text, tool, args) => {
    expect(read(text)).toEqual([{ tool, args }]);
  });
});

describe('a change to many clients at once', () => {
  it.each([
    ['archive all inactive clients', 'archived', 'list inactive clients', 'archive'],
    ['delete all leads', 'deleted', 'list leads', 'delete'],
    ['archive clients with no email', 'archived', 'list clients with no email', 'archive'],
    ['delete every client in Germany', 'deleted', 'list clients in Germany', 'delete'],
  ])('%s', (text, done, list, verb) => {
    expect(read(text)).toBe(`I change one client at a time, so nothing was ${done}. Say "${list}" to see which clients that is, then "${verb} <client>" for each.`);
  });

  it('still changes a client named in full', () => {
    expect(read('archive Acme Corp')).toEqual([{ tool: 'archiveClient', args: { client: 'Acme Corp' } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('lists who lacks an email, and archives nobody when asked to archive them all', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp', email: 'ap@acme.example' } });
    await createClient({ ctx, input: { name: 'Quiet Co', status: 'inactive' } });
    const listed = await runAgent({ deps: fx.deps, ctx, conversationId: 'missing', text: 'list clients with no email', surface: 'web' });
    expect(listed.results[0]).toMatchObject({ toolName: 'findClients', result: { ok: true, text: '1 client with no email: Quiet Co (#0002).' } });
    const bulk = await runAgent({ deps: fx.deps, ctx, conversationId: 'bulk', text: 'archive all inactive clients', surface: 'web' });
    expect(bulk.results).toEqual([]);
    expect(bulk.text).toContain('nothing was archived');
    expect((await findClients({ ctx, input: { archived: 'archived' } })).total).toBe(0);
  });
});
