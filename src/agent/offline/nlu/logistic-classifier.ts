// Multinomial logistic regression over sparse string features, trained with AdaGrad and L2. Gives the
// probabilities the reader uses to decide between acting, offering choices and asking.
import { SparseWeights, type PackedWeights } from './sparse-weights';

export type ClassifierWeights = PackedWeights;

export class LogisticClassifier {
  private w = new Map<string, Float64Array>();
  private sparse?: SparseWeights;
  constructor(public labels: string[]) {}

  static fromWeights(data: ClassifierWeights): LogisticClassifier {
    const c = new LogisticClassifier(data.labels);
    c.sparse = SparseWeights.unpack(data);
    return c;
  }

  static fromRows(labels: string[], rows: Map<string, Float64Array>): LogisticClassifier {
    const c = new LogisticClassifier(labels);
    c.w = rows;
    return c;
  }

  /** The trained weights per feature, for averaging several training runs. */
  rows(): Map<string, Float64Array> {
    return this.w;
  }

  probabilities(feats: string[]): number[] {
    const s = new Float64Array(this.labels.length);
    if (this.sparse) this.sparse.addTo(s, feats);
    else for (const f of feats) {
      const row = this.w.get(f);
      if (row) for (let k = 0; k < s.length; k++) s[k] += row[k];
    }
    const max = Math.max(...s);
    const e = Array.from(s, (v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  /** Labels with their probability, most likely first. */
  rank(feats: string[]): Array<{ label: string; p: number }> {
    return this.probabilities(feats).map((p, k) => ({ label: this.labels[k], p })).sort((a, b) => b.p - a.p);
  }

  train(data: Array<{ feats: string[]; label: string }>, epochs: number, order: (epoch: number) => number[], opts = { rate: 0.5, l2: 1e-5 }): void {
    const L = this.labels.length;
    const index = new Map(this.labels.map((l, i) => [l, i]));
    const g2 = new Map<string, Float64Array>();
    const row = (m: Map<string, Float64Array>, f: string) => {
      let r = m.get(f);
      if (!r) m.set(f, (r = new Float64Array(L)));
      return r;
    };
    for (let e = 0; e < epochs; e++) {
      for (const idx of order(e)) {
        const { feats, label } = data[idx];
        const p = this.probabilities(feats);
        const y = index.get(label)!;
        for (const f of feats) {
          const w = row(this.w, f), g = row(g2, f);
          for (let k = 0; k < L; k++) {
            const grad = p[k] - (k === y ? 1 : 0) + opts.l2 * w[k];
            if (grad === 0) continue;
            g[k] += grad * grad;
            w[k] -= (opts.rate * grad) / Math.sqrt(g[k] + 1e-8);
          }
        }
      }
    }
  }

  toWeights(precision = 0.02): ClassifierWeights {
    return SparseWeights.fromRows(this.labels, this.w, precision).pack();
  }
}
