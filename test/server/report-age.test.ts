// Reports of interrupted work respect Slack's limits and the person's time (issue 11): a slash command's response_url
// answers for 30 minutes and a few uses, so past them (or refused) the report goes to the person's DM; work
// acknowledged more than a day ago (REPORT_MAX_AGE_MS) is not reported at all, and one with nowhere to go is dropped.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { slackEvents } from '../../src/db/schema';
import { REPORT_MAX_AGE_MS } from '../../src/domain/deliveries/interruption-reports';
import { kill, serverEnv, serverHarness, sleep, until } from '../support/server-harness';

const TEAM = 'TAGE0001';
const USER = { id: 'UAGE0001', teamId: TEAM, name: 'Aga Age', email: 'aga@age.test' };
const harness = serverHarness();
const { cleanups } = harness;

describe('reports of old interrupted work (error)', () => {
  it('a turn older than a day is not posted; a command past its response_url goes to the DM; one with nowhere to go is dropped', async () => {
    const dir = harness.tempDir('clientele-age-');
    const [slack, hooks] = await Promise.all([
      harness.fakeSlack({ teamId: TEAM, botUserId: 'UAGEBOT', botId: 'BAGE', users: [USER] }),
      // A used-up response_url: Slack answers 404.
      harness.responseUrls(({ path }) => (path === 'spent' ? 404 : 200)),
    ]);
    const env = serverEnv(dir, {
      SLACK_SIGNING_SECRET: 'age-test-signing-secret-0123',
      SLACK_BOT_TOKEN: 'xoxb-age',
      SLACK_API_URL: slack.apiUrl,
    });
    // The first start migrates the database; what is then written is what a killed server left.
    await kill((await harness.startProcess(env)).proc);
    const { db, close } = await openDatabase({ url: env.DATABASE_URL });
    cleanups.push(close);
    const ago = (ms: number) => new Date(Date.now() - ms);
    const HOUR = 60 * 60 * 1000;
    const cut = (key: string, at: Date, reach: Partial<typeof slackEvents.$inferInsert>) => ({
      eventId: key,
      teamId: TEAM,
      status: 'failed' as const,
      slackUserId: USER.id,
      interruptedAt: ago(60_000),
      createdAt: at,
      updatedAt: at,
      ...reach,
    });
    const thread = (ts: string) => ({ channel: 'CAGE0001', threadTs: ts });
    await db.insert(slackEvents).values([
      cut('ev:old', ago(REPORT_MAX_AGE_MS + HOUR), {
        ...thread('1760000020.000100'),
        placeholderTs: '1760000020.000200',
        commandText: 'your message “old question”',
      }),
      cut('ev:recent', ago(2 * HOUR), { ...thread('1760000021.000100'), commandText: 'your message “recent question”' }),
      cut('cmd:late', ago(2 * HOUR), { responseUrl: hooks.url('late'), channel: USER.id, commandText: '/client late one' }),
      cut('cmd:spent', ago(5 * 60_000), { responseUrl: hooks.url('spent'), channel: USER.id, commandText: '/client spent one' }),
      // Recorded before commands kept the person's DM: past its URL, nowhere to go.
      cut('cmd:nowhere', ago(2 * HOUR), { responseUrl: hooks.url('nowhere'), commandText: '/client nowhere' }),
    ]);

    await harness.startProcess(env);
    const reports = () => slack.callsTo('chat.postMessage').filter((c) => /interrupted/.test(String(c.args.text)));
    await until('the three reports posted', () => reports().length >= 3);
    const settled = async () => (await db.select().from(slackEvents)).every((r) => r.reportedAt);
    await until('every report settled', settled);
    await sleep(500);

    const posted = Object.fromEntries(reports().map((c) => [String(c.args.text).match(/working on (.*?), so/)![1], c.args]));
    expect(Object.keys(posted).sort()).toEqual(['`/client late one`', '`/client spent one`', 'your message “recent question”']);
    expect(posted['your message “recent question”']).toMatchObject({ channel: 'CAGE0001', thread_ts: '1760000021.000100' });
    expect(posted['`/client late one`']).toMatchObject({
      channel: USER.id,
      text: expect.stringMatching(/send it again: `\/client late one`/),
    });
    expect(posted['`/client spent one`'].channel).toBe(USER.id);
    expect(posted['`/client late one`'].thread_ts).toBeUndefined();
    // Nothing about yesterday's question: its placeholder is left as it was.
    expect(slack.callsTo('chat.update')).toEqual([]);
    expect(hooks.posts.map((p) => [p.path, p.answered])).toEqual([['spent', 404]]);
    const rows = await db.select().from(slackEvents);
    expect(rows.map((r) => [r.eventId, r.responseUrl, !!r.reportedAt]).sort()).toEqual([
      ['cmd:late', null, true],
      ['cmd:nowhere', null, true],
      ['cmd:spent', null, true],
      ['ev:old', null, true],
      ['ev:recent', null, true],
    ]);
  }, 120_000);
});
