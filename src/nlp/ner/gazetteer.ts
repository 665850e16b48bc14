/**
 * Gazetteer matching over tagged tokens: a name matches a token sequence when every token agrees on its lemma or
 * its lowercased form ("Великої Британії" matches "Велика Британія" through the lemmas), capitalised name tokens
 * only match capitalised text and all-capitals abbreviations only all-capitals text ("Того" is not "того").
 * Language-independent: the entries and the way names are tokenised and lemmatised are passed in.
 */

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
  return s.toLowerCase().replace(APOS, "'");
}

function isCap(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase();
}

function isUpper(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
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
  const tok = { lower: normKey(text), lemma: normKey(lemma ?? text), cap: isCap(text), upper: isUpper(text) };
  list.push({ lemma, tok });
  nameTokenCount++;
  return tok;
}

interface Compiled<E> {
  tokens: NameToken[];
  entry: E;
  order: number;
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

  /** Longest non-overlapping matches, left to right. */
  match(tokens: MatchToken[]): GazetteerMatch<E>[] {
    const toks = tokens.map((t) => nameToken(t.text, t.lemma));
    const out: GazetteerMatch<E>[] = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      let best: Compiled<E> | null = null;
      for (let pass = 0; pass < 2; pass++) {
        if (pass === 1 && t.lemma === t.lower) break;
        const list = this.index.get(pass === 0 ? t.lower : t.lemma);
        if (!list) continue;
        for (const c of list) {
          const n = c.tokens.length;
          if (i + n > toks.length) continue;
          if (best && (n < best.tokens.length || (n === best.tokens.length && c.order > best.order))) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = GazetteerMatcher.agrees(toks[i + k], c.tokens[k]);
          if (ok) best = c;
        }
      }
      if (best) {
        out.push({ start: i, end: i + best.tokens.length, entry: best.entry });
        i += best.tokens.length;
      } else i++;
    }
    return out;
  }
}
