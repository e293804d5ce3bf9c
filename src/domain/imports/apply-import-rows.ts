// The work of applyImport once the person may apply it: decide the rows (or reuse the dry run's decisions), then
// write them in ONE transaction, all or nothing. It runs where ctx points: in process, or in a worker thread with
// its own connection (src/threads/, through ctx.jobs), so a 10,000-row apply never holds the server's event loop.
// The rows are decided before the write lock is taken; the transaction then only writes (and decides again if
// anything changed meanwhile), so other writers wait for the writes alone.
import { and, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context';
import type { DbOrTx, Tx } from '../../db/client';
import { csvImports } from '../../db/schema';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { findImport, readImportContent } from './find-import';
import { importFingerprint } from './import-fingerprint';
import { buildReport, type ImportReport } from './import-report';
import { takeKept, type KeptPlan } from './kept-plans';
import { planImport, type ImportPlan, type Progress } from './plan-import';
import { parseImportText } from './read-import';
import { writeImport } from './write-import';
import { createPacer } from './yield-to-loop';

export type ApplyImportResult = ImportReport & { alreadyApplied: boolean; activityId: number | null; leftOut?: number };
/** What a worker thread needs to apply an import as this actor (plain data: it is copied to the thread).
 * `batch`: clients written per statement (write-import.ts: 200 unless given). */
export type ApplyImportJob = { actor: Actor; now: string; importId: string; skipRejected: boolean; kept: KeptPlan | null; batch?: number };

/** Kept decisions that no longer hold (the transaction wrote nothing). */
const STALE = Symbol('stale');
const rowList = (rows: Array<{ row: number }>) => rows.map((r) => r.row).join(', ');

function checkedReport(importId: string, filename: string | null, plan: ImportPlan, skip: ImportReport | null): ImportReport {
  const report = buildReport(importId, filename, plan, 'applied');
  if (!report.rejected) return report;
  if (skip) {
    // Only the rows the person saw named may be left out: if the clients changed and others fail now, ask again.
    if (rowList(report.rejections) !== rowList(skip.rejections)) {
      throw new Conflict(`The rows rejected now (row ${rowList(report.rejections)}) are not the ones the preview named (row ${rowList(skip.rejections)}). Check the file again.`);
    }
    if (!report.created && !report.updated && !report.skipped) throw new InvalidInput([{ field: 'file', message: 'has no valid rows' }], 'Every row is rejected: there is nothing to import.');
    return report;
  }
  const first = report.rejections.slice(0, 5).map((r) => `row ${r.row}: ${r.reason}`).join('; ');
  throw new InvalidInput(report.rejections.map((r) => ({ field: `row ${r.row}`, message: r.reason })),
    `Nothing was imported: ${report.rejected} row${report.rejected === 1 ? ' has' : 's have'} errors (${first}). Fix them and import again, or import the valid rows and leave these out.`);
}

/** The import stays re-checkable; its status says the last attempt failed (a refused person changes nothing). */
export async function markImportFailed(ctx: Ctx, importId: string, err: unknown): Promise<void> {
  if (err instanceof Forbidden) return;
  const where = and(eq(csvImports.workspaceId, ctx.actor.workspaceId), eq(csvImports.id, importId), eq(csvImports.status, 'dry_run'));
  await ctx.db.update(csvImports).set({ status: 'failed' }).where(where).catch(() => {});
}

/** Applies the import `job.importId` (its access already checked by applyImport). */
export async function applyImportRows(ctx: Ctx, job: Omit<ApplyImportJob, 'actor' | 'now'>, onProgress?: Progress): Promise<ApplyImportResult> {
  const { importId, skipRejected } = job;
  const where = and(eq(csvImports.workspaceId, ctx.actor.workspaceId), eq(csvImports.id, importId));
  const pause = createPacer();
  try {
    const imp = await findImport(ctx.db, ctx, importId);
    if (imp.status === 'applied') return { ...(imp.report as ImportReport), alreadyApplied: true, activityId: null };
    // Parsed only when the rows must be decided again (reading 10,000 rows is one long synchronous stretch).
    let parsed: ReturnType<typeof parseImportText> | undefined;
    const csv = async (db: DbOrTx) => (parsed ??= parseImportText(await readImportContent(db, ctx, importId)));
    const source = imp.filename ?? 'a CSV import';
    const writeChecked = async (tx: Tx, plan: ImportPlan, report: ImportReport): Promise<ApplyImportResult> => {
      await writeImport(tx, ctx, plan, source, { onProgress, pause, batch: job.batch });
      const leftOut = report.rejected ? `, ${report.rejected} rejected left out (row ${rowList(report.rejections)})` : '';
      const activityId = await recordActivity(tx, ctx, {
        verb: 'import.applied', entityType: 'import',
        summary: `Imported ${source}: ${report.created} created, ${report.updated} updated, ${report.skipped} skipped${leftOut}`,
        after: { importId, created: report.created, updated: report.updated, skipped: report.skipped, leftOut: report.rejected },
      });
      await tx.update(csvImports).set({ status: 'applied', report, appliedAt: ctx.now() }).where(where);
      return { ...report, alreadyApplied: false, activityId, ...(report.rejected ? { leftOut: report.rejected } : {}) };
    };
    // `seen`: the fingerprint `decided` was decided against. Rows decided here are checked before the write lock is
    // taken; kept ones once they are known to still hold, and they are given up (STALE) if they do not.
    const write = async (decided: ImportPlan, seen: string, kept: boolean): Promise<ApplyImportResult | typeof STALE> => {
      let plan = decided;
      const skip = skipRejected ? (imp.report as ImportReport | null) ?? buildReport(importId, imp.filename, plan, 'dry_run') : null;
      let report = kept ? null : checkedReport(importId, imp.filename, plan, skip);
      if (kept) onProgress?.({ phase: 'checking', done: plan.items.length, total: plan.items.length });
      return await ctx.db.transaction(async (tx) => {
        const [cur] = await tx.select({ status: csvImports.status, report: csvImports.report }).from(csvImports).where(where).limit(1);
        if (!cur) throw new NotFound('import', importId);
        if (cur.status === 'applied') return { ...(cur.report as ImportReport), alreadyApplied: true, activityId: null };
        if (await importFingerprint(tx, ctx) !== seen) {
          if (kept) return STALE;
          plan = await planImport(tx, ctx, await csv(tx), { pause });
          report = checkedReport(importId, imp.filename, plan, skip);
        } else if (kept) report = checkedReport(importId, imp.filename, plan, skip);
        return await writeChecked(tx, plan, report!);
      });
    };
    // The dry run's decisions (kept-plans.ts), kept where it ran (this process or the job thread), hold while the
    // workspace's fingerprint (import-fingerprint.ts) is the one they were decided against, compared inside the
    // transaction; when they no longer hold, the rows are decided again before the transaction, as without them,
    // and checked once more inside it.
    const mine = job.kept ?? takeKept(importId, ctx.now());
    const done = mine ? await write(mine.plan, mine.fingerprint, true) : STALE;
    if (done !== STALE) return done;
    const seen = await importFingerprint(ctx.db, ctx);
    return await write(await planImport(ctx.db, ctx, await csv(ctx.db), { onProgress, pause }), seen, false) as ApplyImportResult;
  } catch (err) {
    await markImportFailed(ctx, importId, err);
    throw err;
  }
}
