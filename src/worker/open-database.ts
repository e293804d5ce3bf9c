// Opens the libSQL database on Workers with the web client: no local files and no embedded replica, so a
// file: URL is refused here with a clear message (libSQL's own would be URL_SCHEME_NOT_SUPPORTED).
import { createClient } from '@libsql/client/web';
import { drizzle } from 'drizzle-orm/libsql/web';
import type { Db, DbHandle } from '../db/client';
import * as schema from '../db/schema';
import { DatabaseBusy, isBusyError } from '../db/serialize-writes';

const SCHEMES: Record<string, string> = { 'http:': 'http:', 'https:': 'https:', 'libsql:': 'libsql:', 'ws:': 'http:', 'wss:': 'https:' };

/**
 * The URL the Worker connects with. ws(s) becomes http(s) on the same host (sqld and Turso serve both there):
 * the client is shared by the requests of an isolate, and workerd forbids using one request's WebSocket from
 * another, while HTTP requests are independent fetches. libsql:// already means HTTPS in the web client.
 */
export function workerDatabaseUrl(url: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch { /* refused below */ }
  const scheme = parsed ? SCHEMES[parsed.protocol] : undefined;
  if (!parsed || !scheme) {
    throw new Error(
      `DATABASE_URL must be a libSQL server URL on Cloudflare Workers (https://, libsql://, http://, wss:// or ws://), got "${redact(url)}". ` +
        'Workers have no local files: use Turso or your own sqld, and apply the migrations from Node first (README, "Deploying to Cloudflare Workers").',
    );
  }
  return scheme === parsed.protocol ? url : scheme + url.slice(parsed.protocol.length);
}

// A URL may carry credentials: never log them.
const redact = (url: string) => url.replace(/\/\/[^/@]*@/, '//***@');

export function openWorkerDatabase(opts: { url: string; authToken?: string }): DbHandle {
  const client = createClient({ url: workerDatabaseUrl(opts.url), authToken: opts.authToken });
  const db = drizzle(client, { schema }) as Db;
  const transaction = db.transaction.bind(db);
  // The same typed error as on Node when the server reports the database busy (src/db/client.ts).
  db.transaction = (async (fn, config) => {
    try {
      return await transaction(fn, config);
    } catch (e) {
      throw isBusyError(e) ? new DatabaseBusy(e) : e;
    }
  }) as Db['transaction'];
  return { db, client, url: opts.url, close: () => client.close() };
}
