// The product over real HTTP at scale (issue 15): the production build (scripts/start-server.mjs) serves the seeded
// database in its own process, the offline model answering, Slack pointed at the fake Web API in this process.
// - Slack ack: 50 concurrent signed `/client find <common name>` commands, each a real search through the offline
//   model (answered through response_url); p50/p99 of the acks beside 50 concurrent GET /healthz. Goal p99 < 50 ms.
// - Search through a web chat turn (streamed to its end), a common name and a filtered list, beside the same
//   FTS5 / SQL query run raw on the same file from this process. Goal p95 < 15 ms and <= 2x raw.
// - Web chat turns per second (4 in flight, 20 people) beside GET /healthz (a bare Hono route plus SELECT 1) on the
//   same server. Goal >= 0.25x.
// BENCH_CLIENTS=1000 (CI) keeps the shape. Asserts no timing; fails only when an answer is wrong.
import { WORKING } from '../../src/channels/slack/working-state';
import { openDatabase } from '../../src/db/client';
import { startFakeSlack } from '../support/fakes/slack-api';
import { benchDatabase } from './bench-database';
import { compare, defineBench, quantile, summarize, type BenchRow } from './harness';
import { chatTurn, closedLoop, SLACK_SECRET, SLACK_TEAM, slackUsers, slashCommand, timed } from './http-clients';
import { RAW_QUERIES } from './raw-queries';
import { startServerProcess } from './spawn-server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const BURST = 50;
const TURNS = Number(process.env.BENCH_TURNS ?? 40);

export default defineBench({
  name: 'desk-over-http',
  async run(measure) {
    const db = await benchDatabase(CLIENTS, { sessions: 20 });
    const users = slackUsers(10);
    const fake = await startFakeSlack({ teamId: SLACK_TEAM, botUserId: 'UBENCHBOT', botId: 'BBENCH', users });
    const server = await startServerProcess('product', {
      DATABASE_URL: db.url, DATA_DIR: db.dir, SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: fake.apiUrl,
    });
    const raw = await openDatabase({ url: db.url });
    const add = async (row: BenchRow) => Object.assign(await measure(row.name, 1, async () => {}), row);
    const url = server.base;
    try {
      // Warm-up: each person signs in once (a member is made), the offline model loads, the pages compile.
      // Each /client answer replaces a "Working…" placeholder posted through the same response_url: count answers.
      const answered = () => fake.hooks.filter((h) => (h.body as { text?: string }).text !== WORKING);
      const waitAnswers = async (n: number) => { while (answered().length < n) await new Promise((r) => setTimeout(r, 5)); };
      let hooks = 0;
      for (const [i, u] of users.entries()) {
        await timed(`${url}/slack/events`, slashCommand({ text: 'find Acme', user: u.id, channel: `CBENCH${i}`, hookUrl: fake.hookUrl(`warm/${i}`) }));
        await waitAnswers(++hooks);
      }
      for (let i = 0; i < 5; i++) await chatTurn(url, db.cookies[i], 'find Acme');

      // 1. Slack acks, 50 at once, beside 50 GET /healthz at once.
      const bare = await Promise.all(Array.from({ length: BURST }, () => timed(`${url}/healthz`)));
      const started = performance.now();
      const acks = await Promise.all(Array.from({ length: BURST }, (_, i) => timed(`${url}/slack/events`, slashCommand({
        text: i % 2 ? 'find Acme' : 'find Wayne', user: users[i % users.length].id, channel: `CBURST${i}`, hookUrl: fake.hookUrl(`burst/${i}`),
      }))));
      await waitAnswers(hooks + BURST);
      const answeredMs = performance.now() - started;
      const answers = answered().slice(hooks).map((h) => JSON.stringify(h.body));
      if (acks.some((a) => a.status !== 200)) throw new Error(`acks answered ${[...new Set(acks.map((a) => a.status))]}`);
      if (!answers.every((a) => /Acme|Wayne/.test(a))) throw new Error(`a /client find answer names no client: ${answers.find((a) => !/Acme|Wayne/.test(a))?.slice(0, 300)}`);
      const ackRow = summarize('desk-over-http', `Slack /client find ack, ${BURST} at once (all ${BURST} answered via response_url after ${Math.round(answeredMs)} ms)`, acks.map((a) => a.ms));
      ackRow.p99Ms = quantile(acks.map((a) => a.ms), 0.99);
      await add(compare(ackRow, { baseline: `GET /healthz ${BURST} at once, p99`, baselineValue: quantile(bare.map((b) => b.ms), 0.99), figure: ackRow.p99Ms,
        goal: 'p99 < 50 ms', met: ackRow.p99Ms < 50 }));

      // 2. Searches through a web chat turn, beside the same query raw on the same file.
      for (const q of RAW_QUERIES.filter((q): q is typeof q & { chat: string } => !!q.chat)) {
        const rawMs: number[] = [];
        for (let i = 0; i < TURNS; i++) {
          const t = performance.now();
          await q.run(raw.client, db.workspaceId);
          rawMs.push(performance.now() - t);
        }
        const turns: number[] = [];
        for (let i = 0; i < TURNS; i++) {
          const r = await chatTurn(url, db.cookies[i % db.cookies.length], q.chat);
          if (r.status !== 200 || !q.expect.test(r.text)) throw new Error(`chat "${q.chat}" answered ${r.status}: ${r.text.slice(0, 300)}`);
          turns.push(r.ms);
        }
        const rawP95 = quantile(rawMs, 0.95);
        await add(summarize('desk-over-http', `raw ${q.label} (baseline, libSQL on the same file)`, rawMs));
        const row = summarize('desk-over-http', `web chat turn "${q.chat}" over HTTP`, turns);
        await add(compare(row, { baseline: `raw ${q.label}, p95`, baselineValue: rawP95, figure: row.p95Ms,
          goal: 'p95 < 15 ms and <= 2x raw', met: row.p95Ms < 15 && row.p95Ms <= 2 * rawP95 }));
      }

      // 3. Turns per second, 4 in flight, beside GET /healthz on the same server.
      const chats = await closedLoop(TURNS * 4, 4, (i) => chatTurn(url, db.cookies[i % db.cookies.length], i % 2 ? 'find Acme' : 'find Wayne'));
      const health = await closedLoop(2_000, 4, () => timed(`${url}/healthz`));
      if (chats.bad.length) throw new Error(`chat turns answered ${[...new Set(chats.bad)]}`);
      const perSecond = (r: { ms: number[]; elapsedMs: number }) => Math.round((r.ms.length / r.elapsedMs) * 1000 * 10) / 10;
      const rate = summarize('desk-over-http', `web chat turns per second (4 in flight, ${chats.ms.length} turns)`, chats.ms);
      Object.assign(rate, { value: perSecond(chats), unit: 'turns/s' });
      const healthRate = perSecond(health);
      await add(Object.assign(summarize('desk-over-http', 'GET /healthz per second (4 in flight; baseline)', health.ms), { value: healthRate, unit: 'req/s' }));
      await add(compare(rate, { baseline: 'GET /healthz req/s', baselineValue: healthRate, goal: '>= 0.25x', met: perSecond(chats) / healthRate >= 0.25 }));
    } finally {
      raw.close();
      await server.stop();
      await fake.close();
      db.cleanup();
    }
  },
});
