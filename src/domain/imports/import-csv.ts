// importCsv: the dry run. Checks and parses the file, decides every row against the current clients, and
// stores the file with its report (csv_imports); nothing else changes. applyImport then applies it.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor, Ctx } from '../../context';
import { csvImports } from '../../db/schema';
import { requireClientAccess, actorMemberId } from '../access';
import { parseInput } from '../normalize/parse-input';
import { importFingerprint } from './import-fingerprint';
import { buildReport, type ImportReport } from './import-report';
import { keepPlan } from './kept-plans';
import { planImport, type Progress } from './plan-import';
import { checkImportFilename, checkRowsPerRequest, parseImportText } from './read-import';
import { createPacer } from './yield-to-loop';

export const ImportCsvInput = z.object({
  content: z.string({ error: 'must be the CSV text' }),
  filename: z.string().trim().max(200).optional(),
});

/** 96 random bits, URL-safe; letters or digits at both ends, so the id survives being quoted in chat. */
function newImportId(): string {
  for (;;) {
    const id = randomBytes(12).toString('base64url');
    if (/^[A-Za-z0-9].*[A-Za-z0-9]$/.test(id)) return id;
  }
}

/** What a worker thread needs to check a file as this actor (plain data: it is copied to the thread). */
export type ImportCsvJob = { actor: Actor; now: string; content: string; filename: string | null };

export async function importCsv({ ctx, input, onProgress }: { ctx: Ctx; input: unknown; onProgress?: Progress }): Promise<ImportReport> {
  const { content, filename } = parseInput(ImportCsvInput, input);
  requireClientAccess(ctx.actor);
  checkImportFilename(filename);
  // On the server the rows are read and decided in the job thread (ctx.jobs), which keeps the plan for the apply.
  if (ctx.jobs) return ctx.jobs.importCsv({ actor: ctx.actor, now: ctx.now().toISOString(), content, filename: filename ?? null }, onProgress);
  return checkImportRows(ctx, { content, filename: filename ?? null }, onProgress);
}

/** The dry run itself (its access already checked by importCsv), wherever ctx points. */
export async function checkImportRows(ctx: Ctx, { content, filename }: { content: string; filename: string | null }, onProgress?: Progress): Promise<ImportReport> {
  const csv = parseImportText(content);
  checkRowsPerRequest(csv.rows.length, ctx.config.importRowsPerRequest);
  const seen = await importFingerprint(ctx.db, ctx);
  const plan = await planImport(ctx.db, ctx, csv, { onProgress, pause: createPacer() });
  const importId = newImportId();
  // Nothing changed while the rows were decided: the apply may reuse these decisions (kept-plans.ts).
  const unchanged = await importFingerprint(ctx.db, ctx) === seen;
  const report = buildReport(importId, filename, plan, 'dry_run');
  await ctx.db.insert(csvImports).values({
    id: importId, workspaceId: ctx.actor.workspaceId, memberId: actorMemberId(ctx.actor), filename,
    contentHash: createHash('sha256').update(content).digest('hex'), content, report, status: 'dry_run', createdAt: ctx.now(),
  });
  if (unchanged) keepPlan(importId, seen, plan, ctx.now());
  return report;
}
