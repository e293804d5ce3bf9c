// Undo of the quote verbs. A draft goes away; a send takes the quote out of the portal (the email is out, but
// nobody can accept it any more); a client's decision is set back to waiting, and the project an acceptance
// started is removed with it, unless it has been invoiced since.
import { and, eq, ne } from 'drizzle-orm';
import { invoices, projects, quotes } from '../../db/schema';
import { Conflict } from '../../errors';
import type { UndoHandler } from './undo-handlers';

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

const scopeOf = (act: { workspaceId: number; entityId: number | null }) => and(eq(quotes.workspaceId, act.workspaceId), eq(quotes.id, act.entityId!))!;

const loadQuote = async (j: Parameters<UndoHandler>[0], act: Parameters<UndoHandler>[1]) => {
  const [quote] = await j.tx.select().from(quotes).where(scopeOf(act)).limit(1);
  if (!quote) throw new Conflict('That quote no longer exists.');
  return quote;
};

const undoDecision: UndoHandler = async (j, act, now) => {
  const quote = await loadQuote(j, act);
  const projectId = obj(act.after).projectId;
  await j.update(quotes, scopeOf(act), { status: 'sent', comment: null, decidedAt: null, decidedByContactId: null, projectId: null, updatedAt: now });
  if (typeof projectId !== 'number') return;
  const scope = and(eq(projects.workspaceId, act.workspaceId), eq(projects.id, projectId))!;
  const [billed] = await j.tx.select({ number: invoices.number }).from(invoices)
    .where(and(eq(invoices.workspaceId, act.workspaceId), eq(invoices.projectId, projectId), ne(invoices.status, 'void'))).limit(1);
  if (billed) throw new Conflict(`${billed.number} was issued for the project ${quote.title} since, so accepting ${quote.number} can no longer be undone.`);
  await j.delete(projects, scope);
};

export const UNDO_QUOTES: Record<string, UndoHandler> = {
  'quote.created': async (j, act) => {
    const quote = await loadQuote(j, act);
    if (quote.status !== 'draft') throw new Conflict(`${quote.number} was sent since, so creating it can no longer be undone.`);
    await j.delete(quotes, scopeOf(act));
  },
  'quote.sent': async (j, act, now) => {
    const quote = await loadQuote(j, act);
    if (quote.status !== 'sent') throw new Conflict(`${quote.number} was ${quote.status} since, so sending it can no longer be undone.`);
    const before = obj(act.before);
    const sentAt = typeof before.sentAt === 'string' ? new Date(before.sentAt) : null;
    await j.update(quotes, scopeOf(act), { status: before.status === 'sent' ? 'sent' : 'draft', sentAt, updatedAt: now });
  },
  'quote.accepted': undoDecision,
  'quote.declined': undoDecision,
};
