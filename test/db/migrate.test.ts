import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, onSqld, type TestDb } from '../support/db';
import { migrateDatabase } from '../../src/db/migrate';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.cleanup());

describe('migrations', () => {
  it('create every table, the FTS index and its triggers, and can run twice', async () => {
    await migrateDatabase(t.db);
    const rows = await t.client.execute("SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY name");
    const names = rows.rows.map((r) => r.name);
    for (const n of ['workspaces', 'members', 'clients', 'contacts', 'activities', 'clients_fts', 'contacts_fts_ai', 'notes_fts_ai']) {
      expect(names).toContain(n);
    }
  });

  it('keeps the full-text index in step with clients, contacts and notes', async () => {
    await t.client.execute("INSERT INTO workspaces (name) VALUES ('W')");
    await t.client.execute("INSERT INTO clients (workspace_id, number, name, name_key) VALUES (1, '0001', 'Café Zürich GmbH', 'cafe zurich')");
    await t.client.execute("INSERT INTO contacts (workspace_id, client_id, name, email) VALUES (1, 1, 'Jane Roe', 'jane@acme.com')");
    await t.client.execute("INSERT INTO notes (workspace_id, client_id, body) VALUES (1, 1, 'wants invoices quarterly')");
    const match = async (q: string) =>
      (await t.db.all<{ rowid: number }>(sql`SELECT rowid FROM clients_fts WHERE clients_fts MATCH ${q}`)).map((r) => r.rowid);
    expect(await match('"cafe"*')).toEqual([1]);
    expect(await match('"jane"*')).toEqual([1]);
    expect(await match('"quarter"*')).toEqual([1]);
    await t.client.execute('DELETE FROM contacts WHERE id = 1');
    expect(await match('"jane"*')).toEqual([]);
  });

  it.runIf(!onSqld)('runs a local file in WAL mode with foreign keys on', async () => {
    const mode = await t.client.execute('PRAGMA journal_mode');
    expect(String(mode.rows[0][0]).toLowerCase()).toBe('wal');
    const fk = await t.client.execute('PRAGMA foreign_keys');
    expect(Number(fk.rows[0][0])).toBe(1);
  });
});
