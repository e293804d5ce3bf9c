// Features of a token for the slot tagger and of a clause for the intent classifier. Strings, so the
// trained weights stay readable; the previous tags are added by the tagger while it decodes.
import { gazetteerFlags, shapeOf, type KnownNames } from './gazetteer';
import type { Token } from './tokenize';

import type { SpellVocabulary } from './spell-vocabulary';

export type TokenContext = { words: string[]; shapes: string[]; flags: string[][]; around: string[][] };

const NAME_GLUE = new Set(['&', 'and', 'of', 'de', 'da', 'do', 'del', 'la', 'von', 'van', 'der', 'y', 'e', 'the', 'und', '-', '.', "'"]);
const PREPOSITIONS = new Set(['to', 'at', 'from', 'for', 'with', 'in', 'on', 'as', 'of', 'by', 'into', 'about', 'called', 'named', 'is', 'are', 'was']);
const SKIP = /^(?:,|\(|\)|:|-)$/;

/** Context beyond the +-2 window: what surrounds the run of capitalised words a token is in, and the nearest prepositions. */
function aroundFeatures(tokens: Token[], words: string[], shapes: string[]): string[][] {
  const cap = (i: number) => /^[\p{Lu}\d]/u.test(tokens[i].text);
  const out: string[][] = tokens.map(() => []);
  let i = 0;
  while (i < tokens.length) {
    if (!cap(i)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && (cap(j + 1) || (NAME_GLUE.has(words[j + 1]) && j + 2 < tokens.length && cap(j + 2)))) j++;
    let a = j + 1;
    while (a < tokens.length && SKIP.test(words[a])) a++;
    const after = a < tokens.length ? (/@|\.[a-z]/.test(words[a]) || /^\+?\d/.test(words[a]) ? `#${shapes[a]}` : words[a]) : '</s>';
    let b = a + 1;
    while (b < tokens.length && (SKIP.test(words[b]) || /@|^\+?\d/.test(words[b]))) b++;
    const after2 = b < tokens.length ? words[b] : '</s>';
    const before = i > 0 ? words[i - 1] : '<s>';
    for (let k = i; k <= j; k++) {
      out[k].push(`ra=${after}`, `ra2=${after2}`, `rb=${before}`, `rbra=${before}|${after}`, `rlen=${Math.min(j - i + 1, 5)}`, `rpos=${k === i ? 'B' : k === j ? 'E' : 'I'}`);
    }
    i = j + 1;
  }
  let prev = '<s>';
  for (let k = 0; k < tokens.length; k++) {
    out[k].push(`pp=${prev}`);
    if (PREPOSITIONS.has(words[k])) prev = words[k];
  }
  let next = '</s>';
  for (let k = tokens.length - 1; k >= 0; k--) {
    out[k].push(`np=${next}`, `pnp=${out[k].find((f) => f.startsWith('pp='))?.slice(3)}|${next}`);
    if (PREPOSITIONS.has(words[k])) next = words[k];
  }
  return out;
}

export function tokenContext(tokens: Token[], known?: KnownNames, vocabulary?: SpellVocabulary): TokenContext {
  const words = tokens.map((t) => t.text.toLowerCase());
  const read = vocabulary ? words.map((w, i) => (/^\p{Lu}/u.test(tokens[i].text) ? w : vocabulary.correct(w))) : words;
  const shapes = tokens.map((t) => shapeOf(t.text));
  return { words: read, shapes, flags: gazetteerFlags(tokens, known), around: aroundFeatures(tokens, words, shapes) };
}

/** Features of token i that do not depend on earlier decisions. */
export function tokenFeatures(ctx: TokenContext, i: number): string[] {
  const { words, shapes, flags } = ctx;
  const w = words[i];
  const at = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : words[k]);
  const sh = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shapes[k]);
  const f = [
    'b', `w=${w}`, `p3=${w.slice(0, 3)}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`, `sh=${shapes[i]}`,
    `w-1=${at(i - 1)}`, `w-2=${at(i - 2)}`, `w+1=${at(i + 1)}`, `w+2=${at(i + 2)}`,
    `sh-1=${sh(i - 1)}`, `sh+1=${sh(i + 1)}`, `sh-1sh=${sh(i - 1)}|${shapes[i]}`, `shsh+1=${shapes[i]}|${sh(i + 1)}`,
    `w-1w=${at(i - 1)}|${w}`, `ww+1=${w}|${at(i + 1)}`, `w-2w-1=${at(i - 2)}|${at(i - 1)}`, `w+1w+2=${at(i + 1)}|${at(i + 2)}`,
  ];
  if (i === 0) f.push('first');
  if (i === words.length - 1) f.push('last');
  for (const g of flags[i]) f.push(`g=${g}`);
  if (i > 0) for (const g of flags[i - 1]) f.push(`g-1=${g}`);
  if (i + 1 < words.length) for (const g of flags[i + 1]) f.push(`g+1=${g}`);
  // The first word of the message (usually the verb) colours every slot after it.
  f.push(`w0=${words[0] ?? ''}`, `w0w=${words[0] ?? ''}|${w}`);
  f.push(...ctx.around[i]);
  return f;
}

/** Features of the tags already chosen to the left. */
export function historyFeatures(ctx: TokenContext, i: number, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${ctx.words[i]}`, `t-1sh=${prev}|${ctx.shapes[i]}`];
}

/** A clause for the intent classifier: its words outside slots, slots as placeholders, and letter trigrams. */
export function clauseFeatures(words: string[], slots: Array<string | null>, context: readonly string[] = []): string[] {
  const seq: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const s = slots[i];
    if (s) {
      if (seq[seq.length - 1] !== `<${s}>`) seq.push(`<${s}>`);
    } else if (/[\p{L}\d?]/u.test(words[i])) seq.push(words[i]);
  }
  const f = new Set<string>(['b']);
  seq.forEach((w, i) => {
    f.add(`u=${w}`);
    if (i < seq.length - 1) f.add(`bi=${w}|${seq[i + 1]}`);
    if (i === 0) f.add(`first=${w}`);
    if (i === 1) f.add(`second=${w}`);
    if (!w.startsWith('<') && w.length > 3) {
      const padded = `^${w}$`;
      for (let k = 0; k + 3 <= padded.length; k++) f.add(`c=${padded.slice(k, k + 3)}`);
    }
  });
  if (seq.length) f.add(`lastw=${seq[seq.length - 1]}`);
  // What the conversation already points at ("archive it" acts only when there is an "it").
  for (const c of context) {
    f.add(`ctx=${c}`);
    if (seq.length) f.add(`ctx=${c}|${seq[0]}`);
  }
  f.add(`len=${Math.min(seq.length, 12)}`);
  return [...f];
}
