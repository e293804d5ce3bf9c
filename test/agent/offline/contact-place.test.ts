// "invite Jane Doe to the portal", "Jane's new email is …", "what's Rosa's phone?": a contact of the workspace named
// without her client (or where the client goes) is found at the one client she is at; a name at two clients, or a
// client's own name, is not moved, and the reader asks as before. A question about a contact writes nothing.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { createClient } from '../../../src/domain/clients/create-client';
import { listKnownNames } from '../../../src/domain/clients/list-known-names';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Acme Corp', 'Tallow & Finch', 'Ada Okafor'], contacts: ['Jane Doe', 'Rosa Quintero', 'Sam Park', 'Ada Okafor'], groups: [], members: [],
  contactClients: { 'jane doe': 'Acme Corp', jane: 'Acme Corp', 'rosa quintero': 'Tallow & Finch', rosa: 'Tallow & Finch' },
};
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe("a contact's client, from the workspace's names", () => {
  it.each([
    ['invite Jane Doe to the portal', { tool: 'invitePortal', args: { client: 'Acme Corp', contact: 'Jane Doe' } }],
    ['send Rosa a portal link', { tool: 'invitePortal', args: { client: 'Tallow & Finch', contact: 'Rosa' } }],
    ['turn off portal access for Rosa Quintero', { tool: 'setPortalAccess', args: { client: 'Tallow & Finch', contact: 'Rosa Quintero', enabled: false } }],
    ['make Jane Doe the primary contact', { tool: 'updateContact', args: { client: 'Acme Corp', contact: 'Jane Doe', primary: true } }],
    ["Jane's new email is jane@acme.io", { tool: 'updateContact', args: { client: 'Acme Corp', contact: 'Jane', email: 'jane@acme.io' } }],
    ['remove Jane Doe', { tool: 'removeContact', args: { client: 'Acme Corp', contact: 'Jane Doe' } }],
  ])('%s', (text, call) => {
    expect(read(text)).toEqual([call]);
  });

  it("puts a note said about a person on their client's record, naming them", () => {
    // It had looked for a client named "Rosa Quintero".
    expect(read('log a call with Rosa Quintero: she wants the proposal by Friday'))
      .toEqual([{ tool: 'addNote', args: { client: 'Tallow & Finch', text: 'Rosa Quintero: she wants the proposal by Friday' } }]);
    expect(read('add a note to Ada Okafor: prefers email')).toEqual([{ tool: 'addNote', args: { client: 'Ada Okafor', text: 'prefers email' } }]);
  });

  it('asks when the person is at no one known client, and leaves a client named like a person alone', () => {
    expect(read('make Sam Park the primary contact')).toBe('Which client do you mean? Tell me its name.');
    expect(read('invite Ada Okafor to the portal')).toEqual([{ tool: 'invitePortal', args: { client: 'Ada Okafor' } }]);
  });
});

describe('a question about a contact', () => {
  it.each([
    ["what's Jane's email?", 'Jane'],
    ["whats Rosa Quintero's phone number?", 'Rosa Quintero'],
    ['email for Jane Doe?', 'Jane Doe'],
    ['how do I reach Rosa?', 'Rosa'],
    ["who's jane doe", 'jane doe'],
  ])('%s', (text, contact) => {
    const calls = read(text);
    expect(calls).toEqual([{ tool: 'showClient', args: { client: contact.toLowerCase().startsWith('rosa') ? 'Tallow & Finch' : 'Acme Corp', contact } }]);
  });

  it('is not taken for a name the workspace does not place', () => {
    expect(read("what's Sam Park's email?")).not.toEqual(expect.arrayContaining([expect.objectContaining({ tool: 'showClient' })]));
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it("knows where each contact is, leaving out names at two clients or a client's own", async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    await createClient({ ctx, input: { name: 'Brisa Foods' } });
    await createClient({ ctx, input: { name: 'Lena Vogel' } });
    await addContact({ ctx, input: { client: 'Acme Corp', name: 'Jane Doe', email: 'jane@acme.io' } });
    await addContact({ ctx, input: { client: 'Acme Corp', name: 'Omar Haddad' } });
    await addContact({ ctx, input: { client: 'Brisa Foods', name: 'Omar Haddad' } });
    await addContact({ ctx, input: { client: 'Lena Vogel', name: 'Lena Vogel' } });
    const places = (await listKnownNames({ ctx })).contactClients;
    // (Lena, the one contact at the client Lena Vogel, is found there by her first name.)
    expect(places).toEqual({ 'jane doe': 'Acme Corp', jane: 'Acme Corp', lena: 'Lena Vogel' });
  });

  it("asks to confirm the invitation of the contact named, at her client, and answers a question with her details", async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    await addContact({ ctx, input: { client: 'Acme Corp', name: 'Jane Doe', email: 'jane@acme.io', jobTitle: 'CFO', phone: '+44 20 7946 0958' } });
    await addContact({ ctx, input: { client: 'Acme Corp', name: 'Bob Poe', email: 'bob@acme.io' } });
    const invite = await runAgent({ deps: fx.deps, ctx, conversationId: 'place', text: 'invite Jane Doe to the portal', surface: 'web' });
    expect(invite.results).toEqual([]);
    expect(invite.approvals[0]).toMatchObject({ toolName: 'invitePortal', summary: 'Invite Jane Doe <jane@acme.io> at Acme Corp (#0001) to the client portal' });
    expect(fx.deps.mailer.sent).toHaveLength(0);
    await confirmApproval({ deps: fx.deps, ctx, approvalId: invite.approvals[0].id });
    expect(fx.deps.mailer.sent.map((m) => m.to)).toEqual(['jane@acme.io']);
    const asked = await runAgent({ deps: fx.deps, ctx, conversationId: 'ask', text: "what's Jane's phone number?", surface: 'web' });
    expect(asked.results[0]).toMatchObject({ toolName: 'showClient', result: { ok: true } });
    expect(asked.text).toContain('Jane Doe <jane@acme.io> (primary) at Acme Corp (#0001): CFO, +442079460958, portal on.');
    expect(asked.text).not.toContain('Bob Poe');
  });
});
