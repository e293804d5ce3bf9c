// Splits a message into sentences and clauses: "add Acme and make jane@acme.com their finance contact" is two.
// A split happens only before an action verb (lower case, so "and Mark Jensen" stays a name).
import { ACTION_VERBS, LEGAL_ABBR } from './lexicon';

const ABBR_END = new RegExp(String.raw`(?:\b[A-Za-z]\.(?:[A-Za-z]\.?)*|\b(?:${LEGAL_ABBR}|Dr|Mr|Mrs|Ms|St|Jr|Sr|No|vs|etc|approx|Prof))\.$`, 'u');

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let buf = '';
  for (const piece of text.split(/(?<=[.!?])\s+/)) {
    buf = buf ? `${buf} ${piece}` : piece;
    if (/[!?]$/.test(buf) || (/\.$/.test(buf) && !ABBR_END.test(buf))) { out.push(buf); buf = ''; }
    else if (!/[.!?]$/.test(buf)) { out.push(buf); buf = ''; }
  }
  if (buf) out.push(buf);
  return out.map((s) => s.trim()).filter(Boolean);
}

const VERBS = ACTION_VERBS.join('|');
const SPLIT = new RegExp(String.raw`(\s*(?:,\s*and\s+then\s+|,\s*then\s+|\s+and\s+then\s+|;\s*|,?\s+and\s+(?:also\s+)?(?:please\s+)?|,\s+(?:also\s+)?(?:please\s+)?|\s+then\s+|\s+also\s+))(?=(?:${VERBS})\s)`, 'g');

export type Piece = { text: string; sep: string };

/** Clauses with the separator that preceded each (kept so a clause that is not an action can be glued back). */
export function splitClauses(sentence: string): Piece[] {
  const bits = sentence.split(SPLIT);
  const out: Piece[] = [{ text: bits[0], sep: '' }];
  for (let i = 1; i < bits.length; i += 2) out.push({ text: bits[i + 1] ?? '', sep: bits[i] });
  return out.filter((p) => p.text.trim());
}
