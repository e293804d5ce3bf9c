// applyImport: applies a dry-run import in ONE transaction, all or nothing. The rows are decided again against
// the clients as they are now; any rejected row stops the whole import, unless the person confirmed leaving out
// exactly the rejected rows the preview named (skipRejected). Applying the same import twice does nothing.
// Who may apply is checked here; the work (apply-import-rows.ts) runs in a worker thread when ctx.jobs is set
// (the Node server), so the event loop keeps answering, and in process otherwise (tests' plain ctx, Workers).
import { z } from 'zod';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { applyImportRows, markImportFailed, type ApplyImportJob, type ApplyImportResult } from './apply-import-rows';
import { findImport } from './find-import';
import type { ImportReport } from './import-report';
import { takeKept } from './kept-plans';
import { checkRowsPerRequest } from './read-import';
import { assertMayDecideImport } from './may-decide-import';
import type { Progress } from './plan-import';

export type { ApplyImportJob, ApplyImportResult } from './apply-import-rows';

export const ApplyImportInput = z.object({
  importId: z.string().min(1, 'is required'),
  /** Apply the valid rows and leave out the rejected ones the dry run named (confirmed by the person). */
  skipRejected: z.boolean().optional(),
});

/** `onProgress` (default: the ctx's progress port) hears how far the check and the writes have got. */
export async function applyImport({ ctx, input, onProgress = ctx.progress }: { ctx: Ctx; input: unknown; onProgress?: Progress }): Promise<ApplyImportResult> {
  const { importId: typed, skipRejected } = parseInput(ApplyImportInput, input);
  requireClientAccess(ctx.actor);
  const imp = await findImport(ctx.db, ctx, typed);
  assertMayDecideImport(ctx.actor, imp);
  if (imp.status === 'applied') return { ...(imp.report as ImportReport), alreadyApplied: true, activityId: null };
  // A file checked where there is no such limit (a Node server on the same database) is still refused here.
  checkRowsPerRequest((imp.report as ImportReport).rows, ctx.config.importRowsPerRequest);
  const job: ApplyImportJob = { actor: ctx.actor, now: ctx.now().toISOString(), importId: imp.id, skipRejected: !!skipRejected, kept: takeKept(imp.id, ctx.now()) };
  if (!ctx.jobs) return applyImportRows(ctx, job, onProgress);
  try {
    // No event loop waits between the thread's statements: 1,000 clients a batch (in process 200). Still several
    // batches, so a stop asked between them is seen soon; 10,000 rows: 10-20% less CPU (measured in process).
    return await ctx.jobs.applyImport({ ...job, batch: 1000 }, onProgress);
  } catch (err) {
    // The thread marks a failed import itself; a thread that died could not.
    await markImportFailed(ctx, imp.id, err);
    throw err;
  }
}
