// "My follow-ups this week", "show all follow-ups", "what follow-ups do we have next week?", "upcoming follow-ups":
// the open follow-ups as a list (listFollowUps), the person's own or everyone's, due by the end of the period said.
// "Any follow-ups?" and "follow-ups due today" stay the overview's (those due now); one client's are on its record.
import type { Decision } from '../types';
import { iso } from '../values/parse-dates';
import type { KnownNames } from './gazetteer';
import { clientIn } from './client-in-text';

const ASKED = /^\W*(?:<@\w+>\s*)?(?:any\s+)?(?:(?:please\s+)?(?:show|list|give|get|see|view)\s+(?:me\s+|us\s+)?|what(?:'s|\s+are|\s+is)?\s+|which\s+)?((?:(?:my|our|all(?:\s+the)?|all\s+of\s+(?:my|our)|every(?:one|body)['’]?s?|the\s+team['’]?s|team|open|upcoming|overdue|late|the)\s+)*)follow[- ]?ups(?:\s+list)?\b(.*)$/i;
// "Is there anything I should be chasing this week?", "what do we need to follow up on next week?", "which are my
// clients that I have to call this week?": a period's to-dos.
const TO_DO = /^\W*(?:<@\w+>\s*)?(?:(?:is|are)\s+there\s+)?(?:anything|what|who|which\s+(?:(?:are|is)\s+)?(?:(?:my|our|the)\s+)?(?:clients?|customers?|accounts?|people)(?:\s+(?:that|which|who|whom))?)\s+(?:else\s+)?(?:do\s+|does\s+)?(i|we|the\s+team)\s+(?:should|need\s+to|have\s+to|must|got\s+to|gotta|ought\s+to)\s+(?:be\s+)?(?:chas(?:e|ing)|follow(?:ing)?\s+up(?:\s+(?:on|with))?|do(?:ing)?|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?)\b(.*)$/i;
const WHOSE_ALL = /\b(?:our|all|every(?:one|body)|team)\b/i;
const TODAY_ONLY = /\b(?:today|due|now)\b/i;
const OTHER = /\b(?:for|with|of|at)\s+\p{Lu}/u;
const WEEKDAYS = 7;

/** The last day of the period said, or null for none; undefined when what follows is not a period. */
function untilOf(rest: string, today: Date): string | null | undefined {
  const r = rest.replace(/\b(?:do|have|got|are|there|i|we|you)\b|[?.!]/gi, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const plus = (n: number) => iso(new Date(today.getTime() + n * 86_400_000));
  const toSunday = (WEEKDAYS - today.getUTCDay()) % WEEKDAYS;
  if (/^(?:overdue|late|past due)$/.test(r)) return plus(-1);
  if (!r || /^(?:coming up|upcoming|open|left|pending|planned|in total|overall|at all)$/.test(r)) return null;
  if (/^(?:for |due )?this week$/.test(r)) return plus(toSunday);
  if (/^(?:for |due )?next week$/.test(r)) return plus(toSunday + WEEKDAYS);
  if (/^(?:for |due )?this month$/.test(r)) return iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)));
  const days = /^(?:for |due |in )?(?:the )?next (\d{1,3}) days$/.exec(r);
  if (days) return plus(Number(days[1]));
  return undefined;
}

export function readFollowUpList(text: string, today: Date, known?: KnownNames): Decision | undefined {
  const todo = TO_DO.exec(text.trim());
  // (Only with a period said: "anything I should chase?" alone may mean invoices too, as the overview shows.)
  const by = todo ? untilOf(todo[2], today) : undefined;
  if (todo && by) return { kind: 'calls', calls: [{ tool: 'listFollowUps', args: { ...(/^i$/i.test(todo[1]) ? {} : { scope: 'workspace' }), until: by } }] };
  const m = ASKED.exec(text.trim());
  if (!m) return undefined;
  // "the follow-ups for Acme Corp": that client's, on its record.
  const client = OTHER.test(m[2]) ? clientIn(m[2], known) : undefined;
  if (client) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client } }] };
  if (OTHER.test(m[2])) return undefined;
  // "overdue follow-ups": the period is said before them.
  const until = untilOf(/\b(?:overdue|late)\b/i.test(m[1]) ? 'overdue' : m[2], today);
  if (until === undefined || (until === null && TODAY_ONLY.test(m[2]))) return undefined;
  // "Any follow-ups?" with no period is the overview of those due (read-attention-asked.ts).
  // ("followups" alone, as a terse command, is the list.)
  const alone = /^\W*(?:<@\w+>\s*)?follow[- ]?ups[\s.!?]*$/i.test(text);
  if (until === null && !m[1].trim() && !alone && !/^\W*(?:show|list|give|get|see|view|what|which)/i.test(text)) return undefined;
  const args: Record<string, unknown> = { ...(WHOSE_ALL.test(m[1]) ? { scope: 'workspace' } : {}), ...(until ? { until } : {}) };
  return { kind: 'calls', calls: [{ tool: 'listFollowUps', args }] };
}
