// AppDeps for in-process app tests (app.request / a loopback server): a migrated temp-file database,
// an in-memory mailer, a settable clock. Callers override what they need (env keys, fetch, model).
import { createLanguageModel, resolveApprovalSecret } from '../../src/agent/model';
import { DEFAULT_UNDO_WINDOW_MS, silentLog } from '../../src/context';
import { createDeferrer, type AppDeps } from '../../src/deps';
import { ensureDefaultWorkspace } from '../../src/domain/workspaces/ensure-workspace';
import { parseEnv } from '../../src/env';
import { createDocumentFiles } from '../../src/files/document-files';
import { createExportFiles } from '../../src/files/export-files';
import { createMemoryMailer, type MemoryMailer } from '../../src/mail/memory-mailer';
import { createDomainJobs } from '../../src/threads/domain-jobs';
import { createTestDb, type TestDb } from './db';

export type TestDeps = AppDeps & { mailer: MemoryMailer; clock: { now: Date }; testDb: TestDb };

export async function createTestDeps(opts: { env?: Record<string, string>; overrides?: Partial<AppDeps> } = {}): Promise<TestDeps> {
  const testDb = await createTestDb();
  const env = parseEnv({ DATABASE_URL: testDb.url, DATA_DIR: testDb.dir, OUTBOX_DIR: `${testDb.dir}/outbox`, LOG_LEVEL: 'silent', ...opts.env });
  const workspace = await ensureDefaultWorkspace(testDb.db, env.WORKSPACE_NAME);
  const clock = { now: new Date('2026-11-22T10:00:00Z') };
  // Imports apply in a worker thread, as on the server; cleanup stops it.
  const jobs = createDomainJobs({
    url: testDb.url, lock: testDb.lock, log: silentLog,
    config: { publicUrl: env.PUBLIC_URL, allowPrivateFetch: env.ENRICH_ALLOW_PRIVATE, undoWindowMs: DEFAULT_UNDO_WINDOW_MS },
  });
  const cleanup = testDb.cleanup;
  testDb.cleanup = () => { void jobs?.close(); cleanup(); };
  const deps: TestDeps = {
    env, db: testDb.db, dbHandle: testDb, testDb, mailer: createMemoryMailer(), log: silentLog,
    now: () => clock.now, clock, fetch: globalThis.fetch, files: createExportFiles(`${testDb.dir}/exports`), documents: createDocumentFiles(`${testDb.dir}/documents`),
    deferrer: createDeferrer(silentLog), workspaceId: workspace.id, jobs,
    // The offline model unless the env names OpenAI or the test passes its own model.
    model: createLanguageModel(env, { now: () => clock.now }), approvalSecret: await resolveApprovalSecret(env, testDb.db, workspace.id),
    ...(opts.overrides as Partial<TestDeps>),
  };
  return deps;
}
