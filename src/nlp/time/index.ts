/**
 * The `time` stage: date expressions resolved against the article date (adoc.times), plus the helpers later stages
 * use to date what a clause reports (`timeForToken`, `timeForSentence`).
 */
import type { AnalyzedDocument, Component, TimeExpression } from '../../types.js';
import { findTimes } from './resolveDate.js';
import { clauseOf } from './tense.js';

export { findTimes, resolveWeekday, type ResolveContext } from './resolveDate.js';
export { clauseOf, directionAt, type Direction } from './tense.js';
export * as calendar from './calendar.js';

/** Token index range [start, end) covered by a time expression. */
function tokenRange(adoc: AnalyzedDocument, t: TimeExpression): { start: number; end: number } {
  const sen = adoc.sentences[t.sentence];
  let s = sen.tokenStart;
  while (s < sen.tokenEnd && adoc.tokens[s].end <= t.start) s++;
  let e = s;
  while (e < sen.tokenEnd && adoc.tokens[e].start < t.end) e++;
  return { start: s, end: e };
}

/**
 * The time expression governing token `tokenIdx`: one in the same clause (nearest by token distance) wins; else
 * the nearest in the same sentence (a date in a relative clause, "атаку …, яку здійснили вчора", dates the head
 * clause too). Only resolved expressions are considered. Returns null when the sentence has none; the caller then
 * falls back to the article date (Event.dateReported).
 */
export function timeForToken(adoc: AnalyzedDocument, tokenIdx: number): TimeExpression | null {
  const tok = adoc.tokens[tokenIdx];
  if (!tok) return null;
  const candidates = adoc.times.filter((t) => t.sentence === tok.sentence && t.value !== null);
  if (!candidates.length) return null;
  const clause = clauseOf(adoc, tokenIdx);
  let best: TimeExpression | null = null;
  let bestScore = Infinity;
  for (const t of candidates) {
    const r = tokenRange(adoc, t);
    const dist = tokenIdx < r.start ? r.start - tokenIdx : tokenIdx >= r.end ? tokenIdx - r.end + 1 : 0;
    const sameClause = r.start >= clause.start && r.end <= clause.end;
    const score = dist + (sameClause ? 0 : 1000);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The time expression for sentence `sentenceIdx`: with `tokenIdx`, as `timeForToken`; without, the first resolved
 * expression of the sentence. Null when the sentence has none.
 */
export function timeForSentence(adoc: AnalyzedDocument, sentenceIdx: number, tokenIdx?: number): TimeExpression | null {
  if (tokenIdx !== undefined) {
    const tok = adoc.tokens[tokenIdx];
    if (tok && tok.sentence === sentenceIdx) return timeForToken(adoc, tokenIdx);
  }
  return adoc.times.find((t) => t.sentence === sentenceIdx && t.value !== null) ?? null;
}

/** The `time` pipeline stage: reads tokens (and tags, for tense), assigns doc.times. */
export function createTimeStage(): Component {
  return {
    name: 'time',
    reads: ['doc.tokens'],
    assigns: ['doc.times'],
    score: 'date expression span P/R/F1 and resolved-value accuracy (eval/chronicle-time.eval.ts)',
    run(adoc: AnalyzedDocument): void {
      adoc.times = findTimes(adoc);
    },
  };
}
