// Slack says the app is gone from a team (app_uninstalled) or its bot token was revoked (tokens_revoked): the
// installation and its sealed token are deleted. The workspace and its data stay, still bound to the team, so
// a later reinstall finds them again.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { slackInstallations } from '../../db/schema';
import { Forbidden, InvalidInput } from '../../errors';
import { recordActivity } from '../activity/record-activity';

const Input = z.object({
  teamId: z.string().min(1).max(40),
  reason: z.enum(['app_uninstalled', 'tokens_revoked']),
  /** tokens_revoked: the bot users whose tokens went; only the installation's own bot counts (user tokens do not). */
  botUserIds: z.array(z.string()).optional(),
});

export async function removeSlackInstallation({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ removed: boolean }> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })));
  if (ctx.actor.kind !== 'system') throw new Forbidden('Only Slack itself removes an installation.');
  const { teamId, reason, botUserIds } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    if (reason === 'tokens_revoked') {
      const [row] = await tx.select({ bot: slackInstallations.botUserId }).from(slackInstallations).where(eq(slackInstallations.teamId, teamId)).limit(1);
      if (!row || !botUserIds?.length || (row.bot && !botUserIds.includes(row.bot))) return { removed: false };
    }
    const [gone] = await tx.delete(slackInstallations).where(eq(slackInstallations.teamId, teamId))
      .returning({ workspaceId: slackInstallations.workspaceId, teamName: slackInstallations.teamName });
    if (!gone) return { removed: false };
    await recordActivity(tx, { ...ctx, actor: { ...ctx.actor, workspaceId: gone.workspaceId } as typeof ctx.actor }, {
      verb: 'slack.uninstalled', entityType: 'workspace', entityId: gone.workspaceId,
      summary: `Slack workspace ${gone.teamName ?? teamId} removed the app (${reason === 'app_uninstalled' ? 'uninstalled' : 'token revoked'})`,
      before: { teamId },
    });
    return { removed: true };
  });
}
