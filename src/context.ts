// Who is acting, from which channel, in which workspace, plus the ports a domain verb may use.
// Built per request by a channel; domain verbs read authority only from here, never from input.
import type { Writable } from 'node:stream';
import type { Db } from './db/client';
import type { PageTransport } from './domain/enrichment/pinned-request';
import type { ExportCsvJob, ExportCsvResult, ExportProgress } from './domain/exports/write-export-csv';
import type { ApplyImportJob, ApplyImportResult } from './domain/imports/apply-import-rows';
import type { ImportCsvJob } from './domain/imports/import-csv';
import type { ImportReport } from './domain/imports/import-report';
import type { Progress } from './domain/imports/plan-import';
import { MEMBER_ROLES, type MemberRole } from './db/enums';

export type Channel = 'slack' | 'web' | 'cli' | 'portal' | 'api' | 'system';
export type Role = MemberRole;
export const ROLES = MEMBER_ROLES;

export type MemberActor = {
  kind: 'member'; workspaceId: number; memberId: number; role: Role; channel: Channel; name: string;
};
export type ContactActor = {
  kind: 'contact'; workspaceId: number; contactId: number; clientId: number; channel: 'portal'; name: string;
};
export type SystemActor = { kind: 'system'; workspaceId: number; channel: 'system' | 'api'; name: string };
export type Actor = MemberActor | ContactActor | SystemActor;

/** One email, rendered once; the mailer delivers it through Resend or writes it to the outbox. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Links the email carries (the outbox .json lists them; tests follow them). */
  links?: string[];
  /** A retried request with the same key never sends twice. */
  idempotencyKey: string;
  tags?: Record<string, string>;
};
export type Mailer = {
  kind: 'resend' | 'outbox' | 'memory' | 'log';
  send(email: OutgoingEmail): Promise<{ id: string }>;
};

export type Log = {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
};

/** Settings the domain needs from configuration, passed in (the domain never reads env). */
export type DomainConfig = {
  publicUrl: string;
  /** Enrichment may fetch private/loopback addresses (tests only). */
  allowPrivateFetch: boolean;
  /** Undo window for the last change to a record. */
  undoWindowMs: number;
  /** Where an import runs inside one request that the platform cuts off (Workers): the most rows it may hold. */
  importRowsPerRequest?: number;
};

/** Writes an outreach email from a client's facts; present only when a language model is configured. */
export type OutreachWriter = {
  /** `facts`: lines of the client's history (factsAsText) and the sender; write from them, invent nothing. */
  draftEmail(args: { facts: string; goal: string | null }): Promise<{ subject: string; body: string }>;
};

export type ExportMeta = { id: string; workspaceId: number; filename: string; rows: number; bytes: number; createdAt: string };
/** Private storage for finished exports (src/files/export-files.ts): the domain writes through it, never node:fs. */
export type ExportFiles = {
  dir: string;
  create(): { id: string; path: string; stream: Writable };
  /** Records a finished file (its size read from disk); the download route reads it back. */
  finish(meta: Omit<ExportMeta, 'bytes'>): ExportMeta | Promise<ExportMeta>;
  /** Drops a file that was cut short (its stream already closed), so no partial export is left to download. */
  discard(id: string): void | Promise<void>;
  /** `body` when the file is not on this machine's disk (R2 on Workers); otherwise the route reads `path`. */
  read(id: string, workspaceId: number): FoundExport | null | Promise<FoundExport | null>;
  /** Removes exports older than a day by the files' own (wall) clock; returns how many files went. */
  purge(): number | Promise<number>;
};
export type FoundExport = ExportMeta & { path: string; body?: () => ReadableStream<Uint8Array> };

/** Private storage for client documents (src/files/document-files.ts): opaque keys, bytes only this server reads. */
export type DocumentStore = {
  put(bytes: Uint8Array): Promise<string>;
  read(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
};

/**
 * Where one workspace's client message threads are mirrored (Slack: src/channels/slack/message-mirror.ts), posting
 * as that workspace's own Slack team. The channel is the workspace's setting (readMessagesChannel), else
 * `defaultChannel`; absent when Slack is not configured at all.
 */
export type MessageMirror = {
  /** The deployment's SLACK_MESSAGES_CHANNEL for its own workspace; null for every other workspace. */
  defaultChannel: string | null;
  /** Posts one message of a client's thread in `channel`; `threadTs` null starts the client's Slack thread. Returns the post's ts. */
  post(m: { channel: string; threadTs: string | null; messageId: number; clientName: string; clientUrl: string; authorName: string; fromClient: boolean; body: string }): Promise<{ ts: string }>;
  /** The ts of every post of this message made since `since` (in the thread, or at the channel's top level), oldest
   *  first: a post whose poster died or stalled before recording it is reused, a second copy found and deleted. */
  findPosts?(q: { channel: string; threadTs: string | null; messageId: number; since: Date }): Promise<string[]>;
  /** Deletes one of our own posts (a copy of a message that lost the race to record itself); one already gone is fine. */
  remove?(p: { channel: string; ts: string }): Promise<void>;
  /** A notice for the team on its own in the channel, outside any client thread (a quote decided in the portal). */
  announce?(n: { channel: string; clientName: string; clientUrl: string; headline: string; comment: string | null }): Promise<void>;
};

/** Long domain work run off the event loop (src/threads/: a worker thread with its own database connection). */
export type DomainJobs = {
  /** Runs applyImportRows in the thread; progress comes back as it happens, errors as the domain's own. */
  applyImport(job: ApplyImportJob, onProgress?: Progress): Promise<ApplyImportResult>;
  /** Runs the dry run (checkImportRows) in the thread, which keeps its decisions for the apply that follows. */
  importCsv(job: ImportCsvJob, onProgress?: Progress): Promise<ImportReport>;
  /** Writes a CSV export (writeExportCsv) in the thread: the file lands in `job.dir`, as in process. */
  exportCsv(job: ExportCsvJob, onProgress?: ExportProgress): Promise<ExportCsvResult>;
};

export type Ctx = {
  db: Db;
  actor: Actor;
  now(): Date;
  mailer: Mailer;
  log: Log;
  config: DomainConfig;
  /** Outgoing HTTP for ports that speak fetch. (Enrichment does not: it connects to checked addresses only, pinned-request.ts.) */
  fetch: typeof fetch;
  /** Outreach drafts written by the model (src/agent/outreach-writer.ts); without it they are composed. */
  writer?: OutreachWriter;
  /** Where exports are written; absent where there is no private disk (Workers). */
  files?: ExportFiles;
  /** Where client documents are kept; absent where there is no private disk (Workers). */
  documents?: DocumentStore;
  /** Where this workspace's client message threads are mirrored in Slack; absent when Slack is not configured. */
  mirror?: MessageMirror;
  /** How enrichment requests a page after the SSRF guard: absent = node:http pinned to the checked addresses. */
  pages?: PageTransport;
  /** Where long jobs run (a worker thread on Node); absent = in process. */
  jobs?: DomainJobs;
  /** Hears how far a long verb has got (an import's apply), for a surface that shows it; set for one run (runTool's
   *  `progress`), absent = nobody asked. */
  progress?: Progress;
};

export const silentLog: Log = { info() {}, warn() {}, error() {}, debug() {} };
export const DEFAULT_UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;
