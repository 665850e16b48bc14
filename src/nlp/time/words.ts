/**
 * Token words as the Ukrainian word tables (dates, speech cues) are keyed: folded (foldWord: lowercase, apostrophes
 * unified), each token folded only when a stage asks for it (LazyWords), and a test that tells most tokens apart
 * from every word of a table without folding them or looking them up (EndsFilter). Shared by the time and quotes
 * stages: looking each token up in foldWord's large memo table, then in a word table, is most of what a scan over
 * the tokens costs.
 */
import type { Token } from '../../types.js';
import { foldWord } from '../../lang/uk/fold.js';

/** The folded words of a document's tokens, each folded (foldWord) when first asked for. */
export class LazyWords {
  private readonly words: (string | undefined)[];

  constructor(private readonly tokens: Token[]) {
    this.words = new Array<string | undefined>(tokens.length);
  }

  /** foldWord of the text of token `i` (0 ≤ i < the number of tokens). */
  at(i: number): string {
    let w = this.words[i];
    if (w === undefined) w = this.words[i] = foldWord(this.tokens[i]!.text);
    return w;
  }
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

/**
 * Whether a token's folded word can be one of a set of words, from the token's text alone: its first and last
 * characters, when plain letters or digits, are those of its folded word, and folding keeps a text's length but
 * for "İ" (which becomes "i̇"). A token no word begins and ends like, at that length, is none of them; any other
 * token may be (then fold it and look it up).
 */
export class EndsFilter {
  /** By first · 2^16 + last character: the words' lengths as bits (bit min(length, 31)); -1 for any length. */
  private readonly ends = new Map<number, number>();
  /** Whether the empty word is one of them (no text of a token then is ruled out). */
  private readonly empty: boolean;

  constructor(words: Iterable<string>) {
    const list = [...words];
    this.empty = list.includes('');
    // a word with the dot "İ" lowercases to could be the fold of a longer text: lengths are then not compared
    const anyLength = list.some((w) => w.includes('\u0307'));
    for (const w of list) {
      if (!w.length) continue;
      const key = w.charCodeAt(0) * 65536 + w.charCodeAt(w.length - 1);
      this.ends.set(key, anyLength ? -1 : (this.ends.get(key) ?? 0) | (1 << Math.min(w.length, 31)));
    }
  }

  /** False when foldWord(text) is surely none of the words. */
  mayBe(text: string): boolean {
    if (this.empty || text.length === 0) return true;
    const a = plainLower(text.charCodeAt(0));
    const b = plainLower(text.charCodeAt(text.length - 1));
    if (a < 0 || b < 0) return true;
    const lengths = this.ends.get(a * 65536 + b);
    return lengths !== undefined && ((lengths >>> Math.min(text.length, 31)) & 1) !== 0;
  }
}
