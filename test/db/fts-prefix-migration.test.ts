// Migrations 0023 and 0024 rebuild clients_fts with prefix indexes for one- and two-character prefixes (a search
// word such as "1" or "co" merged the lists of every token starting with it). An existing desk upgraded to it must find every client as before, by its own columns, its
// contacts and its notes, and keep finding changes made after it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase, MIGRATIONS_FOLDER } from '../../src/db/migrate';
import { onSqld } from '../support/db';

const TAG = '0023_clients_fts_prefix';
let dir: string;
let h: DbHandle;

// The migrations as they were before 0023.
function foldersBefore(tag: string): string {
  const folder = join(dir, 'drizzle');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clientele-fts-prefix-'));
  h = await openDatabase({ url: `file:${join(dir, 'app.db')}` });
});
afterAll(() => {
  h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const match = async (q: string) =>
  (await h.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? ORDER BY rowid', args: [q] })).rows.map((r) =>
    Number(r[0]),
  );

describe.skipIf(onSqld)('migrations 0023 and 0024 (clients_fts prefix indexes)', () => {
  it('keeps every client of an existing desk findable, one- and two-character words included', async () => {
    await migrate(h.db, { migrationsFolder: foldersBefore(TAG) });
    await h.client.execute("INSERT INTO workspaces (name) VALUES ('W')");
    await h.client.execute(`INSERT INTO clients (workspace_id, number, name, name_key, phone, city) VALUES
      (1, '0001', 'Acme Consulting 1', 'acme consulting 1', '+49 30 1234', 'Berlin'),
      (1, '0002', 'Acme Consulting 2', 'acme consulting 2', '+49 30 5678', 'Köln'),
      (1, '0003', 'Globex Studio', 'globex studio', NULL, 'Zürich')`);
    await h.client.execute("INSERT INTO contacts (workspace_id, client_id, name, email) VALUES (1, 3, 'Jane Roe', 'jane@globex.example')");
    await h.client.execute("INSERT INTO notes (workspace_id, client_id, body) VALUES (1, 2, 'wants invoices quarterly')");
    const queries = [
      '"acme"* "consulting"* "1"*',
      '"1"*',
      '"5"*',
      '"k"*',
      '"z"*',
      '"jane"*',
      '"quarter"*',
      '"acme"*',
      '"ac"* "co"*',
      '"ko"*',
      '"12"*',
    ];
    const before = await Promise.all(queries.map(match));
    expect(before).toEqual([[1], [1], [2], [2], [3], [3], [2], [1, 2], [1, 2], [2], [1]]);

    await migrateDatabase(h.db);
    const definition = (await h.client.execute("SELECT sql FROM sqlite_master WHERE name = 'clients_fts'")).rows[0][0];
    expect(String(definition)).toContain("prefix = '1 2'");
    expect(await Promise.all(queries.map(match))).toEqual(before);

    // The triggers still keep it in step after the rebuild.
    await h.client.execute("UPDATE clients SET name = 'Acme Labs 7' WHERE id = 1");
    await h.client.execute('DELETE FROM contacts WHERE client_id = 3');
    expect(await match('"consulting"* "1"*')).toEqual([]);
    expect(await match('"7"*')).toEqual([1]);
    expect(await match('"la"* "7"*')).toEqual([1]);
    expect(await match('"jane"*')).toEqual([]);
  });
});
