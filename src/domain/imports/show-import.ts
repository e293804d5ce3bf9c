// showImport: the stored report of an earlier upload (its dry run, or the result once applied), so a chat can
// talk about an import uploaded on the web page or in Slack by its id. Only the actor's workspace.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { findImport } from './find-import';
import type { ImportReport } from './import-report';

export const ShowImportInput = z.object({ importId: z.string().min(1, 'is required') });

export async function showImport({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ImportReport> {
  const { importId } = parseInput(ShowImportInput, input);
  requireClientAccess(ctx.actor);
  const imp = await findImport(ctx.db, ctx, importId);
  if (!imp.report) throw new NotFound('import', importId);
  return { ...(imp.report as ImportReport), status: imp.status };
}
