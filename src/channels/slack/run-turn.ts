// One agent turn for Slack: the text goes to E4's runAgent as this member, the turn comes back rendered.
// Domain errors become a plain answer; anything else is logged and answered with an apology.
import { runAgent } from '../../agent/run-agent';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { isDomainError } from '../../errors';
import { plainMessage, renderTurn, type SlackMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

export const SORRY = 'Something went wrong on our side; nothing was changed by this message. Please try again.';

export async function runTurn(rt: SlackRuntime, actor: MemberActor, conversationId: string, text: string): Promise<SlackMessage> {
  try {
    const turn = await runAgent({ deps: rt.deps, ctx: makeCtx(rt.deps, actor), conversationId, text, surface: 'slack' });
    return renderTurn(turn);
  } catch (err) {
    if (isDomainError(err)) return plainMessage(err.message);
    rt.deps.log.error({ err, conversationId }, 'slack agent turn failed');
    return plainMessage(SORRY);
  }
}

/** Conversation (memory) ids: a thread for mentions and DMs, the channel and person for /client. */
export const threadConversation = (teamId: string, channel: string, threadTs: string) => `slack:${teamId}:${channel}:${threadTs}`;
export const commandConversation = (teamId: string, channel: string, userId: string) => `slack:${teamId}:${channel}:cmd:${userId}`;
