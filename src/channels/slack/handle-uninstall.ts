// Slack tells us when a team removes the app (app_uninstalled) or revokes its bot token (tokens_revoked):
// the installation and its sealed token go at once, and a workspace that lives in Slack closes its client portal
// until a reinstall (removeSlackInstallation). Bolt runs these without authorize (the token is gone).
import type { App } from '@slack/bolt';
import { makeCtx } from '../../deps';
import { removeSlackInstallation } from '../../domain/slack-installations/remove-slack-installation';
import type { SlackRuntime } from './slack-runtime';

export function registerUninstall(bolt: App, rt: SlackRuntime): void {
  const { deps } = rt;
  const ctx = () => makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Slack' });
  bolt.event('app_uninstalled', async ({ body }) => {
    const teamId = (body as { team_id?: string }).team_id;
    if (!teamId) return;
    const { removed, portalClosed } = await removeSlackInstallation({ ctx: ctx(), input: { teamId, reason: 'app_uninstalled' } });
    deps.log.info({ teamId, removed, portalClosed }, 'slack app uninstalled');
  });
  bolt.event('tokens_revoked', async ({ body, event }) => {
    const teamId = (body as { team_id?: string }).team_id;
    const bots = (event as { tokens?: { bot?: string[] } }).tokens?.bot ?? [];
    if (!teamId || !bots.length) return;
    const { removed, portalClosed } = await removeSlackInstallation({ ctx: ctx(), input: { teamId, reason: 'tokens_revoked', botUserIds: bots } });
    deps.log.info({ teamId, removed, portalClosed }, 'slack bot token revoked');
  });
}
