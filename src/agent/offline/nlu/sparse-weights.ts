// Trained weights kept compact: per feature, the labels it votes for and by how much, packed in typed arrays
// (saved as base64), so the model file stays small and loads in milliseconds.
export type PackedWeights = { labels: string[]; features: string[]; offsets: string; labelIds: string; values: string; scale: number };

const toBase64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromBase64<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  return make(bytes.buffer);
}

export class SparseWeights {
  private index: Map<string, number>;
  constructor(public labels: string[], features: string[], private offsets: Uint32Array, private labelIds: Uint8Array, private values: Float32Array) {
    this.index = new Map(features.map((f, i) => [f, i]));
  }

  /** Packs rows of weights, dropping those below `min` (they do not change a decision). */
  static fromRows(labels: string[], rows: Map<string, Float64Array>, min: number): SparseWeights {
    const features: string[] = [];
    const offsets: number[] = [0];
    const ids: number[] = [];
    const values: number[] = [];
    for (const f of [...rows.keys()].sort()) {
      const row = rows.get(f)!;
      const start = ids.length;
      row.forEach((v, k) => { if (Math.abs(v) >= min) { ids.push(k); values.push(v); } });
      if (ids.length === start) continue;
      features.push(f);
      offsets.push(ids.length);
    }
    return new SparseWeights(labels, features, Uint32Array.from(offsets), Uint8Array.from(ids), Float32Array.from(values));
  }

  static unpack(p: PackedWeights): SparseWeights {
    const values = Float32Array.from(fromBase64(p.values, (b) => new Int16Array(b)), (q) => q * p.scale);
    return new SparseWeights(p.labels, p.features, fromBase64(p.offsets, (b) => new Uint32Array(b)), fromBase64(p.labelIds, (b) => new Uint8Array(b)), values);
  }

  /** Values are stored as 16-bit steps of the largest weight: far finer than any decision needs. */
  pack(): PackedWeights {
    const max = this.values.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
    const scale = max / 32767;
    const q = Int16Array.from(this.values, (v) => Math.round(v / scale));
    const features = [...this.index.keys()];
    return { labels: this.labels, features, offsets: toBase64(this.offsets), labelIds: toBase64(this.labelIds), values: toBase64(q), scale };
  }

  /** Adds each feature's votes to `scores` (one slot per label). */
  addTo(scores: Float64Array, features: string[]): void {
    for (const f of features) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let e = this.offsets[i]; e < this.offsets[i + 1]; e++) scores[this.labelIds[e]] += this.values[e];
    }
  }
}
