// Splits a command into tokens with their character offsets. Emails, links, dates, money-like numbers and
// references (INV-0042) stay whole, so a value is always a run of tokens and its text a slice of the input.
export type Token = { text: string; start: number; end: number };

const PARTS = [
  String.raw`[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`, // email
  String.raw`https?:\/\/[^\s<>"',;)]+[^\s<>"',;).!?]`, // link with a scheme
  String.raw`(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,24}|[A-Z]{2,6})(?![\p{L}\d@-])(?:\/[^\s,;)<>"]*[^\s,;)<>".!?])?`, // domain
  String.raw`\d{4}-\d{2}-\d{2}`, // ISO date
  String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\/\d{1,2}`, // 14/03/2026, 14/03
  String.raw`[A-Za-z]{1,4}-\d{1,6}\b`, // INV-0042, Q-3
  String.raw`\+?\d+(?:[.,'’]\d+)*(?:st|nd|rd|th|k|K|m|M|mn|bn)?(?![\p{L}\d])`, // numbers, 2,40,000, 60k, 3rd
  String.raw`(?:US|CA|AU|NZ|HK|C|A|S|R)\$|R(?=\d)`, // prefixed dollar signs, R for rand
  String.raw`(?:\p{L}\.){2,}`, // S.A., o.o., U.S.
  String.raw`@[A-Za-z0-9._-]+`, // a decoded Slack mention or handle
  String.raw`['’][sS](?![\p{L}\d])`, // a possessive 's
  String.raw`[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+|['’](?![sS](?![\p{L}\d]))[\p{L}\p{M}\d]+)*`, // words
  String.raw`\/[a-z]+(?=\s|$)`, // a slash command
  String.raw`\S`, // any other symbol, one character at a time
];
const TOKEN_RE = new RegExp(PARTS.join('|'), 'gu');

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** The input text covered by tokens i..j (inclusive). */
export function spanText(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i].start, tokens[j].end);
}
