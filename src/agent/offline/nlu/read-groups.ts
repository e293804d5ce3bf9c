// "could the EU clients group use firm reminders?", "should Ōtsuka Ceramics be in the small studios group?": a group
// named by the words before "group", and clients said to go in it, which the tagger trained on "the group X" misses.
import type { Clause, Reading } from './command-reader';
import { WORKSPACE_WORDS } from './read-polarity';
import { unsaid } from './rule-out-intents';

const DETERMINER = /^(?:the|our|my|a|that|this)$/i;
const MEMBERSHIP = /^(?:go|goes|be|belong|belongs|join|joins|put|move|moved|add|added|sit|sits|live|lives|included|fall|falls|fit|fits)$/i;
const NAME_WORD = /^[\p{L}\p{N}&'’-]+$/u;
const CREATE = /^(?:create|creating|new|make|making|start|set|setup|add|open|form|build)$/i;
const INSIDE_NAME = new Set(['group', 'country', 'city', 'region', 'industry', 'currency', 'status']);
const NOT_GROUP_WORD = /^(?:new|same|right|whole|entire|other|client|clients'|group)$/i;

/** The words of "the <words> group" in the clause, as token indexes, or undefined. */
function groupPhrase(reading: Reading, clause: Clause): [number, number] | undefined {
  const word = (k: number) => reading.tokens[k]?.text ?? '';
  for (let k = clause.from + 2; k <= clause.to; k++) {
    if (!/^group$/i.test(word(k)) || !NAME_WORD.test(word(k - 1))) continue;
    let a = k - 1;
    while (a > clause.from && a > k - 4 && !DETERMINER.test(word(a - 1)) && NAME_WORD.test(word(a - 1))) a--;
    if (!DETERMINER.test(word(a - 1)) || NOT_GROUP_WORD.test(word(a))) continue;
    // (A place or a kind inside it is the group's name: "the UK retail group"; a client or a person is not.)
    // (A lower-case client guessed from "the small studios group" is this phrase; "the Meridian Dental Group" is a client.)
    const guessed = (s: { slot: string; text: string; to: number }) => s.slot === 'client' && s.to === k && s.text === s.text.toLowerCase();
    if (clause.spans.some((s) => s.from <= k - 1 && s.to >= a && !INSIDE_NAME.has(s.slot) && !guessed(s))) continue;
    return [a, k - 1];
  }
  return undefined;
}

/** A group change or a move into a group, with the group's name taken from "the <words> group" when untagged. */
export function withGroupPhrase(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const phrase = groupPhrase(reading, clause);
  if (!phrase || clause.spans.some((s) => s.slot === 'group' && (s.from > phrase[1] || s.to < phrase[0]))) return clause;
  const [a, b] = phrase;
  const group = { slot: 'group', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
  let spans = [...clause.spans.filter((s) => !(s.from <= b && s.to >= a)), group].sort((x, y) => x.from - y.from);
  // ("should Saanvi Iyer go into the Publishers group?": a person's name going into a group is a client's, a freelancer's.)
  const people = spans.filter((s) => s.slot === 'person');
  if (!spans.some((s) => s.slot === 'client') && people.length === 1) spans = spans.map((s) => (s === people[0] ? { ...s, slot: 'client' } : s));
  const before = clause.words.slice(clause.from, a);
  // "X and Y go in the ... group": clients said to go in it are moved there.
  const moved = spans.some((s) => s.slot === 'client') && before.some((w) => MEMBERSHIP.test(w)) && /^(?:in|into|to)$/i.test(reading.tokens[a - 2]?.text ?? '');
  // "could the UK retail group use firm reminders?": a group named with "the" and no word for making one is one that exists.
  const existing = top === 'createGroup' && !clause.words.slice(clause.from, clause.to + 1).some((w) => CREATE.test(w));
  if (existing) return { ...clause, spans, ranking: [{ label: 'updateGroup', p: clause.ranking[0].p }, ...clause.ranking.filter((r) => r.label !== 'updateGroup' && r.label !== 'createGroup')] };
  if (top === 'updateGroup' && !moved) return { ...clause, spans };
  // ("could the small studios group have friendlier reminders?": with no client, a setting said is the group's; withGroupSettings reads it.)
  const said = spans.some((s) => s.slot === 'client') || spans.some((s) => GROUP_SETTINGS.has(s.slot));
  if (!moved || top === 'createGroup') return top === 'updateClient' && said ? { ...clause, spans } : clause;
  // (The words say the move outright: as sure as a plain "move X into the Y group".)
  const p = Math.max(0.8, clause.ranking[0]?.p ?? 0);
  return { ...clause, spans, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}

const GROUP_SETTINGS = new Set(['paymentTerms', 'currency', 'reminderTone']);
const GROUP_READINGS = new Set(['createGroup', 'updateGroup']);

/** "the group DACH Kunden has 30 days instead of 14": a named group's setting, and no client or team role in the clause, changes the group. */
export function withGroupSettings(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || GROUP_READINGS.has(top.label) || !clause.spans.some((s) => s.slot === 'group') || !clause.spans.some((s) => GROUP_SETTINGS.has(s.slot))) return clause;
  if (clause.spans.some((s) => s.slot === 'client' || s.slot === 'teamRole' || s.slot === 'person')) return clause;
  // ("the payment terms of the workspace ... leave the group": the workspace's, said in words.)
  if (WORKSPACE_WORDS.test(clause.words.slice(clause.from, clause.to + 1).join(' '))) return clause;
  return { ...clause, ranking: [{ label: 'updateGroup', p: Math.max(top.p, 0.8) }, ...clause.ranking.filter((r) => r.label !== 'updateGroup')] };
}

// "make Pounds Sterling the default currency for the whole business", "rename our business to X": a setting said of
// the workspace in its own words, with no client, group or person named, is the workspace's (where the classifier
// weighed it against a quote or a group).
const WORKSPACE_SLOTS = new Set(['currency', 'paymentTerms', 'reminderTone', 'newName']);

export function withWorkspaceSettings(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || (top.label === 'updateWorkspace' && top.p >= 0.7) || !clause.ranking.slice(0, 3).some((r) => r.label === 'updateWorkspace')) return clause;
  if (!WORKSPACE_WORDS.test(clause.text) || /\?\s*$/.test(clause.text)) return clause;
  if (!clause.spans.some((s) => WORKSPACE_SLOTS.has(s.slot)) || clause.spans.some((s) => ['client', 'group', 'person', 'member', 'amount'].includes(s.slot))) return clause;
  return { ...clause, ranking: [{ label: 'updateWorkspace', p: Math.max(0.7, top.p) }, ...clause.ranking.filter((r) => r.label !== 'updateWorkspace')] };
}

/** "EU retainers → neutral tone pls": a group the workspace has, named where the tagger marked nothing, is that group. */
export function withKnownGroup(reading: Reading, clause: Clause): Clause {
  if (!reading.flags || clause.spans.some((s) => s.slot === 'group')) return clause;
  const flags = reading.flags;
  for (let i = clause.from; i <= clause.to; i++) {
    if (!flags[i]?.includes('B-known-groups')) continue;
    let j = i;
    while (j + 1 <= clause.to && flags[j + 1]?.includes('I-known-groups')) j++;
    // (A part of its name the tagger took for something else, "Nordic" of "Nordic retainers" as an owner, is the group's.)
    const inside = (s: { from: number; to: number }) => s.from >= i && s.to <= j;
    if (clause.spans.some((s) => s.from <= j && s.to >= i && !inside(s))) { i = j; continue; }
    const group = { slot: 'group', text: reading.text.slice(reading.tokens[i].start, reading.tokens[j].end), from: i, to: j, margin: 0 };
    // (Its settings changed: the group is said by its name, with no word "group".)
    return { ...clause, said: 'updateGroup', spans: [...clause.spans.filter((s) => !inside(s)), group].sort((a, b) => a.from - b.from) };
  }
  return clause;
}

/** "Bruckner GmbH should get firm reminders": a client's setting the classifier split between the client and a
 *  group, with no word for a group said and the client named, is the client's (the group's weight is the client's). */
export function withClientNotGroup(clause: Clause): Clause {
  const [first, second] = clause.ranking;
  if (!first || !second) return clause;
  const pair = new Set([first.label, second.label]);
  if (!pair.has('updateClient') || !pair.has('updateGroup') || clause.spans.some((s) => s.slot === 'group')) return clause;
  if (!clause.spans.some((s) => s.slot === 'client') || !clause.spans.some((s) => GROUP_SETTINGS.has(s.slot)) || !unsaid('updateGroup', clause)) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: first.p + second.p }, ...clause.ranking.slice(2)] };
}
