/**
 * Distributional word classes for NER features (in the spirit of Brown clusters): each frequent word is described by
 * the words seen around it (positive PMI over the most frequent context words, left and right apart), the vectors
 * are randomly projected to a few dense dimensions and grouped by spherical k-means at two granularities. A word
 * never seen in the annotated corpus still gets the class of the words it behaves like. Built from unannotated
 * text by scripts/train-ner.ts and stored in the NER model.
 */

export interface WordClasses {
  /** Words (lowercase) joined by '\n'. */
  words: string;
  /** Class ids per granularity, comma-joined per word in the same order ("17,203"). */
  ids: string;
  /** Number of classes per granularity. */
  sizes: number[];
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function normalize(v: Float32Array, off: number, d: number): void {
  let n = 0;
  for (let k = 0; k < d; k++) n += v[off + k] * v[off + k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < d; k++) v[off + k] /= n;
}

/** Spherical k-means over rows of `x` (n × d, unit rows); returns the class of each row. */
function kmeans(x: Float32Array, n: number, d: number, k: number, iters: number, rand: () => number): Uint16Array {
  const c = new Float32Array(k * d);
  for (let j = 0; j < k; j++) {
    const r = Math.floor(rand() * n);
    for (let t = 0; t < d; t++) c[j * d + t] = x[r * d + t];
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const o = i * d;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const q = j * d;
        for (let t = 0; t < d; t++) s += x[o + t] * c[q + t];
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      assign[i] = arg;
    }
    c.fill(0);
    const count = new Uint32Array(k);
    for (let i = 0; i < n; i++) {
      const q = assign[i] * d;
      count[assign[i]]++;
      for (let t = 0; t < d; t++) c[q + t] += x[i * d + t];
    }
    for (let j = 0; j < k; j++) {
      if (!count[j]) {
        const r = Math.floor(rand() * n);
        for (let t = 0; t < d; t++) c[j * d + t] = x[r * d + t];
      }
      normalize(c, j * d, d);
    }
  }
  return assign;
}

/** Builds word classes from tokenised sentences. */
export function buildWordClasses(
  sentences: string[][],
  opts: { minCount?: number; contexts?: number; dims?: number; sizes?: number[]; iters?: number; seed?: number } = {},
): WordClasses {
  const minCount = opts.minCount ?? 3;
  const nctx = opts.contexts ?? 1000;
  const dims = opts.dims ?? 96;
  const sizes = opts.sizes ?? [64, 384];
  const iters = opts.iters ?? 12;
  const rand = lcg(opts.seed ?? 1234);
  const freq = new Map<string, number>();
  const lower = sentences.map((s) => s.map((w) => w.toLowerCase()));
  for (const s of lower) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxId = new Map<string, number>();
  byFreq.slice(0, nctx).forEach(([w], i) => ctxId.set(w, i));
  const vocab = byFreq.filter(([w, c]) => c >= minCount && /\p{L}/u.test(w)).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  // co-occurrence counts: word × (left context | right context), sparse per word
  const co: Map<number, number>[] = vocab.map(() => new Map());
  const ctxTotal = new Float64Array(2 * nctx);
  for (const s of lower) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]);
      if (v === undefined) continue;
      for (const [j, side] of [[i - 1, 0], [i + 1, 1], [i - 2, 0], [i + 2, 1]] as const) {
        const cw = j < 0 ? '<s>' : j >= s.length ? '</s>' : s[j];
        const c = ctxId.get(cw);
        if (c === undefined) continue;
        const key = side * nctx + c;
        co[v].set(key, (co[v].get(key) ?? 0) + 1);
        ctxTotal[key]++;
      }
    }
  }
  // PPMI → random projection (each context gets a random ±1 direction) → unit rows
  const proj = new Float32Array(2 * nctx * dims);
  for (let k = 0; k < proj.length; k++) proj[k] = rand() < 0.5 ? -1 : 1;
  let sumAlpha = 0;
  for (const t of ctxTotal) sumAlpha += Math.pow(t, 0.75);
  const x = new Float32Array(vocab.length * dims);
  for (let v = 0; v < vocab.length; v++) {
    let wTotal = 0;
    for (const c of co[v].values()) wTotal += c;
    for (const [key, c] of co[v]) {
      const pmi = Math.log((c * sumAlpha) / (wTotal * Math.pow(ctxTotal[key], 0.75)));
      if (pmi <= 0) continue;
      const o = key * dims;
      for (let t = 0; t < dims; t++) x[v * dims + t] += pmi * proj[o + t];
    }
    normalize(x, v * dims, dims);
  }
  const assigns = sizes.map((k) => kmeans(x, vocab.length, dims, k, iters, rand));
  return {
    words: vocab.join('\n'),
    ids: vocab.map((_, i) => assigns.map((a) => a[i]).join(',')).join(' '),
    sizes,
  };
}

/** Lookup: word (lowercase) → feature strings of its classes. */
export class WordClassIndex {
  private readonly map = new Map<string, string[]>();

  constructor(wc: WordClasses | undefined) {
    if (!wc || !wc.words) return;
    const words = wc.words.split('\n');
    const ids = wc.ids.split(' ');
    words.forEach((w, i) => this.map.set(w, ids[i].split(',').map((c, g) => `${g}:${c}`)));
  }

  get size(): number {
    return this.map.size;
  }

  classes(lower: string): string[] | undefined {
    return this.map.get(lower);
  }
}

/** Word → its class ids per granularity (`a17`, `b203`): the integer features' lookup (featids.ts CLUSTERS). */
export function classMap(wc: WordClasses): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (!wc.words) return map;
  const words = wc.words.split('\n');
  const ids = wc.ids.split(' ');
  words.forEach((w, i) => map.set(w, ids[i].split(',').map((c, g) => String.fromCharCode(97 + g) + c)));
  return map;
}
