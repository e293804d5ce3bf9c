// Owners and admins remove a teammate. The row stays, marked removed, so the history keeps its names and the removal
// can be undone; what ends at once is access: every web session and unused sign-in link of theirs is revoked in the
// same transaction, and a removed member is refused by sign-in and Slack alike. Their clients keep them as owner
// unless `reassignTo` hands them to a teammate (or, null, to no owner) in that same transaction. The confirmations
// they asked for that still wait for a yes are cancelled there too, so no one approves them later in their name.
import { and, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { members } from '../../db/schema';
import { Conflict } from '../../errors';
import { ADMIN_ROLES, requireRole } from '../access';
import { recordActivity } from '../activity/record-activity';
import { cancelRemovedMemberApprovals } from '../approvals/approval-rows';
import { revokeMemberAccess } from '../auth/sessions';
import { parseInput } from '../normalize/parse-input';
import { countOwnedClients, type HandedClients, handOverClients, handOverFollowUps, handOverTarget } from './hand-over-clients';
import { cancelledWords } from './cancelled-words';
import { type MemberView, toMemberView } from './member-view';
import { removalRefusal } from './removal-refusal';
import { resolveMember } from './resolve-member';

export const RemoveMemberInput = z.object({
  member: z.union([z.string().trim().min(1).max(254), z.number().int().positive()]),
  /** Who takes over the member's clients (a member id; null: no owner); left out, the clients keep them as owner. */
  reassignTo: z.union([z.null(), z.coerce.number().int().positive()], { error: 'must be a member id' }).optional(),
});

/** The member was removed already: nothing to do, and saying so beats a silent success or a "not found". */
export class MemberAlreadyRemoved extends Conflict {
  constructor(label: string) {
    super(`${label} was already removed from the team.`, { reason: 'already_removed' });
  }
}

export type RemoveMemberResult = {
  member: MemberView;
  activityId: number;
  removedSelf: boolean;
  sessionsEnded: number;
  linksEnded: number;
  /** The clients handed over, and to whom; null when none were (no reassignTo, or the member owned none). */
  handedClients: HandedClients | null;
  /** How many open follow-ups of theirs were handed over with the clients, and to whom (null: no one); null when none were. */
  handedFollowUps: { count: number; toName: string | null } | null;
  /** The confirmations they had asked for, cancelled by the removal (each with the summary its card showed). */
  approvalsCancelled: Array<{ id: string; summary: string }>;
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const handOverWords = (h: HandedClients) =>
  h.to === null ? ` and left their ${plural(h.clientIds.length, 'client')} with no owner` : ` and handed their ${plural(h.clientIds.length, 'client')} to ${h.toName}`;

/** "; 2 open follow-ups went to Dana": the removal's summary, and the tool's reply. */
export const followUpWords = (n: number, to: string | null | undefined) =>
  `; ${plural(n, 'open follow-up')} ${to ? `went to ${to}` : `now ${n === 1 ? 'has' : 'have'} no one to do ${n === 1 ? 'it' : 'them'}`}`;

/** Every refusal removeMember makes before changing anything: who, not gone already, may go, and who takes the clients. */
async function checkRemoval(db: DbOrTx, ctx: Ctx, member: string | number, reassignTo: number | null | undefined) {
  const target = await resolveMember(db, ctx, String(member), { includeRemoved: true });
  const label = target.name ?? target.email ?? `member ${target.id}`;
  if (target.removedAt) throw new MemberAlreadyRemoved(label);
  const [owners] = await db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.actor.workspaceId), eq(members.role, 'owner'), isNull(members.removedAt)));
  const refusal = removalRefusal(ctx.actor, target, owners?.n ?? 0);
  if (refusal) throw refusal;
  const to = reassignTo ? await handOverTarget(db, ctx, reassignTo, { id: target.id, label }) : null;
  return { target, label, to };
}

/** What a removal would do, as removeMember sees it now; `to` undefined: the clients stay with them. */
export type RemovalPreview = { member: MemberView; label: string; ownedClients: number; to: { id: number; label: string } | null | undefined };

/** removeMember's checks and how many clients go where, changing nothing: a confirmation says it before anyone says yes. */
export async function previewRemoval({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<RemovalPreview> {
  requireRole(ctx.actor, ADMIN_ROLES, 'remove members');
  const { member, reassignTo } = parseInput(RemoveMemberInput, input);
  const { target, label, to } = await checkRemoval(ctx.db, ctx, member, reassignTo);
  const ownedClients = await countOwnedClients(ctx.db, ctx, target.id);
  return { member: toMemberView(target), label, ownedClients, to: reassignTo === undefined ? undefined : to };
}

export async function removeMember({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<RemoveMemberResult> {
  requireRole(ctx.actor, ADMIN_ROLES, 'remove members');
  const { member, reassignTo } = parseInput(RemoveMemberInput, input);
  const workspaceId = ctx.actor.workspaceId;
  return ctx.db.transaction(async (tx) => {
    const { target, label, to } = await checkRemoval(tx, ctx, member, reassignTo);
    const now = ctx.now();
    const [row] = await tx
      .update(members)
      .set({ removedAt: now, updatedAt: now })
      .where(and(eq(members.id, target.id), eq(members.workspaceId, workspaceId)))
      .returning();
    const revoked = await revokeMemberAccess(tx, { workspaceId, memberId: row.id, now });
    const approvalsCancelled = await cancelRemovedMemberApprovals(tx, ctx, { id: row.id, who: label }, now);
    const handed = reassignTo === undefined ? null : await handOverClients(tx, ctx, row.id, to, now);
    const handedClients = handed?.clientIds.length ? handed : null;
    const handedFollowUps = reassignTo === undefined ? [] : await handOverFollowUps(tx, ctx, row.id, to?.id ?? null);
    // The role is kept on both sides: an undo gives back exactly this role; sessions stay ended (they sign in again).
    const activityId = await recordActivity(tx, ctx, {
      verb: 'member.removed',
      entityType: 'member',
      entityId: row.id,
      summary: `Removed ${label} (${row.role}) from the team${handedClients ? handOverWords(handedClients) : ''}${handedFollowUps.length ? followUpWords(handedFollowUps.length, to?.label) : ''}${approvalsCancelled.length ? `; ${cancelledWords(approvalsCancelled.length)}` : ''}`,
      before: { role: row.role, removedAt: null },
      after: {
        role: row.role, removedAt: now.toISOString(), sessionsEnded: revoked.sessions, linksEnded: revoked.links,
        ...(handedClients ? { handedClients } : {}), ...(handedFollowUps.length ? { handedFollowUps: { to: to?.id ?? null, ids: handedFollowUps } } : {}),
        ...(approvalsCancelled.length ? { approvalsCancelled } : {}),
      },
    });
    const removedSelf = ctx.actor.kind === 'member' && ctx.actor.memberId === row.id;
    return {
      member: toMemberView(row), activityId, removedSelf, sessionsEnded: revoked.sessions, linksEnded: revoked.links, handedClients,
      handedFollowUps: handedFollowUps.length ? { count: handedFollowUps.length, toName: to?.label ?? null } : null, approvalsCancelled,
    };
  });
}
