// The portal overview's Messages card through the real app: the thread's last messages with a link to the thread,
// team messages the contact has not read marked New until the Messages page is opened; never another client's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import type { TestDeps } from '../../support/deps';
import { type App, csrfIn, type Deployment, messagesCard as card, ownerCtx, post, signInPortal, startPortalApp } from './portal-helpers';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const teamSays = (clientId: number, text: string) => postTeamMessage({ ctx: ownerCtx(deps, s), input: { client: `id:${clientId}`, text } });
const get = async (cookie: string, path: string) => (await app.request(path, { headers: { cookie } })).text();

describe('the portal overview', () => {
  it('shows the thread\'s last message in a Messages card, new team messages marked until the thread is read', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    expect(card(await get(jane, '/portal'))).toContain('No messages yet.');
    await teamSays(s.acme.id, 'First: the kickoff is on Monday.');
    await teamSays(s.acme.id, 'Second: drafts <b>attached</b>.');

    const overview = card(await get(jane, '/portal'));
    expect(overview).toContain('Second: drafts &lt;b&gt;attached&lt;/b&gt;.');
    expect(overview).toContain('<strong>Sam Owner</strong>');
    expect(overview).toContain('href="/portal/messages"');
    expect(overview).toContain('2 new');
    // Looking at the overview again does not mark them read; opening the thread does.
    expect(card(await get(jane, '/portal'))).toContain('2 new');
    const thread = await get(jane, '/portal/messages');
    expect(card(await get(jane, '/portal'))).not.toContain('New');

    // The contact's own answer is the last message now, and is never "new" to them.
    await app.request('/portal/messages', post({ csrf: csrfIn(thread), text: 'Thanks, Monday works.' }, { cookie: jane }));
    const after = card(await get(jane, '/portal'));
    expect(after.lastIndexOf('Thanks, Monday works.')).toBeGreaterThan(after.indexOf('Second: drafts'));
    expect(after).not.toContain('new');
  });

  it('never shows another client\'s messages', async () => {
    await teamSays(s.acme.id, 'Acme only: the budget is 40k');
    await teamSays(s.globex.id, 'Globex: your invoice is out');
    const hank = card(await get(await signInPortal(app, deps, 'hank@globex.test'), '/portal'));
    expect(hank).toContain('Globex: your invoice is out');
    expect(hank).not.toContain('the budget is 40k');
    const jane = card(await get(await signInPortal(app, deps, 'jane@acme.test'), '/portal'));
    expect(jane).toContain('Acme only: the budget is 40k');
    expect(jane).not.toContain('Globex');
  });
});
