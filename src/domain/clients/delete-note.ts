// Deletes one note of a client ("delete the last note on Acme", "remove the note about the Friday call"): its
// author, an owner or an admin may; undoing it puts the note back as it was, with its date and author.
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor, Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { notes } from '../../db/schema';
import { Ambiguous, NotFound } from '../../errors';
import { ADMIN_ROLES, actorMemberId, requireClientAccess, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { clipNote } from './add-note';
import { buildClientView } from './get-client-view';
import { resolveClient } from './resolve-client';
import type { ClientView } from './views';
import { escapeLike } from '../normalize/escape-like';

export const DeleteNoteInput = z.object({
  client: Ref,
  /** "last" (the newest), "the note" (the only one), the note's number, or words from it. */
  note: z.union([z.string(), z.number()], { error: 'say which note: "last", its number, or words from it' }),
});

type NoteRow = typeof notes.$inferSelect;
const LATEST = /^(?:the\s+)?(?:last|latest|newest|most recent|recent)(?:\s+(?:one|note))?$/i;
const ONLY = /^(?:the\s+)?(?:only\s+)?(?:note|one)$/i;

async function resolveNote(db: DbOrTx, ctx: Ctx, clientId: number, ref: string | number): Promise<NoteRow> {
  const text = String(ref).trim();
  const scope = and(eq(notes.workspaceId, ctx.actor.workspaceId), eq(notes.clientId, clientId));
  const id = /^(?:id:|#)?(\d+)$/i.exec(text)?.[1];
  const newest = (n: number) => db.select().from(notes).where(scope).orderBy(desc(notes.createdAt), desc(notes.id)).limit(n);
  // "the note": the client's one note, or a question listing them.
  const rows = LATEST.test(text) || !text ? await newest(1) : ONLY.test(text) ? await newest(11)
    : id ? await db.select().from(notes).where(and(scope, eq(notes.id, Number(id)))).limit(1)
      : await db.select().from(notes).where(and(scope, sql`lower(${notes.body}) LIKE ${`%${escapeLike(text.toLowerCase())}%`} ESCAPE '\\'`))
        .orderBy(desc(notes.createdAt)).limit(11);
  if (rows.length === 1) return rows[0];
  if (!rows.length) throw new NotFound('note', text);
  throw new Ambiguous('note', text, rows.slice(0, 10).map((n) => ({ id: n.id, label: clipNote(n.body), detail: n.createdAt.toISOString().slice(0, 10) })));
}

/** Who may delete a note (and delete it again by redoing): its author, an owner or an admin. */
export function requireNoteDeleter(actor: Actor, authorId: number | null | undefined): void {
  if (authorId == null || authorId !== actorMemberId(actor)) requireRole(actor, ADMIN_ROLES, "delete another person's note");
}

export async function deleteNote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ note: { id: number; body: string }; client: ClientView; activityId: number }> {
  const actor = requireClientAccess(ctx.actor);
  const d = parseInput(DeleteNoteInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, d.client);
    const note = await resolveNote(tx, ctx, client.id, d.note);
    requireNoteDeleter(actor, note.authorId);
    await tx.delete(notes).where(and(eq(notes.workspaceId, ctx.actor.workspaceId), eq(notes.id, note.id)));
    const now = ctx.now();
    const activityId = await recordActivity(tx, ctx, {
      verb: 'note.deleted', entityType: 'note', entityId: note.id, clientId: client.id,
      summary: `Deleted a note of ${client.name}: ${clipNote(note.body)}`,
      before: { note: { ...note, createdAt: note.createdAt.toISOString() } }, after: null,
    });
    return { note: { id: note.id, body: note.body }, client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId };
  });
}

/** What a confirmation shows and pins: which note of which client, in its words. */
export async function describeNoteToDelete(ctx: Ctx, input: unknown): Promise<{ noteId: number; noteText: string; clientName: string }> {
  requireClientAccess(ctx.actor);
  const d = parseInput(DeleteNoteInput, input);
  const client = await resolveClient(ctx.db, ctx, d.client);
  const note = await resolveNote(ctx.db, ctx, client.id, d.note);
  return { noteId: note.id, noteText: clipNote(note.body), clientName: client.name };
}
