/**
 * Span typer: a second look at the type of each span the sequence model found. Most of the sequence model's errors
 * on NER-UK dev are spans with the right bounds and the wrong type (a name in quotes that is a building, a system or a
 * car rather than an organisation), which token-level features see only partly. The typer is a multiclass averaged
 * perceptron over features of the whole span — every lemma in it, its first and last words, their VESUM markers and
 * suffixes, its length and shape, the words around it (across a quote: the noun before the opening quote), gazetteer
 * cues and the types the training corpus gave the same lemma string (entity memory). It is trained on the gold spans
 * of the training corpus (scripts/train-ner.ts) and overrides the sequence model's type only when its own best type
 * beats that type by more than a margin tuned on dev.
 */
import { ENTITY_TYPES, type EntityType } from '../../types.js';
import type { NerToken } from './features.js';
import type { EntityMemory } from './memory.js';
import type { TokenSpan } from './labels.js';

const NT = ENTITY_TYPES.length;
const OPEN_Q = new Set(['«', '„', '“', '"']);
const CLOSE_Q = new Set(['»', '”', '“', '"']);

export interface StoredTyper {
  /** Feature strings joined by '\n'. */
  features: string;
  /** Float32Array (features × types), base64. */
  weights: string;
  /** Override margin (used without sequence scores). */
  margin: number;
  /** Weight of the typer's scores added to the sequence model's span scores (when given). */
  lambda?: number;
}

const low = (t: NerToken | undefined): string => (t ? t.lemma.toLowerCase() : '<b>');
const vt = (t: NerToken): string => {
  const bits = t.tag.split(':');
  return bits[0] + ':' + bits.filter((b) => b === 'prop' || b === 'geo' || b === 'fname' || b === 'lname' || b === 'abbr' || b === 'org').join(':');
};
function shape(s: string): string {
  let r = '';
  for (const ch of s) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (r[r.length - 1] !== c) r += c;
  }
  return r;
}

/** Feature strings of a span. `gz`: gazetteer cue per token ('' none); `memory`: the entity memory to consult. */
export function spanFeatures(toks: NerToken[], s: number, e: number, gz: string[], memory: EntityMemory | null): string[] {
  const f: string[] = ['bias'];
  const lemmas: string[] = [];
  for (let i = s; i < e; i++) {
    const l = low(toks[i]);
    lemmas.push(l);
    f.push('l=' + l);
  }
  const first = toks[s];
  const last = toks[e - 1];
  f.push('f=' + lemmas[0], 'L=' + lemmas[lemmas.length - 1], 'fw=' + first.text.toLowerCase(), 'vt0=' + vt(first), 'vtL=' + vt(last));
  f.push('s3=' + last.text.toLowerCase().slice(-3), 'ls3=' + lemmas[lemmas.length - 1].slice(-3));
  f.push('len=' + Math.min(e - s, 5));
  let shp = '';
  for (let i = s; i < Math.min(e, s + 4); i++) shp += shape(toks[i].text) + ' ';
  f.push('shp=' + shp);
  // left context; across an opening quote the word before it
  let a = s - 1;
  if (a >= 0 && OPEN_Q.has(toks[a].text)) {
    f.push('lq');
    a--;
  }
  f.push('l-1=' + low(toks[a]), 'l-2=' + low(toks[a - 1]), 'l-1|L=' + low(toks[a]) + '|' + lemmas[lemmas.length - 1]);
  let b = e;
  if (b < toks.length && CLOSE_Q.has(toks[b].text)) {
    f.push('rq');
    b++;
  }
  f.push('r+1=' + low(toks[b]), 'r+2=' + low(toks[b + 1]));
  if (gz[s]) f.push('gz0=' + gz[s]);
  if (gz[e - 1]) f.push('gzL=' + gz[e - 1]);
  if (memory) {
    const m = memory.exact(lemmas);
    if (m) {
      let total = 0;
      for (const c of m.values()) total += c;
      for (const [t, c] of m) f.push('mem=' + t + (c / total > 0.5 ? '+' : '-'));
    } else f.push('mem=none');
  }
  return f;
}

/** Training: multiclass averaged perceptron. */
export class SpanTyperTrainer {
  private readonly index = new Map<string, number>();
  private w: Float32Array = new Float32Array(0);
  private u: Float64Array = new Float64Array(0);
  private c = 1;

  private ids(feats: string[], grow: boolean): number[] {
    const out: number[] = [];
    for (const f of feats) {
      let i = this.index.get(f);
      if (i === undefined && grow) {
        i = this.index.size;
        this.index.set(f, i);
      }
      if (i !== undefined) out.push(i);
    }
    return out;
  }

  /** Registers all features first (so the weight arrays are sized once). */
  prepare(all: string[][]): number[][] {
    const ids = all.map((f) => this.ids(f, true));
    this.w = new Float32Array(this.index.size * NT);
    this.u = new Float64Array(this.index.size * NT);
    return ids;
  }

  train(ids: number[], gold: number): boolean {
    const sc = new Float64Array(NT);
    for (const f of ids) for (let t = 0; t < NT; t++) sc[t] += this.w[f * NT + t];
    let best = 0;
    for (let t = 1; t < NT; t++) if (sc[t] > sc[best]) best = t;
    if (best !== gold) {
      for (const f of ids) {
        this.w[f * NT + gold] += 1;
        this.u[f * NT + gold] += this.c;
        this.w[f * NT + best] -= 1;
        this.u[f * NT + best] -= this.c;
      }
    }
    this.c++;
    return best === gold;
  }

  finish(margin: number): StoredTyper {
    const names: string[] = [];
    const ws: number[] = [];
    for (const [f, i] of this.index) {
      let any = false;
      const row: number[] = [];
      for (let t = 0; t < NT; t++) {
        const v = this.w[i * NT + t] - this.u[i * NT + t] / this.c;
        row.push(v);
        if (Math.abs(v) >= 0.001) any = true;
      }
      if (!any) continue;
      names.push(f);
      ws.push(...row);
    }
    const arr = Float32Array.from(ws);
    return { features: names.join('\n'), weights: Buffer.from(arr.buffer).toString('base64'), margin };
  }
}

/** Run time. */
export class SpanTyper {
  private readonly index = new Map<string, number>();
  private readonly w: Float32Array;
  margin: number;
  lambda: number;

  constructor(stored: StoredTyper) {
    this.lambda = stored.lambda ?? 0;
    stored.features.split('\n').forEach((f, i) => this.index.set(f, i));
    const b = Buffer.from(stored.weights, 'base64');
    this.w = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    this.margin = stored.margin;
  }

  /** Per type: the summed weights of the features (a plain array: a small typed array is allocated off the heap). */
  scores(feats: string[]): number[] {
    const sc = new Array<number>(NT).fill(0);
    for (const f of feats) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let t = 0; t < NT; t++) sc[t] += this.w[i * NT + t];
    }
    return sc;
  }

  /** The spans with their types revised where the typer is confident enough. */
  retype(
    toks: NerToken[],
    spans: TokenSpan[],
    gz: string[],
    memory: EntityMemory | null,
    seqScores?: (start: number, end: number) => number[],
  ): TokenSpan[] {
    return spans.map((sp) => {
      const sc = this.scores(spanFeatures(toks, sp.start, sp.end, gz, memory));
      if (seqScores && this.lambda > 0) {
        // product of experts: the sequence model's span score plus λ × the typer's
        const q = seqScores(sp.start, sp.end);
        let best = 0;
        for (let t = 0; t < NT; t++) {
          q[t] += this.lambda * sc[t];
          if (q[t] > q[best]) best = t;
        }
        return ENTITY_TYPES[best] === sp.type ? sp : { ...sp, type: ENTITY_TYPES[best] as EntityType };
      }
      let best = 0;
      for (let t = 1; t < NT; t++) if (sc[t] > sc[best]) best = t;
      const cur = ENTITY_TYPES.indexOf(sp.type);
      if (best !== cur && sc[best] - sc[cur] > this.margin) return { ...sp, type: ENTITY_TYPES[best] as EntityType };
      return sp;
    });
  }
}
