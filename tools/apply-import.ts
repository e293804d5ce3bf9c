import { z } from 'zod';
import { applyImport } from '../src/domain/imports/apply-import';
import { importResult } from './import-csv';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ApplyImportToolInput = z.object({
  importId: z.string().min(1).describe('The id of the dry run (from importCsv, the web upload or Slack) to apply.'),
});
type Input = z.infer<typeof ApplyImportToolInput>;

export const applyImportTool: ToolDescriptor<Input> = {
  name: 'applyImport',
  description: 'Applies a checked CSV import in one transaction: creates and updates the clients its dry run listed, all or nothing. Applying the same import again changes nothing. Needs confirmation (it changes many clients).',
  input: ApplyImportToolInput,
  risk: 'destroys',
  summarize: (input) => `Import the clients of CSV import ${input.importId} (create and update them as its dry run showed)`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await applyImport({ ctx, input });
    if (r.alreadyApplied) {
      return { ok: true, text: `Import ${r.importId} was already applied; nothing changed this time.`, data: importResult(r).data };
    }
    return importResult(r);
  }),
};
