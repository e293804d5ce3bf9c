// "Chen Jing is the PM on the Zhou & Partners side, add her: ...", "Marguerite Olsen runs finance at Fernbrook Dairy":
// a person's full name opening the sentence, which the tagger leaves untagged (it learned that a capital there is
// only the sentence's), is the contact the change is about.
import type { Clause, Reading } from './command-reader';
import { nameRuns } from './find-client-name';

const SAYS = /^(?:is|was|will|has|had|runs|ran|handles|does|joined|joins|leads|heads|manages|takes|took|replaces|replaced|works|worked|now|moved|became|becomes|['’]s)$/i;

export function withOpeningPerson(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  if ((top !== 'addContact' && top !== 'updateContact') || clause.spans.some((s) => s.slot === 'person')) return clause;
  const run = nameRuns(reading, clause).find(([a, b]) => a === clause.from && b > a && b - a <= 2);
  if (!run || !SAYS.test(reading.tokens[run[1] + 1]?.text ?? '')) return clause;
  const [a, b] = run;
  const person = { slot: 'person', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
  return { ...clause, spans: [person, ...clause.spans] };
}
