// A signed-out contact following an email's link to a portal page signs in by magic link and lands on that page,
// not the overview; a `next` that is absolute, off the portal or otherwise odd is ignored (no open redirect).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { cookieOf, post, seedDeployment, tokenOf, type App } from './portal-helpers';

let deps: TestDeps;
let app: App;
let s: Awaited<ReturnType<typeof seedDeployment>>;
beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  s = await seedDeployment(deps);
});
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
});
