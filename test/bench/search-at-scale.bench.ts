// Search and filtered lists at scale in process (issue 15): findClients on the seeded database (a common name
// matching 1 in 12 clients, a country filter sorted by revenue), each beside the same query written as plain SQL
// and run straight on libSQL on the same file (raw-queries.ts), interleaved so both see the same machine.
// Goal p95 < 15 ms and <= 2x raw. The same lists through a web chat turn are in desk-over-http.
import { openDatabase } from '../../src/db/client';
import type { MemberActor } from '../../src/context';
import { findClients } from '../../src/domain/clients/find-clients';
import { testCtx } from '../support/factories';
import { benchDatabase } from './bench-database';
import { compare, defineBench, summarize, type BenchRow } from './harness';
import { RAW_QUERIES } from './raw-queries';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

export default defineBench({
  name: 'search-at-scale',
  async run(measure) {
    const db = await benchDatabase(CLIENTS);
    const handle = await openDatabase({ url: db.url });
    const add = async (row: BenchRow) => Object.assign(await measure(row.name, 1, async () => {}), row);
    try {
      const actor: MemberActor = { kind: 'member', workspaceId: db.workspaceId, memberId: 1, role: 'owner', channel: 'web', name: 'Bench Owner' };
      const ctx = testCtx(handle.db, actor);
      for (const q of RAW_QUERIES) {
        const raw: number[] = [];
        const found: number[] = [];
        for (let i = 0; i < RUNS + 5; i++) {
          let t = performance.now();
          await q.run(handle.client, db.workspaceId);
          const rawMs = performance.now() - t;
          t = performance.now();
          const r = await findClients({ ctx, input: q.input });
          const foundMs = performance.now() - t;
          // (At CI's 1,000 clients a two-word search matches fewer than a page.)
          if (!r.total || r.clients.length !== Math.min(25, r.total)) throw new Error(`findClients ${JSON.stringify(q.input)}: ${r.total} total, ${r.clients.length} shown`);
          // The first few warm the caches of both.
          if (i < 5) continue;
          raw.push(rawMs);
          found.push(foundMs);
        }
        const base = await add(summarize('search-at-scale', `raw ${q.label} (baseline)`, raw));
        const row = summarize('search-at-scale', `findClients ${JSON.stringify(q.input)} in process`, found);
        await add(compare(row, { baseline: `raw, p95`, baselineValue: base.p95Ms, figure: row.p95Ms, goal: 'p95 < 15 ms and <= 2x raw',
          met: row.p95Ms < 15 && row.p95Ms <= 2 * base.p95Ms }));
      }
    } finally {
      handle.close();
      db.cleanup();
    }
  },
});
