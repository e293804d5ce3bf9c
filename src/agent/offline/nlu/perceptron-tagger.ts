// An averaged perceptron sequence tagger, decoded greedily left to right with the previous two tags as
// features (Collins 2002; the classic part-of-speech tagger design). Deterministic for a given order.
import { historyFeatures, tokenFeatures, type TokenContext } from './features';

export type TaggerWeights = { tags: string[]; weights: Record<string, Array<[number, number]>> };
export type TaggedSentence = { ctx: TokenContext; tags: string[] };

/** Tag i may follow the previous tag only if an I- continues a span of the same slot. */
function allowed(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev === `B-${tag.slice(2)}` || prev === tag;
}

export class PerceptronTagger {
  private tagIndex = new Map<string, number>();
  private w = new Map<string, Float64Array>();
  constructor(public tags: string[]) {
    tags.forEach((t, i) => this.tagIndex.set(t, i));
  }

  static fromWeights(data: TaggerWeights): PerceptronTagger {
    const t = new PerceptronTagger(data.tags);
    for (const [f, entries] of Object.entries(data.weights)) {
      const row = new Float64Array(data.tags.length);
      for (const [k, v] of entries) row[k] = v;
      t.w.set(f, row);
    }
    return t;
  }

  private scores(feats: string[]): Float64Array {
    const s = new Float64Array(this.tags.length);
    for (const f of feats) {
      const row = this.w.get(f);
      if (row) for (let k = 0; k < s.length; k++) s[k] += row[k];
    }
    return s;
  }

  private best(s: Float64Array, prev: string): number {
    let bi = -1;
    for (let k = 0; k < s.length; k++) if (allowed(this.tags[k], prev) && (bi < 0 || s[k] > s[bi])) bi = k;
    return bi;
  }

  tag(ctx: TokenContext): string[] {
    const out: string[] = [];
    for (let i = 0; i < ctx.words.length; i++) {
      const prev = out[i - 1] ?? '<s>', prev2 = out[i - 2] ?? '<s>';
      const s = this.scores([...tokenFeatures(ctx, i), ...historyFeatures(ctx, i, prev, prev2)]);
      out.push(this.tags[this.best(s, prev)]);
    }
    return out;
  }

  /** Trains in place; `order` gives the sentence order of each epoch (seeded by the caller). */
  train(data: TaggedSentence[], epochs: number, order: (epoch: number) => number[]): void {
    const totals = new Map<string, Float64Array>();
    const stamps = new Map<string, Float64Array>();
    let step = 0;
    const T = this.tags.length;
    const row = (m: Map<string, Float64Array>, f: string) => {
      let r = m.get(f);
      if (!r) m.set(f, (r = new Float64Array(T)));
      return r;
    };
    const update = (f: string, k: number, delta: number) => {
      const w = row(this.w, f), tot = row(totals, f), st = row(stamps, f);
      tot[k] += (step - st[k]) * w[k];
      st[k] = step;
      w[k] += delta;
    };
    const fixed = data.map((d) => d.ctx.words.map((_, i) => tokenFeatures(d.ctx, i)));
    for (let e = 0; e < epochs; e++) {
      for (const idx of order(e)) {
        const { ctx, tags } = data[idx];
        const out: string[] = [];
        for (let i = 0; i < tags.length; i++) {
          step++;
          // Gold history while training keeps the features consistent with the labels (measured better here than the model's own).
          const prev = tags[i - 1] ?? '<s>', prev2 = tags[i - 2] ?? '<s>';
          const feats = [...fixed[idx][i], ...historyFeatures(ctx, i, prev, prev2)];
          const guess = this.tags[this.best(this.scores(feats), prev)];
          out.push(guess);
          if (guess === tags[i]) continue;
          const g = this.tagIndex.get(tags[i])!, p = this.tagIndex.get(guess)!;
          for (const f of feats) { update(f, g, 1); update(f, p, -1); }
        }
      }
    }
    // Average: each weight is its mean over every step.
    for (const [f, w] of this.w) {
      const tot = totals.get(f)!, st = stamps.get(f)!;
      for (let k = 0; k < T; k++) w[k] = (tot[k] + (step - st[k]) * w[k]) / step;
    }
  }

  toWeights(precision = 1e-3): TaggerWeights {
    const weights: Record<string, Array<[number, number]>> = {};
    for (const f of [...this.w.keys()].sort()) {
      const entries: Array<[number, number]> = [];
      this.w.get(f)!.forEach((v, k) => { if (Math.abs(v) >= precision) entries.push([k, Math.round(v * 1e4) / 1e4]); });
      if (entries.length) weights[f] = entries;
    }
    return { tags: this.tags, weights };
  }
}
