import { z } from 'zod';
import { exportCsv } from '../src/domain/exports/export-csv';
import { clientFilters, listPage } from './field-schemas';
import { guard } from './result-helpers';
import { isSlackChannel } from './risk';
import type { ToolDescriptor } from './types';

// The findClients filters (the contract's "the filters of findClients", its page arguments included, which a file with
// every match does not use); the contacts file and the BOM are options of the download route.
const NOT_USED = 'Not used by an export: the file has every matching client.';
export const ExportCsvToolInput = z.object({ ...clientFilters, limit: listPage.limit.describe(NOT_USED), offset: listPage.offset.describe(NOT_USED) });
type Input = z.infer<typeof ExportCsvToolInput>;

export const exportCsvTool: ToolDescriptor<Input> = {
  name: 'exportCsv',
  description: 'Writes the clients matching the findClients filters (e.g. status, country, owner, group; none: every client) as a CSV file with every field, primary and billing contacts, revenue and balance. Returns the file.',
  input: ExportCsvToolInput,
  risk: 'sendsOutside',
  // In a Slack channel the file is posted for everyone there (guests and shared channels included).
  riskOf: ({ ctx, place }) => (isSlackChannel(ctx, place) ? 'sendsOutside' : 'read'),
  summarize: () => 'Export clients as CSV',
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await exportCsv({ ctx, input });
    return {
      ok: true,
      text: `Exported ${r.rows} client${r.rows === 1 ? '' : 's'} to ${r.filename}.`,
      data: {
        kind: 'file', exportId: r.id, filename: r.filename, contentType: r.contentType, path: r.path, rows: r.rows, bytes: r.bytes,
        downloadUrl: `/files/exports/${r.id}`,
      },
    };
  }),
};
