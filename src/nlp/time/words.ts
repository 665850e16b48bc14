/**
 * The folded spelling (foldWord: lowercase, apostrophes unified) of every token of a document, worked out once per
 * token list and shared by the stages that look words up in the Ukrainian word tables (time, quotes): each of them
 * otherwise folds every token again through foldWord's global memo, a lookup in a large table per token.
 */
import type { Token } from '../../types.js';
import { foldWord } from '../../lang/uk/fold.js';

export interface FoldedWords {
  /** The token texts the folds were made from (a token whose text changed since is folded afresh). */
  readonly texts: string[];
  readonly folded: string[];
}

const byTokens = new WeakMap<Token[], FoldedWords>();

/** Folded words of `tokens`, by token index (cached per token array; made afresh when any token text changed). */
export function foldedWords(tokens: Token[]): FoldedWords {
  let f = byTokens.get(tokens);
  if (!f || !sameTexts(f.texts, tokens)) {
    const n = tokens.length;
    const texts = new Array<string>(n);
    const folded = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!.text;
      texts[i] = t;
      folded[i] = isFolded(t) ? t : foldWord(t);
    }
    f = { texts, folded };
    byTokens.set(tokens, f);
  }
  return f;
}

/**
 * Whether foldWord(s) is `s` itself: every character a lowercase Latin or Cyrillic letter, a digit, or punctuation
 * that neither lowercasing nor the apostrophe rule changes. Most tokens are such (lowercase words, numbers,
 * punctuation); they need no lookup in foldWord's table (the string is equal to the one foldWord gives).
 */
function isFolded(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || c === 0x491 || (c >= 0x30 && c <= 0x39)) continue;
    // . , : ; ! ? - ( ) " « » – — … ’ (not ' ʼ `, which fold to ’)
    if (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2d || c === 0x28 || c === 0x29
      || c === 0x22 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 0x2019) continue;
    return false;
  }
  return true;
}

/**
 * The lowercase of a character when it is a plain Latin or Cyrillic letter or a digit (one character, whatever its
 * neighbours), else -1: such a character at either end of a token is that end of the token's folded word.
 */
export function plainLower(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || c === 0x491 || (c >= 0x30 && c <= 0x39)) return c;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c === 0x490) return 0x491;
  return -1;
}

function sameTexts(texts: string[], tokens: Token[]): boolean {
  if (texts.length !== tokens.length) return false;
  for (let i = 0; i < texts.length; i++) if (texts[i] !== tokens[i]!.text) return false;
  return true;
}

/** foldWord(t.text) (the same string) for a token of the list `f` was made from (by its index), else folded afresh. */
export function foldedOf(f: FoldedWords, t: Token): string {
  const i = t.i;
  return f.texts[i] === t.text ? f.folded[i]! : foldWord(t.text);
}
