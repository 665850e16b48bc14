/**
 * First-order structured (averaged) perceptron over BILOU labels: emission weights feature × label, transition
 * weights label × label, exact Viterbi decoding restricted to valid BILOU sequences. Language-independent: the
 * features come in as strings (features.ts builds them).
 */
import { mayEnd, NUM_LABELS, transitionMask } from './labels.js';
import { ENTITY_TYPES } from '../../types.js';
import { classMap, type WordClasses } from './clusters.js';
import { lowerCase, type FeatureGroups, type NerToken, type TokenCues } from './features.js';
import { EntityMemory, type MemoryNode } from './memory.js';
import { SpanTyper, type StoredTyper } from './typer.js';
import {
  ATOM_GROUPS,
  atomsOf,
  biasKeys,
  CLUSTERS,
  END_ATOMS,
  EXTRA,
  FeatureTable,
  KEY,
  NUM_ROLES,
  positionKeys,
  roleKeys,
  sentenceCtx,
  START_ATOMS,
  Vocab,
  type SentenceCtx,
  type TokAtoms,
  V_GZ,
} from './featids.js';

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
  /** Format 2 (integer features, featids.ts): vocabularies per kind, each joined by '\n'. */
  format?: number;
  vocab?: string[];
  /** Format 2: Int32Array, 3 ints per feature (featids.ts key). */
  keys?: string;
  /** Format 2: the experimental feature switches the model was trained with. */
  extra?: Record<string, boolean>;
  /** Format 2: multiplier of the template in a key (featids.ts KEY). */
  keyBase?: number;
  /** Span typer (typer.ts). */
  typer?: StoredTyper;
  /** Entity memory (memory.ts): "TYPE\tlemmas" per training entity occurrence. */
  memory?: string[];
  /**
   * Format 2: the second-pass model (document cues from this model's labels, doc.ts); its own keys and weights,
   * the vocabularies, switches and key base of this one.
   */
  second?: NerModel;
  /** Per entity type (ENTITY_TYPES order): added to the score of opening a span of that type (B-, U-); tuned on dev. */
  bias?: number[];
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

const L_ = NUM_LABELS;

/** Labels that open a span or stay outside (O, B-, U-) and labels that close one (O, L-, U-). */
const OPENING: Int32Array = Int32Array.from([...Array(NUM_LABELS).keys()].filter((c) => c === 0 || (c - 1) % 4 === 0 || (c - 1) % 4 === 3));
const CLOSING: Int32Array = Int32Array.from([...Array(NUM_LABELS).keys()].filter((c) => c === 0 || (c - 1) % 4 >= 2));

/**
 * The order of closing labels in the BILOU Viterbi (BilouViterbi.sortOrd): whether label x goes before label y after
 * steps from + 1 … to, i.e. has a higher score at position to − 1, else at to − 2 …, down to position from; false
 * when equal throughout (a stable sort keeps their order then).
 */
function closingBefore(score: Float64Array, L: number, from: number, to: number, x: number, y: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const a = score[k * L + x];
    const b = score[k * L + y];
    if (a !== b) return a > b;
  }
  return false;
}

/** Number of entity types: labels 1 + 4t … 4 + 4t are B-, I-, L-, U- of type t. */
const NT = (NUM_LABELS - 1) / 4;

/**
 * Viterbi with reused buffers (IntScorer), specialised to BILOU: an opening label (O, B-, U-) may follow any closing
 * label (O, L-, U-); I-t and L-t only B-t or I-t. The closing labels of the previous position are kept in score
 * order (ord, with their scores in sv), so that the best predecessor of an opening label is found after one or two
 * candidates; the transitions are laid out so that the inner loops index them directly by label.
 */
export class BilouViterbi {
  private score = new Float64Array(64 * L_);
  private back = new Int16Array(64 * L_);
  /** tcl[o × L + c]: transition closing label c → opening[o]. */
  private readonly tcl: Float64Array;
  private readonly start: Float64Array;
  /** Highest transition into each opening label. */
  private readonly tmax: Float64Array;
  /**
   * The closing labels by descending score at the previous position, and those scores. Sorted stably from the
   * order of the position before (kept between sentences too), which decides between equal scores.
   */
  private readonly ord: Int32Array;
  private readonly sv = new Float64Array(CLOSING.length);
  /** Per type t, at 4t: the transitions B→I, I→I, B→L, I→L. */
  private readonly tin: Float64Array;
  /**
   * Per closing label c: how far the best closing score must lead the second so that c is every opening label's best
   * predecessor (the largest tmax[o] − tcl[o, c]), with room for rounding (see run).
   */
  private readonly lead: Float64Array;

  constructor(private readonly trans: Float64Array) {
    const L = L_;
    const nc = CLOSING.length;
    const no = OPENING.length;
    this.tcl = new Float64Array(no * L);
    this.tmax = new Float64Array(no).fill(-Infinity);
    for (let o = 0; o < no; o++) {
      for (let c = 0; c < nc; c++) {
        const t = trans[CLOSING[c] * L + OPENING[o]];
        this.tcl[o * L + CLOSING[c]] = t;
        this.tmax[o] = Math.max(this.tmax[o], t);
      }
    }
    this.lead = new Float64Array(L);
    for (let c = 0; c < nc; c++) for (let o = 0; o < no; o++) this.lead[CLOSING[c]] = Math.max(this.lead[CLOSING[c]], this.tmax[o] - this.tcl[o * L + CLOSING[c]]);
    this.ord = Int32Array.from(CLOSING);
    this.start = new Float64Array(L);
    for (let c = 0; c < L; c++) this.start[c] = MASK[L * L + c] ? trans[L * L + c] : NEG;
    this.tin = new Float64Array(4 * NT);
    for (let t = 0; t < NT; t++) {
      const b = 1 + 4 * t;
      this.tin[4 * t] = trans[b * L + b + 1];
      this.tin[4 * t + 1] = trans[(b + 1) * L + b + 1];
      this.tin[4 * t + 2] = trans[b * L + b + 2];
      this.tin[4 * t + 3] = trans[(b + 1) * L + b + 2];
    }
  }

  /**
   * Brings ord (and sv) from the order after step `from` to the order after step `to`, where step i sorts the closing
   * labels stably by the scores of position i − 1, descending. Successive stable sorts are one stable sort by the
   * latest scores, ties broken by the earlier ones in turn, so the steps the decoder skipped cost one sort here.
   */
  private sortOrd(score: Float64Array, from: number, to: number): void {
    const L = L_;
    const { ord, sv } = this;
    const nc = ord.length;
    for (let a = 1; a < nc; a++) {
      const x = ord[a];
      let b = a - 1;
      while (b >= 0 && closingBefore(score, L, from, to, x, ord[b])) {
        ord[b + 1] = ord[b];
        b--;
      }
      ord[b + 1] = x;
    }
    const last = (to - 1) * L;
    for (let j = 0; j < nc; j++) sv[j] = score[last + ord[j]];
  }

  run(emit: Float64Array, n: number, y: Int32Array): void {
    const L = L_;
    if (this.score.length < n * L) {
      this.score = new Float64Array(n * L * 2);
      this.back = new Int16Array(n * L * 2);
    }
    const { score, back, sv, tcl, ord, tmax, tin, start, lead } = this;
    const opening = OPENING;
    const closing = CLOSING;
    const nc = closing.length;
    const no = opening.length;
    for (let c = 0; c < L; c++) score[c] = emit[c] + start[c];
    // ord is the order after step `synced` (0: as the previous sentence left it)
    let synced = 0;
    for (let i = 1; i < n; i++) {
      const base = i * L;
      const pbase = base - L;
      // the best and second-best closing scores of the previous position
      let top = 0;
      let topScore = -Infinity;
      let second = -Infinity;
      for (let k = 0; k < nc; k++) {
        const c = closing[k];
        const v = score[pbase + c];
        if (v > topScore) {
          second = topScore;
          topScore = v;
          top = c;
        } else if (v > second) second = v;
      }
      if (topScore - second > lead[top] + 1e-6 * (1 + Math.abs(topScore))) {
        // the top closing label leads by more than any transition difference (and any rounding of the sums below):
        // it is every opening label's best predecessor (the search below would stop at its first check)
        for (let o = 0; o < no; o++) {
          const c = opening[o];
          score[base + c] = topScore + tcl[o * L + top] + emit[base + c];
          back[base + c] = top;
        }
      } else {
        // closing labels by descending score, equal ones in the order of the step before (see sortOrd)
        this.sortOrd(score, synced, i);
        synced = i;
        const first = ord[0];
        const firstScore = sv[0];
        const next = sv[1];
        for (let o = 0; o < no; o++) {
          // exact: stop once no remaining closing label can beat the best even with the highest transition into o
          const tb = o * L;
          const tm = tmax[o];
          let arg = first;
          let best = firstScore + tcl[tb + first];
          if (next + tm > best) {
            for (let j = 1; j < nc; j++) {
              const ck = sv[j];
              if (ck + tm <= best) break;
              const k = ord[j];
              const v = ck + tcl[tb + k];
              if (v > best) {
                best = v;
                arg = k;
              }
            }
          }
          const c = opening[o];
          score[base + c] = best + emit[base + c];
          back[base + c] = arg;
        }
      }
      for (let b = 1, q = 0; b < L; b += 4, q += 4) {
        // b = B-t, b+1 = I-t, b+2 = L-t: each from B-t or I-t (B-t on equal scores)
        const sb = score[pbase + b];
        const si = score[pbase + b + 1];
        const ib = sb + tin[q];
        const ii = si + tin[q + 1];
        if (ib >= ii) {
          score[base + b + 1] = ib + emit[base + b + 1];
          back[base + b + 1] = b;
        } else {
          score[base + b + 1] = ii + emit[base + b + 1];
          back[base + b + 1] = b + 1;
        }
        const lb = sb + tin[q + 2];
        const li = si + tin[q + 3];
        if (lb >= li) {
          score[base + b + 2] = lb + emit[base + b + 2];
          back[base + b + 2] = b;
        } else {
          score[base + b + 2] = li + emit[base + b + 2];
          back[base + b + 2] = b + 1;
        }
      }
    }
    // the next sentence starts from the order after this one's last step
    if (synced < n - 1) this.sortOrd(score, synced, n - 1);
    // the best label that may end a sentence (the closing ones), the lowest on equal scores
    let best = -Infinity;
    let last = 0;
    const lb = (n - 1) * L;
    for (let k = 0; k < nc; k++) {
      const c = CLOSING[k];
      if (score[lb + c] > best) {
        best = score[lb + c];
        last = c;
      }
    }
    y[n - 1] = last;
    for (let i = n - 1; i > 0; i--) y[i - 1] = back[i * L + y[i]];
  }
}

/** A word type as the integer scorer caches it (treat as read-only outside this module). */
export interface WordType {
  atoms: TokAtoms;
  /** Summed weights of the word's one-token features in each role (NUM_ROLES × labels). */
  vec: Float32Array;
  /** Lowercase lemma (entity memory). */
  lemma: string;
  /** The entity memory's node of the lemma alone (where matches at this word start), null when none. */
  memFirst: MemoryNode | null;
  lemmaRaw: string;
  tag: string;
  pos: string;
}

/**
 * Whether sums of these weights are exact in float64 whatever their order: all are multiples of 2^-q (q from the
 * lowest set bit of each float32) and even 4096 of the largest stay below 2^(53-q). Emissions add at most a few
 * hundred weights (and float32 sums of them, multiples of 2^-q too), so every partial sum is a float64 integer
 * multiple of 2^-q below 2^53 · 2^-q: exact.
 */
function exactSums(w: Float32Array): boolean {
  const bits = new Uint32Array(w.buffer, w.byteOffset, w.length);
  let q = -Infinity;
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const b = bits[i];
    const e = (b >>> 23) & 0xff;
    if (e === 0xff) return false;
    let m = b & 0x7fffff;
    if (e === 0 && m === 0) continue;
    if (e > 0) m |= 0x800000;
    const lowest = (e === 0 ? -149 : e - 150) + (31 - Math.clz32(m & -m));
    if (-lowest > q) q = -lowest;
    const a = Math.abs(w[i]);
    if (a > max) max = a;
  }
  return q === -Infinity || max * 4096 < 2 ** (53 - q);
}

/** Templates with at most this many features (beside ATOM_GROUPS') go to IntScorer's small table. */
const SMALL_TEMPLATE = 8192;

/** A feature's place in IntScorer's entries: its first entry × 64 + its number of entries (at most NUM_LABELS < 64). */
function entryRef(start: number, count: number): number {
  if (start >= 2 ** 25 || count > 63) throw new Error('NER model too large for entry references');
  return start * 64 + count;
}

/** Runtime scorer of a format-2 model (integer features, featids.ts). */
export class IntScorer {
  readonly vocab: Vocab;
  readonly memory: EntityMemory | null;
  readonly typer: SpanTyper | null;
  /** The second-pass scorer (document cues), when the model has one. */
  readonly second: IntScorer | null;
  /** Per type: added to the emissions of its B- and U- labels (model.bias), null when none. */
  bias: Float64Array | null;
  /**
   * Feature key → where its weights lie in `entries` and how many there are (entryRef): the weights of a feature
   * follow its label ids in one run, so a feature found costs the table slot and one or two more cache lines (with
   * separate offset, label and weight arrays it touched a line in each).
   */
  private readonly table: FeatureTable;
  /** Per feature, (label id, weight) pairs: the label as an int32 (labels), the weight as a float32 (weights). */
  private readonly labels: Int32Array;
  private readonly weights: Float32Array;
  private readonly nFeatures: number;
  /** KEY.base of the model: a key's first int is template + base × atom. */
  private readonly base: number;
  /** Per template: its group in ATOM_GROUPS (-1: none, the hash table has its features) and its slot there. */
  private readonly tGroup: Int32Array;
  private readonly tSlot: Int32Array;
  /** Per group: entries per atom (the group's size rounded up to a power of two: a word's slots in one cache line). */
  private readonly gStride: Int32Array;
  /** Per group: at atom × stride + slot, the entry reference of the feature (entryRef), -1 when the model has none. */
  private readonly atomRefs: Int32Array[];
  /** Per template: 1 when its features are in `small` (templates of at most SMALL_TEMPLATE features), else 0. */
  private readonly tSmall: Int32Array;
  private readonly small: FeatureTable;
  private readonly trans: Float64Array;
  /** Per word type: its atoms and the summed weights of its one-token features in each role (NUM_ROLES × L). */
  private readonly types = new Map<string, WordType[]>();
  private typeCount = 0;
  /**
   * Whether every weight is a multiple of 2^-q and no emission sum can reach 2^(53-q) (checked at load): then every
   * float64 addition into an emission is exact, and the order of the additions cannot change a score (emitExact
   * sums position by position).
   */
  private readonly exact: boolean;
  /** The weights of the bias feature (emitExact adds them with the role vectors, not as a feature per position). */
  private readonly biasVec: Float64Array;
  private readonly startVec: Float32Array;
  private readonly endVec: Float32Array;
  private readonly buf = new Int32Array(3 * 256);
  private emit = new Float64Array(64 * L_);
  private readonly decoder: BilouViterbi;

  constructor(readonly model: NerModel, shared?: { vocab: Vocab; memory: EntityMemory | null }) {
    this.vocab = shared ? shared.vocab : new Vocab((model.vocab ?? []).map((x) => (x ? x.split('\n') : [])));
    this.memory = shared ? shared.memory : model.memory ? new EntityMemory(model.memory) : null;
    this.typer = model.typer ? new SpanTyper(model.typer) : null;
    const keys = decodeB64(model.keys ?? '', (b) => new Int32Array(b));
    const nf = keys.length / 3;
    const counts = decodeB64(model.counts, (b) => new Uint8Array(b));
    const labelIds = decodeB64(model.labelIds, (b) => new Uint8Array(b));
    const weights = decodeB64(model.weights, (b) => new Float32Array(b));
    this.nFeatures = nf;
    const from = new Uint32Array(nf + 1);
    for (let f = 0; f < nf; f++) from[f + 1] = from[f] + counts[f];
    // one-atom features of the ATOM_GROUPS templates: indexed by group, atom and the template's slot in its group
    const base = (this.base = model.keyBase ?? 57);
    this.tGroup = new Int32Array(base).fill(-1);
    this.tSlot = new Int32Array(base);
    const groups = ATOM_GROUPS.length;
    this.gStride = new Int32Array(groups);
    ATOM_GROUPS.forEach((g, gi) => {
      this.gStride[gi] = g.length === 1 ? 1 : 2 ** Math.ceil(Math.log2(g.length));
      g.forEach((t, k) => {
        if (t < base) {
          this.tGroup[t] = gi;
          this.tSlot[t] = k;
        }
      });
    });
    const grouped = new Int32Array(nf).fill(-1);
    const maxAtom = new Int32Array(groups).fill(-1);
    for (let f = 0; f < nf; f++) {
      const a = keys[f * 3];
      if (keys[f * 3 + 1] !== -1 || keys[f * 3 + 2] !== -1 || a < 0) continue;
      const g = this.tGroup[a % base];
      if (g < 0) continue;
      const i = Math.floor(a / base) * this.gStride[g] + this.tSlot[a % base];
      grouped[f] = i;
      maxAtom[g] = Math.max(maxAtom[g], Math.floor(a / base));
    }
    this.atomRefs = [...maxAtom].map((m, g) => new Int32Array((m + 1) * this.gStride[g]).fill(-1));
    // (a key stored twice keeps its first feature, as a table of feature indices would)
    for (let f = nf - 1; f >= 0; f--) if (grouped[f] >= 0) this.atomRefs[this.tGroup[keys[f * 3] % base]][grouped[f]] = f;
    // entries: the grouped features first, by group, atom and slot (a word's features of every role close together),
    // then the others in model order
    const entries = new ArrayBuffer(8 * weights.length);
    this.labels = new Int32Array(entries);
    this.weights = new Float32Array(entries);
    let at = 0;
    const put = (f: number): number => {
      const start = at;
      for (let j = from[f]; j < from[f + 1]; j++, at++) {
        this.labels[2 * at] = labelIds[j];
        this.weights[2 * at + 1] = weights[j];
      }
      return entryRef(start, counts[f]);
    };
    for (const refs of this.atomRefs) for (let i = 0; i < refs.length; i++) if (refs[i] >= 0) refs[i] = put(refs[i]);
    // the other features: those of templates with few features (the bias, shape and POS trigrams, cues) in a small
    // table that stays in cache, the word pairs in the large one
    const perTemplate = new Int32Array(base);
    for (let f = 0; f < nf; f++) if (grouped[f] < 0) perTemplate[keys[f * 3] % base]++;
    this.tSmall = perTemplate.map((c) => (c > 0 && c <= SMALL_TEMPLATE ? 1 : 0));
    let small = 0;
    for (let t = 0; t < base; t++) if (this.tSmall[t]) small += perTemplate[t];
    const rest = nf - grouped.reduce((n, i) => n + (i >= 0 ? 1 : 0), 0);
    this.table = new FeatureTable(rest - small, 0.7);
    this.small = new FeatureTable(small, 0.5, 17);
    for (let f = 0; f < nf; f++) {
      if (grouped[f] >= 0) continue;
      const [a, b, c] = [keys[f * 3], keys[f * 3 + 1], keys[f * 3 + 2]];
      const tbl = this.tSmall[a % base] ? this.small : this.table;
      if (tbl.get(a, b, c) < 0) tbl.addValue(a, b, c, put(f));
    }
    this.trans = Float64Array.from(decodeB64(model.transitions, (b) => new Float32Array(b)));
    this.decoder = new BilouViterbi(this.trans);
    this.exact = exactSums(weights);
    for (const k of Object.keys(EXTRA)) EXTRA[k] = !!model.extra?.[k];
    if (!shared) CLUSTERS.map = model.classes && EXTRA.cls ? classMap(model.classes) : null;
    KEY.base = model.keyBase ?? 57;
    this.biasVec = new Float64Array(L_);
    this.addKeys(biasKeys(this.buf), this.biasVec, 0);
    this.startVec = this.roleVecs(START_ATOMS);
    this.endVec = this.roleVecs(END_ATOMS);
    this.bias = model.bias ? Float64Array.from(model.bias) : null;
    this.second = model.second ? new IntScorer({ ...model.second, extra: model.extra, keyBase: model.keyBase }, { vocab: this.vocab, memory: this.memory }) : null;
  }

  get featureCount(): number {
    return this.nFeatures;
  }

  /** The entry reference (entryRef) of a feature key, -1 when the model has no such feature. */
  private ref(a: number, b: number, c: number): number {
    const t = a % this.base;
    if (b === -1 && c === -1) {
      const g = this.tGroup[t];
      if (g >= 0) {
        const refs = this.atomRefs[g];
        const i = ((a - t) / this.base) * this.gStride[g] + this.tSlot[t];
        return i < refs.length ? refs[i] : -1;
      }
    }
    return this.tSmall[t] ? this.small.get(a, b, c) : this.table.get(a, b, c);
  }

  private addKeys(m: number, out: Float64Array, base: number): void {
    const { buf, labels, weights } = this;
    for (let k = 0; k < m; k += 3) {
      const r = this.ref(buf[k], buf[k + 1], buf[k + 2]);
      if (r < 0) continue;
      for (let j = 2 * (r >>> 6), e = j + 2 * (r & 63); j < e; j += 2) out[base + labels[j]] += weights[j + 1];
    }
  }

  /** addKeys into a float32 vector (a separate function: one element type per store keeps both loops monomorphic). */
  private addKeys32(m: number, out: Float32Array, base: number): void {
    const { buf, labels, weights } = this;
    for (let k = 0; k < m; k += 3) {
      const r = this.ref(buf[k], buf[k + 1], buf[k + 2]);
      if (r < 0) continue;
      for (let j = 2 * (r >>> 6), e = j + 2 * (r & 63); j < e; j += 2) out[base + labels[j]] += weights[j + 1];
    }
  }

  /** Zeroed float32 memory that roleVecs hands out in slices (one array per vector would be allocated off the heap). */
  private slab = new Float32Array(0);
  private slabUsed = 0;

  private roleVecs(a: TokAtoms): Float32Array {
    const size = NUM_ROLES * L_;
    if (this.slabUsed + size > this.slab.length) {
      this.slab = new Float32Array(256 * size);
      this.slabUsed = 0;
    }
    const v = this.slab.subarray(this.slabUsed, (this.slabUsed += size));
    for (let r = 0; r < NUM_ROLES; r++) this.addKeys32(roleKeys(a, r, this.buf), v, r * L_);
    return v;
  }

  /** The cached word type of a token (by text, then lemma + tags: no key string is built). */
  typeOf(t: NerToken): WordType {
    let list = this.types.get(t.text);
    if (list) {
      for (const r of list) if (r.lemmaRaw === t.lemma && r.tag === t.tag && r.pos === t.pos) return r;
    } else {
      if (this.typeCount > 200_000) {
        this.types.clear();
        this.typeCount = 0;
      }
      this.types.set(t.text, (list = []));
    }
    const r = this.newType(t);
    list.push(r);
    this.typeCount++;
    return r;
  }

  /** A new word type of a token, not cached here (for callers that cache their own per token analysis). */
  newType(t: NerToken): WordType {
    const atoms = atomsOf(t, this.vocab);
    const lemma = lowerCase(t.lemma);
    const memFirst = this.memory ? this.memory.first(lemma) : null;
    return { atoms, vec: this.roleVecs(atoms), lemma, memFirst, lemmaRaw: t.lemma, tag: t.tag, pos: t.pos };
  }

  /**
   * Emissions of a sentence when sums are exact in any order (see exact): per position, the word types' one-token
   * vectors of the five roles and the bias in one pass, then the other features' keys. The features of two adjacent
   * words are looked up per position: on fresh text a pair of word types rarely recurs, so a cache of their sums would
   * cost more to fill than it saves. So are the shape and POS trigrams (classKeys): their features are few and sit in
   * the small table, and a cache of their sums per trigram (tens of thousands of rows of 53 float64) read colder than
   * the lookups.
   */
  private emitExact(types: WordType[], ctx: SentenceCtx, emit: Float64Array): void {
    const L = L_;
    const n = types.length;
    const sv = this.startVec;
    const ev = this.endVec;
    const bv = this.biasVec;
    for (let i = 0; i < n; i++) {
      const t = types[i];
      const pt = i > 0 ? types[i - 1] : null;
      const nx = i + 1 < n ? types[i + 1] : null;
      const v0 = t.vec;
      const v1 = pt ? pt.vec : sv;
      const v2 = nx ? nx.vec : ev;
      const v3 = i > 1 ? types[i - 2].vec : sv;
      const v4 = i + 2 < n ? types[i + 2].vec : ev;
      const r0 = i * L;
      for (let l = 0; l < L; l++) emit[r0 + l] = v0[l] + v1[L + l] + v2[2 * L + l] + v3[3 * L + l] + v4[4 * L + l] + bv[l];
      this.addKeys(positionKeys(ctx, i, this.buf, false), emit, r0);
    }
  }

  /** Zeroed memory that decode() hands out in slices for its label sequences. */
  private ySlab = new Int32Array(0);
  private yUsed = 0;
  private memCodes = new Int32Array(64);
  private memIds = new Int32Array(64);
  /** Vocabulary id (V_GZ) of each memory cue code ('m:' + its cue string), filled on first use. */
  private readonly memCueIds: number[] = [];

  /**
   * The entity-memory cue of each token as a vocabulary id (-1 none or unknown): what sentenceCtx makes of
   * memory.match() strings, without building them. Reused buffer: valid until the next call.
   */
  private memoryIds(types: WordType[]): Int32Array {
    const memory = this.memory as EntityMemory;
    const n = types.length;
    if (this.memCodes.length < n) {
      this.memCodes = new Int32Array(2 * n);
      this.memIds = new Int32Array(2 * n);
    }
    const { memCodes, memIds, memCueIds } = this;
    memory.matchCodes(types, memCodes);
    for (let i = 0; i < n; i++) {
      const c = memCodes[i];
      if (c < 0) memIds[i] = -1;
      else {
        let id = memCueIds[c];
        if (id === undefined) id = memCueIds[c] = this.vocab.id(V_GZ, 'm:' + memory.cueOf(c));
        memIds[i] = id;
      }
    }
    return memIds;
  }

  /**
   * Best label sequence of a sentence; `types`: the tokens' word types under this scorer (typeOf), when the caller
   * has them. Entity-memory cues come from cues.mem when the caller gives them, else from the memory (as ids).
   */
  decode(toks: NerToken[], cues: TokenCues, types: WordType[] = toks.map((t) => this.typeOf(t))): Int32Array {
    const L = L_;
    const n = toks.length;
    if (!n) return new Int32Array(0);
    // a slice of a shared slab, never handed out twice: a typed array of its own would be allocated off the heap
    if (this.ySlab.length - this.yUsed < n) {
      this.ySlab = new Int32Array(Math.max(4096, n));
      this.yUsed = 0;
    }
    const y = this.ySlab.subarray(this.yUsed, (this.yUsed += n));
    const ctx = sentenceCtx(
      toks,
      types.map((x) => x.atoms),
      cues,
      this.vocab,
      this.memory && !cues.mem ? this.memoryIds(types) : undefined,
    );
    if (this.emit.length < n * L) this.emit = new Float64Array(n * L * 2);
    const emit = this.emit;
    if (this.exact) this.emitExact(types, ctx, emit);
    else {
      // one-token features: each word type's cached vectors (itself, left/right neighbour, two left/right) are read
      // once, contiguously, and added to the rows of the positions they concern
      emit.fill(0, 0, n * L);
      for (let j = 0; j < n; j++) {
        const v = types[j].vec;
        const r0 = j * L;
        for (let l = 0; l < L; l++) emit[r0 + l] += v[l];
        if (j + 1 < n) for (let l = 0; l < L; l++) emit[r0 + L + l] += v[L + l];
        if (j > 0) for (let l = 0; l < L; l++) emit[r0 - L + l] += v[2 * L + l];
        if (j + 2 < n) for (let l = 0; l < L; l++) emit[r0 + 2 * L + l] += v[3 * L + l];
        if (j > 1) for (let l = 0; l < L; l++) emit[r0 - 2 * L + l] += v[4 * L + l];
      }
      const sv = this.startVec;
      const ev = this.endVec;
      for (let l = 0; l < L; l++) {
        emit[l] += sv[L + l] + sv[3 * L + l];
        if (n > 1) emit[L + l] += sv[3 * L + l];
        emit[(n - 1) * L + l] += ev[2 * L + l] + ev[4 * L + l];
        if (n > 1) emit[(n - 2) * L + l] += ev[4 * L + l];
      }
      for (let i = 0; i < n; i++) this.addKeys(positionKeys(ctx, i, this.buf), emit, i * L);
    }
    const bias = this.bias;
    if (bias) {
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < bias.length; t++) {
          emit[i * L + 1 + 4 * t] += bias[t];
          emit[i * L + 4 + 4 * t] += bias[t];
        }
      }
    }
    this.decoder.run(emit, n, y);
    return y;
  }

  /**
   * After decode(): the sequence model's score of the span [start, end) labelled as each type (emissions of its
   * B/I/L or U labels and the transitions into, inside and out of it, the labels around it as decoded).
   */
  spanTypeScores(y: ArrayLike<number>, start: number, end: number): number[] {
    const L = L_;
    const n = y.length;
    const { emit, trans } = this;
    // a plain array: a small typed array is allocated off the heap (~2 µs per span)
    const out = new Array<number>(ENTITY_TYPES.length);
    for (let t = 0; t < out.length; t++) {
      const b = 1 + 4 * t;
      let sc = 0;
      let prev = start > 0 ? y[start - 1] : L;
      for (let i = start; i < end; i++) {
        const lab = end - start === 1 ? b + 3 : i === start ? b : i === end - 1 ? b + 2 : b + 1;
        sc += emit[i * L + lab] + trans[prev * L + lab];
        prev = lab;
      }
      if (end < n) sc += trans[prev * L + y[end]];
      out[t] = sc;
    }
    return out;
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

  /** featureNames: one per feature (strings, or the indices for integer features). */
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

  /** Best label sequence under the averaged weights (jack-knifed first-pass labels in training). */
  predictAveraged(s: TrainSentence): number[] {
    const t = new Float64Array(this.tw.length);
    for (let k = 0; k < t.length; k++) t[k] = this.tw[k] - this.tu[k] / this.c;
    return viterbi(this.emissions(s, true), s.feats.length, t);
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
  /** Adds the averaged weights (emissions, transitions) times `scale` to `w` / `t` (ensembles of runs). */
  addAveraged(w: Float32Array, t: Float64Array, scale: number): void {
    for (let k = 0; k < this.w.length; k++) w[k] += scale * (this.w[k] - this.u[k] / this.c);
    for (let k = 0; k < this.tw.length; k++) t[k] += scale * (this.tw[k] - this.tu[k] / this.c);
  }

  /** Replaces the weights by given averaged ones (finish() then stores them as they are). */
  setAveraged(w: Float32Array, t: Float64Array): void {
    this.w.set(w);
    this.u.fill(0);
    this.tw.set(t);
    this.tu.fill(0);
  }

  finish(version: string, minAbs = 0.05, keys?: Int32Array): NerModel {
    const L = this.L;
    const names: string[] = [];
    const counts: number[] = [];
    const ids: number[] = [];
    const ws: number[] = [];
    const keptIdx: number[] = [];
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
        keptIdx.push(f);
        counts.push(n);
      }
    }
    const trans = new Float32Array(this.tw.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.tw[k] - this.tu[k] / this.c;
    if (keys) {
      const kept: number[] = [];
      for (const i of keptIdx) kept.push(keys[i * 3], keys[i * 3 + 1], keys[i * 3 + 2]);
      return {
        version,
        labels: [],
        features: '',
        format: 2,
        keys: encodeB64(new Uint8Array(Int32Array.from(kept).buffer)),
        counts: encodeB64(Uint8Array.from(counts)),
        labelIds: encodeB64(Uint8Array.from(ids)),
        weights: encodeB64(Float32Array.from(ws)),
        transitions: encodeB64(trans),
      };
    }
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

/**
 * Linear-chain CRF trainer (log-likelihood, AdaGrad, optional L2 applied lazily per touched weight) over the same
 * features, labels and stored format as NerTrainer: the model decodes with the same Viterbi. Gradients of labels
 * whose marginal differs from the gold indicator by less than `tiny` are skipped (most tokens are near certain), so
 * the weights stay sparse; finish() drops |w| < minAbs.
 */
export class CrfTrainer {
  readonly L = NUM_LABELS;
  private readonly w: Float32Array;
  private readonly g2: Float32Array;
  private readonly tw: Float64Array;
  private readonly tg2: Float64Array;
  private alpha = new Float64Array(64 * NUM_LABELS);
  private beta = new Float64Array(64 * NUM_LABELS);
  private ex = new Float64Array(64 * NUM_LABELS);
  private readonly et = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);

  constructor(
    readonly featureNames: string[],
    readonly eta = 0.1,
    readonly tiny = 0.05,
    /** L2 on the weights a token's update touches (a prior that grows with the feature's frequency). */
    readonly l2 = 0,
    /** Softmax-margin: every wrong label's score raised by this much in training. */
    readonly cost = 0,
  ) {
    this.w = new Float32Array(featureNames.length * this.L);
    this.g2 = new Float32Array(featureNames.length * this.L);
    this.tw = new Float64Array((this.L + 1) * this.L);
    this.tg2 = new Float64Array((this.L + 1) * this.L);
  }

  /** One AdaGrad step on a sentence; returns the number of tokens whose most probable label is wrong. */
  train(s: TrainSentence): number {
    const L = this.L;
    const n = s.feats.length;
    if (!n) return 0;
    if (this.alpha.length < n * L) {
      this.alpha = new Float64Array(n * L * 2);
      this.beta = new Float64Array(n * L * 2);
      this.ex = new Float64Array(n * L * 2);
    }
    const { alpha, beta, ex, et, w, tw } = this;
    for (let k = 0; k < et.length; k++) et[k] = MASK[k] ? Math.exp(tw[k]) : 0;
    // emissions, exponentiated per position relative to the row maximum
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let l = 0; l < L; l++) ex[base + l] = 0;
      for (const f of s.feats[i]) {
        const o = f * L;
        for (let l = 0; l < L; l++) ex[base + l] += w[o + l];
      }
      if (this.cost) for (let l = 0; l < L; l++) if (l !== s.gold[i]) ex[base + l] += this.cost;
      let m = -Infinity;
      for (let l = 0; l < L; l++) if (ex[base + l] > m) m = ex[base + l];
      for (let l = 0; l < L; l++) ex[base + l] = Math.exp(ex[base + l] - m);
    }
    // forward (each row normalised)
    for (let c = 0; c < L; c++) alpha[c] = et[L * L + c] * ex[c];
    norm(alpha, 0, L);
    for (let i = 1; i < n; i++) {
      const b = i * L;
      const pb = b - L;
      for (let c = 0; c < L; c++) {
        const prev = PREV[c];
        let sum = 0;
        for (let k = 0; k < prev.length; k++) sum += alpha[pb + prev[k]] * et[prev[k] * L + c];
        alpha[b + c] = sum * ex[b + c];
      }
      norm(alpha, b, L);
    }
    // backward
    const lb = (n - 1) * L;
    for (let c = 0; c < L; c++) beta[lb + c] = mayEnd(c) ? 1 : 0;
    norm(beta, lb, L);
    for (let i = n - 2; i >= 0; i--) {
      const b = i * L;
      const nb = b + L;
      for (let p = 0; p < L; p++) beta[b + p] = 0;
      for (let c = 0; c < L; c++) {
        const v = ex[nb + c] * beta[nb + c];
        if (v === 0) continue;
        const prev = PREV[c];
        for (let k = 0; k < prev.length; k++) beta[b + prev[k]] += et[prev[k] * L + c] * v;
      }
      norm(beta, b, L);
    }
    const g = s.gold;
    let wrong = 0;
    const eta = this.eta;
    const tiny = this.tiny;
    const marg = new Float64Array(L);
    const l2 = this.l2;
    for (let i = 0; i < n; i++) {
      const b = i * L;
      let z = 0;
      for (let l = 0; l < L; l++) z += (marg[l] = alpha[b + l] * beta[b + l]);
      let arg = 0;
      for (let l = 0; l < L; l++) {
        marg[l] /= z;
        if (marg[l] > marg[arg]) arg = l;
      }
      if (arg !== g[i]) wrong++;
      marg[g[i]] -= 1;
      for (let l = 0; l < L; l++) {
        const gl = marg[l];
        if (gl < tiny && gl > -tiny) continue;
        for (const f of s.feats[i]) {
          const k = f * L + l;
          const gk = gl + l2 * w[k];
          const a = (this.g2[k] += gk * gk);
          w[k] -= (eta * gk) / Math.sqrt(a);
        }
      }
    }
    // transitions: expected pair counts − gold pair counts
    const gt = new Float64Array(tw.length);
    for (let c = 0; c < L; c++) gt[L * L + c] = (alpha[c] * beta[c]);
    {
      let z = 0;
      for (let c = 0; c < L; c++) z += gt[L * L + c];
      for (let c = 0; c < L; c++) gt[L * L + c] /= z;
    }
    gt[L * L + g[0]] -= 1;
    for (let i = 1; i < n; i++) {
      const b = i * L;
      const pb = b - L;
      let z = 0;
      const pair = this.pairBuf;
      pair.fill(0);
      for (let c = 0; c < L; c++) {
        const v = ex[b + c] * beta[b + c];
        if (v === 0) continue;
        const prev = PREV[c];
        for (let k = 0; k < prev.length; k++) {
          const x = alpha[pb + prev[k]] * et[prev[k] * L + c] * v;
          pair[prev[k] * L + c] = x;
          z += x;
        }
      }
      for (let k = 0; k < L * L; k++) if (pair[k] !== 0) gt[k] += pair[k] / z;
      gt[g[i - 1] * L + g[i]] -= 1;
    }
    for (let k = 0; k < gt.length; k++) {
      const x = gt[k];
      if (x === 0 || !MASK[k]) continue;
      this.tg2[k] += x * x;
      tw[k] -= (eta * x) / Math.sqrt(this.tg2[k]);
    }
    return wrong;
  }

  private readonly pairBuf = new Float64Array(NUM_LABELS * NUM_LABELS);

  /** The weights as they are (emissions feature × label, transitions). */
  weights(): { w: Float32Array; t: Float64Array } {
    return { w: this.w, t: this.tw };
  }

  finish(version: string, minAbs = 0.01, keys?: Int32Array): NerModel {
    const L = this.L;
    const counts: number[] = [];
    const ids: number[] = [];
    const ws: number[] = [];
    const kept: number[] = [];
    const names: string[] = [];
    for (let f = 0; f < this.featureNames.length; f++) {
      let n = 0;
      for (let l = 0; l < L; l++) {
        const v = this.w[f * L + l];
        if (Math.abs(v) >= minAbs) {
          ids.push(l);
          ws.push(v);
          n++;
        }
      }
      if (n) {
        counts.push(n);
        names.push(this.featureNames[f]);
        if (keys) kept.push(keys[f * 3], keys[f * 3 + 1], keys[f * 3 + 2]);
      }
    }
    const trans = new Float32Array(this.tw.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.tw[k];
    return {
      version,
      labels: [],
      features: keys ? '' : names.join('\n'),
      ...(keys ? { format: 2, keys: encodeB64(new Uint8Array(Int32Array.from(kept).buffer)) } : {}),
      counts: encodeB64(Uint8Array.from(counts)),
      labelIds: encodeB64(Uint8Array.from(ids)),
      weights: encodeB64(Float32Array.from(ws)),
      transitions: encodeB64(trans),
    };
  }
}

function norm(a: Float64Array, off: number, n: number): void {
  let s = 0;
  for (let k = 0; k < n; k++) s += a[off + k];
  if (s > 0) for (let k = 0; k < n; k++) a[off + k] /= s;
}
