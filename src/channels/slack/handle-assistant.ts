// Slack's Assistant split view (Bolt's Assistant): a new assistant thread gets suggested prompts; each message
// in it is answered like a direct message, with Slack's own status ("is working on it…") while the model runs.
// Bolt routes every threaded direct message here, so files shared in those threads are handled the same way.
import { type App, Assistant } from '@slack/bolt';
import { answer, deliveryKeyOf, type IncomingMessage } from './handle-messages';
import type { SlackRuntime } from './slack-runtime';

export const SUGGESTED_PROMPTS = [
  { title: 'Find quiet clients', message: 'find inactive clients' },
  { title: 'New leads', message: 'find leads added this year' },
  { title: 'Add a client', message: 'add Acme Corp as a lead' },
  { title: 'Export clients', message: 'export active clients as csv' },
];

export function registerAssistant(bolt: App, rt: SlackRuntime): void {
  bolt.assistant(new Assistant({
    threadStarted: async ({ setSuggestedPrompts }) => {
      await setSuggestedPrompts({ title: 'Ask Clientele about your clients, or try one of these:', prompts: SUGGESTED_PROMPTS });
    },
    // The thread's context (the channel the person is viewing) is not used: skip Bolt's default store.
    threadContextChanged: async () => {},
    userMessage: async ({ message, body, client, setStatus, context }) => {
      const key = deliveryKeyOf(context);
      await answer(rt, client, body as { team_id?: string }, message as unknown as IncomingMessage, { setStatus: (status) => setStatus(status), key });
    },
  }));
}
