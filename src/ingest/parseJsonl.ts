/** Parses one JSONL record: {id?, date, title?, text, url?, source?, lang?}. */
import type { Document } from '../types.js';
import { LitopysError, type ErrorLocation } from '../errors.js';
import { parseDate } from './parseDate.js';
import { contentHash, hashId } from './contentHash.js';
import type { ParsedDocument } from './parseArticle.js';

export interface JsonlOptions {
  /** Date for records without one (`--date`). */
  date?: string | null;
}

const ID = /^[^\s/\\]{1,200}$/;
const LANG = /^[a-z]{2,3}$/;

function optionalString(rec: Record<string, unknown>, field: string, where: ErrorLocation): string | undefined {
  const v = rec[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    throw new LitopysError('INPUT_FIELD', `"${field}" must be a string, got ${typeof v}`, { ...where, field });
  }
  return v.trim() || undefined;
}

/** Parses `line` (line number `lineNo` of `file`). Throws LitopysError naming file:line and the field. */
export function parseJsonlLine(line: string, file: string, lineNo: number, opts: JsonlOptions = {}): ParsedDocument {
  const where: ErrorLocation = { file, line: lineNo };
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new LitopysError('INPUT_JSON', `malformed JSON: ${(e as Error).message}`, where, 'one JSON object per line');
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    throw new LitopysError('INPUT_JSON', 'a line must hold one JSON object', where);
  }
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') {
    throw new LitopysError('INPUT_FIELD', r.text === undefined ? 'missing "text"' : `"text" must be a string, got ${typeof r.text}`, { ...where, field: 'text' });
  }
  const text = r.text.replace(/\r\n?/g, '\n').trim();
  if (!text) throw new LitopysError('INPUT_EMPTY', '"text" is empty', { ...where, field: 'text' });
  let date: string | null;
  if (r.date === undefined || r.date === null || r.date === '') {
    if (opts.date === undefined || opts.date === null) {
      throw new LitopysError('INPUT_FIELD', 'missing "date"', { ...where, field: 'date' }, 'add "date": "YYYY-MM-DD" or pass --date');
    }
    date = opts.date;
  } else if (typeof r.date !== 'string') {
    throw new LitopysError('INPUT_DATE', `"date" must be a string "YYYY-MM-DD", got ${typeof r.date}`, { ...where, field: 'date' });
  } else {
    date = parseDate(r.date, { ...where, field: 'date' });
  }
  let id: string | undefined;
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id !== 'string' && typeof r.id !== 'number') {
      throw new LitopysError('INPUT_FIELD', `"id" must be a string or number, got ${typeof r.id}`, { ...where, field: 'id' });
    }
    id = String(r.id).trim();
    if (!ID.test(id)) {
      throw new LitopysError('INPUT_FIELD', `"id" must be 1–200 characters without spaces or slashes`, { ...where, field: 'id' });
    }
  }
  const lang = optionalString(r, 'lang', where) ?? 'uk';
  if (!LANG.test(lang)) throw new LitopysError('INPUT_FIELD', `"lang" must be an ISO 639-1 code like "uk"`, { ...where, field: 'lang' });
  const title = optionalString(r, 'title', where);
  const url = optionalString(r, 'url', where);
  const source = optionalString(r, 'source', where);
  const hash = contentHash(text);
  const doc: Document = {
    id: id ?? hashId(hash),
    date,
    lang,
    text,
    ...(title !== undefined ? { title } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(url !== undefined ? { url } : {}),
  };
  return { doc, hash };
}
