// kill -9 of the real server process (src/server.ts, compiled once with esbuild so a restart does not
// re-transpile) while it serves writes over HTTP: chat writes (a model on loopback calls the tool named in the
// message), a delete confirmed through an approval, and a CSV import applied. After each kill the server is
// started again on the same file and checked (security.md A8): every acknowledged write is there (deleted
// clients gone), an import is all-or-nothing, no approval is left "running" nor a Slack claim "processing", and
// integrity_check passes. It ends with the line "A8: N kills, L acknowledged writes lost, S stuck".
// 10 kills by default (each restart loads the whole app, a few CPU seconds); CLIENTELE_SERVER_KILLS=200 npx vitest run
// test/server/kill-server.test.ts runs 200.
// Each check opens the file anew, as an operator would after a restart: a connection kept open across the restarts
// would report a false "malformed inverted index for FTS5 table main.clients_fts" (see test/db/fts-integrity-check.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { approvals, clients, members, slackEvents } from '../../src/db/schema';
import { createTeamSession } from '../../src/domain/auth/sessions';
import { ensureDefaultWorkspace } from '../../src/domain/workspaces/ensure-workspace';
import { parseEnv } from '../../src/env';
import { startEchoModel } from './children/echo-model';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = Number(process.env.CLIENTELE_SERVER_KILLS ?? 10);
const LANES = 2;
const IMPORT_ROWS = 20;
// Two levels under the repository, so the bundle finds node_modules and its migrations (../../drizzle).
const BUNDLE_DIR = join(ROOT, 'node_modules', `.kill-test-${process.pid}`);

let model: Awaited<ReturnType<typeof startEchoModel>>;
const live = new Set<ChildProcess>();
beforeAll(async () => {
  await build({
    // The job thread's entry beside the server, as `npm run build` lays them out (imports apply in that thread).
    entryPoints: { server: join(ROOT, 'src/server.ts'), 'apply-import-thread': join(ROOT, 'src/threads/apply-import-thread.ts') },
    bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: BUNDLE_DIR, outExtension: { '.js': '.mjs' }, logLevel: 'error',
  });
  model = await startEchoModel();
}, 120_000);
afterAll(async () => {
  for (const p of live) p.kill('SIGKILL');
  await model?.close();
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
});

type Lane = {
  n: number; dir: string; url: string; cookie: string;
  acked: { chat: string[]; deleted: string[]; imports: string[] }; triedImports: string[];
};

async function newLane(n: number): Promise<Lane> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-kill-'));
  const url = `file:${join(dir, 'app.db')}`;
  const handle = await openDatabase({ url });
  await migrateDatabase(handle.db);
  const ws = await ensureDefaultWorkspace(handle.db, parseEnv({}).WORKSPACE_NAME);
  const [owner] = await handle.db.insert(members).values({ workspaceId: ws.id, role: 'owner', name: 'Owner', email: 'owner@kill.test' }).returning();
  const cookie = await createTeamSession(handle.db, { workspaceId: ws.id, memberId: owner.id, now: new Date() });
  handle.close();
  return { n, dir, url, cookie, acked: { chat: [], deleted: [], imports: [] }, triedImports: [] };
}

const freePort = () => new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => ok(port)); });
});

async function startLaneServer(lane: Lane): Promise<{ proc: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [join(BUNDLE_DIR, 'server.mjs')], {
    detached: false,
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH, NODE_COMPILE_CACHE: join(BUNDLE_DIR, 'cache'), DATABASE_URL: lane.url, DATA_DIR: lane.dir, PORT: String(port),
      PUBLIC_URL: base, LOG_LEVEL: 'silent', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'echo',
    },
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  let stderr = '';
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${stderr}`);
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) return { proc, base };
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** One cycle's writes, each recording its acknowledgement the moment the server gives it. */
function workload(lane: Lane, base: string, tag: string): Promise<unknown> {
  const headers = { 'content-type': 'application/json', origin: base, cookie: `clientele_session=${lane.cookie}` };
  const chat = async (tool: string, args: unknown, seen: (soFar: string) => boolean) => {
    const res = await fetch(`${base}/api/chat`, { method: 'POST', headers, body: JSON.stringify({ text: JSON.stringify({ tool, args }) }) });
    const reader = res.body!.getReader();
    let soFar = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      soFar += new TextDecoder().decode(r.value);
      if (seen(soFar)) return soFar;
    }
    return soFar;
  };
  const okOutput = (s: string) => /"type":"tool-output-available"[^\n]*"ok":true/.test(s);
  const created = async (name: string) => { if (okOutput(await chat('createClient', { name }, okOutput))) return name; return null; };
  const chatWrite = created(`Chat ${tag}`).then((n) => { if (n) lane.acked.chat.push(n); });
  const approved = created(`Doomed ${tag}`).then(async (n) => {
    if (!n) return;
    // The confirmation is the AI SDK's tool-approval-request; its approvalId is the server's approval.
    const asked = await chat('deleteClient', { client: n }, (s) => /"type":"tool-approval-request"/.test(s) && s.includes('"finish"'));
    const id = /"type":"tool-approval-request"[^\n]*"approvalId":"([^"]+)"/.exec(asked)?.[1];
    if (!id) return;
    const res = await fetch(`${base}/api/approvals/${id}/confirm`, { method: 'POST', headers, body: '{}' });
    const body = await res.json() as { results: Array<{ result: { ok: boolean } }> };
    if (res.ok && body.results[0]?.result.ok) lane.acked.deleted.push(n);
  });
  const csv = ['name,email', ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Imp ${tag} ${i},imp${i}-${tag}@kill.test`)].join('\n');
  const imported = fetch(`${base}/files/imports?filename=kill.csv`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: csv })
    .then((r) => r.json() as Promise<{ importId: string }>)
    .then(async ({ importId }) => {
      lane.triedImports.push(tag);
      const res = await fetch(`${base}/files/imports/${importId}/apply`, { method: 'POST', headers, body: '{}' });
      if (res.ok && ((await res.json()) as { created?: number }).created === IMPORT_ROWS) lane.acked.imports.push(tag);
    });
  // A cut connection is what a kill looks like from outside; only acknowledgements count.
  return Promise.allSettled([chatWrite, approved, imported]);
}

// Sets: a write lost at one restart is found again at every later one.
type Findings = { lost: Set<string>; stuck: Set<string>; integrity: Set<string> };

/** What a restart left wrong, read through a new connection to the file. */
async function check(lane: Lane, found: Findings) {
  const { db, client, close } = await openDatabase({ url: lane.url });
  try {
    const names = new Set((await db.select({ name: clients.name }).from(clients)).map((c) => c.name));
    for (const n of lane.acked.chat) if (!names.has(n)) found.lost.add(`acknowledged ${n} is missing`);
    for (const n of lane.acked.deleted) if (names.has(n)) found.lost.add(`deleted ${n} came back`);
    for (const tag of lane.triedImports) {
      const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(clients).where(like(clients.name, `Imp ${tag} %`));
      if (![0, IMPORT_ROWS].includes(Number(n))) found.lost.add(`import ${tag} has ${n} of ${IMPORT_ROWS} rows`);
      else if (lane.acked.imports.includes(tag) && Number(n) !== IMPORT_ROWS) found.lost.add(`acknowledged import ${tag} is missing`);
    }
    for (const a of await db.select({ id: approvals.id }).from(approvals).where(eq(approvals.status, 'running'))) found.stuck.add(`approval ${a.id} running`);
    for (const e of await db.select({ id: slackEvents.eventId }).from(slackEvents).where(and(eq(slackEvents.status, 'processing')))) found.stuck.add(`Slack event ${e.id} processing`);
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
    if (integrity.join() !== 'ok') for (const m of integrity) found.integrity.add(`lane ${lane.n}: ${m}`);
  } finally {
    close();
  }
}

describe('kill -9 of the server while it writes', () => {
  it(`loses no acknowledged write and leaves nothing stuck, over ${KILLS} kills`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => newLane(i)));
    const found: Findings = { lost: new Set(), stuck: new Set(), integrity: new Set() };
    let kills = 0;
    let importsAcked = 0;
    try {
      await Promise.all(lanes.map(async (lane) => {
        let running = await startLaneServer(lane);
        for (let cycle = 0; kills < KILLS; cycle++) {
          const work = workload(lane, running.base, `${lane.n}-${cycle}`);
          // Kill points: every other cycle while the requests run (0-3 s in), else just after all were answered.
          const cut = new Promise((r) => setTimeout(r, Math.floor(Math.random() * 3000)));
          await (cycle % 2 ? Promise.race([work, cut]) : work.then(() => new Promise((r) => setTimeout(r, Math.random() * 50))));
          running.proc.kill('SIGKILL');
          kills++;
          if (running.proc.exitCode === null && running.proc.signalCode === null) await new Promise((r) => running.proc.once('exit', r));
          await work;
          running = await startLaneServer(lane);
          await check(lane, found);
        }
        running.proc.kill('SIGKILL');
      }));
    } finally {
      importsAcked = lanes.reduce((s, l) => s + l.acked.imports.length, 0);
      const acked = lanes.reduce((s, l) => s + l.acked.chat.length + l.acked.deleted.length + l.acked.imports.length, 0);
      console.log(`A8: ${kills} kills, ${found.lost.size} acknowledged writes lost, ${found.stuck.size} stuck` +
        ` (${acked} acknowledged writes checked after restarts, ${importsAcked} of them imports; integrity_check ${found.integrity.size ? 'failed' : 'ok'})`);
      for (const l of lanes) rmSync(l.dir, { recursive: true, force: true });
    }
    expect({ lost: [...found.lost], stuck: [...found.stuck], integrity: [...found.integrity] }).toEqual({ lost: [], stuck: [], integrity: [] });
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // Imports were applied (in the server's job thread) and acknowledged, not only attempted.
    expect(importsAcked).toBeGreaterThan(0);
  }, 60_000 + KILLS * 60_000);
});
