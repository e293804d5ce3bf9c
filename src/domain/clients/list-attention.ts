// What needs someone's attention, for a desk overview (Slack's App Home): active clients gone quiet, active
// clients missing invoice details, quotes sent and not yet decided, and issued invoices not fully paid. "Yours":
// the clients the person owns, or the whole workspace when they own none. Read-only; a few bounded queries.
import { and, asc, desc, eq, exists, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, contacts, followUps, groups, invoices, messages, quotes, workspaces } from '../../db/schema';
import { listOpenFollowUps, today, type FollowUpView } from '../follow-ups/follow-up-views';
import { actorMemberId, requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { missingForInvoicing } from './missing-for-invoicing';

/** An active client with no recorded change for this long is dormant. */
export const DORMANT_DAYS = 90;
const DAY_MS = 86_400_000;

export const ListAttentionInput = z.object({
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(20, 'must be at most 20').optional(),
  /** `workspace`: every client's, whoever owns them ("who owes us money?"); default: the person's own, if any. */
  scope: z.enum(['mine', 'workspace'], { error: 'must be mine or workspace' }).optional(),
});

export type AttentionList<T> = { items: T[]; more: boolean };
export type Attention = {
  /** Whose clients these are: the person's own, or the workspace's when they own none. */
  scope: 'mine' | 'workspace';
  dormant: AttentionList<{ id: number; name: string; lastActivityAt: string | null }>;
  missingDetails: AttentionList<{ id: number; name: string; missing: string[] }>;
  openQuotes: AttentionList<{ id: number; number: string; title: string; clientId: number; clientName: string; amount: number; currency: string; validUntil: string | null }>;
  unpaidInvoices: AttentionList<{ id: number; number: string; clientId: number; clientName: string; outstanding: number; currency: string; dueOn: string | null; overdue: boolean }>;
  /** Clients whose portal messages no team member has read yet (any status, archived included: they wrote). */
  unreadMessages: AttentionList<{ clientId: number; clientName: string; unread: number; lastAt: string }>;
  /** Follow-ups due by today and not done: the person's own, or everyone's for the workspace. */
  followUps: AttentionList<FollowUpView>;
};

const cut = <T>(rows: T[], limit: number): AttentionList<T> => ({ items: rows.slice(0, limit), more: rows.length > limit });

/** The clients condition for "yours": owned by the person if they own any live client, else the workspace. */
export async function attentionScope(ctx: Ctx, asked?: Attention['scope']): Promise<{ scope: Attention['scope']; where: SQL }> {
  const ws = eq(clients.workspaceId, ctx.actor.workspaceId);
  const me = actorMemberId(ctx.actor);
  if (me === null || asked === 'workspace') return { scope: 'workspace', where: ws };
  const [owned] = await ctx.db.select({ id: clients.id }).from(clients)
    .where(and(ws, eq(clients.ownerId, me), isNull(clients.archivedAt))).limit(1);
  return owned ? { scope: 'mine', where: and(ws, eq(clients.ownerId, me))! } : { scope: 'workspace', where: ws };
}

export async function listAttention({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<Attention> {
  requireClientAccess(ctx.actor);
  const asked = parseInput(ListAttentionInput, input ?? {});
  const limit = asked.limit ?? 5;
  const { scope, where } = await attentionScope(ctx, asked.scope);
  const live = and(where, isNull(clients.archivedAt), eq(clients.status, 'active'))!;
  const me = actorMemberId(ctx.actor);
  const mineToDo = scope === 'mine' && me !== null ? eq(followUps.ownerId, me) : sql`1`;
  const [dormant, missingDetails, openQuotes, unpaidInvoices, unreadMessages, due] = await Promise.all([
    listDormant(ctx, live, limit), listMissingDetails(ctx, live, limit), listOpenQuotes(ctx, where, limit), listUnpaid(ctx, where, limit),
    listUnreadMessages(ctx, where, limit), listOpenFollowUps(ctx.db, ctx.actor.workspaceId, ctx.now(), { until: today(ctx.now()), scope: mineToDo }, limit + 1),
  ]);
  return { scope, dormant, missingDetails, openQuotes, unpaidInvoices, unreadMessages, followUps: cut(due, limit) };
}

async function listDormant(ctx: Ctx, live: SQL, limit: number): Promise<Attention['dormant']> {
  const since = new Date(ctx.now().getTime() - DORMANT_DAYS * DAY_MS);
  const quiet = or(lt(clients.lastActivityAt, since), and(isNull(clients.lastActivityAt), lt(clients.createdAt, since)));
  const rows = await ctx.db.select({ id: clients.id, name: clients.name, at: clients.lastActivityAt }).from(clients)
    .where(and(live, quiet)).orderBy(sql`${clients.lastActivityAt} ASC NULLS FIRST`, asc(clients.id)).limit(limit + 1);
  return cut(rows.map((r) => ({ id: r.id, name: r.name, lastActivityAt: r.at ? r.at.toISOString() : null })), limit);
}

// Candidates in SQL (a billing field empty, no billing email anywhere, no named contact); the labels come from
// the same rule the client card uses.
async function listMissingDetails(ctx: Ctx, live: SQL, limit: number): Promise<Attention['missingDetails']> {
  const contactWith = (cond: SQL) => exists(ctx.db.select({ one: sql`1` }).from(contacts).where(and(eq(contacts.clientId, clients.id), cond)));
  const lacking = or(
    isNull(clients.addressLine1), isNull(clients.city), isNull(clients.postalCode), isNull(clients.country),
    and(isNull(clients.email), sql`NOT ${contactWith(sql`${contacts.email} IS NOT NULL AND (${contacts.isPrimary} = 1 OR ${contacts.isBillingDefault} = 1)`)}`),
    sql`NOT ${contactWith(sql`trim(coalesce(${contacts.name}, '')) <> ''`)}`,
  );
  const rows = await ctx.db.select({
    c: clients, currency: sql<string | null>`coalesce(${clients.currency}, ${groups.currency}, ${workspaces.defaultCurrency})`,
  }).from(clients)
    .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .leftJoin(groups, eq(groups.id, clients.groupId))
    .where(and(live, lacking)).orderBy(sql`${clients.name} COLLATE NOCASE`, asc(clients.id)).limit(limit + 1);
  const ids = rows.map((r) => r.c.id);
  const people = ids.length ? await ctx.db.select().from(contacts).where(inArray(contacts.clientId, ids)) : [];
  const items = rows.map(({ c, currency }) => ({
    id: c.id, name: c.name,
    missing: missingForInvoicing(c, people.filter((p) => p.clientId === c.id), currency).map((m) => m.label),
  })).filter((i) => i.missing.length);
  return cut(items, limit);
}

async function listOpenQuotes(ctx: Ctx, where: SQL, limit: number): Promise<Attention['openQuotes']> {
  const rows = await ctx.db.select({ q: quotes, clientName: clients.name }).from(quotes)
    .innerJoin(clients, eq(clients.id, quotes.clientId))
    .where(and(eq(quotes.workspaceId, ctx.actor.workspaceId), eq(quotes.status, 'sent'), where))
    .orderBy(sql`${quotes.validUntil} ASC NULLS LAST`, asc(quotes.id)).limit(limit + 1);
  return cut(rows.map(({ q, clientName }) => ({
    id: q.id, number: q.number, title: q.title, clientId: q.clientId, clientName, amount: q.amountCents / 100, currency: q.currency, validUntil: q.validUntil,
  })), limit);
}

async function listUnpaid(ctx: Ctx, where: SQL, limit: number): Promise<Attention['unpaidInvoices']> {
  const today = ctx.now().toISOString().slice(0, 10);
  const rows = await ctx.db.select({ i: invoices, clientName: clients.name }).from(invoices)
    .innerJoin(clients, eq(clients.id, invoices.clientId))
    .where(and(eq(invoices.workspaceId, ctx.actor.workspaceId), eq(invoices.status, 'issued'), lt(invoices.amountPaidCents, invoices.amountCents), where))
    .orderBy(sql`${invoices.dueOn} ASC NULLS LAST`, asc(invoices.id)).limit(limit + 1);
  return cut(rows.map(({ i, clientName }) => ({
    id: i.id, number: i.number, clientId: i.clientId, clientName, currency: i.currency,
    outstanding: (i.amountCents - i.amountPaidCents) / 100, dueOn: i.dueOn, overdue: !!i.dueOn && i.dueOn < today,
  })), limit);
}

async function listUnreadMessages(ctx: Ctx, where: SQL, limit: number): Promise<Attention['unreadMessages']> {
  const lastAt = sql<number>`max(${messages.createdAt})`;
  const rows = await ctx.db.select({ clientId: clients.id, clientName: clients.name, unread: sql<number>`count(*)`, lastAt }).from(messages)
    .innerJoin(clients, eq(clients.id, messages.clientId))
    .where(and(eq(messages.workspaceId, ctx.actor.workspaceId), isNotNull(messages.authorContactId), isNull(messages.readByTeamAt), where))
    .groupBy(clients.id).orderBy(desc(lastAt), asc(clients.id)).limit(limit + 1);
  return cut(rows.map((r) => ({ clientId: r.clientId, clientName: r.clientName, unread: Number(r.unread), lastAt: new Date(Number(r.lastAt)).toISOString() })), limit);
}
