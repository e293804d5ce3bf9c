// CSV import at scale (issue 15; security.md A3): 10,000 rows (1 in 10 an update of an existing client) into a
// workspace that already has 90,000 clients. Prints the apply's rows/s beside a raw batched insert of the same
// rows (rolled back), and, while the import applies, /healthz latency and Slack slash-command ack latency over
// real HTTP, probed from a separate process (a blocked server loop cannot delay the probe's own clock).
// BENCH_CLIENTS=1000 (CI) keeps the same shape at a tenth: 900 existing, 100 imported. Asserts no timing.
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { members } from '../../src/db/schema';
import { signSlackBody } from '../../src/channels/slack/verify-signature';
import { applyImport } from '../../src/domain/imports/apply-import';
import { importCsv } from '../../src/domain/imports/import-csv';
import type { MemberActor } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { SECRET, slashBody, startHarness } from '../channels/slack/slack-harness';
import { compare, defineBench, quantile, summarize, type BenchRow } from './harness';
import { seedClients, seededName, seedRelated } from './seed-clients';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const ROWS = Math.min(10_000, Math.floor(CLIENTS / 10));
const EXISTING = CLIENTS - ROWS;
type Sample = { kind: 'healthz' | 'slack'; sentAt: number; ms: number; status: number };

/** The file: new clients with a contact and a note; every tenth row updates an existing client by its email. */
function buildCsv(): string {
  const lines = ['Company,Email,Website,Phone,Country,Status,Industry,Contact name,Contact email,Notes'];
  for (let r = 0; r < ROWS; r++) {
    if (r % 10 === 9) {
      const j = 1 + ((r * 7919) % EXISTING);
      lines.push(`,info@company-${j}.example,,,,active,Imported industry ${r},,,`);
      continue;
    }
    const i = EXISTING + r + 1;
    lines.push([`"${seededName(i)}"`, `hello@new-${i}.example`, `https://new-${i}.example`, `+49 30 ${2_000_000 + i}`,
      ['DE', 'US', 'FR', 'GB'][i % 4], 'lead', 'Design', `Pat Doe ${i}`, `pat${i}@new-${i}.example`, `Met at fair ${i}`].join(','));
  }
  return lines.join('\n');
}

/** The same new rows straight into clients and contacts with two json_each inserts, then rolled back (CROSS JOIN
 * keeps json_each outside, so each contact finds its client by the number index). */
async function rawInsert(client: import('@libsql/client').Client, workspaceId: number): Promise<number> {
  const rows = [];
  for (let r = 0; r < ROWS; r++) {
    if (r % 10 === 9) continue;
    const i = EXISTING + r + 1;
    rows.push([String(1_000_000 + i), seededName(i), `hello@new-${i}.example`, `https://new-${i}.example`, `new-${i}.example`, `Pat Doe ${i}`, `pat${i}@new-${i}.example`]);
  }
  const start = performance.now();
  const tx = await client.transaction('write');
  try {
    await tx.execute({
      sql: `INSERT INTO clients (workspace_id, number, name, name_key, email, website, website_domain, status)
            SELECT ?, j.value->>0, j.value->>1, lower(j.value->>1), j.value->>2, j.value->>3, j.value->>4, 'lead' FROM json_each(?) j`,
      args: [workspaceId, JSON.stringify(rows)],
    });
    await tx.execute({
      sql: `INSERT INTO contacts (workspace_id, client_id, name, email, is_primary)
            SELECT c.workspace_id, c.id, j.value->>5, j.value->>6, 1 FROM json_each(?) j
            CROSS JOIN clients c ON c.workspace_id = ? AND c.number = j.value->>0`,
      args: [JSON.stringify(rows), workspaceId],
    });
  } finally {
    await tx.rollback();
  }
  return performance.now() - start;
}

async function probeWhile<T>(url: string, slack: Array<{ headers: Record<string, string>; body: string }>, work: () => Promise<T>) {
  const child = fork(join(import.meta.dirname, 'http-probe.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <M>() => new Promise<M>((ok) => child.once('message', (m) => ok(m as M)));
  const ready = next<{ ready: true }>();
  child.send({ url, healthzEveryMs: 20, slack: { everyMs: 100, requests: slack } });
  await ready;
  const idleFrom = Date.now();
  await new Promise((r) => setTimeout(r, 1000));
  const from = Date.now();
  const value = await work();
  const to = Date.now();
  const done = next<{ samples: Sample[] }>();
  child.send({ stop: true });
  const { samples } = await done;
  // Only what was sent while the work ran.
  return { value, ms: to - from, samples: samples.filter((s) => s.sentAt >= from && s.sentAt <= to), idle: samples.filter((s) => s.sentAt >= idleFrom && s.sentAt < from) };
}

export default defineBench({
  name: 'import-csv',
  async run(measure) {
    // The job thread's code is built ahead, as `npm run build` does for `npm start` (from sources it is bundled on
    // first use, which on this machine would land inside the figures).
    const { buildDevThread } = await import(new URL('../../scripts/build-thread.mjs', import.meta.url).href) as { buildDevThread(): Promise<URL> };
    await buildDevThread();
    const h = await startHarness();
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((ok) => server.once('listening', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ws = h.deps.workspaceId;
      await measure(`seed ${EXISTING} clients with contacts, invoices, notes`, 1, async () => {
        await seedClients(h.deps.dbHandle.client, ws, EXISTING, 5_000);
        await seedRelated(h.deps.dbHandle.client, ws);
      });
      const [m] = await h.deps.db.insert(members).values({ workspaceId: ws, role: 'owner', name: 'Bench Owner', email: 'owner@bench.test' }).returning();
      const actor: MemberActor = { kind: 'member', workspaceId: ws, memberId: m.id, role: 'owner', channel: 'web', name: 'Bench Owner' };
      const ctx = makeCtx(h.deps, actor);
      const csv = buildCsv();
      const rate = (ms: number, n = ROWS) => Math.round(n / (ms / 1000));

      const rawMs = await rawInsert(h.deps.dbHandle.client, ws);
      const raw = await measure(`raw batched insert of the ${Math.round(ROWS * 0.9)} new rows (clients + contacts, rolled back)`, 1, async () => {});
      Object.assign(raw, summarize('import-csv', raw.name, [rawMs]));
      raw.name += `: ${rate(rawMs, Math.round(ROWS * 0.9))} rows/s`;

      let importId = '';
      const dry = await measure(`dry run of ${ROWS} rows into ${EXISTING} clients`, 1, async () => {
        const r = await importCsv({ ctx, input: { content: csv, filename: 'bench.csv' } });
        if (r.rejected || r.created + r.updated !== ROWS) throw new Error(`unexpected dry run: ${JSON.stringify({ ...r, rejections: r.rejections.slice(0, 3) })}`);
        importId = r.importId;
      });
      dry.name += `: ${rate(dry.p50Ms)} rows/s`;

      const slack = Array.from({ length: 200 }, (_, i) => {
        // "/client help" is acked with its card and runs no agent turn: the figure is the import's effect alone
        // (an agent turn's own cost on the loop is the slack-ack bench's subject).
        const body = slashBody(h, i % 2 ? 'help' : 'help?');
        const ts = h.nowSeconds();
        return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackBody(SECRET, ts, body) } };
      });
      const progress: number[] = [];
      const run = await probeWhile(url, slack, () => {
        const start = performance.now();
        return applyImport({ ctx, input: { importId }, onProgress: () => progress.push(performance.now() - start) });
      });
      if (run.value.created + run.value.updated !== ROWS) throw new Error('the import did not apply every row');
      const apply = await measure(`apply ${ROWS} rows into ${EXISTING} clients`, 1, async () => {});
      Object.assign(apply, summarize('import-csv', apply.name, [run.ms]));
      apply.name += `: ${rate(run.ms)} rows/s (raw ${rate(rawMs, Math.round(ROWS * 0.9))}); ${progress.length} progress events, first at ${Math.round(progress[0] ?? NaN)} ms`;
      Object.assign(apply, { value: rate(run.ms), unit: 'rows/s' });
      compare(apply, { baseline: 'raw batched insert (rows/s)', baselineValue: rate(rawMs, Math.round(ROWS * 0.9)), goal: '>= 5,000 rows/s', met: rate(run.ms) >= 5000 });

      const rows: BenchRow[] = [];
      for (const [kind, when] of [['healthz', 'idle'], ['slack', 'idle'], ['healthz', 'apply'], ['slack', 'apply']] as const) {
        const s = (when === 'idle' ? run.idle : run.samples).filter((x) => x.kind === kind);
        const bad = s.filter((x) => x.status !== 200).length;
        const label = kind === 'healthz' ? 'GET /healthz' : 'Slack /client ack';
        if (bad) console.error(`  ${label}: statuses ${[...new Set(s.map((x) => x.status))].join(', ')}`);
        if (!s.length) { console.error(`  no ${label} sample during the apply`); continue; }
        const row = summarize('import-csv', `${label} ${when === 'idle' ? 'before' : 'during'} the apply (${s.length} sent${bad ? `, ${bad} not 200` : ''})`, s.map((x) => x.ms));
        const sorted = s.map((x) => x.ms).sort((a, b) => a - b);
        const p99 = Math.round(sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] * 100) / 100;
        row.name += `: p99 ${p99} ms`;
        row.p99Ms = p99;
        if (when === 'apply') {
          const idle = run.idle.filter((x) => x.kind === kind).map((x) => x.ms);
          const limit = kind === 'healthz' ? 100 : 1000;
          compare(row, { baseline: 'p99 before the apply', baselineValue: idle.length ? Math.max(1, quantile(idle, 0.99)) : NaN, figure: p99,
            goal: `p99 < ${limit} ms`, met: p99 < limit });
        }
        rows.push(row);
      }
      for (const row of rows) Object.assign(await measure(row.name, 1, async () => {}), row);
      for (const r of [raw, dry, apply, ...rows]) console.error(`  ${r.name} (p50 ${r.p50Ms} ms, max ${r.maxMs} ms)`);
    } finally {
      await new Promise((ok) => server.close(ok));
      await h.close();
    }
  },
});
