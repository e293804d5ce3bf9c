// "Sipho Ndlovu handles accounts at Umoja Solar": adding a contact or changing one, settled by whether the workspace
// already has that person, when the words leave it open. Through the reader with the workspace's names, and through
// the agent loop on a real database (no second Sipho is made).
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { contacts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Umoja Solar', 'Tallow & Finch'], contacts: ['Sipho Ndlovu', 'Rosa Quintero', 'Nadia'], groups: [] };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls.map((c) => `${c.tool} ${c.args.contact ?? c.args.name}`) : d.text;
};

describe('add or change, by the contacts the workspace has', () => {
  it.each([
    ['Sipho Ndlovu handles accounts at Umoja Solar, sipho@umojasolar.co.za', 'updateContact Sipho Ndlovu'],
    ['Thabo Nkosi handles accounts at Umoja Solar, thabo@umojasolar.co.za', 'addContact Thabo Nkosi'],
    ['Rosa Quintero is the primary contact at Tallow & Finch now', 'updateContact Rosa Quintero'],
    ['Daniel Ortiz, daniel.ortiz@tallowfinch.com, is the primary contact at Tallow & Finch now', 'addContact Daniel Ortiz'],
  ])('%s', (text, call) => {
    expect(read(text)).toEqual([call]);
  });

  it('words that say which win over the list', () => {
    expect(read('add Sipho Ndlovu to Umoja Solar, sipho@umojasolar.co.za')).toEqual(['addContact Sipho Ndlovu']);
    expect(read("update Daniel Ortiz's email at Tallow & Finch to daniel@tf.com")).toEqual(['updateContact Daniel Ortiz']);
  });

  it('of two names taken for clients, the one the workspace has is the client and the other the person', () => {
    const d = readMessage('Ola Nordmann is the new PM at Solberg Marine AS, ola@solbergmarine.no', {
      today: READ_DAY, memory: {}, known: { clients: ['Solberg Marine AS', 'Umoja Solar'], contacts: ['Sipho Ndlovu'], groups: [] },
    });
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'addContact', args: { name: 'Ola Nordmann', role: 'project_manager', client: 'Solberg Marine AS', email: 'ola@solbergmarine.no' } }] });
  });

  it('a first name saved alone is the same person: "Nadia Haddad" is not added beside "Nadia"', () => {
    expect(read('make Nadia Haddad the billing contact at Tallow & Finch')).toEqual(['updateContact Nadia Haddad']);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('changes the Sipho the client has instead of adding a second one, and adds a person it does not have', async () => {
    const ctx = fx.ctxFor('owner');
    const umoja = await createClient({ ctx, input: { name: 'Umoja Solar' } });
    await addContact({ ctx, input: { client: 'Umoja Solar', name: 'Sipho Ndlovu' } });
    const say = (text: string) => runAgent({ deps: fx.deps, ctx, conversationId: 'known', text, surface: 'web' });
    const namesAt = async () => (await fx.deps.db.select().from(contacts).where(eq(contacts.clientId, umoja.client.id))).map((c) => c.name).sort();
    const changed = await say('Sipho Ndlovu handles accounts at Umoja Solar, sipho@umojasolar.co.za');
    expect(changed.results[0]).toMatchObject({ toolName: 'updateContact', result: { ok: true } });
    const rows = await fx.deps.db.select().from(contacts).where(and(eq(contacts.clientId, umoja.client.id), eq(contacts.name, 'Sipho Ndlovu')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'sipho@umojasolar.co.za', role: 'finance' });
    // A person the client does not have is added (after the confirmation a new email needs).
    const asked = await say('Thabo Nkosi handles accounts at Umoja Solar, thabo@umojasolar.co.za');
    expect(asked.text).toContain('This will add Thabo Nkosi');
    const added = await say('yes');
    expect(added.results[0]).toMatchObject({ toolName: 'addContact', result: { ok: true } });
    expect(await namesAt()).toEqual(['Sipho Ndlovu', 'Thabo Nkosi']);
  });
});
