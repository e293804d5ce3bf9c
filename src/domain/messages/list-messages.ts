// listMessages: a client's thread. A portal contact reads their own client's (and thereby reads the team's
// messages, which ends the email batch, unless it only peeks, as the portal overview does); the team names the client
// and thereby reads the client's messages it was shown, for the whole team (unless it peeks).
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, messages } from '../../db/schema';
import { NotFound } from '../../errors';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { markReadByTeam } from './mark-read';
import { listThread, type ThreadPage } from './message-views';

export const ListMessagesInput = z.object({ client: Ref.optional(), limit: z.coerce.number().int().min(1).max(500).optional(),
  peek: z.boolean().optional() });

export type MessageThread = ThreadPage & { client: { id: number; name: string } };

export async function listMessages({ ctx, input }: { ctx: Ctx; input?: unknown }): Promise<MessageThread> {
  const data = parseInput(ListMessagesInput, input);
  const ws = ctx.actor.workspaceId;
  if (ctx.actor.kind === 'contact' && ctx.actor.channel === 'portal') {
    const me = ctx.actor;
    const [client] = await ctx.db.select({ id: clients.id, name: clients.name }).from(clients)
      .where(and(eq(clients.id, me.clientId), eq(clients.workspaceId, ws)));
    if (!client) throw new NotFound('client');
    if (!data.peek) await ctx.db.update(messages).set({ readByClientAt: ctx.now() }).where(and(
      eq(messages.workspaceId, ws), eq(messages.clientId, client.id), isNotNull(messages.authorMemberId), isNull(messages.readByClientAt)));
    return { client, ...(await listThread(ctx.db, ws, client.id, data.limit)) };
  }
  requireClientAccess(ctx.actor);
  if (data.client === undefined) throw new NotFound('client');
  const client = await resolveClient(ctx.db, ctx, data.client);
  const thread = await listThread(ctx.db, ws, client.id, data.limit);
  // A team member has now seen these (and only these) of the client's messages; the page still shows them as new.
  if (!data.peek) await markReadByTeam(ctx.db, ws, client.id, ctx.now(), { ids: thread.messages.filter((m) => m.unreadByTeam).map((m) => m.id) });
  return { client: { id: client.id, name: client.name }, ...thread };
}
