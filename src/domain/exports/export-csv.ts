// exportCsv: the clients matching findClients' filters (none = every client), or their contacts, as a CSV file.
// Who may export is checked here; the file is written by write-export-csv.ts, in the job thread when ctx.jobs is
// set (the server: 100,000 clients took 6-8 s of the event loop in process), else in process (:memory:, an
// embedded replica, Workers).
import { z } from 'zod';
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import { requireClientAccess } from '../access';
import { ClientFilters } from '../clients/client-filters';
import { parseInput } from '../normalize/parse-input';
import { type ExportCsvResult, type ExportOptions, writeExportCsv } from './write-export-csv';

export type { ExportCsvResult, ExportOptions } from './write-export-csv';

// findClients' own filters (one SQL condition shared with it); sort and limit do not apply to a file.
export const ExportCsvInput = ClientFilters.extend({
  kind: z.enum(['clients', 'contacts']).default('clients'),
  /** A byte-order mark, for Excel. */
  bom: z.boolean().default(false),
});
export type ExportCsvInput = z.input<typeof ExportCsvInput>;
export type ExportCsvFilters = z.output<typeof ExportCsvInput>;

export async function exportCsv({ ctx, input, options = {} }: { ctx: Ctx; input: unknown; options?: ExportOptions }): Promise<ExportCsvResult> {
  const filters = parseInput(ExportCsvInput, input);
  requireClientAccess(ctx.actor);
  if (!ctx.files) throw new DomainError('unavailable', 'CSV exports are not available on this server.');
  await ctx.files.purge();
  if (!ctx.jobs) return writeExportCsv(ctx, filters, options);
  const job = { actor: ctx.actor, now: ctx.now().toISOString(), filters, dir: ctx.files.dir, pageSize: options.pageSize };
  return ctx.jobs.exportCsv(job, options.onProgress);
}
