// Turns domain verb outcomes into ToolResults: errors become ToolFailure data the model can recover from
// (candidates to ask "which one?", field issues to fix), never exceptions thrown into the loop.
import type { Ctx } from '../src/context';
import { labelOfKey, sentenceLabel } from '../src/domain/clients/client-forms';
import type { ClientFieldKey } from '../src/domain/clients/client-fields';
import type { ClientView } from '../src/domain/clients/views';
import { CONTACT_FIELDS, type ContactFieldDef } from '../src/domain/contacts/contact-fields';
import { sayAmounts } from '../src/domain/ledger/money-totals';
import { isDomainError } from '../src/errors';
import type { ToolFailure, ToolResult, ToolSuccess } from './types';

export function toFailure(err: unknown, ctx?: Ctx): ToolFailure {
  if (isDomainError(err)) {
    const { code, message, ...details } = err.toJSON() as { code: string; message: string; [k: string]: unknown };
    return { ok: false, error: { code, message, ...details } };
  }
  // A bug or an outage: log the cause, tell the model something it can repeat without leaking internals.
  ctx?.log.error({ err }, 'tool failed');
  return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side; nothing more was changed.' } };
}

/** Runs a tool body; any thrown error comes back as a ToolFailure. */
export async function guard(ctx: Ctx, body: () => Promise<ToolResult>): Promise<ToolResult> {
  try {
    return await body();
  } catch (err) {
    return toFailure(err, ctx);
  }
}

export const clientLabel = (c: { name: string; number?: string | null }) => (c.number ? `${c.name} (#${c.number})` : c.name);

/** "3 invoices, €1,500.00 revenue, €1,200.00 outstanding": each currency on its own, as every surface shows it. */
export function moneyLine(c: Pick<ClientView, 'totals' | 'invoiceCount'>): string {
  if (!c.invoiceCount) return 'no invoices yet';
  const revenue = sayAmounts(c.totals, 'revenue');
  const outstanding = sayAmounts(c.totals, 'outstanding');
  return [`${c.invoiceCount} invoice${c.invoiceCount === 1 ? '' : 's'}`, revenue ? `${revenue} revenue` : null,
    outstanding ? `${outstanding} outstanding` : 'nothing outstanding'].filter(Boolean).join(', ');
}

/** Success for a change to one client: its card, what invoicing still needs, and the undo of this change. */
export function clientChange(text: string, client: ClientView | null | undefined, activityId: number | null | undefined, undoLabel: string): ToolSuccess {
  const out: ToolSuccess = { ok: true, text };
  if (client) {
    out.data = { kind: 'client', client };
    if (client.missingForInvoicing.length) out.missing = client.missingForInvoicing;
  }
  if (typeof activityId === 'number') out.undo = { activityId, label: undoLabel };
  return out;
}

/** "paymentTerms" -> "payment terms", for answers that list what changed (groups, the workspace). */
export const humanFields = (fields: string[]) =>
  fields.map((f) => f.replace(/^address\./, 'address ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(', ');

/** A client's columns whose field has another key in the model (the verbs take the owner and group by name). */
const CLIENT_COLUMN_KEYS: Record<string, ClientFieldKey> = { ownerId: 'owner', groupId: 'group' };

/** A client's changed columns with the labels the cards show: "billing email, street, contact person, owner". */
export const clientFieldWords = (columns: string[]) => columns.map((c) => {
  const key = CLIENT_COLUMN_KEYS[c] ?? (c as ClientFieldKey);
  const label = labelOfKey(key);
  return label === key ? humanFields([c]) : sentenceLabel(label);
}).join(', ');

/** A contact's changed columns with the labels of its form: "job title, primary contact, billing contact". */
export const contactFieldWords = (columns: string[]) => columns.map((c) => {
  const f = (CONTACT_FIELDS as readonly ContactFieldDef[]).find((x) => x.key === c || x.column === c);
  return f ? sentenceLabel(f.label) : humanFields([c]);
}).join(', ');
