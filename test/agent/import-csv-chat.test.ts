// CSV import from chat: in the terminal a path is read and checked (dry run), the apply waits for a confirmation,
// then creates the clients once; a second apply and a second import of the same file change nothing. From the
// web (or Slack) a server path is refused before anything is read: there the person uploads the file instead.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval, runAgent } from '../../src/agent/run-agent';
import { makeCtx } from '../../src/deps';
import { activities, clients, csvImports } from '../../src/db/schema';
import type { ToolResult } from '../../tools/types';
import { commandedModel, type Call } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
const commands = commandedModel();
let dir: string;
beforeAll(async () => {
  fx = await agentFixture(commands.model);
  dir = fx.deps.testDb.dir;
  writeFileSync(join(dir, 'leads.csv'), [
    'Company,E-mail,Zip,Country Code,Favourite Colour',
    'Acme Corp,hello@acme.example,10115,DE,blue',
    'Globex,info@globex.example,94105,US,green',
    'Initech,contact@initech.example,73301,US,red',
  ].join('\n'));
  writeFileSync(join(dir, 'broken.csv'), 'Company,E-mail\nHooli,not-an-email\nPied Piper,hi@piper.example\n');
});
afterAll(() => fx.deps.testDb.cleanup());

const cli = () => makeCtx(fx.deps, { ...fx.ws.actors.manager, channel: 'cli' });
const web = () => makeCtx(fx.deps, { ...fx.ws.actors.manager, channel: 'web' });
const countOf = async (table: typeof clients | typeof csvImports | typeof activities) => (await fx.deps.db.select({ n: count() }).from(table))[0].n;

async function say(ctx: ReturnType<typeof cli>, call: Call, conversationId = 'import-chat') {
  commands.next([call]);
  return runAgent({ deps: fx.deps, ctx, conversationId, text: `run ${call.toolName}`, surface: ctx.actor.channel === 'cli' ? 'cli' : 'web' });
}
const data = (r: ToolResult) => (r.ok ? (r.data as Record<string, any>) : {});

describe('importCsv and applyImport through the agent', () => {
  it('terminal: dry run, confirmation, apply once; the same file again changes nothing', async () => {
    const dry = await say(cli(), { toolName: 'importCsv', input: { file: join(dir, 'leads.csv') } });
    const report = dry.results[0].result;
    expect(report).toMatchObject({ ok: true });
    expect(data(report)).toMatchObject({ kind: 'import', filename: 'leads.csv', status: 'dry_run', rows: 3, created: 3, rejected: 0, unmatchedColumns: ['Favourite Colour'] });
    expect(report.ok && report.text).toMatch(/^leads\.csv: 3 rows: would create 3.*columns not used: Favourite Colour.*apply import \S+ to import it/);
    expect(await countOf(clients)).toBe(0);

    const importId = data(report).importId as string;
    const ask = await say(cli(), { toolName: 'applyImport', input: { importId } });
    expect(ask.results).toEqual([]);
    expect(ask.approvals).toHaveLength(1);
    expect(ask.approvals[0].summary).toContain(importId);
    expect(await countOf(clients)).toBe(0);

    const applied = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: ask.approvals[0].id });
    expect(applied.results[0].result).toMatchObject({ ok: true, data: { kind: 'import', status: 'applied', created: 3 } });
    const names = (await fx.deps.db.select({ name: clients.name, email: clients.email, postalCode: clients.postalCode }).from(clients)).map((c) => `${c.name} ${c.email} ${c.postalCode}`).sort();
    expect(names).toEqual(['Acme Corp hello@acme.example 10115', 'Globex info@globex.example 94105', 'Initech contact@initech.example 73301']);
    const activityCount = await countOf(activities);

    // The same import again: nothing changes.
    const again = await say(cli(), { toolName: 'applyImport', input: { importId } });
    const second = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: again.approvals[0].id });
    expect(second.results[0].result).toMatchObject({ ok: true, text: expect.stringMatching(/already applied; nothing changed/) });
    expect(await countOf(clients)).toBe(3);
    expect(await countOf(activities)).toBe(activityCount);

    // The same file imported again: every row is a duplicate with nothing new, so the apply changes no client.
    const redo = await say(cli(), { toolName: 'importCsv', input: { file: join(dir, 'leads.csv') } });
    expect(data(redo.results[0].result)).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    const redoAsk = await say(cli(), { toolName: 'applyImport', input: { importId: data(redo.results[0].result).importId } });
    await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: redoAsk.approvals[0].id });
    expect(await countOf(clients)).toBe(3);
    expect((await fx.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort()).toEqual(['Acme Corp', 'Globex', 'Initech']);
  });

  it('terminal: rejected rows come back with their numbers and reasons, and the apply refuses the file', async () => {
    const dry = await say(cli(), { toolName: 'importCsv', input: { file: join(dir, 'broken.csv') } }, 'import-broken');
    expect(data(dry.results[0].result)).toMatchObject({
      rows: 2, created: 1, rejected: 1, rejections: [{ row: 1, reason: expect.stringMatching(/E-mail/) }],
    });
    const ask = await say(cli(), { toolName: 'applyImport', input: { importId: data(dry.results[0].result).importId } }, 'import-broken');
    const refused = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: ask.approvals[0].id });
    expect(refused.results[0].result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^Nothing was imported: 1 row has errors \(row 1/) } });
    expect((await fx.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name)).not.toContain('Pied Piper');
  });

  it('terminal: a missing file is named, nothing stored', async () => {
    const before = await countOf(csvImports);
    const turn = await say(cli(), { toolName: 'importCsv', input: { file: join(dir, 'nope.csv') } }, 'import-missing');
    expect(turn.results[0].result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('There is no file at') } });
    expect(await countOf(csvImports)).toBe(before);
  });

  it('web: a path on the server is refused before anything is read, pointing to the upload', async () => {
    const before = await countOf(csvImports);
    for (const file of [join(dir, 'leads.csv'), join(dir, 'nope.csv'), '/etc/passwd']) {
      const turn = await say(web(), { toolName: 'importCsv', input: { file } }, 'import-web');
      expect(turn.results[0].result, file).toMatchObject({
        ok: false, error: { code: 'forbidden', message: expect.stringMatching(/not read from the web.*Import page \(\/clients\/import\)/) },
      });
      expect(JSON.stringify(turn.results[0].result)).not.toMatch(/Acme|root:/);
    }
    expect(await countOf(csvImports)).toBe(before);
    const slack = await say(makeCtx(fx.deps, { ...fx.ws.actors.manager, channel: 'slack' }), { toolName: 'importCsv', input: { file: join(dir, 'leads.csv') } }, 'import-slack');
    expect(slack.results[0].result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Share the CSV file/) } });
  });

  it('web: an upload is shown by its id (its stored dry run), and another workspace cannot see it', async () => {
    const upload = await say(cli(), { toolName: 'importCsv', input: { file: join(dir, 'broken.csv') } }, 'import-id');
    const importId = data(upload.results[0].result).importId;
    const shown = await say(web(), { toolName: 'importCsv', input: { importId } }, 'import-id-web');
    expect(data(shown.results[0].result)).toMatchObject({ kind: 'import', importId, rejected: 1, created: 1 });
    const { seedWorkspace } = await import('../support/factories');
    const other = await seedWorkspace(fx.deps.db, { name: 'Other Studio' });
    const stranger = await say(makeCtx(fx.deps, other.actors.owner), { toolName: 'importCsv', input: { importId } }, 'import-id-other');
    expect(stranger.results[0].result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('the offline model understands the terminal phrasing and the apply', async () => {
    const offline = await agentFixture();
    try {
      const ctx = makeCtx(offline.deps, { ...offline.ws.actors.owner, channel: 'cli' });
      const turn = await runAgent({ deps: offline.deps, ctx, conversationId: 'offline-import', text: `import clients from ${join(dir, 'leads.csv')}`, surface: 'cli' });
      expect(turn.results[0]).toMatchObject({ toolName: 'importCsv', result: { ok: true, data: { kind: 'import', created: 3 } } });
      const importId = data(turn.results[0].result).importId;
      const ask = await runAgent({ deps: offline.deps, ctx, conversationId: 'offline-import', text: `apply import ${importId}`, surface: 'cli' });
      expect(ask.approvals).toMatchObject([{ toolName: 'applyImport' }]);
      await confirmApproval({ deps: offline.deps, ctx, approvalId: ask.approvals[0].id });
      expect((await offline.deps.db.select({ n: count() }).from(clients))[0].n).toBe(3);
    } finally {
      offline.deps.testDb.cleanup();
    }
  });
});
