// An import of 10,000 rows killed (SIGKILL) at random points while its transaction is open leaves nothing;
// the same import left to finish leaves all of it; importing the file again then changes nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../../src/db/client';
import { migrateDatabase } from '../../../src/db/migrate';
import { activities, clients, contacts } from '../../../src/db/schema';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';

const ROWS = 10_000;
const FILE = ['Company,Email,Contact,City,Country', ...Array.from({ length: ROWS }, (_, i) =>
  `Company ${i + 1},info@c${i + 1}.test,Person ${i + 1},City ${i % 70},DE`)].join('\n');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

// A local file of its own in every project: this is about a process dying with its transaction open.
async function prepared(): Promise<{ h: DbHandle; ws: SeededWorkspace; importId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-kill-'));
  dirs.push(dir);
  const h = await openDatabase({ url: `file:${join(dir, 'kill.db')}` });
  await migrateDatabase(h.db);
  const ws = await seedWorkspace(h.db);
  const report = await importCsv({ ctx: testCtx(h.db, ws.actors.owner), input: { content: FILE, filename: 'big.csv' } });
  expect(report.created).toBe(ROWS);
  return { h, ws, importId: report.importId };
}

function runChild(args: string[], killAt: string | null): Promise<{ lines: string[]; signal: string | null }> {
  const script = resolve(import.meta.dirname, 'children/apply-import-child.ts');
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  proc.stdout.on('data', (d) => {
    buf += String(d);
    for (let i: number; (i = buf.indexOf('\n')) >= 0; buf = buf.slice(i + 1)) {
      const line = buf.slice(0, i);
      lines.push(line);
      if (line === killAt) proc.kill('SIGKILL');
    }
  });
  return new Promise((ok) => proc.on('exit', (_code, signal) => ok({ lines, signal })));
}

const counts = async (h: DbHandle, workspaceId: number) => ({
  clients: (await h.db.select({ n: sql<number>`count(*)` }).from(clients).where(eq(clients.workspaceId, workspaceId)))[0].n,
  contacts: (await h.db.select({ n: sql<number>`count(*)` }).from(contacts).where(eq(contacts.workspaceId, workspaceId)))[0].n,
  activities: (await h.db.select({ n: sql<number>`count(*)` }).from(activities).where(eq(activities.workspaceId, workspaceId)))[0].n,
});

describe('an import killed half way', () => {
  it('leaves nothing when killed at random points inside its transaction, and all of it when left to finish', async () => {
    // Every progress line is printed inside the open transaction: while re-checking the rows, and after each
    // batch written (the last one just before COMMIT).
    const lines = ['checking', 'writing'].flatMap((phase) => Array.from({ length: 10 }, (_, i) => `${phase} ${(i + 1) * 1000}`));
    const points = [lines[Math.floor(Math.random() * 10)], lines[10 + Math.floor(Math.random() * 5)], lines[15 + Math.floor(Math.random() * 5)]];
    for (const killAt of points) {
      const { h, ws, importId } = await prepared();
      const run = await runChild([h.url, importId, String(ws.workspaceId), String(ws.actors.owner.memberId)], killAt);
      expect(run.signal, `killed at "${killAt}"`).toBe('SIGKILL');
      h.close();
      const reopened = await openDatabase({ url: h.url });
      expect((await reopened.client.execute('PRAGMA integrity_check')).rows.map((r) => r[0])).toEqual(['ok']);
      const after = await counts(reopened, ws.workspaceId);
      // The kill lands a moment after the line: after the last batch the COMMIT may win the race. Then all is there.
      const all = { clients: ROWS, contacts: ROWS, activities: ROWS + 1 };
      if (run.lines.includes('applied')) expect(after).toEqual(all);
      else expect([JSON.stringify({ clients: 0, contacts: 0, activities: 0 }), JSON.stringify(all)], `after a kill at ${killAt}`).toContain(JSON.stringify(after));
      if (killAt.startsWith('checking')) expect(after.clients).toBe(0);
      reopened.close();
    }

    const { h, ws, importId } = await prepared();
    const done = await runChild([h.url, importId, String(ws.workspaceId), String(ws.actors.owner.memberId)], null);
    expect(done.lines.at(-1)).toBe('applied');
    expect(await counts(h, ws.workspaceId)).toEqual({ clients: ROWS, contacts: ROWS, activities: ROWS + 1 });

    const again = await importCsv({ ctx: testCtx(h.db, ws.actors.owner), input: { content: FILE, filename: 'big.csv' } });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: ROWS, rejected: 0 });
    h.close();
  }, 400_000);
});
