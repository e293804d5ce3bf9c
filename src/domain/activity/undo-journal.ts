// Every undo writes through a journal of the rows it changed (raw rows, as stored), kept on the undo's activity
// row. Undoing that undo replays the journal backwards, after checking that nobody touched those rows since, so
// an undo can itself be undone and a replay never overwrites or deletes later work.
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../../db/client';
import { Conflict } from '../../errors';

type Row = Record<string, unknown>;
export type JournalEntry =
  | { op: 'insert' | 'delete'; table: string; rows: Row[] }
  | { op: 'update'; table: string; before: Row[]; after: Row[] };

const NOUNS: Record<string, string> = {
  clients: 'client', contacts: 'contact', notes: 'note', projects: 'project', invoices: 'invoice', payments: 'payment',
  outreach_drafts: 'outreach draft', groups: 'group', workspaces: 'workspace', documents: 'document', quotes: 'quote',
  members: 'team member', sign_in_tokens: 'sign-in link', sessions: 'session', follow_ups: 'follow-up',
};
// Rows that point at a row; any left when it is to be removed again came later and would be lost with it.
const CHILDREN: Record<string, Array<[string, string]>> = {
  clients: [['contacts', 'client_id'], ['notes', 'client_id'], ['projects', 'client_id'], ['invoices', 'client_id'],
    ['payments', 'client_id'], ['outreach_drafts', 'client_id'], ['documents', 'client_id'], ['quotes', 'client_id'], ['follow_ups', 'client_id']],
  projects: [['invoices', 'project_id']],
  invoices: [['payments', 'invoice_id']],
  contacts: [['outreach_drafts', 'contact_id']],
  groups: [['clients', 'group_id']],
  members: [['sign_in_tokens', 'member_id'], ['sessions', 'member_id'], ['clients', 'owner_id'], ['follow_ups', 'owner_id']],
};
// Touched by every change (the undo's own activity row bumps last_activity_at), so not a sign of later work.
const VOLATILE = new Set(['updated_at', 'last_activity_at']);
// Never copied into a journal (it is stored on an activity row): the workspace's approval secret.
// Generated columns (phone search keys) are computed by SQLite: never written back.
const HIDDEN = new Set(['approval_secret', 'phone_digits', 'phone_key']);

const id = (name: string) => {
  if (!(name in NOUNS)) throw new Error(`undo journal: unknown table ${name}`);
  return sql.identifier(name);
};
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const changedKeys = (a: Row, b: Row) => Object.keys(b).filter((k) => !VOLATILE.has(k) && !same(a[k], b[k]));

export class Journal {
  readonly entries: JournalEntry[] = [];
  constructor(readonly tx: Tx) {}

  private async rowsWhere(table: string, where: SQL) {
    const rows = await this.tx.all<Row>(sql`select * from ${id(table)} where ${where}`);
    return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !HIDDEN.has(k))));
  }
  private byIds(table: string, ids: unknown[]) {
    return this.rowsWhere(table, sql`"id" in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  }

  async insert<T extends SQLiteTable>(table: T, values: T['$inferInsert']): Promise<void> {
    const name = getTableName(table);
    id(name);
    try {
      const [row] = await this.tx.insert(table).values(values).returning() as Row[];
      this.entries.push({ op: 'insert', table: name, rows: await this.byIds(name, [row.id]) });
    } catch (err) {
      throw asConflict(err, name);
    }
  }

  async delete(table: SQLiteTable, where: SQL): Promise<void> {
    const name = getTableName(table);
    const rows = await this.rowsWhere(name, where);
    if (!rows.length) return;
    await this.tx.delete(table).where(where);
    this.entries.push({ op: 'delete', table: name, rows });
  }

  async update<T extends SQLiteTable>(table: T, where: SQL, set: Partial<T['$inferInsert']>): Promise<void> {
    const name = getTableName(table);
    const before = await this.rowsWhere(name, where);
    if (!before.length) return;
    await this.tx.update(table).set(set).where(where);
    this.entries.push({ op: 'update', table: name, before, after: await this.byIds(name, before.map((r) => r.id)) });
  }

  /** Replays `entries` backwards, refusing (Conflict) when a row changed or gained children since. */
  async reverse(entries: JournalEntry[]): Promise<void> {
    for (const e of [...entries].reverse()) {
      if (e.op === 'update') for (let i = 0; i < e.after.length; i++) await this.revertRow(e.table, e.after[i], e.before[i]);
      else if (e.op === 'insert') for (const row of [...e.rows].reverse()) await this.removeRow(e.table, row);
      else for (const row of e.rows) await this.restoreRow(e.table, row);
    }
  }

  private async current(table: string, row: Row) {
    const [now] = await this.byIds(table, [row.id]);
    const noun = NOUNS[table];
    if (!now) throw new Conflict(`That ${noun} no longer exists, so this cannot be undone.`);
    return now;
  }

  private async removeRow(table: string, row: Row) {
    const now = await this.current(table, row);
    if (changedKeys(row, now).length) throw new Conflict(`The ${NOUNS[table]} was changed since, so this cannot be undone.`);
    const later: string[] = [];
    for (const [child, col] of CHILDREN[table] ?? []) {
      const [{ n }] = await this.tx.all<{ n: number }>(sql`select count(*) as n from ${id(child)} where ${sql.identifier(col)} = ${row.id}`);
      if (n) later.push(plural(n, NOUNS[child]));
    }
    if (later.length) {
      throw new Conflict(`The ${NOUNS[table]} has ${later.join(', ')} added since; undoing this would delete them, so it was not done.`);
    }
    await this.tx.run(sql`delete from ${id(table)} where "id" = ${row.id}`);
    this.entries.push({ op: 'delete', table, rows: [now] });
  }

  private async restoreRow(table: string, row: Row) {
    const cols = Object.keys(row);
    try {
      await this.tx.run(sql`insert into ${id(table)} (${sql.join(cols.map((c) => sql.identifier(c)), sql`, `)})
        values (${sql.join(cols.map((c) => sql`${row[c]}`), sql`, `)})`);
    } catch (err) {
      throw asConflict(err, table);
    }
    this.entries.push({ op: 'insert', table, rows: await this.byIds(table, [row.id]) });
  }

  private async revertRow(table: string, after: Row, before: Row) {
    const now = await this.current(table, after);
    const keys = changedKeys(before, after);
    if (keys.some((k) => !same(now[k], after[k]))) throw new Conflict(`The ${NOUNS[table]} was changed since, so this cannot be undone.`);
    if (!keys.length) return;
    await this.tx.run(sql`update ${id(table)} set ${sql.join(keys.map((k) => sql`${sql.identifier(k)} = ${before[k]}`), sql`, `)} where "id" = ${after.id}`);
    this.entries.push({ op: 'update', table, before: [now], after: await this.byIds(table, [after.id]) });
  }
}

function asConflict(err: unknown, table: string): unknown {
  const text = `${(err as Error)?.message ?? ''} ${String((err as { cause?: unknown })?.cause ?? '')}`;
  const m = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(text);
  if (!m) return err;
  const what = m[1].split(', ').map((c) => c.split('.')[1]).join(' and ');
  return new Conflict(`The ${NOUNS[table]} cannot be brought back: its ${what} is taken by another record since.`);
}

export const journalOf = (after: unknown): JournalEntry[] | null => {
  const j = after && typeof after === 'object' ? (after as { journal?: unknown }).journal : undefined;
  return Array.isArray(j) ? (j as JournalEntry[]) : null;
};
