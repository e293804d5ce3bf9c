// "flip them to active and record the start date as 1 June": a clause that only gives more of the fields of the
// action before it (no name of its own, nothing that action has no use for) is part of that action, not a remark to drop.
import type { Clause, Reading } from './command-reader';
import { INTENTS, NONE, takesSlot } from './schema';

const NAMES = new Set(['client', 'person', 'group', 'member', 'newName']);
const SETS = /^\W*(?:(?:and|then|also|pls|please|can you|could you)\s+)*(?:record|set|put|add|make|mark|enter|log|change|update|note)\b/i;

/** The clause before, grown by this one, when this one reads as nothing but sets fields the one before takes. */
export function withFieldsOfBefore(reading: Reading, before: { clause: Clause; intent: string | null } | undefined, clause: Clause): Clause | undefined {
  const intent = before?.intent;
  if (!intent || !INTENTS[intent]?.writes || clause.ranking[0].label !== NONE || !SETS.test(clause.text)) return undefined;
  const had = new Set(before.clause.spans.map((s) => s.slot));
  // ("record the start date as 29 May": a date the clause says which one of.)
  const which = /\bstart(?:ing)?\s+date\b/i.test(clause.text) ? 'startDate' : /\bend(?:ing)?\s+date\b/i.test(clause.text) ? 'endDate' : undefined;
  const spans = clause.spans.map((s) => (s.slot === 'date' && which ? { ...s, slot: which } : s));
  if (!spans.length || spans.some((s) => NAMES.has(s.slot) || had.has(s.slot) || !takesSlot(intent, s.slot))) return undefined;
  const b = before.clause;
  return { ...b, to: clause.to, text: reading.text.slice(reading.tokens[b.from].start, reading.tokens[clause.to].end), spans: [...b.spans, ...spans] };
}
