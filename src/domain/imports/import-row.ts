// One CSV row to normalised client fields, with the same field rules as the client verbs; or the reasons it
// cannot be imported, named by column.
import { z } from 'zod';
import {
  optAmount, optCountry, optCurrency, optDate, optEmail, optPaymentTerms, optPhone, optReminderTone, optText, optWebsite,
} from '../normalize/fields';
import { normalizePhone } from '../normalize/phone';
import { unescapeCell } from '../exports/csv-cell';
import type { ImportField } from './match-headers';

const STATUS_WORDS: Record<string, 'lead' | 'active' | 'inactive' | 'past'> = {
  lead: 'lead', prospect: 'lead', new: 'lead', active: 'active', current: 'active', customer: 'active',
  inactive: 'inactive', dormant: 'inactive', paused: 'inactive', past: 'past', former: 'past', churned: 'past', lost: 'past',
};
const optStatus = z.string().transform((v, ctx) => {
  if (!v.trim()) return null;
  const s = STATUS_WORDS[v.trim().toLowerCase()];
  if (!s) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not a status (lead, active, inactive or past)` });
    return z.NEVER;
  }
  return s;
}).nullish();

export const ImportRow = z.object({
  name: optText(200), idNumber: optText(100), email: optEmail, phone: optPhone, website: optWebsite, industry: optText(120),
  taxId: optText(60), addressLine1: optText(200), addressLine2: optText(200), city: optText(120), region: optText(120),
  postalCode: optText(20), country: optCountry, currency: optCurrency, paymentTerms: optPaymentTerms, reminderTone: optReminderTone,
  status: optStatus, value: optAmount, startDate: optDate, endDate: optDate, owner: optText(200), group: optText(120),
  notes: optText(10_000), contactName: optText(200), contactEmail: optEmail, contactPhone: optPhone, contactJobTitle: optText(120),
  billingName: optText(200), billingEmail: optEmail, billingPhone: optPhone,
});
export type ImportRowData = z.output<typeof ImportRow>;

const LABELS: Partial<Record<string, string>> = { idNumber: 'ID number', taxId: 'tax ID', postalCode: 'postal code' };

/** Cells -> fields; `columns` maps cell index to field. Returns the data or a reason naming the column. */
export function readImportRow(
  cells: string[], columns: Map<number, ImportField>, headers: string[], defaultCountry: string | null,
): { ok: true; data: ImportRowData } | { ok: false; reason: string } {
  const raw: Record<string, string> = {};
  const headerOf: Record<string, string> = {};
  for (const [i, field] of columns) {
    const cell = cells[i];
    // An empty cell says nothing: it never clears what is stored.
    if (cell === undefined || !cell.trim()) continue;
    raw[field] = unescapeCell(cell);
    headerOf[field] = headers[i];
  }
  const r = ImportRow.safeParse(raw);
  if (!r.success) {
    const reason = r.error.issues.map((i) => {
      const field = String(i.path[0] ?? 'row');
      return `${headerOf[field] ?? LABELS[field] ?? field}: ${i.message}`;
    }).join('; ');
    return { ok: false, reason };
  }
  const d = r.data;
  const country = d.country ?? defaultCountry;
  for (const key of ['phone', 'contactPhone', 'billingPhone'] as const) {
    if (d[key]) d[key] = normalizePhone(d[key], country);
  }
  return { ok: true, data: d };
}
