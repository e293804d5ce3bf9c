// A request followed by why ("Please file away Ogunleye Catering Services in the archive, they have moved to
// Manchester and use someone local now"): the reader, trained on requests, is led astray by the reason. The request
// is read again without its tail, cut at a comma, dash, semicolon or full stop, the longest part first, and taken when
// it reads surely and the tail names nothing and holds no value the request could use (so nothing asked is lost).
import type { Decision } from '../types';
import type { Reading } from './command-reader';
import { intentOf, takesSlot } from './schema';

const CUT = /^(?:[,;.:]|[—–-])$/;
const NAMES = new Set(['client', 'person', 'group', 'member', 'invoice', 'quote', 'document', 'newName']);
// A reason or a remark starts with its subject or a word for why ("they have moved ...", "we haven't worked together
// since spring", "as that is how they write it"); one that asks or corrects something is part of the request.
const REASON = /^(?:because|cause|coz|cos|since|as (?:they|we|he|she|it|i|that|this|the)|so (?:that|they|we)|given|now that|they|they're|they've|we|we're|we've|it's|he|she|he's|she's|i|i'm|i've|their|our|which|who)\b/i;
const ASKS = /\b(?:actually|wait|sorry|instead|rather|except|but|also|too|then|should|must|need|needs|want|wants|please|pls|make|let|can|could|would|will|shall|'ll)\b|\?/i;
const QUOTES = /["“”'‘’]/g;

/** The calls of the request without its stated reason, or undefined. */
export function readWithoutAside(reading: Reading, read: (text: string) => Decision, starts: (word: string | undefined) => boolean): Decision | undefined {
  const { tokens, text } = reading;
  const spans = reading.clauses.flatMap((c) => c.spans);
  for (let i = tokens.length - 2; i >= 2; i--) {
    if (!CUT.test(tokens[i].text)) continue;
    const tail = text.slice(tokens[i].end);
    if (!REASON.test(tail.trim()) || ASKS.test(tail) || starts(tokens[i + 1]?.text.toLowerCase())) continue;
    // (Never inside a quoted text: "add note 'intro via Kwame, warm'".)
    if ((text.slice(0, tokens[i].start).match(QUOTES)?.length ?? 0) % 2) continue;
    const after = spans.filter((s) => s.to > i);
    if (after.some((s) => NAMES.has(s.slot))) continue;
    const decision = read(text.slice(0, tokens[i].start).trim());
    if (decision.kind !== 'calls') continue;
    if (after.some((s) => decision.calls.some((c) => takesSlot(intentOf(c), s.slot)))) continue;
    return decision;
  }
  return undefined;
}
