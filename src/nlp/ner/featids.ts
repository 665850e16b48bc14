/**
 * Integer NER features. Every string a feature is built from (the word, its lemma, shape, affixes, UPOS + case, the
 * VESUM name markers, gazetteer classes …) is interned once per word type into small vocabularies; a feature is then a
 * template id with one to three such ids, looked up in an open-addressing hash table of int32 triples (FeatureTable).
 * No string is built or hashed per token at run time beyond one cache lookup per word: the features that depend on
 * one token alone (in each position relative to the token being labelled) are summed per word type once and cached
 * (IntScorer in model.ts). The same functions produce the keys in training (scripts/train-ner.ts).
 */
import { lowerCase, shortShape, type NerToken, type TokenCues } from './features.js';

/** Vocabulary kinds. */
export const V_W = 0; // lowercase word
export const V_L = 1; // lemma (lowercase)
export const V_SH = 2; // short shape
export const V_PK = 3; // UPOS + case
export const V_VT = 4; // VESUM POS + name markers (+ case)
export const V_AFX = 5; // prefixes / suffixes
export const V_UPOS = 6; // UPOS alone
export const V_GZ = 7; // gazetteer class (B-LOC:city …)
export const V_LSUF = 8; // lemma suffixes
export const V_CLS = 9; // distributional lemma classes (clusters.ts)
export const NUM_VOCABS = 10;

/** Distributional classes per lowercase lemma (coarse, fine), when the model has them (EXTRA.cls). */
export const CLUSTERS: { map: Map<string, string[]> | null } = { map: null };

/** String → id per kind; frozen at run time (unknown strings → -1: no feature can contain them). */
export class Vocab {
  readonly maps: Map<string, number>[];
  frozen = false;
  /** Per VESUM tag: the atoms of it with each UPOS it came with (atomsOf). */
  readonly tags = new Map<string, TagAtoms[]>();

  constructor(lists?: string[][]) {
    this.maps = [];
    for (let k = 0; k < NUM_VOCABS; k++) {
      const m = new Map<string, number>();
      if (lists && lists[k]) lists[k].forEach((s, i) => m.set(s, i));
      else {
        m.set('<s>', 0);
        m.set('</s>', 1);
      }
      this.maps.push(m);
    }
    if (lists) this.frozen = true;
  }

  id(kind: number, s: string): number {
    const m = this.maps[kind];
    let v = m.get(s);
    if (v === undefined) {
      if (this.frozen) return -1;
      v = m.size;
      m.set(s, v);
    }
    return v;
  }

  lists(): string[][] {
    return this.maps.map((m) => [...m.keys()]);
  }

  /**
   * Frozen: the affix ids by their UTF-16 code units (at most four, packed two per int) and length, 4 ints per slot
   * (units 0–1, units 2–3, length, id; id -1: empty). Built on first use.
   */
  private affixes: Int32Array | null = null;

  /**
   * The V_AFX id of w.slice(start, end) (0 ≤ start ≤ end ≤ w.length, at most four units): in a frozen vocabulary
   * looked up by the packed code units, without building the string (a new word type needs six affixes).
   */
  affixId(w: string, start: number, end: number): number {
    if (!this.frozen || end - start > 4) return this.id(V_AFX, w.slice(start, end));
    const t = this.affixes ?? (this.affixes = this.affixTable());
    let k1 = 0;
    let k2 = 0;
    for (let i = start; i < end; i++) {
      const c = w.charCodeAt(i);
      const j = i - start;
      if (j < 2) k1 |= c << (16 * j);
      else k2 |= c << (16 * (j - 2));
    }
    const len = end - start;
    const mask = (t.length >> 2) - 1;
    for (let h = mix(k1, k2, len) & mask; ; h = (h + 1) & mask) {
      const o = h << 2;
      const id = t[o + 3];
      if (id < 0 || (t[o] === k1 && t[o + 1] === k2 && t[o + 2] === len)) return id;
    }
  }

  private affixTable(): Int32Array {
    const m = this.maps[V_AFX];
    let cap = 16;
    while (cap < 2 * m.size) cap <<= 1;
    const t = new Int32Array(4 * cap);
    for (let o = 3; o < t.length; o += 4) t[o] = -1;
    for (const [a, id] of m) {
      if (a.length > 4) continue;
      let k1 = 0;
      let k2 = 0;
      for (let j = 0; j < a.length; j++) {
        const c = a.charCodeAt(j);
        if (j < 2) k1 |= c << (16 * j);
        else k2 |= c << (16 * (j - 2));
      }
      let h = mix(k1, k2, a.length) & (cap - 1);
      while (t[(h << 2) + 3] >= 0) h = (h + 1) & (cap - 1);
      t.set([k1, k2, a.length, id], h << 2);
    }
    return t;
  }
}

/** The interned analysis of one word type. */
export interface TokAtoms {
  w: number;
  l: number;
  sh: number;
  pk: number;
  vt: number;
  vtc: number;
  upos: number;
  p2: number;
  p3: number;
  p4: number;
  s2: number;
  s3: number;
  s4: number;
  /** Lemma suffix (only with EXTRA.ls3, else -1). */
  ls3: number;
  /** Lemma classes (coarse, fine), -1 when none. */
  c1: number;
  c2: number;
  allcaps: boolean;
  cap: boolean;
}

const NAME_BITS = new Set(['prop', 'fname', 'lname', 'patr', 'pname', 'geo', 'abbr', 'org', 'xp1', 'xp2', 'nv', 'anim', 'bad']);

/** The atoms of a VESUM tag with a UPOS. */
interface TagAtoms {
  pos: string;
  pk: number;
  vt: number;
  vtc: number;
  upos: number;
}

/** The atoms of a tag and UPOS, cached per vocabulary (a tag set is small; ids never change once given). */
function tagAtoms(tag: string, pos: string, v: Vocab): TagAtoms {
  let list = v.tags.get(tag);
  if (list) {
    for (const x of list) if (x.pos === pos) return x;
  } else v.tags.set(tag, (list = []));
  const bits = tag.split(':');
  let kase = '-';
  let name = '';
  for (const b of bits) {
    if (kase === '-' && b.startsWith('v_')) kase = b;
    if (NAME_BITS.has(b)) name = name ? name + ':' + b : b;
  }
  const vt = bits[0] + ':' + name;
  const x = { pos, pk: v.id(V_PK, pos + kase), vt: v.id(V_VT, vt), vtc: v.id(V_VT, vt + ':' + kase), upos: v.id(V_UPOS, pos) };
  list.push(x);
  return x;
}

export function atomsOf(t: NerToken, v: Vocab): TokAtoms {
  const w = lowerCase(t.text);
  const lemma = lowerCase(t.lemma);
  const sh = shortShape(t.text);
  const ta = tagAtoms(t.tag, t.pos, v);
  const c0 = t.text[0] ?? '';
  const cl = EXTRA.cls && CLUSTERS.map ? CLUSTERS.map.get(lemma) : undefined;
  const n = w.length;
  return {
    c1: cl ? v.id(V_CLS, cl[0]) : -1,
    c2: cl && cl.length > 1 ? v.id(V_CLS, cl[1]) : -1,
    w: v.id(V_W, w),
    l: v.id(V_L, lemma),
    sh: v.id(V_SH, sh),
    pk: ta.pk,
    vt: ta.vt,
    vtc: ta.vtc,
    upos: ta.upos,
    p2: v.affixId(w, 0, Math.min(2, n)),
    p3: v.affixId(w, 0, Math.min(3, n)),
    p4: v.affixId(w, 0, Math.min(4, n)),
    s2: v.affixId(w, Math.max(0, n - 2), n),
    s3: v.affixId(w, Math.max(0, n - 3), n),
    s4: v.affixId(w, Math.max(0, n - 4), n),
    ls3: EXTRA.ls3 ? v.id(V_LSUF, lemma.slice(-3)) : -1,
    allcaps: t.text.length > 1 && t.text !== w && t.text === t.text.toUpperCase(),
    cap: c0 !== lowerCase(c0),
  };
}

/** Atoms of the sentence boundaries (id 0 = `<s>`, 1 = `</s>` in every vocabulary). */
export function boundaryAtoms(end: boolean): TokAtoms {
  const b = end ? 1 : 0;
  return { w: b, l: b, sh: b, pk: b, vt: b, vtc: b, upos: b, p2: -1, p3: -1, p4: -1, s2: -1, s3: -1, s4: -1, ls3: -1, c1: -1, c2: -1, allcaps: false, cap: false };
}

// feature templates
let T = 0;
const T_W = T++, T_L = T++, T_SH = T++, T_P2 = T++, T_P3 = T++, T_S2 = T++, T_S3 = T++, T_S4 = T++, T_POS = T++, T_VT = T++;
const T_P4 = T++, T_VTC = T++, T_ALLCAPS = T++;
const T_W1 = T++, T_L1 = T++, T_SH1 = T++, T_POS1 = T++, T_VT1 = T++;
const T_Wp1 = T++, T_Lp1 = T++, T_SHp1 = T++, T_POSp1 = T++, T_VTp1 = T++;
const T_W2 = T++, T_SH2 = T++, T_POS2 = T++;
const T_Wp2 = T++, T_SHp2 = T++, T_POSp2 = T++;
const T_BIAS = T++, T_SS = T++, T_PP = T++, T_WWm = T++, T_WWp = T++, T_LSHm = T++, T_SHLp = T++, T_LLm = T++, T_LLp = T++;
const T_FIRST = T++, T_INQ = T++, T_INQSH = T++, T_GZ = T++, T_GZm = T++, T_GZp = T++, T_ROLE = T++, T_ROLEmSH = T++, T_ROLEp = T++;
const T_LS3 = T++, T_L2 = T++, T_Lp2 = T++;
const T_MEM = T++, T_MEMm = T++, T_MEMp = T++, T_MEMSH = T++, T_QH = T++, T_QHSH = T++, T_QFIRST = T++;
// lemma classes (clusters.ts, EXTRA.cls): the token's, the left and the right neighbour's
const T_C1 = T++, T_C2 = T++, T_C1m = T++, T_C2m = T++, T_C1p = T++, T_C2p = T++;
// second pass (doc.ts): document memory, document lemma cue
const T_DM = T++, T_DMSH = T++, T_DMm = T++, T_DMp = T++, T_DL = T++, T_DLSH = T++;
export const NUM_TEMPLATES = T;

/**
 * A key's first int is template + base × id. The base is stored in the model (`keyBase`; 57 for models without it),
 * so that templates added later (always at the end) leave older models readable; new models use 128.
 */
export const KEY = { base: 57 };

/**
 * The templates of one-atom features (key: template + base × atom, -1, -1), grouped by the atom they take: the
 * features of one word in its five roles (T_W, T_W1 …) use the same atom. The scorer indexes these features by atom
 * (IntScorer.atomRef), a group's templates side by side, so a new word's role vectors find the word's features of
 * every role in one cache line instead of one hash-table probe each.
 */
export const ATOM_GROUPS: readonly (readonly number[])[] = [
  [T_W, T_W1, T_Wp1, T_W2, T_Wp2],
  [T_L, T_L1, T_Lp1, T_L2, T_Lp2],
  [T_SH, T_SH1, T_SHp1, T_SH2, T_SHp2],
  [T_POS, T_POS1, T_POSp1, T_POS2, T_POSp2],
  [T_VT, T_VT1, T_VTp1],
  [T_VTC],
  [T_P2],
  [T_P3],
  [T_P4],
  [T_S2],
  [T_S3],
  [T_S4],
];

/** Roles of a word type relative to the labelled token: itself, one left, one right, two left, two right. */
export const NUM_ROLES = 5;

/** Writes the keys (template, a, b, c; -1 = absent) of the one-token features of a word type in one role. */
function put1(buf: Int32Array, n: number, t: number, x: number): number {
  if (x < 0) return n;
  buf[n] = t + KEY.base * x;
  buf[n + 1] = -1;
  buf[n + 2] = -1;
  return n + 3;
}

/** -1 marks an absent slot; an unknown id (-1 from a frozen vocabulary) in a used slot is passed as -2 (skip). */
function put3(buf: Int32Array, n: number, t: number, x: number, y: number, z: number): number {
  if (x < 0 || y === -2 || z === -2) return n;
  buf[n] = t + KEY.base * x;
  buf[n + 1] = y;
  buf[n + 2] = z;
  return n + 3;
}

function u(x: number): number {
  return x < 0 ? -2 : x;
}

export function roleKeys(a: TokAtoms, role: number, buf: Int32Array): number {
  let n = 0;
  switch (role) {
    case 0:
      n = put1(buf, n, T_W, a.w);
      n = put1(buf, n, T_L, a.l);
      n = put1(buf, n, T_SH, a.sh);
      n = put1(buf, n, T_P2, a.p2);
      n = put1(buf, n, T_P3, a.p3);
      n = put1(buf, n, T_S2, a.s2);
      n = put1(buf, n, T_S3, a.s3);
      n = put1(buf, n, T_S4, a.s4);
      n = put1(buf, n, T_POS, a.pk);
      n = put1(buf, n, T_VT, a.vt);
      n = put1(buf, n, T_P4, a.p4);
      n = put1(buf, n, T_VTC, a.vtc);
      if (a.allcaps) n = put1(buf, n, T_ALLCAPS, 0);
      if (EXTRA.ls3) n = put1(buf, n, T_LS3, a.ls3);
      n = put1(buf, n, T_C1, a.c1);
      n = put1(buf, n, T_C2, a.c2);
      break;
    case 1:
      n = put1(buf, n, T_W1, a.w);
      n = put1(buf, n, T_L1, a.l);
      n = put1(buf, n, T_SH1, a.sh);
      n = put1(buf, n, T_POS1, a.pk);
      n = put1(buf, n, T_VT1, a.vt);
      n = put1(buf, n, T_C1m, a.c1);
      n = put1(buf, n, T_C2m, a.c2);
      break;
    case 2:
      n = put1(buf, n, T_Wp1, a.w);
      n = put1(buf, n, T_Lp1, a.l);
      n = put1(buf, n, T_SHp1, a.sh);
      n = put1(buf, n, T_POSp1, a.pk);
      n = put1(buf, n, T_VTp1, a.vt);
      n = put1(buf, n, T_C1p, a.c1);
      n = put1(buf, n, T_C2p, a.c2);
      break;
    case 3:
      n = put1(buf, n, T_W2, a.w);
      n = put1(buf, n, T_SH2, a.sh);
      n = put1(buf, n, T_POS2, a.pk);
      if (EXTRA.l2) n = put1(buf, n, T_L2, a.l);
      break;
    case 4:
      n = put1(buf, n, T_Wp2, a.w);
      n = put1(buf, n, T_SHp2, a.sh);
      n = put1(buf, n, T_POSp2, a.pk);
      if (EXTRA.l2) n = put1(buf, n, T_Lp2, a.l);
      break;
  }
  return n;
}

/** Experimental feature switches (training sets them; a model stores the ones it was trained with). */
export const EXTRA: Record<string, boolean> = { ls3: false, l2: false, mem: false, qh: false, cls: false };

const OPEN_Q = new Set(['«', '„', '“']);
const CLOSE_Q = new Set(['»', '”', '“']);

/** Per-sentence context the position features need. */
export interface SentenceCtx {
  atoms: TokAtoms[];
  inQ: Uint8Array;
  gz: Int32Array;
  role: Uint8Array;
  /** Entity-memory cue per token (memory.ts), -1 when none. */
  mem: Int32Array;
  /** Inside quotes: the lemma of the word before the opening quote, -1 otherwise. */
  qh: Int32Array;
  /** The first token inside quotes. */
  qfirst: Uint8Array;
  /** Second pass: document cues (doc.ts) as ids, -1 when none; null in the first pass. */
  doc: { dm: Int32Array; dl: Int32Array } | null;
}

/** Scratch arrays of sentenceCtx, reused between sentences (grown as needed; only the first n entries count). */
let docScratch = { dm: new Int32Array(0), dl: new Int32Array(0) };
let scratch: Omit<SentenceCtx, 'atoms' | 'doc'> = { inQ: new Uint8Array(0), gz: new Int32Array(0), role: new Uint8Array(0), mem: new Int32Array(0), qh: new Int32Array(0), qfirst: new Uint8Array(0) };

/**
 * The context of a sentence; its arrays are reused by the next call (use it before analysing another sentence).
 * `memIds`: the entity-memory cues as vocabulary ids ('m:' + cue; -1 none), used instead of cues.mem when given.
 */
export function sentenceCtx(toks: NerToken[], atoms: TokAtoms[], cues: TokenCues, v: Vocab, memIds?: Int32Array): SentenceCtx {
  const n = toks.length;
  if (scratch.inQ.length < n) {
    const c = Math.max(n, 2 * scratch.inQ.length, 64);
    scratch = { inQ: new Uint8Array(c), gz: new Int32Array(c), role: new Uint8Array(c), mem: new Int32Array(c), qh: new Int32Array(c), qfirst: new Uint8Array(c) };
  }
  const { inQ, qh, qfirst, mem, gz, role } = scratch;
  qh.fill(-1, 0, n);
  qfirst.fill(0, 0, n);
  mem.fill(-1, 0, n);
  gz.fill(-1, 0, n);
  let depth = 0;
  let straight = false;
  let head = -1;
  let opened = false;
  for (let i = 0; i < n; i++) {
    const tx = toks[i].text;
    inQ[i] = depth > 0 || straight ? 1 : 0;
    if (inQ[i]) {
      qh[i] = head;
      if (opened) qfirst[i] = 1;
    }
    opened = false;
    // every quote is one character: longer tokens skip the set lookups
    if (tx.length !== 1) continue;
    if (OPEN_Q.has(tx) && !(tx === '“' && depth > 0)) {
      if (depth === 0) head = i > 0 ? atoms[i - 1].l : 0;
      depth++;
      opened = true;
    } else if (CLOSE_Q.has(tx) && depth > 0) depth--;
    else if (tx === '"') {
      straight = !straight;
      if (straight) {
        head = i > 0 ? atoms[i - 1].l : 0;
        opened = true;
      }
    }
  }
  if (memIds) mem.set(memIds.subarray(0, n));
  else if (cues.mem) for (let i = 0; i < n; i++) if (cues.mem[i]) mem[i] = v.id(V_GZ, 'm:' + cues.mem[i]);
  for (let i = 0; i < n; i++) if (cues.gz[i]) gz[i] = v.id(V_GZ, cues.gz[i]);
  for (let i = 0; i < n; i++) role[i] = cues.role[i] ? 1 : 0;
  let doc: SentenceCtx['doc'] = null;
  if (cues.doc) {
    if (docScratch.dm.length < n) {
      const c = Math.max(n, 2 * docScratch.dm.length, 64);
      docScratch = { dm: new Int32Array(c), dl: new Int32Array(c) };
    }
    doc = docScratch;
    const d = cues.doc;
    for (let i = 0; i < n; i++) {
      doc.dm[i] = d.dm[i] ? v.id(V_GZ, 'd:' + d.dm[i]) : -1;
      doc.dl[i] = d.dl[i] ? v.id(V_GZ, 'l:' + d.dl[i]) : -1;
    }
  }
  return { atoms, inQ, gz, role, mem, qh, qfirst, doc };
}

const START = boundaryAtoms(false);
const END = boundaryAtoms(true);

/**
 * Writes the keys of the features of position i that depend on more than one token (or on sentence context);
 * without `bias` the bias feature is left out (a scorer that adds its weights as one vector does that).
 */
export function positionKeys(s: SentenceCtx, i: number, buf: Int32Array, bias = true): number {
  const { atoms } = s;
  const n = atoms.length;
  const a = atoms[i];
  const pv = i > 0 ? atoms[i - 1] : START;
  const nx = i + 1 < n ? atoms[i + 1] : END;
  let k = classKeys(pv, a, nx, buf, bias);
  k = put3(buf, k, T_WWm, pv.w, u(a.w), -1);
  k = put3(buf, k, T_WWp, a.w, u(nx.w), -1);
  k = put3(buf, k, T_LSHm, pv.l, u(a.sh), -1);
  k = put3(buf, k, T_SHLp, a.sh, u(nx.l), -1);
  k = put3(buf, k, T_LLm, pv.l, u(a.l), -1);
  k = put3(buf, k, T_LLp, a.l, u(nx.l), -1);
  if (i === 0) k = put3(buf, k, T_FIRST, a.sh, -1, -1);
  if (s.inQ[i]) {
    k = put3(buf, k, T_INQ, 0, -1, -1);
    k = put3(buf, k, T_INQSH, a.sh, -1, -1);
  }
  const g = s.gz;
  if (g[i] >= 0) k = put3(buf, k, T_GZ, g[i], -1, -1);
  if (i > 0 && g[i - 1] >= 0) k = put3(buf, k, T_GZm, g[i - 1], -1, -1);
  if (i + 1 < n && g[i + 1] >= 0) k = put3(buf, k, T_GZp, g[i + 1], -1, -1);
  const r = s.role;
  if (r[i]) k = put3(buf, k, T_ROLE, 0, -1, -1);
  if (i > 0 && r[i - 1]) k = put3(buf, k, T_ROLEmSH, a.sh, -1, -1);
  if (i + 1 < n && r[i + 1]) k = put3(buf, k, T_ROLEp, 0, -1, -1);
  if (EXTRA.mem) {
    const m = s.mem;
    if (m[i] >= 0) {
      k = put3(buf, k, T_MEM, m[i], -1, -1);
      k = put3(buf, k, T_MEMSH, m[i], u(a.sh), -1);
    }
    if (i > 0 && m[i - 1] >= 0) k = put3(buf, k, T_MEMm, m[i - 1], -1, -1);
    if (i + 1 < n && m[i + 1] >= 0) k = put3(buf, k, T_MEMp, m[i + 1], -1, -1);
  }
  if (EXTRA.qh && s.qh[i] >= 0) {
    k = put3(buf, k, T_QH, s.qh[i], -1, -1);
    k = put3(buf, k, T_QHSH, s.qh[i], u(a.sh), -1);
    if (s.qfirst[i]) k = put3(buf, k, T_QFIRST, s.qh[i], -1, -1);
  }
  const d = s.doc;
  if (d) {
    if (d.dm[i] >= 0) {
      k = put3(buf, k, T_DM, d.dm[i], -1, -1);
      k = put3(buf, k, T_DMSH, d.dm[i], u(a.sh), -1);
    }
    if (i > 0 && d.dm[i - 1] >= 0) k = put3(buf, k, T_DMm, d.dm[i - 1], -1, -1);
    if (i + 1 < n && d.dm[i + 1] >= 0) k = put3(buf, k, T_DMp, d.dm[i + 1], -1, -1);
    if (d.dl[i] >= 0) {
      k = put3(buf, k, T_DL, d.dl[i], -1, -1);
      k = put3(buf, k, T_DLSH, d.dl[i], u(a.sh), -1);
    }
  }
  return k;
}

/**
 * Writes the keys of the features of a position that depend on no more than the shapes and parts of speech of the
 * word, the one before (pv) and the one after (nx): the bias and the shape and part-of-speech trigrams.
 */
export function classKeys(pv: TokAtoms, a: TokAtoms, nx: TokAtoms, buf: Int32Array, bias = true): number {
  let k = bias ? biasKeys(buf) : 0;
  k = put3(buf, k, T_SS, pv.sh, u(a.sh), u(nx.sh));
  k = put3(buf, k, T_PP, pv.pk, u(a.upos), u(nx.pk));
  return k;
}

/** Writes the key of the bias feature (every position has it). */
export function biasKeys(buf: Int32Array): number {
  return put3(buf, 0, T_BIAS, 0, -1, -1);
}

function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * Open-addressing hash table: int32 triple → feature index. Each slot holds the key and the value side by side
 * (4 ints, one cache line), so a lookup — most of them for features the model does not have — costs one memory access.
 */
export class FeatureTable {
  private slots: Int32Array;
  private mask: number;
  /** A bit per hash of every key (256 KB by default, stays in cache): most lookups of absent keys end here. */
  private readonly bits: Int32Array;
  /** 32 − log2 of the number of bits. */
  private readonly shift: number;
  size = 0;

  /**
   * `capacity` keys at a load of at most `maxLoad` (the run-time table is dense: fewer cache lines to touch);
   * 2^bitsLog bits in the presence bit set.
   */
  constructor(capacity = 1 << 16, maxLoad = 0.5, bitsLog = 21) {
    let cap = 1 << 4;
    while (cap * maxLoad < capacity) cap <<= 1;
    this.slots = FeatureTable.empty(cap);
    this.mask = cap - 1;
    this.bits = new Int32Array(1 << (bitsLog - 5));
    this.shift = 32 - bitsLog;
  }

  private static empty(cap: number): Int32Array {
    const s = new Int32Array(cap * 4);
    for (let h = 3; h < s.length; h += 4) s[h] = -1;
    return s;
  }

  get(a: number, b: number, c: number): number {
    const { slots, mask } = this;
    const m = mix(a, b, c);
    const bit = Math.imul(m, 0x9e3779b1) >>> this.shift;
    if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    let h = m & mask;
    for (;;) {
      const o = h << 2;
      const v = slots[o + 3];
      if (v < 0) return -1;
      if (slots[o] === a && slots[o + 1] === b && slots[o + 2] === c) return v;
      h = (h + 1) & mask;
    }
  }

  private place(a: number, b: number, c: number, v: number): void {
    const { slots, mask } = this;
    const m = mix(a, b, c);
    const bit = Math.imul(m, 0x9e3779b1) >>> this.shift;
    this.bits[bit >>> 5] |= 1 << (bit & 31);
    let h = m & mask;
    while (slots[(h << 2) + 3] >= 0) h = (h + 1) & mask;
    const o = h << 2;
    slots[o] = a;
    slots[o + 1] = b;
    slots[o + 2] = c;
    slots[o + 3] = v;
  }

  /** The index of a key, added (as the next index) when missing. */
  add(a: number, b: number, c: number): number {
    return this.addValue(a, b, c, this.size);
  }

  /** The value of a key, added with value `v` (non-negative) when missing. */
  addValue(a: number, b: number, c: number, v: number): number {
    const found = this.get(a, b, c);
    if (found >= 0) return found;
    if (this.size + 1 > (this.mask + 1) * 0.7) {
      const old = this.slots;
      const cap = (this.mask + 1) * 2;
      this.slots = FeatureTable.empty(cap);
      this.mask = cap - 1;
      for (let o = 0; o < old.length; o += 4) if (old[o + 3] >= 0) this.place(old[o], old[o + 1], old[o + 2], old[o + 3]);
    }
    this.place(a, b, c, v);
    this.size++;
    return v;
  }

  /** Keys by index (3 ints each). */
  keyList(): Int32Array {
    const out = new Int32Array(this.size * 3);
    const s = this.slots;
    for (let o = 0; o < s.length; o += 4) {
      const v = s[o + 3];
      if (v < 0) continue;
      out[v * 3] = s[o];
      out[v * 3 + 1] = s[o + 1];
      out[v * 3 + 2] = s[o + 2];
    }
    return out;
  }
}

/** Training: feature indices of every token of a sentence (keys added to the table). */
export function sentenceFeatureIds(toks: NerToken[], cues: TokenCues, v: Vocab, table: FeatureTable): Int32Array[] {
  const atoms = toks.map((t) => atomsOf(t, v));
  const ctx = sentenceCtx(toks, atoms, cues, v);
  const buf = new Int32Array(3 * 256);
  const n = toks.length;
  const out: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const ids: number[] = [];
    const addAll = (m: number): void => {
      for (let k = 0; k < m; k += 3) ids.push(table.add(buf[k], buf[k + 1], buf[k + 2]));
    };
    addAll(roleKeys(atoms[i], 0, buf));
    addAll(roleKeys(i > 0 ? atoms[i - 1] : START, 1, buf));
    addAll(roleKeys(i + 1 < n ? atoms[i + 1] : END, 2, buf));
    addAll(roleKeys(i > 1 ? atoms[i - 2] : START, 3, buf));
    addAll(roleKeys(i + 2 < n ? atoms[i + 2] : END, 4, buf));
    addAll(positionKeys(ctx, i, buf));
    out.push(Int32Array.from(ids));
  }
  return out;
}

export { START as START_ATOMS, END as END_ATOMS };
