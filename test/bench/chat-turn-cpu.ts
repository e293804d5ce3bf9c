// Server CPU per web chat turn, side by side (issue 15): one server process per code tree (this one and any
// `--tree <dir>`, e.g. a `git worktree` of an older commit), each on its own copy of the seeded file, rounds
// alternating between them so the shared machine's load falls on both alike. Per round and turn: the server process's
// utime + stime from /proc (10 ms ticks, all threads) and its main thread's time on a CPU (schedstat, ns).
//   npx tsx test/bench/chat-turn-cpu.ts [--tree /tmp/wt-old] [--rounds 6] [--turns 20] [--prof .tmp/prof] [--skip-root]
// (--skip-root: only the --tree copies, e.g. two worktrees that differ by one change.)
// BENCH_CLIENTS (default 100,000) as in the benches. --prof starts each server with --cpu-prof into that folder
// (written when it stops). Asserts no timing; fails when an answer is wrong.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchDatabase, type BenchDatabase } from './bench-database';
import { quantile } from './harness';
import { chatTurn } from './http-clients';
import { RAW_QUERIES } from './raw-queries';
import { ROOT, type Running, startServerProcess } from './spawn-server';

const { values: opt } = parseArgs({
  options: {
    tree: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '6' },
    turns: { type: 'string', default: '20' }, 'skip-root': { type: 'boolean', default: false },
    prof: { type: 'string' },
  },
});
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const ROUNDS = Number(opt.rounds);
const TURNS = Number(opt.turns);
const trees = opt['skip-root'] ? opt.tree : [ROOT, ...opt.tree];
const queries = RAW_QUERIES.filter((q): q is typeof q & { chat: string } => !!q.chat);

/** utime + stime of a process so far, in ms (all its threads; 10 ms ticks). */
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** Time its main thread (the event loop) ran on a CPU so far, in ms (nanoseconds from the scheduler). */
const mainMs = (pid: number) => Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;

// Each person may take 30 turns a minute: enough sessions that no round waits for the limit.
const sessions = Math.max(20, Math.ceil((ROUNDS * TURNS * queries.length + 10) / 25));
type Server = {
  cwd: string;
  db: BenchDatabase;
  server: Running;
  next: number;
  /** Per query, per round: process CPU, main-thread CPU (ms a turn), and every turn's wall time. */
  cpu: Map<string, number[]>;
  main: Map<string, number[]>;
  wall: Map<string, number[]>;
};
const servers: Server[] = [];
for (const cwd of trees) {
  const db = await benchDatabase(CLIENTS, { sessions });
  const env: Record<string, string> = { DATABASE_URL: db.url, DATA_DIR: db.dir };
  if (opt.prof) env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${opt.prof}`;
  const server = await startServerProcess('product', env, { cwd });
  servers.push({
    cwd,
    db,
    server,
    next: 0,
    cpu: new Map<string, number[]>(),
    main: new Map<string, number[]>(),
    wall: new Map<string, number[]>(),
  });
}
const cookieOf = (s: Server) => s.db.cookies[s.next++ % s.db.cookies.length];

try {
  for (const s of servers) for (let i = 0; i < 6; i++) for (const q of queries) await chatTurn(s.server.base, cookieOf(s), q.chat);
  for (let round = 0; round < ROUNDS; round++) {
    // ABBA: which tree goes first alternates.
    const order = round % 2 ? [...servers].reverse() : servers;
    for (const s of order) {
      for (const q of queries) {
        const pid = s.server.proc.pid!;
        const before = cpuMs(pid);
        const mainBefore = mainMs(pid);
        const wall: number[] = [];
        for (let i = 0; i < TURNS; i++) {
          const r = await chatTurn(s.server.base, cookieOf(s), q.chat);
          if (r.status !== 200 || !q.expect.test(r.text))
            throw new Error(`${s.cwd}: "${q.chat}" answered ${r.status}: ${r.text.slice(0, 300)}`);
          wall.push(r.ms);
        }
        const per = (cpuMs(pid) - before) / TURNS;
        (s.cpu.get(q.chat) ?? s.cpu.set(q.chat, []).get(q.chat)!).push(per);
        (s.main.get(q.chat) ?? s.main.set(q.chat, []).get(q.chat)!).push((mainMs(pid) - mainBefore) / TURNS);
        (s.wall.get(q.chat) ?? s.wall.set(q.chat, []).get(q.chat)!).push(...wall);
      }
    }
    console.error(
      `round ${round + 1}/${ROUNDS} done, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `${new Date().toISOString()} clients ${CLIENTS}, ${ROUNDS} rounds x ${TURNS} turns, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const q of queries) {
    for (const s of servers) {
      const cpu = s.cpu.get(q.chat)!;
      const main = s.main.get(q.chat)!;
      const wall = s.wall.get(q.chat)!;
      console.log(
        `${q.chat.padEnd(42)} ${s.cwd.padEnd(16)} CPU/turn median ${quantile(cpu, 0.5).toFixed(1)} ms, mean ${mean(cpu).toFixed(2)}; main thread median ${quantile(main, 0.5).toFixed(2)} ms, mean ${mean(main).toFixed(2)} [${fmt(main)}]; wall p50 ${quantile(wall, 0.5).toFixed(1)} p95 ${quantile(wall, 0.95).toFixed(1)} ms`,
      );
    }
    // Each later tree beside the first, round by round (the same minutes): the median of the ratios.
    for (const s of servers.slice(1)) {
      const ratios = s.main.get(q.chat)!.map((x, i) => servers[0].main.get(q.chat)![i] / x);
      console.log(
        `${''.padEnd(42)} main thread ${servers[0].cwd} / ${s.cwd}: median ratio ${quantile(ratios, 0.5).toFixed(3)} [${ratios.map((r) => r.toFixed(2)).join(' ')}]`,
      );
    }
  }
} finally {
  for (const s of servers) {
    await s.server.stop();
    s.db.cleanup();
  }
}
