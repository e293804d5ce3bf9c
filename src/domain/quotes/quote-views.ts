// Quotes as the team and the portal see them, their state on a given day (a sent quote past its valid-until
// day is expired, whatever its stored status says), numbering, and the lookup by a person's reference.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { projects, quotes } from '../../db/schema';
import { Ambiguous, DomainError, InvalidInput, NotFound } from '../../errors';
import { resolveClient } from '../clients/resolve-client';
import { isoDay, money, toUnits } from '../ledger/schemas';
import { resolvePrinted } from '../normalize/printed-ref';

export type QuoteRow = typeof quotes.$inferSelect;
/** The stored status, or 'expired' for an undecided quote whose valid-until day has passed. */
export type QuoteState = 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';
export type QuoteView = {
  id: number; clientId: number; number: string; title: string; amount: number; currency: string; validUntil: string | null;
  status: QuoteRow['status']; state: QuoteState; comment: string | null; projectId: number | null; projectName: string | null;
  sentAt: string | null; decidedAt: string | null;
};

const PREFIX = 'Q-';
const UNDECIDED = ['draft', 'sent'] as const;

export const isExpired = (q: Pick<QuoteRow, 'status' | 'validUntil'>, today: string) =>
  (q.status === 'draft' || q.status === 'sent') && !!q.validUntil && q.validUntil < today;

export const quoteState = (q: Pick<QuoteRow, 'status' | 'validUntil'>, today: string): QuoteState => (isExpired(q, today) ? 'expired' : q.status);

/** "Q-0003 \"Website redesign\" (€5,000.00)": how history lines and answers name a quote. */
export const quoteLabel = (q: Pick<QuoteRow, 'number' | 'title' | 'amountCents' | 'currency'>) => `${q.number} "${q.title}" (${money(q.amountCents, q.currency)})`;

export const toQuoteView = (q: QuoteRow, today: string, projectName: string | null = null): QuoteView => ({
  id: q.id, clientId: q.clientId, number: q.number, title: q.title, amount: toUnits(q.amountCents), currency: q.currency,
  validUntil: q.validUntil, status: q.status, state: quoteState(q, today), comment: q.comment, projectId: q.projectId, projectName,
  sentAt: q.sentAt?.toISOString() ?? null, decidedAt: q.decidedAt?.toISOString() ?? null,
});

/** The next quote number of the workspace (the unique index backs it; write transactions run one at a time). */
export async function nextQuoteNumber(db: DbOrTx, workspaceId: number): Promise<string> {
  const [row] = await db.select({ n: sql<number | null>`max(CAST(substr(${quotes.number}, ${PREFIX.length + 1}) AS INTEGER))` })
    .from(quotes).where(and(eq(quotes.workspaceId, workspaceId), sql`${quotes.number} LIKE ${`${PREFIX}%`}`));
  return `${PREFIX}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** Every quote of a client, newest first, with the name of the project an accepted one started. */
export async function listClientQuotes(db: DbOrTx, ctx: Ctx, clientId: number): Promise<QuoteView[]> {
  const rows = await db.select({ q: quotes, projectName: projects.name }).from(quotes)
    .leftJoin(projects, and(eq(projects.id, quotes.projectId), eq(projects.workspaceId, quotes.workspaceId)))
    .where(and(eq(quotes.workspaceId, ctx.actor.workspaceId), eq(quotes.clientId, clientId))).orderBy(desc(quotes.id));
  const today = isoDay(ctx.now());
  return rows.map((r) => toQuoteView(r.q, today, r.projectName));
}

/** Draft or sent and not expired: what the team can still send and the client can still decide. */
export const isOpen = (q: QuoteView) => q.state === 'draft' || q.state === 'sent';

/**
 * "Q-0003", "q 3", "quote #3" or "3" is a number; anything else names a client, which must have exactly one open
 * quote (several: Ambiguous with them; none: NotFound saying so).
 */
export const resolveQuote = (db: DbOrTx, ctx: Ctx, ref: string | number): Promise<QuoteRow> => resolvePrinted(ref, (r) => resolveTypedQuote(db, ctx, r));

async function resolveTypedQuote(db: DbOrTx, ctx: Ctx, ref: string | number): Promise<QuoteRow> {
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'quote', message: 'Say which quote (its number, e.g. Q-0003, or the client).' }]);
  const ws = eq(quotes.workspaceId, ctx.actor.workspaceId);
  const digits = /^(?:q(?:uote)?[\s#-]*)?#?0*(\d+)$/i.exec(text)?.[1];
  if (digits) {
    const [row] = await db.select().from(quotes).where(and(ws, eq(quotes.number, `${PREFIX}${digits.padStart(4, '0')}`))).limit(1);
    if (row) return row;
    if (/^q/i.test(text)) throw new NotFound('quote', text);
  }
  const client = await resolveClient(db, ctx, text);
  const today = isoDay(ctx.now());
  const open = (await db.select().from(quotes).where(and(ws, eq(quotes.clientId, client.id), inArray(quotes.status, [...UNDECIDED])))
    .orderBy(desc(quotes.id)).limit(11)).filter((q) => !isExpired(q, today));
  if (open.length === 1) return open[0];
  if (open.length > 1) {
    throw new Ambiguous('quote', text, open.slice(0, 10).map((q) => ({ id: q.id, label: q.number, detail: `${q.title} · ${money(q.amountCents, q.currency)} · ${q.status}` })));
  }
  throw new DomainError('not_found', `${client.name} has no open quote (a draft, or a sent one still valid).`, { what: 'quote', ref: text });
}
