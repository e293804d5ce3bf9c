// The server's purge timer: at start and every hour, old exports (a day), outbox emails (a week) and uploaded
// CSV text (a week) and documents deleted longer ago than the undo window (a day) are removed, so private files do not pile up on a long-running server.
import type { AppDeps } from '../deps';
import { DEFAULT_UNDO_WINDOW_MS } from '../context';
import { purgeDeletedDocuments } from '../domain/documents/purge-deleted-documents';
import { purgeImportUploads } from '../domain/imports/purge-import-uploads';
import { purgeOutbox } from '../mail/outbox-mailer';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

export async function purgePrivateFiles(deps: AppDeps): Promise<{ exports: number; outbox: number; uploads: number; documents: number }> {
  // Files by their own modification time (the wall clock); database rows by the app's clock.
  const exports = (await deps.files?.purge()) ?? 0;
  const outbox = deps.mailer.kind === 'outbox' ? purgeOutbox(deps.env.OUTBOX_DIR) : 0;
  const { deleted, emptied } = await purgeImportUploads(deps.db, deps.now());
  const documents = await purgeDeletedDocuments(deps.db, deps.documents, deps.now(), DEFAULT_UNDO_WINDOW_MS);
  return { exports, outbox, uploads: deleted + emptied, documents };
}

/** Starts the timer; the returned function stops it. The timer never keeps the process alive. */
export function startPurgeSchedule(deps: AppDeps, everyMs = PURGE_EVERY_MS): () => void {
  const run = () => purgePrivateFiles(deps).catch((err) => deps.log.warn({ err }, 'purging old private files failed'));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
