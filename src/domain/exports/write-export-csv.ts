// The export's work: the rows read page by page and streamed to disk through csv-stringify, so memory stays flat
// however many clients there are. exportCsv (export-csv.ts) checks who may export, then runs this in process or,
// on the server, in the job thread (ctx.jobs: src/threads/), where the same code writes the same bytes.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Actor, Ctx } from '../../context';
import { clientFilterWhere } from '../clients/client-filters';
import { DomainError } from '../../errors';
import { clientColumns, CONTACT_COLUMNS } from './csv-columns';
import { CSV_OPTIONS } from './csv-cell';
import type { ExportCsvFilters } from './export-csv';
import { safeFilename } from './export-files';
import { exportCurrencies, pageClientRows, pageContactRows } from './read-export-page';

export type ExportCsvResult = { id: string; path: string; filename: string; contentType: string; rows: number; bytes: number };
export type ExportProgress = (p: { rows: number }) => void;
export type ExportOptions = { onProgress?: ExportProgress; pageSize?: number };
/** What a worker thread needs to write the file as this actor (plain data: it is copied to the thread). `dir` is
 * the exports folder (ctx.files.dir), where the thread's own ExportFiles writes. */
export type ExportCsvJob = { actor: Actor; now: string; filters: ExportCsvFilters; dir: string; pageSize?: number };

/** Writes the file (its access already checked by exportCsv), wherever ctx points. */
export async function writeExportCsv(ctx: Ctx, filters: ExportCsvFilters, options: ExportOptions = {}): Promise<ExportCsvResult> {
  if (!ctx.files) throw new DomainError('unavailable', 'CSV exports are not available on this server.');
  // With no `archived` filter an export is every client, archived ones included.
  const where = await clientFilterWhere(ctx.db, ctx, { ...filters, archived: filters.archived ?? 'all' });
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
    // Stopped (the server closing its job thread) or failed: the file cut short goes, once its stream has closed
    // (an open still under way would otherwise create it after the removal), so no half export is left behind.
    csv.destroy();
    out.destroy();
    await finished(out).catch(() => {});
    await ctx.files.discard(id);
    throw err;
  }

  const day = ctx.now().toISOString().slice(0, 10);
  const filename = safeFilename(`${filters.kind}-${day}.csv`);
  const { bytes } = await ctx.files.finish({ id, workspaceId: ctx.actor.workspaceId, filename, rows, createdAt: ctx.now().toISOString() });
  return { id, path, filename, contentType: 'text/csv; charset=utf-8', rows, bytes };
}
