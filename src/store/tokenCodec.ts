/**
 * Compact JSON for the token layer. Each token is [gap, length, kind, spaceAfter(0|1), lemma?, pos?, feats?, tag?],
 * where gap is the distance from the previous token's end (small numbers keep the JSON short); the token text is
 * not stored, it is the slice of the document text.
 */
import type { Token, TokenKind } from '../types.js';

const KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email'];
const KIND_CODE = new Map<TokenKind, number>(KINDS.map((k, i) => [k, i]));

type Row = (number | string | null)[];

export function encodeTokens(tokens: readonly Token[]): string {
  const rows: Row[] = new Array(tokens.length);
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const row: Row = [t.start - prevEnd, t.end - t.start, KIND_CODE.get(t.kind) ?? 2, t.spaceAfter ? 1 : 0];
    if (t.lemma !== undefined || t.pos !== undefined || t.feats !== undefined || t.tag !== undefined) {
      row.push(t.lemma ?? null, t.pos ?? null, t.feats ?? null, t.tag ?? null);
    }
    rows[i] = row;
    prevEnd = t.end;
  }
  return JSON.stringify(rows);
}

/** Rebuilds tokens over `text`; `sentenceOf(i)` gives each token's sentence index. */
export function decodeTokens(data: string, text: string, sentenceOf: (i: number) => number): Token[] {
  const rows = JSON.parse(data) as Row[];
  let prevEnd = 0;
  return rows.map((r, i) => {
    const start = prevEnd + (r[0] as number);
    const end = start + (r[1] as number);
    prevEnd = end;
    const t: Token = {
      i,
      start,
      end,
      text: text.slice(start, end),
      kind: KINDS[r[2] as number] ?? 'punct',
      sentence: sentenceOf(i),
      spaceAfter: r[3] === 1,
      // the tagger's fields declared up front, as the segmenter creates tokens (one object shape everywhere)
      lemma: undefined,
      pos: undefined,
      feats: undefined,
      tag: undefined,
    };
    if (r.length > 4) {
      if (r[4] !== null) t.lemma = r[4] as string;
      if (r[5] !== null) t.pos = r[5] as string;
      if (r[6] !== null) t.feats = r[6] as string;
      if (r[7] !== null && r[7] !== undefined) t.tag = r[7] as string;
    }
    return t;
  });
}
