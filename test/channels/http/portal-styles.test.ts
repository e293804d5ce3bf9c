// The portal's pages carry no style attributes (every rule is in portal.css), so its CSP allows styles only from
// the stylesheet: a style attribute slipped into a portal page would be refused by the browser and show unstyled.
// Every portal page with every section filled in: the overview with a quote, messages and a document, the thread,
// a quote with its error notice, an invoice, a project, the profile, the 404, and the signed-out pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocument } from '../../../src/domain/documents/add-document';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { sendQuote } from '../../../src/domain/quotes/send-quote';
import type { TestDeps } from '../../support/deps';
import { type App, csrfIn, type Deployment, ownerCtx, post, signInPortal, startPortalApp, writePortalMessage } from './portal-helpers';
import { sameOrigin, signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const styleSrc = (res: Response) => /style-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

/** The page's status, its style attributes (none expected) and its CSP's style-src. */
async function look(res: Response) {
  const html = await res.text();
  return { status: res.status, styles: html.match(/<[^>]*\sstyle=[^>]*>/g) ?? [], styleSrc: styleSrc(res), html };
}

describe('the portal\'s styles', () => {
  it('come only from portal.css: no style attribute on any page, and no inline styles in its CSP', async () => {
    const team = ownerCtx(deps, s);
    const { quote } = await createQuote({ ctx: team, input: { client: `id:${s.acme.id}`, title: 'Website redesign', amount: 4200, currency: 'EUR' } });
    await sendQuote({ ctx: team, input: { quote: quote.number } });
    await addDocument({ ctx: team, input: { client: `id:${s.acme.id}`, file: { name: 'Brief.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\nthe brief')) }, shared: true } });
    await postTeamMessage({ ctx: team, input: { client: `id:${s.acme.id}`, text: 'The drafts are ready.' } });
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    await writePortalMessage(app, jane, 'Thanks!');
    const get = (path: string) => app.request(path, { headers: { cookie: jane } });

    const overview = await look(await get('/portal'));
    // Every section the overview can show is on it.
    for (const part of ['id="quotes"', 'id="messages"', 'id="documents"', 'class="muted invoice-note"', 'class="decline"']) expect(overview.html).toContain(part);
    const thread = await look(await get('/portal/messages'));
    expect(thread.html).toContain('class="message mine"');
    expect(thread.html).toContain('class="message team"');
    const refused = await look(await app.request(`/portal/quotes/${quote.id}/decline`, post({ csrf: csrfIn(overview.html), comment: 'x'.repeat(1001) }, { cookie: jane })));
    expect(refused.html).toContain('role="alert"');
    const pages = {
      overview, thread, refused,
      quote: await look(await get(`/portal/quotes/${quote.id}`)),
      invoice: await look(await get(`/portal/invoices/${s.ledger.invoices[0].id}`)),
      project: await look(await get(`/portal/projects/${s.ledger.project.id}`)),
      profile: await look(await get('/portal/profile')),
      missing: await look(await get('/portal/nothing-here')),
      signIn: await look(await app.request('/portal')),
      link: await look(await app.request(`/portal/link?token=${'a'.repeat(40)}`)),
    };
    for (const [name, p] of Object.entries(pages)) {
      expect({ name, styles: p.styles, styleSrc: p.styleSrc }).toEqual({ name, styles: [], styleSrc: "'self'" });
    }
    expect(Object.values(pages).map((p) => p.status)).toEqual([200, 200, 422, 200, 200, 200, 200, 404, 200, 200]);
  });

  it('and the team pages\' CSP allows none either (team-styles.test.ts checks each of them)', async () => {
    expect(styleSrc(await app.request('/sign-in'))).toBe("'self'");
    expect(styleSrc(await app.request('/portals'))).toBe("'self'");
  });

  it('and the team\'s client page takes its own from app.css: the messages card, its confirm box and the portal form carry no style attribute', async () => {
    await postTeamMessage({ ctx: ownerCtx(deps, s), input: { client: `id:${s.acme.id}`, text: 'The drafts are ready.' } });
    await writePortalMessage(app, await signInPortal(app, deps, 'jane@acme.test'), 'Thanks!');
    const sam = await signIn(app, deps, 'sam@northwind.test');
    const page = await look(await app.request(`/clients/${s.acme.id}?edit=portal#portal`, { headers: { cookie: sam } }));
    expect(page.html).toContain('name="enabled" value="true"');
    expect(page.html).toContain('class="message from-client unread"');
    const ask = await look(await app.request(`/clients/${s.acme.id}/messages`, {
      method: 'POST', headers: { ...sameOrigin, cookie: sam, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: 'Next week.' }).toString(),
    }));
    expect(ask.html).toContain('class="quoted"');
    expect([page.styles, ask.styles]).toEqual([[], []]);
  });
});
