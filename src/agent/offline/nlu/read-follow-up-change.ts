// "Push the Acme Corp follow-up to Friday", "move my call with Rosa to next Monday", "snooze the Tallow & Finch
// reminder until next week": an open follow-up moved to the day said (updateFollowUp); "give the Acme Corp follow-up
// to Dana": handed to the teammate named. With no known client, no day or no teammate, it asks.
import { iso, parseDate } from '../values/parse-dates';
import type { Decision } from '../types';
import type { KnownNames } from './gazetteer';
import { clientIn } from './client-in-text';
import { REQUEST_LEAD } from './request-words';

const THING = String.raw`(?:follow[- ]?ups?|task|reminder|to-?do|call|meeting)`;
const MOVE = new RegExp(String.raw`${REQUEST_LEAD}(?:push|move|postpone|reschedule|re-schedule|snooze|bump|shift|delay|defer)\s+(?:back\s+)?(?=.*\b${THING}\b)`, 'i');
const GIVE = new RegExp(String.raw`${REQUEST_LEAD}(?:give|hand|hand\s+over|pass|assign|reassign)\s+(?:over\s+)?(?=.*\b${THING}\b.*\bto\s+(.+?)[\s.!]*$)`, 'i');
// "push it back by a week" counts from the day it is due now, which the reader does not know: asked, never guessed.
const BY_SPAN = /\bby\s+(?:an?|one|two|three|four|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?)\b/i;
const NOT_ASKED = /\b(?:don'?t|do not|never|not)\b|\?\s*$/i;
// ("Could we move the Greyfield follow-up to Friday?": a request asked as a question.)
const ASKED_POLITELY = /^\W*(?:<@\w+>\s*)?(?:could|can|would|will)\s+(?:you|we|u)\b(?!.*\b(?:don'?t|do not|never|not)\b)/i;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The teammate a text names after "to": a member's full name, or their first name when only one has it. */
function memberIn(said: string, members: string[]): string | undefined {
  const named = (name: string) => new RegExp(`^${literal(name)}(?![\\p{L}])`, 'iu').test(said.trim());
  const full = members.find((m) => named(m));
  if (full) return full;
  const firsts = members.filter((m) => named(m.split(/\s+/)[0]));
  return firsts.length === 1 ? firsts[0] : undefined;
}

/** "to the 14th": a day of the month alone, the next one to come (this month's, or next month's once past). */
function dayOf(text: string, today: Date): string | undefined {
  const n = Number(/\b(?:the\s+)(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text)?.[1]);
  if (!n || n > 31) return undefined;
  const [y, m] = [today.getUTCFullYear(), today.getUTCMonth()];
  for (const month of [m, m + 1, m + 2]) {
    const day = new Date(Date.UTC(y, month, n));
    if (day.getUTCDate() === n && iso(day) >= iso(today)) return iso(day);
  }
  return undefined;
}

/** `client`: the client a message's earlier action named ("note that …, and move the follow-up to Monday"). */
export function readFollowUpChange(text: string, today: Date, known?: KnownNames, client0?: string): Decision | undefined {
  if (NOT_ASKED.test(text) && !ASKED_POLITELY.test(text)) return undefined;
  const give = GIVE.exec(text);
  const move = give ? undefined : MOVE.exec(text);
  if (!give && !move) return undefined;
  const client = clientIn(text, known) ?? client0;
  if (!client) return { kind: 'reply', text: 'Which client\'s follow-up? Name it, e.g. "push the Acme Corp follow-up to Friday".' };
  if (give) {
    const owner = memberIn(give[1], known?.members ?? []);
    if (!owner) return { kind: 'reply', text: `Which teammate should do the ${client} follow-up? Name someone in the team.` };
    return { kind: 'calls', calls: [{ tool: 'updateFollowUp', args: { client, owner } }] };
  }
  const due = BY_SPAN.test(text) ? undefined : parseDate(text, today, 'future') ?? dayOf(text, today);
  if (!due) return { kind: 'reply', text: `To which day? Say it with the day, e.g. "push the ${client} follow-up to Friday".` };
  return { kind: 'calls', calls: [{ tool: 'updateFollowUp', args: { client, due } }] };
}
