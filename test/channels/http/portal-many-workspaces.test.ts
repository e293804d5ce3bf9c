// /portal's "email me a link" for every workspace of a deployment: the deployment's own (SLACK_BOT_TOKEN's team)
// and each Slack team installed through OAuth (its own workspace). The same neutral page for every address; each
// link signs in to its own workspace's client only; an expired link's "send a new link" works for every workspace.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackInstallations } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { addDocument } from '../../../src/domain/documents/add-document';
import { startTeamsHarness, TEAM_ONE, type TeamsHarness } from '../slack/many-teams-harness';
import { seedClient, seedContact, seedLedger } from '../../domain/portal/seed-portal';
import { cookieOf, post, requestPortalLinkFor, seedDeployment, signInPortal, tokenOf } from './portal-helpers';

let h: TeamsHarness;
let home: Awaited<ReturnType<typeof seedDeployment>>;
let team: Awaited<ReturnType<typeof seedTeam>>;

async function seedTeam() {
  expect((await h.install(TEAM_ONE)).status).toBeLessThan(400);
  const [row] = await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM_ONE.teamId));
  const ws = row.workspaceId;
  const alpha = await seedClient(h.deps.db, ws, 'Alpha Works');
  const ola = await seedContact(h.deps.db, ws, alpha.id, 'Ola Nordmann', 'ola@alpha.test');
  const ledger = await seedLedger(h.deps.db, ws, alpha.id, 'ALPHA');
  return { ws, alpha, ola, ledger };
}

beforeEach(async () => {
  h = await startTeamsHarness({ single: true });
  home = await seedDeployment(h.deps);
  team = await seedTeam();
});
afterEach(() => h.close());

const page = async (path: string, cookie: string) => {
  const res = await h.app.request(path, { headers: { Cookie: cookie } });
  return { status: res.status, body: await res.text() };
};

describe('portal sign-in across workspaces', () => {
  it('a contact of an installed team\'s client asks for a link and signs in to their own client\'s portal only', async () => {
    expect(team.ws).not.toBe(h.deps.workspaceId);
    const link = await requestPortalLinkFor(h.app, h.deps, 'Ola@Alpha.test');
    expect(link).toMatch(/^http:\/\/localhost:8787\/portal\/link\?token=/);
    const mail = h.deps.mailer.sent.at(-1)!;
    expect(mail.subject).toContain('Northwind Studio');
    expect(mail.text).toContain('Alpha Works');
    expect(mail.text).not.toContain('My Studio');
    // The link's page carries its own workspace's name.
    expect(await (await h.app.request(new URL(link!).pathname + new URL(link!).search)).text()).toContain('Northwind Studio');
    const res = await h.app.request('/portal/link', post({ token: tokenOf(link!) }));
    expect(res.status).toBe(303);
    const cookie = cookieOf(res);
    const overview = await page('/portal', cookie);
    expect(overview.body).toContain('Alpha Works');
    expect(overview.body).toContain('ALPHA-1');
    expect(overview.body).not.toMatch(/Acme|GLOBEX|My Studio/);
    expect((await page(`/portal/invoices/${team.ledger.invoices[0].id}`, cookie)).status).toBe(200);
  });

  it('a link never opens another workspace\'s client: the same 404 as an id that does not exist', async () => {
    const shared = (ws: number, client: number, name: string) => addDocument({
      ctx: makeCtx(h.deps, { kind: 'system', workspaceId: ws, channel: 'system', name: 'test' }),
      input: { client: `id:${client}`, file: { name, bytes: new Uint8Array(Buffer.from(`%PDF-1.7\n${name}`)) }, shared: true },
    });
    const acmeDoc = await shared(h.deps.workspaceId, home.acme.id, 'Acme.pdf');
    const alphaDoc = await shared(team.ws, team.alpha.id, 'Alpha.pdf');
    const cookie = await signInPortal(h.app, h.deps, 'ola@alpha.test');
    expect((await page(`/portal/documents/${alphaDoc.document.id}`, cookie)).status).toBe(200);
    const missing = await page('/portal/invoices/99999', cookie);
    expect(missing.status).toBe(404);
    for (const path of [
      `/portal/invoices/${home.ledger.invoices[0].id}`, `/portal/invoices/${home.globexLedger.invoices[1].id}`,
      `/portal/projects/${home.ledger.project.id}`, `/portal/documents/${acmeDoc.document.id}`, '/portal/documents/99999',
    ]) {
      const got = await page(path, cookie);
      expect(got.status, path).toBe(404);
      expect(got.body, path).toBe(missing.body);
    }
    expect(missing.body).not.toMatch(/Acme|ACME|GLOBEX/);
    // And the other way round: the deployment's contact cannot open the team's records.
    const jane = await signInPortal(h.app, h.deps, 'jane@acme.test');
    expect((await page('/portal', jane)).body).not.toContain('Alpha Works');
    const hers = await page(`/portal/invoices/${team.ledger.invoices[0].id}`, jane);
    expect(hers.status).toBe(404);
    expect(hers.body).toBe((await page('/portal/invoices/99999', jane)).body);
  });

  it('a contact in the deployment\'s own workspace still signs in to their own client', async () => {
    const cookie = await signInPortal(h.app, h.deps, 'jane@acme.test');
    const overview = await page('/portal', cookie);
    expect(overview.body).toContain('Acme &lt;b&gt;Corp&lt;/b&gt;');
    expect(overview.body).toContain('ACME-1');
    expect(overview.body).not.toContain('ALPHA');
    expect(h.deps.mailer.sent.at(-1)!.subject).toContain('My Studio');
  });

  it('pages anyone can open name no workspace (the form, its answer, an unknown link); a real link\'s page names its own', async () => {
    const open = async (path: string, init?: RequestInit) => (await h.app.request(path, init)).text();
    const pages = {
      form: await open('/portal'),
      answer: await open('/portal', post({ email: 'ola@alpha.test' })),
      unknownLink: await open(`/portal/link?token=${'x'.repeat(43)}`),
      badLink: await open('/portal/link?token=nope'),
      unknownRedeem: await open('/portal/link', post({ token: 'y'.repeat(43) })),
    };
    for (const [name, body] of Object.entries(pages)) {
      expect(body, name).not.toMatch(/My Studio|Northwind Studio/);
      expect(body, name).toContain('Client portal');
    }
    expect(pages.form).toContain('<h1>Sign in to your client portal</h1>');
    expect(pages.form).toContain('<title>Sign in · Client portal</title>');
    expect(pages.form).toContain('<form method="post" action="/portal"');
    expect(pages.unknownLink).toContain('sign in to your client portal on this device');
    await h.deps.deferrer.drain();
    const link = h.deps.mailer.sent.at(-1)!.links![0];
    expect(await open(new URL(link).pathname + new URL(link).search)).toContain('<title>Sign in · Northwind Studio</title>');
  });

  it('an unknown or disabled address gets the same page as a team contact\'s, and no email', async () => {
    const answer = async (email: string) => {
      const res = await h.app.request('/portal', post({ email }));
      return { status: res.status, body: await res.text() };
    };
    const known = await answer('ola@alpha.test');
    await seedContact(h.deps.db, team.ws, team.alpha.id, 'Off', 'off@alpha.test', { portalEnabled: false });
    for (const email of ['nobody@alpha.test', 'off@alpha.test', 'someone@northwind.test']) expect(await answer(email), email).toEqual(known);
    expect(known.status).toBe(200);
    expect(known.body).toContain('If that address belongs to someone with portal access');
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent.map((m) => m.to)).toEqual(['ola@alpha.test']);
  });

  it('an expired link of a team\'s contact offers a new one, which signs in', async () => {
    const old = (await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test'))!;
    h.deps.clock.now = new Date(h.deps.clock.now.getTime() + 25 * 60 * 60 * 1000);
    const refused = await h.app.request('/portal/link', post({ token: tokenOf(old) }));
    expect(refused.status).toBe(410);
    const body = await refused.text();
    expect(body).toContain('Email me a new link');
    expect(body).toContain('<form method="post" action="/portal"');
    expect(body).toContain('Northwind Studio');
    const fresh = await requestPortalLinkFor(h.app, h.deps, 'ola@alpha.test');
    expect(fresh).not.toBeNull();
    const res = await h.app.request('/portal/link', post({ token: tokenOf(fresh!) }));
    expect(res.status).toBe(303);
    expect((await page('/portal', cookieOf(res))).body).toContain('Alpha Works');
  });

  it('one person who is a contact in both workspaces gets one email for each, each link to its own client', async () => {
    await seedContact(h.deps.db, team.ws, team.alpha.id, 'Hank at Alpha', 'hank@globex.test');
    const before = h.deps.mailer.sent.length;
    expect((await h.app.request('/portal', post({ email: 'hank@globex.test' }))).status).toBe(200);
    await h.deps.deferrer.drain();
    const mails = h.deps.mailer.sent.slice(before);
    expect(mails).toHaveLength(2);
    const landed: string[] = [];
    for (const m of mails) {
      const res = await h.app.request('/portal/link', post({ token: tokenOf(m.links![0]) }));
      const body = (await page('/portal', cookieOf(res))).body;
      landed.push(body.includes('Alpha Works') && !body.includes('GLOBEX') ? 'Alpha Works' : body.includes('GLOBEX-1') && !body.includes('ALPHA') ? 'Globex' : '?');
      expect(m.subject, m.subject).toContain(landed.at(-1) === 'Alpha Works' ? 'Northwind Studio' : 'My Studio');
    }
    expect(landed.sort()).toEqual(['Alpha Works', 'Globex']);
  });

  it('keeps the limits: 5 links an hour to a team\'s contact, and 10 requests an hour per caller and address (then 429)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await h.app.request('/portal', post({ email: 'ola@alpha.test' }))).status);
    await h.deps.deferrer.drain();
    expect(codes.slice(0, 10).every((c) => c === 200)).toBe(true);
    expect(codes[10]).toBe(429);
    expect(h.deps.mailer.sent.filter((m) => m.to === 'ola@alpha.test')).toHaveLength(5);
  });
});
