// Bulk insert through one JSON parameter (INSERT ... SELECT FROM json_each): libSQL binds parameters slowly,
// so 10,000 rows as one JSON text each batch are ~20x faster than the same rows as bound values. Each row is a
// JSON array, not an object: `->> n` on an array is a short walk, where `->> '$.key'` on an object re-reads the
// whole object for every column (a wide clients row read twice as fast as arrays, measured).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../../db/client';

const CHUNK = 2000;

/** The rows as one JSON array of arrays, in `keys` order, with each value as the driver stores it. */
export function jsonRows<T extends SQLiteTable>(table: T, keys: string[], rows: Array<Record<string, unknown>>): string {
  const columns = getTableColumns(table);
  return JSON.stringify(rows.map((row) => keys.map((k) => {
    const v = row[k];
    return v == null ? null : columns[k].mapToDriverValue(v);
  })));
}

/** `j.value ->> 0, j.value ->> 1, ...`: the n-th element of each row (n is ours, never input). */
export const jsonCells = (n: number, from = 0): SQL => sql.raw(Array.from({ length: n }, (_, i) => `j.value ->> ${from + i}`).join(', '));

/** Inserts `rows` (drizzle field names; every row with the same keys) and returns the RETURNING columns asked for. */
export async function insertJsonRows<T extends SQLiteTable, R = never>(
  tx: Tx, table: T, rows: Array<Partial<T['$inferInsert']>>, returning: SQL | null = null,
): Promise<R[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table);
  // A column that is NULL in every row and has no default is left out: NULL is what it gets anyway, and each
  // column read from the JSON costs (an import's rows leave most of the clients' 20-odd optional fields empty).
  const keys = Object.keys(rows[0]).filter((k) => k in columns && (columns[k].hasDefault || rows.some((r) => r[k as keyof typeof r] != null)));
  const names = sql.join(keys.map((k) => sql.identifier(columns[k].name)), sql`, `);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = jsonRows(table, keys, rows.slice(i, i + CHUNK) as Array<Record<string, unknown>>);
    const stmt = sql`INSERT INTO ${table} (${names}) SELECT ${jsonCells(keys.length)} FROM json_each(${json}) AS j ORDER BY j.key`;
    if (returning) out.push(...(await tx.all<R>(sql`${stmt} RETURNING ${returning}`)));
    else await tx.run(stmt);
  }
  return out;
}
