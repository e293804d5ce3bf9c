// Loads everything a client card shows: fields, resolved settings with their source, contacts, ledger, notes,
// and what is still missing for invoicing. Scoped to the actor's workspace (another workspace's id is NotFound).
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { contacts, groups, invoices, members, notes, projects } from '../../db/schema';
import { toContactView } from '../contacts/contact-view';
import { totalsOf } from '../ledger/money-totals';
import { isVoidable } from '../ledger/voidable';
import { listOpenFollowUps } from '../follow-ups/follow-up-views';
import { listClientQuotes } from '../quotes/quote-views';
import { resolveClientSettings } from '../settings/resolve-settings';
import { clientDetails } from './client-columns';
import { missingForInvoicing } from './missing-for-invoicing';
import { getClientOrThrow, type ClientRow } from './resolve-client';
import type { ClientView } from './views';

const units = (cents: number | null | undefined) => Math.round(Number(cents ?? 0)) / 100;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function getClientView(db: DbOrTx, ctx: Ctx, clientId: number): Promise<ClientView> {
  const c = await getClientOrThrow(db, ctx, clientId);
  return buildClientView(db, ctx, c);
}

export async function buildClientView(db: DbOrTx, ctx: Ctx, c: ClientRow): Promise<ClientView> {
  const ws = ctx.actor.workspaceId;
  const [settings, contactRows, projectRows, invoiceRows, noteRows, owner, group, quoteViews, followUpViews] = await Promise.all([
    resolveClientSettings(db, ctx, c),
    db.select().from(contacts).where(and(eq(contacts.workspaceId, ws), eq(contacts.clientId, c.id)))
      .orderBy(desc(contacts.isPrimary), asc(contacts.id)),
    db.select({ id: projects.id, name: projects.name, status: projects.status }).from(projects)
      .where(and(eq(projects.workspaceId, ws), eq(projects.clientId, c.id))).orderBy(asc(projects.id)),
    db.select().from(invoices).where(and(eq(invoices.workspaceId, ws), eq(invoices.clientId, c.id))).orderBy(desc(invoices.id)),
    db.select({ id: notes.id, body: notes.body, createdAt: notes.createdAt, author: members.name }).from(notes)
      .leftJoin(members, eq(members.id, notes.authorId))
      .where(and(eq(notes.workspaceId, ws), eq(notes.clientId, c.id))).orderBy(asc(notes.createdAt), asc(notes.id)),
    c.ownerId ? db.select({ name: members.name, email: members.email }).from(members)
      .where(and(eq(members.workspaceId, ws), eq(members.id, c.ownerId))).limit(1) : Promise.resolve([]),
    c.groupId ? db.select({ name: groups.name }).from(groups)
      .where(and(eq(groups.workspaceId, ws), eq(groups.id, c.groupId))).limit(1) : Promise.resolve([]),
    listClientQuotes(db, ctx, c.id),
    listOpenFollowUps(db, ws, ctx.now(), { clientId: c.id }),
  ]);
  const contactViews = contactRows.map(toContactView);
  return {
    id: c.id,
    number: c.number,
    ...clientDetails(c),
    archived: !!c.archivedAt,
    city: c.city,
    country: c.country,
    ownerName: owner[0] ? (owner[0].name ?? owner[0].email) : null,
    totals: totalsOf(invoiceRows),
    currency: settings.currency.value,
    lastActivityAt: iso(c.lastActivityAt),
    createdAt: c.createdAt.toISOString(),
    currencySource: settings.currency.source,
    paymentTerms: settings.paymentTerms.value,
    paymentTermsSource: settings.paymentTerms.source,
    reminderTone: settings.reminderTone.value,
    reminderToneSource: settings.reminderTone.source,
    ownerId: c.ownerId,
    groupName: group[0]?.name ?? null,
    portalEnabled: c.portalEnabled,
    enrichmentState: c.enrichmentState,
    missingForInvoicing: missingForInvoicing(c, contactRows, settings.currency.value),
    primaryContact: contactViews.find((x) => x.isPrimary) ?? null,
    contacts: contactViews,
    projects: projectRows,
    invoices: invoiceRows.map((i) => ({
      id: i.id, number: i.number, amount: units(i.amountCents), amountPaid: units(i.amountPaidCents),
      currency: i.currency, status: i.status, issuedOn: i.issuedOn, dueOn: i.dueOn, sentAt: i.sentAt?.toISOString() ?? null, sentTo: i.sentTo,
      voidable: isVoidable(i),
    })),
    invoiceCount: invoiceRows.length,
    notes: noteRows.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt.toISOString(), author: n.author ?? null })),
    quotes: quoteViews,
    followUps: followUpViews,
  };
}

