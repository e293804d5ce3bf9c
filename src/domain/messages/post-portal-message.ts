// postPortalMessage: a signed-in portal contact writes in their own client's thread (never another's: the client
// comes from the session, not the input). Rate-limited per contact; mirrored into Slack when that is on.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients } from '../../db/schema';
import { NotFound } from '../../errors';
import { parseInput } from '../normalize/parse-input';
import { requireContact } from '../portal/portal-actor';
import { takeMessageBudget } from './message-rate';
import { MessageBody, PORTAL_MESSAGES_PER_HOUR } from './message-rules';
import type { MessageView } from './message-views';
import { mirrorMessage } from './mirror-message';
import { saveMessage, viewOf } from './save-message';

export const PostPortalMessageInput = z.object({ text: MessageBody });

export async function postPortalMessage({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ message: MessageView; mirrored: boolean }> {
  const me = requireContact(ctx.actor);
  const data = parseInput(PostPortalMessageInput, input);
  const { client, row } = await ctx.db.transaction(async (tx) => {
    const [client] = await tx.select({ id: clients.id, name: clients.name }).from(clients)
      .where(and(eq(clients.id, me.clientId), eq(clients.workspaceId, me.workspaceId)));
    if (!client) throw new NotFound('client');
    await takeMessageBudget(tx, me.contactId, ctx.now(), PORTAL_MESSAGES_PER_HOUR);
    const saved = await saveMessage(tx, ctx, { client, body: data.text, author: { memberId: null, contactId: me.contactId, name: me.name } });
    return { client, row: saved!.row };
  });
  const mirrored = await mirrorMessage(ctx, { id: row.id, clientId: client.id });
  return { message: viewOf(row, me.name), mirrored };
}
