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
      folded[i] = foldWord(t);
    }
    f = { texts, folded };
    byTokens.set(tokens, f);
  }
  return f;
}

function sameTexts(texts: string[], tokens: Token[]): boolean {
  if (texts.length !== tokens.length) return false;
  for (let i = 0; i < texts.length; i++) if (texts[i] !== tokens[i]!.text) return false;
  return true;
}

/** foldWord(t.text) for a token of the list `f` was made from (by its index), else folded afresh. */
export function foldedOf(f: FoldedWords, t: Token): string {
  const i = t.i;
  return f.texts[i] === t.text ? f.folded[i]! : foldWord(t.text);
}
