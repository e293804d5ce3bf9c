// Unread messages on both sides, through the real app: the portal overview counts every team message the
// contact has not read (not only the few it shows); the client page marks the client's new messages, and
// opening it (or answering) reads them for the whole team.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/db/schema';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import type { TestDeps } from '../../support/deps';
import { type App, type Deployment, messagesCard as card, ownerCtx, signInPortal, startPortalApp, writePortalMessage } from './portal-helpers';
import { form, signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const teamSays = (clientId: number, text: string) => postTeamMessage({ ctx: ownerCtx(deps, s), input: { client: `id:${clientId}`, text } });
const get = async (cookie: string, path: string) => (await app.request(path, { headers: { cookie } })).text();
const writeFromPortal = (cookie: string, text: string) => writePortalMessage(app, cookie, text);

describe('the portal overview\'s Messages card', () => {
  it('counts every unread team message, not only the three it shows', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    for (const n of [1, 2, 3, 4, 5]) await teamSays(s.acme.id, `Update ${n}`);
    const overview = card(await get(jane, '/portal'));
    expect(overview.match(/<li /g)).toHaveLength(3);
    expect(overview).not.toContain('Update 2');
    expect(overview).toContain('5 new');
    expect(overview).toContain('All messages (5)');
    await get(jane, '/portal/messages');
    await teamSays(s.acme.id, 'Update 6');
    expect(card(await get(jane, '/portal'))).toContain('1 new');
  });
});

describe('the team reading the client\'s messages', () => {
  it('marks the client\'s new messages on the client page; opening it reads them for everyone in the team', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    await writeFromPortal(jane, 'Question one');
    await writeFromPortal(jane, 'Question two');
    const sam = await signIn(app, deps, 'sam@northwind.test');

    const first = card(await get(sam, `/clients/${s.acme.id}`));
    expect(first).toContain('>2 new</span>');
    expect(first.match(/class="message from-client unread"/g)).toHaveLength(2);
    const rows = await deps.db.select().from(messages).where(eq(messages.clientId, s.acme.id));
    expect(rows.every((m) => m.readByTeamAt !== null)).toBe(true);
    // Read now: the next view (anyone's) has nothing new.
    const again = card(await get(sam, `/clients/${s.acme.id}`));
    expect(again).not.toContain('new</span>');
    expect(again).not.toContain('unread');

    // A new one is new again; answering it from the page reads it too.
    await writeFromPortal(jane, 'Question three');
    await app.request(`/clients/${s.acme.id}/messages`, { ...form({ text: 'Answered all three.', confirmed: '1' }), headers: { ...form({}).headers, cookie: sam } });
    const unread = await deps.db.select().from(messages).where(eq(messages.clientId, s.acme.id));
    expect(unread.map((m) => [m.body, m.readByTeamAt !== null])).toEqual([
      ['Question one', true], ['Question two', true], ['Question three', true], ['Answered all three.', true],
    ]);
  });
});
