// The terminal acts as the workspace owner on a local database: the first owner, or a "Local owner" made for it.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { MemberActor } from '../../context';
import type { Db } from '../../db/client';
import { members } from '../../db/schema';
import { recordActivity } from '../activity/record-activity';

/** Making the local owner is a change like any other: one activity row, in the same transaction, by that owner. */
export async function ensureLocalOwner(db: Db, workspaceId: number, now: Date = new Date()): Promise<MemberActor> {
  const owner = await db.transaction(async (tx) => {
    const [first] = await tx.select().from(members)
      .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'owner'), isNull(members.removedAt))).orderBy(asc(members.id)).limit(1);
    if (first) return first;
    const [created] = await tx.insert(members).values({ workspaceId, name: 'Local owner', role: 'owner', createdAt: now }).returning();
    const actor = { kind: 'member', workspaceId, memberId: created.id, role: 'owner', channel: 'cli', name: 'Local owner' } as const;
    await recordActivity(tx, { actor, now: () => now }, {
      verb: 'member.joined', entityType: 'member', entityId: created.id,
      summary: 'Local owner joined from the terminal as owner', before: null, after: { name: 'Local owner', role: 'owner' },
    });
    return created;
  });
  return { kind: 'member', workspaceId, memberId: owner.id, role: 'owner', channel: 'cli', name: owner.name ?? 'Local owner' };
}
