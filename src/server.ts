// Node entry: parse env, open + migrate the database, serve the Hono app, print the URL.
import { serve } from '@hono/node-server';
import { createLanguageModel, resolveApprovalSecret } from './agent/model';
import { createApp } from './channels/http/app';
import { createDeferrer, type AppDeps } from './deps';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { ensureDefaultWorkspace } from './domain/workspaces/ensure-workspace';
import { issueFirstOwnerLink } from './domain/auth/issue-first-owner-link';
import { parseEnv } from './env';
import { createLog } from './log';
import { createMailer } from './mail/create-mailer';

export async function buildDeps(source: Record<string, string | undefined>): Promise<AppDeps> {
  const env = parseEnv(source);
  const log = createLog(env.LOG_LEVEL);
  const dbHandle = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, syncUrl: env.DATABASE_SYNC_URL });
  await migrateDatabase(dbHandle.db);
  const workspace = await ensureDefaultWorkspace(dbHandle.db, env.WORKSPACE_NAME);
  const mailer = createMailer({
    resendApiKey: env.RESEND_API_KEY, resendBaseUrl: env.RESEND_BASE_URL, from: env.MAIL_FROM, outboxDir: env.OUTBOX_DIR, log,
  });
  return {
    env, db: dbHandle.db, dbHandle, mailer, log, now: () => new Date(), fetch: globalThis.fetch,
    deferrer: createDeferrer(log), workspaceId: workspace.id,
    model: createLanguageModel(env, { now: () => new Date() }), approvalSecret: resolveApprovalSecret(env),
  };
}

async function main() {
  const deps = await buildDeps(process.env);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: deps.env.PORT }, (info) => {
    console.log(`Clientele is running at ${deps.env.PUBLIC_URL} (port ${info.port}, database ${deps.env.DATABASE_URL})`);
  });
  // A new database has no owner yet: print a one-time link that makes whoever opens it the first owner.
  const firstOwnerLink = await issueFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, publicUrl: deps.env.PUBLIC_URL, now: deps.now() });
  if (firstOwnerLink) console.log(`No owner yet. Open this one-time link to set up your account (valid 24 hours):\n  ${firstOwnerLink}`);
  const stop = async () => {
    server.close();
    await deps.deferrer.drain();
    deps.dbHandle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
