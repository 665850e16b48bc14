/**
 * Reader for NER-UK 2.0 (BRAT-like standoff): `.txt` already tokenised (tokens separated by single spaces, one
 * sentence per line), `.ann` with five tab-separated fields `T1 TYPE START END text` (offsets in Unicode code
 * points; a line not starting with `T` continues the previous one). Nested/overlapping spans are flattened to the
 * outermost (longest) ones; spans crossing a line break are dropped (counted in `dropped`). Tokens with attached
 * punctuation (the `ng-` documents are not fully tokenised) are split as our segmenter splits them at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../types.js';
import { LitopysError } from '../../errors.js';
import type { TokenSpan } from './labels.js';
import { segment } from '../segment/segmenter.js';

/**
 * Splits one space-separated corpus token the way our segmenter would (the `ng-` documents leave punctuation and
 * quotes attached: "підприємця.", "«Укртрансгаз»"); returns code-point ranges within the token.
 */
function subTokens(form: string): [number, number][] {
  if (/^[\p{L}\p{N}'’ʼ-]+$/u.test(form) || form.length === 1) return [[0, Array.from(form).length]];
  const { tokens } = segment(form);
  if (tokens.length <= 1) return [[0, Array.from(form).length]];
  const cp = (i: number): number => Array.from(form.slice(0, i)).length;
  return tokens.map((t) => [cp(t.start), cp(t.end)]);
}

export interface NerSentence {
  doc: string;
  forms: string[];
  spans: TokenSpan[];
}

export interface NerCorpus {
  sentences: NerSentence[];
  entities: number;
  /** Spans dropped because they are nested in a longer one. */
  nested: number;
  /** Spans dropped because they cross a line (sentence) break. */
  dropped: number;
}

interface RawSpan {
  type: EntityType;
  start: number;
  end: number;
}

function parseAnn(text: string, file: string): RawSpan[] {
  const out: RawSpan[] = [];
  text.split('\n').forEach((line, k) => {
    if (!line.startsWith('T')) return;
    const f = line.split('\t');
    const type = f[1] as EntityType;
    const start = Number(f[2]);
    const end = Number(f[3]);
    if (!ENTITY_TYPES.includes(type) || !Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
      throw new LitopysError('INPUT_FIELD', `bad annotation line`, { file, line: k + 1 });
    }
    out.push({ type, start, end });
  });
  return out;
}

/** Reads one document (`base` without extension). */
export function readNerDocument(base: string, corpus: NerCorpus): void {
  const cps = Array.from(readFileSync(base + '.txt', 'utf8'));
  const raw = parseAnn(readFileSync(base + '.ann', 'utf8'), base + '.ann');
  corpus.entities += raw.length;
  // outermost spans: longest first, drop any overlapping an already kept one
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawSpan[] = [];
  for (const s of raw) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) corpus.nested++;
    else kept.push(s);
  }
  // tokens with code-point offsets, per line
  const lines: { starts: number[]; ends: number[]; forms: string[]; from: number; to: number }[] = [];
  let i = 0;
  while (i <= cps.length) {
    let j = i;
    while (j < cps.length && cps[j] !== '\n') j++;
    const line = { starts: [] as number[], ends: [] as number[], forms: [] as string[], from: i, to: j };
    let k = i;
    while (k < j) {
      while (k < j && (cps[k] === ' ' || cps[k] === '\r' || cps[k] === '\t')) k++;
      if (k >= j) break;
      const s = k;
      while (k < j && cps[k] !== ' ' && cps[k] !== '\r' && cps[k] !== '\t') k++;
      for (const [a, b] of subTokens(cps.slice(s, k).join(''))) {
        line.starts.push(s + a);
        line.ends.push(s + b);
        line.forms.push(cps.slice(s + a, s + b).join(''));
      }
    }
    if (line.forms.length) lines.push(line);
    i = j + 1;
  }
  const docName = base.split('/').pop() ?? base;
  const spansOf = new Map<number, TokenSpan[]>();
  for (const s of kept) {
    const li = lines.findIndex((l) => s.start < l.to && s.end > l.from);
    const l = lines[li];
    if (!l || s.end > l.to + 0 || s.start < l.from) {
      corpus.dropped++;
      continue;
    }
    let a = 0;
    while (a < l.ends.length && l.ends[a] <= s.start) a++;
    let b = a;
    while (b < l.starts.length && l.starts[b] < s.end) b++;
    if (b <= a) {
      corpus.dropped++;
      continue;
    }
    let list = spansOf.get(li);
    if (!list) spansOf.set(li, (list = []));
    list.push({ start: a, end: b, type: s.type });
  }
  lines.forEach((l, li) => {
    const spans = (spansOf.get(li) ?? []).sort((x, y) => x.start - y.start);
    // token-level overlaps can appear after widening to token bounds: keep the first
    const flat: TokenSpan[] = [];
    for (const s of spans) if (!flat.length || s.start >= flat[flat.length - 1].end) flat.push(s);
    corpus.sentences.push({ doc: docName, forms: l.forms, spans: flat });
  });
}

/** Reads every `.txt`/`.ann` pair of a folder, in name order. */
export function readNerFolder(dir: string): NerCorpus {
  const corpus: NerCorpus = { sentences: [], entities: 0, nested: 0, dropped: 0 };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) readNerDocument(join(dir, f.slice(0, -4)), corpus);
  return corpus;
}
