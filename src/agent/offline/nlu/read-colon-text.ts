// "Please put a Note against Pendlebury Funeral Directors: Mr. Pendlebury is away until the 30th": a note or a
// message whose text the tagger did not mark is everything after "<client>:" to the end of the clause, names,
// places and dates in it included.
import type { Clause, Reading } from './command-reader';

const WITH_TEXT = new Set(['addNote', 'messageClient']);

export function withTextAfterColon(reading: Reading, clause: Clause): Clause {
  if (!WITH_TEXT.has(clause.ranking[0]?.label ?? '') || clause.spans.some((s) => s.slot === 'text')) return clause;
  const client = clause.spans.find((s) => s.slot === 'client' && reading.tokens[s.to + 1]?.text === ':');
  if (!client || client.to + 2 > clause.to) return clause;
  const a = client.to + 2;
  const b = clause.to;
  const text = { slot: 'text', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
  return { ...clause, spans: [...clause.spans.filter((s) => s.to < a), text] };
}

// "Halcyon Labs: contract ends 12/31, set the end date": a field of the client asked to be set, with no word for a
// note or a message, is a change to the client, not a note of the sentence.
const FIELD_SET = /\b(?:set|update|change|record|put in|enter|fill in)\s+(?:the|their|its)\s+(?:end date|start date|payment terms|currency|reminder tone|status|website|phone(?: number)?|email(?: address)?)\b/i;
const NOTE_WORDS = /\bnote|\bmessag|\btell\b|\blet them know\b|\bwrite\b|["“]/i;

export function withFieldSet(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!WITH_TEXT.has(top?.label ?? '') || !FIELD_SET.test(clause.text) || NOTE_WORDS.test(clause.text)) return clause;
  if (clause.spans.filter((s) => s.slot === 'client').length !== 1) return clause;
  const spans = clause.spans.filter((s) => s.slot !== 'text');
  return { ...clause, spans, ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== top.label)] };
}
