// "Remind me to call Acme Corp tomorrow", "set a follow-up with Tallow & Finch for next Monday", "add a task: …":
// reminders and tasks are not something Clientele keeps yet. The answer says so and offers a note on the client,
// where the reader had asked how much was paid, or offered outreach, or did not understand.
import type { Decision } from '../types';
import type { KnownNames } from './gazetteer';
import { REQUEST_LEAD } from './request-words';

const ASKED = new RegExp(String.raw`${REQUEST_LEAD}(?:remind\s+(?:me|us)\b(?!\s+(?:what|who|how|which|when|where|why|if|whether|of)\b)|set\s+(?:(?:up\s+)?an?\s+)?(?:reminder(?!\s+tones?)|follow[- ]?up|task)\b|`
  + String.raw`schedule\s+(?:an?\s+)?(?:call|meeting|follow[- ]?up|reminder|task)\b|(?:add|create|make)\s+(?:an?\s+)?(?:task|to-?do|reminder|follow[- ]?up)\b|`
  + String.raw`follow\s+up\s+with\s+.+\s+(?:tomorrow|next\s+\w+|on\s+\w+day|in\s+\d+\s+\w+|this\s+\w+)\b)`, 'i');

export function readReminderAsked(text: string, known?: KnownNames): Decision | undefined {
  if (!ASKED.test(text)) return undefined;
  const lower = text.toLowerCase();
  const client = known?.clients?.find((c) => c.length > 2 && lower.includes(c.toLowerCase()))
    ?? Object.entries(known?.contactClients ?? {}).find(([name]) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(lower))?.[1];
  return {
    kind: 'reply',
    text: `I cannot keep reminders or tasks yet, so nothing was scheduled. I can keep it as a note on the client: say "note on ${client ?? '<client>'}: …" with what to do and when.`,
  };
}
