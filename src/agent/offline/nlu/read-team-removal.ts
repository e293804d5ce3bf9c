// "remove Tomasz from the team", "kick jane@studio.com off the workspace", "revoke Priya's access to the workspace":
// a teammate leaving the team, said in words about the team, never a client's contact (no client is named). Read at
// run time: the trained reader has no label for it, and removing access always waits for a click.
import type { Clause, Reading } from './command-reader';

const REMOVE = /\b(?:remove|removing|kick|take|drop|boot|offboard|revoke|deactivate|disable|let\s+\w+\s+go)\b/i;
const FROM_TEAM = /\b(?:from|off|out of)\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:team|workspace|clientele|seat)\b|\b(?:workspace|team|clientele)\s+(?:access|seat|account)\b|\baccess\s+to\s+(?:the\s+|our\s+)?(?:workspace|team|clientele)\b|\boffboard\b|\btheir\s+seat\b/i;
const WHO = new Set(['person', 'email', 'member', 'owner']);
const SKIP = /^(?:the|our|my|teammate|team|member|user|colleague|please|pls|access|seat|'s|’s)$/i;

/** The clause read as removing a teammate, when its words say so; otherwise as it was. */
export function withTeamRemoval(reading: Reading, clause: Clause): Clause {
  const text = clause.text;
  if (!REMOVE.test(text) || !FROM_TEAM.test(text) || clause.spans.some((s) => s.slot === 'client')) return clause;
  const who = clause.spans.filter((s) => WHO.has(s.slot));
  const member = who.length === 1 ? who[0] : who.length ? undefined : nameAfterVerb(reading, clause);
  if (!member) return clause;
  return { ...clause, spans: [{ ...member, slot: 'member' }], ranking: [{ label: 'removeMember', p: 1 }] };
}

/** "offboard Priya", "revoke Priya's access": the word after the verb, written as a name or a Slack mention. */
function nameAfterVerb(reading: Reading, clause: Clause): Clause['spans'][number] | undefined {
  const at = clause.words.findIndex((w, k) => k >= clause.from && k <= clause.to && REMOVE.test(w));
  if (at < 0) return undefined;
  let a = at + 1;
  while (a <= clause.to && SKIP.test(clause.words[a])) a++;
  const token = reading.tokens[a]?.text ?? '';
  if (a > clause.to || !/^(?:[\p{Lu}]|<@|@)/u.test(token)) return undefined;
  let b = a;
  while (b + 1 <= clause.to && /^[\p{Lu}]/u.test(reading.tokens[b + 1].text)) b++;
  return { slot: 'member', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
}
