// "remove Tomasz from the team", "kick jane@studio.com off the workspace", "revoke Priya's access to the workspace":
// a teammate leaving the team, said in words about the team, never a client's contact (no client is named). Read at
// run time: the trained reader has no label for it, and removing access always waits for a click.
import type { Decision } from '../types';
import type { Clause, Reading } from './command-reader';

const REMOVE = /\b(?:remove|removing|kick|take|drop|boot|offboard|revoke|deactivate|disable|let\s+\w+\s+go)\b/i;
const FROM_TEAM = /\b(?:from|off|out of)\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:team|workspace|clientele|seat)\b|\b(?:workspace|team|clientele)\s+(?:access|seat|account)\b|\baccess\s+to\s+(?:the\s+|our\s+)?(?:workspace|team|clientele)\b|\boffboard\b|\btheir\s+seat\b/i;
const WHO = new Set(['person', 'email', 'member', 'owner']);
const SKIP = /^(?:the|our|my|teammate|team|member|user|colleague|please|pls|access|seat|'s|’s)$/i;

/** The clause read as removing a teammate, when its words say so; otherwise as it was. */
export function withTeamRemoval(reading: Reading, clause: Clause, team = false): Clause {
  const text = clause.text;
  if (!REMOVE.test(text) || !(team || FROM_TEAM.test(text)) || clause.spans.some((s) => s.slot === 'client')) return clause;
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

// Who takes over the clients of the one leaving: "... and hand his clients to Ada", "Ada takes her clients", "their
// clients go to nobody". Such words say it is a teammate who leaves, team or no team said.
const HANDOVER = [
  /[,;]?\s*(?:and\s+)?(?:then\s+)?(?:hand|give|pass|move|transfer|reassign)\s+(?:over\s+)?(?:all\s+)?(?:of\s+)?(?:his|her|their)\s+(?:clients|accounts)\s+(?:over\s+)?to\s+([^,.;!?]+?)\s*(?=[,.;!?]|$)/i,
  /[,;]?\s*(?:and\s+)?([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)\s+(?:takes|will take|gets|can take)\s+(?:over\s+)?(?:his|her|their)\s+(?:clients|accounts)\b/u,
  /[,;]?\s*(?:and\s+)?(?:his|her|their)\s+(?:clients|accounts)\s+(?:go|goes|should go|move|moves|can go)\s+to\s+([^,.;!?]+?)\s*(?=[,.;!?]|$)/i,
];
const NOBODY = /^(?:nobody|no one|noone|no-one|no owner|none)$/i;
// "Sam Lee is leaving, give his clients to Ada": the one leaving, named before the handover.
const LEAVING = /^\W*([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)\s+(?:is leaving|leaves|has left|left|is quitting|quits|is departing|is moving on)\b[^,.;!?]*[,.;!?]?\s*(?:so\s*)?$/u;

/** The message read as removing a teammate whose clients go to someone (or nobody), when it says so. */
export function readHandover(text: string, read: (rest: string) => Decision): Decision | undefined {
  for (const re of HANDOVER) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim();
    const to = m[1].trim();
    const reassignTo = NOBODY.test(to) ? 'nobody' : to;
    const d = read(rest);
    if (d.kind !== 'calls' || d.calls.length !== 1 || d.calls[0].tool !== 'removeMember') {
      // (The removal waits for a click that names the teammate and where their clients go.)
      const leaving = LEAVING.exec(rest)?.[1];
      return leaving ? { kind: 'calls', calls: [{ tool: 'removeMember', args: { member: leaving, reassignTo } }] } : undefined;
    }
    return { kind: 'calls', calls: [{ tool: 'removeMember', args: { ...d.calls[0].args, reassignTo } }] };
  }
  return undefined;
}
