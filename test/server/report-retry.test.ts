// A report of interrupted work that Slack could not take now (issue 11, "Nothing is lost") is tried again while the
// server runs, not only at its next start; once Slack took it, nothing is sent again and no timer keeps running.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startInterruptedReports } from '../../src/channels/slack/report-schedule';
import { buildDeps } from '../../src/build-deps';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { startServer } from '../../src/server';
import { serverHarness, sleep, until } from '../support/server-harness';

const harness = serverHarness();
const { cleanups } = harness;

/** A migrated file database holding one command a dead process acknowledged and never answered. */
async function interruptedCommand(hookUrl: string) {
  const dir = harness.tempDir('clientele-report-retry-');
  const source = { DATABASE_URL: `file:${join(dir, 'c.db')}`, DATA_DIR: dir, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' };
  await (await startServer(source)).close();
  const { db, close } = await openDatabase({ url: source.DATABASE_URL });
  cleanups.push(close);
  const ago = (ms: number) => new Date(Date.now() - ms);
  await db.insert(slackEvents).values({
    eventId: 'cmd:retry.1', status: 'failed', responseUrl: hookUrl, commandText: '/client who owes us money?',
    interruptedAt: ago(60_000), createdAt: ago(120_000), updatedAt: ago(60_000),
  });
  const deps = await buildDeps(source);
  cleanups.push(() => deps.dbHandle.close());
  return { deps, rows: () => db.select().from(slackEvents) };
}

describe('a report Slack could not take, while the server runs', () => {
  it('is tried again on the timer until Slack takes it, then never again (happy)', async () => {
    let refusals = 2;
    const hooks = await harness.responseUrls(() => (refusals-- > 0 ? 503 : 200));
    const { deps, rows } = await interruptedCommand(hooks.url('cmd'));
    const stop = startInterruptedReports(deps, 150);
    cleanups.push(stop);
    await until('the report delivered', () => hooks.posts.some((p) => p.answered === 200));
    await until('settled', async () => (await rows())[0]?.reportedAt);
    await sleep(600);
    expect(hooks.posts.map((p) => p.answered)).toEqual([503, 503, 200]);
    expect(hooks.posts[2].body.text).toMatch(/working on `\/client who owes us money\?`, so it was interrupted/);
    expect((await rows()).map((r) => [!!r.reportedAt, r.responseUrl])).toEqual([[true, null]]);
  }, 60_000);

  it('a refusal for good (an answer URL spent) is not retried: the report goes nowhere else and is dropped (error)', async () => {
    const hooks = await harness.responseUrls(() => 404);
    const { deps, rows } = await interruptedCommand(hooks.url('cmd'));
    const stop = startInterruptedReports(deps, 150);
    cleanups.push(stop);
    await until('settled', async () => (await rows())[0]?.reportedAt);
    await sleep(600);
    expect(hooks.posts.map((p) => p.answered)).toEqual([404]);
  }, 60_000);

  it('stopping the server stops the retries (security: no post after close)', async () => {
    const hooks = await harness.responseUrls(() => 503);
    const { deps, rows } = await interruptedCommand(hooks.url('cmd'));
    const stop = startInterruptedReports(deps, 150);
    await until('two attempts', () => hooks.posts.length >= 2);
    await stop();
    const sent = hooks.posts.length;
    await sleep(600);
    expect(hooks.posts).toHaveLength(sent);
    expect((await rows()).map((r) => [r.reportedAt, r.reportingAt, !!r.responseUrl])).toEqual([[null, null, true]]);
  }, 60_000);
});
