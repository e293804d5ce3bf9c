// Undo of team changes. A role change gives back the role before; an invitation is taken back (the invited member
// and their sign-in links go, so the emailed link no longer works) while the invitee has not joined. Who may do
// either is undo-activity's authorise (the rules of setMemberRole and inviteMember); that the workspace keeps
// an owner is checked after any member undo or redo (guardLastOwner), since a redo replays the journal only.
import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Role } from '../../context';
import type { Tx } from '../../db/client';
import { MEMBER_ROLES } from '../../db/enums';
import { clients, members, sessions, signInTokens } from '../../db/schema';
import { Conflict } from '../../errors';
import type { UndoAct, UndoHandler } from './undo-handlers';

type MemberRow = typeof members.$inferSelect;

/** The role recorded on a member activity's before or after, or null when there is none. */
export const roleOf = (v: unknown): Role | null => {
  const role = v && typeof v === 'object' ? (v as { role?: unknown }).role : undefined;
  return MEMBER_ROLES.includes(role as Role) ? (role as Role) : null;
};
const labelOf = (m: MemberRow) => m.name ?? m.email ?? `member ${m.id}`;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

async function loadMember(tx: Tx, act: UndoAct) {
  const scope = and(eq(members.workspaceId, act.workspaceId), eq(members.id, act.entityId ?? -1))!;
  const [m] = await tx.select().from(members).where(scope).limit(1);
  if (!m) throw new Conflict('That team member is no longer in the workspace, so this cannot be undone.');
  return { m, scope };
}

/** Joined: signed in with a link, has a session, or is linked to a Slack user. */
async function hasJoined(tx: Tx, m: MemberRow): Promise<boolean> {
  if (m.slackUserId) return true;
  const [used] = await tx.select({ id: signInTokens.id }).from(signInTokens)
    .where(and(eq(signInTokens.memberId, m.id), isNotNull(signInTokens.usedAt))).limit(1);
  const [session] = await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.memberId, m.id)).limit(1);
  return !!(used || session);
}

export const UNDO_MEMBERS: Record<string, UndoHandler> = {
  'member.role_changed': async (j, act, now) => {
    const before = roleOf(act.before);
    const after = roleOf(act.after);
    if (!before || !after) throw new Conflict('This role change did not record the roles, so it cannot be undone.');
    const { m, scope } = await loadMember(j.tx, act);
    if (m.role !== after) throw new Conflict(`${labelOf(m)} is ${m.role} now, not ${after}; change the role by hand instead.`);
    await j.update(members, scope, { role: before, updatedAt: now });
  },
  'member.invited': async (j, act) => {
    const { m, scope } = await loadMember(j.tx, act);
    await j.delete(signInTokens, eq(signInTokens.memberId, m.id));
    await j.delete(members, scope);
  },
};

/** Refusals for taking a change back, checked both on its first undo and when undoing its redo (a journal replay). */
export const BEFORE_UNDO: Record<string, (tx: Tx, act: UndoAct) => Promise<void>> = {
  'member.invited': async (tx, act) => {
    const { m } = await loadMember(tx, act);
    if (await hasJoined(tx, m)) {
      throw new Conflict(`${labelOf(m)} already joined, so the invitation can no longer be taken back; change their role instead.`);
    }
    // Removing the member would silently take them off clients they were put in charge of meanwhile.
    const [{ n }] = await tx.select({ n: count() }).from(clients).where(and(eq(clients.workspaceId, act.workspaceId), eq(clients.ownerId, m.id)));
    if (n) throw new Conflict(`${labelOf(m)} is the owner of ${plural(n, 'client')} now; give ${n === 1 ? 'it' : 'them'} another owner first.`);
  },
};

/** Counts the owners now; the returned check refuses (Conflict) if the workspace had one and has none left. */
export async function guardLastOwner(tx: Tx, workspaceId: number): Promise<() => Promise<void>> {
  const owners = async () => (await tx.select({ n: count() }).from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'owner'))))[0]?.n ?? 0;
  const had = await owners();
  return async () => {
    if (had > 0 && (await owners()) === 0) {
      throw new Conflict('That would leave the workspace without an owner; make someone else an owner first.');
    }
  };
}
