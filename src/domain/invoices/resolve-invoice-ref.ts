// The `invoice` reference of sendInvoice as a person types it: a number ("INV-0012", "inv 12", "12"), the
// internal "id:<n>" of buttons and pages, or a client's name when that client has exactly one open invoice.
// Several open invoices is an `ambiguous` error listing them; none says so and names the client's invoices.
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invoices } from '../../db/schema';
import { Conflict, DomainError, InvalidInput, NotFound } from '../../errors';
import { resolveClient } from '../clients/resolve-client';
import { resolveInvoice } from '../ledger/record-payment';
import { money } from '../ledger/schemas';
import { resolvePrinted } from '../normalize/printed-ref';

export type InvoiceRow = typeof invoices.$inferSelect;

const NUMBER_LIKE = /^(?:inv(?:oice)?[\s#-]*)?#?\d+$/i;

const describe = (i: InvoiceRow) =>
  `${money(i.amountCents - i.amountPaidCents, i.currency)} open${i.dueOn ? ` · due ${i.dueOn}` : ''}`;

export const resolveInvoiceRef = (db: DbOrTx, ctx: Ctx, ref: string | number): Promise<InvoiceRow> => resolvePrinted(ref, (r) => resolveTypedRef(db, ctx, r));

async function resolveTypedRef(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<InvoiceRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'invoice', message: 'Say which invoice (its number, e.g. INV-0012).' }]);
  const ws = eq(invoices.workspaceId, ctx.actor.workspaceId);
  const internal = /^id:\s*(\d+)$/i.exec(text);
  if (internal) {
    const [row] = await db.select().from(invoices).where(and(ws, eq(invoices.id, Number(internal[1])))).limit(1);
    if (!row) throw new NotFound('invoice', text);
    return row;
  }
  if (typeof ref === 'number' || NUMBER_LIKE.test(text)) return resolveInvoice(db, ctx, ref);
  // Any other exact number (an imported "ACME-7") before reading the text as a client's name.
  const [exact] = await db.select().from(invoices).where(and(ws, sql`upper(${invoices.number}) = ${text.toUpperCase()}`)).limit(1);
  if (exact) return exact;
  const client = await resolveClient(db, ctx, text).catch((err: unknown) => {
    throw err instanceof DomainError && err.code === 'not_found' ? new NotFound('invoice or client', text) : err;
  });
  const open = await db.select().from(invoices)
    .where(and(ws, eq(invoices.clientId, client.id), eq(invoices.status, 'issued'), lt(invoices.amountPaidCents, invoices.amountCents)))
    .orderBy(asc(invoices.issuedOn), asc(invoices.id)).limit(21);
  if (open.length === 1) return open[0];
  if (open.length > 1) {
    const shown = open.slice(0, 20);
    throw new DomainError('ambiguous',
      `${client.name} has ${open.length > 20 ? 'more than 20' : open.length} open invoices; which one? ${shown.map((i) => `${i.number} (${describe(i)})`).join(', ')}.`,
      { what: 'invoice', ref: text, candidates: shown.map((i) => ({ id: i.id, label: i.number, detail: describe(i) })) });
  }
  const recent = await db.select({ number: invoices.number }).from(invoices)
    .where(and(ws, eq(invoices.clientId, client.id))).orderBy(desc(invoices.id)).limit(5);
  throw new Conflict(recent.length
    ? `${client.name} has no open invoice. Say which one by its number: ${recent.map((r) => r.number).join(', ')}.`
    : `${client.name} has no invoices yet.`, { clientId: client.id });
}
