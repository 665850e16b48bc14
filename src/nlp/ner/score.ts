/** Strict span + type scoring (exact token range and type), micro over all mentions and per type. */
import { ENTITY_TYPES } from '../../types.js';
import type { TokenSpan } from './labels.js';

export interface PRF {
  tp: number;
  gold: number;
  pred: number;
  p: number;
  r: number;
  f: number;
}

export interface NerScores {
  micro: PRF;
  perType: Record<string, PRF>;
}

function prf(tp: number, gold: number, pred: number): PRF {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, gold, pred, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores predicted against gold spans, sentence by sentence. */
export function scoreSpans(gold: TokenSpan[][], pred: TokenSpan[][]): NerScores {
  const per: Record<string, [number, number, number]> = {};
  for (const t of ENTITY_TYPES) per[t] = [0, 0, 0];
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i].map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of gold[i]) per[s.type][1]++;
    for (const s of pred[i] ?? []) {
      per[s.type][2]++;
      if (g.has(`${s.start}:${s.end}:${s.type}`)) per[s.type][0]++;
    }
  }
  let tp = 0, ng = 0, np = 0;
  const perType: Record<string, PRF> = {};
  for (const t of ENTITY_TYPES) {
    const [a, b, c] = per[t];
    tp += a;
    ng += b;
    np += c;
    perType[t] = prf(a, b, c);
  }
  return { micro: prf(tp, ng, np), perType };
}
