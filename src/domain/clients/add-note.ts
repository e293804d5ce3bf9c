// Appends a dated note to a client; earlier notes are never replaced.
import { z } from 'zod';
import type { Ctx } from '../../context';
import { notes } from '../../db/schema';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { buildClientView } from './get-client-view';
import { resolveClient } from './resolve-client';
import type { ClientView } from './views';

/** A note as a history line or a confirmation quotes it: its first 80 characters. */
export const clipNote = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

export const AddNoteInput = z.object({
  client: Ref,
  text: z.string({ error: 'is required' }).trim().min(1, 'is required').max(10_000, 'is longer than 10000 characters'),
});

export async function addNote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{
  note: { id: number; body: string; createdAt: string }; client: ClientView; activityId: number;
}> {
  requireClientAccess(ctx.actor);
  const { client: ref, text } = parseInput(AddNoteInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, ref);
    const now = ctx.now();
    const [note] = await tx.insert(notes).values({
      workspaceId: ctx.actor.workspaceId, clientId: client.id, body: text, authorId: actorMemberId(ctx.actor), createdAt: now,
    }).returning();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'note.added', entityType: 'note', entityId: note.id, clientId: client.id,
      summary: `Added a note to ${client.name}: ${clipNote(text)}`, before: null, after: { body: text },
    });
    return {
      note: { id: note.id, body: note.body, createdAt: note.createdAt.toISOString() },
      client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId,
    };
  });
}
