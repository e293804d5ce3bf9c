// The Workers build (wrangler.toml -> src/worker.ts) run by workerd through wrangler's test harness, offline,
// against a real libSQL server (sqld) migrated from Node first, as a deployment does.
import { createTestHarness, type TestHarness } from 'wrangler';
import { openDatabase, type DbHandle } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { signedSlackHeaders } from './slack-signed';
import { startSqld, type Sqld } from './sqld';

process.env.WRANGLER_SEND_METRICS = 'false';
export const PUBLIC_URL = 'http://clientele.test';

/** A libSQL server and a Node connection to it, migrated. */
export async function startMigratedSqld(): Promise<{ sqld: Sqld; node: DbHandle }> {
  const sqld = await startSqld();
  const node = await openDatabase({ url: sqld.url });
  await migrateDatabase(node.db);
  return { sqld, node };
}

/** The Worker with these vars, listening. */
export async function startWorker(vars: Record<string, string>): Promise<TestHarness> {
  const server = createTestHarness({ workers: [{ configPath: './wrangler.toml', vars }] });
  await server.listen();
  return server;
}

/** Stops the Worker, then the test's own servers, then the database (any of them may be missing when a start failed). */
export async function stopWorker(w: { server?: TestHarness; node?: DbHandle; sqld?: Sqld }, ...others: Array<{ close(): unknown } | undefined>) {
  await w.server?.close();
  for (const other of others) await other?.close();
  w.node?.close();
  w.sqld?.stop();
}

/** Everything the Worker logged, a message a line. */
export const workerLogs = (server: TestHarness) => server.getLogs().map((l) => l.message).join('\n');

/** A request to the Worker's /slack/events, signed now with `secret` as Slack signs it. */
export const sendSlackToWorker = (server: TestHarness, secret: string, body: string) =>
  server.fetch('/slack/events', { method: 'POST', headers: signedSlackHeaders(secret, Math.floor(Date.now() / 1000), body), body });
