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

/** The lemma candidates of a query word (at least one). */
export function queryLemmas(word: string): string[] {
  const out = current(word);
  return out.length ? out : [word.toLowerCase()];
}

/** Installs a lemma-candidate function (the morphology stage does this on load); `null` restores the default. */
export function setQueryLemmas(fn: QueryLemmaFn | null): void {
  current = fn ?? lexiconLemmas;
}

/** The word as indexed in the lemma stream when no tagger ran. */
export function indexLemma(word: string, lemma?: string): string {
  return (lemma ?? word).toLowerCase();
}
