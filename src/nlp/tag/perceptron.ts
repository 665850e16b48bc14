/**
 * Averaged-perceptron tagger over full VESUM tags. The lexicon proposes candidate analyses for each word (constraint:
 * only those tags can win); each candidate is scored by features of the context conjoined with the tag's parts —
 * the full tag, its part of speech and each of its attributes (case, gender, number …) — so evidence learnt for
 * "genitive after до" generalises across nouns, adjectives and pronouns. Greedy left-to-right decoding with the two
 * previous predicted tags as features.
 */
import type { WeightedAnalysis } from '../morph/lexicon.js';

/**
 * The trained model, columnar so it loads fast and stays small in memory: feature strings joined by '\n'; for each
 * feature, `counts[i]` (part, weight) entries, stored in order in `partIds` and `weights` (base64 of little-endian
 * Uint16Array / Float32Array, part ids ascending within a feature).
 */
export interface TaggerModel {
  version: string;
  /** Part names (T:full tag, P:pos, A:attribute); weights refer to them by index. */
  parts: string[];
  features: string;
  counts: string;
  partIds: string;
  weights: string;
  /** The three arrays already decoded (set by parseTaggerModel, which reads them from the file's bytes). */
  binary?: { counts: Uint16Array; partIds: Uint16Array; weights: Float32Array };
}

/**
 * A model from the bytes of its JSON file without decoding the whole file into one string (35 MB, mostly base64):
 * version and parts parsed, the feature text decoded alone, the base64 arrays decoded from the bytes. The base64
 * strings are made again only if read. Null when the file has another shape (then JSON.parse it).
 */
export function parseTaggerModel(buf: Buffer): TaggerModel | null {
  const featuresKey = buf.indexOf('"features":"');
  if (featuresKey < 0) return null;
  const headText = buf.toString('utf8', 0, featuresKey).trimEnd();
  if (!headText.startsWith('{') || !headText.endsWith(',')) return null;
  let head: { version?: unknown; parts?: unknown };
  try {
    head = JSON.parse(headText.slice(0, -1) + '}') as typeof head;
  } catch {
    return null;
  }
  if (typeof head.version !== 'string' || !Array.isArray(head.parts) || Object.keys(head).length !== 2) return null;
  const closing = (from: number): number => {
    for (let q = buf.indexOf(0x22, from); q >= 0; q = buf.indexOf(0x22, q + 1)) {
      let bs = 0;
      while (buf[q - 1 - bs] === 0x5c) bs++;
      if (bs % 2 === 0) return q;
    }
    return -1;
  };
  let pos = featuresKey + '"features":"'.length;
  const featuresEnd = closing(pos);
  if (featuresEnd < 0) return null;
  const features = JSON.parse('"' + buf.toString('utf8', pos, featuresEnd) + '"') as string;
  pos = featuresEnd + 1;
  const arrays: Buffer[] = [];
  for (const name of ['counts', 'partIds', 'weights']) {
    const key = `,"${name}":"`;
    if (buf.toString('latin1', pos, pos + key.length) !== key) return null;
    const end = buf.indexOf(0x22, pos + key.length);
    if (end < 0) return null;
    arrays.push(Buffer.from(buf.toString('latin1', pos + key.length, end), 'base64'));
    pos = end + 1;
  }
  if (buf.toString('latin1', pos).trim() !== '}') return null;
  const copy = <T>(b: Buffer, make: (ab: ArrayBuffer) => T): T => make(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  const binary = {
    counts: copy(arrays[0], (ab) => new Uint16Array(ab)),
    partIds: copy(arrays[1], (ab) => new Uint16Array(ab)),
    weights: copy(arrays[2], (ab) => new Float32Array(ab)),
  };
  return {
    version: head.version,
    parts: head.parts as string[],
    features,
    get counts() {
      return encode(binary.counts);
    },
    get partIds() {
      return encode(binary.partIds);
    },
    get weights() {
      return encode(binary.weights);
    },
    binary,
  };
}

function decode<T>(b64: string, make: (buf: ArrayBuffer) => T): T {
  const b = Buffer.from(b64, 'base64');
  return make(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function encode(view: Uint16Array | Float32Array): string {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

export interface Candidate {
  tag: string;
  lemma: string;
  weight: number;
  source: WeightedAnalysis['source'];
}

export function tagParts(tag: string): string[] {
  const bits = tag.split(':');
  const pos = bits[0];
  const out = ['T:' + tag, 'P:' + pos];
  for (let i = 1; i < bits.length; i++) out.push('A:' + bits[i]);
  return out;
}

function shape(form: string): string {
  let s = '';
  const c = form[0];
  if (/\d/.test(form)) s += 'd';
  if (c !== c.toLowerCase()) s += form.length > 1 && form === form.toUpperCase() ? 'U' : 'C';
  if (form.includes('-')) s += 'h';
  if (/[A-Za-z]/.test(form)) s += 'L';
  return s || 'l';
}

/** A tag's ':'-separated bits, split once per distinct tag (a few thousand; each new tag set split its tags again). */
const tagSplits = new Map<string, string[]>();

function bitsOf(tag: string): string[] {
  let b = tagSplits.get(tag);
  if (b === undefined) tagSplits.set(tag, (b = tag.split(':')));
  return b;
}

function ambiguityClass(cands: Candidate[]): string {
  const set = new Set<string>();
  for (const c of cands) set.add(bitsOf(c.tag)[0]);
  return [...set].sort().join('|');
}

function caseOf(tag: string): string {
  const m = /v_[a-z]+/.exec(tag);
  return m ? m[0] : '-';
}

export interface SentenceContext {
  lower: string[];
  forms: string[];
  cands: Candidate[][];
  amb: string[];
  /** Cases the word's candidates allow, and their gender/number values (agreement cues from the right). */
  cases: string[];
  genders: string[];
}

const GN = new Set(['m', 'f', 'n', 'p']);

function valueSet(cands: Candidate[], pick: (bit: string) => boolean): string {
  const set = new Set<string>();
  for (const c of cands) for (const b of bitsOf(c.tag)) if (pick(b)) set.add(b);
  return [...set].sort().join('|');
}

interface CandidateSummary {
  amb: string;
  cases: string;
  genders: string;
}

/** Per candidate list (the tagger caches lists per form, so this is computed once per distinct form). */
const summaries = new WeakMap<Candidate[], CandidateSummary>();

function summarize(c: Candidate[]): CandidateSummary {
  let s = summaries.get(c);
  if (!s) {
    s = { amb: ambiguityClass(c), cases: valueSet(c, (b) => b.startsWith('v_')), genders: valueSet(c, (b) => GN.has(b)) };
    summaries.set(c, s);
  }
  return s;
}

export function prepareSentence(forms: string[], cands: Candidate[][]): SentenceContext {
  const sums = cands.map(summarize);
  return {
    forms,
    lower: forms.map((f) => f.toLowerCase()),
    cands,
    amb: sums.map((x) => x.amb),
    cases: sums.map((x) => x.cases),
    genders: sums.map((x) => x.genders),
  };
}

function genderOf(tag: string): string {
  for (const b of tag.split(':')) if (GN.has(b)) return b;
  return '-';
}

/** Context features of token i given the previous two predicted tags. */
interface StaticFeatures {
  w: string;
  s1: string;
  s2: string;
  s3: string;
  s4: string;
  sh: string;
  shape: string;
  top: string;
  src: string;
  cands: Candidate[];
}

/** Feature strings that depend only on the form and its candidates, built once per distinct form. */
const staticCache = new Map<string, StaticFeatures>();

function makeStatic(form: string, lower: string, cands: Candidate[]): StaticFeatures {
  const sh = shape(form);
  return {
    w: 'w=' + lower,
    s1: 's1=' + lower.slice(-1),
    s2: 's2=' + lower.slice(-2),
    s3: 's3=' + lower.slice(-3),
    s4: 's4=' + lower.slice(-4),
    sh: 'sh=' + sh,
    shape: sh,
    top: 'top=' + (cands[0]?.tag ?? ''),
    src: 'src=' + (cands[0]?.source ?? '') + ' ' + sh,
    cands,
  };
}

function staticFeatures(form: string, lower: string, cands: Candidate[]): StaticFeatures {
  let f = staticCache.get(form);
  if (!f || f.cands !== cands) {
    f = makeStatic(form, lower, cands);
    if (staticCache.size > 200_000) staticCache.clear();
    staticCache.set(form, f);
  }
  return f;
}

interface TagBits {
  pos: string;
  kase: string;
  gender: string;
}
const tagBitsCache = new Map<string, TagBits>();

function tagBits(tag: string): TagBits {
  let t = tagBitsCache.get(tag);
  if (!t) {
    t = { pos: tag.split(':')[0], kase: caseOf(tag), gender: genderOf(tag) };
    tagBitsCache.set(tag, t);
  }
  return t;
}

/** Context features of token i given the previous two predicted tags. */
export function features(ctx: SentenceContext, i: number, prev: string, prev2: string): string[] {
  const w = ctx.lower[i];
  const n = ctx.lower.length;
  const st = staticFeatures(ctx.forms[i], w, ctx.cands[i]);
  const wm1 = i > 0 ? ctx.lower[i - 1] : '<s>';
  const wm2 = i > 1 ? ctx.lower[i - 2] : '<s>';
  const wp1 = i + 1 < n ? ctx.lower[i + 1] : '</s>';
  const wp2 = i + 2 < n ? ctx.lower[i + 2] : '</s>';
  const pb = tagBits(prev);
  const ppos = pb.pos;
  const p2pos = tagBits(prev2).pos;
  return [
    'b',
    st.w,
    st.s1,
    st.s2,
    st.s3,
    st.s4,
    st.sh,
    'w-1=' + wm1,
    'w-2=' + wm2,
    'w+1=' + wp1,
    'w+2=' + wp2,
    's3-1=' + wm1.slice(-3),
    's3+1=' + wp1.slice(-3),
    't-1=' + prev,
    'p-1=' + ppos,
    'p-2p-1=' + p2pos + ' ' + ppos,
    'c-1=' + pb.kase,
    'p-1w=' + ppos + ' ' + w,
    'w-1w=' + wm1 + ' ' + w,
    'ww+1=' + w + ' ' + wp1,
    'a=' + ctx.amb[i],
    'a+1=' + (i + 1 < n ? ctx.amb[i + 1] : '</s>'),
    'a-1a=' + (i > 0 ? ctx.amb[i - 1] : '<s>') + ' ' + ctx.amb[i],
    st.top,
    'sh-1=' + (i > 0 ? staticFeatures(ctx.forms[i - 1], ctx.lower[i - 1], ctx.cands[i - 1]).shape : '<s>') + (i === 0 ? 'F' : ''),
    'c+1=' + (i + 1 < n ? ctx.cases[i + 1] : '</s>'),
    'g+1=' + (i + 1 < n ? ctx.genders[i + 1] : '</s>'),
    'p+1c+1=' + (i + 1 < n ? ctx.amb[i + 1] + ' ' + ctx.cases[i + 1] : '</s>'),
    'gc-1=' + pb.gender + ' ' + pb.kase,
    'cc=' + ctx.cases[i],
    st.src,
  ];
}

const DENSE_MIN = 96;
/** Multiplier of the polynomial string hash of the feature table: h(s + c) = h(s)·M + c (mod 2^32). */
const HASH_M = 0x01000193;

/** Runtime scorer over a trained (averaged) model. */
export class PerceptronScorer {
  private readonly partIndex = new Map<string, number>();
  /**
   * Feature strings → index: an open-addressing table over the model's feature text (features joined by '\n'), so no
   * string per feature is made at load, and a feature is looked up from its pieces without concatenating them.
   */
  private readonly featureText: string;
  /**
   * Slot k: slots[4k] the feature's hash, slots[4k + 1] and [4k + 2] where its text starts and its length
   * (start -1: empty), slots[4k + 3] its id: a probe reads one 16-byte slot, then the text.
   */
  private readonly slots: Int32Array;
  /** A bit per feature hash (2^22 bits, 512 KiB: stays in cache), so most absent features never touch `slots`. */
  private readonly featureBits = new Int32Array(1 << 17);
  private readonly slotMask: number;
  private readonly slotShift: number;
  private readonly tagPartCache = new Map<string, number[]>();
  /** Running score per part; only the parts a call needs are zeroed first, the others collect unread sums. */
  private readonly score: Float64Array;
  /**
   * A feature's weights, reached from its id in one memory access (ids are handles, not feature indices): an id
   * k ≥ 0 is an offset into `packed`, which holds the feature's entry count and then its (part, weight) pairs side
   * by side (part as int32, weight as float32 bits, read through `packedWeights`, a view of the same memory), so the
   * part and its weight share a cache line. Features with long weight lists (bias, common suffixes, previous tags)
   * get a dense row in `denseWeights` instead, one read per needed part: their id is -2 - the row's offset. -1: absent.
   */
  private readonly packed: Int32Array;
  private readonly packedWeights: Float32Array;
  private readonly denseWeights: Float32Array;

  constructor(model: TaggerModel) {
    const counts = model.binary?.counts ?? decode(model.counts, (b) => new Uint16Array(b));
    const nFeatures = model.features ? counts.length : 0;
    const text = (this.featureText = model.features ?? '');
    const partIds = model.binary?.partIds ?? decode(model.partIds, (b) => new Uint16Array(b));
    const weights = model.binary?.weights ?? decode(model.weights, (b) => new Float32Array(b));
    const nParts = model.parts.length;
    this.score = new Float64Array(nParts);
    // parts renumbered so that the parts one token needs lie closer together in a dense row (fewer cache lines
    // read: about 15% on fresh text): parts of speech and attributes (a hundred; several in every candidate) first,
    // then the full tags in the model's order (first seen in training, so the frequent ones early; sorting them by
    // name or by weight count spread a token's parts wider)
    const renumber = new Int32Array(nParts);
    let next = 0;
    for (const full of [false, true]) model.parts.forEach((p, i) => {
      if (p.startsWith('T:') === full) renumber[i] = next++;
    });
    model.parts.forEach((p, i) => this.partIndex.set(p, renumber[i]));
    let rows = 0;
    let sparse = 0;
    for (let i = 0; i < nFeatures; i++) {
      if (counts[i] >= DENSE_MIN) rows++;
      else sparse += 1 + 2 * counts[i];
    }
    const denseWeights = (this.denseWeights = new Float32Array(nParts * rows));
    const packed = (this.packed = new Int32Array(sparse));
    const packedWeights = (this.packedWeights = new Float32Array(packed.buffer));
    const idOf = new Int32Array(nFeatures);
    rows = 0;
    sparse = 0;
    for (let i = 0, from = 0; i < nFeatures; i++) {
      const to = from + counts[i];
      if (counts[i] >= DENSE_MIN) {
        const row = nParts * rows++;
        for (let k = from; k < to; k++) denseWeights[row + renumber[partIds[k]]] = weights[k];
        idOf[i] = -2 - row;
      } else {
        idOf[i] = sparse;
        packed[sparse++] = counts[i];
        for (let k = from; k < to; k++, sparse += 2) {
          packed[sparse] = renumber[partIds[k]];
          packedWeights[sparse + 1] = weights[k];
        }
      }
      from = to;
    }
    let bits = 10;
    while (1 << bits < nFeatures * 2) bits++;
    this.slotShift = 32 - bits;
    this.slots = new Int32Array(4 << bits).fill(-1);
    this.slotMask = (1 << bits) - 1;
    for (let i = 0, pos = 0; i < nFeatures; i++) {
      let h = 0;
      let end = pos;
      for (; end < text.length; end++) {
        const c = text.charCodeAt(end);
        if (c === 10) break;
        h = (Math.imul(h, HASH_M) + c) | 0;
      }
      this.insertFeature(idOf[i], h, pos, end);
      pos = end + 1;
    }
  }

  /** Adds a feature (its id, text [from, to), hash h); a repeated feature string keeps the last id, as a Map would. */
  private insertFeature(id: number, h: number, from: number, to: number): void {
    const { slots, slotMask, featureText: text } = this;
    for (let slot = Math.imul(h, 0x9e3779b1) >>> this.slotShift; ; slot = (slot + 1) & slotMask) {
      const k = 4 * slot;
      if (slots[k + 1] < 0) {
        slots[k] = h;
        slots[k + 1] = from;
        slots[k + 2] = to - from;
        slots[k + 3] = id;
        const bit = Math.imul(h, 0x85ebca6b) >>> 10;
        this.featureBits[bit >>> 5] |= 1 << (bit & 31);
        return;
      }
      if (slots[k] === h && slots[k + 2] === to - from && text.startsWith(text.slice(from, to), slots[k + 1])) {
        slots[k + 3] = id;
        return;
      }
    }
  }
  /** Id of the feature a + b + c + d (-1 when the model does not have it), without building the string. */
  private fid(a: string, b = '', c = '', d = ''): number {
    return this.lookup(hashOf(hashOf(hashOf(hashOf(0, a), b), c), d), a, b, c, d);
  }

  /** Id of the feature a + b + c + d given its hash h (`hashOf`, or one put together from its pieces' hashes). */
  private lookup(h: number, a: string, b: string, c: string, d: string): number {
    const bit = Math.imul(h, 0x85ebca6b) >>> 10;
    if (!(this.featureBits[bit >>> 5] & (1 << (bit & 31)))) return -1;
    const len = a.length + b.length + c.length + d.length;
    const { slots, slotMask, featureText: text } = this;
    for (let slot = Math.imul(h, 0x9e3779b1) >>> this.slotShift; ; slot = (slot + 1) & slotMask) {
      const k = 4 * slot;
      const s = slots[k + 1];
      if (s < 0) return -1;
      if (slots[k] !== h || slots[k + 2] !== len) continue;
      if (text.startsWith(a, s) && text.startsWith(b, s + a.length) && text.startsWith(c, s + a.length + b.length) &&
        text.startsWith(d, s + len - d.length)) return slots[k + 3];
    }
  }

  partsOf(tag: string): number[] {
    let ids = this.tagPartCache.get(tag);
    if (!ids) {
      ids = tagParts(tag).map((p) => this.partIndex.get(p) ?? -1).filter((x) => x >= 0);
      this.tagPartCache.set(tag, ids);
    }
    return ids;
  }

  /** Index of the best candidate given feature strings (reference path: resolves them, then scores as the fast path). */
  best(feats: string[], cands: Candidate[]): number {
    if (cands.length === 1) return 0;
    const candParts = cands.map((c) => this.partsOf(c.tag));
    return this.pick(Int32Array.from(feats, (f) => this.fid(f)), candParts, [...new Set(candParts.flat())]);
  }

  /** Greedy decoding of one sentence by feature strings (the reference path; training uses the same features). */
  tagSentenceSlow(ctx: SentenceContext): number[] {
    const out: number[] = [];
    let prev = '<s>';
    let prev2 = '<s>';
    for (let i = 0; i < ctx.forms.length; i++) {
      const cands = ctx.cands[i];
      const k = cands.length === 1 ? 0 : this.best(features(ctx, i, prev, prev2), cands);
      out.push(k);
      prev2 = prev;
      prev = cands[k].tag;
    }
    return out;
  }

  // ---- fast path: the same features as `features()`, resolved to model indices once per form / tag, and scored per
  // token in one pass ----
  //
  // Every weight is a float32 of magnitude ≥ 2^-5 (entries below 0.05 are pruned), so a multiple of 2^-28, and scores
  // stay far below 2^25: float64 sums of weights are exact whatever the order of the additions. The fast path adds
  // the same weights as the reference path, grouped differently, and so chooses exactly the same candidates
  // (test/nlp/tag/tagger.test.ts checks it).
  //
  // Only what depends on the form alone is kept (its ids and own scores). Scores of the context features (neighbour
  // words, word pairs, previous tags) are not cached: on text not seen before such caches rarely hit, and filling them
  // (a vector and a map entry per miss, then garbage) cost more than scoring a token's ~20 context features directly.

  private readonly formIdCache = new Map<string, FormIds>();

  private formIds(form: string, lower: string, cands: Candidate[]): FormIds {
    let f = this.formIdCache.get(form);
    if (f && f.cands === cands) return f;
    f = this.buildFormIds(form, lower, cands);
    if (this.formIdCache.size > 200_000) this.formIdCache.clear();
    this.formIdCache.set(form, f);
    return f;
  }

  /** The model ids of one form with its candidates, for `decode` (not cached here: the tagger keeps them per form). */
  formIdsOf(form: string, cands: Candidate[]): FormIds {
    return this.buildFormIds(form, form.toLowerCase(), cands);
  }

  /** The id of the bias feature `b` (null: not looked up yet). */
  private biasId: number | null = null;

  private buildFormIds(form: string, lower: string, cands: Candidate[]): FormIds {
    const ts = this.tagSet(cands);
    const sh = shape(form);
    const s3 = lower.slice(-3);
    // the word's and its 3-letter suffix's hashes once; `prefix + word` features hashed from the pieces' hashes
    const hash = hashOf(0, lower);
    const scale = scaleOf(lower.length);
    const h3 = hashOf(0, s3);
    const sc3 = scaleOf(s3.length);
    this.biasId ??= this.fid('b');
    return {
      form,
      cands,
      lower,
      ts,
      tags: ts.tags,
      own: Int32Array.of(
        this.biasId, this.lookup((Math.imul(H_W, scale) + hash) | 0, 'w=', lower, '', ''), this.fid('s1=', lower.slice(-1)),
        this.fid('s2=', lower.slice(-2)), this.lookup((Math.imul(H_S3, sc3) + h3) | 0, 's3=', s3, '', ''),
        this.fid('s4=', lower.slice(-4)), this.fid('sh=', sh), ts.ambId, ts.topId, ts.casesId, this.fid('src=', cands[0]?.source ?? '', ' ', sh),
      ),
      prev1: this.lookup((Math.imul(H_W_1, scale) + hash) | 0, 'w-1=', lower, '', ''),
      prev2: this.lookup((Math.imul(H_W_2, scale) + hash) | 0, 'w-2=', lower, '', ''),
      next1: this.lookup((Math.imul(H_W1, scale) + hash) | 0, 'w+1=', lower, '', ''),
      next2: this.lookup((Math.imul(H_W2, scale) + hash) | 0, 'w+2=', lower, '', ''),
      s3prev: this.lookup((Math.imul(H_S3_1, sc3) + h3) | 0, 's3-1=', s3, '', ''),
      s3next: this.lookup((Math.imul(H_S31, sc3) + h3) | 0, 's3+1=', s3, '', ''),
      right: ts.rightIds,
      shPrev: this.fid('sh-1=', sh),
      hash,
      scale,
      asLeft: (Math.imul((Math.imul(H_W_1W, scale) + hash) | 0, HASH_M) + 32) | 0,
      asRight: (Math.imul((Math.imul(H_WW_1, scale) + hash) | 0, HASH_M) + 32) | 0,
    };
  }

  private readonly tagInfos = new Map<string, TagInfo>();
  /** Parts of speech (and '<s>') by first appearance: a few dozen, so a pair of them is one small integer. */
  private readonly posIds = new Map<string, number>();

  /** A predicted tag as the next tokens see it: its id, part of speech and the ids of its `t-1 p-1 c-1 gc-1` features. */
  private tagInfo(tag: string): TagInfo {
    let t = this.tagInfos.get(tag);
    if (!t) {
      const pb = tagBits(tag);
      t = {
        id: this.tagInfos.size,
        tag,
        pos: pb.pos,
        posId: this.posIds.get(pb.pos) ?? this.posIds.set(pb.pos, this.posIds.size).size - 1,
        prev: [this.fid('t-1=', tag), this.fid('p-1=', pb.pos), this.fid('c-1=', pb.kase), this.fid('gc-1=', pb.gender, ' ', pb.kase)],
        asPrevPos: hashOf(hashOf(H_P_1W, pb.pos), ' '),
      };
      this.tagInfos.set(tag, t);
    }
    return t;
  }

  /** Tag sets by a hash of their tags' ids (a bucket per hash). */
  private readonly tagSets = new Map<number, TagSet[]>();

  /** Candidate tag lists are shared by many forms: the ids of the features that depend on the tags alone are kept per list. */
  private tagSet(cands: Candidate[]): TagSet {
    const tags = cands.map((c) => this.tagInfo(c.tag));
    let h = tags.length;
    for (const t of tags) h = (Math.imul(h, HASH_M) + t.id) | 0;
    let bucket = this.tagSets.get(h);
    if (bucket) {
      for (const x of bucket) if (x.tags.length === tags.length && x.tags.every((t, k) => t === tags[k])) return x;
    } else this.tagSets.set(h, (bucket = []));
    // the features that depend on the candidate tags alone (the same strings `summarize` gives prepareSentence)
    const { amb, cases, genders } = summarize(cands);
    const parts = cands.map((c) => this.partsOf(c.tag));
    const ts: TagSet = {
      parts,
      needed: union(parts),
      tags,
      amb,
      ambId: this.fid('a=', amb),
      topId: this.fid('top=', cands[0]?.tag ?? ''),
      casesId: this.fid('cc=', cases),
      rightIds: [this.fid('a+1=', amb), this.fid('c+1=', cases), this.fid('g+1=', genders), this.fid('p+1c+1=', amb, ' ', cases)],
      ambHash: hashOf(0, amb),
      ambScale: scaleOf(amb.length),
      asLeft: hashOf(hashOf(H_A_1A, amb), ' '),
    };
    bucket.push(ts);
    return ts;
  }

  private readonly posPairIds = new Map<number, number>();

  /** The id of `p-2p-1` for the part-of-speech pair of the two previous tags. */
  private posPairId(prev2: TagInfo, prev: TagInfo): number {
    const pp = prev2.posId * 65536 + prev.posId;
    let id = this.posPairIds.get(pp);
    if (id === undefined) this.posPairIds.set(pp, (id = this.fid('p-2p-1=', prev2.pos, ' ', prev.pos)));
    return id;
  }

  private readonly boundary = {
    ready: false, wm1: -1, wm2: -1, wp1: -1, wp2: -1, s3m1: -1, s3p1: -1, right: [] as number[], shm1: -1,
  };

  private boundaryIds(): typeof this.boundary {
    const b = this.boundary;
    if (!b.ready) {
      b.ready = true;
      b.wm1 = this.fid('w-1=<s>');
      b.wm2 = this.fid('w-2=<s>');
      b.wp1 = this.fid('w+1=</s>');
      b.wp2 = this.fid('w+2=</s>');
      b.s3m1 = this.fid('s3-1=<s>');
      b.s3p1 = this.fid('s3+1=/s>');
      b.right = [this.fid('a+1=</s>'), this.fid('c+1=</s>'), this.fid('g+1=</s>'), this.fid('p+1c+1=</s>')];
      b.shm1 = this.fid('sh-1=<s>F');
    }
    return b;
  }

  /** Scores the candidates (their model parts `candParts`, union `needed`) over feature ids; the best one's index. */
  private pick(ids: Int32Array, candParts: number[][], needed: number[]): number {
    const scores = this.candidateScores(ids, candParts, needed);
    let bestI = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < candParts.length; c++) {
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        bestI = c;
      }
    }
    return bestI;
  }

  private readonly candScores = new Float64Array(1024);

  /** Each candidate's score over the feature ids, in the first candParts.length entries of a shared buffer (read it before the next call). */
  private candidateScores(ids: Int32Array, candParts: number[][], needed: number[]): Float64Array {
    const { packed, packedWeights, score, denseWeights } = this;
    for (let j = 0; j < needed.length; j++) score[needed[j]] = 0;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      if (id >= 0) {
        // every entry added, needed or not: a test per entry cost more than the unread sums
        for (let k = id + 1, end = id + 1 + 2 * packed[id]; k < end; k += 2) score[packed[k]] += packedWeights[k + 1];
      } else if (id !== -1) {
        const row = -2 - id;
        for (let q = 0; q < needed.length; q++) {
          const p = needed[q];
          score[p] += denseWeights[row + p];
        }
      }
    }
    const out = candParts.length <= this.candScores.length ? this.candScores : new Float64Array(candParts.length);
    for (let c = 0; c < candParts.length; c++) {
      const ps = candParts[c];
      let s = 0;
      for (let q = 0; q < ps.length; q++) s += score[ps[q]];
      out[c] = s;
    }
    return out;
  }

  /** The part of each candidate's score that depends on the form alone (its own features), once per form. */
  private ownScores(f: FormIds): number[] {
    if (!f.ownScores) f.ownScores = copyScores(this.candidateScores(f.own, f.ts.parts, f.ts.needed), f.ts.parts.length);
    return f.ownScores;
  }

  /** Greedy decoding of one sentence: the index of the chosen candidate per token. Same result as tagSentenceSlow. */
  tagSentence(ctx: SentenceContext): number[] {
    const n = ctx.forms.length;
    return Array.from(this.decode(ctx.forms.map((form, i) => this.formIds(form, ctx.lower[i], ctx.cands[i])), n).subarray(0, n));
  }

  /** A token's context feature ids (reused: a JS array emptied by `length = 0` would drop its storage each time). */
  private readonly context = new Int32Array(CONTEXT_FEATURES);

  /** The chosen candidates of the last decode (reused). */
  private picks = new Int32Array(256);

  /**
   * Greedy decoding over the ids of fx[0, n) (`formIdsOf`): the index of the chosen candidate per token, in a reused
   * array (its first n entries; valid until the next call).
   */
  decode(fx: FormIds[], n = fx.length): Int32Array {
    const b = this.boundaryIds();
    const ids = this.context;
    if (this.picks.length < n) this.picks = new Int32Array(2 * n);
    const out = this.picks;
    let prev = this.tagInfo('<s>');
    let prev2 = prev;
    for (let i = 0; i < n; i++) {
      const f = fx[i];
      let k = 0;
      if (f.cands.length > 1) {
        const ts = f.ts;
        // the previous two tags: t-1 p-1 c-1 gc-1, p-2p-1, p-1w
        const pt = prev.prev;
        ids[0] = pt[0];
        ids[1] = pt[1];
        ids[2] = pt[2];
        ids[3] = pt[3];
        ids[4] = this.posPairId(prev2, prev);
        ids[5] = this.lookup((Math.imul(prev.asPrevPos, f.scale) + f.hash) | 0, 'p-1w=', prev.pos, ' ', f.lower);
        // the left neighbour: sh-1 a-1a w-1 s3-1 w-1w (pair features looked up by hashes put together from the pieces')
        const l = i > 0 ? fx[i - 1] : null;
        if (l) {
          ids[6] = l.shPrev;
          ids[7] = l.prev1;
          ids[8] = l.s3prev;
          ids[9] = this.lookup((Math.imul(l.ts.asLeft, ts.ambScale) + ts.ambHash) | 0, 'a-1a=', l.ts.amb, ' ', ts.amb);
          ids[10] = this.lookup((Math.imul(l.asLeft, f.scale) + f.hash) | 0, 'w-1w=', l.lower, ' ', f.lower);
        } else {
          ids[6] = b.shm1;
          ids[7] = b.wm1;
          ids[8] = b.s3m1;
          ids[9] = this.lookup((Math.imul(H_A_1A_START, ts.ambScale) + ts.ambHash) | 0, 'a-1a=<s> ', ts.amb, '', '');
          ids[10] = this.lookup((Math.imul(H_W_1W_START, f.scale) + f.hash) | 0, 'w-1w=<s> ', f.lower, '', '');
        }
        // the right neighbour: a+1 c+1 g+1 p+1c+1 w+1 s3+1 ww+1
        const r = i + 1 < n ? fx[i + 1] : null;
        const rt = r ? r.right : b.right;
        ids[11] = rt[0];
        ids[12] = rt[1];
        ids[13] = rt[2];
        ids[14] = rt[3];
        if (r) {
          ids[15] = r.next1;
          ids[16] = r.s3next;
          ids[17] = this.lookup((Math.imul(f.asRight, r.scale) + r.hash) | 0, 'ww+1=', f.lower, ' ', r.lower);
        } else {
          ids[15] = b.wp1;
          ids[16] = b.s3p1;
          ids[17] = this.lookup((Math.imul(f.asRight, END_SCALE) + H_END) | 0, 'ww+1=', f.lower, ' </s>', '');
        }
        // two words away: w-2 w+2
        ids[18] = i > 1 ? fx[i - 2].prev2 : b.wm2;
        ids[19] = i + 2 < n ? fx[i + 2].next2 : b.wp2;
        const own = this.ownScores(f);
        const scores = this.candidateScores(ids, ts.parts, ts.needed);
        let bestScore = -Infinity;
        for (let c = 0; c < own.length; c++) {
          const s = own[c] + scores[c];
          if (s > bestScore) {
            bestScore = s;
            k = c;
          }
        }
      }
      out[i] = k;
      prev2 = prev;
      prev = f.tags[k];
    }
    return out;
  }
}

/** The hash h continued over s (a polynomial hash: the model's feature table is keyed by hashOf(0, feature)). */
function hashOf(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_M) + s.charCodeAt(i)) | 0;
  return h;
}

/** HASH_M^n, so that hashOf(0, a + b) = hashOf(0, a)·scaleOf(|b|) + hashOf(0, b): a pair's hash from its pieces'. */
function scaleOf(n: number): number {
  let m = 1;
  for (let i = 0; i < n; i++) m = Math.imul(m, HASH_M);
  return m;
}

/** The context features of a token that `decode` scores (all but its own). */
const CONTEXT_FEATURES = 20;
const H_W_1W = hashOf(0, 'w-1w=');
const H_W = hashOf(0, 'w=');
const H_W_1 = hashOf(0, 'w-1=');
const H_W_2 = hashOf(0, 'w-2=');
const H_W1 = hashOf(0, 'w+1=');
const H_W2 = hashOf(0, 'w+2=');
const H_S3 = hashOf(0, 's3=');
const H_S3_1 = hashOf(0, 's3-1=');
const H_S31 = hashOf(0, 's3+1=');
const H_WW_1 = hashOf(0, 'ww+1=');
const H_P_1W = hashOf(0, 'p-1w=');
const H_A_1A = hashOf(0, 'a-1a=');
const H_W_1W_START = hashOf(0, 'w-1w=<s> ');
const H_A_1A_START = hashOf(0, 'a-1a=<s> ');
const H_END = hashOf(0, '</s>');
const END_SCALE = scaleOf('</s>'.length);

/** A candidate tag as a previous tag: its id, part of speech, and the ids of its `t-1 p-1 c-1 gc-1` features. */
interface TagInfo {
  id: number;
  tag: string;
  pos: string;
  posId: number;
  prev: number[];
  /** Hash of `p-1w=<pos> `. */
  asPrevPos: number;
}

/** A candidate tag list (shared by many forms) with the ids of the features that depend on its tags alone. */
interface TagSet {
  parts: number[][];
  needed: number[];
  tags: TagInfo[];
  /** Ambiguity class, and the ids of `a= top= cc=`, and as the right neighbour of `a+1 c+1 g+1 p+1c+1`. */
  amb: string;
  ambId: number;
  topId: number;
  casesId: number;
  rightIds: number[];
  /** Hash and scale (`scaleOf`) of the ambiguity class, and hash of `a-1a=<amb> ` (as the left neighbour). */
  ambHash: number;
  ambScale: number;
  asLeft: number;
}

/** Model indices of the features that depend only on one form (as the current word or as a neighbour). */
export interface FormIds {
  form: string;
  cands: Candidate[];
  lower: string;
  ts: TagSet;
  tags: TagInfo[];
  own: Int32Array;
  prev1: number;
  prev2: number;
  next1: number;
  next2: number;
  s3prev: number;
  s3next: number;
  /** As the right neighbour: `a+1 c+1 g+1 p+1c+1`. */
  right: number[];
  /** As the left neighbour: `sh-1`. */
  shPrev: number;
  /** Hash and scale (`scaleOf`) of the lower-cased form, and hashes of `w-1w=<lower> ` and `ww+1=<lower> `. */
  hash: number;
  scale: number;
  asLeft: number;
  asRight: number;
  /** Score of each candidate from `own` alone (lazily computed). */
  ownScores?: number[];
}

/** The distinct parts of the candidates, in first-seen order (as [...new Set(parts.flat())], without the copies). */
function union(parts: number[][]): number[] {
  const out: number[] = [];
  for (const ps of parts) for (const p of ps) if (!out.includes(p)) out.push(p);
  return out;
}

function copyScores(buf: Float64Array, n: number): number[] {
  const v = new Array<number>(n);
  for (let c = 0; c < n; c++) v[c] = buf[c];
  return v;
}

/** Training-time averaged perceptron (sparse, lazy averaging by timestamps). */
export class PerceptronTrainer {
  readonly parts: string[] = [];
  private readonly partIndex = new Map<string, number>();
  /** feature → part → [weight, total, timestamp] */
  private readonly w = new Map<string, Map<number, Float64Array>>();
  private readonly tagPartCache = new Map<string, number[]>();
  private time = 0;

  partsOf(tag: string): number[] {
    let ids = this.tagPartCache.get(tag);
    if (!ids) {
      ids = tagParts(tag).map((p) => {
        let k = this.partIndex.get(p);
        if (k === undefined) {
          k = this.parts.length;
          this.parts.push(p);
          this.partIndex.set(p, k);
        }
        return k;
      });
      this.tagPartCache.set(tag, ids);
    }
    return ids;
  }

  score(feats: string[], tag: string): number {
    const parts = this.partsOf(tag);
    let s = 0;
    for (const f of feats) {
      const m = this.w.get(f);
      if (!m) continue;
      for (const p of parts) {
        const cell = m.get(p);
        if (cell) s += cell[0];
      }
    }
    return s;
  }

  private bump(f: string, p: number, delta: number): void {
    let m = this.w.get(f);
    if (!m) {
      m = new Map();
      this.w.set(f, m);
    }
    let cell = m.get(p);
    if (!cell) {
      cell = new Float64Array(3);
      cell[2] = this.time;
      m.set(p, cell);
    }
    cell[1] += (this.time - cell[2]) * cell[0];
    cell[2] = this.time;
    cell[0] += delta;
  }

  /** One training example; returns true when the prediction was right. */
  update(feats: string[], gold: string, predicted: string): void {
    this.time++;
    if (gold === predicted) return;
    const g = this.partsOf(gold);
    const p = this.partsOf(predicted);
    for (const f of feats) {
      for (const x of g) if (!p.includes(x)) this.bump(f, x, 1);
      for (const x of p) if (!g.includes(x)) this.bump(f, x, -1);
    }
  }

  tick(): void {
    this.time++;
  }

  /** Averaged weights (×1000), entries below `minAbs` pruned, in the columnar file format. */
  finish(version: string, minAbs = 0.05): TaggerModel {
    const features: string[] = [];
    const counts: number[] = [];
    const partIds: number[] = [];
    const weights: number[] = [];
    for (const [f, m] of this.w) {
      const entries: [number, number][] = [];
      for (const [p, cell] of m) {
        const total = cell[1] + (this.time - cell[2]) * cell[0];
        const avg = (total / this.time) * 1000;
        if (Math.abs(avg) >= minAbs) entries.push([p, avg]);
      }
      if (!entries.length) continue;
      entries.sort((a, b) => a[0] - b[0]);
      features.push(f);
      counts.push(entries.length);
      for (const [p, w] of entries) {
        partIds.push(p);
        weights.push(w);
      }
    }
    return {
      version,
      parts: this.parts,
      features: features.join('\n'),
      counts: encode(Uint16Array.from(counts)),
      partIds: encode(Uint16Array.from(partIds)),
      weights: encode(Float32Array.from(weights)),
    };
  }
}

/** Converts a model of the first (object-of-arrays) format, or re-prunes a model: entries below `minAbs` dropped. */
export function compactModel(model: TaggerModel | LegacyTaggerModel, minAbs = 0): TaggerModel {
  const features: string[] = [];
  const counts: number[] = [];
  const partIds: number[] = [];
  const weights: number[] = [];
  const push = (f: string, entries: [number, number][]): void => {
    const kept = entries.filter((e) => Math.abs(e[1]) >= minAbs).sort((a, b) => a[0] - b[0]);
    if (!kept.length) return;
    features.push(f);
    counts.push(kept.length);
    for (const [p, w] of kept) {
      partIds.push(p);
      weights.push(w);
    }
  };
  if (typeof model.weights === 'object') {
    for (const [f, arr] of Object.entries(model.weights)) {
      const entries: [number, number][] = [];
      for (let k = 0; k < arr.length; k += 2) entries.push([arr[k], arr[k + 1]]);
      push(f, entries);
    }
  } else {
    const m = model as TaggerModel;
    const fs = m.features.split('\n');
    const c = decode(m.counts, (b) => new Uint16Array(b));
    const p = decode(m.partIds, (b) => new Uint16Array(b));
    const w = decode(m.weights, (b) => new Float32Array(b));
    let k = 0;
    fs.forEach((f, i) => {
      const entries: [number, number][] = [];
      for (let j = 0; j < c[i]; j++, k++) entries.push([p[k], w[k]]);
      push(f, entries);
    });
  }
  return {
    version: model.version,
    parts: model.parts,
    features: features.join('\n'),
    counts: encode(Uint16Array.from(counts)),
    partIds: encode(Uint16Array.from(partIds)),
    weights: encode(Float32Array.from(weights)),
  };
}

/** The first model format: feature → [partIndex, weight, …]. */
export interface LegacyTaggerModel {
  version: string;
  parts: string[];
  weights: Record<string, number[]>;
}
