/**
 * Gazetteer matching over tagged tokens: a name matches a token sequence when every token agrees on its lemma or
 * its lowercased form ("Великої Британії" matches "Велика Британія" through the lemmas), capitalised name tokens
 * only match capitalised text and all-capitals abbreviations only all-capitals text ("Того" is not "того").
 * Language-independent: the entries and the way names are tokenised and lemmatised are passed in.
 */
import { lowerCase } from './features.js';

/** A token as the matcher sees it. */
export interface MatchToken {
  text: string;
  lemma?: string;
}

export interface NameToken {
  lower: string;
  lemma: string;
  cap: boolean;
  upper: boolean;
}

export interface GazetteerMatch<E> {
  /** Token range [start, end). */
  start: number;
  end: number;
  entry: E;
}

const APOS = /[’ʼ‘`]/g;

export function normKey(s: string): string {
  const l = lowerCase(s);
  // most keys have no apostrophe: they skip the regular expression
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x60) return l.replace(APOS, "'");
  }
  return l;
}

function isCap(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== lowerCase(c);
}

function isUpper(s: string): boolean {
  return s.length > 1 && s !== lowerCase(s) && s === s.toUpperCase();
}

const nameTokenCache = new Map<string, { lemma: string | undefined; tok: NameToken }[]>();
let nameTokenCount = 0;

/** The matching view of a token (cached per text + lemma, no key string built: the same object comes back; do not modify it). */
export function nameToken(text: string, lemma: string | undefined): NameToken {
  let list = nameTokenCache.get(text);
  if (list) {
    for (const e of list) if (e.lemma === lemma) return e.tok;
  } else {
    if (nameTokenCount > 200_000) {
      nameTokenCache.clear();
      nameTokenCount = 0;
    }
    nameTokenCache.set(text, (list = []));
  }
  const tok = makeNameToken(text, lemma);
  list.push({ lemma, tok });
  nameTokenCount++;
  return tok;
}

/** The matching view of a token, not cached (for callers that cache their own per token analysis). */
export function makeNameToken(text: string, lemma: string | undefined): NameToken {
  return { lower: normKey(text), lemma: normKey(lemma ?? text), cap: isCap(text), upper: isUpper(text) };
}

/** A compiled gazetteer name (treat as opaque outside this module). */
export interface Compiled<E> {
  tokens: NameToken[];
  entry: E;
  order: number;
}

/** A token as matchWords() sees it: its matching view and the names that may start at it (startsOf). */
export interface MatchWord<E> {
  name: NameToken;
  starts: readonly Compiled<E>[];
}

export class GazetteerMatcher<E> {
  private readonly index = new Map<string, Compiled<E>[]>();
  private maxLen = 1;

  /** `names(entry)` lists an entry's names; `analyze(name)` tokenises and lemmatises one name. */
  constructor(entries: E[], names: (e: E) => string[], analyze: (name: string) => MatchToken[]) {
    let order = 0;
    for (const e of entries) {
      for (const name of names(e)) {
        const toks = analyze(name).map((t) => nameToken(t.text, t.lemma));
        if (!toks.length) continue;
        const c: Compiled<E> = { tokens: toks, entry: e, order: order++ };
        this.maxLen = Math.max(this.maxLen, toks.length);
        for (const key of new Set([toks[0].lower, toks[0].lemma])) {
          let list = this.index.get(key);
          if (!list) this.index.set(key, (list = []));
          list.push(c);
        }
      }
    }
  }

  private static agrees(t: NameToken, n: NameToken): boolean {
    if (n.upper && !t.upper) return false;
    if (n.cap && !t.cap) return false;
    return t.lemma === n.lemma || t.lower === n.lower || t.lower === n.lemma;
  }

  /**
   * Per first token (its interned NameToken): the names that can start there — those indexed under its lowercase
   * form or its lemma — longest first, then in entry order, so that the first one that agrees is the match the
   * longest-then-earliest rule picks. Built on first sight of the token (no per-position string lookups afterwards).
   */
  private readonly starts = new Map<NameToken, readonly Compiled<E>[]>();
  private static readonly NONE: never[] = [];

  startsOf(t: NameToken): readonly Compiled<E>[] {
    let list: readonly Compiled<E>[] | undefined = this.starts.get(t);
    if (list) return list;
    list = this.namesFrom(t);
    // name tokens are interned with a bound (nameToken): this cache follows them
    if (this.starts.size > 200_000) this.starts.clear();
    this.starts.set(t, list);
    return list;
  }

  /** startsOf() without its cache (for callers that cache their own per token analysis). */
  namesFrom(t: NameToken): readonly Compiled<E>[] {
    const byLower = this.index.get(t.lower);
    const byLemma = t.lemma === t.lower ? undefined : this.index.get(t.lemma);
    if (!byLower && !byLemma) return GazetteerMatcher.NONE;
    return [...new Set([...(byLower ?? []), ...(byLemma ?? [])])].sort((a, b) => b.tokens.length - a.tokens.length || a.order - b.order);
  }

  /** Longest non-overlapping matches, left to right. */
  match(tokens: MatchToken[]): GazetteerMatch<E>[] {
    return this.matchWords(
      tokens.map((t) => {
        const name = nameToken(t.text, t.lemma);
        return { name, starts: this.startsOf(name) };
      }),
    );
  }

  /** As match(), over the tokens' matching views (nameToken) and the names that may start at each (startsOf). */
  matchWords(words: readonly MatchWord<E>[]): GazetteerMatch<E>[] {
    const out: GazetteerMatch<E>[] = [];
    const len = words.length;
    let i = 0;
    while (i < len) {
      const list = words[i].starts;
      let best: Compiled<E> | null = null;
      for (let c = 0; c < list.length && !best; c++) {
        const cand = list[c];
        const n = cand.tokens.length;
        if (i + n > len) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = GazetteerMatcher.agrees(words[i + k].name, cand.tokens[k]);
        if (ok) best = cand;
      }
      if (best) {
        out.push({ start: i, end: i + best.tokens.length, entry: best.entry });
        i += best.tokens.length;
      } else i++;
    }
    return out;
  }
}
