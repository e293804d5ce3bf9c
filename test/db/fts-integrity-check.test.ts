// Two processes on one file (the server, and `npm run chat` beside it): a client written through one connection is
// found by the other's search, and the file passes integrity_check when opened anew. Why "anew": SQLite's FTS5
// integrity check (libSQL 3.45.1) trusts the index layout a connection cached when it last read clients_fts, so a
// connection that read it before another connection's writes reports "malformed inverted index for FTS5 table
// main.clients_fts" although the file is sound; any query on clients_fts through it refreshes the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { createClient } from '../../src/domain/clients/create-client';
import { addNote } from '../../src/domain/clients/add-note';
import { onSqld, type TestDb } from '../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../support/factories';

let t: TestDb;
let ws: SeededWorkspace;
let beside: DbHandle;
beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  beside = await openDatabase({ url: t.url });
});
afterAll(() => {
  beside?.close();
  t?.cleanup();
});

const integrity = async (h: Pick<DbHandle, 'client'>) => (await h.client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
const search = async (h: Pick<DbHandle, 'client'>, phrase: string) =>
  (await h.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?', args: [`"${phrase}"`] })).rows.map((r) => Number(r[0]));

describe('the search index with two connections to one file', () => {
  it('a client and a note written through one are found through the other, and a new connection finds the file whole', async () => {
    await createClient({ ctx: testCtx(t.db, ws.actors.owner), input: { name: 'Before Both' } });
    // The long-lived connection reads the index first (caching its layout), then the other one writes.
    expect(await search(t, 'Before Both')).toHaveLength(1);
    expect(await integrity(t)).toEqual(['ok']);
    const made = await createClient({ ctx: testCtx(beside.db, ws.actors.owner), input: { name: 'Written Beside' } });
    await addNote({ ctx: testCtx(beside.db, ws.actors.owner), input: { client: 'Written Beside', text: 'lantern festival' } });

    expect(await search(t, 'Written Beside')).toEqual([made.client.id]);
    expect(await search(t, 'lantern festival')).toEqual([made.client.id]);
    const fresh = await openDatabase({ url: t.url });
    try {
      expect(await integrity(fresh)).toEqual(['ok']);
    } finally {
      fresh.close();
    }
    // After the queries above refreshed its cache, the long-lived connection agrees.
    if (!onSqld) expect(await integrity(t)).toEqual(['ok']);
  });
});
