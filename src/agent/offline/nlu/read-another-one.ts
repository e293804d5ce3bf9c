// "create a quote for nordlicht design 9,500 euros logo and packaging and another one for greyfield 3k": a clause that
// asks for "another one" is the action before it again (not whatever its few words suggest), and a bare word or two
// the tagger cut off after a title ("logo" + "and" + "packaging") is more of that title.
import type { Clause, Reading } from './command-reader';
import { INTENTS } from './schema';

const ANOTHER = /^(?:(?:and|then|also|plus)\s+)?(?:another(?:\s+one)?|one more|a second one)\b/i;
const TITLES = new Set(['title', 'text', 'description', 'project']);
const JOINS = /^(?:and|&)$/i;

function titleGoesOn(reading: Reading, prev: Clause, clause: Clause): boolean {
  const last = prev.spans[prev.spans.length - 1];
  const words = clause.words.slice(clause.from, clause.to + 1);
  // (The few words' own reading means little: "report" alone reads as sharing a document.)
  return Boolean(last) && TITLES.has(last.slot) && last.to === prev.to && clause.spans.length === 0 && !reading.starters?.has(words[0])
    && JOINS.test(reading.tokens[prev.to + 1]?.text ?? '') && clause.from === prev.to + 2
    && words.length <= 2 && words.every((w) => /^\p{L}+$/u.test(w));
}

export function withAnotherOne(reading: Reading, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const prev = out[out.length - 1];
    if (prev && titleGoesOn(reading, prev, clause)) {
      const text = (from: number) => reading.text.slice(reading.tokens[from].start, reading.tokens[clause.to].end);
      const last = prev.spans[prev.spans.length - 1];
      out[out.length - 1] = { ...prev, to: clause.to, text: text(prev.from), spans: [...prev.spans.slice(0, -1), { ...last, to: clause.to, text: text(last.from) }] };
      continue;
    }
    const again = prev?.ranking[0].label;
    if (again && INTENTS[again]?.writes && ANOTHER.test(clause.text)) {
      out.push({ ...clause, said: again, ranking: [{ label: again, p: Math.max(0.9, prev.ranking[0].p) }, ...clause.ranking.filter((r) => r.label !== again)] });
    } else out.push(clause);
  }
  return out;
}
