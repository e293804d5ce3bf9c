// A team message tells the client's portal contacts by email, batched: while an earlier team message of the last
// hour is still unread in the portal, the contacts already have an email about it and get no second one. The
// email lists the unread messages and links to the portal's Messages page.
import { and, asc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { members, messages, workspaces } from '../../db/schema';
import { renderTemplate } from '../../mail/render-email';
import { portalTargetsOfClient } from '../portal/portal-targets';
import { excerpt, NOTIFY_BATCH_MS } from './message-rules';
import { messagesUrl } from './message-views';

export async function notifyContacts(ctx: Ctx, m: { id: number; clientId: number; createdAt: Date }): Promise<string[]> {
  const ws = ctx.actor.workspaceId;
  const team = and(eq(messages.workspaceId, ws), eq(messages.clientId, m.clientId), isNotNull(messages.authorMemberId), isNull(messages.readByClientAt));
  const [earlier] = await ctx.db.select({ id: messages.id }).from(messages)
    .where(and(team, lt(messages.id, m.id), gte(messages.createdAt, new Date(m.createdAt.getTime() - NOTIFY_BATCH_MS)))).limit(1);
  if (earlier) return [];
  const targets = await portalTargetsOfClient(ctx.db, ws, m.clientId);
  if (!targets.length) return [];
  const unread = await ctx.db.select({ body: messages.body, author: members.name }).from(messages)
    .leftJoin(members, eq(members.id, messages.authorMemberId))
    .where(and(team, gte(messages.createdAt, new Date(m.createdAt.getTime() - 7 * 24 * NOTIFY_BATCH_MS))))
    .orderBy(asc(messages.id)).limit(20);
  const shown = unread.slice(-5).map((u) => ({ authorName: u.author ?? 'The team', body: excerpt(u.body, 500) }));
  const [{ name: workspaceName }] = await ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ws));
  const link = messagesUrl(ctx.config.publicUrl);
  const sent: string[] = [];
  for (const t of targets) {
    const props = { workspaceName, clientName: t.clientName, contactName: t.contactName, messages: shown, total: unread.length, link };
    const { html, text } = await renderTemplate('client-message', props);
    try {
      await ctx.mailer.send({
        to: t.email, subject: subjectOf(workspaceName, unread.length), html, text, links: [link],
        idempotencyKey: `client-message/${m.id}/${t.contactId}`, tags: { kind: 'client-message' },
      });
      sent.push(t.email);
    } catch (err) {
      ctx.log.warn({ err, messageId: m.id, contactId: t.contactId }, 'message notification not sent');
    }
  }
  return sent;
}

const subjectOf = (workspaceName: string, unread: number) =>
  (unread > 1 ? `${unread} new messages from ${workspaceName}` : `New message from ${workspaceName}`);
