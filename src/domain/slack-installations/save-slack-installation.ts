// A Slack team installs the app (OAuth). One installation per team: a reinstall updates the row in place (new
// token, scopes, bot user) and keeps its workspace. A first install joins the workspace already bound to that
// team, or the owner's own workspace when an owner started the install to link it, or else a new workspace of
// its own, named after the team. The token is sealed before it is stored. Installing again opens the workspace's
// client portal if an uninstall had closed it (src/domain/portal/portal-closed.ts).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { slackInstallations, workspaces } from '../../db/schema';
import { Conflict, Forbidden, InvalidInput } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { reopenPortal } from '../portal/portal-closed';
import type { TokenSealer } from './token-sealer';

const Input = z.object({
  teamId: z.string().regex(/^[TE][A-Z0-9]{2,30}$/, 'a Slack team id'),
  teamName: z.string().trim().max(200).nullish(),
  enterpriseId: z.string().trim().max(40).nullish(),
  botUserId: z.string().trim().min(1).max(40),
  botToken: z.string().regex(/^xoxb-/, 'a bot token (xoxb-)'),
  scopes: z.string().trim().max(2000).nullish(),
  installedBy: z.string().trim().max(40).nullish(),
});

const PORTAL_OPEN = '; the client portal is open again';

export type SavedInstallation = { workspaceId: number; teamId: string; created: boolean; workspaceCreated: boolean };

export async function saveSlackInstallation({ ctx, input, tokens }: { ctx: Ctx; input: unknown; tokens: TokenSealer }): Promise<SavedInstallation> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })));
  const data = parsed.data;
  const { actor } = ctx;
  // The Slack channel installs on its own; a person links a team to their workspace only as its owner.
  const linking = actor.kind === 'member';
  if (actor.kind === 'contact' || (linking && actor.role !== 'owner')) throw new Forbidden('Only an owner can link a Slack workspace.');
  const sealed = await tokens.seal(data.botToken);
  const now = ctx.now();
  const row = {
    teamName: data.teamName ?? null, enterpriseId: data.enterpriseId ?? null, botUserId: data.botUserId,
    botTokenEncrypted: sealed, scopes: data.scopes ?? null, installedBy: data.installedBy ?? null, updatedAt: now,
  };

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: slackInstallations.id, workspaceId: slackInstallations.workspaceId })
      .from(slackInstallations).where(eq(slackInstallations.teamId, data.teamId)).limit(1);
    if (existing) {
      await tx.update(slackInstallations).set(row).where(eq(slackInstallations.id, existing.id));
      const reopened = await reopenPortal(tx, existing.workspaceId);
      await recordActivity(tx, { ...ctx, actor: { ...actor, workspaceId: existing.workspaceId } as typeof actor }, {
        verb: 'slack.reinstalled', entityType: 'workspace', entityId: existing.workspaceId,
        summary: `Slack workspace ${data.teamName ?? data.teamId} reinstalled the app${reopened ? PORTAL_OPEN : ''}`,
        after: { teamId: data.teamId, scopes: data.scopes ?? null, ...(reopened ? { portalReopened: true } : {}) },
      });
      return { workspaceId: existing.workspaceId, teamId: data.teamId, created: false, workspaceCreated: false };
    }

    let workspaceId: number;
    let workspaceCreated = false;
    const [bound] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slackTeamId, data.teamId)).limit(1);
    if (bound) {
      workspaceId = bound.id;
    } else if (linking) {
      const [own] = await tx.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId)).limit(1);
      if (own?.slackTeamId && own.slackTeamId !== data.teamId) {
        throw new Conflict('This workspace is already linked to another Slack workspace.', { teamId: own.slackTeamId });
      }
      await tx.update(workspaces).set({ slackTeamId: data.teamId }).where(eq(workspaces.id, actor.workspaceId));
      workspaceId = actor.workspaceId;
    } else {
      const [ws] = await tx.insert(workspaces).values({ name: data.teamName || `Slack ${data.teamId}`, slackTeamId: data.teamId })
        .returning({ id: workspaces.id });
      workspaceId = ws.id;
      workspaceCreated = true;
    }
    await tx.insert(slackInstallations).values({ workspaceId, teamId: data.teamId, ...row, createdAt: now });
    // A team coming back after an uninstall (the workspace was still bound to it) finds its portal open again.
    const reopened = await reopenPortal(tx, workspaceId);
    await recordActivity(tx, { ...ctx, actor: { ...actor, workspaceId } as typeof actor }, {
      verb: 'slack.installed', entityType: 'workspace', entityId: workspaceId,
      summary: `Slack workspace ${data.teamName ?? data.teamId} installed the app${linking ? ' (linked by its owner)' : ''}${reopened ? PORTAL_OPEN : ''}`,
      after: { teamId: data.teamId, scopes: data.scopes ?? null, ...(reopened ? { portalReopened: true } : {}) },
    });
    return { workspaceId, teamId: data.teamId, created: true, workspaceCreated };
  });
}
