// postTeamMessage (the messageClient tool, the client page's reply box): a team member writes in the client's
// thread. The portal contacts are told by email (batched) and the message is mirrored into Slack when that is on.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { MessageBody } from './message-rules';
import type { MessageView } from './message-views';
import { mirrorMessage } from './mirror-message';
import { notifyContacts } from './notify-contacts';
import { saveMessage, viewOf } from './save-message';

export const PostTeamMessageInput = z.object({ client: Ref, text: MessageBody });

export type PostedMessage = { message: MessageView; client: { id: number; name: string }; emailed: string[]; mirrored: boolean };

export async function postTeamMessage({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<PostedMessage> {
  const actor = requireClientAccess(ctx.actor);
  const data = parseInput(PostTeamMessageInput, input);
  const author = { memberId: actor.kind === 'member' ? actor.memberId : null, contactId: null, name: actor.name };
  const { client, row } = await ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    if (client.archivedAt) throw new Conflict(`${client.name} is archived: its contacts cannot sign in to read messages. Unarchive it first.`);
    const saved = await saveMessage(tx, ctx, { client, body: data.text, author });
    return { client, row: saved!.row };
  });
  const emailed = await notifyContacts(ctx, row);
  const mirrored = await mirrorMessage(ctx, { id: row.id, clientId: client.id });
  return { message: viewOf(row, actor.name), client: { id: client.id, name: client.name }, emailed, mirrored };
}
