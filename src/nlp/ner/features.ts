/**
 * NER features of a tagged sentence: the word, its lemma and VESUM morphology (case, proper-name markers such as
 * `prop:fname`, `lname`, `geo`, `abbr`), shape and affixes, the same for the neighbours, quotes around the token,
 * and gazetteer / role-noun matches supplied by the caller (language data lives in src/lang/).
 */
import type { DocCues } from './doc.js';

/** A token as the NER model sees it (text + the tagger's analysis). */
export interface NerToken {
  text: string;
  lemma: string;
  /** VESUM tag. */
  tag: string;
  /** UD UPOS. */
  pos: string;
}

/** Extra per-token cues from language data: gazetteer position/class (`B-LOC:city`, '' when none), role noun. */
export interface TokenCues {
  gz: string[];
  role: boolean[];
  /** Distributional word classes of each token (`0:17`, `1:203`), when the model has them. */
  cls?: (string[] | undefined)[];
  /** Entity-memory matches (memory.ts): '' or `B-ORG` … per token. */
  mem?: string[];
  /** Second pass: document cues from the first pass (doc.ts). */
  doc?: DocCues;
}

/**
 * s.toLowerCase(): s itself when every character is one that lowercasing leaves as it is among ASCII and the basic
 * Cyrillic letters (most words of running text), so that those skip the call into the case tables.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80) || (c >= 0x430 && c <= 0x45f) || c === 0x491) continue;
    return s.toLowerCase();
  }
  return s;
}

/**
 * Short shape: X upper, x lower, d digit, other characters kept; runs collapsed ("Київ" → Xx, "2025" → d). Upper and
 * lower are as toLowerCase / toUpperCase tell them apart; ASCII and the basic Cyrillic letters are told by their code
 * (no string per character), the rest by those methods.
 */
export function shortShape(s: string): string {
  let r = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let c: string;
    if (code >= 0x30 && code <= 0x39) c = 'd';
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x400 && code <= 0x42f) || code === 0x490) c = 'X';
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x45f) || code === 0x491) c = 'x';
    else if (code < 0x80) c = s[i];
    else {
      // a character outside the BMP is two code units
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      i += ch.length - 1;
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (c !== last) r += c;
    last = c;
  }
  return r;
}

const NAME_BITS = new Set(['prop', 'fname', 'lname', 'patr', 'pname', 'geo', 'abbr', 'org', 'xp1', 'xp2', 'nv', 'anim', 'bad']);
const tagCache = new Map<string, { kase: string; name: string; pos: string }>();

function tagInfo(tag: string): { kase: string; name: string; pos: string } {
  let r = tagCache.get(tag);
  if (!r) {
    const bits = tag.split(':');
    const kase = bits.find((b) => b.startsWith('v_')) ?? '-';
    const name = bits.filter((b) => NAME_BITS.has(b)).join(':');
    r = { kase, name, pos: bits[0] };
    tagCache.set(tag, r);
  }
  return r;
}

const OPEN_Q = new Set(['«', '„', '“']);
const CLOSE_Q = new Set(['»', '”', '“']);

/**
 * The strings of every feature that depends on one token alone, in each position it can take relative to the token
 * being labelled (itself, ±1, ±2). Cached per token analysis, so that the same string objects — with their hashes
 * computed once — come back for every occurrence of a word: the model lookups then cost little.
 */
interface TokenStrings {
  lower: string;
  lemma: string;
  shape: string;
  /** UPOS + case, as used in pair features. */
  pk: string;
  self: string[];
  l1: string[];
  r1: string[];
  l2: string[];
  r2: string[];
}

const tokenCache = new Map<string, TokenStrings>();

function tokenStrings(t: NerToken): TokenStrings {
  const key = t.text + '\u0001' + t.lemma + '\u0001' + t.tag + '\u0001' + t.pos;
  let r = tokenCache.get(key);
  if (r) return r;
  const w = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  const sh = shortShape(t.text);
  const inf = tagInfo(t.tag);
  const pk = t.pos + inf.kase;
  const vt = inf.pos + ':' + inf.name;
  const self = [
    'w=' + w,
    'l=' + lemma,
    'sh=' + sh,
    'p2=' + w.slice(0, 2),
    'p3=' + w.slice(0, 3),
    's2=' + w.slice(-2),
    's3=' + w.slice(-3),
    's4=' + w.slice(-4),
    'pos=' + pk,
    'vt=' + vt,
    'p4=' + w.slice(0, 4),
    'vtc=' + vt + ':' + inf.kase,
  ];
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== w) self.push('allcaps');
  r = {
    lower: w,
    lemma,
    shape: sh,
    pk,
    self,
    l1: ['w-1=' + w, 'l-1=' + lemma, 'sh-1=' + sh, 'pos-1=' + pk, 'vt-1=' + vt],
    r1: ['w+1=' + w, 'l+1=' + lemma, 'sh+1=' + sh, 'pos+1=' + pk, 'vt+1=' + vt],
    l2: ['w-2=' + w, 'sh-2=' + sh, 'pos-2=' + pk],
    r2: ['w+2=' + w, 'sh+2=' + sh, 'pos+2=' + pk],
  };
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(key, r);
  return r;
}

const START_L1 = ['w-1=<s>', 'l-1=<s>', 'sh-1=<s>', 'pos-1=<s>'];
const END_R1 = ['w+1=</s>', 'l+1=</s>', 'sh+1=</s>', 'pos+1=</s>'];
const START_L2 = ['w-2=<s>', 'sh-2=<s>', 'pos-2=<s>'];
const END_R2 = ['w+2=</s>', 'sh+2=</s>', 'pos+2=</s>'];

interface ClassStrings {
  self: string[];
  l1: string[];
  r1: string[];
}
const classCache = new WeakMap<string[], Map<string, ClassStrings>>();

function classStrings(cls: string[], shape: string): ClassStrings {
  let m = classCache.get(cls);
  if (!m) classCache.set(cls, (m = new Map()));
  let r = m.get(shape);
  if (!r) {
    r = { self: cls.flatMap((x) => ['c=' + x, 'csh=' + x + '|' + shape]), l1: cls.map((x) => 'c-1=' + x), r1: cls.map((x) => 'c+1=' + x) };
    m.set(shape, r);
  }
  return r;
}

/**
 * The features of one token in groups: `shared` arrays are cached per word (the same array objects come back for
 * every occurrence, so a scorer can cache their model ids by identity), `fresh` are built for this position.
 */
export interface FeatureGroups {
  shared: string[][];
  fresh: string[];
}

/** Feature strings for every token of a sentence (flattened groups; training uses these). */
export function sentenceFeatures(toks: NerToken[], cues: TokenCues): string[][] {
  return sentenceFeatureGroups(toks, cues).map((g) => {
    const out = [...g.fresh];
    for (const a of g.shared) out.push(...a);
    return out;
  });
}

/** Feature groups for every token of a sentence. */
export function sentenceFeatureGroups(toks: NerToken[], cues: TokenCues): FeatureGroups[] {
  const n = toks.length;
  const ts = toks.map(tokenStrings);
  // quote depth before each token
  const inQ: boolean[] = [];
  let depth = 0;
  let straight = false;
  for (let i = 0; i < n; i++) {
    const tx = toks[i].text;
    inQ.push(depth > 0 || straight);
    if (OPEN_Q.has(tx) && !(tx === '“' && depth > 0)) depth++;
    else if (CLOSE_Q.has(tx) && depth > 0) depth--;
    else if (tx === '"') straight = !straight;
  }
  const W = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : ts[i].lower);
  const S = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : ts[i].shape);
  const Lm = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : ts[i].lemma);
  const P = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : ts[i].pk);
  const G = (i: number): string => (i < 0 || i >= n ? '' : cues.gz[i]);
  const out: FeatureGroups[] = [];
  for (let i = 0; i < n; i++) {
    const t = ts[i];
    const shared = [
      t.self,
      i > 0 ? ts[i - 1].l1 : START_L1,
      i + 1 < n ? ts[i + 1].r1 : END_R1,
      i > 1 ? ts[i - 2].l2 : START_L2,
      i + 2 < n ? ts[i + 2].r2 : END_R2,
    ];
    const f = [
      'b',
      'ss=' + S(i - 1) + '|' + t.shape + '|' + S(i + 1),
      'pp=' + P(i - 1) + '|' + toks[i].pos + '|' + P(i + 1),
      'w-1w=' + W(i - 1) + '|' + t.lower,
      'ww+1=' + t.lower + '|' + W(i + 1),
      'l-1sh=' + Lm(i - 1) + '|' + t.shape,
      'shl+1=' + t.shape + '|' + Lm(i + 1),
      'l-1l=' + Lm(i - 1) + '|' + t.lemma,
      'll+1=' + t.lemma + '|' + Lm(i + 1),
    ];
    if (i === 0) f.push('first=' + t.shape);
    if (inQ[i]) f.push('inq', 'inq|' + t.shape);
    if (cues.gz[i]) f.push('gz=' + cues.gz[i]);
    if (G(i - 1)) f.push('gz-1=' + G(i - 1));
    if (G(i + 1)) f.push('gz+1=' + G(i + 1));
    if (cues.role[i]) f.push('role');
    if (i > 0 && cues.role[i - 1]) f.push('role-1|' + t.shape);
    if (i + 1 < n && cues.role[i + 1]) f.push('role+1');
    if (cues.cls) {
      const c = cues.cls[i];
      if (c) shared.push(classStrings(c, t.shape).self);
      else f.push('c=none');
      const cp = i > 0 ? cues.cls[i - 1] : undefined;
      const cn = i + 1 < n ? cues.cls[i + 1] : undefined;
      if (cp) shared.push(classStrings(cp, '').l1);
      if (cn) shared.push(classStrings(cn, '').r1);
    }
    out.push({ shared, fresh: f });
  }
  return out;
}
