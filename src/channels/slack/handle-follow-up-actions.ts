// Done and Tomorrow on a follow-up reminder (blocks/follow-up-reminder.ts): each runs its tool as the person who
// clicks (completeFollowUp, or updateFollowUp to the next day) and the reminder is replaced by the answer, with Undo;
// on the App Home, the tab is published again.
import type { App } from '@slack/bolt';
import { runTool } from '../../../tools/run-tool';
import { FOLLOW_UP_ACTIONS } from './blocks/follow-up-reminder';
import { resultMessage } from './handle-actions';
import { republishDesk } from './handle-app-home';
import { onButton } from './on-button';
import { plainMessage } from './render-turn';
import type { SlackRuntime } from './slack-runtime';

const nextDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString().slice(0, 10);

export function registerFollowUpActions(bolt: App, rt: SlackRuntime): void {
  onButton(bolt, rt, /^follow_up_/, async ({ a, b, ctx, actor, client, reply }) => {
    const id = Number(a.value);
    if (!Number.isSafeInteger(id) || id <= 0) return reply.privately(plainMessage('That follow-up no longer exists.'));
    const input = a.action_id === FOLLOW_UP_ACTIONS.tomorrow ? { followUp: `#${id}`, due: nextDay(ctx.now()) } : { followUp: `#${id}` };
    const tool = a.action_id === FOLLOW_UP_ACTIONS.tomorrow ? 'updateFollowUp' : 'completeFollowUp';
    const r = await runTool(ctx, tool, input);
    if (!r.ok) return reply.privately(resultMessage(tool, input, r));
    // On the App Home the tab is shown again without it; on a reminder, the message becomes the answer.
    if (b.view?.type === 'home') return republishDesk(rt, client, b.user.id, actor);
    return reply.replace(resultMessage(tool, input, r));
  });
}
