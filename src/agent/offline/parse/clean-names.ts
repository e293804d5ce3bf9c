// Client and contact references as spans of text: trimming articles, quotes, possessives and trailing filler.
const ABBREV = /(?:\b(?:inc|ltd|co|corp|bros|jr|sr|plc|llc|gmbh|ag|sa|bv|nv|srl|spa|oy|ab|as|pty|pte|dr|st)|\.[A-Za-z])\.$/i;

export const PRONOUN_RE = /^(?:it|them|they|their|theirs|this|that|this one|that one|this client|that client|the client|this company|that company|the company|the account|him|her|his|she|he|this contact|that contact|the contact|the same client)$/i;
export const PERSON_PRONOUN_RE = /^(?:him|her|his|she|he|this contact|that contact|the contact|this person|that person)$/i;

// "everyone", "all contacts", "the whole team": every contact of a client, so no single `contact` argument.
const GROUP = String.raw`(?:contacts?|people|persons|users|staff|team(?:\s+members)?|employees|folks|members)`;
export const QUANTIFIER = String.raw`(?:every(?:one|body)|every\s+(?:single\s+)?(?:contact|person|user)|each\s+(?:contact|person)|all\s+of\s+(?:them|their\s+${GROUP})|all(?:\s+(?:the|their|its))?(?:\s+${GROUP})?|(?:the|their|its)\s+(?:whole|entire)\s+(?:team|company|staff|crew)|(?:the|their|its)\s+${GROUP}|them all)`;
const QUANTIFIER_RE = new RegExp(`^${QUANTIFIER}$`, 'i');

export function isQuantifier(ref: string | undefined): boolean {
  return !!ref && QUANTIFIER_RE.test(ref.trim());
}

export function isPronoun(ref: string | undefined): boolean {
  return !!ref && PRONOUN_RE.test(ref.trim());
}

// Where a reference ends even when the pattern that captured it ran on: a comma before a remark ("X, they went
// quiet"), "and" before a lower-case verb phrase ("X's website and fill in what you can"), a possessive before a
// field noun ("X's website ..."), and where the thing is looked up ("X online", "X from the web"). Field nouns and
// verbs are matched in lower case only, so names like "Sam's Data Co" or "Acme Online" stay whole.
const CLAUSE_END = [
  /\s*[,;]\s*(?:they|they're|they've|theyre|it|it's|its|he|she|we|we've|i|who|whose|which|since|because|cause|as|but|so|though|although|been|haven't|hasn't)\b.*$/i,
  /\s+(?:since|because|cause|as|now that|given that|seeing as)\s+(?:they|they're|they've|it|it's|he|she|we|we've|their|its|nothing|no one)\b.*$/i,
  /\s+(?:and|&)\s+(?:then\s+)?(?:also\s+)?[a-z]+(?:\s+(?:in|out|up|over|down|on|off))?\s+(?:what(?:ever)?|anything|everything|all|the|their|its|his|her|it|them|me|us|any|some|missing|gaps|blanks|info|details|fields)\b.*$/,
  /(?:'s|’s|'|’)\s+(?:website|web site|site|homepage|home page|web page|webpage|domain|url|linkedin|details|info|information|data|profile|record|card|page|file|fields)\b(?:\s+.*)?$/,
  /\s+(?:online|on the (?:web|internet|net)|from the (?:web|internet|net)|on their (?:web)?site|from (?:their|its|the) (?:web ?site|site|homepage))$/,
];

export function cutAtClauseEnd(span: string): string {
  let s = span;
  for (const re of CLAUSE_END) s = s.replace(re, '');
  return s;
}

/** Tidies a captured span into a reference: "the client Acme Corp's" -> "Acme Corp". */
export function cleanRef(span: string | undefined): string | undefined {
  if (!span) return undefined;
  let s = cutAtClauseEnd(span.trim());
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(/^(?:the\s+)?(?:client|customer|company|account|contact|lead|prospect)(?:\s+(?:called|named))?\s+(?=\S)/i, '');
    s = s.replace(/^(?:called|named)\s+/i, '');
    s = s.replace(/^(?:our|my)\s+(?:client|customer)\s+/i, '');
    s = s.replace(/^["“”'‘’`]+|["“”'‘’`]+$/g, '').trim();
    s = s.replace(/(?:(?:'s|’s|')\s+|\s+)(?:data|details|info|information|record|card|profile|page|file|summary|invoices|contacts|projects|notes|balance|payments|history|activity)$/i, '');
    s = s.replace(/(?:'s|’s|s'|s’)$/i, (m) => (m.startsWith('s') ? 's' : ''));
    s = s.replace(/[\s,;:!?]+$/, '').replace(/^[\s,;:-]+/, '');
    if (s.endsWith('.') && !ABBREV.test(s)) s = s.slice(0, -1);
    s = s.replace(/\s+(?:please|pls|now|too|as well|again|asap|today|right away|for me)$/i, '').trim();
    // A verb's particle left beside a name ("bring back X", "hand X over"): lower case only, so "Up & Away" stays.
    s = s.replace(/^(?:back|up|over|out|off|down|away|on)\s+(?=\S)/, '').replace(/\s+(?:back|up|over|out|off|down|away)$/, '').trim();
    if (s === before) break;
  }
  if (!s || /^(?:the|a|an|as|to|status|now|again|too|also|back)$/i.test(s)) return undefined;
  return s;
}

/** A person's name at the start of the text: capitalised words with particles and titles ("Dr. Emma Wilson"). */
export function leadingPersonName(text: string): string | undefined {
  const m = /^((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ter)\s+)*[\p{Lu}][\p{L}'’-]*){0,3})/u.exec(text.trim());
  return m ? m[1].trim() : undefined;
}

/** A reference that may be a person: a leading name, else an email. */
export function looksLikePerson(ref: string): boolean {
  return /@/.test(ref) || /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}$/u.test(ref.trim());
}
