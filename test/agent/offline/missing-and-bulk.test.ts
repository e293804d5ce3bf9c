// "List clients with no email", "which clients are missing a VAT number?": the clients lacking that detail, where
// every client had been listed. "Archive all inactive clients": archiveClients with the filters the same words list,
// confirmed (naming them) and undone as one; words no filter reads whole, and deleting many at once, change nothing
// and say how to list them, where it had asked about a client named "delete all".
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
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

describe('a list of that many', () => {
  it.each([
    ['top 5 clients by revenue', { sort: 'revenue', limit: 5 }],
    ['our 10 biggest clients', { sort: 'revenue', limit: 10 }],
    ['show the first 3 leads', { status: 'lead', limit: 3 }],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'findClients', args }]);
  });
});

describe('a change to many clients at once', () => {
  it.each([
    ['archive all inactive clients', { status: 'inactive' }],
    ['archive clients with no email', { missing: 'email' }],
    ['archive every client in Germany', { country: 'DE' }],
    ['please archive all of our past clients', { status: 'past' }],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'archiveClients', args }]);
  });

  it('asks which clients when a filter would not read all the words, and archives nothing', () => {
    expect(read('archive the leads we never heard back from')).toBe('I could not tell which clients you mean by "leads we never heard back from", so nothing was archived. '
      + 'Say "list leads we never heard back from" to see them, or name a status, a country, a group or a detail they lack ("archive all inactive clients").');
  });

  it.each([
    ['delete all leads', 'delete', 'deleted', 'leads'],
    ['delete every client in Germany', 'delete', 'deleted', 'clients in Germany'],
  ])('%s: one at a time', (text, verb, done, which) => {
    expect(read(text)).toBe(`I ${verb} one client at a time, so nothing was ${done}. Say "list ${which}" to see which clients that is, then "${verb} <client>" for each. `
      + `To hide them all at once instead, "archive all ${which}" archives them (and can be undone).`);
  });

  it('still changes a client named in full', () => {
    expect(read('archive Acme Corp')).toEqual([{ tool: 'archiveClient', args: { client: 'Acme Corp' } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('lists who lacks an email; archives all inactive clients after a confirmation naming them, and "undo" brings them back', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp', email: 'ap@acme.example' } });
    await createClient({ ctx, input: { name: 'Quiet Co', status: 'inactive' } });
    await createClient({ ctx, input: { name: 'Silent Ltd', status: 'inactive' } });
    const listed = await runAgent({ deps: fx.deps, ctx, conversationId: 'missing', text: 'list clients with no email', surface: 'web' });
    expect(listed.results[0]).toMatchObject({ toolName: 'findClients', result: { ok: true, text: '2 clients with no email: Quiet Co (#0002), Silent Ltd (#0003).' } });
    const archived = async () => (await findClients({ ctx, input: { archived: 'archived' } })).clients.map((c) => c.name);

    const asked = await runAgent({ deps: fx.deps, ctx, conversationId: 'bulk', text: 'archive all inactive clients', surface: 'web' });
    expect(asked.results).toEqual([]);
    expect(asked.approvals[0].summary).toBe('Archive 2 clients matching status inactive: Quiet Co, Silent Ltd');
    expect(await archived()).toEqual([]);
    const done = await confirmApproval({ deps: fx.deps, ctx, approvalId: asked.approvals[0].id });
    expect(done.results[0]).toMatchObject({ toolName: 'archiveClients', result: { ok: true, text: 'Archived 2 clients: Quiet Co, Silent Ltd.' } });
    expect(await archived()).toEqual(['Quiet Co', 'Silent Ltd']);
    const undone = await runAgent({ deps: fx.deps, ctx, conversationId: 'bulk', text: 'undo', surface: 'web' });
    expect(undone.text).toContain('Archived 2 clients');
    expect(await archived()).toEqual([]);
  });

  it('archives nothing when the clients matching changed before the click', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Quiet Co', status: 'inactive' } });
    const asked = await runAgent({ deps: fx.deps, ctx, conversationId: 'bulk-changed', text: 'archive all inactive clients', surface: 'web' });
    await createClient({ ctx, input: { name: 'Late Ltd', status: 'inactive' } });
    const done = await confirmApproval({ deps: fx.deps, ctx, approvalId: asked.approvals[0].id });
    expect(done.results[0].result).toMatchObject({ ok: false, error: { message: 'Which clients match changed after it was confirmed; nothing was archived. Ask again.' } });
    expect((await findClients({ ctx, input: { archived: 'archived' } })).total).toBe(0);
  });
});
