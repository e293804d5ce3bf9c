// A member's clients handed to a teammate (or to no owner) when the member is removed, so clients are not left with
// an owner who is gone. The removal's activity row keeps which clients went to whom, so its undo can give back
// exactly those still with the one they were handed to.
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { clients, followUps, members } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { mayOwnClients } from './client-owner-rule';

/** What the removal's activity row records of a hand-over (`to` null: the clients were left with no owner). */
export type HandedClients = { to: number | null; toName: string | null; clientIds: number[] };

/** The clients can only go to someone still in the team, other than the member leaving it. */
export class InvalidHandOver extends InvalidInput {
  constructor(message: string) {
    super([{ field: 'reassignTo', message }], message);
  }
}

/** How many clients (archived ones too) the member owns; the Team page says so before a removal. */
export async function countOwnedClients(db: DbOrTx, ctx: Ctx, memberId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(clients)
    .where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.ownerId, memberId)));
  return row?.n ?? 0;
}

type Teammate = { id: number; name: string | null; email: string | null; removedAt?: Date | null };

/**
 * Why `m` cannot take over the clients of the member leaving, or null: anyone who may own clients (mayOwnClients, any
 * active teammate whatever their role) but the one leaving. The Team page's select lists exactly those this accepts.
 */
export function handOverRefusal(m: Teammate, leaving: { id: number; label: string }): string | null {
  if (m.id === leaving.id) return `${leaving.label} is the one leaving the team; hand their clients to someone else.`;
  if (!mayOwnClients(m)) return `${m.name ?? m.email ?? `member ${m.id}`} was removed from the team, so cannot take over clients.`;
  return null;
}

/** The member to hand the clients to: one of the actor's workspace that handOverRefusal accepts. */
export async function handOverTarget(db: DbOrTx, ctx: Ctx, to: number, leaving: { id: number; label: string }) {
  const [m] = await db.select().from(members).where(and(eq(members.workspaceId, ctx.actor.workspaceId), eq(members.id, to))).limit(1);
  const refusal = handOverRefusal(m ?? { id: to, name: null, email: null }, leaving);
  if (refusal) throw new InvalidHandOver(refusal);
  if (!m) throw new InvalidHandOver(`No one in this team has the member id ${to}; hand the clients to a current team member.`);
  return { id: m.id, label: m.name ?? m.email ?? `member ${m.id}` };
}

/** Moves every client `from` owns to `to` (null: no owner); what moved, for the activity row. */
export async function handOverClients(tx: DbOrTx, ctx: Ctx, from: number, to: { id: number; label: string } | null, now: Date): Promise<HandedClients> {
  const ws = eq(clients.workspaceId, ctx.actor.workspaceId);
  const owned = await tx.select({ id: clients.id }).from(clients).where(and(ws, eq(clients.ownerId, from)));
  const clientIds = owned.map((c) => c.id);
  if (clientIds.length) await tx.update(clients).set({ ownerId: to?.id ?? null, updatedAt: now }).where(and(ws, inArray(clients.id, clientIds)));
  return { to: to?.id ?? null, toName: to?.label ?? null, clientIds };
}

/** Moves the open follow-ups `from` was to do to `to` (null: no one), with the clients, so none waits on someone gone. */
export async function handOverFollowUps(tx: DbOrTx, ctx: Ctx, from: number, to: number | null): Promise<number[]> {
  const mine = and(eq(followUps.workspaceId, ctx.actor.workspaceId), eq(followUps.ownerId, from), isNull(followUps.doneAt));
  const ids = (await tx.select({ id: followUps.id }).from(followUps).where(mine)).map((f) => f.id);
  if (ids.length) await tx.update(followUps).set({ ownerId: to }).where(and(mine, inArray(followUps.id, ids)));
  return ids;
}
