// The direct message that tells a teammate a follow-up is due: the client, what to do and when, with Done, Tomorrow
// (moves it a day on) and the client's page. Names are escaped for mrkdwn, so nothing typed can ping or link anyone.
import type { webApi } from '@slack/bolt';
import type { DueReminder } from '../../../domain/follow-ups/remind-due-follow-ups';
import { clip, escapeMrkdwn } from '../mrkdwn';
import { actions, button } from './elements';

export const FOLLOW_UP_ACTIONS = { done: 'follow_up_done', tomorrow: 'follow_up_tomorrow' } as const;

/** Done and Tomorrow for one follow-up: on its reminder and on the App Home. */
export const followUpButtons = (id: number) => [button('Done', FOLLOW_UP_ACTIONS.done, String(id), 'primary'), button('Tomorrow', FOLLOW_UP_ACTIONS.tomorrow, String(id))];

export function followUpReminder(r: DueReminder, publicUrl: string): { text: string; blocks: webApi.KnownBlock[] } {
  const when = r.overdue ? `was due ${r.dueOn}` : 'due today';
  const what = escapeMrkdwn(clip(r.text, 500));
  const client = escapeMrkdwn(clip(r.clientName, 200));
  return {
    text: `Follow-up ${when} for ${client}: ${what}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `:alarm_clock: *Follow-up ${when}* · <${publicUrl}/clients/${r.clientId}#follow-ups|${client}>\n${what}` } },
      actions(`follow_up_${r.id}`, followUpButtons(r.id)),
    ],
  };
}
