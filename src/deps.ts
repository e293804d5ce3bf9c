// What the channels share: the database, the ports (mailer, clock, log, defer) and the parsed env.
// Built once at start (server.ts) or per test; channels turn it into a per-request Ctx.
import type { LanguageModel } from 'ai';
import { createOutreachWriter } from './agent/outreach-writer';
import { messageMirrorOf } from './channels/slack/message-mirror';
import type { Actor, Ctx, DocumentStore, DomainJobs, ExportFiles, Log, Mailer } from './context';
import { DEFAULT_UNDO_WINDOW_MS } from './context';
import type { Db, DbHandle } from './db/client';
import type { AckedCommand } from './domain/deliveries/claim-delivery';
import type { Env } from './env';
import type { PageTransport } from './domain/enrichment/pinned-request';

export type Deferrer = {
  /** Runs work after the response (Slack's ack-then-answer); tests and shutdown drain it. */
  defer(work: Promise<unknown>): void;
  drain(): Promise<void>;
};

/** Slash commands acknowledged and not yet claimed, kept outside the database (src/files/ack-journal.ts); Node only. */
export type AckJournal = {
  /** Before the ack leaves (synchronous): the command's answer URL and words. */
  note(entry: AckedCommand): void;
  /** After its claim was tried (claimed, or found already on record). */
  settle(key: string): void;
  /** A clean stop: nothing is unclaimed any more, the file goes. */
  close(): void;
};

/** Limits of a platform that cuts a request off (Workers): a chat turn and an import are kept within them. */
export type RequestBudget = { turnSteps: number; turnMs: number; importRows: number };

export type AppDeps = {
  env: Env;
  db: Db;
  dbHandle: DbHandle;
  mailer: Mailer;
  log: Log;
  now(): Date;
  fetch: typeof fetch;
  deferrer: Deferrer;
  /** The deployment's own workspace (web chat, terminal, single-team Slack). */
  workspaceId: number;
  /** The agent's language model: OpenAI when configured, else the offline model (src/agent/model.ts). */
  model: LanguageModel;
  /** Signs AI SDK tool approvals (env APPROVAL_SECRET, else generated once and kept in the database). */
  approvalSecret: string;
  /** Waits before a retry (Slack's Retry-After); tests pass one that records the wait instead. Default: setTimeout. */
  sleep?(ms: number): Promise<void>;
  /** Private export files under DATA_DIR (Node); Workers have none. */
  files?: ExportFiles;
  /** Private client documents under DATA_DIR (Node); Workers have none. */
  documents?: DocumentStore;
  /** Enrichment's page requests on Workers (fetch and DNS over HTTPS); Node connects with node:http. */
  pages?: PageTransport;
  /** Long jobs (applying an import) in a worker thread (src/threads/domain-jobs.ts); absent = in process. */
  jobs?: DomainJobs;
  /** This process's name on the Slack deliveries it claims (src/instance-owner.ts); Node only. */
  instance?: string;
  /** Set on Workers (build-worker-deps.ts); the Node server has none and runs long work in threads. */
  budget?: RequestBudget;
  /** Notes each slash command before its ack until it is claimed, so a kill in between is reported; Node only. */
  ackJournal?: AckJournal;
};

export function createDeferrer(log: Log): Deferrer {
  const pending = new Set<Promise<unknown>>();
  return {
    defer(work) {
      const p = work.catch((err) => log.error({ err }, 'deferred work failed')).finally(() => pending.delete(p));
      pending.add(p);
    },
    async drain() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

export function makeCtx(deps: AppDeps, actor: Actor): Ctx {
  return {
    db: deps.db,
    actor,
    now: deps.now,
    mailer: deps.mailer,
    log: deps.log,
    fetch: deps.fetch,
    files: deps.files,
    documents: deps.documents,
    pages: deps.pages,
    jobs: deps.jobs,
    // Client message threads mirrored into Slack, per workspace: its own team's token and its own messages channel
    // (SLACK_MESSAGES_CHANNEL is the default of the deployment's own workspace only).
    mirror: messageMirrorOf(deps, actor.workspaceId),
    // Every channel's ctx (chat turns and the client page's Draft button) writes outreach with the model, if any.
    writer: createOutreachWriter(deps.model),
    config: {
      publicUrl: deps.env.PUBLIC_URL,
      allowPrivateFetch: deps.env.ENRICH_ALLOW_PRIVATE,
      undoWindowMs: DEFAULT_UNDO_WINDOW_MS,
      importRowsPerRequest: deps.budget?.importRows,
    },
  };
}
