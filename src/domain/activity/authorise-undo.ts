// Who may undo (or redo) a change: the authority of the verb that made it. undoActivity enforces it; listActivity
// asks mayUndoActivity, so every history (client, Settings, Team) offers an Undo only to someone who may press it.
import type { Ctx } from '../../context';
import type { activities } from '../../db/schema';
import { Forbidden } from '../../errors';
import { ADMIN_ROLES, requireRole } from '../access';
import { requireNoteDeleter } from '../clients/delete-note';
import { assertMayGrant } from '../members/member-view';
import { roleOf } from './undo-members';

type ActivityRow = typeof activities.$inferSelect;

/** Throws Forbidden unless the actor may undo `base` (the original change), or redo it when `redo`. */
export function authoriseUndo(ctx: Ctx, base: ActivityRow, redo: boolean): void {
  // Restoring a deleted client is as strong as deleting one (and so is deleting it again); removing a client you
  // did not create too.
  if (base.verb === 'workspace.updated') requireRole(ctx.actor, ADMIN_ROLES, 'change workspace settings');
  if (base.verb === 'client.deleted') requireRole(ctx.actor, ADMIN_ROLES, redo ? 'delete clients' : 'restore deleted clients');
  if (base.verb === 'client.created' && !redo && !(ctx.actor.kind === 'member' && ctx.actor.memberId === base.actorMemberId)) {
    requireRole(ctx.actor, ADMIN_ROLES, "undo another person's new client");
  }
  // Deleting a note again is deleteNote's rule: its author, an owner or an admin.
  if (base.verb === 'note.deleted' && redo) {
    requireNoteDeleter(ctx.actor, (base.before as { note?: { authorId?: number | null } } | null)?.note?.authorId);
  }
  // Team changes carry the authority of setMemberRole and inviteMember: the role given back (or taken away
  // again) must be one the actor may grant.
  if (base.verb === 'member.role_changed') {
    requireRole(ctx.actor, ADMIN_ROLES, 'change roles');
    const [from, to] = redo ? [roleOf(base.before), roleOf(base.after)] : [roleOf(base.after), roleOf(base.before)];
    if (from && to) assertMayGrant(ctx, to, from);
  }
  if (base.verb === 'member.invited') {
    requireRole(ctx.actor, ADMIN_ROLES, redo ? 'invite members' : 'take back invitations');
    const role = roleOf(base.after);
    if (role) assertMayGrant(ctx, role);
    // Inviting back someone removed: taking that back removes them again, with the role they had.
    const removedRole = roleOf(base.before);
    if (removedRole) assertMayGrant(ctx, removedRole);
  }
  // Bringing someone back gives them their role again, and removing them again takes it: removeMember's rule,
  // under which only an owner brings back (or removes) an owner.
  if (base.verb === 'member.removed') {
    requireRole(ctx.actor, ADMIN_ROLES, redo ? 'remove members' : 'bring back removed members');
    const role = roleOf(base.before);
    if (role) assertMayGrant(ctx, role);
  }
}

/** authoriseUndo as a yes or no. */
export function mayUndo(ctx: Ctx, base: ActivityRow, redo: boolean): boolean {
  try {
    authoriseUndo(ctx, base, redo);
    return true;
  } catch (err) {
    if (err instanceof Forbidden) return false;
    throw err;
  }
}

/**
 * Whether the actor may undo `row` as undoActivity would judge it: its chain's original decides, and undoing an
 * undo is its redo. `earlier` holds the rows its undoOf links lead to; a missing original cannot be undone at all.
 */
export function mayUndoActivity(ctx: Ctx, row: ActivityRow, earlier: ReadonlyMap<number, ActivityRow>): boolean {
  let base: ActivityRow | undefined = row;
  while (base?.undoOf) base = earlier.get(base.undoOf);
  return !!base && mayUndo(ctx, base, row.verb === 'activity.undone');
}
