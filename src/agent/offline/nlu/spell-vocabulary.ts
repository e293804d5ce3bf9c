// The training vocabulary, for reading lower-case typos ("creat", "arhive", "ad") as the word they miss:
// an unknown word within one edit (symmetric deletes) of a known one is read as the most frequent such word.
export class SpellVocabulary {
  private known: Map<string, number>;
  private byDelete = new Map<string, string[]>();

  constructor(counts: Record<string, number>) {
    this.known = new Map(Object.entries(counts));
    for (const word of this.known.keys()) {
      for (const d of deletes(word)) {
        const list = this.byDelete.get(d);
        if (list) list.push(word);
        else this.byDelete.set(d, [word]);
      }
    }
  }

  /** The word itself when known or not a plain lower-case word; else the closest known word, if one is one edit away. */
  correct(word: string): string {
    if (this.known.has(word) || word.length < 2 || !/^[a-z]+$/.test(word)) return word;
    const candidates = new Set<string>();
    if (this.known.has(word)) return word;
    for (const w of this.byDelete.get(word) ?? []) candidates.add(w); // a letter missing ("creat")
    for (const d of deletes(word)) {
      if (this.known.has(d)) candidates.add(d); // a letter too many
      for (const w of this.byDelete.get(d) ?? []) if (w.length === word.length) candidates.add(w); // swapped or wrong letter
    }
    let best = word, count = 0;
    for (const c of candidates) {
      const n = this.known.get(c) ?? 0;
      if (n > count || (n === count && c < best)) { best = c; count = n; }
    }
    return best;
  }
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Counts of the lower-case words of the training texts, kept when seen at least `min` times. */
export function countWords(texts: string[][], min = 3): Record<string, number> {
  const counts = new Map<string, number>();
  for (const words of texts) for (const w of words) if (/^[a-z]{2,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return Object.fromEntries([...counts].filter(([, n]) => n >= min).sort(([a], [b]) => (a < b ? -1 : 1)));
}
