// The client's own history an outreach email is grounded in. loadOutreachHistory reads it; outreachFacts is pure
// (the agent can hand its result to a model); composeOutreach writes the offline draft and names those facts.
// Only what the client may see goes in (projects, invoices, last contact, industry): notes are the team's own
// and never reach the draft or the model writing it.
import { and, desc, eq, isNull, notInArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { activities, contacts, invoices, projects, workspaces } from '../../db/schema';
import type { ClientRow } from '../clients/resolve-client';

type ContactRow = typeof contacts.$inferSelect;
export type OutreachHistory = {
  client: ClientRow;
  workspaceName: string;
  primary: ContactRow | null;
  projects: Array<{ name: string; status: string; updatedAt: Date | null; createdAt: Date }>;
  invoices: Array<{ amountCents: number; currency: string; issuedOn: string | null; status: string }>;
  lastActivityAt: Date | null;
};

export async function loadOutreachHistory(db: DbOrTx, ctx: Ctx, client: ClientRow): Promise<OutreachHistory> {
  const ws = ctx.actor.workspaceId;
  const of = (t: { workspaceId: SQLiteColumn; clientId: SQLiteColumn }) => and(eq(t.workspaceId, ws), eq(t.clientId, client.id));
  const [w] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ws));
  const [primary] = await db.select().from(contacts).where(and(of(contacts), eq(contacts.isPrimary, true))).limit(1);
  const [last] = await db.select({ at: activities.createdAt }).from(activities)
    .where(and(eq(activities.workspaceId, ws), eq(activities.clientId, client.id), isNull(activities.undoneAt),
      // Drafting or reading the website is not contact with the client; nor is a portal link anyone can ask for.
      notInArray(activities.verb, ['outreach.drafted', 'outreach.edited', 'client.enriched', 'portal.link_sent']))).orderBy(desc(activities.id)).limit(1);
  return {
    client,
    workspaceName: w?.name ?? 'our studio',
    primary: primary ?? null,
    projects: await db.select({ name: projects.name, status: projects.status, updatedAt: projects.updatedAt, createdAt: projects.createdAt })
      .from(projects).where(of(projects)).orderBy(desc(projects.id)).limit(10),
    invoices: await db.select({ amountCents: invoices.amountCents, currency: invoices.currency, issuedOn: invoices.issuedOn, status: invoices.status })
      .from(invoices).where(of(invoices)).orderBy(desc(invoices.id)).limit(50),
    lastActivityAt: last?.at ?? client.lastActivityAt ?? null,
  };
}

export type OutreachFacts = {
  clientName: string;
  contactName: string | null;
  contactEmail: string | null;
  status: string;
  industry: string | null;
  workspaceName: string;
  projects: string[];
  lastProject: string | null;
  invoiceCount: number;
  totalInvoiced: string | null;
  lastInvoiceDate: string | null;
  lastContactDate: string | null;
};

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(cents / 100);

/** Pure: the facts, formatted for people and models. */
export function outreachFacts(h: OutreachHistory): OutreachFacts {
  const billed = h.invoices.filter((i) => i.status === 'issued' || i.status === 'paid');
  const currencies = [...new Set(billed.map((i) => i.currency))];
  const total = billed.reduce((s, i) => s + i.amountCents, 0);
  const lastInvoice = billed.map((i) => i.issuedOn).filter(Boolean).sort().at(-1) ?? null;
  return {
    clientName: h.client.name,
    contactName: h.primary?.name ?? null,
    contactEmail: h.primary?.email ?? null,
    status: h.client.status,
    industry: h.client.industry,
    workspaceName: h.workspaceName,
    projects: h.projects.map((p) => p.name),
    lastProject: h.projects[0]?.name ?? null,
    invoiceCount: billed.length,
    totalInvoiced: billed.length && currencies.length === 1 ? money(total, currencies[0]) : null,
    lastInvoiceDate: lastInvoice,
    lastContactDate: day(h.lastActivityAt),
  };
}

/** The facts as lines a model can be given ("write from these, invent nothing"). */
export const factsAsText = (f: OutreachFacts): string => [
  `Client: ${f.clientName}${f.industry ? ` (${f.industry})` : ''}`,
  `Primary contact: ${f.contactName ?? 'unknown name'} <${f.contactEmail ?? 'no email'}>`,
  f.projects.length ? `Projects: ${f.projects.join('; ')}` : 'Projects: none recorded',
  `Invoices: ${f.invoiceCount}${f.totalInvoiced ? `, ${f.totalInvoiced} in total` : ''}${f.lastInvoiceDate ? `, last on ${f.lastInvoiceDate}` : ''}`,
  `Last contact or activity: ${f.lastContactDate ?? 'unknown'}`,
].join('\n');
