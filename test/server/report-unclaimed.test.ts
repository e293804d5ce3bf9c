// A slash command killed between its ack and its claim (issue 11, "Nothing is lost"). The claim is written after the
// ack, once no other Slack request waits for its answer (fetch-receiver.ts), so until then only the ack journal, noted
// before the ack, holds the command: the next start reports it through its response_url like one cut off later. On a
// shared database only a dead process's journal is read: another live instance's stays as it is.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { ackJournalDir } from '../../src/files/ack-journal';
import { startServer } from '../../src/server';
import type { FakeSlack } from '../support/fakes/slack-api';
import { startFakeSlackSocket } from '../support/fakes/slack-socket';
import { kill, postSigned, serverEnv, serverHarness, sleep, until } from '../support/server-harness';

const SECRET = 'unclaimed-test-signing-secret-0123';
const TEAM = 'TUNC0001';
const USER = { id: 'UUNC0001', teamId: TEAM, name: 'Una Unc', email: 'una@unc.test' };
const harness = serverHarness();
const { cleanups } = harness;
const fakeSlack = () => harness.fakeSlack({ teamId: TEAM, botUserId: 'UUNCBOT', botId: 'BUNC', users: [USER] });

const commandFields = (slack: FakeSlack, hook: string, text: string, trigger: string) => ({
  token: 'unused',
  team_id: TEAM,
  team_domain: 'unc',
  channel_id: 'CUNC0001',
  channel_name: 'clients',
  user_id: USER.id,
  user_name: 'una',
  command: '/client',
  text,
  response_url: slack.hookUrl(hook),
  trigger_id: trigger,
  api_app_id: 'AUNC',
});
const slashCommand = (slack: FakeSlack, hook: string, text: string, trigger: string) =>
  new URLSearchParams(commandFields(slack, hook, text, trigger)).toString();

describe('a slash command killed between its ack and its claim (happy)', () => {
  it('is reported after the restart through its response_url, as one killed after its claim is', async () => {
    const dir = harness.tempDir('clientele-unclaimed-');
    const slack = await fakeSlack();
    const env = serverEnv(dir, {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-unc',
      SLACK_API_URL: slack.apiUrl,
    });
    const first = await harness.startProcess(env);
    // Another delivery still arriving holds the claim back (by design: acks first), so the kill lands in between.
    await harness.halfSent(first.port, SECRET, slashCommand(slack, 'other', 'help', 'unc.0'));
    const res = await postSigned(first.base, SECRET, slashCommand(slack, 'find', 'find acme', 'unc.1'));
    expect([res.status, await res.text()]).toEqual([200, '']);
    await sleep(300);
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    cleanups.push(close);
    // Acknowledged, yet neither claimed nor shown "Working…": Slack sends it no more.
    expect(await db.select().from(slackEvents)).toEqual([]);
    expect(slack.hooks).toEqual([]);
    // Only the process's private journal holds it (its response_url is a credential).
    const journals = ackJournalDir(dir, env.DATABASE_URL);
    const [file, ...others] = readdirSync(journals);
    expect([statSync(journals).mode & 0o777, statSync(join(journals, file)).mode & 0o777, others]).toEqual([0o700, 0o600, []]);
    await kill(first.proc);

    await harness.startProcess(env);
    const report = await until('the command reported', () => slack.hooks.find((h) => h.path === 'find')?.body);
    expect(report).toMatchObject({
      response_type: 'ephemeral',
      replace_original: true,
      text: expect.stringMatching(/restarted while it was working on `\/client find acme`, so it was interrupted.*Nothing was changed/s),
    });
    // Marked reported once told, its answer URL dropped.
    const rows = await until('the report recorded', async () => {
      const all = await db.select().from(slackEvents);
      return all.every((c) => c.reportedAt) && all;
    });
    expect(rows.map((c) => [c.eventId, c.status, c.responseUrl, !!c.reportedAt])).toEqual([['cmd:unc.1', 'failed', null, true]]);
    // The half-sent delivery was never acknowledged (Slack retries it): nothing to report. The dead journal is gone.
    expect(slack.hooks.map((h) => h.path)).toEqual(['find']);
    expect(readdirSync(journals)).toEqual([]);
  }, 120_000);
});

describe('over Socket Mode, a slash command killed between its ack and its claim (happy)', () => {
  it('is reported after the restart through its response_url', async () => {
    const dir = harness.tempDir('clientele-unclaimed-');
    const [slack, socket] = await Promise.all([fakeSlack(), startFakeSlackSocket()]);
    cleanups.push(() => socket.close());
    slack.useSocket(socket.url);
    const env = serverEnv(dir, {
      SLACK_APP_TOKEN: 'xapp-1-AUNC-test',
      SLACK_BOT_TOKEN: 'xoxb-unc',
      SLACK_API_URL: slack.apiUrl,
    });
    const envelope = (id: string, text: string) => ({
      envelope_id: id,
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: commandFields(slack, id, text, `unc.${id}`),
    });
    const first = await harness.startProcess(env);
    // Connected once a "/client help" is acked (its card is its answer: nothing to report).
    for (let n = 0; ; n++) {
      socket.send(envelope(`help-${n}`, 'help'));
      if (await Promise.race([socket.waitForAck(`help-${n}`), sleep(300).then(() => null)])) break;
    }
    // Another writer holds the database: the claim, written right after the ack, waits; the kill lands meanwhile.
    const holder = createClient({ url: env.DATABASE_URL, timeout: 5000 });
    cleanups.push(() => holder.close());
    const tx = await holder.transaction('write');
    socket.send(envelope('find', 'find acme'));
    expect(await socket.waitForAck('find')).toEqual({ envelope_id: 'find', payload: {} });
    await kill(first.proc);
    await tx.rollback();

    await harness.startProcess(env);
    const report = await until('the command reported', () => slack.hooks.find((h) => h.path === 'find')?.body);
    expect(report).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/restarted while it was working on `\/client find acme`, so it was interrupted.*Nothing was changed/s),
    });
    // (A probe acked late, on a loaded machine, has its help card posted to its response_url instead: not a report.)
    expect(slack.hooks.map((h) => h.path).filter((p) => !p.startsWith('help-'))).toEqual(['find']);
  }, 120_000);
});

describe('on a shared database, only a dead process’s ack journal (security)', () => {
  it('records and reports a dead process’s unclaimed command once; a live instance’s journal and a claimed command are left', async () => {
    const [shared, slack] = await Promise.all([harness.sharedDatabase('clientele-unclaimed-'), fakeSlack()]);
    const { dir, source, db } = shared;
    const at = new Date();
    // Already claimed and answered by the time of the kill: on record, so not reported again.
    await db.insert(slackEvents).values({ eventId: 'cmd:answered', status: 'done', createdAt: at, updatedAt: at });
    const noted = (key: string) => ({
      key,
      teamId: TEAM,
      at: at.toISOString(),
      command: { responseUrl: slack.hookUrl(key), text: `/client ${key}`, slackUserId: USER.id },
    });
    const journals = ackJournalDir(dir, shared.url);
    mkdirSync(journals, { recursive: true, mode: 0o700 });
    const journal = (owner: string, keys: string[]) => {
      const file = join(journals, `${encodeURIComponent(owner)}.jsonl`);
      writeFileSync(file, keys.map((k) => `${JSON.stringify(noted(k))}\n`).join(''), { mode: 0o600 });
      return file;
    };
    // A dead process's journal, its last line cut short by the kill; another live process's on this host.
    const deadFile = journal(`${hostname()}:${shared.deadPid}:0001`, ['cmd:cut', 'cmd:answered']);
    writeFileSync(deadFile, '{"key":"cmd:ha', { flag: 'a' });
    const liveFile = journal(`${hostname()}:${shared.livePid}:0002`, ['cmd:live']);

    const s = await startServer(source);
    cleanups.push(() => s.close());
    await until('the dead process’s command reported', () => slack.hooks.find((h) => h.path === 'cmd:cut'));
    await s.deps.deferrer.drain();
    expect(slack.hooks.map((h) => h.path)).toEqual(['cmd:cut']);
    expect(slack.hooks[0].body.text).toEqual(expect.stringMatching(/interrupted.*`\/client cmd:cut`/s));
    const rows = await db.select({ key: slackEvents.eventId, status: slackEvents.status, url: slackEvents.responseUrl }).from(slackEvents);
    expect(Object.fromEntries(rows.map((r) => [r.key, [r.status, !!r.url]]))).toEqual({
      'cmd:answered': ['done', false],
      'cmd:cut': ['failed', false],
    });
    expect([existsSync(deadFile), existsSync(liveFile)]).toEqual([false, true]);
  }, 120_000);
});
