// The portal's Messages page through the real app: a contact reads the thread and answers with the CSRF-protected
// form; the team's message (client page, Send… then Send message) reaches the portal and the contact's inbox;
// another client's message id is the portal's usual 404.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/db/schema';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import type { TestDeps } from '../../support/deps';
import { type App, csrfIn, type Deployment, ownerCtx, post, signInPortal, startPortalApp } from './portal-helpers';
import { addMember, sameOrigin, signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const page = async (cookie: string, path = '/portal/messages') => {
  const res = await app.request(path, { headers: { cookie } });
  return { status: res.status, body: await res.text(), location: res.headers.get('location') };
};
const thread = (clientId: number) => deps.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);
const owner = () => ownerCtx(deps, s);

describe('a portal contact', () => {
  it('reads the thread, answers with the form, and sees the answer escaped as text', async () => {
    await postTeamMessage({ ctx: owner(), input: { client: `id:${s.acme.id}`, text: 'Hello Jane,\nthe drafts are ready.' } });
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const first = await page(jane);
    expect(first.status).toBe(200);
    expect(first.body).toContain('href="/portal/messages" class="on">Messages</a>');
    expect(first.body).toContain('Hello Jane,\nthe drafts are ready.');
    expect(first.body).toContain('<strong>Sam Owner</strong>');

    const res = await app.request('/portal/messages', post({ csrf: csrfIn(first.body), text: 'Looks great <script>alert(1)</script> & thanks' }, { cookie: jane }));
    expect(res.status).toBe(303);
    const [, answer] = await thread(s.acme.id);
    expect(answer).toMatchObject({ authorContactId: s.jane.id, body: 'Looks great <script>alert(1)</script> & thanks' });
    expect(res.headers.get('location')).toBe(`/portal/messages?sent=1#m-${answer.id}`);
    const after = await page(jane, '/portal/messages?sent=1');
    expect(after.body).toContain('Sent. My Studio has your message.');
    expect(after.body).toContain('Looks great &lt;script&gt;alert(1)&lt;/script&gt; &amp; thanks');
    expect(after.body).not.toContain('<script>alert(1)');
    // Opening a message's link (as an email would) lands on it in the thread.
    expect(await page(jane, `/portal/messages/${answer.id}`)).toMatchObject({ status: 303, location: `/portal/messages#m-${answer.id}` });
  });

  it('is refused without the form\'s CSRF token, and an empty message is shown back with the reason', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const { body } = await page(jane);
    expect((await app.request('/portal/messages', post({ text: 'forged' }, { cookie: jane }))).status).toBe(403);
    expect((await app.request('/portal/messages', post({ csrf: 'wrong', text: 'forged' }, { cookie: jane }))).status).toBe(403);
    // A cross-site POST never reaches the route.
    const cross = await app.request('/portal/messages', post({ csrf: csrfIn(body), text: 'cross' }, { cookie: jane, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(cross.status).toBe(403);
    const empty = await app.request('/portal/messages', post({ csrf: csrfIn(body), text: '   ' }, { cookie: jane }));
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Your message is empty: write a message.');
    expect(await thread(s.acme.id)).toEqual([]);
  });

  it('sees only their own client\'s thread; another client\'s message id is the same 404 as any portal record', async () => {
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const hank = await signInPortal(app, deps, 'hank@globex.test');
    const { body } = await page(jane);
    await app.request('/portal/messages', post({ csrf: csrfIn(body), text: 'Acme only: the budget is 40k' }, { cookie: jane }));
    const [acmeMessage] = await thread(s.acme.id);
    const hanks = await page(hank);
    expect(hanks.body).not.toContain('the budget is 40k');
    expect(hanks.body).toContain('No messages yet.');
    const foreign = await page(hank, `/portal/messages/${acmeMessage.id}`);
    const unknown = await page(hank, '/portal/messages/999999');
    const otherProject = await page(hank, `/portal/projects/${s.ledger.project.id}`);
    expect([foreign.status, unknown.status, otherProject.status]).toEqual([404, 404, 404]);
    expect(foreign.body).toBe(otherProject.body);
    expect(unknown.body).toBe(otherProject.body);
    // A client id in the form is ignored: Hank's answer goes to Globex's thread.
    const hankPage = await page(hank);
    await app.request('/portal/messages', post({ csrf: csrfIn(hankPage.body), text: 'From Hank', client: `id:${s.acme.id}`, clientId: String(s.acme.id) }, { cookie: hank }));
    expect((await thread(s.acme.id)).map((m) => m.body)).toEqual(['Acme only: the budget is 40k']);
    expect((await thread(s.globex.id)).map((m) => m.body)).toEqual(['From Hank']);
  });

  it('without a session is sent to the sign-in form', async () => {
    expect(await app.request('/portal/messages')).toMatchObject({ status: 303 });
    expect((await app.request('/portal/messages')).headers.get('location')).toBe('/portal?next=%2Fportal%2Fmessages');
    expect((await app.request('/portal/messages', post({ text: 'hi' }))).status).toBe(303);
    expect(await thread(s.acme.id)).toEqual([]);
  });
});

describe('the team on the client page', () => {
  it('asks before sending, then posts the message to the portal and emails the contact with the portal link', async () => {
    await addMember(deps, 'manager', 'mia@studio.test', 'Mia Manager');
    const team = await signIn(app, deps, 'mia@studio.test');
    const send = (data: Record<string, string>) => app.request(`/clients/${s.acme.id}/messages`, {
      method: 'POST', headers: { ...sameOrigin, cookie: team, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(data).toString(),
    });
    const view = await (await app.request(`/clients/${s.acme.id}`, { headers: { cookie: team } })).text();
    expect(view).toContain('id="messages"');
    expect(view).toContain('No messages with Acme &lt;b&gt;Corp&lt;/b&gt; yet.');

    const ask = await (await send({ text: 'Your invoice is <b>ready</b>.' })).text();
    expect(ask).toContain('id="confirm-message"');
    expect(ask).toContain('Your invoice is &lt;b&gt;ready&lt;/b&gt;.');
    expect(await thread(s.acme.id)).toEqual([]);
    const before = deps.mailer.sent.length;

    const done = await send({ text: 'Your invoice is <b>ready</b>.', confirmed: '1' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Sent your message to the Acme &lt;b&gt;Corp&lt;/b&gt; portal. Emailed jane@acme.test.');
    expect((await thread(s.acme.id)).map((m) => m.body)).toEqual(['Your invoice is <b>ready</b>.']);
    const mail = deps.mailer.sent.slice(before);
    expect(mail.map((m) => [m.to, m.links])).toEqual([['jane@acme.test', ['http://localhost:8787/portal/messages']]]);

    const jane = await signInPortal(app, deps, 'jane@acme.test');
    expect((await page(jane)).body).toContain('Your invoice is &lt;b&gt;ready&lt;/b&gt;.');
    // Another workspace's client id is a 404 for the team too; an empty message is refused on the page.
    expect((await app.request('/clients/999999/messages', { method: 'POST', headers: { ...sameOrigin, cookie: team, 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' })).status).toBe(404);
    expect((await send({ text: ' ', confirmed: '1' })).status).toBe(422);
  });
});
