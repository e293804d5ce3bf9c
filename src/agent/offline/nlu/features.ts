// Features of a token for the slot tagger and of a clause for the intent classifier. Strings, so the
// trained weights stay readable; the previous tags are added by the tagger while it decodes.
import { gazetteerFlags, shapeOf, type KnownNames } from './gazetteer';
import type { Token } from './tokenize';

export type TokenContext = { words: string[]; shapes: string[]; flags: string[][] };

export function tokenContext(tokens: Token[], known?: KnownNames): TokenContext {
  return {
    words: tokens.map((t) => t.text.toLowerCase()),
    shapes: tokens.map((t) => shapeOf(t.text)),
    flags: gazetteerFlags(tokens, known),
  };
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
  // The nearest verb-like first word of the message colours every slot after it.
  f.push(`w0=${words[0] ?? ''}`);
  return f;
}

/** Features of the tags already chosen to the left. */
export function historyFeatures(ctx: TokenContext, i: number, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${ctx.words[i]}`, `t-1sh=${prev}|${ctx.shapes[i]}`];
}

/** A clause for the intent classifier: its words outside slots, slots as placeholders, and letter trigrams. */
export function clauseFeatures(words: string[], slots: Array<string | null>): string[] {
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
  f.add(`len=${Math.min(seq.length, 12)}`);
  return [...f];
}
