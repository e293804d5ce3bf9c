import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { Ctx } from '../src/context';
import { requireClientAccess } from '../src/domain/access';
import { describeReport, type ImportReport } from '../src/domain/imports/import-report';
import { importCsv } from '../src/domain/imports/import-csv';
import { decodeImportBytes, IMPORT_LIMITS, TooLarge } from '../src/domain/imports/read-import';
import { showImport } from '../src/domain/imports/show-import';
import { Forbidden, InvalidInput } from '../src/errors';
import { guard } from './result-helpers';
import type { ToolDescriptor, ToolSuccess, Upload } from './types';

export const ImportCsvToolInput = z.object({
  file: z.string().optional().describe('Path of a CSV file on this computer (terminal only), e.g. "./leads.csv".'),
  importId: z.string().optional().describe('The id of a CSV already uploaded on the web or in Slack, to show its dry-run report.'),
});
type Input = z.infer<typeof ImportCsvToolInput>;

/** Rows shown to the model and the cards; the full report stays stored with the import. */
const SHOWN = 20;

export const importCsvTool: ToolDescriptor<Input> = {
  name: 'importCsv',
  description: 'Dry run of a CSV import of clients: reads the file (a path on this computer, terminal only) or an upload by its importId, matches the columns, and reports how many clients would be created, updated, skipped as duplicates or rejected (with row numbers and reasons) and which columns are not used. Changes nothing; applyImport applies it.',
  input: ImportCsvToolInput,
  risk: 'read',
  summarize: (input) => (input.file ? `Check ${input.file} for import` : `Show import ${input.importId ?? ''}`.trim()),
  // An upload (a CSV shared in Slack) comes beside the input; a path is read in the terminal.
  run: ({ ctx, input, upload }) => guard(ctx, async () => {
    requireClientAccess(ctx.actor);
    const report = upload
      ? await importCsv({ ctx, input: readUpload(upload) })
      : input.file?.trim()
      ? await importCsv({ ctx, input: await readLocalCsv(ctx, input.file.trim()) })
      : input.importId?.trim()
        ? await showImport({ ctx, input: { importId: input.importId } })
        : missingFile(ctx);
    return importResult(report);
  }),
};

function missingFile(ctx: Ctx): never {
  const message = ctx.actor.channel === 'cli'
    ? 'Which file? Give the path of the CSV, e.g. "import clients from ./leads.csv".'
    : uploadHint(ctx);
  throw new InvalidInput([{ field: 'file', message }], message);
}

function uploadHint(ctx: Ctx): string {
  return ctx.actor.channel === 'slack'
    ? 'Share the CSV file in this conversation (or a channel with the app) and it is checked for import.'
    : 'Upload the CSV on the Import page (/clients/import) and it is checked for import.';
}

function readUpload(upload: Upload): { content: string; filename: string } {
  if (upload.bytes.byteLength > IMPORT_LIMITS.bytes) {
    throw new TooLarge(`${upload.name} is ${(upload.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Split it into smaller files.`);
  }
  return { content: decodeImportBytes(upload.bytes), filename: upload.name };
}

/** A file path is read only for the terminal: there the person and the server are the same machine. */
async function readLocalCsv(ctx: Ctx, path: string): Promise<{ content: string; filename: string }> {
  if (ctx.actor.channel !== 'cli') {
    throw new Forbidden(`Files on the server are not read from ${ctx.actor.channel === 'slack' ? 'Slack' : 'the web'}. ${uploadHint(ctx)}`);
  }
  const full = resolve(path.replace(/^~(?=$|[/\\])/, homedir()));
  const info = await stat(full).catch(() => null);
  if (!info) throw new InvalidInput([{ field: 'file', message: `there is no file at ${path}` }], `There is no file at ${path}.`);
  if (!info.isFile()) throw new InvalidInput([{ field: 'file', message: `${path} is not a file` }], `${path} is a folder or a device, not a CSV file.`);
  if (info.size > IMPORT_LIMITS.bytes) {
    throw new TooLarge(`${basename(full)} is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Split it into smaller files.`);
  }
  return { content: decodeImportBytes(new Uint8Array(await readFile(full))), filename: basename(full) };
}

export function importResult(r: ImportReport): ToolSuccess {
  // Ids are printed in backticks: chat formatting cannot eat a "-" or "_" at either end, and they are typed back as shown.
  const id = `\`${r.importId}\``;
  const valid = r.created + r.updated;
  const next = r.status === 'applied'
    ? (r.rejected ? ` Left out the ${r.rejected} rejected row${r.rejected === 1 ? '' : 's'} (${r.rejections.slice(0, 5).map((x) => `row ${x.row}`).join(', ')}).` : '')
    : r.rejected
      ? valid
        ? ` Nothing is imported while a row is rejected: fix the file and import it again, or import the ${valid} valid row${valid === 1 ? '' : 's'} and leave the rejected ones out (apply import ${id} skipping the rejected rows).`
        : ' Fix the rejected rows and import the file again.'
      : ` Nothing has changed yet; apply import ${id} to import it.`;
  return {
    ok: true,
    text: `${r.filename ?? 'The file'}: ${describeReport(r)}${next}`,
    data: previewOf(r),
  };
}

/** What the model and the cards read of a report: its figures and the first rows of each list. */
const previewOf = (r: ImportReport) => ({
  kind: 'import' as const, importId: r.importId, filename: r.filename, status: r.status,
  rows: r.rows, created: r.created, updated: r.updated, skipped: r.skipped, rejected: r.rejected,
  rejections: r.rejections.slice(0, SHOWN), updates: r.updates.slice(0, SHOWN), skips: r.skips.slice(0, SHOWN),
  unmatchedColumns: r.columns.unmatched, matchedColumns: r.columns.matched, ignoredColumns: r.columns.ignored, warnings: r.warnings.slice(0, SHOWN),
});
export type ImportPreview = ReturnType<typeof previewOf>;
