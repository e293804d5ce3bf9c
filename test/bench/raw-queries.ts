// The baselines of the search benches: what findClients answers (the matches' count and the first page of 25,
// ids and the page's rows), written as plain SQL and run straight on libSQL, beside the chat message and the
// findClients input that ask for the same list.
import type { Client } from '@libsql/client';

export type RawQuery = {
  label: string;
  /** findClients input (in process) and the web chat message (over HTTP) asking for the same list (none: in process only). */
  input: Record<string, unknown>;
  chat?: string;
  /** What the chat answer must contain. */
  expect: RegExp;
  run(client: Client, workspaceId: number): Promise<unknown>;
};

const PAGE = `SELECT c.id, c.number, c.name, c.status, c.email, c.city, c.country, c.revenue_cents, c.last_activity_at, c.created_at
  FROM clients c WHERE c.id IN (SELECT value FROM json_each(?))`;

async function page(client: Client, ids: unknown[]): Promise<void> {
  await client.execute({ sql: PAGE, args: [JSON.stringify(ids)] });
}

/** A search's raw form: the FTS5 expression's count in the workspace's active clients and the first 25 by name. */
function searchByName(expr: string): RawQuery['run'] {
  return async (client, ws) => {
    const match = `SELECT rowid FROM clients_fts WHERE clients_fts MATCH '${expr}'`;
    await client.execute({ sql: `SELECT count(*) FROM clients WHERE workspace_id = ? AND archived_at IS NULL AND id IN (${match})`, args: [ws] });
    const ids = await client.execute({ sql: `SELECT id FROM clients WHERE workspace_id = ? AND archived_at IS NULL AND id IN (${match})
      ORDER BY name COLLATE NOCASE, id LIMIT 25`, args: [ws] });
    await page(client, ids.rows.map((r) => r.id));
  };
}

export const RAW_QUERIES: RawQuery[] = [
  {
    label: 'FTS5 "acme"* count + 25 by name',
    input: { query: 'acme', limit: 25 },
    chat: 'find Acme',
    expect: /Acme/,
    run: searchByName('"acme"*'),
  },
  {
    // Three words, one of them a single character: "1"* is a prefix of a token of every client (phones, streets);
    // without a prefix index (migrations 0023, 0024) FTS5 merges the lists of thousands of terms. 1,042 matches.
    label: 'FTS5 "acme"* "consulting"* "1"* count + 25 by name',
    input: { query: 'acme consulting 1', limit: 25 },
    expect: /Acme/,
    run: searchByName('"acme"* "consulting"* "1"*'),
  },
  {
    // A two-character word, the prefix of many tokens (company, consulting, contacts' names); 8,333 matches.
    label: 'FTS5 "acme"* "co"* count + 25 by name',
    input: { query: 'acme co', limit: 25 },
    expect: /Acme/,
    run: searchByName('"acme"* "co"*'),
  },
  {
    // A common word whose 8,333 matches all sort late: the name order puts 83,000 other clients before them.
    label: 'FTS5 "wayne"* count + 25 by name',
    input: { query: 'wayne', limit: 25 },
    expect: /Wayne/,
    run: searchByName('"wayne"*'),
  },
  {
    label: 'country DE, by revenue: count + 25',
    input: { country: 'DE', sort: 'revenue', limit: 25 },
    chat: 'show clients in Germany sorted by revenue',
    expect: /Germany|DE|clients/i,
    async run(client, ws) {
      const where = `workspace_id = ? AND archived_at IS NULL AND country = 'DE'`;
      await client.execute({ sql: `SELECT count(*) FROM clients WHERE ${where}`, args: [ws] });
      const ids = await client.execute({ sql: `SELECT id FROM clients WHERE ${where} ORDER BY revenue_cents = 0, revenue_currency, revenue_cents DESC, name COLLATE NOCASE, id LIMIT 25`, args: [ws] });
      await page(client, ids.rows.map((r) => r.id));
    },
  },
];
