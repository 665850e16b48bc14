/**
 * Parses one plain-text article. The founding format starts with ` date YYYY-MM-DD` (leading space optional),
 * then a space or a line break, then the article; without that header the date comes from `--date` (else unknown).
 */
import type { Document } from '../types.js';
import { LitopysError } from '../errors.js';
import { parseDate } from './parseDate.js';
import { contentHash, hashId } from './contentHash.js';

const DATE_HEADER = /^[ \t]*date[ \t]+(\S+)(?:[ \t]+|[ \t]*\n|$)/;

export interface ParsedDocument {
  doc: Document;
  /** sha256 of the normalised text (see contentHash). */
  hash: string;
}

export interface ArticleOptions {
  /** Date for articles without a header (`--date`). */
  date?: string | null;
  source?: string;
}

/** A short first line without a final full stop, followed by more text, reads as a headline. */
function headline(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl <= 0 || nl > 200) return undefined;
  const first = text.slice(0, nl).trim();
  if (!first || /[.:;,]$/.test(first) || !text.slice(nl).trim()) return undefined;
  return first;
}

/** Parses the text of one article file (already decoded). Throws LitopysError naming `file`. */
export function parseArticle(content: string, file: string, opts: ArticleOptions = {}): ParsedDocument {
  let body = content;
  let date: string | null = opts.date ?? null;
  const m = DATE_HEADER.exec(content);
  if (m) {
    date = parseDate(m[1], { file, line: 1, field: 'date' });
    body = content.slice(m[0].length);
  }
  const text = body.trim();
  if (!text) throw new LitopysError('INPUT_EMPTY', 'the article has no text', { file, line: 1 });
  const hash = contentHash(text);
  const title = headline(text);
  const doc: Document = { id: hashId(hash), date, lang: 'uk', text, ...(title ? { title } : {}), ...(opts.source ? { source: opts.source } : {}) };
  return { doc, hash };
}
