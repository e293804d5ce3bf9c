// Quotes in the portal through the real app: the overview lists a sent quote with Accept and Decline (a comment
// optional); accepting starts the project and the team sees it on the client page; decided and expired quotes
// say why they cannot be decided; another client's quote is the portal's usual 404; forms need the CSRF token.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotes } from '../../../src/db/schema';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { sendQuote } from '../../../src/domain/quotes/send-quote';
import type { TestDeps } from '../../support/deps';
import { type App, csrfIn, type Deployment, ownerCtx, post, signInPortal, startPortalApp } from './portal-helpers';
import { form, signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const team = () => ownerCtx(deps, s);
async function sentQuote(clientId: number, title: string, validUntil = '2026-12-31') {
  const { quote } = await createQuote({ ctx: team(), input: { client: `id:${clientId}`, title, amount: 4200, currency: 'EUR', validUntil } });
  await sendQuote({ ctx: team(), input: { quote: quote.number } });
  return quote;
}
const page = async (path: string, cookie: string) => {
  const res = await app.request(path, { headers: { Cookie: cookie } });
  return { status: res.status, html: await res.text() };
};
const decide = (id: number, action: 'accept' | 'decline', cookie: string, data: Record<string, string>) =>
  app.request(`/portal/quotes/${id}/${action}`, post(data, { Cookie: cookie }));
const statusOf = async (id: number) => (await deps.db.select().from(quotes).where(eq(quotes.id, id)))[0];

describe('the overview and accepting', () => {
  it('lists the pending quote with its forms; Accept with a comment starts the project and tells the team', async () => {
    const q = await sentQuote(s.acme.id, 'Website <i>redesign</i>');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const overview = await page('/portal', jane);
    expect(overview.html).toContain('<h2>Quotes waiting for you</h2>');
    expect(overview.html).toContain('Website &lt;i&gt;redesign&lt;/i&gt;');
    expect(overview.html).toContain('€4,200.00');
    expect(overview.html).toContain(`action="/portal/quotes/${q.id}/accept"`);
    expect(overview.html).toContain(`formaction="/portal/quotes/${q.id}/decline"`);

    const res = await decide(q.id, 'accept', jane, { csrf: csrfIn(overview.html), comment: 'Looks <great>' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/portal/quotes/${q.id}?done=accepted`);
    const done = await page(res.headers.get('location')!, jane);
    expect(done.html).toContain('Thank you: you accepted this quote. My Studio has been told, and the project Website &lt;i&gt;redesign&lt;/i&gt; is under way.');
    expect(done.html).toContain('Looks &lt;great&gt;');
    const after = await page('/portal', jane);
    expect(after.html).not.toContain('Quotes waiting for you');
    expect(after.html).toMatch(/<a href="\/portal\/projects\/\d+">Website &lt;i&gt;redesign&lt;\/i&gt;<\/a>/);

    // The team's client page: the Quotes card and the history both say it.
    const owner = await signIn(app, deps, 'sam@northwind.test');
    const client = await page(`/clients/${s.acme.id}`, owner);
    expect(client.html).toMatch(new RegExp(`<tr data-quote="${q.number}">[\\s\\S]*?accepted[\\s\\S]*?</tr>`));
    expect(client.html).toContain('Project: Website &lt;i&gt;redesign&lt;/i&gt;');
    expect(client.html).toContain(`accepted the quote ${q.number} &quot;Website &lt;i&gt;redesign&lt;/i&gt;&quot; (€4,200.00) in the Acme &lt;b&gt;Corp&lt;/b&gt; portal; started the project`);
  });

  it('declines with an optional comment, once; a second decision is refused and changes nothing', async () => {
    const q = await sentQuote(s.acme.id, 'Logo');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn((await page('/portal', jane)).html);
    const res = await decide(q.id, 'decline', jane, { csrf, comment: '' });
    expect(res.headers.get('location')).toBe(`/portal/quotes/${q.id}?done=declined`);
    expect((await page(res.headers.get('location')!, jane)).html).toContain('You declined this quote. My Studio has been told.');
    const again = await decide(q.id, 'accept', jane, { csrf });
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/was already declined on 2026-11-22; it cannot be decided again/);
    expect(await statusOf(q.id)).toMatchObject({ status: 'declined', comment: null, projectId: null });
  });

  it('refuses to accept an expired quote, saying so, and no longer lists it', async () => {
    // Signed in late on its last day; a few minutes after midnight it has expired (the session still lives).
    deps.clock.now = new Date('2026-11-30T23:50:00Z');
    const q = await sentQuote(s.acme.id, 'Short offer', '2026-11-30');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn((await page('/portal', jane)).html);
    expect((await page('/portal', jane)).html).toContain('Short offer');
    deps.clock.now = new Date('2026-12-01T00:05:00Z');
    expect((await page('/portal', jane)).html).not.toContain('Short offer');
    const res = await decide(q.id, 'accept', jane, { csrf });
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain(`Quote ${q.number} expired on 2026-11-30, so it can no longer be accepted.`);
    expect(html).not.toContain(`action="/portal/quotes/${q.id}/accept"`);
    expect(await statusOf(q.id)).toMatchObject({ status: 'sent', projectId: null });
  });
});

describe('isolation and CSRF', () => {
  it("another client's quote, a draft and a made-up id are the same 404 as the portal's other routes", async () => {
    const acmeQuote = await sentQuote(s.acme.id, 'Acme only');
    const draft = await createQuote({ ctx: team(), input: { client: `id:${s.globex.id}`, title: 'Draft', amount: 1 } });
    const hank = await signInPortal(app, deps, 'hank@globex.test');
    const csrf = csrfIn((await page('/portal', hank)).html);
    const reference = await page(`/portal/projects/${s.ledger.project.id}`, hank);
    expect(reference.status).toBe(404);
    for (const path of [`/portal/quotes/${acmeQuote.id}`, `/portal/quotes/${draft.quote.id}`, '/portal/quotes/99999', '/portal/quotes/abc']) {
      const r = await page(path, hank);
      expect(r.status, path).toBe(404);
      expect(r.html, path).toBe(reference.html);
    }
    for (const action of ['accept', 'decline'] as const) {
      const r = await decide(acmeQuote.id, action, hank, { csrf, comment: 'mine now' });
      expect(r.status).toBe(404);
      expect(await r.text()).toBe(reference.html);
    }
    expect(await statusOf(acmeQuote.id)).toMatchObject({ status: 'sent', comment: null });
    expect((await page('/portal', hank)).html).not.toContain('Acme only');
  });

  it('refuses a decision without the session CSRF token, from another site, or without a session', async () => {
    const q = await sentQuote(s.acme.id, 'Guarded');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    expect((await decide(q.id, 'accept', jane, {})).status).toBe(403);
    expect((await decide(q.id, 'accept', jane, { csrf: 'x'.repeat(43) })).status).toBe(403);
    const csrf = csrfIn((await page('/portal', jane)).html);
    const crossSite = await app.request(`/portal/quotes/${q.id}/accept`, post({ csrf }, { Cookie: jane, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(crossSite.status).toBe(403);
    const anonymous = await app.request(`/portal/quotes/${q.id}/accept`, post({ csrf }));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/portal');
    expect(await statusOf(q.id)).toMatchObject({ status: 'sent', projectId: null });
  });
});

describe('sending from the client page', () => {
  it('Send… asks first, naming the quote and the recipients; the confirmed click emails them; changed recipients send nothing', async () => {
    const { quote } = await createQuote({ ctx: team(), input: { client: `id:${s.acme.id}`, title: 'Retainer', amount: 900, currency: 'EUR' } });
    const other = await createQuote({ ctx: team(), input: { client: `id:${s.globex.id}`, title: 'Not here', amount: 1 } });
    const owner = await signIn(app, deps, 'sam@northwind.test');
    const send = (id: number, data: Record<string, string> = {}) => {
      const init = form(data);
      return app.request(`/clients/${s.acme.id}/quotes/${id}/send`, { ...init, headers: { ...init.headers, Cookie: owner } });
    };
    const before = deps.mailer.sent.length;
    const ask = await send(quote.id);
    const question = await ask.text();
    expect(question).toContain(`Email quote ${quote.number} "Retainer" (€900.00) to jane@acme.test, with the portal link to accept or decline it?`);
    expect(deps.mailer.sent.length).toBe(before);
    const stale = await send(quote.id, { confirmed: '1', to: 'someone@else.test' });
    expect(stale.status).toBe(409);
    expect(deps.mailer.sent.length).toBe(before);
    const done = await send(quote.id, { confirmed: '1', to: 'jane@acme.test' });
    expect(await done.text()).toContain(`Sent ${quote.number} to jane@acme.test; it waits in the portal for Accept or Decline.`);
    expect(deps.mailer.sent.slice(before).map((m) => m.to)).toEqual(['jane@acme.test']);
    expect(await statusOf(quote.id)).toMatchObject({ status: 'sent' });
    // A second confirmed send is a reminder, and the notice says so.
    const again = await send(quote.id, { confirmed: '1', to: 'jane@acme.test' });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain(`Sent again ${quote.number} to jane@acme.test; it waits in the portal for Accept or Decline.`);
    // Another client's quote through this client's page is not found, and nothing is sent.
    expect((await send(other.quote.id, { confirmed: '1', to: 'hank@globex.test' })).status).toBe(404);
    expect(await statusOf(other.quote.id)).toMatchObject({ status: 'draft' });
  });
});
