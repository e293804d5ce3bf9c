// The report a person reads before and after an import: counts, the columns used and ignored, and the rows.
import { clientChangeWord } from '../clients/describe-client-changes';
import type { HeaderMatch } from './match-headers';
import type { ImportPlan } from './plan-import';

export type ImportReport = {
  importId: string;
  filename: string | null;
  status: 'dry_run' | 'applied' | 'failed';
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  /** Which columns were used for what (with when a fallback column is read), which were not client fields, and which were ignored and why. */
  columns: { matched: HeaderMatch['matched']; unmatched: string[]; ignored: HeaderMatch['ignored'] };
  /** Lines above the header row (a title or export banner) that were passed over, and footer lines after the data. */
  skippedLines?: { above: number; below: number };
  /** Every rejected row (capped at 1,000), with its number in the file's data rows (1 = the row under the header). */
  rejections: Array<{ row: number; reason: string }>;
  skips: Array<{ row: number; reason: string }>;
  /** What each updated row changes, in the cards' words ("street", "postal code"), not columns. */
  updates: Array<{ row: number; client: string; changed: string[] }>;
  warnings: Array<{ row: number; message: string }>;
};

const CAP = 1000;

export function buildReport(importId: string, filename: string | null, plan: ImportPlan, status: ImportReport['status']): ImportReport {
  const count = (a: string) => plan.items.filter((i) => i.action === a).length;
  return {
    importId, filename, status,
    rows: plan.items.length,
    created: count('create'), updated: count('update'), skipped: count('skip'), rejected: count('reject'),
    columns: { matched: plan.columns.matched, unmatched: plan.columns.unmatched, ignored: plan.columns.ignored },
    ...(plan.skippedLines ? { skippedLines: plan.skippedLines } : {}),
    rejections: plan.items.flatMap((i) => (i.action === 'reject' ? [{ row: i.row, reason: i.reason }] : [])).slice(0, CAP),
    skips: plan.items.flatMap((i) => (i.action === 'skip' ? [{ row: i.row, reason: i.reason }] : [])).slice(0, CAP),
    updates: plan.items.flatMap((i) => (i.action === 'update' ? [{ row: i.row, client: i.label, changed: i.changed.map(clientChangeWord) }] : [])).slice(0, CAP),
    warnings: plan.warnings.slice(0, CAP),
  };
}

/** A few sentences for chat: what would happen (or happened), and which columns were read for what. */
export function describeReport(r: ImportReport): string {
  const verb = r.status === 'applied' ? ['created', 'updated', 'skipped'] : ['would create', 'would update', 'would skip'];
  const parts = [`${r.rows} rows: ${verb[0]} ${r.created}, ${verb[1]} ${r.updated}, ${verb[2]} ${r.skipped}`];
  if (r.rejected) {
    const first = r.rejections.slice(0, 3).map((x) => `row ${x.row} (${x.reason})`).join('; ');
    parts.push(`${r.rejected} rejected: ${first}${r.rejected > 3 ? '; ...' : ''}`);
  }
  if (r.skippedLines?.above) parts.push(`${r.skippedLines.above} line${r.skippedLines.above === 1 ? '' : 's'} above the header row passed over`);
  const used = r.columns.matched.map((m) => `${m.header} → ${m.label ?? m.field}${m.note ? ` (${m.note})` : ''}`);
  if (used.length) parts.push(`columns used: ${used.join(', ')}`);
  if (r.columns.unmatched.length) parts.push(`columns not used: ${r.columns.unmatched.join(', ')}`);
  const ignored = (r.columns.ignored ?? []).map((i) => (typeof i === 'string' ? i : i.header));
  if (ignored.length) parts.push(`ignored: ${ignored.join(', ')}`);
  return `${parts.join('. ')}.`;
}
