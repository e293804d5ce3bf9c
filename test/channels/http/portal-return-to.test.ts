// A signed-out contact following an email's link to a portal page signs in by magic link and lands on that page,
// not the overview; a `next` that is absolute, off the portal or otherwise odd is ignored (no open redirect).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDeps } from '../../support/deps';
import { type App, cookieOf, type Deployment, post, startPortalApp, tokenOf } from './portal-helpers';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp()); });
afterEach(() => deps.testDb.cleanup());

const nextIn = (page: string) => /name="next" value="([^"]*)"/.exec(page)?.[1];
const pathOf = (link: string) => new URL(link).pathname + new URL(link).search;

/** Asks for a link with this `next` as the form would send it, then redeems it with what the link's page carries. */
async function signInWithNext(email: string, next: string | undefined, redeemNext?: string) {
  const before = deps.mailer.sent.length;
  await app.request('/portal', post(next === undefined ? { email } : { email, next }));
  await deps.deferrer.drain();
  const link = deps.mailer.sent.slice(before).find((m) => m.to === email)?.links?.[0] ?? '';
  const carried = nextIn(await (await app.request(pathOf(link))).text());
  const res = await app.request('/portal/link', post({ token: tokenOf(link), ...(redeemNext ?? carried ? { next: (redeemNext ?? carried)! } : {}) }));
  return { link, carried, status: res.status, location: res.headers.get('location'), cookie: cookieOf(res) };
}

describe('signing in from an email\'s link', () => {
  it('follows the invoice link signed out, signs in, and ends on the invoice page', async () => {
    const invoice = s.ledger.invoices[0];
    const away = await app.request(`/portal/invoices/${invoice.id}`);
    expect(away.status).toBe(303);
    const signInForm = await (await app.request(away.headers.get('location')!)).text();
    expect(signInForm).toContain('<form method="post" action="/portal"');
    const next = nextIn(signInForm);
    expect(next).toBe(`/portal/invoices/${invoice.id}`);

    const done = await signInWithNext('jane@acme.test', next);
    expect(done.link).toContain(`&next=%2Fportal%2Finvoices%2F${invoice.id}`);
    expect(done.carried).toBe(`/portal/invoices/${invoice.id}`);
    expect([done.status, done.location]).toEqual([303, `/portal/invoices/${invoice.id}`]);
    const page = await app.request(done.location!, { headers: { cookie: done.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(invoice.number);
  });

  it('comes back to the messages after the message email\'s link', async () => {
    const away = await app.request('/portal/messages');
    const next = nextIn(await (await app.request(away.headers.get('location')!)).text());
    expect((await signInWithNext('jane@acme.test', next)).location).toBe('/portal/messages');
  });

  it('ignores an absolute, off-portal or odd next, on the form and on the link, and lands on the overview', async () => {
    expect(nextIn(await (await app.request('/portal?next=https%3A%2F%2Fevil.example%2Fportal%2Fx')).text())).toBeUndefined();
    const asked = await signInWithNext('jane@acme.test', 'https://evil.example/portal/invoices/1');
    expect(asked.link).not.toContain('next=');
    expect(asked.location).toBe('/portal');
    const bads = ['//evil.example/portal/', '/\\evil.example', '/clients/1', '/portal/../clients/1', '/portal/link?token=x', 'javascript:alert(1)//portal/'];
    // Two addresses: each may ask for 5 links an hour.
    for (const [i, bad] of bads.entries()) {
      const res = await signInWithNext(i % 2 ? 'hank@globex.test' : 'jane@acme.test', undefined, bad);
      expect([bad, res.status, res.location]).toEqual([bad, 303, '/portal']);
    }
  });

  it('keeps the page through a used link: asking for a new link from the refusal still returns there', async () => {
    const invoice = s.ledger.invoices[0];
    const first = await signInWithNext('jane@acme.test', `/portal/invoices/${invoice.id}`);
    expect(first.location).toBe(`/portal/invoices/${invoice.id}`);
    // The same link again (a second click on the email): refused, and the refusal's form keeps the invoice.
    const again = await app.request('/portal/link', post({ token: tokenOf(first.link), next: first.carried! }));
    expect(again.status).toBe(410);
    const refusal = await again.text();
    expect(refusal).toContain('This link no longer works');
    expect(nextIn(refusal)).toBe(`/portal/invoices/${invoice.id}`);
    const renewed = await signInWithNext('jane@acme.test', nextIn(refusal));
    expect(renewed.link).toContain(`&next=%2Fportal%2Finvoices%2F${invoice.id}`);
    expect([renewed.status, renewed.location]).toEqual([303, `/portal/invoices/${invoice.id}`]);
  });

  it('keeps the page on a malformed link\'s refusal and on the sign-in page\'s "ask for a new link"', async () => {
    const bad = await app.request('/portal/link?token=short&next=%2Fportal%2Fmessages');
    expect(bad.status).toBe(410);
    expect(nextIn(await bad.text())).toBe('/portal/messages');
    const odd = await app.request('/portal/link?token=short&next=https%3A%2F%2Fevil.example%2Fportal%2F');
    expect(nextIn(await odd.text())).toBeUndefined();
    const signIn = await (await app.request(`/portal/link?token=${'a'.repeat(30)}&next=%2Fportal%2Fmessages`)).text();
    expect(signIn).toContain('href="/portal?next=%2Fportal%2Fmessages">Ask for a new link');
  });
});

describe('already signed in', () => {
  it('opening /portal?next=… goes straight to that page; an odd next stays on the overview', async () => {
    const invoice = s.ledger.invoices[0];
    const { cookie } = await signInWithNext('jane@acme.test', undefined);
    const go = await app.request(`/portal?next=${encodeURIComponent(`/portal/invoices/${invoice.id}`)}`, { headers: { cookie } });
    expect([go.status, go.headers.get('location')]).toEqual([303, `/portal/invoices/${invoice.id}`]);
    for (const bad of ['https://evil.example/portal/x', '//evil.example/portal/', '/clients/1', '/portal/sign-out', '/portal/../clients/1']) {
      const res = await app.request(`/portal?next=${encodeURIComponent(bad)}`, { headers: { cookie } });
      expect([bad, res.status]).toEqual([bad, 200]);
      expect(await res.text()).toContain('id="messages"');
    }
  });
});
