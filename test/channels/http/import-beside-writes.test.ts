// A 10,000-row import applies in one transaction that gives the event loop back between batches. Web and chat writes
// that arrive while that transaction is open (its first batch written, nothing committed) must not land inside it:
// they wait for it and are kept whether it commits or rolls back, each all there (client, history, search entry) or
// not at all, and the import is all-or-nothing. Over a real loopback socket, as the server would serve them.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../../src/context';
import { createApp } from '../../../src/channels/http/app';
import { openDatabase } from '../../../src/db/client';
import { activities, clients, csvImports, notes } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { scriptedModel } from '../../agent/mock-model';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { addMember, form, sameOrigin, signIn } from './web-session';

const ROWS = 10_000;
const BESIDE = 4;

// The model calls the tool named in the user's message as JSON ({"tool":...,"args":...}), then says "Done.".
const echoModel = () => scriptedModel((opts) => {
  const last = (opts.prompt as LanguageModelV4Prompt).at(-1)!;
  if (last.role !== 'user') return { text: 'Done.' };
  const text = last.content.map((p) => (p.type === 'text' ? p.text : '')).join('');
  const { tool, args } = JSON.parse(/\{"tool".*\}/s.exec(text)![0]) as { tool: string; args: Record<string, unknown> };
  return { calls: [{ toolName: tool, input: args }] };
});

let deps: TestDeps;
let server: ServerType;
let base: string;
let cookie: string;
let owner: MemberActor;
beforeAll(async () => {
  deps = await createTestDeps({ overrides: { model: echoModel() } });
  const app = createApp(deps);
  const m = await addMember(deps, 'owner', 'owner@studio.test', 'Olga Owner');
  owner = { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: 'owner', channel: 'web', name: 'Olga Owner' };
  cookie = await signIn(app, deps, 'owner@studio.test');
  await createClient({ ctx: makeCtx(deps, owner), input: { name: 'Keystone Ltd' } });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ok) => server.once('listening', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  deps?.testDb.cleanup();
});

const chat = async (tool: string, args: unknown): Promise<boolean> => {
  const res = await fetch(`${base}/api/chat`, {
    method: 'POST', headers: { ...sameOrigin, cookie, 'content-type': 'application/json' }, body: JSON.stringify({ text: JSON.stringify({ tool, args }) }),
  });
  return /"type":"tool-output-available"[^\n]*"ok":true/.test(await res.text());
};
const quickAdd = async (name: string): Promise<boolean> => {
  const init = form({ mode: 'quick', name });
  const res = await fetch(`${base}/clients/new`, { ...init, headers: { ...init.headers, cookie }, redirect: 'manual' });
  return res.status === 303;
};

/** The writes of a web and a chat user sent while the import's transaction is open; each resolves to "acknowledged". */
function writesBeside(tag: string) {
  const created = [
    ...Array.from({ length: BESIDE }, (_, i) => ({ name: `Beside Web ${tag} ${i}`, ack: quickAdd(`Beside Web ${tag} ${i}`) })),
    ...Array.from({ length: BESIDE }, (_, i) => ({ name: `Beside Chat ${tag} ${i}`, ack: chat('createClient', { name: `Beside Chat ${tag} ${i}` }) })),
  ];
  const noted = Array.from({ length: 2 }, (_, i) => ({ body: `beside note ${tag} ${i}`, ack: chat('addNote', { client: 'Keystone Ltd', text: `beside note ${tag} ${i}` }) }));
  return { created, noted };
}

const countLike = async (pattern: string) =>
  Number((await deps.db.select({ n: sql<number>`count(*)` }).from(clients).where(like(clients.name, pattern)))[0].n);
const searchIds = async (phrase: string) =>
  (await deps.testDb.client.execute({ sql: 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?', args: [`"${phrase}"`] })).rows.map((r) => Number(r[0]));

describe('an import applying beside web and chat writes', () => {
  it.each([
    { fails: true, tag: 'rolled' },
    { fails: false, tag: 'kept' },
  ])('keeps every write answered while its transaction was open (import fails: $fails)', async ({ fails, tag }) => {
    const ctx = makeCtx(deps, owner);
    const prefix = `Bulk ${tag}`;
    const csv = ['Company,Email', ...Array.from({ length: ROWS }, (_, i) => `${prefix} ${i + 1},hello@${tag}-${i + 1}.test`)].join('\n');
    const dry = await importCsv({ ctx, input: { content: csv, filename: `${tag}.csv` } });
    // The very last row fails in the database itself: everything before it was written inside the transaction.
    if (fails) await deps.testDb.client.execute(`CREATE TRIGGER fail_last_row BEFORE INSERT ON clients WHEN NEW.name = '${prefix} ${ROWS}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);

    let writing!: () => void;
    const inTransaction = new Promise<void>((ok) => { writing = ok; });
    let settled = false;
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: (p) => { if (p.phase === 'writing') writing(); } })
      .then((r) => r, (e: Error) => e).finally(() => { settled = true; });
    await inTransaction;
    expect(settled).toBe(false);
    const beside = writesBeside(tag);
    const outcome = await applying;
    const acks = await Promise.all([...beside.created, ...beside.noted].map((w) => w.ack));
    if (fails) await deps.testDb.client.execute('DROP TRIGGER fail_last_row');

    // The import: all or nothing.
    if (fails) expect(String((outcome as Error).cause ?? outcome)).toMatch(/disk on fire/);
    else expect(outcome).toMatchObject({ created: ROWS, alreadyApplied: false });
    expect(await countLike(`${prefix} %`)).toBe(fails ? 0 : ROWS);
    const [imp] = await deps.db.select({ status: csvImports.status }).from(csvImports).where(eq(csvImports.id, dry.importId));
    expect(imp.status).toBe(fails ? 'failed' : 'applied');

    // The writes beside it: every one answered, and each there in full (row, history, search entry).
    expect(acks.every(Boolean)).toBe(true);
    for (const { name } of beside.created) {
      const rows = await deps.db.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, deps.workspaceId), eq(clients.name, name)));
      expect(rows, name).toHaveLength(1);
      const history = await deps.db.select({ id: activities.id }).from(activities)
        .where(and(eq(activities.clientId, rows[0].id), eq(activities.verb, 'client.created')));
      expect(history, `${name} history`).toHaveLength(1);
      expect(await searchIds(name), `${name} search`).toEqual([rows[0].id]);
    }
    const [keystone] = await deps.db.select({ id: clients.id }).from(clients).where(eq(clients.name, 'Keystone Ltd'));
    for (const { body } of beside.noted) {
      expect(await deps.db.select({ id: notes.id }).from(notes).where(and(eq(notes.clientId, keystone.id), eq(notes.body, body))), body).toHaveLength(1);
      expect(await searchIds(body), `${body} search`).toEqual([keystone.id]);
    }

    // A connection opened now, as after a restart, finds the file whole (search index included).
    const fresh = await openDatabase({ url: deps.testDb.url });
    try {
      expect((await fresh.client.execute('PRAGMA integrity_check')).rows.map((r) => r[0])).toEqual(['ok']);
    } finally {
      fresh.close();
    }
  }, 180_000);
});
