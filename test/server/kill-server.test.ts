// kill -9 of the real server process while it serves writes (security.md A8): chat writes, Slack slash commands and
// quick-add forms (signed, to /slack/events, Slack's Web API a fake on loopback), a delete confirmed through an
// approval, and a CSV import applied. The server is bundled once as `npm run build` bundles it (its start is then
// about half a second of CPU), and after each kill it is started again on the same file and checked: every
// acknowledged write is there (deleted clients gone) with the history row written with it, nothing is there twice
// (Slack's retries of a cut-off delivery are sent after the restart, and some of the answered ones too), an import is
// all-or-nothing, no approval is left "running" nor a Slack delivery "processing", a retried command gets its
// answer, a command cut off after its ack (showing "Working…" or not yet: before its claim it is in the ack journal;
// Slack never sends it again) is reported "interrupted" through its response_url, and integrity_check passes. Kill
// points and retries follow a seeded plan (CLIENTELE_KILL_SEED).
// It ends with "A8: N kills (in flight at the kill: …), L acknowledged writes lost, …".
// The plan's 200 kills by default: 0.6 to 0.8 s each on a busy 2-core machine (a restart and a cycle of writes, two
// lanes at once), so 2 to 3 minutes; CLIENTELE_SERVER_KILLS=20 npx vitest run test/server/kill-server.test.ts for a quick run.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../support/fakes/slack-api';
import { startEchoModel } from './children/echo-model';
import { checkLane, inFlight, type Lane, newLane, noFindings, WRITE_KINDS, type WriteKind } from './children/kill-lane';
import { reportedInterrupted, showedWorking, slackEnv, slackWrites, startKillSlack } from './children/kill-slack-writes';
import { webWrites } from './children/kill-web-writes';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = Number(process.env.CLIENTELE_SERVER_KILLS ?? 200);
const SEED = Number(process.env.CLIENTELE_KILL_SEED ?? 11);
const LANES = 2;
// A mid-flight kill lands 0 to CUT_MS after a cycle's requests went out (a cycle's writes take about this long).
const CUT_MS = 800;
// Two levels under the repository, so the bundle finds node_modules and its migrations (../../drizzle).
const BUNDLE_DIR = join(ROOT, 'node_modules', `.kill-test-${process.pid}`);

let model: Awaited<ReturnType<typeof startEchoModel>>;
let slack: FakeSlack;
const live = new Set<ChildProcess>();
beforeAll(async () => {
  // The production build's options (scripts/build-server.mjs): packages bundled, what a start does not need split
  // off and loaded on first use; the job thread's entry beside the server (imports apply in that thread).
  const { BUILD_OPTIONS } = (await import(pathToFileURL(join(ROOT, 'scripts/build-server.mjs')).href)) as { BUILD_OPTIONS: BuildOptions };
  await build({
    ...BUILD_OPTIONS,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    minify: true,
    outdir: BUNDLE_DIR,
    entryPoints: { server: join(ROOT, 'src/server.ts'), 'apply-import-thread': join(ROOT, 'src/threads/apply-import-thread.ts') },
  });
  model = await startEchoModel();
  slack = await startKillSlack();
  // V8's compile cache (NODE_COMPILE_CACHE) is written when a process exits, never by one killed: one clean run of
  // every kind of write first, so each restart reads its code compiled (about 0.4 s less per start).
  const warm = await newLane(LANES, SEED);
  const { proc, base } = await startLaneServer(warm);
  await Promise.all([webWrites(warm, base, 'warm'), slackWrites(slack, warm, base, 'warm', new Promise(() => {}))]);
  proc.kill('SIGTERM');
  await exited(proc);
  rmSync(warm.dir, { recursive: true, force: true });
}, 120_000);
afterAll(async () => {
  for (const p of live) p.kill('SIGKILL');
  await model?.close();
  await slack?.close();
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (proc: ChildProcess) =>
  proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise((r) => proc.once('exit', r));

async function startLaneServer(lane: Lane): Promise<{ proc: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [join(BUNDLE_DIR, 'server.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_COMPILE_CACHE: join(BUNDLE_DIR, 'cache'),
      DATABASE_URL: lane.url,
      DATA_DIR: lane.dir,
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: 'silent',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_MODEL: 'echo',
      ...slackEnv(slack),
    },
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  let stderr = '';
  proc.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${stderr}`);
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) return { proc, base };
    await sleep(25);
  }
}

describe('kill -9 of the server while it writes', () => {
  it(
    `loses no acknowledged write, half-writes or duplicates nothing, and leaves nothing stuck, over ${KILLS} kills`,
    async () => {
      const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => newLane(i, SEED)));
      const found = noFindings();
      const cutWhile = Object.fromEntries(WRITE_KINDS.map((k) => [k, 0])) as Record<WriteKind, number>;
      let kills = 0;
      let afterAnswers = 0;
      const started = performance.now();
      let perKillMs = 0;
      const neverTold: string[] = [];
      try {
        await Promise.all(
          lanes.map(async (lane) => {
            let running = await startLaneServer(lane);
            for (let cycle = 0; kills < KILLS; cycle++) {
              const tag = `${lane.n}-${cycle}`;
              let killed!: () => void;
              const stop = new Promise<void>((r) => {
                killed = r;
              });
              const work = Promise.all([webWrites(lane, running.base, tag), slackWrites(slack, lane, running.base, tag, stop)]);
              // Two cycles in three the kill lands while the requests run, else just after all were answered (the server
              // may still be finishing: a Slack delivery's bookkeeping, the card posted after a form).
              const cut = lane.rng() * CUT_MS;
              await (cycle % 3 < 2 ? Promise.race([work, sleep(cut)]) : work.then(() => sleep(cut / 25)));
              const cutOff = inFlight(lane);
              running.proc.kill('SIGKILL');
              killed();
              kills++;
              for (const k of cutOff) cutWhile[k]++;
              if (!cutOff.length) afterAnswers++;
              await exited(running.proc);
              await work;
              running = await startLaneServer(lane);
              await checkLane(lane, found);
            }
            perKillMs = (performance.now() - started) / kills;
            // Slack's retries of what the last kills cut off: each is answered, then a clean stop lets the server finish.
            await slackWrites(slack, lane, running.base, 'final', new Promise(() => {}), true);
            running.proc.kill('SIGTERM');
            await Promise.race([exited(running.proc), sleep(15_000).then(() => running.proc.kill('SIGKILL'))]);
            await checkLane(lane, found);
          }),
        );
      } finally {
        const sum = (f: (l: Lane) => number) => lanes.reduce((s, l) => s + f(l), 0);
        // A command cut after its ack: Slack sends it no more, so the restart must report it "interrupted", whether it
        // showed "Working…" (claimed, its response_url kept) or nothing yet (killed before its claim: the ack journal).
        const cut = lanes.flatMap((l) =>
          [...l.cutAfterAck].filter((n) => !l.acked.slack.has(n)).map((n) => ({ n, working: showedWorking(slack, l, n) })),
        );
        const working = cut.filter((c) => c.working);
        const unseen = cut.filter((c) => !c.working);
        neverTold.push(...cut.filter((c) => !reportedInterrupted(slack, c.n)).map((c) => c.n));
        const acked = sum((l) => l.acked.chat.length + l.acked.deleted.length + l.acked.imports.length + l.acked.slack.size);
        console.log(
          `A8: ${kills} kills (in flight at the kill: chat writes ${cutWhile.chat}, Slack commands ${cutWhile.slash},` +
            ` Slack quick-add forms ${cutWhile.form}, imports ${cutWhile.import}, approvals ${cutWhile.approval}; ${afterAnswers} after every answer),` +
            ` ${found.lost.size} acknowledged writes lost, ${found.half.size} half-written, ${found.duplicates.size} duplicated, ${found.stuck.size} stuck` +
            ` (${acked} acknowledged writes checked after restarts: ${sum((l) => l.acked.chat.length)} chat, ${sum((l) => l.acked.slack.size)} Slack,` +
            ` ${sum((l) => l.acked.imports.length)} imports, ${sum((l) => l.acked.deleted.length)} approved deletes; ${sum((l) => l.retriesSent)} Slack retries sent;` +
            ` ${cut.length} Slack commands cut after their ack and not answered (${working.length} showing "Working…", ${unseen.length} nothing yet),` +
            ` ${neverTold.length} of them not reported as interrupted after the restart;` +
            ` integrity_check ${found.integrity.size ? 'failed' : 'ok'}; seed ${SEED}, ${LANES} lanes, ${(perKillMs / 1000).toFixed(2)} s per kill)`,
        );
        for (const l of lanes) rmSync(l.dir, { recursive: true, force: true });
      }
      expect({
        lost: [...found.lost],
        half: [...found.half],
        duplicates: [...found.duplicates],
        stuck: [...found.stuck],
        integrity: [...found.integrity],
      }).toEqual({ lost: [], half: [], duplicates: [], stuck: [], integrity: [] });
      // Slack sends no command again after its ack: every one the kill cut off, claimed or not yet, is told
      // "interrupted" after the restart.
      expect(neverTold).toEqual([]);
      expect(kills).toBeGreaterThanOrEqual(KILLS);
      // Imports were applied (in the server's job thread) and Slack writes acknowledged, not only attempted; retries were sent.
      expect(lanes.reduce((s, l) => s + l.acked.imports.length, 0)).toBeGreaterThan(0);
      expect(lanes.reduce((s, l) => s + l.acked.slack.size, 0)).toBeGreaterThan(0);
      expect(lanes.reduce((s, l) => s + l.retriesSent, 0)).toBeGreaterThan(0);
    },
    120_000 + KILLS * 5_000,
  );
});
