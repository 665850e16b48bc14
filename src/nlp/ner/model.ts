/**
 * First-order structured (averaged) perceptron over BILOU labels: emission weights feature × label, transition
 * weights label × label, exact Viterbi decoding restricted to valid BILOU sequences. Language-independent: the
 * features come in as strings (features.ts builds them).
 */
import { mayEnd, NUM_LABELS, transitionMask } from './labels.js';
import type { WordClasses } from './clusters.js';
import type { FeatureGroups } from './features.js';

/** The stored model: columnar, base64 little-endian arrays (see NerScorer). */
export interface NerModel {
  version: string;
  labels: string[];
  /** Feature strings joined by '\n'. */
  features: string;
  /** Uint8Array: number of (label, weight) entries per feature. */
  counts: string;
  /** Uint8Array: label ids, ascending within a feature. */
  labelIds: string;
  /** Float32Array: weights. */
  weights: string;
  /** Float32Array (NUM_LABELS + 1) × NUM_LABELS: transition weights, the last row for the sentence start. */
  transitions: string;
  /** Distributional word classes used as features (clusters.ts). */
  classes?: WordClasses;
}

function decodeB64<T>(b64: string, make: (buf: ArrayBuffer) => T): T {
  const b = Buffer.from(b64, 'base64');
  return make(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function encodeB64(view: Uint8Array | Float32Array): string {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

const MASK = transitionMask();
const NEG = -1e30;

/** For each label, the labels allowed before it (the sentence start excluded): Viterbi visits only those. */
const PREV: Int16Array[] = (() => {
  const L = NUM_LABELS;
  const out: Int16Array[] = [];
  for (let c = 0; c < L; c++) {
    const list: number[] = [];
    for (let p = 0; p < L; p++) if (MASK[p * L + c]) list.push(p);
    out.push(Int16Array.from(list));
  }
  return out;
})();

/** Viterbi over emission scores (n × L, row-major) and transitions ((L+1) × L); invalid transitions excluded. */
export function viterbi(emit: Float64Array, n: number, trans: ArrayLike<number>): number[] {
  const L = NUM_LABELS;
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int16Array(n * L);
  for (let c = 0; c < L; c++) score[c] = MASK[L * L + c] ? emit[c] + trans[L * L + c] : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const pbase = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      const prev = PREV[c];
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < prev.length; k++) {
        const p = prev[k];
        const ps = score[pbase + p];
        if (ps <= NEG) continue;
        const s = ps + trans[p * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best <= NEG ? NEG : best + emit[base + c];
      back[base + c] = arg;
    }
  }
  let best = NEG;
  let last = 0;
  for (let c = 0; c < L; c++) {
    const s = score[(n - 1) * L + c];
    if (mayEnd(c) && s > best) {
      best = s;
      last = c;
    }
  }
  const y = new Array<number>(n);
  y[n - 1] = last;
  for (let i = n - 1; i > 0; i--) y[i - 1] = back[i * L + y[i]];
  return y;
}

/** Runtime scorer of a trained model. */
export class NerScorer {
  private readonly index = new Map<string, number>();
  private readonly offsets: Uint32Array;
  private readonly labelIds: Uint8Array;
  private readonly weights: Float32Array;
  readonly transitions: Float32Array;

  constructor(readonly model: NerModel) {
    const features = model.features ? model.features.split('\n') : [];
    features.forEach((f, i) => this.index.set(f, i));
    const counts = decodeB64(model.counts, (b) => new Uint8Array(b));
    this.offsets = new Uint32Array(features.length + 1);
    for (let i = 0; i < features.length; i++) this.offsets[i + 1] = this.offsets[i] + counts[i];
    this.labelIds = decodeB64(model.labelIds, (b) => new Uint8Array(b));
    this.weights = decodeB64(model.weights, (b) => new Float32Array(b));
    this.transitions = decodeB64(model.transitions, (b) => new Float32Array(b));
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Summed weights of a shared feature group, per label (cached by the group's identity). */
  private groupVecs = new WeakMap<string[], Float32Array>();

  private vecOf(group: string[]): Float32Array {
    let v = this.groupVecs.get(group);
    if (!v) {
      v = new Float32Array(NUM_LABELS);
      const { offsets, labelIds, weights } = this;
      for (const f of group) {
        const fi = this.index.get(f);
        if (fi === undefined) continue;
        for (let k = offsets[fi]; k < offsets[fi + 1]; k++) v[labelIds[k]] += weights[k];
      }
      this.groupVecs.set(group, v);
    }
    return v;
  }

  /** Best label sequence given feature groups (shared groups' summed weights are cached by identity). */
  decodeGroups(groups: FeatureGroups[]): number[] {
    const L = NUM_LABELS;
    const n = groups.length;
    const emit = new Float64Array(n * L);
    const { offsets, labelIds, weights } = this;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (const f of groups[i].fresh) {
        const fi = this.index.get(f);
        if (fi === undefined) continue;
        for (let k = offsets[fi]; k < offsets[fi + 1]; k++) emit[base + labelIds[k]] += weights[k];
      }
      for (const g of groups[i].shared) {
        const v = this.vecOf(g);
        for (let l = 0; l < L; l++) emit[base + l] += v[l];
      }
    }
    return viterbi(emit, n, this.transitions);
  }

  /** Best label sequence for a sentence given each token's feature strings. */
  decode(feats: string[][]): number[] {
    const L = NUM_LABELS;
    const n = feats.length;
    const emit = new Float64Array(n * L);
    const { offsets, labelIds, weights } = this;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (const f of feats[i]) {
        const fi = this.index.get(f);
        if (fi === undefined) continue;
        for (let k = offsets[fi]; k < offsets[fi + 1]; k++) emit[base + labelIds[k]] += weights[k];
      }
    }
    return viterbi(emit, n, this.transitions);
  }
}

/** A training sentence: feature ids per token, gold labels. */
export interface TrainSentence {
  feats: Int32Array[];
  gold: number[];
}

/** Training-time structured perceptron with averaging (w − u/c). */
export class NerTrainer {
  readonly L = NUM_LABELS;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly tw: Float64Array;
  private readonly tu: Float64Array;
  private c = 1;

  constructor(readonly featureNames: string[]) {
    this.w = new Float32Array(featureNames.length * this.L);
    this.u = new Float64Array(featureNames.length * this.L);
    this.tw = new Float64Array((this.L + 1) * this.L);
    this.tu = new Float64Array((this.L + 1) * this.L);
  }

  private emissions(s: TrainSentence, avg: boolean): Float64Array {
    const L = this.L;
    const emit = new Float64Array(s.feats.length * L);
    for (let i = 0; i < s.feats.length; i++) {
      const base = i * L;
      for (const f of s.feats[i]) {
        const o = f * L;
        if (avg) for (let l = 0; l < L; l++) emit[base + l] += this.w[o + l] - this.u[o + l] / this.c;
        else for (let l = 0; l < L; l++) emit[base + l] += this.w[o + l];
      }
    }
    return emit;
  }

  predict(s: TrainSentence): number[] {
    return viterbi(this.emissions(s, false), s.feats.length, this.tw);
  }

  /**
   * One structured-perceptron step; returns the number of wrongly labelled tokens. With `margin` > 0 the decoding is
   * cost-augmented (every wrong label gets `margin` extra), so the update also fires on narrowly right sentences.
   */
  train(s: TrainSentence, margin = 0): number {
    let y: number[];
    if (margin > 0) {
      const emit = this.emissions(s, false);
      const L = this.L;
      for (let i = 0; i < s.gold.length; i++) for (let l = 0; l < L; l++) if (l !== s.gold[i]) emit[i * L + l] += margin;
      y = viterbi(emit, s.feats.length, this.tw);
    } else y = this.predict(s);
    const g = s.gold;
    const L = this.L;
    let wrong = 0;
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== g[i]) {
        wrong++;
        for (const f of s.feats[i]) {
          this.bump(f * L + g[i], 1);
          this.bump(f * L + y[i], -1);
        }
      }
      const gp = i === 0 ? L : g[i - 1];
      const yp = i === 0 ? L : y[i - 1];
      if (gp !== yp || g[i] !== y[i]) {
        this.tw[gp * L + g[i]] += 1;
        this.tu[gp * L + g[i]] += this.c;
        this.tw[yp * L + y[i]] -= 1;
        this.tu[yp * L + y[i]] -= this.c;
      }
    }
    this.c++;
    return wrong;
  }

  private bump(k: number, d: number): void {
    this.w[k] += d;
    this.u[k] += d * this.c;
  }

  /** Averaged model; emission weights with |w| < minAbs dropped (features with none left are dropped too). */
  finish(version: string, minAbs = 0.05): NerModel {
    const L = this.L;
    const names: string[] = [];
    const counts: number[] = [];
    const ids: number[] = [];
    const ws: number[] = [];
    for (let f = 0; f < this.featureNames.length; f++) {
      let n = 0;
      for (let l = 0; l < L; l++) {
        const k = f * L + l;
        const v = this.w[k] - this.u[k] / this.c;
        if (Math.abs(v) >= minAbs) {
          ids.push(l);
          ws.push(v);
          n++;
        }
      }
      if (n) {
        names.push(this.featureNames[f]);
        counts.push(n);
      }
    }
    const trans = new Float32Array(this.tw.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.tw[k] - this.tu[k] / this.c;
    return {
      version,
      labels: [],
      features: names.join('\n'),
      counts: encodeB64(Uint8Array.from(counts)),
      labelIds: encodeB64(Uint8Array.from(ids)),
      weights: encodeB64(Float32Array.from(ws)),
      transitions: encodeB64(trans),
    };
  }
}
