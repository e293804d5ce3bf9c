// AppDeps on Cloudflare Workers: the database over HTTP (no files), a console JSON log, Resend or a logging
// mailer (no outbox folder), exports and client documents in R2, and the current request's ctx.waitUntil as the deferrer.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createLanguageModel, resolveApprovalSecret } from '../agent/model';
import type { Log, Mailer } from '../context';
import type { AppDeps, Deferrer } from '../deps';
import { ensureDefaultWorkspace } from '../domain/workspaces/ensure-workspace';
import { parseEnv, type Env } from '../env';
import { createMailer } from '../mail/create-mailer';
import { createConsoleLog } from './console-log';
import { createLogMailer } from './log-mailer';
import { openWorkerDatabase } from './open-database';
import { createR2DocumentFiles } from './r2-document-files';
import { createR2ExportFiles, type R2Like } from './r2-export-files';
import { createFetchPages } from './fetch-pages';

/** The part of a Workers ExecutionContext we use. */
export type WaitUntil = { waitUntil(promise: Promise<unknown>): void };

/** Workers bindings: keep the string ones (vars and secrets); service and asset bindings are not env. */
export function bindingsToSource(bindings: Record<string, unknown>): Record<string, string | undefined> {
  const source: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(bindings)) if (typeof value === 'string') source[key] = value;
  return source;
}

/**
 * The app is built once per isolate (its rate limits and Slack identity live in memory), but waitUntil belongs
 * to each request: worker.ts runs every request inside `requestScope.run(ctx, ...)` and deferred work is
 * handed to that request's waitUntil, which keeps it alive after the response.
 */
export const requestScope = new AsyncLocalStorage<WaitUntil>();

export function createWaitUntilDeferrer(log: Log): Deferrer {
  return {
    defer(work) {
      const kept = work.catch((err) => log.error({ err }, 'deferred work failed'));
      const ctx = requestScope.getStore();
      if (ctx) ctx.waitUntil(kept);
      else log.warn('deferred work outside a request: the runtime may cut it short');
    },
    // Nothing to drain: the runtime itself waits for waitUntil work.
    async drain() {},
  };
}

function createWorkerMailer(env: Env, log: Log): Mailer {
  if (!env.RESEND_API_KEY) return createLogMailer(log);
  return createMailer({ resendApiKey: env.RESEND_API_KEY, resendBaseUrl: env.RESEND_BASE_URL, from: env.MAIL_FROM, outboxDir: env.OUTBOX_DIR, log });
}

/**
 * Socket Mode needs a long-lived WebSocket that a Worker cannot hold, and with SLACK_APP_TOKEN set the Slack app
 * would wait on one that never opens. Refused like a file: DATABASE_URL: a 503 and the reason in the log.
 */
export function refuseSocketMode(env: Env): void {
  if (!env.SLACK_APP_TOKEN) return;
  throw new Error('SLACK_APP_TOKEN (Socket Mode) cannot be used on Cloudflare Workers: remove it, turn Socket Mode off in the '
    + `Slack app and point its Request URLs at ${env.PUBLIC_URL}/slack/events (needs SLACK_SIGNING_SECRET)`);
}

export async function buildWorkerDeps(bindings: Record<string, unknown>): Promise<AppDeps> {
  const env = parseEnv(bindingsToSource(bindings));
  refuseSocketMode(env);
  const log = createConsoleLog(env.LOG_LEVEL);
  const dbHandle = openWorkerDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  const workspace = await ensureDefaultWorkspace(dbHandle.db, env.WORKSPACE_NAME);
  const now = () => new Date();
  return {
    env, db: dbHandle.db, dbHandle, mailer: createWorkerMailer(env, log), log, now,
    // Called as a plain function: workerd's fetch throws "Illegal invocation" when called as deps.fetch(...).
    fetch: (input, init) => fetch(input, init),
    deferrer: createWaitUntilDeferrer(log), workspaceId: workspace.id,
    // CSV exports in the FILES R2 bucket (wrangler.toml); without the binding exports say they are unavailable.
    files: bindings.FILES ? createR2ExportFiles(bindings.FILES as R2Like, now) : undefined,
    // Client documents in the same bucket (documents/); without it uploads say documents are unavailable.
    documents: bindings.FILES ? createR2DocumentFiles(bindings.FILES as R2Like) : undefined,
    // Enrichment: the same SSRF guard, then fetch (no node:http socket options here) and DNS over HTTPS.
    pages: createFetchPages((input, init) => fetch(input, init)),
    // Kept short, not queued: a turn and an import end inside Workers' limits, saying so (README, Cloudflare Workers).
    budget: { turnSteps: env.WORKER_TURN_STEPS, turnMs: env.WORKER_TURN_SECONDS * 1000, importRows: env.WORKER_IMPORT_ROWS },
    model: createLanguageModel(env, { now }), approvalSecret: await resolveApprovalSecret(env, dbHandle.db, workspace.id),
  };
}
