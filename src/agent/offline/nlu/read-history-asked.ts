// "What changed on Acme Corp last week?", "Acme Corp's history", "who changed Lumen Forge's email?", "recent
// changes", "when did we last talk to Acme Corp?": the history of changes asked for (listActivity, read-only), of the
// client named or of the workspace.
// Only in a question, a request to show it or a few words alone, never beside an action ("undo the last change" is undo-said).
import type { Decision } from '../types';
import { parseDate } from '../values/parse-dates';
import { withoutOpening } from './request-words';
import { closestKnown } from './match-known';
import { escapeRe } from './escape-pattern';

const HISTORY = /\b(?:history|audit (?:log|trail)|change ?log|what (?:has |have |'s )?changed|what did (?:we|you|i|anyone|someone|somebody|they) (?:last |just |recently )?(?:change|do|update|edit)|who (?:changed|edited|updated|touched|modified)|(?:recent|latest|last) changes|activity (?:log|feed|history)|when (?:did|was) (?:we|i|you|anyone|someone) last|when was the last (?:time|contact|call|change)|last (?:contact|touch ?point|interaction) with|what (?:has |have )?happened (?:with|to|on|at|for)|what(?: has|'s| have)? been (?:happening|going on) (?:with|on|at|for)|what went on (?:with|at))\b|anything new (?:from|with|on|at)|what'?s new (?:with|from|at|on)|any news (?:from|on|about)|^activity\b|(?<!\b(?:last|by|latest)\s)\bactivity\s*\??$/i;
const ASKING = /^(?:what|who|when|which|show|list|give me|get me|see|tell me|let me see|pull up|display|any|history|recent|latest)\b|\?\s*$/i;
const ACTING = /^(?:undo|revert|reverse|roll ?back|delete|remove|clear|export|send|email|add|create|make|set|change|update)\b/i;
// A name written after "on", "to", "for", "of", or before "'s": the client asked about.
const NAME = "[\\p{Lu}][\\p{L}\\p{N}&.'’-]*(?:\\s+(?:&|and|of|de|du|van|von)?\\s*[\\p{Lu}][\\p{L}\\p{N}&.'’-]*)*";
const AFTER = new RegExp(`\\b(?:on|to|for|of|at|with|in)\\s+(?:the\\s+client\\s+)?(${NAME})`, 'u');
const BEFORE = new RegExp(`(${NAME})['’]s\\b`, 'u');
const DAY_MS = 86_400_000;

/** The listActivity call the message asks for, or undefined. */
export function readHistoryAsked(raw: string, today: Date, clients: readonly string[] = []): Decision | undefined {
  const text = withoutOpening(raw);
  if (!HISTORY.test(text) || ACTING.test(text) || !(ASKING.test(text) || text.split(/\s+/).length <= 5)) return undefined;
  const lower = text.toLowerCase();
  const known = clients.filter((c) => c.length > 2 && new RegExp(`(?<![\\p{L}])${escapeRe(c.toLowerCase())}(?![\\p{L}])`, 'u').test(lower));
  if (known.length > 1) return undefined;
  const typed = (AFTER.exec(text)?.[1] ?? BEFORE.exec(text.replace(/^\S+\s+/, ''))?.[1])?.replace(/[.,;:!?]+$/, '').trim();
  const client = known[0] ?? (typed && !/^(?:I|UTC|Slack|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(typed) ? closestKnown(typed, [...clients]) ?? typed : undefined);
  const since = sinceOf(lower, today);
  return { kind: 'calls', calls: [{ tool: 'listActivity', args: { ...(client ? { client } : {}), ...(since ? { since } : {}) } }] };
}

/** "today", "yesterday", "this week", "last month", "in the last 3 days": the first day asked about. */
function sinceOf(text: string, today: Date): string | undefined {
  // ("since Monday", "since 1 December": that day, in the past.)
  const said = /\bsince\s+(?!then\b|when\b)(.+)$/.exec(text)?.[1];
  const day = said ? parseDate(said, today, 'past') : undefined;
  if (day && day <= today.toISOString().slice(0, 10)) return day;
  const days = /\b(?:in the |over the )?(?:last|past) (\d{1,3}) days?\b/.exec(text)?.[1];
  const back = days ? Number(days)
    : /\btoday\b/.test(text) ? 0
      : /\byesterday\b/.test(text) ? 1
        // ("this week" is since its Monday; "this month" since its first day.)
        : /\bthis week\b/.test(text) ? (today.getUTCDay() + 6) % 7
          : /\b(?:last|past) week\b/.test(text) ? 7
            : /\bthis month\b/.test(text) ? today.getUTCDate() - 1
              : /\b(?:last|past) month\b/.test(text) ? 30
            : undefined;
  return back === undefined ? undefined : new Date(today.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}
