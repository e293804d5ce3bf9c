// Where confirmations are kept (the approvals table). The rules on who may ask and decide, and running the tool,
// are the agent's (src/agent/approvals.ts); here only the rows: stored, read within the caller's workspace,
// claimed atomically (pending -> running or cancelled, exactly one caller wins) and settled with their outcome.
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { Db, DbOrTx } from '../../db/client';
import { approvals } from '../../db/schema';

export type ApprovalRow = typeof approvals.$inferSelect;
export type NewApproval = Omit<typeof approvals.$inferInsert, 'workspaceId' | 'status' | 'createdAt'>;

export async function insertApproval(ctx: Ctx, row: NewApproval): Promise<void> {
  await ctx.db.insert(approvals).values({ ...row, workspaceId: ctx.actor.workspaceId, status: 'pending', createdAt: ctx.now() });
}

/** The approval of the caller's workspace with this id. */
export async function findApproval(ctx: Ctx, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await ctx.db.select().from(approvals)
    .where(and(eq(approvals.id, String(id)), eq(approvals.workspaceId, ctx.actor.workspaceId))).limit(1);
  return row;
}

/** pending (and unexpired) -> `to`, by the caller; undefined when someone else already moved it, or it expired. */
export async function claimApproval(ctx: Ctx, id: string, to: 'running' | 'cancelled'): Promise<ApprovalRow | undefined> {
  const now = ctx.now();
  const decidedBy = ctx.actor.kind === 'member' ? ctx.actor.memberId : null;
  const [claimed] = await ctx.db.update(approvals).set({ status: to, decidedBy, decidedAt: now })
    .where(and(eq(approvals.id, id), eq(approvals.workspaceId, ctx.actor.workspaceId), eq(approvals.status, 'pending'), gt(approvals.expiresAt, now)))
    .returning();
  return claimed;
}

/**
 * Cancels the confirmations a member removed from the team (`who`) asked for that still wait for a yes, in the caller's
 * transaction, so no one can approve them later in their name; each keeps why as its result. What was cancelled.
 */
export async function cancelRemovedMemberApprovals(tx: DbOrTx, ctx: Ctx, member: { id: number; who: string }, now: Date): Promise<Array<{ id: string; summary: string }>> {
  const decidedBy = ctx.actor.kind === 'member' ? ctx.actor.memberId : null;
  const reason = `${member.who} was removed from the team, so what they asked for can no longer be confirmed.`;
  return tx.update(approvals)
    .set({ status: 'cancelled', decidedBy, decidedAt: now, result: { ok: false, error: { code: 'cancelled', message: reason } } })
    .where(and(eq(approvals.workspaceId, ctx.actor.workspaceId), eq(approvals.memberId, member.id), eq(approvals.status, 'pending'), gt(approvals.expiresAt, now)))
    .returning({ id: approvals.id, summary: approvals.summary });
}

/** Records how a claimed approval ended, with the result the person is shown. */
export async function settleApproval(ctx: Ctx, id: string, outcome: { ok: boolean; result: unknown }): Promise<void> {
  await ctx.db.update(approvals).set({ status: outcome.ok ? 'executed' : 'failed', result: outcome.result })
    .where(and(eq(approvals.id, id), eq(approvals.workspaceId, ctx.actor.workspaceId)));
}

/** The newest pending, unexpired approval this member asked for in this conversation (a typed "yes" answers it). */
export async function latestPendingApproval(ctx: Ctx, conversationKey: string): Promise<ApprovalRow | undefined> {
  const actor = ctx.actor;
  if (actor.kind !== 'member') return undefined;
  const [row] = await ctx.db.select().from(approvals)
    .where(and(eq(approvals.workspaceId, actor.workspaceId), eq(approvals.conversationId, conversationKey), eq(approvals.memberId, actor.memberId),
      eq(approvals.status, 'pending'), gt(approvals.expiresAt, ctx.now())))
    .orderBy(desc(approvals.createdAt)).limit(1);
  return row;
}

/** Every approval asked for in a conversation of the caller's workspace, oldest first (the chat history shows them). */
export async function listConversationApprovals(ctx: Ctx, conversationId: string): Promise<ApprovalRow[]> {
  return ctx.db.select().from(approvals)
    .where(and(eq(approvals.conversationId, conversationId), eq(approvals.workspaceId, ctx.actor.workspaceId))).orderBy(asc(approvals.createdAt));
}

/** At start: approvals claimed before `claimedBefore` and still running were cut off; they fail with `result`. */
export async function settleInterruptedApprovals(db: Db, claimedBefore: Date, result: unknown): Promise<string[]> {
  const rows = await db.update(approvals).set({ status: 'failed', result })
    .where(and(eq(approvals.status, 'running'), lt(approvals.decidedAt, claimedBefore)))
    .returning({ id: approvals.id });
  return rows.map((r) => r.id);
}
