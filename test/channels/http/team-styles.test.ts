// The team's pages take every style from app.css, like the portal from portal.css: each sends a CSP whose
// style-src allows no inline styles, and none carries a style attribute or a <style> element (the browser would
// refuse it and show the page unstyled). test/browser/team-csp-web.test.ts checks the same pages once scripts ran.
import { afterEach, describe, expect, it } from 'vitest';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import type { TestDeps } from '../../support/deps';
import { startTeamsHarness, TEAM_ONE, type TeamsHarness } from '../slack/many-teams-harness';
import { ownerCtx, signInPortal, startPortalApp, writePortalMessage } from './portal-helpers';
import { signIn } from './web-session';

let deps: TestDeps | undefined;
let slack: TeamsHarness | undefined;
afterEach(async () => { deps?.testDb.cleanup(); deps = undefined; await slack?.close(); slack = undefined; });

const styleSrc = (res: Response) => /style-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
/** The page's status, its CSP's style-src and any inline style in it (none expected). */
async function look(res: Response) {
  const html = await res.text();
  return { status: res.status, styleSrc: styleSrc(res), inline: html.match(/<[^>]*\sstyle=[^>]*>|<style[\s>]/gi) ?? [] };
}

describe('the team pages\' styles', () => {
  it('come only from app.css: every page\'s CSP allows no inline styles, and no page has any', async () => {
    const started = await startPortalApp();
    deps = started.deps;
    const { app, s } = started;
    await postTeamMessage({ ctx: ownerCtx(deps, s), input: { client: `id:${s.acme.id}`, text: 'The drafts are ready.' } });
    await writePortalMessage(app, await signInPortal(app, deps, 'jane@acme.test'), 'Thanks!');
    const sam = await signIn(app, deps, 'sam@northwind.test');
    const id = s.acme.id;
    const paths = ['/', '/clients', '/clients?q=acme', '/clients/new', '/clients/import', `/clients/${id}`, `/clients/${id}?edit=identity`,
      `/clients/${id}?edit=contacts`, `/clients/${id}?edit=billing`, `/clients/${id}?edit=portal`, `/clients/${id}?confirm=reset-portal`,
      '/settings', '/members', '/no/such/page'];
    const seen: Record<string, Awaited<ReturnType<typeof look>>> = {};
    for (const path of paths) seen[path] = await look(await app.request(path, { headers: { cookie: sam } }));
    for (const path of ['/sign-in', '/auth/verify', '/auth/first-owner']) seen[path] = await look(await app.request(path));
    for (const [path, p] of Object.entries(seen)) {
      expect({ path, styleSrc: p.styleSrc, inline: p.inline }).toEqual({ path, styleSrc: "'self'", inline: [] });
    }
    expect(Object.values(seen).filter((p) => p.status !== 200)).toEqual([{ status: 404, styleSrc: "'self'", inline: [] }]);
  });

  it('and the Slack install result page, which takes app.css too', async () => {
    slack = await startTeamsHarness();
    const res = await slack.install(TEAM_ONE);
    const html = await res.clone().text();
    expect(html).toContain('Clientele is in Northwind Studio');
    expect(html).toContain('<link rel="stylesheet" href="/assets/app.css">');
    expect(await look(res)).toEqual({ status: 200, styleSrc: "'self'", inline: [] });
  });
});
