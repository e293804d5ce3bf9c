// Where a name ends when the tagger cut it short: a name or text written in quotes is said whole ("Sunrise Foods
// (2019)", a message with its emoji codes), and a client's name goes on over a particle ("do Norte", "et Fils").
import type { Token } from './tokenize';

export const QUOTABLE = new Set(['client', 'group', 'title', 'document', 'project', 'text', 'person']);
const QUOTES = /"([^"]+)"|“([^”]+)”/g;

/**
 * Tokens i..j widened to the quotes around them, within the clause. A name's quotes hold a few words; longer quotes
 * are a relayed message ('from Priya: "can someone add Ferreira Ltda. ..."'), inside which the name is only a part.
 */
export function quoted(text: string, tokens: Token[], i: number, j: number, from: number, to: number, slot: string): [number, number] {
  for (const m of text.matchAll(QUOTES)) {
    const qs = (m.index ?? 0) + 1, qe = (m.index ?? 0) + m[0].length - 1;
    if (tokens[i].start < qs - 1 || tokens[i].start > qe || tokens[j].end > qe + 1) continue;
    let a = i, b = j;
    while (a > from && tokens[a - 1].start >= qs) a--;
    while (b < to && tokens[b + 1].end <= qe) b++;
    if (slot !== 'text' && tokens.filter((t) => t.start >= qs && t.end <= qe).length > 7) return [i, j];
    return slot === 'client' ? afterQuote(tokens, a, b, to) : [a, b];
  }
  return slot === 'client' ? beforeQuote(tokens, i, j, from) : [i, j];
}

/** 'new account "Red Kite" Outfitters Pty Ltd': a name the tagger began after its quoted words begins with them. */
function beforeQuote(tokens: Token[], i: number, j: number, from: number): [number, number] {
  if (i - 2 < from || !CLOSE.test(tokens[i - 1].text) || tokens[i - 1].end === tokens[i].start) return [i, j];
  let k = i - 2;
  while (k > from && k > i - 7 && NAME_WORD.test(tokens[k].text)) k--;
  return /^["“]$/.test(tokens[k].text) && k < i - 2 && tokens[k].end === tokens[k + 1].start ? [k, j] : [i, j];
}

const CLOSE = /^["”]$/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*|&|de|del|da|do|y|e|i|z|o\.o)$/u;
const NOT_NAME = /^(?:Portal|Invoice|Quote|Project|Group|Notes?|Status|Client|Contact|Please|Thanks|The|And|For|With|From|In|At|On|To)$/;

/**
 * '"Fiesta Foods" Pty Ltd', '"Casa Verde" Arquitectura S.A.S.': a quoted name with more of it after the quote is
 * one name, quotes included, up to the first word that is not a name's (lower case, a comma, a command word).
 */
function afterQuote(tokens: Token[], a: number, b: number, to: number): [number, number] {
  if (b + 2 > to || !CLOSE.test(tokens[b + 1].text) || tokens[b + 1].end === tokens[b + 2].start) return [a, b];
  const glued = (k: number) => tokens[k - 1].end === tokens[k].start;
  let end = b + 1;
  while (end + 1 <= to && !NOT_NAME.test(tokens[end + 1].text) && (NAME_WORD.test(tokens[end + 1].text) || (tokens[end + 1].text === '.' && glued(end + 1)))) end++;
  if (end === b + 1 || !/^["“]$/.test(tokens[a - 1]?.text ?? '')) return [a, b];
  return [a - 1, end];
}

const PARTICLE = /^(?:do|da|dos|das|de|di|del|della|du|des|et|e|y|i|und|och|og|en|ve|van|von|der|den|la|le)$/i;

/** The last token of a client span that goes on over particles and the capitalised words after them. */
export function throughParticles(tokens: Token[], tags: string[], j: number, to: number): number {
  let end = j;
  while (end + 2 <= to && tags[end + 1] === 'O' && tags[end + 2] === 'O' && PARTICLE.test(tokens[end + 1].text) && /^\p{Lu}/u.test(tokens[end + 2].text)) {
    end += 2;
    while (end + 1 <= to && tags[end + 1] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[end + 1].text)) end++;
  }
  return end;
}


const NOT_IN_NAME = /^(?:groups?|in|with|for|and|to|on|at|the|a|an|using|billed|billing|net|terms|tone|reminders?|currency|default|should|is|are|will|from|of|by|as|now|too|also|please|pls)$/i;

/** "the Enterprise NA group", "a group Enterprise logos, USD": a group's name goes on, over a word or two, up to "group" or a comma (a colon may end a remark: "the Nordics sync:"). */
export function throughGroupWords(tokens: Token[], tags: string[], j: number, to: number): number {
  for (let k = 1; k <= 2 && j + k <= to; k++) {
    const words = tokens.slice(j + 1, j + k + 1);
    if (words.some((t, n) => tags[j + 1 + n] !== 'O' || !/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(t.text) || NOT_IN_NAME.test(t.text))) return j;
    const next = tokens[j + k + 1]?.text;
    if (next !== undefined && /^(?:groups?|,)$/i.test(next)) return j + k;
  }
  return j;
}

/**
 * A note or message in quotes is one text, its commas and "and"s included ("Happy New Year to you both, and thank you
 * ..."): the tagger's clause breaks inside it are undone when the text is all the quote holds.
 */
export function wholeQuotedText(text: string, tokens: Token[], raw: string[]): string[] {
  const tags = [...raw];
  for (const m of text.matchAll(QUOTES)) {
    const qs = (m.index ?? 0) + 1, qe = (m.index ?? 0) + m[0].length - 1;
    const inside = tokens.map((t, k) => (t.start >= qs && t.end <= qe ? k : -1)).filter((k) => k >= 0);
    const slots = new Set(inside.map((k) => tags[k]).filter((t) => t !== 'O' && t !== 'SEP').map((t) => t.slice(2)));
    // (A text that opens the quotes runs to their end: a date or amount the tagger saw after a semicolon inside
    // them, "...is in the portal; due end of month", is part of what was quoted.)
    const opens = inside.length > 0 && tags[inside[0]].endsWith('-text');
    if (!slots.has('text') || (slots.size !== 1 && !opens) || !inside.some((k) => tags[k] === 'SEP')) continue;
    inside.forEach((k, n) => { tags[k] = n === 0 ? 'B-text' : 'I-text'; });
  }
  return tags;
}
