// Undo of team changes. A role change gives back the role before; an invitation is taken back (the invited member
// and their sign-in links go, so the emailed link no longer works) while the invitee has not joined; a removal
// brings the member back with the role they had (their ended sessions stay ended: they sign in again; a redo marks
// them removed again, and a session begun meanwhile dies with it, since sessions refuse removed members), with the
// clients and open follow-ups the removal handed over that are still with the one they went to (a later owner change
// stands). Who may do each is authorise-undo (the rules of setMemberRole, inviteMember and removeMember); that the
// workspace keeps an owner is checked after any member undo or redo (guardLastOwner), since a redo replays the journal
// only.
// The confirmations a removal cancelled stay cancelled on its undo (they were asked before the removal and would
// be approved with no one having looked again; the member, back, asks again), and the undo's summary says so; a
// redo cancels those asked for meanwhile, as the removal did (AFTER_REDO).
import { and, count, eq, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Ctx, Role } from '../../context';
import type { Tx } from '../../db/client';
import { MEMBER_ROLES } from '../../db/enums';
import { clients, followUps, members, sessions, signInTokens } from '../../db/schema';
import { Conflict } from '../../errors';
import { cancelRemovedMemberApprovals } from '../approvals/approval-rows';
import type { UndoAct, UndoHandler } from './undo-handlers';

type MemberRow = typeof members.$inferSelect;

/** The role recorded on a member activity's before or after, or null when there is none. */
export const roleOf = (v: unknown): Role | null => {
  const role = v && typeof v === 'object' ? (v as { role?: unknown }).role : undefined;
  return MEMBER_ROLES.includes(role as Role) ? (role as Role) : null;
};
const labelOf = (m: MemberRow) => m.name ?? m.email ?? `member ${m.id}`;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The clients a removal handed over (its activity row's after.handedClients), or null. */
const handedOf = (after: unknown): { to: number | null; clientIds: number[] } | null => {
  const h = after && typeof after === 'object' ? (after as { handedClients?: { to?: unknown; clientIds?: unknown } }).handedClients : undefined;
  if (!h || !Array.isArray(h.clientIds) || !h.clientIds.length) return null;
  return { to: typeof h.to === 'number' ? h.to : null, clientIds: h.clientIds.filter((id): id is number => typeof id === 'number') };
};

async function loadMember(tx: Tx, act: UndoAct) {
  const scope = and(eq(members.workspaceId, act.workspaceId), eq(members.id, act.entityId ?? -1))!;
  const [m] = await tx.select().from(members).where(scope).limit(1);
  if (!m) throw new Conflict('That team member is no longer in the workspace, so this cannot be undone.');
  return { m, scope };
}

/** Joined: signed in with a link, has a session, or is linked to a Slack user; for someone invited back, since then. */
async function hasJoined(tx: Tx, m: MemberRow, since: Date | null): Promise<boolean> {
  if (m.slackUserId && !since) return true;
  const [used] = await tx.select({ id: signInTokens.id }).from(signInTokens)
    .where(and(eq(signInTokens.memberId, m.id), since ? gt(signInTokens.usedAt, since) : isNotNull(signInTokens.usedAt))).limit(1);
  const [session] = await tx.select({ id: sessions.id }).from(sessions)
    .where(and(eq(sessions.memberId, m.id), since ? gt(sessions.createdAt, since) : undefined)).limit(1);
  return !!(used || session);
}

/** When an invitation brought back someone removed earlier, the time they had been removed (else null). */
const removedBefore = (act: UndoAct): Date | null => {
  const at = act.before && typeof act.before === 'object' ? (act.before as { removedAt?: unknown }).removedAt : null;
  return typeof at === 'string' ? new Date(at) : null;
};

export const UNDO_MEMBERS: Record<string, UndoHandler> = {
  'member.role_changed': async (j, act, now) => {
    const before = roleOf(act.before);
    const after = roleOf(act.after);
    if (!before || !after) throw new Conflict('This role change did not record the roles, so it cannot be undone.');
    const { m, scope } = await loadMember(j.tx, act);
    if (m.role !== after) throw new Conflict(`${labelOf(m)} is ${m.role} now, not ${after}; change the role by hand instead.`);
    await j.update(members, scope, { role: before, updatedAt: now });
  },
  'member.invited': async (j, act, now) => {
    const { m, scope } = await loadMember(j.tx, act);
    const removedAt = removedBefore(act);
    if (removedAt) {
      // Invited back after a removal: removed again, as before, and the new link ends; the row and history stay.
      await j.update(signInTokens, and(eq(signInTokens.memberId, m.id), isNull(signInTokens.usedAt))!, { usedAt: now });
      await j.update(members, scope, { removedAt, role: roleOf(act.before) ?? m.role, updatedAt: now });
      return;
    }
    await j.delete(signInTokens, eq(signInTokens.memberId, m.id));
    await j.delete(members, scope);
  },
  'member.removed': async (j, act, now) => {
    const role = roleOf(act.before);
    if (!role) throw new Conflict('This removal did not record the role, so it cannot be undone.');
    const { m, scope } = await loadMember(j.tx, act);
    if (!m.removedAt) throw new Conflict(`${labelOf(m)} is already back in the team.`);
    await j.update(members, scope, { removedAt: null, role, updatedAt: now });
    const handed = handedOf(act.after);
    if (handed) {
      const stillThere = handed.to === null ? isNull(clients.ownerId) : eq(clients.ownerId, handed.to);
      await j.update(clients, and(eq(clients.workspaceId, act.workspaceId), inArray(clients.id, handed.clientIds), stillThere)!, {
        ownerId: m.id, updatedAt: now,
      });
    }
    const follow = (act.after as { handedFollowUps?: { to?: unknown; ids?: unknown } } | null)?.handedFollowUps;
    if (follow && Array.isArray(follow.ids) && follow.ids.length) {
      // Those still with the one they went to (one handed on again since stays where it is).
      const ids = follow.ids.filter((id): id is number => typeof id === 'number');
      const stillThere = typeof follow.to === 'number' ? eq(followUps.ownerId, follow.to) : isNull(followUps.ownerId);
      await j.update(followUps, and(eq(followUps.workspaceId, act.workspaceId), inArray(followUps.id, ids), stillThere)!, { ownerId: m.id });
    }
    const cancelled = (act.after as { approvalsCancelled?: unknown[] } | null)?.approvalsCancelled?.length ?? 0;
    if (cancelled) return `${cancelled === 1 ? 'the confirmation' : `the ${cancelled} confirmations`} it cancelled ${cancelled === 1 ? 'stays' : 'stay'} cancelled; ${labelOf(m)} can ask again`;
  },
};

/** After a redo (a journal replay): what the change did outside the journal, done again; a note for its summary, if any. */
export const AFTER_REDO: Record<string, (tx: Tx, ctx: Ctx, act: UndoAct, now: Date) => Promise<string | undefined>> = {
  'member.removed': async (tx, ctx, act, now) => {
    const { m } = await loadMember(tx, act);
    const n = (await cancelRemovedMemberApprovals(tx, ctx, { id: m.id, who: labelOf(m) }, now)).length;
    return n ? `and cancelled ${n === 1 ? 'the confirmation' : `the ${n} confirmations`} they had asked for since` : undefined;
  },
};

/** Refusals for taking a change back, checked both on its first undo and when undoing its redo (a journal replay). */
export const BEFORE_UNDO: Record<string, (tx: Tx, act: UndoAct & { createdAt: Date }) => Promise<void>> = {
  'member.invited': async (tx, act) => {
    const { m } = await loadMember(tx, act);
    const invitedBack = !!removedBefore(act);
    if (await hasJoined(tx, m, invitedBack ? act.createdAt : null)) {
      throw new Conflict(`${labelOf(m)} already joined, so the invitation can no longer be taken back; change their role instead.`);
    }
    // Removed again, they keep the clients they owned (as a removal does); only a new member's row would go.
    if (invitedBack) return;
    // Removing the member would silently take them off clients they were put in charge of meanwhile.
    const [{ n }] = await tx.select({ n: count() }).from(clients).where(and(eq(clients.workspaceId, act.workspaceId), eq(clients.ownerId, m.id)));
    if (n) throw new Conflict(`${labelOf(m)} is the owner of ${plural(n, 'client')} now; give ${n === 1 ? 'it' : 'them'} another owner first.`);
  },
};

/** Counts the owners now; the returned check refuses (Conflict) if the workspace had one and has none left. */
export async function guardLastOwner(tx: Tx, workspaceId: number): Promise<() => Promise<void>> {
  const owners = async () => (await tx.select({ n: count() }).from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'owner'), isNull(members.removedAt))))[0]?.n ?? 0;
  const had = await owners();
  return async () => {
    if (had > 0 && (await owners()) === 0) {
      throw new Conflict('That would leave the workspace without an owner; make someone else an owner first.');
    }
  };
}
