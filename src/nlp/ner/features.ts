/**
 * NER features of a tagged sentence: the word, its lemma and VESUM morphology (case, proper-name markers such as
 * `prop:fname`, `lname`, `geo`, `abbr`), shape and affixes, the same for the neighbours, quotes around the token,
 * and gazetteer / role-noun matches supplied by the caller (language data lives in src/lang/).
 */

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
}

const shapeCache = new Map<string, string>();

/** Short shape: X upper, x lower, d digit, other characters kept; runs collapsed ("Київ" → Xx, "2025" → d). */
export function shortShape(s: string): string {
  let r = shapeCache.get(s);
  if (r !== undefined) return r;
  r = '';
  let last = '';
  for (const ch of s) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) r += c;
    last = c;
  }
  if (shapeCache.size > 100_000) shapeCache.clear();
  shapeCache.set(s, r);
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

/** Feature strings for every token of a sentence. */
export function sentenceFeatures(toks: NerToken[], cues: TokenCues): string[][] {
  const n = toks.length;
  const lower = toks.map((t) => t.text.toLowerCase());
  const lemma = toks.map((t) => t.lemma.toLowerCase());
  const shape = toks.map((t) => shortShape(t.text));
  const info = toks.map((t) => tagInfo(t.tag));
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
  const W = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const S = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shape[i]);
  const Lm = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lemma[i]);
  const P = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : toks[i].pos + info[i].kase);
  const G = (i: number): string => (i < 0 || i >= n ? '' : cues.gz[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = lower[i];
    const inf = info[i];
    const f = [
      'b',
      'w=' + w,
      'l=' + lemma[i],
      'sh=' + shape[i],
      'p2=' + w.slice(0, 2),
      'p3=' + w.slice(0, 3),
      's2=' + w.slice(-2),
      's3=' + w.slice(-3),
      's4=' + w.slice(-4),
      'pos=' + toks[i].pos + inf.kase,
      'vt=' + inf.pos + ':' + inf.name,
      'w-1=' + W(i - 1),
      'w+1=' + W(i + 1),
      'w-2=' + W(i - 2),
      'w+2=' + W(i + 2),
      'l-1=' + Lm(i - 1),
      'l+1=' + Lm(i + 1),
      'sh-1=' + S(i - 1),
      'sh+1=' + S(i + 1),
      'sh-2=' + S(i - 2),
      'sh+2=' + S(i + 2),
      'ss=' + S(i - 1) + '|' + shape[i] + '|' + S(i + 1),
      'pos-1=' + P(i - 1),
      'pos+1=' + P(i + 1),
      'pp=' + P(i - 1) + '|' + toks[i].pos + '|' + P(i + 1),
      'w-1w=' + W(i - 1) + '|' + w,
      'ww+1=' + w + '|' + W(i + 1),
      'l-1sh=' + Lm(i - 1) + '|' + shape[i],
      'shl+1=' + shape[i] + '|' + Lm(i + 1),
    ];
    if (i > 0) f.push('vt-1=' + info[i - 1].pos + ':' + info[i - 1].name);
    if (i + 1 < n) f.push('vt+1=' + info[i + 1].pos + ':' + info[i + 1].name);
    if (i === 0) f.push('first=' + shape[i]);
    if (inQ[i]) f.push('inq', 'inq|' + shape[i]);
    if (cues.gz[i]) f.push('gz=' + cues.gz[i]);
    if (G(i - 1)) f.push('gz-1=' + G(i - 1));
    if (G(i + 1)) f.push('gz+1=' + G(i + 1));
    if (cues.role[i]) f.push('role');
    if (i > 0 && cues.role[i - 1]) f.push('role-1|' + shape[i]);
    if (i + 1 < n && cues.role[i + 1]) f.push('role+1');
    const tx = toks[i].text;
    if (tx.length > 1 && tx === tx.toUpperCase() && tx !== w) f.push('allcaps');
    out.push(f);
  }
  return out;
}
