/**
 * How query words and text words meet in the lemma column of the full-text index. Today the lemma of a word is the
 * word lowercased; the morphology stage replaces `queryLemmas` with the lexicon's lemma candidates (setQueryLemmas),
 * and fills token.lemma, which the index writer prefers.
 */

import { lemmaCandidates } from '../nlp/morph/index.js';

export type QueryLemmaFn = (word: string) => string[];

const lowercase: QueryLemmaFn = (word) => [word.toLowerCase()];
/** Lexicon lemma candidates (morphology, issue 3); lowercase only if the lexicon cannot load. */
const lexiconLemmas: QueryLemmaFn = (word) => {
  try {
    return lemmaCandidates(word);
  } catch {
    return lowercase(word);
  }
};
let current: QueryLemmaFn = lexiconLemmas;

/** Memo of queryLemmas (snippets ask for every word of every hit; a lexicon guess costs tens of microseconds). */
const memo = new Map<string, string[]>();
const MEMO_MAX = 200_000;

/** The lemma candidates of a query word (at least one). The array is shared: do not modify it. */
export function queryLemmas(word: string): string[] {
  let out = memo.get(word);
  if (!out) {
    const found = current(word);
    out = found.length ? found : [word.toLowerCase()];
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(word, out);
  }
  return out;
}

/** Installs a lemma-candidate function (the morphology stage does this on load); `null` restores the default. */
export function setQueryLemmas(fn: QueryLemmaFn | null): void {
  current = fn ?? lexiconLemmas;
  memo.clear();
}

/** The word as indexed in the lemma stream when no tagger ran. */
export function indexLemma(word: string, lemma?: string): string {
  return (lemma ?? word).toLowerCase();
}
