// The contact model, declared once: each field's key (the verbs' input key), the label people read, its schema,
// the kind of control, its column in the contacts CSV export and the words people use for it. The verbs' zod
// schemas (schemas.ts), the contacts CSV, the Slack contact modal and the web contact form derive from it.
import { z } from 'zod';
import { CONTACT_ROLES, type ContactRole } from '../../db/enums';
import { CONTACT_ROLE_LABELS } from '../clients/value-labels';
import { optEmail, optPhone, optText } from '../normalize/fields';

export type ContactFieldDef = {
  key: string;
  label: string;
  schema: z.ZodType;
  kind: 'text' | 'email' | 'tel' | 'select' | 'flag';
  options?: readonly string[];
  /** A flag's value on a new contact. */
  initial?: boolean;
  /** The column of the contacts table it is stored in, where the name differs ("primary" is is_primary). */
  column?: string;
  csv: string;
  words?: readonly string[];
};

const flag = z.boolean({ error: 'must be true or false' }).optional();
// "Decision maker", "decision-maker" -> decision_maker
const role = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v),
  z.enum(CONTACT_ROLES, { error: `must be one of ${CONTACT_ROLES.join(', ')}` })).nullish();

export const CONTACT_FIELDS = [
  { key: 'name', label: 'Name', schema: optText(200), kind: 'text', csv: 'Contact Name', words: ['name', 'person', 'contact'] },
  { key: 'email', label: 'Email', schema: optEmail, kind: 'email', csv: 'Contact Email', words: ['email', 'e-mail', 'mail'] },
  { key: 'phone', label: 'Phone', schema: optPhone, kind: 'tel', csv: 'Contact Phone', words: ['phone', 'mobile', 'tel'] },
  { key: 'jobTitle', label: 'Job title', schema: optText(120), kind: 'text', csv: 'Job Title', words: ['job title', 'title', 'position'] },
  { key: 'role', label: 'Role', schema: role, kind: 'select', options: CONTACT_ROLES, csv: 'Role', words: ['role', 'decision maker', 'finance'] },
  { key: 'primary', label: 'Primary contact', schema: flag, kind: 'flag', initial: false, column: 'isPrimary', csv: 'Primary',
    words: ['primary', 'main contact'] },
  { key: 'billingDefault', label: 'Billing contact', schema: flag, kind: 'flag', initial: false, column: 'isBillingDefault', csv: 'Billing Default',
    words: ['billing contact', 'invoices go to'] },
  { key: 'portalEnabled', label: 'May use the portal', schema: flag, kind: 'flag', initial: true, csv: 'Portal Enabled',
    words: ['portal access', 'portal'] },
] as const satisfies readonly ContactFieldDef[];

export type ContactFieldKey = (typeof CONTACT_FIELDS)[number]['key'];
type ContactShape = { [F in (typeof CONTACT_FIELDS)[number] as F['key']]: F['schema'] };

/** The fields as a zod shape, keys and types kept. */
export const CONTACT_SHAPE = Object.fromEntries(CONTACT_FIELDS.map((f) => [f.key, f.schema])) as ContactShape;

export const CONTACT_FLAGS: readonly ContactFieldDef[] = (CONTACT_FIELDS as readonly ContactFieldDef[]).filter((f) => f.kind === 'flag');

/** Ticked boxes -> the flags to send: only those that differ from a new contact's default (an unticked box may mean "left alone"). */
export function flagsFromTicked(ticked: ReadonlySet<string>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const f of CONTACT_FLAGS) if (ticked.has(f.key) !== (f.initial ?? false)) out[f.key] = ticked.has(f.key);
  return out;
}

const sentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * A contact change's history line in the words of its form: "job title (empty) → CFO, role Other → Finance,
 * primary contact yes, may use the portal no", not its columns ("jobTitle, isPrimary, portalEnabled").
 */
export function describeContactChanges(changed: string[], before: Record<string, unknown>, after: Record<string, unknown>): string {
  return changed.map((k) => {
    const f = (CONTACT_FIELDS as readonly ContactFieldDef[]).find((x) => x.key === k || x.column === k);
    const label = f ? sentence(f.label) : k;
    if (f?.kind === 'flag') return `${label} ${after[k] ? 'yes' : 'no'}`;
    const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(empty)' : k === 'role' ? (CONTACT_ROLE_LABELS[v as ContactRole] ?? String(v)) : String(v));
    return `${label} ${show(before[k])} → ${show(after[k])}`;
  }).join(', ');
}
