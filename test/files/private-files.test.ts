// Exports, outbox emails and uploaded CSVs are private to the server's user and purged on a timer: 0600 files
// in 0700 folders under DATA_DIR (not the shared temp folder), a symlinked folder refused, old files removed.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/context';
import { csvImports } from '../../src/db/schema';
import { exportCsv } from '../../src/domain/exports/export-csv';
import { importCsv } from '../../src/domain/imports/import-csv';
import { parseEnv } from '../../src/env';
import { createExportFiles } from '../../src/files/export-files';
import { ensurePrivateDir } from '../../src/files/private-dir';
import { purgePrivateFiles } from '../../src/files/purge-schedule';
import { createOutboxMailer } from '../../src/mail/outbox-mailer';
import { createTestDeps, type TestDeps } from '../support/deps';
import { makeCtx } from '../../src/deps';

const mode = (p: string) => statSync(p).mode & 0o777;
let deps: TestDeps | undefined;
const dirs: string[] = [];
afterEach(() => { deps?.testDb.cleanup(); deps = undefined; for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'clientele-priv-')); dirs.push(d); return d; };
const DAY = 24 * 60 * 60 * 1000;
const age = (path: string, ms: number, now: Date) => { const t = new Date(now.getTime() - ms); utimesSync(path, t, t); };

async function ownerCtx() {
  deps = await createTestDeps();
  return makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: 1, role: 'owner', channel: 'web', name: 'Owner' });
}

describe('private files (happy)', () => {
  it('an export is a 0600 file in a 0700 folder under DATA_DIR, and the defaults live under data/', async () => {
    const ctx = await ownerCtx();
    const r = await exportCsv({ ctx, input: {} });
    expect(r.path.startsWith(join(deps!.testDb.dir, 'exports'))).toBe(true);
    expect(mode(r.path)).toBe(0o600);
    expect(mode(join(deps!.testDb.dir, 'exports'))).toBe(0o700);
    expect(mode(join(deps!.testDb.dir, 'exports', `${r.id}.json`))).toBe(0o600);
    const env = parseEnv({});
    expect([env.DATA_DIR, env.OUTBOX_DIR]).toEqual(['data', 'data/outbox']);
    expect(parseEnv({ DATA_DIR: '/srv/clientele/' }).OUTBOX_DIR).toBe('/srv/clientele/outbox');
  });

  it('the outbox writes 0600 files in a 0700 folder', async () => {
    const dir = join(tempDir(), 'outbox');
    await createOutboxMailer(dir, 'x@y.test', silentLog).send({ to: 'a@b.test', subject: 'S', html: '<p>x</p>', text: 'x', idempotencyKey: 'k' });
    expect(mode(dir)).toBe(0o700);
    for (const f of readdirSync(dir)) expect(mode(join(dir, f))).toBe(0o600);
  });

  it('the purge removes exports older than a day, outbox mail and uploaded CSV text older than a week, and keeps the rest', async () => {
    const ctx = await ownerCtx();
    const outDeps = { ...deps!, mailer: createOutboxMailer(deps!.env.OUTBOX_DIR, 'x@y.test', silentLog) };
    const now = deps!.now();
    const wall = new Date();
    const old = await exportCsv({ ctx, input: {} });
    const fresh = await exportCsv({ ctx, input: {} });
    age(old.path, 2 * DAY, wall);
    age(join(deps!.files!.dir, `${old.id}.json`), 2 * DAY, wall);
    await outDeps.mailer.send({ to: 'a@b.test', subject: 'Old', html: '<p>x</p>', text: 'x', idempotencyKey: 'old' });
    for (const f of readdirSync(deps!.env.OUTBOX_DIR)) age(join(deps!.env.OUTBOX_DIR, f), 8 * DAY, wall);
    await outDeps.mailer.send({ to: 'a@b.test', subject: 'New', html: '<p>x</p>', text: 'x', idempotencyKey: 'new' });
    await importCsv({ ctx, input: { content: 'Name\nAcme\n', filename: 'a.csv' } });
    deps!.clock.now = new Date(now.getTime() + 8 * DAY);
    await importCsv({ ctx, input: { content: 'Name\nGlobex\n', filename: 'b.csv' } });
    deps!.clock.now = now;
    const purged = await purgePrivateFiles({ ...outDeps, now: () => new Date(now.getTime() + 8 * DAY - 1000) });
    expect(purged).toEqual({ exports: 2, outbox: 3, uploads: 1, documents: 0, journals: 0 });
    expect(existsSync(fresh.path)).toBe(true);
    expect(existsSync(old.path)).toBe(false);
    expect(readdirSync(deps!.env.OUTBOX_DIR)).toHaveLength(3);
    expect((await deps!.db.select().from(csvImports)).map((r) => r.filename)).toEqual(['b.csv']);
  });
});

describe('private files (error)', () => {
  it('an export with no private disk (Workers) is refused clearly', async () => {
    const ctx = await ownerCtx();
    await expect(exportCsv({ ctx: { ...ctx, files: undefined }, input: {} })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('a symlinked folder is refused rather than followed', () => {
    const base = tempDir();
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync(join(base, 'elsewhere'), join(base, 'exports'));
    expect(() => createExportFiles(join(base, 'exports')).create()).toThrow(/symbolic link/);
  });
});

describe('private files (security)', () => {
  it('an existing world-readable folder is tightened to 0700, and exports never go to the shared temp folder', async () => {
    const dir = join(tempDir(), 'outbox');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    ensurePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
    const ctx = await ownerCtx();
    const r = await exportCsv({ ctx, input: {} });
    expect(r.path.startsWith(join(tmpdir(), 'clientele-exports'))).toBe(false);
  });

  it('an export is readable only by its own workspace, and an unfinished or malformed id reads as nothing', async () => {
    const files = createExportFiles(join(tempDir(), 'exports'));
    const { id, stream } = files.create();
    stream.end('a,b\r\n');
    await once(stream, 'finish');
    expect(files.read(id, 1)).toBeNull();
    files.finish({ id, workspaceId: 1, filename: 'x.csv', rows: 1, createdAt: 'now' });
    expect(files.read(id, 1)).toMatchObject({ bytes: 5 });
    expect(files.read(id, 2)).toBeNull();
    expect(files.read('../../etc/passwd', 1)).toBeNull();
  });
});
