// What a change's clause says that its reading did not place: a value no slot took, or a second action the tagger
// did not split off. The reader asks about it instead of writing half of what was said.
import type { Clause, Reading } from './command-reader';
import { brokenList } from './join-name-lists';
import { INTENTS, takesSlot } from './schema';

const VALUE_FLAGS = ['email', 'url', 'plus', 'B-country', 'I-country'];
const TAX_LABEL = /^(?:P\.?IVA|VAT|GST|GSTIN|ABN|EIN|TIN|NIF|CIF|RFC|RUT|RUC|NIT|CUIT|TVA|KvK|BTW|CVR|UID|USt-?IdNr\.?)$/i;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|zip|png|jpe?g|mov|mp4|key|pages|numbers)$/i;

/**
 * A change whose clause holds a value no slot took (an email, a web address, a phone, a country): the reading
 * missed part of what was said, so it asks instead of writing half of it. The words it could not place.
 */
export function leftover(reading: Reading, clause: Clause, minP: number): string | undefined {
  const top = clause.ranking[0];
  const spec = INTENTS[top.label];
  if (!spec?.writes || !reading.flags || top.p < minP) return undefined;
  const used = (slot: string) => takesSlot(top.label, slot);
  const second = secondAction(reading, clause);
  if (second) return second;
  const unlisted = brokenList(clause, spec);
  if (unlisted) return unlisted;
  const flags = reading.flags;
  const covered = (i: number) => clause.spans.some((s) => s.from <= i && s.to >= i && used(s.slot));
  for (let i = clause.from; i <= clause.to; i++) {
    if (!flags[i]?.some((f) => VALUE_FLAGS.includes(f)) || FILE_NAME.test(reading.tokens[i].text)) continue;
    // ("P.IVA IT04512360968": the label of a tax number the clause placed, not a web address.)
    if (TAX_LABEL.test(reading.tokens[i].text) && clause.spans.some((s) => s.slot === 'taxId')) continue;
    // A country of several words ("the Netherlands") is placed when any of its words is.
    let j = i;
    while (j + 1 <= clause.to && flags[j + 1]?.includes('I-country')) j++;
    const run = Array.from({ length: j - i + 1 }, (_, k) => i + k);
    if (!run.some(covered)) return reading.tokens.slice(i, j + 1).map((t) => t.text).join(' ');
    i = j;
  }
  return undefined;
}

const NOT_VERBS = new Set(['a', 'the', 'please', 'tell']);

/** "create group Benelux and move De Vries into it": a second action the reader did not split off, from its joining word on. */
function secondAction(reading: Reading, clause: Clause): string | undefined {
  if (!reading.starters) return undefined;
  const w = clause.words;
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!/^(?:and|then|also|&|\+|;)$/.test(w[k]) || !reading.starters.has(w[k + 1]) || NOT_VERBS.has(w[k + 1])) continue;
    if (clause.spans.some((s) => s.from <= k && s.to >= k)) continue;
    // Only when it names something the first action has no use for ("... and move De Vries into it");
    // "upload it and share it" is one action the reading already holds.
    const unused = clause.spans.some((s) => s.from > k && !takesSlot(clause.ranking[0].label, s.slot));
    if (unused) return reading.text.slice(reading.tokens[k].start, reading.tokens[clause.to].end);
  }
  return undefined;
}
