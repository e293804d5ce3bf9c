// "Please put a Note against Pendlebury Funeral Directors: Mr. Pendlebury is away until the 30th": a note or a
// message whose text the tagger did not mark is everything after "<client>:" to the end of the clause, names,
// places and dates in it included.
import type { Clause, Reading } from './command-reader';
import { INTENTS } from './schema';

const WITH_TEXT = new Set(['addNote', 'messageClient']);

// A thanks that ends the message, after the message's own words ("...: invoice is settled, thanks!").
const THANKS = /^(?:thanks|thank|you|cheers|so|much|again|[,.!]+)$/i;

export function withTextAfterColon(reading: Reading, clause: Clause): Clause {
  if (!WITH_TEXT.has(clause.ranking[0]?.label ?? '')) return clause;
  const said = clause.spans.find((s) => s.slot === 'text');
  if (said) return withThanksKept(reading, clause, said);
  const client = clause.spans.find((s) => s.slot === 'client' && reading.tokens[s.to + 1]?.text === ':');
  if (!client || client.to + 2 > clause.to) return clause;
  const a = client.to + 2;
  const b = clause.to;
  const text = { slot: 'text', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
  return { ...clause, spans: [...clause.spans.filter((s) => s.to < a), text] };
}

/** A message's text the clause split off its closing thanks: the thanks is the message's, said to the client. */
function withThanksKept(reading: Reading, clause: Clause, said: Clause['spans'][number]): Clause {
  const last = reading.tokens.length - 1;
  const colon = reading.tokens.slice(clause.from, said.from).some((t) => t.text === ':');
  if (clause.ranking[0]?.label !== 'messageClient' || !colon || said.to >= last) return clause;
  const rest = reading.tokens.slice(said.to + 1);
  if (!rest.every((t) => THANKS.test(t.text)) || !rest.some((t) => /^(?:thanks|thank|cheers)$/i.test(t.text))) return clause;
  const text = { ...said, to: last, text: reading.text.slice(reading.tokens[said.from].start, reading.tokens[last].end) };
  return { ...clause, spans: clause.spans.map((s) => (s === said ? text : s)) };
}

// "Halcyon Labs: contract ends 12/31, set the end date": a field of the client asked to be set, with no word for a
// note or a message, is a change to the client, not a note of the sentence.
const FIELD_SET = /\b(?:set|update|change|record|put in|enter|fill in)\s+(?:the|their|its)\s+(?:end date|start date|payment terms|currency|reminder tone|status|website|phone(?: number)?|email(?: address)?)\b/i;
const NOTE_WORDS = /\bnote|\bmessag|\btell\b|\blet them know\b|\bwrite\b|["“]/i;

// The slot of the value a field's word asks for, when it was read: "change the email of X, the new one is a@b.c".
const FIELD_SLOTS: Array<[RegExp, string]> = [[/email/i, 'email'], [/phone/i, 'phone'], [/website/i, 'website'], [/currency/i, 'currency']];

export function withFieldSet(clause: Clause): Clause {
  const top = clause.ranking[0];
  const field = FIELD_SET.exec(clause.text)?.[0];
  const slot = field ? FIELD_SLOTS.find(([re]) => re.test(field))?.[1] : undefined;
  // (An unsure reading, with the field's new value read and only the client's name beside it, is that change.)
  const unsure = top?.label === 'updateClient' ? top.p < 0.7 : !INTENTS[top?.label ?? '']?.writes;
  const valued = slot && unsure && clause.spans.some((s) => s.slot === slot) && !clause.spans.some((s) => s.slot === 'person');
  if (valued && clause.spans.filter((s) => s.slot === 'client').length === 1) {
    return { ...clause, ranking: [{ label: 'updateClient', p: 0.7 }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
  }
  if (!WITH_TEXT.has(top?.label ?? '') || !field || NOTE_WORDS.test(clause.text)) return clause;
  if (clause.spans.filter((s) => s.slot === 'client').length !== 1) return clause;
  const spans = clause.spans.filter((s) => s.slot !== 'text');
  return { ...clause, spans, ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== top.label)] };
}
