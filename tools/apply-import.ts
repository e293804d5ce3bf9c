import { z } from 'zod';
import { applyImport } from '../src/domain/imports/apply-import';
import { showImport } from '../src/domain/imports/show-import';
import { importResult } from './import-csv';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ApplyImportToolInput = z.object({
  importId: z.string().min(1).describe('The id of the dry run (from importCsv, the web upload or Slack) to apply, exactly as shown.'),
  skipRejected: z.boolean().optional().describe('true to import the valid rows and leave out the rejected rows the dry run named; only when the person asked for that.'),
});
type Input = z.infer<typeof ApplyImportToolInput> & { file?: string | null; leaveOut?: string };
type ImportData = { kind: 'import'; importId: string; filename: string | null; created: number; updated: number; skipped: number; rejected: number;
  rejections: Array<{ row: number; reason: string }> };
/** What a surface reads of an applied import: the dry run's figures, whether it had been applied already and how
 *  many rejected rows were left out. */
export type AppliedImportData = ImportData & { alreadyApplied: boolean; leftOut: number };

export const applyImportTool: ToolDescriptor<Input> = {
  name: 'applyImport',
  description: 'Applies a checked CSV import in one transaction: creates and updates the clients its dry run listed, all or nothing. A file with rejected rows is refused unless skipRejected is true, which imports the valid rows and leaves out exactly the rejected rows the dry run named. Applying the same import again changes nothing. Needs confirmation (it changes many clients).',
  input: ApplyImportToolInput,
  risk: 'destroys',
  // The confirmation names the file and, when rows are left out, each of them with its reason.
  fingerprint: async ({ ctx, input }) => {
    const r = await showImport({ ctx, input: { importId: input.importId } });
    return {
      importId: r.importId, file: r.filename,
      ...(input.skipRejected && r.rejected ? { leaveOut: r.rejections.map((x) => `row ${x.row} (${x.reason})`).join('; ') } : {}),
    };
  },
  summarize: (input) => {
    const what = `Import the clients of CSV import ${input.importId}${input.file ? ` (${input.file})` : ''} (create and update them as its dry run showed)`;
    return input.leaveOut ? `${what}, leaving out the rejected ${input.leaveOut.includes('; ') ? 'rows' : 'row'}: ${input.leaveOut}` : what;
  },
  // A surface that shows progress (Slack's card) sets ctx's progress port for the run (runTool's `progress`).
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await applyImport({ ctx, input: { importId: input.importId, skipRejected: input.skipRejected } });
    const data: AppliedImportData = { ...(importResult(r).data as ImportData), alreadyApplied: r.alreadyApplied, leftOut: r.leftOut ?? 0 };
    if (r.alreadyApplied) return { ok: true, text: `Import \`${r.importId}\` was already applied; nothing changed this time.`, data };
    return { ...importResult(r), data };
  }),
};
