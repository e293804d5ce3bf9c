// Bulk insert through one JSON parameter (INSERT ... SELECT FROM json_each): libSQL binds parameters slowly,
// so 10,000 rows as one JSON text each batch are ~20x faster than the same rows as bound values. Each row is a
// JSON array, not an object: `->> n` on an array is a short walk, where `->> '$.key'` on an object re-reads the
// whole object for every column (a wide clients row read twice as fast as arrays, measured). A value every row
// shares (the workspace, the actor, the time of the import ...) is bound once instead of repeated in each row.
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

/** The driver value every row has for `key`, as SQLite gets it from JSON (an integer stays one), or undefined. */
function sharedValue(rows: Array<Record<string, unknown>>, key: string, column: { mapToDriverValue(v: unknown): unknown }): SQL | undefined {
  const v = rows[0][key];
  if (!rows.every((r) => r[key] === v || (r[key] == null && v == null))) return undefined;
  const d = v == null ? null : column.mapToDriverValue(v);
  // libSQL binds a JS number as a REAL: whole numbers go as bigint (INTEGER, as `->>` gives them); others stay in the JSON.
  if (d === null || typeof d === 'string') return sql`${d}`;
  if (typeof d === 'number' && Number.isSafeInteger(d)) return sql`${BigInt(d)}`;
  return undefined;
}

/** Inserts `rows` (drizzle field names; every row with the same keys) and returns the RETURNING columns asked for. */
export async function insertJsonRows<T extends SQLiteTable, R = never>(
  tx: Tx, table: T, rows: Array<Partial<T['$inferInsert']>>, returning: SQL | null = null,
): Promise<R[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table);
  const all = rows as Array<Record<string, unknown>>;
  // A column that is NULL in every row and has no default is left out: NULL is what it gets anyway, and each
  // column read from the JSON costs (an import's rows leave most of the clients' 20-odd optional fields empty).
  const keys = Object.keys(rows[0]).filter((k) => k in columns && (columns[k].hasDefault || all.some((r) => r[k] != null)));
  const names = sql.join(keys.map((k) => sql.identifier(columns[k].name)), sql`, `);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const shared = new Map(keys.flatMap((k) => { const v = sharedValue(chunk, k, columns[k]); return v ? [[k, v] as const] : []; }));
    const own = keys.filter((k) => !shared.has(k));
    const cells = sql.join(keys.map((k) => shared.get(k) ?? sql.raw(`j.value ->> ${own.indexOf(k)}`)), sql`, `);
    const stmt = sql`INSERT INTO ${table} (${names}) SELECT ${cells} FROM json_each(${jsonRows(table, own, chunk)}) AS j ORDER BY j.key`;
    if (returning) out.push(...(await tx.all<R>(sql`${stmt} RETURNING ${returning}`)));
    else await tx.run(stmt);
  }
  return out;
}
