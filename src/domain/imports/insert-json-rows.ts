// Bulk insert through one JSON parameter (INSERT ... SELECT FROM json_each): libSQL binds parameters slowly,
// so 10,000 rows as one JSON text each batch are ~20x faster than the same rows as bound values.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../../db/client';

const CHUNK = 2000;

/** Inserts `rows` (drizzle field names; every row with the same keys) and returns the RETURNING columns asked for. */
export async function insertJsonRows<T extends SQLiteTable, R = never>(
  tx: Tx, table: T, rows: Array<Partial<T['$inferInsert']>>, returning: SQL | null = null,
): Promise<R[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]).filter((k) => k in columns);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK).map((row) => Object.fromEntries(keys.map((k) => {
      const v = (row as Record<string, unknown>)[k];
      return [k, v == null ? null : columns[k].mapToDriverValue(v)];
    }))));
    const names = sql.join(keys.map((k) => sql.identifier(columns[k].name)), sql`, `);
    const values = sql.join(keys.map((k) => sql`j.value ->> ${`$.${k}`}`), sql`, `);
    const stmt = sql`INSERT INTO ${table} (${names}) SELECT ${values} FROM json_each(${json}) AS j ORDER BY j.key`;
    if (returning) out.push(...(await tx.all<R>(sql`${stmt} RETURNING ${returning}`)));
    else await tx.run(stmt);
  }
  return out;
}
