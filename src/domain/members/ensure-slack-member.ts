// Who a Slack user is here. The Slack team is the workspace: a member is keyed by (team, user), so the
// same user id in another team never inherits a role. A user of the installed team is matched to an
// existing member by email where Slack gives one, else joins with the configured default role. Guests and
// users of other organisations (Slack Connect, another team) get no access. The workspace records its team on first contact.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx, Role } from '../../context';
import type { DbOrTx } from '../../db/client';
import { MEMBER_ROLES } from '../../db/enums';
import { members, workspaces } from '../../db/schema';
import { Forbidden, InvalidInput } from '../../errors';
import { recordActivity } from '../activity/record-activity';

export type MemberRow = typeof members.$inferSelect;

const Input = z.object({
  /** The team the request was signed for (the payload's team). */
  teamId: z.string().min(1),
  /** The user's own team, from users.info or the payload; differs from teamId for Slack Connect guests. */
  userTeamId: z.string().min(1).nullish(),
  userId: z.string().min(1),
  /** The team the bot token belongs to (auth.test). */
  installedTeamId: z.string().min(1),
  email: z.string().trim().toLowerCase().pipe(z.email()).nullish().catch(null),
  name: z.string().trim().max(200).nullish(),
  isBot: z.boolean().optional(),
  /** Slack guest (is_restricted, is_ultra_restricted) or stranger: never a member, whatever the default role. */
  isGuest: z.boolean().optional(),
  defaultRole: z.enum(MEMBER_ROLES),
});
export type EnsureSlackMemberInput = z.input<typeof Input>;

export async function findSlackMember(db: DbOrTx, workspaceId: number, teamId: string, userId: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(members).where(and(
    eq(members.workspaceId, workspaceId), eq(members.slackTeamId, teamId), eq(members.slackUserId, userId),
  )).limit(1);
  return row ?? null;
}

export async function ensureSlackMember({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ member: MemberRow; created: boolean }> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })));
  }
  const data = parsed.data;
  if (ctx.actor.kind !== 'system') throw new Forbidden('Only the Slack channel itself adds Slack members.');
  const workspaceId = ctx.actor.workspaceId;

  return ctx.db.transaction(async (tx) => {
    const [ws] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
    if (!ws) throw new Forbidden('This workspace does not exist.');
    let team = ws.slackTeamId;
    if (!team) {
      team = data.installedTeamId;
      await tx.update(workspaces).set({ slackTeamId: team }).where(eq(workspaces.id, workspaceId));
    }
    if (data.teamId !== team || (data.userTeamId && data.userTeamId !== team) || data.isBot) {
      throw new Forbidden('Only people in this Slack workspace can use Clientele here; guests from other organisations have no client access.');
    }
    if (data.isGuest) throw new Forbidden('Guest accounts of this Slack workspace have no client access.');

    const known = await findSlackMember(tx, workspaceId, team, data.userId);
    if (known?.removedAt) throw new Forbidden('You were removed from this Clientele workspace; an owner or admin can add you back.');
    if (known) return { member: known, created: false };

    if (data.email) {
      const [byEmail] = await tx.select().from(members)
        .where(and(eq(members.workspaceId, workspaceId), eq(members.email, data.email), isNull(members.slackUserId), isNull(members.removedAt))).limit(1);
      if (byEmail) {
        const [linked] = await tx.update(members).set({ slackTeamId: team, slackUserId: data.userId, updatedAt: ctx.now() })
          .where(eq(members.id, byEmail.id)).returning();
        await recordActivity(tx, ctx, {
          verb: 'member.slack_linked', entityType: 'member', entityId: linked.id,
          summary: `Linked Slack user ${data.userId} to ${linked.name ?? linked.email}`,
        });
        return { member: linked, created: false };
      }
    }

    // An email already held by another member stays with that member; the newcomer joins without it.
    const [taken] = data.email
      ? await tx.select({ id: members.id }).from(members).where(and(eq(members.workspaceId, workspaceId), eq(members.email, data.email))).limit(1)
      : [];
    const role: Role = data.defaultRole;
    const [created] = await tx.insert(members).values({
      workspaceId, name: data.name ?? null, email: taken ? null : (data.email ?? null), role,
      slackTeamId: team, slackUserId: data.userId, createdAt: ctx.now(),
    }).returning();
    await recordActivity(tx, ctx, {
      verb: 'member.joined', entityType: 'member', entityId: created.id,
      summary: `${created.name ?? data.userId} joined from Slack as ${role}`, after: { role, slackUserId: data.userId },
    });
    return { member: created, created: true };
  });
}
