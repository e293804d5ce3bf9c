// Structured perceptron training with beam search and early update (Collins & Roark 2004): the tagger learns
// from its own decoded history, not only the gold one, so at run time one early mistake does not derail the
// rest of the sentence. Weights are averaged over every sentence seen. Deterministic for a given order.
import { historyFeatures, tokenFeatures } from '../../src/agent/offline/nlu/features';
import { allowedTag, type TaggedSentence } from '../../src/agent/offline/nlu/perceptron-tagger';

type Item = { tags: number[]; score: number };

class GrowingWeights {
  index = new Map<string, number>();
  names: string[] = [];
  w: Float64Array;
  totals: Float64Array;
  stamps: Float64Array;
  constructor(private T: number) {
    this.w = new Float64Array(1 << 16);
    this.totals = new Float64Array(1 << 16);
    this.stamps = new Float64Array(1 << 16);
  }
  id(f: string, make: boolean): number {
    let k = this.index.get(f);
    if (k === undefined && make) {
      k = this.names.length;
      this.index.set(f, k);
      this.names.push(f);
      if ((k + 1) * this.T > this.w.length) {
        const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
        this.w = grow(this.w); this.totals = grow(this.totals); this.stamps = grow(this.stamps);
      }
    }
    return k ?? -1;
  }
  update(f: number, k: number, delta: number, step: number): void {
    const at = f * this.T + k;
    this.totals[at] += (step - this.stamps[at]) * this.w[at];
    this.stamps[at] = step;
    this.w[at] += delta;
  }
  averaged(step: number): Map<string, Float64Array> {
    const rows = new Map<string, Float64Array>();
    for (let f = 0; f < this.names.length; f++) {
      const row = new Float64Array(this.T);
      for (let k = 0; k < this.T; k++) {
        const at = f * this.T + k;
        row[k] = (this.totals[at] + (step - this.stamps[at]) * this.w[at]) / step;
      }
      rows.set(this.names[f], row);
    }
    return rows;
  }
}

export function trainBeam(tags: string[], data: TaggedSentence[], epochs: number, beam: number, order: (epoch: number) => number[]): Map<string, Float64Array> {
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const W = new GrowingWeights(T);
  const tokenIds = data.map(({ ctx }) => ctx.words.map((_, i) => Int32Array.from(tokenFeatures(ctx, i).map((f) => W.id(f, true)))));
  const gold = data.map((d) => d.tags.map((t) => tagIndex.get(t)!));
  const name = (k: number | undefined) => (k === undefined ? '<s>' : tags[k]);
  const histIds = (s: number, i: number, prev: number[], make: boolean) =>
    historyFeatures(data[s].ctx, i, name(prev[i - 1]), name(prev[i - 2])).map((f) => W.id(f, make));
  const tokScores = new Float64Array(T);
  let step = 0;
  /** Adds delta to the features of positions [0, upto] of `seq` (its own history). */
  const apply = (s: number, seq: number[], upto: number, delta: number) => {
    for (let i = 0; i <= upto; i++) {
      for (const f of tokenIds[s][i]) W.update(f, seq[i], delta, step);
      for (const f of histIds(s, i, seq, true)) W.update(f, seq[i], delta, step);
    }
  };
  for (let e = 0; e < epochs; e++) {
    for (const s of order(e)) {
      step++;
      const n = gold[s].length;
      let items: Item[] = [{ tags: [], score: 0 }];
      let violated = -1;
      let best: Item | undefined;
      for (let i = 0; i < n; i++) {
        tokScores.fill(0);
        for (const f of tokenIds[s][i]) for (let k = 0, at = f * T; k < T; k++, at++) tokScores[k] += W.w[at];
        const next: Array<{ from: Item; k: number; score: number }> = [];
        for (const it of items) {
          const prev = name(it.tags[i - 1]);
          const hs = new Float64Array(tokScores);
          for (const f of histIds(s, i, it.tags, false)) if (f >= 0) for (let k = 0, at = f * T; k < T; k++, at++) hs[k] += W.w[at];
          for (let k = 0; k < T; k++) if (allowedTag(tags[k], prev)) next.push({ from: it, k, score: it.score + hs[k] });
        }
        next.sort((a, b) => b.score - a.score);
        items = next.slice(0, beam).map((c) => ({ tags: [...c.from.tags, c.k], score: c.score }));
        const inBeam = items.some((it) => it.tags[i] === gold[s][i] && it.tags.every((t, j) => t === gold[s][j]));
        if (!inBeam) { violated = i; best = items[0]; break; }
      }
      if (violated < 0) {
        best = items[0];
        if (best.tags.every((t, j) => t === gold[s][j])) continue;
        violated = n - 1;
      }
      apply(s, gold[s], violated, 1);
      apply(s, best!.tags, violated, -1);
    }
  }
  return W.averaged(step);
}
