// One agent turn for Slack: the text goes to E4's runAgent as this member, the turn comes back rendered.
// Domain errors become a plain answer; anything else is logged and answered with an apology.
import { runAgent } from '../../agent/run-agent';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import { plainMessage, renderTurn, type SlackMessage } from './render-turn';
import { slackErrorText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export { SORRY } from './slack-errors';

export async function runTurn(rt: SlackRuntime, actor: MemberActor, conversationId: string, text: string): Promise<SlackMessage> {
  try {
    const turn = await runAgent({ deps: rt.deps, ctx: makeCtx(rt.deps, actor), conversationId, text, surface: 'slack' });
    return renderTurn(turn);
  } catch (err) {
    return plainMessage(slackErrorText(err, rt.deps.log, { conversationId }));
  }
}

/** Conversation (memory) ids: a thread for mentions and DMs, the channel and person for /client. */
export const threadConversation = (teamId: string, channel: string, threadTs: string) => `slack:${teamId}:${channel}:${threadTs}`;
export const commandConversation = (teamId: string, channel: string, userId: string) => `slack:${teamId}:${channel}:cmd:${userId}`;
