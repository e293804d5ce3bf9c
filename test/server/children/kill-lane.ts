// One lane of the kill test: its own database file (an owner and a web session seeded), what it sent and what the
// server acknowledged, the writes in flight (for the per-kind kill counts), and the check made after each restart.
// Each check opens the file anew, as an operator would after a restart: a connection kept open across the restarts
// would report a false "malformed inverted index for FTS5 table main.clients_fts" (see test/db/fts-integrity-check.test.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, like, sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import { approvals, clients, members, slackEvents } from '../../../src/db/schema';
import { createTeamSession } from '../../../src/domain/auth/sessions';
import { ensureDefaultWorkspace } from '../../../src/domain/workspaces/ensure-workspace';
import { parseEnv } from '../../../src/env';
import { seededRandom } from './seeded-random';

export const IMPORT_ROWS = 20;
export const WRITE_KINDS = ['chat', 'slash', 'form', 'import', 'approval'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** A Slack delivery as sent, kept so it can be sent again the way Slack retries it (same body, newly signed). */
export type SlackDelivery = { name: string; kind: 'slash' | 'form'; body: string; hookPath: string | null; retries: number };

export type Lane = {
  n: number;
  dir: string;
  url: string;
  cookie: string;
  rng: () => number;
  acked: { chat: string[]; deleted: string[]; imports: string[]; slack: Set<string> };
  triedImports: string[];
  /** Every Slack write's client name, and the deliveries Slack would retry at the next start. */
  slackTried: Set<string>;
  retries: SlackDelivery[];
  retriesSent: number;
  /** Slack commands acknowledged that never got their answer while the server ran. */
  silent: Set<string>;
  /** Slack commands the kill cut after their ack and before their answer, which Slack does not send again. */
  cutAfterAck: Set<string>;
  active: Map<WriteKind, number>;
};

export async function newLane(n: number, seed: number): Promise<Lane> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-kill-'));
  const url = `file:${join(dir, 'app.db')}`;
  const handle = await openDatabase({ url });
  await migrateDatabase(handle.db);
  const ws = await ensureDefaultWorkspace(handle.db, parseEnv({}).WORKSPACE_NAME);
  const [owner] = await handle.db
    .insert(members)
    .values({ workspaceId: ws.id, role: 'owner', name: 'Owner', email: 'owner@kill.test' })
    .returning();
  const cookie = await createTeamSession(handle.db, { workspaceId: ws.id, memberId: owner.id, now: new Date() });
  handle.close();
  return {
    n,
    dir,
    url,
    cookie,
    rng: seededRandom(seed * 1000 + n),
    acked: { chat: [], deleted: [], imports: [], slack: new Set() },
    triedImports: [],
    slackTried: new Set(),
    retries: [],
    retriesSent: 0,
    silent: new Set(),
    cutAfterAck: new Set(),
    active: new Map(),
  };
}

/** Counts `work` as in flight for `kind` until it settles. */
export function track<T>(lane: Lane, kind: WriteKind, work: Promise<T>): Promise<T> {
  lane.active.set(kind, (lane.active.get(kind) ?? 0) + 1);
  return work.finally(() => lane.active.set(kind, lane.active.get(kind)! - 1));
}

export const inFlight = (lane: Lane) => WRITE_KINDS.filter((k) => (lane.active.get(k) ?? 0) > 0);

// Sets: a write lost at one restart is found again at every later one.
export type Findings = { lost: Set<string>; half: Set<string>; duplicates: Set<string>; stuck: Set<string>; integrity: Set<string> };
export const noFindings = (): Findings => ({
  lost: new Set(),
  half: new Set(),
  duplicates: new Set(),
  stuck: new Set(),
  integrity: new Set(),
});

/** What a restart left wrong, read through a new connection to the file. */
export async function checkLane(lane: Lane, found: Findings): Promise<void> {
  const { db, client, close } = await openDatabase({ url: lane.url });
  try {
    const names = new Set((await db.select({ name: clients.name }).from(clients)).map((c) => c.name));
    for (const n of lane.acked.chat) if (!names.has(n)) found.lost.add(`acknowledged ${n} is missing`);
    for (const n of lane.acked.slack) if (!names.has(n)) found.lost.add(`acknowledged Slack write ${n} is missing`);
    for (const n of lane.acked.deleted) if (names.has(n)) found.lost.add(`deleted ${n} came back`);
    for (const tag of lane.triedImports) {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)` })
        .from(clients)
        .where(like(clients.name, `Imp ${tag} %`));
      if (![0, IMPORT_ROWS].includes(Number(n))) found.lost.add(`import ${tag} has ${n} of ${IMPORT_ROWS} rows`);
      else if (lane.acked.imports.includes(tag) && Number(n) !== IMPORT_ROWS) found.lost.add(`acknowledged import ${tag} is missing`);
    }
    // A client is there with the history row its creation wrote in the same transaction, or not at all; once.
    const bare = await client.execute(`SELECT name FROM clients c WHERE NOT EXISTS
      (SELECT 1 FROM activities a WHERE a.client_id = c.id AND a.verb = 'client.created')`);
    for (const r of bare.rows) found.half.add(`lane ${lane.n}: ${String(r[0])} has no creation in its history`);
    const twice = await client.execute('SELECT name, count(*) FROM clients GROUP BY name_key HAVING count(*) > 1');
    for (const r of twice.rows) found.duplicates.add(`lane ${lane.n}: ${String(r[0])} x${String(r[1])}`);
    for (const s of lane.silent) found.stuck.add(s);
    for (const a of await db.select({ id: approvals.id }).from(approvals).where(eq(approvals.status, 'running')))
      found.stuck.add(`approval ${a.id} running`);
    for (const e of await db.select({ id: slackEvents.eventId }).from(slackEvents).where(eq(slackEvents.status, 'processing'))) {
      found.stuck.add(`lane ${lane.n}: Slack delivery ${e.id} processing`);
    }
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
    if (integrity.join() !== 'ok') for (const m of integrity) found.integrity.add(`lane ${lane.n}: ${m}`);
  } finally {
    close();
  }
}
