// A letter or a note of several sentences ("I am sorry to say that X has closed its doors. Please mark them as a
// Former client."): the reader, trained on single requests, reads the whole as one clause and is unsure. Each
// sentence is read again on its own, a later one with the client an earlier one named as what "them" means; the
// sentences that read surely are taken when every value the tagger found in the whole message is in their calls,
// so a sentence left unread said nothing that is lost.
import type { Decision, Memory, PlannedCall } from '../types';
import { remember } from './read-topic-list';

// A sentence ends at . ! ? before a capital, not after an abbreviation ("Bros.", "Ltd.", "Mr.", "S.A.").
const END = /(?<=[\p{Ll}\p{N})"”'’][.!?]|[!?])\s+(?=["“]?\p{Lu})/gu;
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}[\p{L}]{0,4}|\p{L}(?:\.\p{L})+|[\p{Ll}]{1,3}|etc|approx|incl|no)\.$/u;

/** The message's sentences, or undefined when it is one. */
export function sentencesOf(text: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const before = text.slice(start, m.index);
    if (ABBREVIATION.test(before) && !/[!?]$/.test(before)) continue;
    out.push(before.trim());
    start = m.index + m[0].length;
  }
  out.push(text.slice(start).trim());
  const said = out.filter((s) => /[\p{L}\p{N}]/u.test(s));
  return said.length > 1 && said.length <= 5 ? said : undefined;
}

export type Detail = { slot: string; text: string };
const NAMES = new Set(['client', 'person', 'contact', 'member']);
// "rename the group Latam to... no, leave the group": a message that takes part of itself back is not read in parts.
const TAKEN_BACK = /\.\.\.|…|\b(?:no|actually|wait|sorry|scratch that|instead)\b[,.]/i;

/** The calls of the sentences that read surely, when no value the whole message gave is lost; otherwise undefined. */
export function readSentences(text: string, read: (sentence: string, memory: Memory) => Decision, whole: Decision, spans: (text: string) => Detail[]): Decision | undefined {
  if (whole.kind === 'calls' || TAKEN_BACK.test(text)) return undefined;
  const sentences = sentencesOf(text);
  if (!sentences) return undefined;
  const calls: PlannedCall[] = [];
  const memory: Memory = {};
  for (const sentence of sentences) {
    const decision = read(sentence, { ...memory });
    if (decision.kind === 'calls') {
      remember(memory, decision.calls);
      calls.push(...decision.calls);
    } else {
      // "X has closed its doors. Please mark them as a Former client.": the client a sentence names is the next one's "them".
      const named = spans(sentence).find((d) => d.slot === 'client');
      if (named) memory.client = named.text;
    }
  }
  // Every detail the whole message gave (a status, a city, a currency) is in the calls: a sentence left unread
  // gave none, so nothing said is lost.
  const said = JSON.stringify(calls.map((c) => c.args)).toLowerCase();
  const lost = spans(text).some((d) => !NAMES.has(d.slot) && !said.includes(d.text.toLowerCase()) && !said.includes(`"${d.slot}"`));
  return calls.length && !lost ? { kind: 'calls', calls } : undefined;
}
