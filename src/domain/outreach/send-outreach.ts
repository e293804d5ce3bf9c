// sendOutreach (confirmed by the person first): sends a draft through the mailer to the client's primary contact,
// at the address stored on the contact, once (idempotency key outreach/<draftId>); the send is in the history.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { toParagraphs } from '../../../emails/outreach';
import type { Ctx } from '../../context';
import { contacts, members, outreachDrafts, workspaces } from '../../db/schema';
import { Conflict } from '../../errors';
import { renderTemplate } from '../../mail/render-email';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { getClientOrThrow } from '../clients/resolve-client';
import { parseInput } from '../normalize/parse-input';
import { loadDraft } from './load-draft';

export const SendOutreachInput = z.object({ draftId: z.coerce.number().int().positive() });

export async function sendOutreach({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const { draftId } = parseInput(SendOutreachInput, input);
  requireClientAccess(ctx.actor);
  const draft = await loadDraft(ctx.db, ctx, draftId);
  const client = await getClientOrThrow(ctx.db, ctx, draft.clientId);
  const [to] = await ctx.db.select().from(contacts)
    .where(and(eq(contacts.clientId, client.id), eq(contacts.isPrimary, true))).limit(1);
  if (!to?.email) throw new Conflict(`${client.name} has no primary contact with an email address.`);
  const [w] = await ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.actor.workspaceId));
  const [sender] = ctx.actor.kind === 'member'
    ? await ctx.db.select({ name: members.name, email: members.email }).from(members).where(eq(members.id, ctx.actor.memberId))
    : [];
  const { html, text } = await renderTemplate('outreach', {
    subject: draft.subject, paragraphs: toParagraphs(draft.body), senderName: sender?.name ?? ctx.actor.name,
    senderEmail: sender?.email ?? null, workspaceName: w?.name ?? '',
  });
  // Sent before the row is marked: a failure leaves a draft to retry, and the key makes the retry send nothing twice.
  const sent = await ctx.mailer.send({
    to: to.email, subject: draft.subject, html, text, idempotencyKey: `outreach/${draft.id}`, tags: { kind: 'outreach' },
  });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(outreachDrafts).set({ status: 'sent', sentAt: ctx.now(), updatedAt: ctx.now(), contactId: to.id })
      .where(and(eq(outreachDrafts.id, draft.id), eq(outreachDrafts.status, 'draft'))).returning();
    if (!row) return { draft: { ...draft }, to: to.email, messageId: sent.id, activityId: null, alreadySent: true };
    const activityId = await recordActivity(tx, ctx, {
      verb: 'outreach.sent', entityType: 'outreach', entityId: draft.id, clientId: client.id,
      summary: `Sent "${draft.subject}" to ${to.name ? `${to.name} <${to.email}>` : to.email}`,
      after: { to: to.email, subject: draft.subject, messageId: sent.id },
    });
    return { draft: row, to: to.email, messageId: sent.id, activityId, alreadySent: false };
  });
}
