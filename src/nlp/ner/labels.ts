/**
 * BILOU encoding of entity spans over a token sequence: O, and for each type B- (begin), I- (inside), L- (last),
 * U- (unit, a one-token span). Label ids: O = 0, then 1 + 4·type + {B 0, I 1, L 2, U 3}.
 */
import { ENTITY_TYPES, type EntityType } from '../../types.js';

export const LABELS: string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])];
export const NUM_LABELS = LABELS.length;

export interface TokenSpan {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
}

export function labelOf(type: EntityType, pos: 'B' | 'I' | 'L' | 'U'): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + 'BILU'.indexOf(pos);
}

/** Token labels of non-overlapping spans. */
export function encode(n: number, spans: TokenSpan[]): number[] {
  const y = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) y[s.start] = labelOf(s.type, 'U');
    else {
      y[s.start] = labelOf(s.type, 'B');
      for (let i = s.start + 1; i < s.end - 1; i++) y[i] = labelOf(s.type, 'I');
      y[s.end - 1] = labelOf(s.type, 'L');
    }
  }
  return y;
}

/** Spans of a label sequence (tolerant: an unfinished B/I run still makes a span). */
export function decode(y: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  let type: EntityType | null = null;
  const close = (end: number): void => {
    if (type !== null && start >= 0) out.push({ start, end, type });
    start = -1;
    type = null;
  };
  for (let i = 0; i < y.length; i++) {
    const l = y[i];
    if (l === 0) {
      close(i);
      continue;
    }
    const t = ENTITY_TYPES[(l - 1) >> 2];
    const pos = (l - 1) & 3;
    if (pos === 0 || pos === 3 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
    if (pos === 2 || pos === 3) close(i + 1);
  }
  close(y.length);
  return out;
}

/** allowed[prev * NUM_LABELS + cur]: valid BILOU transitions; prev = NUM_LABELS stands for the sentence start. */
export function transitionMask(): Uint8Array {
  const L = NUM_LABELS;
  const m = new Uint8Array((L + 1) * L);
  const closes = (p: number): boolean => p === L || p === 0 || ((p - 1) & 3) >= 2;
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cpos = c === 0 ? -1 : (c - 1) & 3;
      let ok: boolean;
      if (c === 0 || cpos === 0 || cpos === 3) ok = closes(p);
      else ok = p !== L && p !== 0 && ((p - 1) & 3) <= 1 && (p - 1) >> 2 === (c - 1) >> 2;
      m[p * L + c] = ok ? 1 : 0;
    }
  }
  return m;
}

/** Whether a label may end a sentence (O, L-, U-). */
export function mayEnd(l: number): boolean {
  return l === 0 || ((l - 1) & 3) >= 2;
}

const OPENING = new Set(['«', '„', '“']);
const CLOSING = new Set(['»', '”', '“']);

/**
 * Balances quotes at span edges: a span that opens a quote it does not close takes the closing quote that follows it
 * (`ТОВ « Бюро »`), a span ending with a closing quote it never opened leaves it out (`Блок Петра Порошенка »`), and an
 * opening quote at the start of a span that is never closed is dropped.
 */
export function balanceQuotes(spans: TokenSpan[], forms: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let { start, end } = spans[k];
    let open = 0;
    let close = 0;
    for (let i = start; i < end; i++) {
      if (OPENING.has(forms[i]) && !(forms[i] === '“' && open > close)) open++;
      else if (CLOSING.has(forms[i])) close++;
    }
    const limit = k + 1 < spans.length ? spans[k + 1].start : forms.length;
    while (open > close && end < limit && CLOSING.has(forms[end])) {
      end++;
      close++;
    }
    if (close > open && end - start > 1 && CLOSING.has(forms[end - 1])) end--;
    else if (open > close && end - start > 1 && OPENING.has(forms[start])) start++;
    out.push({ ...spans[k], start, end });
  }
  return out;
}
