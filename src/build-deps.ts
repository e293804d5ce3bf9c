// The Node deps shared by `npm start` and `npm run chat`: parse env, open + migrate the database, the
// deployment's own workspace, the mailer and the model. It loads no channel, so the CLI starts quickly.
import { join } from 'node:path';
import { createLanguageModel, resolveApprovalSecret } from './agent/model';
import { DEFAULT_UNDO_WINDOW_MS } from './context';
import { createDeferrer, type AppDeps } from './deps';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { ensureDefaultWorkspace } from './domain/workspaces/ensure-workspace';
import { parseEnv } from './env';
import { INSTANCE_OWNER } from './instance-owner';
import { createLog } from './log';
import { ackJournalDir, createAckJournal } from './files/ack-journal';
import { createDocumentFiles } from './files/document-files';
import { createExportFiles } from './files/export-files';
import { createMailer } from './mail/create-mailer';
import { createDomainJobs } from './threads/domain-jobs';

export async function buildDeps(source: Record<string, string | undefined>): Promise<AppDeps> {
  const env = parseEnv(source);
  // `npm run dev` sets NODE_ENV=development: readable lines; otherwise JSON lines.
  const log = createLog(env.LOG_LEVEL, { pretty: source.NODE_ENV === 'development' });
  const dbHandle = await openDatabase({
    url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, syncUrl: env.DATABASE_SYNC_URL, syncInterval: env.DATABASE_SYNC_INTERVAL,
  });
  await migrateDatabase(dbHandle.db);
  const workspace = await ensureDefaultWorkspace(dbHandle.db, env.WORKSPACE_NAME);
  const mailer = createMailer({
    resendApiKey: env.RESEND_API_KEY, resendBaseUrl: env.RESEND_BASE_URL, from: env.MAIL_FROM, outboxDir: env.OUTBOX_DIR, log,
  });
  const now = () => new Date();
  const jobs = createDomainJobs({
    url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, syncUrl: env.DATABASE_SYNC_URL, lock: dbHandle.lock, log,
    config: { publicUrl: env.PUBLIC_URL, allowPrivateFetch: env.ENRICH_ALLOW_PRIVATE, undoWindowMs: DEFAULT_UNDO_WINDOW_MS },
  });
  // Closing the database stops the job thread too (its own connection to the same database).
  const close = dbHandle.close;
  dbHandle.close = () => { void jobs?.close(); close(); };
  return {
    env, db: dbHandle.db, dbHandle, mailer, log, now, files: createExportFiles(join(env.DATA_DIR, 'exports')), documents: createDocumentFiles(join(env.DATA_DIR, 'documents')),
    fetch: globalThis.fetch, deferrer: createDeferrer(log), jobs, instance: INSTANCE_OWNER,
    ackJournal: createAckJournal(ackJournalDir(env.DATA_DIR, env.DATABASE_URL), INSTANCE_OWNER, log),
    workspaceId: workspace.id, model: createLanguageModel(env, { now }), approvalSecret: await resolveApprovalSecret(env, dbHandle.db, workspace.id),
  };
}
