// Two app instances (each its own connection, mailer, deferrer and model, served on loopback) against one libSQL
// server (sqld): what one writes the other reads, and the rules that need the database to hold them (the
// duplicate guard, client numbers, one primary contact, approvals run once, Slack deliveries acted on once, rate
// limits counted in table rate_limits) hold under concurrent requests spread over both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestApproval } from '../../src/agent/approvals';
import { makeCtx } from '../../src/deps';
import { activities, clients, contacts, members } from '../../src/db/schema';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { addContact } from '../../src/domain/contacts/add-contact';
import { callThenText } from '../agent/mock-model';
import { startFakeSlack, type FakeSlack } from '../support/fakes/slack-api';
import { signedSlackHeaders } from '../support/slack-signed';
import { startSqld, type Sqld } from '../support/sqld';
import { startInstance, type AppInstance } from './app-instance';

const SECRET = 'test-signing-secret-0123456789abcdef';
const TEAM = 'TMULTI0001';
let sqld: Sqld;
let fake: FakeSlack;
let one: AppInstance;
let two: AppInstance;
let dir: string;
let cookie: string;
// One model script shared by both instances: every turn adds "Mention Co" (the Slack retry test counts them).
const model = callThenText({ toolName: 'createClient', input: { name: 'Mention Co' } }, 'Added.');

beforeAll(async () => {
  sqld = await startSqld();
  dir = mkdtempSync(join(tmpdir(), 'clientele-multi-'));
  const migrator = await openDatabase({ url: sqld.url });
  await migrateDatabase(migrator.db);
  migrator.close();
  fake = await startFakeSlack({ teamId: TEAM, users: [{ id: 'UMULTI', teamId: TEAM, name: 'Mo Multi', email: 'owner@multi.test' }] });
  const env = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-multi', SLACK_API_URL: fake.apiUrl };
  [one, two] = await Promise.all([startInstance({ url: sqld.url, dir: join(dir, 'one'), env, model }), startInstance({ url: sqld.url, dir: join(dir, 'two'), env, model })]);
  expect(one.deps.workspaceId).toBe(two.deps.workspaceId);
  await one.deps.db.insert(members).values({ workspaceId: one.deps.workspaceId, name: 'Mo Multi', email: 'owner@multi.test', role: 'owner' });
  cookie = await signInOn(one, 'owner@multi.test');
});
afterAll(async () => {
  await Promise.all([one?.close(), two?.close()]);
  await fake?.close();
  sqld?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Signs in on `inst` through the emailed link; the session cookie is then good on any instance. */
async function signInOn(inst: AppInstance, email: string): Promise<string> {
  await post(inst, '/sign-in', { email }, '');
  await inst.deps.deferrer.drain();
  const link = inst.deps.mailer.sent.find((m) => m.to === email)!.links![0];
  const t = new URLSearchParams(new URL(link).hash.slice(1)).get('t')!;
  const res = await post(inst, '/auth/verify', { t }, '');
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}
function post(inst: AppInstance, path: string, form: Record<string, string>, session = cookie) {
  return fetch(`${inst.origin}${path}`, { method: 'POST', redirect: 'manual', body: new URLSearchParams(form), headers: {
    origin: inst.origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded', cookie: session,
  } });
}
const get = (inst: AppInstance, path: string) => fetch(`${inst.origin}${path}`, { headers: { cookie }, redirect: 'manual' });
const quickAdd = (inst: AppInstance, name: string) => post(inst, '/clients/new', { mode: 'quick', name });
const both = <T>(n: number, fn: (inst: AppInstance, i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => fn(i % 2 ? two : one, i)));

describe('two instances, one libSQL server', () => {
  it('a session made on one instance works on the other, and what one writes the other reads', async () => {
    const res = await quickAdd(one, 'Northwind Traders');
    expect(res.status).toBe(303);
    const page = await get(two, res.headers.get('location')!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Northwind Traders');
  });

  it('the duplicate guard holds: the same client added 10 times at once over both instances is created once', async () => {
    const answers = await both(10, (inst) => quickAdd(inst, 'Acme Corp'));
    expect(answers.map((r) => r.status).sort()).toEqual([303, ...Array(9).fill(409)]);
    const [{ n }] = await one.deps.db.select({ n: count() }).from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(n).toBe(1);
  });

  it('client numbers stay unique and gapless with 20 clients added at once over both instances', async () => {
    const before = (await one.deps.db.select({ number: clients.number }).from(clients)).length;
    const answers = await both(20, (inst, i) => quickAdd(inst, `Parallel Client ${i}`));
    expect(answers.every((r) => r.status === 303)).toBe(true);
    const numbers = (await two.deps.db.select({ number: clients.number }).from(clients)).map((r) => Number(r.number)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: before + 20 }, (_, i) => i + 1));
  });

  it('a client keeps exactly one primary contact when both instances make a different contact primary at once', async () => {
    const owner = (await one.deps.db.select().from(members).where(eq(members.email, 'owner@multi.test')))[0];
    const ctx = makeCtx(one.deps, { kind: 'member', workspaceId: owner.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Mo' });
    const [client] = await one.deps.db.select().from(clients).where(eq(clients.name, 'Northwind Traders'));
    const ids: number[] = [];
    for (const name of ['Ann Able', 'Ben Baker', 'Cy Cole']) {
      ids.push((await addContact({ ctx, input: { client: client.id, name, email: `${name.split(' ')[0].toLowerCase()}@northwind.test` } })).contact.id);
    }
    for (let round = 0; round < 3; round++) {
      await Promise.all(ids.map((id, i) => post(i % 2 ? two : one, `/clients/${client.id}/contacts/${id}`, {
        name: ['Ann Able', 'Ben Baker', 'Cy Cole'][i], email: `${['ann', 'ben', 'cy'][i]}@northwind.test`, primary: 'true', portalEnabled: 'true',
      })));
      const [{ n }] = await one.deps.db.select({ n: count() }).from(contacts).where(and(eq(contacts.clientId, client.id), eq(contacts.isPrimary, true)));
      expect(n).toBe(1);
    }
  });

  it('an approval confirmed on both instances at once runs once', async () => {
    const owner = (await one.deps.db.select().from(members).where(eq(members.email, 'owner@multi.test')))[0];
    const ctx = makeCtx(one.deps, { kind: 'member', workspaceId: owner.workspaceId, memberId: owner.id, role: 'owner', channel: 'web', name: 'Mo' });
    const r = await quickAdd(one, 'Doomed Ltd');
    const id = Number(r.headers.get('location')!.split('/').pop());
    const asked = await requestApproval(ctx, { conversationKey: null, toolName: 'deleteClient', input: { client: id } });
    if (!('approval' in asked) || !asked.approval) throw new Error(`no approval: ${JSON.stringify(asked)}`);
    const pending = asked.approval;
    const answers = await Promise.all([one, two, one, two].map((inst) => fetch(`${inst.origin}/api/approvals/${pending.id}/confirm`, {
      method: 'POST', body: '{}', headers: { origin: inst.origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', cookie },
    })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const deleted = await one.deps.db.select().from(activities).where(and(eq(activities.verb, 'client.deleted'), eq(activities.entityId, id)));
    expect(deleted).toHaveLength(1);
  });

  it('a Slack event delivered to both instances at once, and retried, is acted on once', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ token: 'x', team_id: TEAM, api_app_id: 'A1', type: 'event_callback', event_id: 'EvMulti1', event_time: ts,
      event: { type: 'app_mention', user: 'UMULTI', text: '<@UBOT> add Mention Co', ts: `${ts}.000100`, channel: 'C0MULTI' } });
    const send = (inst: AppInstance, retry?: number) => fetch(`${inst.origin}/slack/events`, { method: 'POST', body, headers: {
      ...signedSlackHeaders(SECRET, ts, body), ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
    } });
    const answers = await Promise.all([send(one), send(two), send(one, 1), send(two, 2)]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await Promise.all([one.deps.deferrer.drain(), two.deps.deferrer.drain()]);
    const [{ n }] = await one.deps.db.select({ n: count() }).from(clients).where(eq(clients.name, 'Mention Co'));
    expect(n).toBe(1);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0MULTI')).toHaveLength(1);
  });

  it('rate limits are shared: "email me a link" for one account is limited to 10 across both instances', async () => {
    const answers = await both(14, (inst) => post(inst, '/sign-in', { email: 'someone@multi.test' }, ''));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(4);
  });
});
