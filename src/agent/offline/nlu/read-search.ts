// "find Northwind", "search northwind", "Lookup: Holmberg", "look up brightline for me": a clause that is only a search
// verb and the words to search for is a search for those words, whatever the classifier leaned to (a name it never
// saw read as a quote's send), and the words are never dropped to list every client.
import type { Clause, Reading } from './command-reader';

const SEARCH = /^\W*(?:(?:please|pls|can you|could you|would you)\s+)?(?:find|search(?:\s+for)?|look\s*up|lookup|look\s+for)\s*:?\s+(.+?)\s*(?:\bfor me\b|\bplease\b|\bpls\b)?[\s?.!]*$/i;
const FILLER = /^(?:(?:the|a|an|client|clients|customer|customers|account|accounts|anyone|anybody|someone|somebody|called|named|matching)\s+)+/i;
const GENERIC = /^(?:all|everything|everyone|anything|clients?|customers?|accounts?|leads?|contacts?|them|it)$/i;

const ON_THE_WEB = /\s(?:online|on\s+(?:the\s+)?(?:web|internet|google|linkedin)|on\s+their\s+(?:site|website))$/i;

export function withSearchSaid(reading: Reading, clause: Clause): Clause {
  if (reading.clauses.length !== 1 || clause.spans.some((s) => s.slot !== 'client' && s.slot !== 'query')) return clause;
  const m = SEARCH.exec(clause.text);
  const words = m?.[1].replace(FILLER, '').trim();
  if (!words || GENERIC.test(words) || words.split(/\s+/).length > 4) return clause;
  // ("look up X online", "... on the web": the client looked up on the web, as the classifier read it.)
  if (ON_THE_WEB.test(words)) return clause;
  const from = reading.tokens.findIndex((t, k) => k >= clause.from && reading.text.slice(t.start).startsWith(words));
  if (from < 0) return clause;
  let to = from;
  while (to < clause.to && reading.tokens[to].end < reading.tokens[from].start + words.length) to++;
  const query = { slot: 'query', text: words, from, to, margin: 0 };
  return { ...clause, spans: [query], ranking: [{ label: 'findClients', p: 0.9 }, ...clause.ranking.filter((r) => r.label !== 'findClients')] };
}

// "I should like to see the complete record of X", "pull up the full profile for X": the client's page, asked for in
// words (the classifier can read "complete" as "delete").
const RECORD = /^\W*(?:(?:please|pls|can you|could you|would you)\s+)?(?:show|see|view|open|pull up|bring up|display|get)\s+(?:me\s+)?(?:the\s+|their\s+)?(?:(?:complete|full|whole|entire)\s+)?(?:record|profile|details|card|page|overview)\s+(?:of|for|on)\s/i;

export function withRecordSaid(clause: Clause): Clause {
  if (clause.ranking[0]?.label === 'showClient' || !RECORD.test(clause.text) || !clause.spans.some((s) => s.slot === 'client')) return clause;
  return { ...clause, ranking: [{ label: 'showClient', p: 0.9 }, ...clause.ranking.filter((r) => r.label !== 'showClient')] };
}
