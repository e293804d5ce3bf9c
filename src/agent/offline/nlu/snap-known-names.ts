// The workspace's names in a reading: the gazetteer's runs of a known name, trimmed to words, and the tagger's spans
// snapped to them. Run time only: training's features come from the gazetteer as it is.
import type { KnownNames } from './gazetteer';
import type { Token } from './tokenize';

const WORDLESS = /^[^\p{L}\p{N}]+$/u;
/** Tokens a..b as typed, without spaces, for comparing with a known name exactly. */
const spelled = (tokens: Token[], a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.text).join('').toLowerCase();

/** Runs of tokens that spell a name the workspace has (flags from the gazetteer), without the punctuation the
 *  gazetteer lets a run begin or end with (it matches ignoring punctuation: ": Acme Corp →" spells "Acme Corp"). */
function knownRuns(flags: string[][], kind: string, from: number, to: number, tokens: Token[], names?: Set<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i <= to; i++) {
    if (!flags[i].includes(`B-known-${kind}`)) continue;
    let j = i;
    while (j + 1 <= to && flags[j + 1].includes(`I-known-${kind}`)) j++;
    let a = i, b = j;
    while (a < b && WORDLESS.test(tokens[a].text)) a++;
    // A closing "." stays when the name ends with it ("Patel & Sons Ltd."): only a run spelled exactly is kept whole.
    while (b > a && WORDLESS.test(tokens[b].text) && !names?.has(spelled(tokens, a, b))) b--;
    // The gazetteer counts a name's words by spaces, so "Co., Ltd." can end its run before the closing ".".
    while (b + 1 <= to && WORDLESS.test(tokens[b + 1].text) && names?.has(spelled(tokens, a, b + 1))) b++;
    if (!WORDLESS.test(tokens[a].text)) runs.push([a, b]);
    i = j;
  }
  return runs;
}

const NAME_KINDS = ['clients', 'contacts', 'groups', 'members'] as const;

/** The gazetteer's known-name runs without the punctuation they may begin or end with ("@ Halcyon", ": Acme Corp →"),
 *  as the tagger mostly saw them in training: a run that starts on "@" left the name after it untagged. */
export function withWordsOnlyKnown(flags: string[][], tokens: Token[], known: KnownNames): void {
  for (const kind of NAME_KINDS) {
    if (!known[kind]) continue;
    const b = `B-known-${kind}`, i = `I-known-${kind}`;
    for (const [from, to] of knownRuns(flags, kind, 0, tokens.length - 1, tokens, spelledNames(known[kind]))) {
      let start = from;
      while (start > 0 && flags[start - 1].includes(i)) start--;
      if (!flags[start].includes(b) && start > 0 && flags[start - 1].includes(b)) start--;
      let end = to;
      while (end + 1 < tokens.length && flags[end + 1].includes(i)) end++;
      for (let k = start; k <= end; k++) {
        flags[k] = flags[k].filter((f) => f !== b && f !== i);
        if (k >= from && k <= to) flags[k].push(k === from ? b : i);
      }
    }
  }
}

const spelledCache = new WeakMap<string[], Set<string>>();
/** The known names without spaces, lower-cased (cached per list: the agent keeps one list while nothing changes). */
function spelledNames(names: string[] | undefined): Set<string> | undefined {
  if (!names) return undefined;
  let set = spelledCache.get(names);
  if (!set) spelledCache.set(names, (set = new Set(names.map((n) => n.replace(/\s+/g, '').toLowerCase()))));
  return set;
}

/** A known client's (or contact's) name wins over the tagger's guess of where the name starts and ends. */
export function snapToKnown(tags: string[], flags: string[][], from: number, to: number, tokens: Token[], known?: KnownNames): string[] {
  const out = [...tags];
  for (const [kind, slot] of [['clients', 'client'], ['contacts', 'person']] as const) {
    const runs = knownRuns(flags, kind, from, to, tokens, spelledNames(known?.[kind]));
    let any = false;
    for (const [i, j] of runs) {
      const overlaps = out.slice(i, j + 1).some((t) => t.slice(2) === slot);
      if (!overlaps) continue;
      any = true;
      let a = i, b = j;
      while (a > from && out[a - 1] === `I-${slot}`) a--;
      if (out[a].slice(2) === slot && out[a].startsWith('I-') && a > from && out[a - 1] === `B-${slot}`) a--;
      while (b < to && out[b + 1] === `I-${slot}`) b++;
      // "Northwind Traders Inc." beside a known "Northwind Traders": a longer name with its legal form is its own name.
      const extra = Array.from({ length: Math.max(0, b - j) }, (_, k) => j + 1 + k);
      if (a === i && extra.some((k) => flags[k].includes('legal')) && extra.every((k) => flags[k].includes('legal') || WORDLESS.test(tokens[k].text))) continue;
      for (let k = a; k <= b; k++) out[k] = 'O';
      for (let k = i; k <= j; k++) out[k] = k === i ? `B-${slot}` : `I-${slot}`;
    }
    // Nothing tagged as a client, but a known client is named: it is the client.
    if (!any && slot === 'client' && runs.length === 1 && !out.slice(from, to + 1).some((t) => t.endsWith('-client'))) {
      const [i, j] = runs[0];
      if (out.slice(i, j + 1).every((t) => t === 'O')) for (let k = i; k <= j; k++) out[k] = k === i ? 'B-client' : 'I-client';
    }
  }
  return out;
}
