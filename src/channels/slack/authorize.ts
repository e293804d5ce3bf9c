// Which bot token answers a Slack request, per team: the team's OAuth installation (sealed token, opened here),
// else the single-token setup (SLACK_BOT_TOKEN) as before. Bolt's `authorize` and the listeners' identity()
// both come from here. The bot's own id (for ignoreSelf) is one auth.test per token, remembered.
import type { AuthorizeResult, AuthorizeSourceData, webApi } from '@slack/bolt';
import type { Log } from '../../context';
import type { AppDeps } from '../../deps';
import { readSlackInstallation } from '../../domain/slack-installations/read-slack-installation';
import type { TokenSealer } from '../../domain/slack-installations/token-sealer';
import type { BotIdentity } from './slack-runtime';

/** A team with no installation here (and no single-token setup): Bolt drops its requests unanswered. */
export class UnknownTeam extends Error {
  constructor(teamId: string | undefined) {
    super(`Slack team ${teamId ?? '(none)'} has not installed Clientele here`);
  }
}

type Resolved = BotIdentity & { botToken: string };
export type TeamDirectory = {
  authorize(source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult>;
  identity(teamId?: string): Promise<BotIdentity>;
  /** The bot token of a team installed here; null for a team that is not (the single-token team counts as installed). */
  botToken(teamId: string): Promise<string | null>;
};

export function createTeamDirectory(deps: AppDeps, client: () => webApi.WebClient, tokens: TokenSealer | null): TeamDirectory {
  const single = deps.env.SLACK_BOT_TOKEN;
  const botIds = new Map<string, Promise<{ botId: string; userId: string; teamId: string }>>();
  const authTest = (token: string) => {
    let p = botIds.get(token);
    if (!p) {
      p = client().auth.test({ token }).then((r) => ({ botId: String(r.bot_id), userId: String(r.user_id), teamId: String(r.team_id) }));
      // A failed lookup is asked again next time; a token stops being remembered when it stops working.
      p.catch(() => botIds.delete(token));
      botIds.set(token, p);
    }
    return p;
  };

  async function resolve(teamId: string | undefined): Promise<Resolved> {
    if (tokens && teamId) {
      const inst = await readSlackInstallation(deps.db, tokens, teamId);
      if (inst) {
        const me = await authTest(inst.botToken);
        return { teamId: inst.teamId, workspaceId: inst.workspaceId, botToken: inst.botToken, botId: me.botId, botUserId: inst.botUserId ?? me.userId };
      }
    }
    if (single) {
      // The single-token team is the deployment's own workspace; other teams reach the listeners, which refuse them.
      const me = await authTest(single);
      return { teamId: me.teamId, workspaceId: deps.workspaceId, botToken: single, botId: me.botId, botUserId: me.userId };
    }
    throw new UnknownTeam(teamId);
  }

  return {
    async authorize(source) {
      const r = await resolve(source.teamId);
      return { botToken: r.botToken, botId: r.botId, botUserId: r.botUserId, teamId: source.teamId ?? r.teamId };
    },
    async identity(teamId) {
      const { botToken: _token, ...id } = await resolve(teamId);
      return id;
    },
    async botToken(teamId) {
      // resolve() answers any team with the single token when one is set: only that team's own counts here.
      const r = await resolve(teamId).catch((err) => { if (err instanceof UnknownTeam) return null; throw err; });
      return r && r.teamId === teamId ? r.botToken : null;
    },
  };
}

/**
 * Bolt's error handler: a request from a team not installed here is answered 200 and dropped (a retry would not
 * install it); any other error is logged and rethrown, as Bolt's default does, so the receiver answers 500.
 */
export function dropUnknownTeams(log: Log) {
  return async (error: Error & { original?: unknown }) => {
    if (error.original instanceof UnknownTeam) {
      log.info({ reason: error.original.message }, 'slack request from a team not installed here dropped');
      return;
    }
    log.error({ err: error }, 'slack listener failed');
    throw error;
  };
}
