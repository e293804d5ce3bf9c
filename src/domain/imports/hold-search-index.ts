// The client search index (clients_fts) is kept by triggers: a new client is indexed on insert, then deleted and
// indexed again for each contact and for each note added to it (3 inserts and 2 deletes per imported client;
// more than half of an import's write time at 100,000 clients, measured). An import holds those triggers inside
// its own transaction and indexes each batch's clients once, with the same statement the triggers run (read from
// the trigger itself, so the two never drift). The DROP and CREATE are part of the transaction: no other
// connection ever sees the triggers missing, and a rollback puts them back with everything else.
// An updated client whose change leaves its search row as it was (no searched column, no person, no note: an
// import that sets status or industry) is not indexed again; the searched columns are read from the update
// trigger too.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

const HELD = ['clients_fts_ai', 'clients_fts_au', 'contacts_fts_ai', 'notes_fts_ai'];
// The statement contacts_fts_ai runs after its delete: a client's full search row from its contacts and notes.
const REINDEX = /INSERT INTO clients_fts\b[\s\S]*?WHERE c\.id IN \(NEW\.client_id\)/i;
// The client columns whose change makes clients_fts_au index a client again.
const SEARCHED = /AFTER UPDATE OF ([\w\s,]+?) ON clients\b/i;

export type SearchHold = {
  /** Whether changing these client columns (SQL names) can change a client's search row. */
  searches(columns: string[]): boolean;
  /** Indexes these clients again from what is stored now (changed ones). */
  reindex(clientIds: number[]): Promise<void>;
  /** Indexes clients this transaction created (their ids are new: no search row to delete first). */
  index(clientIds: number[]): Promise<void>;
  /** Puts the triggers back (before the transaction commits). */
  release(): Promise<void>;
};

const noHold: SearchHold = { searches: () => true, reindex: async () => {}, index: async () => {}, release: async () => {} };

export async function holdSearchIndex(tx: Tx): Promise<SearchHold> {
  const rows = await tx.all<{ name: string; sql: string }>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
    AND name IN (${sql.join(HELD.map((n) => sql`${n}`), sql`, `)})`);
  const reindex = rows.find((r) => r.name === 'contacts_fts_ai')?.sql.match(REINDEX)?.[0];
  // Triggers of another shape than expected: leave them running (slower, never wrong).
  const searched = rows.find((r) => r.name === 'clients_fts_au')?.sql.match(SEARCHED)?.[1].split(',').map((c) => c.trim().toLowerCase());
  if (rows.length !== HELD.length || !reindex || !searched?.length) return noHold;
  const head = reindex.replace(/IN \(NEW\.client_id\)$/i, '');
  for (const r of rows) await tx.run(sql.raw(`DROP TRIGGER ${r.name}`));
  const index = (list: string) => tx.run(sql`${sql.raw(head)} IN (SELECT value FROM json_each(${list}))`);
  return {
    searches: (columns) => columns.some((c) => searched.includes(c.toLowerCase())),
    async reindex(ids) {
      if (!ids.length) return;
      const list = JSON.stringify(ids);
      await tx.run(sql`DELETE FROM clients_fts WHERE rowid IN (SELECT value FROM json_each(${list}))`);
      await index(list);
    },
    async index(ids) {
      if (ids.length) await index(JSON.stringify(ids));
    },
    async release() {
      for (const r of rows) await tx.run(sql.raw(r.sql));
    },
  };
}
