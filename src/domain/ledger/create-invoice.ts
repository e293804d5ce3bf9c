// Issues an invoice: numbered per workspace (INV-0001, ...), its currency resolved client -> group -> workspace
// unless given, and fixed from then on (it is copied onto the invoice, never looked up again). Due by default
// after the client's resolved payment terms.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invoices } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { buildClientView } from '../clients/get-client-view';
import { resolveClient } from '../clients/resolve-client';
import type { ClientView } from '../clients/views';
import { parseInput } from '../normalize/parse-input';
import { resolveClientSettings } from '../settings/resolve-settings';
import { resolveProject } from './resolve-project';
import { addDays, CreateInvoiceInput, isoDay, money, toCents } from './schemas';
import { toInvoiceView, type InvoiceView } from './views';

export type CreateInvoiceResult = { invoice: InvoiceView; client: ClientView; activityId: number };

const PREFIX = 'INV-';

/** The next invoice number of the workspace (the unique index backs it; write transactions run one at a time). */
export async function nextInvoiceNumber(db: DbOrTx, workspaceId: number): Promise<string> {
  const [row] = await db.select({ n: sql<number | null>`max(CAST(substr(${invoices.number}, ${PREFIX.length + 1}) AS INTEGER))` })
    .from(invoices).where(and(eq(invoices.workspaceId, workspaceId), sql`${invoices.number} LIKE ${`${PREFIX}%`}`));
  return `${PREFIX}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function createInvoice({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CreateInvoiceResult> {
  requireClientAccess(ctx.actor);
  const data = parseInput(CreateInvoiceInput, input);
  const issuedOn = isoDay(ctx.now());
  if (data.dueDate && data.dueDate < issuedOn) {
    throw new InvalidInput([{ field: 'dueDate', message: `cannot be before the issue date (${issuedOn})` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    const project = data.project !== undefined ? await resolveProject(tx, ctx, client.id, data.project) : null;
    const settings = await resolveClientSettings(tx, ctx, client);
    const currency = data.currency ?? settings.currency.value;
    const dueOn = data.dueDate ?? addDays(issuedOn, settings.paymentTerms.value);
    const now = ctx.now();
    const [row] = await tx.insert(invoices).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, projectId: project?.id ?? null,
      number: await nextInvoiceNumber(tx, ctx.actor.workspaceId), description: data.description ?? null,
      amountCents: toCents(data.amount), currency, status: 'issued', issuedOn, dueOn, amountPaidCents: 0, createdAt: now, updatedAt: now,
    }).returning();
    const invoice = toInvoiceView(row);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'invoice.issued', entityType: 'invoice', entityId: row.id, clientId: client.id,
      summary: `Issued ${row.number} to ${client.name} for ${money(row.amountCents, currency)}, due ${dueOn}`,
      before: null,
      after: { number: row.number, amount: invoice.amount, currency, currencySource: data.currency ? 'given' : settings.currency.source, dueOn, projectId: row.projectId },
    });
    return { invoice, client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId };
  });
}
