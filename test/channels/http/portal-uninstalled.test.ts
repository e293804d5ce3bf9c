// A Slack team that uninstalls the app (or has its bot token revoked) leaves Clientele: its workspace's client
// portal closes (issue 17). A live session and an unused link are refused with one neutral "not available" page
// that names no workspace; "email me a link" answers as for any address and sends nothing; nothing is deleted and
// the history says so; reinstalling opens the portal again and the same session and link work. The deployment's
// own workspace (its team signs in on the web) keeps its portal, and another team's portal is untouched.
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activities, clients, messages, signInTokens, slackInstallations } from '../../../src/db/schema';
import { hashToken } from '../../../src/domain/auth/tokens';
import { signedSlackHeaders } from '../../support/slack-signed';
import { seedClient, seedContact, seedLedger } from '../../domain/portal/seed-portal';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, type TeamsHarness } from '../slack/many-teams-harness';
import { cookieOf, csrfIn, post, requestPortalLinkFor, seedDeployment, signInPortal, tokenOf } from './portal-helpers';
import { addMember, signIn } from './web-session';

let h: TeamsHarness;
let team: Awaited<ReturnType<typeof seedTeam>>;

async function seedTeam(t = TEAM_ONE, tag = 'ALPHA', email = 'ola@alpha.test') {
  expect((await h.install(t)).status).toBeLessThan(400);
  const [row] = await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, t.teamId));
  const ws = row.workspaceId;
  const alpha = await seedClient(h.deps.db, ws, `${tag} Works`);
  const ola = await seedContact(h.deps.db, ws, alpha.id, 'Ola Nordmann', email);
  const ledger = await seedLedger(h.deps.db, ws, alpha.id, tag);
  return { ws, alpha, ola, ledger };
}

beforeEach(async () => {
  h = await startTeamsHarness({ single: true });
  await seedDeployment(h.deps);
  team = await seedTeam();
});
afterEach(() => h.close());

let events = 0;
const event = (teamId: string, body: object) => JSON.stringify({
  token: 'x', team_id: teamId, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: `EvGone${++events}`, event_time: 1, event: body,
});
async function slackSays(teamId: string, body: object) {
  expect((await h.send(event(teamId, body))).status).toBe(200);
  await h.deps.deferrer.drain();
}
const uninstall = (t = TEAM_ONE) => slackSays(t.teamId, { type: 'app_uninstalled' });
const open = async (path: string, cookie = '', init: RequestInit = {}) => {
  const res = await h.app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
  return { status: res.status, body: await res.text(), setCookie: res.headers.get('set-cookie') };
};
const linkPath = (link: string) => new URL(link).pathname + new URL(link).search;
const history = async (ws: number) => (await h.deps.db.select().from(activities).where(eq(activities.workspaceId, ws))).map((a) => a.summary);

describe('the portal of a workspace whose Slack team uninstalled the app', () => {
  it('refuses a live session and an unused link with a neutral page, keeps every record, and says so in the history', async () => {
    const cookie = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    const csrf = csrfIn((await open('/portal/messages', cookie)).body);
    const link = (await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test'))!;
    expect((await open('/portal', cookie)).body).toContain('ALPHA-1');

    await uninstall();

    const overview = await open('/portal', cookie);
    expect(overview.status).toBe(403);
    expect(overview.body).toContain('This portal is not available');
    expect(overview.body).not.toMatch(/Alpha|ALPHA|Northwind|Ola|uninstall|Slack/i);
    // The session is kept (not cleared), only refused, everywhere under /portal: records, messages, downloads.
    expect(overview.setCookie ?? '').not.toMatch(/clientele_portal=;|Max-Age=0/);
    for (const path of ['/portal/messages', `/portal/invoices/${team.ledger.invoices[0].id}`, `/portal/projects/${team.ledger.project.id}`, '/portal/profile', '/portal/documents/1']) {
      const got = await open(path, cookie);
      expect(got.status, path).toBe(403);
      expect(got.body, path).toBe(overview.body);
    }
    const written = await open('/portal/messages', cookie, post({ csrf, text: 'Anyone there?' }));
    expect(written.status).toBe(403);
    expect(await h.deps.db.select().from(messages)).toHaveLength(0);
    // The unused link: its page and its button give the same page, and the link is not used up.
    expect(await open(linkPath(link))).toMatchObject({ status: 403, body: overview.body });
    expect(await open('/portal/link', '', post({ token: tokenOf(link) }))).toMatchObject({ status: 403, body: overview.body });
    const [token] = await h.deps.db.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(tokenOf(link))));
    expect(token.usedAt).toBeNull();
    // Nothing is deleted; the history says what happened.
    expect((await h.deps.db.select().from(clients).where(eq(clients.workspaceId, team.ws))).map((c) => c.name)).toEqual(['ALPHA Works']);
    expect(await history(team.ws)).toContain('Slack workspace Northwind Studio removed the app (uninstalled); the client portal is closed until the app is reinstalled');
  });

  it('answers "email me a link" for its contacts exactly as for an unknown address, and sends nothing', async () => {
    await uninstall();
    const answer = async (email: string) => {
      const res = await h.app.request('/portal', post({ email }));
      return { status: res.status, body: await res.text() };
    };
    const closed = await answer('ola@alpha.test');
    expect(closed).toEqual(await answer('nobody@alpha.test'));
    expect(closed.body).toContain('If that address belongs to someone with portal access');
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent).toHaveLength(0);
  });

  it('opens again on a reinstall: the same session and the link sent before work, new links are sent, and the history says so', async () => {
    const cookie = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    const link = (await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test'))!;
    await uninstall();
    expect((await open('/portal', cookie)).status).toBe(403);

    expect((await h.install(TEAM_ONE)).status).toBe(200);

    const overview = await open('/portal', cookie);
    expect(overview.status).toBe(200);
    expect(overview.body).toContain('ALPHA-1');
    const redeemed = await h.app.request('/portal/link', post({ token: tokenOf(link) }));
    expect(redeemed.status).toBe(303);
    expect((await open('/portal', cookieOf(redeemed))).body).toContain('ALPHA Works');
    expect(await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test')).toMatch(/\/portal\/link\?token=/);
    expect((await history(team.ws)).filter((s) => s.endsWith('the client portal is open again'))).toHaveLength(1);
  });

  it('closes on tokens_revoked for the bot; a revoked user token or an unknown team closes nothing', async () => {
    const cookie = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    await slackSays(TEAM_ONE.teamId, { type: 'tokens_revoked', tokens: { oauth: ['U1ALICE'] } });
    await slackSays('T0UNKNOWN9', { type: 'app_uninstalled' });
    expect((await open('/portal', cookie)).status).toBe(200);
    await slackSays(TEAM_ONE.teamId, { type: 'tokens_revoked', tokens: { bot: [TEAM_ONE.botUserId] } });
    expect((await open('/portal', cookie)).status).toBe(403);
    expect((await history(team.ws)).at(-1)).toContain('(token revoked); the client portal is closed');
  });

  it('is not closed by an unsigned or forged uninstall', async () => {
    const cookie = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    const raw = event(TEAM_ONE.teamId, { type: 'app_uninstalled' });
    const ts = Math.floor(h.deps.now().getTime() / 1000);
    const forged = await h.app.request('/slack/events', { method: 'POST', body: raw, headers: signedSlackHeaders('not-the-signing-secret', ts, raw) });
    const unsigned = await h.app.request('/slack/events', { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } });
    expect([forged.status, unsigned.status]).toEqual([401, 401]);
    await h.deps.deferrer.drain();
    expect((await open('/portal', cookie)).status).toBe(200);
    expect(await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM_ONE.teamId))).toHaveLength(1);
  });

  it("closes only that team's portal: another team's and the deployment's own stay open", async () => {
    const two = await seedTeam(TEAM_TWO, 'BETA', 'bea@beta.test');
    const ola = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    const bea = await signInPortal(h.app, h.deps, 'bea@beta.test');
    const jane = await signInPortal(h.app, h.deps, 'jane@acme.test');
    await uninstall();
    expect((await open('/portal', ola)).status).toBe(403);
    expect((await open('/portal', bea)).body).toContain('BETA-1');
    expect((await open('/portal', jane)).body).toContain('ACME-1');
    expect(await history(two.ws)).not.toContainEqual(expect.stringContaining('closed'));
  });

  it("a contact of a closed portal who is also another client's contact gets that portal's link only, and can sign out", async () => {
    const phone = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    const laptop = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    await uninstall();
    const [globex] = await h.deps.db.select().from(clients).where(and(eq(clients.workspaceId, h.deps.workspaceId), eq(clients.name, 'Globex')));
    await seedContact(h.deps.db, h.deps.workspaceId, globex.id, 'Ola at Globex', 'ola@alpha.test');
    const before = h.deps.mailer.sent.length;
    const link = await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test');
    expect(h.deps.mailer.sent.slice(before).map((m) => m.subject)).toEqual([expect.stringContaining('My Studio')]);
    // Signed in to the closed portal, the browser still redeems the other portal's link (it replaces the session).
    const other = await h.app.request('/portal/link', post({ token: tokenOf(link!) }, { Cookie: phone }));
    expect(other.status).toBe(303);
    expect((await open('/portal', cookieOf(other))).body).toContain('GLOBEX-1');
    // The closed page offers signing out, which ends that session for good: the reopened portal does not take it back.
    expect((await open('/portal', laptop)).body).toContain('action="/portal/sign-out"');
    expect((await open('/portal/sign-out', laptop, post({}))).status).toBe(303);
    expect((await h.install(TEAM_ONE)).status).toBe(200);
    expect((await open('/portal', laptop)).body).toContain('Sign in to your client portal');
    expect((await open('/portal', phone)).body).toContain('Sign in to your client portal');
  });
});

describe('the portal of the deployment\'s own workspace', () => {
  it('stays open when a team its owner linked uninstalls the app (its team still signs in on the web)', async () => {
    await addMember(h.deps, 'owner', 'owner@studio.test');
    const owner = await signIn(h.app, h.deps, 'owner@studio.test');
    expect((await h.install(TEAM_TWO, { session: owner, link: true })).status).toBe(200);
    const jane = await signInPortal(h.app, h.deps, 'jane@acme.test');
    await uninstall(TEAM_TWO);
    expect(await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM_TWO.teamId))).toHaveLength(0);
    expect((await open('/portal', jane)).body).toContain('ACME-1');
    expect(await requestPortalLinkFor(h.app, h.deps, 'jane@acme.test')).not.toBeNull();
    expect((await history(h.deps.workspaceId)).find((s) => s.includes('removed the app'))).not.toContain('portal');
  });
});
