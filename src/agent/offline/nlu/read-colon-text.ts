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
