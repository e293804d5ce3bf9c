// The acting member for a Slack request, from this payload's (team, user): a known member at once,
// otherwise users.info (email, the user's own team) and the domain's member rule.
import type { webApi } from '@slack/bolt';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { ensureSlackMember, findSlackMember } from '../../domain/members/ensure-slack-member';
import { isDomainError } from '../../errors';
import type { SlackRuntime } from './slack-runtime';

export type Who = { teamId: string | undefined; userId: string | undefined; userTeamId?: string | null };
export type ResolvedActor = { ok: true; actor: MemberActor } | { ok: false; message: string };

const NO_ACCESS = 'Only people in this Slack workspace can use Clientele here; guests from other organisations have no client access.';

export async function resolveSlackActor(rt: SlackRuntime, client: webApi.WebClient, who: Who): Promise<ResolvedActor> {
  const { deps } = rt;
  if (!who.teamId || !who.userId) return { ok: false, message: NO_ACCESS };
  const toActor = (m: { id: number; role: MemberActor['role']; name: string | null; email: string | null }): ResolvedActor => ({
    ok: true, actor: { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: m.role, channel: 'slack', name: m.name ?? m.email ?? who.userId! },
  });
  const { teamId: installedTeamId } = await rt.identity();
  if (who.teamId !== installedTeamId || (who.userTeamId && who.userTeamId !== installedTeamId)) return { ok: false, message: NO_ACCESS };

  const known = await findSlackMember(deps.db, deps.workspaceId, who.teamId, who.userId);
  if (known) return toActor(known);

  let profile: { email?: string; name?: string; teamId?: string; isBot?: boolean };
  try {
    const info = await client.users.info({ user: who.userId });
    const u = info.user;
    profile = { email: u?.profile?.email, name: u?.real_name || u?.profile?.real_name || u?.name, teamId: u?.team_id, isBot: u?.is_bot };
  } catch (err) {
    // An unknown user (a guest from another organisation) has no access; anything else is retried by Slack.
    if ((err as { data?: { error?: string } }).data?.error === 'user_not_found') return { ok: false, message: NO_ACCESS };
    throw err;
  }
  try {
    const ctx = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Slack' });
    const { member } = await ensureSlackMember({ ctx, input: {
      teamId: who.teamId, userTeamId: profile.teamId ?? who.userTeamId ?? null, userId: who.userId, installedTeamId,
      email: profile.email ?? null, name: profile.name ?? null, isBot: profile.isBot, defaultRole: deps.env.SLACK_DEFAULT_ROLE,
    } });
    return toActor(member);
  } catch (err) {
    if (isDomainError(err) && err.code === 'forbidden') return { ok: false, message: err.message };
    throw err;
  }
}
