/**
 * Snippets for search hits, cut from the stored token layer (the full-text index is contentless). A token matches a
 * query word when its surface form equals the word (case- and stress-insensitively, as the index folds), or when its
 * lemma — token.lemma when the tagger ran, else the word's lemma candidates — is one of the word's lemma candidates.
 * The window with the most distinct query terms wins; every match inside it is highlighted.
 */
import type { Token } from '../types.js';
import { queryLemmas } from './lemmas.js';

/** One query term: a word, a prefix (word*), or a phrase of several words. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

export interface Snippet {
  snippet: string;
  /** Matched ranges [start, end) within `snippet`. */
  highlights: [number, number][];
}

/** Folds as the index does: lowercase, combining marks (stress) removed, apostrophe variants unified. */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ`]/g, "'");
}

interface WordMatcher {
  surface: string;
  lemmas: Set<string>;
  prefix: boolean;
}

function matcher(word: string, prefix: boolean): WordMatcher {
  return { surface: fold(word), lemmas: new Set(queryLemmas(word).map(fold)), prefix };
}

/** Cuts a snippet of about 2 × `words` word tokens around the best match in `text`. */
export function makeSnippet(text: string, allTokens: readonly Token[], terms: readonly QueryTerm[], words = 12): Snippet {
  const tokens = allTokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (!tokens.length) return { snippet: text.slice(0, 200), highlights: [] };
  const folded = tokens.map((t) => fold(t.text));
  const lemmaCache = new Map<number, Set<string>>();
  const lemmasOf = (i: number): Set<string> => {
    let l = lemmaCache.get(i);
    if (!l) {
      const t = tokens[i];
      l = new Set(t.lemma !== undefined ? [fold(t.lemma)] : queryLemmas(t.text).map(fold));
      lemmaCache.set(i, l);
    }
    return l;
  };
  const hit = (i: number, m: WordMatcher): boolean => {
    if (m.prefix) return folded[i].startsWith(m.surface) || [...lemmasOf(i)].some((l) => l.startsWith(m.surface));
    if (folded[i] === m.surface) return true;
    for (const l of lemmasOf(i)) if (m.lemmas.has(l)) return true;
    return false;
  };
  // matches[k] = [tokenIndex, length, termIndex]
  const matches: [number, number, number][] = [];
  terms.forEach((term, ti) => {
    const ms = term.words.map((w) => matcher(w, term.prefix));
    for (let i = 0; i + ms.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < ms.length && ok; k++) ok = hit(i + k, ms[k]);
      if (ok) matches.push([i, ms.length, ti]);
    }
  });
  matches.sort((a, b) => a[0] - b[0]);
  let a = 0;
  if (matches.length) {
    let best = -1;
    for (const [pos] of matches) {
      const start = Math.max(0, pos - Math.floor(words / 2));
      const end = start + 2 * words;
      const inside = matches.filter((m) => m[0] >= start && m[0] + m[1] <= end);
      const score = new Set(inside.map((m) => m[2])).size * 1000 + inside.length;
      if (score > best) {
        best = score;
        a = start;
      }
    }
  }
  const b = Math.min(tokens.length - 1, a + 2 * words);
  a = Math.max(0, Math.min(a, b - 2 * words));
  const start = tokens[a].start;
  const end = tokens[b].end;
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const highlights: [number, number][] = [];
  for (const [pos, len] of matches) {
    if (pos < a || pos + len - 1 > b) continue;
    const s = tokens[pos].start - start + pre.length;
    const e = tokens[pos + len - 1].end - start + pre.length;
    const last = highlights[highlights.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else highlights.push([s, e]);
  }
  return { snippet: pre + text.slice(start, end) + post, highlights };
}
