// The server's purge timer: at start and every hour, old exports (a day), outbox emails (a week) and uploaded
// CSV text (a week) and documents deleted longer ago than the undo window (a day) are removed, so private files do not pile up on a long-running server.
// Ack journals of dead processes on this host are recorded as interrupted work (then reported) and removed.
import type { AppDeps } from '../deps';
import { DEFAULT_UNDO_WINDOW_MS } from '../context';
import { purgeDeletedDocuments } from '../domain/documents/purge-deleted-documents';
import { purgeImportUploads } from '../domain/imports/purge-import-uploads';
import { ownerIsGone } from '../instance-owner';
import { purgeOutbox } from '../mail/outbox-mailer';
import { recordLeftJournals } from './record-left-journals';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

/** `reportInterrupted`: tells the people whose work a dead process's journal held (server.ts: Slack's report). */
export type PurgeOptions = { reportInterrupted?: () => Promise<unknown> };

export async function purgePrivateFiles(deps: AppDeps, opts: PurgeOptions = {}): Promise<{ exports: number; outbox: number; uploads: number; documents: number; journals: number }> {
  // Files by their own modification time (the wall clock); database rows by the app's clock.
  const exports = (await deps.files?.purge()) ?? 0;
  const outbox = deps.mailer.kind === 'outbox' ? purgeOutbox(deps.env.OUTBOX_DIR) : 0;
  const { deleted, emptied } = await purgeImportUploads(deps.db, deps.now());
  const documents = await purgeDeletedDocuments(deps.db, deps.documents, deps.now(), DEFAULT_UNDO_WINDOW_MS);
  const journals = await recordLeftJournals(deps, ownerIsGone);
  if (journals) await opts.reportInterrupted?.();
  return { exports, outbox, uploads: deleted + emptied, documents, journals };
}

/** Starts the timer; the returned function stops it. The timer never keeps the process alive. */
export function startPurgeSchedule(deps: AppDeps, opts: PurgeOptions = {}, everyMs = PURGE_EVERY_MS): () => void {
  const run = () => purgePrivateFiles(deps, opts).catch((err) => deps.log.warn({ err }, 'purging old private files failed'));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
