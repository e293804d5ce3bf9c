// What sending a draft would send now: the recipient (the client's primary contact, as sendOutreach picks it),
// subject and body. A confirmation pins these, so an edit or a new address after the click sends nothing.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { contacts } from '../../db/schema';
import { requireClientAccess } from '../access';
import { loadDraft } from './load-draft';

export async function outreachEnvelope(ctx: Ctx, draftId: number) {
  requireClientAccess(ctx.actor);
  const draft = await loadDraft(ctx.db, ctx, draftId);
  const [to] = await ctx.db.select({ name: contacts.name, email: contacts.email }).from(contacts)
    .where(and(eq(contacts.clientId, draft.clientId), eq(contacts.isPrimary, true))).limit(1);
  const address = to?.email ? (to.name ? `${to.name} <${to.email}>` : to.email) : null;
  return { to: address, subject: draft.subject, body: draft.body };
}
