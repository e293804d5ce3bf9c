// Slack says the app is gone from a team (app_uninstalled) or its bot token was revoked (tokens_revoked): the
// installation and its sealed token are deleted. The workspace and its data stay, still bound to the team, so
// a later reinstall finds them again. A workspace whose team reaches Clientele only through Slack (every
// workspace but the deployment's own, whose team also signs in on the web) closes its client portal until then.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { slackInstallations } from '../../db/schema';
import { Forbidden, InvalidInput } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { closePortal } from '../portal/portal-closed';

const Input = z.object({
  teamId: z.string().min(1).max(40),
  reason: z.enum(['app_uninstalled', 'tokens_revoked']),
  /** tokens_revoked: the bot users whose tokens went; only the installation's own bot counts (user tokens do not). */
  botUserIds: z.array(z.string()).optional(),
});

export async function removeSlackInstallation({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ removed: boolean; portalClosed: boolean }> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })));
  if (ctx.actor.kind !== 'system') throw new Forbidden('Only Slack itself removes an installation.');
  const { teamId, reason, botUserIds } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    if (reason === 'tokens_revoked') {
      const [row] = await tx.select({ bot: slackInstallations.botUserId }).from(slackInstallations).where(eq(slackInstallations.teamId, teamId)).limit(1);
      if (!row || !botUserIds?.length || (row.bot && !botUserIds.includes(row.bot))) return { removed: false, portalClosed: false };
    }
    const [gone] = await tx.delete(slackInstallations).where(eq(slackInstallations.teamId, teamId))
      .returning({ workspaceId: slackInstallations.workspaceId, teamName: slackInstallations.teamName });
    if (!gone) return { removed: false, portalClosed: false };
    // Slack acts as the deployment's own workspace (the system actor's); its team keeps the web, so its portal stays.
    const portalClosed = gone.workspaceId !== ctx.actor.workspaceId && await closePortal(tx, gone.workspaceId, ctx.now());
    await recordActivity(tx, { ...ctx, actor: { ...ctx.actor, workspaceId: gone.workspaceId } as typeof ctx.actor }, {
      verb: 'slack.uninstalled', entityType: 'workspace', entityId: gone.workspaceId,
      summary: `Slack workspace ${gone.teamName ?? teamId} removed the app (${reason === 'app_uninstalled' ? 'uninstalled' : 'token revoked'})${portalClosed ? '; the client portal is closed until the app is reinstalled' : ''}`,
      before: { teamId }, ...(portalClosed ? { after: { portalClosed: true } } : {}),
    });
    return { removed: true, portalClosed };
  });
}
