// The trained offline reader behind the web chat (no OPENAI_API_KEY): the issue's own examples, each changing
// exactly what was meant, an unclear message answered with a question and nothing changed.
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { activities, clients, contacts } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, sayInChat, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
afterEach(() => deps?.testDb.cleanup());

const say = (text: string, conversationId?: string) => sayInChat(app, cookie, text, conversationId);
const client = async (name: string) => (await deps.db.select().from(clients).where(eq(clients.name, name)))[0];

describe('the offline reader in the web chat', () => {
  it('acts on naturally worded commands exactly as meant', async () => {
    ({ deps, app } = await startWebApp());
    await addMember(deps, 'admin', 'mia@studio.test', 'Mia');
    cookie = await signIn(app, deps, 'mia@studio.test');

    const { conversationId } = await say('cn u creat a client called Acme Corp');
    expect(await client('Acme Corp')).toBeDefined();
    await say('add website acme.example to Acme Corp');
    expect((await client('Acme Corp')).website).toBe('acme.example');
    await say('Acme Corp wants invoices in Swiss francs from now on');
    expect((await client('Acme Corp')).currency).toBe('CHF');
    // A new contact with an email can sign in to the portal: it waits for a confirmation, and "yes" gives it.
    const asked = await say('add Rosa Quintero, rosa@acme.example, head of procurement, to Acme Corp', conversationId);
    expect(asked.text).toMatch(/onfirm/);
    await say('yes', conversationId);
    await say('Rosa Quintero moved to head of operations at Acme Corp');
    const [rosa] = await deps.db.select().from(contacts).where(eq(contacts.name, 'Rosa Quintero'));
    expect(rosa?.jobTitle?.toLowerCase()).toBe('head of operations');
    await say("Acme Corp can be archived, we haven't worked together since spring");
    expect((await client('Acme Corp')).archivedAt).not.toBeNull();
    // Nobody named "Rosa Quintero" or "website acme.example to Acme Corp" became a client.
    expect((await deps.db.select({ n: count() }).from(clients))[0].n).toBe(1);
  });

  it('asks instead of changing anything when it cannot tell what was meant', async () => {
    ({ deps, app } = await startWebApp());
    await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
    cookie = await signIn(app, deps, 'mia@studio.test');
    const before = (await deps.db.select({ n: count() }).from(activities))[0].n;
    for (const text of ['update the client', 'delete them', 'hmm, maybe later']) {
      const answer = await say(text);
      expect(answer.text.length).toBeGreaterThan(0);
    }
    expect((await deps.db.select({ n: count() }).from(activities))[0].n).toBe(before);
    expect((await deps.db.select({ n: count() }).from(clients))[0].n).toBe(0);
  });
});
