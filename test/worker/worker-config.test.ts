// A Worker given a database it cannot use, or Socket Mode, says why in its log and answers 503, without leaking the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHarness } from 'wrangler';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { workerDatabaseUrl } from '../../src/worker/open-database';
import { startSqld, type Sqld } from '../support/sqld';
import { startWorker, stopWorker, workerLogs } from '../support/worker-harness';

let sqld: Sqld;
let server: TestHarness;

beforeAll(async () => {
  sqld = await startSqld(); // a server that was never migrated
  server = await startWorker({ DATABASE_URL: 'file:data/app.db' });
}, 60_000);

afterAll(() => stopWorker({ server, sqld }));

const logged = () => workerLogs(server);

describe('Worker configuration errors', () => {
  it('a file: DATABASE_URL is refused with a clear message in the log and a 503', async () => {
    const res = await server.fetch('/healthz');
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(body).not.toContain('file:');
    expect(logged()).toContain('DATABASE_URL must be a libSQL server URL on Cloudflare Workers');
    expect(logged()).toContain('got \\"file:data/app.db\\"');
  });

  it('a cron event on such a Worker fails (the cron shows as failed in Cloudflare) and the log says why', async () => {
    server.clearLogs();
    const result: { outcome: string } = await server.getWorker().scheduled({ cron: '* * * * *', scheduledTime: new Date() });
    expect(result.outcome).toBe('exception');
    expect(logged()).toContain('Clientele could not start');
    expect(logged()).toContain('DATABASE_URL must be a libSQL server URL on Cloudflare Workers');
  });

  it('an unmigrated server names the missing table in the log, and the Worker recovers once the migrations are applied', async () => {
    server.clearLogs();
    await server.update((o) => ({ ...o, workers: [{ configPath: './wrangler.toml', vars: { DATABASE_URL: sqld.url } }] }));
    const res = await server.fetch('/healthz');
    expect(res.status).toBe(503);
    expect(logged()).toContain('no such table: workspaces');
    // Migrated from Node, as the README says: the next request builds the app.
    const node = await openDatabase({ url: sqld.url });
    await migrateDatabase(node.db);
    node.close();
    const again = await server.fetch('/healthz');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true });
  });

  it('SLACK_APP_TOKEN is refused (Socket Mode cannot run on a Worker) with the way to serve Slack over HTTP, without leaking the token', async () => {
    const node = await openDatabase({ url: sqld.url });
    await migrateDatabase(node.db);
    node.close();
    const vars = { DATABASE_URL: sqld.url, SLACK_SIGNING_SECRET: 'worker-signing-secret-0123456789abcdef', SLACK_BOT_TOKEN: 'xoxb-worker-test', SLACK_APP_TOKEN: 'xapp-1-A0-secret-part' };
    server.clearLogs();
    await server.update((o) => ({ ...o, workers: [{ configPath: './wrangler.toml', vars }] }));
    const res = await server.fetch('/healthz');
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('SLACK_APP_TOKEN');
    expect(logged()).toContain('SLACK_APP_TOKEN (Socket Mode) cannot be used on Cloudflare Workers');
    expect(logged()).toContain('/slack/events');
    expect(logged()).not.toContain('xapp-1-A0-secret-part');
  });
});

describe('workerDatabaseUrl', () => {
  it('keeps http(s) and libsql URLs, maps ws(s) to http(s) on the same host, refuses files and hides credentials', () => {
    expect(workerDatabaseUrl('https://db.example.turso.io')).toBe('https://db.example.turso.io');
    expect(workerDatabaseUrl('libsql://db.example.turso.io')).toBe('libsql://db.example.turso.io');
    expect(workerDatabaseUrl('ws://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(workerDatabaseUrl('wss://db.example.turso.io/?tls=1')).toBe('https://db.example.turso.io/?tls=1');
    expect(() => workerDatabaseUrl('file:data/app.db')).toThrow(/file:data\/app\.db/);
    expect(() => workerDatabaseUrl(':memory:')).toThrow(/libSQL server URL/);
    expect(() => workerDatabaseUrl('postgres://user:secret@host/db')).toThrow(/\/\/\*\*\*@host/);
    expect(() => workerDatabaseUrl('postgres://user:secret@host/db')).not.toThrow(/secret/);
  });
});
