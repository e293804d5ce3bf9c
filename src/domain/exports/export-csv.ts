// exportCsv: the clients matching findClients' filters (none = every client), or their contacts, as a CSV file.
// Rows are read page by page and streamed to disk, so memory stays flat however many clients there are.
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { parseInput } from '../normalize/parse-input';
import { requireClientAccess } from '../access';
import { clientColumns, CONTACT_COLUMNS } from './csv-columns';
import { CSV_OPTIONS } from './csv-cell';
import { ClientFilters, clientFilterWhere } from '../clients/client-filters';
import { DomainError } from '../../errors';
import { safeFilename } from './export-files';
import { exportCurrencies, pageClientRows, pageContactRows } from './read-export-page';

// findClients' own filters (one SQL condition shared with it); sort and limit do not apply to a file.
export const ExportCsvInput = ClientFilters.extend({
  kind: z.enum(['clients', 'contacts']).default('clients'),
  /** A byte-order mark, for Excel. */
  bom: z.boolean().default(false),
});
export type ExportCsvInput = z.input<typeof ExportCsvInput>;

export type ExportCsvResult = { id: string; path: string; filename: string; contentType: string; rows: number; bytes: number };
export type ExportOptions = { onProgress?: (p: { rows: number }) => void; pageSize?: number };

export async function exportCsv({ ctx, input, options = {} }: { ctx: Ctx; input: unknown; options?: ExportOptions }): Promise<ExportCsvResult> {
  const filters = parseInput(ExportCsvInput, input);
  requireClientAccess(ctx.actor);
  // With no `archived` filter an export is every client, archived ones included.
  const where = await clientFilterWhere(ctx.db, ctx, { ...filters, archived: filters.archived ?? 'all' });
  if (!ctx.files) throw new DomainError('unavailable', 'CSV exports are not available on this server.');
  await ctx.files.purge();

  const { id, path, stream: out } = ctx.files.create();
  const clientCols = filters.kind === 'clients' ? clientColumns(await exportCurrencies(ctx)) : [];
  const columns = filters.kind === 'clients' ? clientCols : CONTACT_COLUMNS;
  const csv = stringify({ ...CSV_OPTIONS, bom: filters.bom, header: true, columns: columns.map((c) => c.header) });
  csv.pipe(out);
  const pageSize = options.pageSize ?? 500;

  let rows = 0;
  const write = async (cells: unknown[]) => {
    if (!csv.write(cells)) await once(csv, 'drain');
    rows++;
  };
  try {
    if (filters.kind === 'clients') {
      for await (const page of pageClientRows(ctx, where, pageSize)) {
        for (const r of page) await write(clientCols.map((c) => c.get(r)));
        options.onProgress?.({ rows });
      }
    } else {
      for await (const page of pageContactRows(ctx, where, pageSize)) {
        for (const r of page) await write(CONTACT_COLUMNS.map((c) => c.get(r)));
        options.onProgress?.({ rows });
      }
    }
    csv.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    throw err;
  }

  const day = ctx.now().toISOString().slice(0, 10);
  const filename = safeFilename(`${filters.kind}-${day}.csv`);
  const { bytes } = await ctx.files.finish({ id, workspaceId: ctx.actor.workspaceId, filename, rows, createdAt: ctx.now().toISOString() });
  return { id, path, filename, contentType: 'text/csv; charset=utf-8', rows, bytes };
}
