// Seed data and contexts for tests: a workspace with one member per role, and a Ctx acting as any of them.
import type { Actor, Channel, Ctx, MemberActor, Role } from '../../src/context';
import { DEFAULT_UNDO_WINDOW_MS, silentLog } from '../../src/context';
import type { Db } from '../../src/db/client';
import { members, workspaces } from '../../src/db/schema';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentFiles } from '../../src/files/document-files';
import { createExportFiles } from '../../src/files/export-files';
import { createMemoryMailer, type MemoryMailer } from '../../src/mail/memory-mailer';
import { createTestDb, type TestDb } from './db';

export type SeededWorkspace = {
  workspaceId: number;
  actors: Record<Role, MemberActor>;
};

export async function seedWorkspace(db: Db, opts: { name?: string; currency?: string; slackTeamId?: string; channel?: Channel } = {}): Promise<SeededWorkspace> {
  const [ws] = await db.insert(workspaces).values({
    name: opts.name ?? 'Test Studio', defaultCurrency: opts.currency ?? 'USD', slackTeamId: opts.slackTeamId ?? null,
  }).returning();
  const roles: Role[] = ['owner', 'admin', 'manager', 'member'];
  const actors = {} as Record<Role, MemberActor>;
  for (const role of roles) {
    const name = `${role[0].toUpperCase()}${role.slice(1)} ${ws.id}`;
    const [m] = await db.insert(members).values({
      workspaceId: ws.id, role, name, email: `${role}.${ws.id}@studio.test`,
    }).returning();
    actors[role] = { kind: 'member', workspaceId: ws.id, memberId: m.id, role, channel: opts.channel ?? 'web', name };
  }
  return { workspaceId: ws.id, actors };
}

/** A fresh test database with one seeded workspace (the caller cleans up with t.cleanup()). */
export async function seededTestDb(opts: Parameters<typeof seedWorkspace>[1] = {}): Promise<{ t: TestDb; ws: SeededWorkspace }> {
  const t = await createTestDb();
  return { t, ws: await seedWorkspace(t.db, opts) };
}

// One private (0700, mkdtemp) exports folder per test process.
let exportFiles: ReturnType<typeof createExportFiles> | undefined;
const testExportFiles = () => (exportFiles ??= createExportFiles(join(mkdtempSync(join(tmpdir(), 'clientele-test-')), 'exports')));
let documentFiles: ReturnType<typeof createDocumentFiles> | undefined;
const testDocumentFiles = () => (documentFiles ??= createDocumentFiles(join(mkdtempSync(join(tmpdir(), 'clientele-test-')), 'documents')));

export type TestCtx = Ctx & { mailer: MemoryMailer; clock: { now: Date } };

/** A Ctx acting as `actor`, with a settable clock and an in-memory mailer. */
export function testCtx(db: Db, actor: Actor, opts: { now?: Date; allowPrivateFetch?: boolean } = {}): TestCtx {
  const clock = { now: opts.now ?? new Date('2026-11-22T10:00:00Z') };
  return {
    db,
    actor,
    clock,
    now: () => clock.now,
    mailer: createMemoryMailer(),
    log: silentLog,
    fetch: globalThis.fetch,
    files: testExportFiles(),
    documents: testDocumentFiles(),
    config: { publicUrl: 'http://localhost:8787', allowPrivateFetch: opts.allowPrivateFetch ?? false, undoWindowMs: DEFAULT_UNDO_WINDOW_MS },
  };
}
