// The acting member for a Slack request, from this payload's (team, user): users.info (email, the user's own
// team, guest flags) and the domain's member rule. A known member is re-checked every few minutes, so someone
// turned into a guest or deactivated in Slack loses access without anyone touching Clientele.
import type { webApi } from '@slack/bolt';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { ensureSlackMember, findSlackMember } from '../../domain/members/ensure-slack-member';
import { UnknownTeam } from './authorize';
import { refusalText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export type Who = { teamId: string | undefined; userId: string | undefined; userTeamId?: string | null };
export type ResolvedActor = { ok: true; actor: MemberActor } | { ok: false; message: string };

const NO_ACCESS = 'Only people in this Slack workspace can use Clientele here; guests from other organisations have no client access.';
export const GUEST_REFUSAL = 'Sorry, Clientele is only for full members of this Slack workspace, so guest accounts have no client access. '
  + 'If you need something about a client, please ask someone on the team.';
const RECHECK_MS = 10 * 60 * 1000;
const lastChecked = new WeakMap<SlackRuntime, Map<string, number>>();

type Profile = { email?: string; name?: string; teamId?: string; isBot?: boolean; isGuest: boolean; gone: boolean };

async function readProfile(client: webApi.WebClient, userId: string): Promise<Profile | null> {
  try {
    const u = (await client.users.info({ user: userId })).user as (webApi.UsersInfoResponse['user'] & { is_stranger?: boolean }) | undefined;
    return {
      email: u?.profile?.email, name: u?.real_name || u?.profile?.real_name || u?.name, teamId: u?.team_id, isBot: u?.is_bot,
      // Multi- and single-channel guests, and strangers from organisations this one does not know.
      isGuest: !!(u?.is_restricted || u?.is_ultra_restricted || u?.is_stranger), gone: !!u?.deleted,
    };
  } catch (err) {
    // An unknown user (a guest from another organisation) has no access; anything else is retried by Slack.
    if ((err as { data?: { error?: string } }).data?.error === 'user_not_found') return null;
    throw err;
  }
}

export async function resolveSlackActor(rt: SlackRuntime, client: webApi.WebClient, who: Who): Promise<ResolvedActor> {
  const { deps } = rt;
  if (!who.teamId || !who.userId) return { ok: false, message: NO_ACCESS };
  // The team's own workspace: its installation's, or the deployment's for the single-token team.
  const team = await rt.identity(who.teamId).catch((err) => { if (err instanceof UnknownTeam) return null; throw err; });
  if (!team) return { ok: false, message: NO_ACCESS };
  const { teamId: installedTeamId, workspaceId } = team;
  const toActor = (m: { id: number; role: MemberActor['role']; name: string | null; email: string | null }): ResolvedActor => ({
    ok: true, actor: { kind: 'member', workspaceId, memberId: m.id, role: m.role, channel: 'slack', name: m.name ?? m.email ?? who.userId! },
  });
  if (who.teamId !== installedTeamId || (who.userTeamId && who.userTeamId !== installedTeamId)) return { ok: false, message: NO_ACCESS };

  const checked = lastChecked.get(rt) ?? new Map<string, number>();
  lastChecked.set(rt, checked);
  const key = `${who.teamId}:${who.userId}`;
  const at = deps.now().getTime();
  const known = await findSlackMember(deps.db, workspaceId, who.teamId, who.userId);
  if (known && !known.removedAt && at - (checked.get(key) ?? -Infinity) < RECHECK_MS) return toActor(known);

  const profile = await readProfile(client, who.userId);
  if (!profile || profile.gone) return { ok: false, message: NO_ACCESS };
  if (profile.isGuest) { checked.delete(key); return { ok: false, message: GUEST_REFUSAL }; }
  try {
    const ctx = makeCtx(deps, { kind: 'system', workspaceId, channel: 'system', name: 'Slack' });
    const { member } = await ensureSlackMember({ ctx, input: {
      teamId: who.teamId, userTeamId: profile.teamId ?? who.userTeamId ?? null, userId: who.userId, installedTeamId,
      email: profile.email ?? null, name: profile.name ?? null, isBot: profile.isBot, isGuest: profile.isGuest,
      defaultRole: deps.env.SLACK_DEFAULT_ROLE,
    } });
    checked.set(key, at);
    return toActor(member);
  } catch (err) {
    // The domain's refusal (removed from the team, not of this workspace) is what the person reads.
    const message = refusalText(err);
    if (message === null) throw err;
    return { ok: false, message };
  }
}
