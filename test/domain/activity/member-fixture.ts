// A seeded workspace (one member per role) for the team-change undo tests, with the helpers they share.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach } from 'vitest';
import type { MemberActor, Role } from '../../../src/context';
import { members } from '../../../src/db/schema';
import { redeemTeamLink } from '../../../src/domain/auth/redeem-sign-in';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, type TestCtx } from '../../support/factories';

export function useMemberFixture() {
  const f = {
    db: undefined as unknown as TestDb,
    ws: undefined as unknown as SeededWorkspace,
    /** A ctx acting as one of the seeded roles, or as any member (a second owner, say). */
    ctx: (who: Role | MemberActor = 'owner'): TestCtx => testCtx(f.db.db, typeof who === 'string' ? f.ws.actors[who] : who),
    /** The seeded member acting with another role (their row is changed to match by the test). */
    as: (seeded: Role, role: Role): MemberActor => ({ ...f.ws.actors[seeded], role }),
    roleOf: async (memberId: number) => (await f.db.db.select({ role: members.role }).from(members).where(eq(members.id, memberId)))[0]?.role ?? null,
    /** Signs in with the link of the last email the ctx sent, as the invitee would. */
    redeem: (ctx: TestCtx) => {
      const token = new URL(ctx.mailer.sent.at(-1)!.links![0]).hash.replace(/^#t=/, '');
      return redeemTeamLink(f.db.db, { workspaceId: f.ws.workspaceId, token, now: ctx.now() });
    },
  };
  beforeEach(async () => { f.db = await createTestDb(); f.ws = await seedWorkspace(f.db.db); });
  afterEach(() => f.db.cleanup());
  return f;
}
