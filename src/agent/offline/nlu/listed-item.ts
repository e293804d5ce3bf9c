// "Linden & Moss quote — website rebuild — £14,500": a value said as an item of its own, set apart by dashes or
// commas, that the tagger left unmarked (a quote's title); "... due 15 jan for phase 1": one said last after "for".
import type { Place, Words } from './fill-details';

const ITEM_BREAK = /^(?:—|–|-|,|;|:)$/;
const COMMAND_WORDS = /^(?:quote|quotes|invoice|new|draft|create|make|please|pls|for|the|a|an)$/i;

/** The one run of free words set apart by dashes or commas that is no command word and `plain` (no date, no money),
 *  if there is one. */
export function listedItem(free: number[], place: Place, w: Words, plain: (said: string) => boolean): string | undefined {
  const items: string[] = [];
  let from = place.from;
  for (let i = place.from; i <= place.to + 1; i++) {
    if (i <= place.to && !ITEM_BREAK.test(w.words[i])) continue;
    const ks = Array.from({ length: i - from }, (_, n) => from + n);
    const words = ks.map((k) => w.words[k]);
    if (ks.length && ks.length <= 5 && ks.every((k) => free.includes(k)) && !words.every((x) => COMMAND_WORDS.test(x))) {
      const said = w.text.slice(w.tokens[ks[0]].start, w.tokens[ks[ks.length - 1]].end);
      if (/\p{L}{2}/u.test(said) && plain(said)) items.push(said);
    }
    from = i + 1;
  }
  return items.length === 1 ? items[0] : undefined;
}

/** The free words after a last "for" that ends the clause ("for phase 1"), at most five, `plain` and no pronoun. */
export function saidLastFor(free: number[], place: Place, w: Words, plain: (said: string) => boolean): string | undefined {
  const end = /^[.!]$/.test(w.words[place.to] ?? '') ? place.to - 1 : place.to;
  let f = end;
  while (f > place.from && free.includes(f) && w.words[f] !== 'for') f--;
  if (w.words[f] !== 'for' || f >= end || end - f > 5 || !free.includes(f)) return undefined;
  const said = w.text.slice(w.tokens[f + 1].start, w.tokens[end].end).replace(/^(?:the|a|an)\s+/i, '');
  return /\p{L}{2}/u.test(said) && plain(said) && !/^(?:it|them|that|this|him|her|us|me)$/i.test(said) ? said : undefined;
}
