// An averaged perceptron sequence tagger, decoded greedily left to right with the previous two tags as
// features (Collins 2002; the classic part-of-speech tagger design). Deterministic for a given order.
import { historyFeatures, tokenFeatures, type TokenContext } from './features';

import { SparseWeights, type PackedWeights } from './sparse-weights';

/** `beam`: how many readings the decoder keeps at each word (1: greedy, as trained without a beam). */
export type TaggerWeights = PackedWeights & { beam?: number };
export type TaggedSentence = { ctx: TokenContext; tags: string[] };

/** Tag i may follow the previous tag only if an I- continues a span of the same slot. */
export function allowedTag(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev === `B-${tag.slice(2)}` || prev === tag;
}

export class PerceptronTagger {
  private tagIndex = new Map<string, number>();
  private w = new Map<string, Float64Array>();
  private sparse?: SparseWeights;
  beam = 1;
  constructor(public tags: string[]) {
    tags.forEach((t, i) => this.tagIndex.set(t, i));
  }

  static fromWeights(data: TaggerWeights): PerceptronTagger {
    const t = new PerceptronTagger(data.labels);
    t.sparse = SparseWeights.unpack(data);
    t.beam = data.beam ?? 1;
    return t;
  }

  static fromRows(tags: string[], rows: Map<string, Float64Array>, beam: number): PerceptronTagger {
    const t = new PerceptronTagger(tags);
    t.w = rows;
    t.beam = beam;
    return t;
  }

  private scores(feats: string[]): Float64Array {
    const s = new Float64Array(this.tags.length);
    if (this.sparse) { this.sparse.addTo(s, feats); return s; }
    for (const f of feats) {
      const row = this.w.get(f);
      if (row) for (let k = 0; k < s.length; k++) s[k] += row[k];
    }
    return s;
  }

  private best(s: Float64Array, prev: string): number {
    let bi = -1;
    for (let k = 0; k < s.length; k++) if (allowedTag(this.tags[k], prev) && (bi < 0 || s[k] > s[bi])) bi = k;
    return bi;
  }

  tag(ctx: TokenContext): string[] {
    return this.tagWithMargins(ctx).tags;
  }

  /**
   * The most likely span of `slot` inside [from, to] when the tagger put none there but the intent needs one:
   * the token whose B- score is closest to its chosen tag's, extended while the I- score stays close.
   */
  forceSpan(ctx: TokenContext, tags: string[], slot: string, from: number, to: number): [number, number] | undefined {
    const b = this.tagIndex.get(`B-${slot}`), inside = this.tagIndex.get(`I-${slot}`);
    if (b === undefined) return undefined;
    const lossAt = (i: number, k: number) => {
      const s = this.scores([...tokenFeatures(ctx, i), ...historyFeatures(ctx, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>')]);
      return Math.max(...s) - s[k];
    };
    let best: { i: number; loss: number } | undefined;
    for (let i = from; i <= to; i++) {
      if (tags[i] !== 'O' || !/[\p{L}\d]/u.test(ctx.words[i])) continue;
      const loss = lossAt(i, b);
      if (!best || loss < best.loss) best = { i, loss };
    }
    if (!best) return undefined;
    let j = best.i;
    const forced = [...tags];
    forced[best.i] = `B-${slot}`;
    while (inside !== undefined && j + 1 <= to && tags[j + 1] === 'O' && lossAt(j + 1, inside) <= best.loss + 1) {
      forced[j + 1] = `I-${slot}`;
      j++;
    }
    return [best.i, j];
  }

  /** The best whole reading the beam finds: several readings are kept at each word, scored with their own history. */
  private decode(ctx: TokenContext): Array<{ tags: string[]; score: number }> {
    let items: Array<{ tags: string[]; score: number }> = [{ tags: [], score: 0 }];
    for (let i = 0; i < ctx.words.length; i++) {
      const tok = this.scores(tokenFeatures(ctx, i));
      const next: Array<{ from: string[]; k: number; score: number }> = [];
      for (const it of items) {
        const prev = it.tags[i - 1] ?? '<s>';
        const s = this.scores(historyFeatures(ctx, i, prev, it.tags[i - 2] ?? '<s>'));
        for (let k = 0; k < s.length; k++) if (allowedTag(this.tags[k], prev)) next.push({ from: it.tags, k, score: it.score + tok[k] + s[k] });
      }
      next.sort((a, b) => b.score - a.score);
      items = next.slice(0, this.beam).map((c) => ({ tags: [...c.from, this.tags[c.k]], score: c.score }));
    }
    return items;
  }

  /**
   * How sure a beam reading is of each word's tag: its lead over the best other reading that tags the word otherwise;
   * where no kept reading does, the alternatives fell out of the beam, at least the lead over the last kept one.
   */
  private beamMargins(items: Array<{ tags: string[]; score: number }>, local: number[]): number[] {
    const best = items[0];
    const floor = items.length > 1 ? best.score - items[items.length - 1].score : Infinity;
    return best.tags.map((t, i) => {
      const other = items.find((it) => it.tags[i] !== t);
      return other ? best.score - other.score : Math.max(local[i], floor);
    });
  }

  /** Tags, and for each the lead of its score over the runner-up: how sure the tagger was. */
  tagWithMargins(ctx: TokenContext): { tags: string[]; margins: number[] } {
    const out: string[] = [];
    const margins: number[] = [];
    const items = this.beam > 1 ? this.decode(ctx) : undefined;
    const path = items?.[0].tags;
    for (let i = 0; i < ctx.words.length; i++) {
      const prev = out[i - 1] ?? '<s>', prev2 = out[i - 2] ?? '<s>';
      const s = this.scores([...tokenFeatures(ctx, i), ...historyFeatures(ctx, i, prev, prev2)]);
      const b = path ? this.tagIndex.get(path[i])! : this.best(s, prev);
      let second = -Infinity;
      for (let k = 0; k < s.length; k++) if (k !== b && allowedTag(this.tags[k], prev) && s[k] > second) second = s[k];
      out.push(this.tags[b]);
      margins.push(s[b] - second);
    }
    return { tags: out, margins: items ? this.beamMargins(items, margins) : margins };
  }

  /** Trains in place; `order` gives the sentence order of each epoch (seeded by the caller). */
  train(data: TaggedSentence[], epochs: number, order: (epoch: number) => number[]): void {
    const T = this.tags.length;
    // Every feature of every token is known up front (the history is the gold one), so each becomes an index
    // into one flat weight array: training is then sums over typed arrays, not map lookups.
    const index = new Map<string, number>();
    const names: string[] = [];
    const id = (f: string) => {
      let k = index.get(f);
      if (k === undefined) { k = names.length; index.set(f, k); names.push(f); }
      return k;
    };
    const feats = data.map(({ ctx, tags }) => ctx.words.map((_, i) =>
      Int32Array.from([...tokenFeatures(ctx, i), ...historyFeatures(ctx, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>')].map(id))));
    const gold = data.map(({ tags }) => tags.map((t) => this.tagIndex.get(t)!));
    const w = new Float64Array(names.length * T), totals = new Float64Array(names.length * T), stamps = new Float64Array(names.length * T);
    const scores = new Float64Array(T);
    let step = 0;
    const update = (f: number, k: number, delta: number) => {
      const at = f * T + k;
      totals[at] += (step - stamps[at]) * w[at];
      stamps[at] = step;
      w[at] += delta;
    };
    for (let e = 0; e < epochs; e++) {
      for (const s of order(e)) {
        for (let i = 0; i < gold[s].length; i++) {
          step++;
          const fs = feats[s][i];
          scores.fill(0);
          for (const f of fs) for (let k = 0, at = f * T; k < T; k++, at++) scores[k] += w[at];
          const prev = data[s].tags[i - 1] ?? '<s>';
          const guess = this.best(scores, prev), truth = gold[s][i];
          if (guess === truth) continue;
          for (const f of fs) { update(f, truth, 1); update(f, guess, -1); }
        }
      }
    }
    // Average: each weight is its mean over every step.
    for (let f = 0; f < names.length; f++) {
      const row = new Float64Array(T);
      for (let k = 0; k < T; k++) {
        const at = f * T + k;
        row[k] = (totals[at] + (step - stamps[at]) * w[at]) / step;
      }
      this.w.set(names[f], row);
    }
  }

  /** The trained weights per feature, for averaging several training runs. */
  rows(): Map<string, Float64Array> {
    return this.w;
  }

  toWeights(precision = 0.01): TaggerWeights {
    const packed: TaggerWeights = SparseWeights.fromRows(this.tags, this.w, precision).pack();
    if (this.beam > 1) packed.beam = this.beam;
    return packed;
  }
}
