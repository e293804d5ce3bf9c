// "add the contact Paulo Ferreira", "then add Paulo Ferreira as a contact": a person added as a contact, not a new
// client named after them (seeing no client, the tagger took the name for one, or "then" for a client). The client
// is the one the message named before, or the one remembered, or asked for (resolve-references.ts).
import { type Clause, NONE } from './command-reader';

const ADD = /^(?:add|adding|create|put|enter|save|register)$/;
const FILLER = /^(?:a|an|the|their|our|new|main|primary|another|one|more)$/;
// A lone linking word the tagger may take for a name at a clause's start ("then add ...").
const LINKING = /^(?:then|after|afterwards|also|next|and|so|now|later|first|plus)$/i;
// Words that make the clause about a client after all ("add the client Paulo Ferreira as a contact lead").
const CLIENT_WORD = /\b(?:clients?|customers?|company|account|lead|prospect|opp|opportunity|business)\b/i;

export function withContactAdded(clause: Clause): Clause {
  const top = clause.ranking[0];
  // (Nothing read at all is taken too: "add the contact Paulo Ferreira" says what it is.)
  if ((top?.label !== 'createClient' && top?.label !== NONE) || CLIENT_WORD.test(clause.text)) return clause;
  const named = clause.spans.filter((s) => (s.slot === 'client' || s.slot === 'person') && !LINKING.test(s.text));
  if (named.length !== 1 || !(contactBefore(clause, named[0].from) || contactAfter(clause, named[0].to))) return clause;
  const added = named[0];
  const spans = clause.spans.filter((s) => !(s.slot === 'client' && LINKING.test(s.text))).map((s) => (s === added ? { ...s, slot: 'person' } : s));
  return { ...clause, spans, ranking: [{ label: 'addContact', p: Math.max(top.p, 0.9) }, ...clause.ranking.filter((r) => r.label !== 'addContact' && r !== top)] };
}

/** "add [the | a new] contact [person] <name>" */
function contactBefore(clause: Clause, from: number): boolean {
  let k = from - 1;
  if (clause.words[k] === 'person') k--;
  if (clause.words[k] !== 'contact') return false;
  k--;
  while (k >= clause.from && FILLER.test(clause.words[k])) k--;
  return k >= clause.from && ADD.test(clause.words[k]);
}

/** "<name> as [a | their | the new] contact" */
function contactAfter(clause: Clause, to: number): boolean {
  let k = to + 1;
  if (clause.words[k] !== 'as') return false;
  k++;
  while (k <= clause.to && FILLER.test(clause.words[k])) k++;
  return clause.words[k] === 'contact';
}
