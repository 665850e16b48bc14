/** Readers for the training/evaluation corpora: BRUK TSV (form, lemma, VESUM tag) and CoNLL-U. */
import { readFileSync } from 'node:fs';
import { LitopysError } from '../../errors.js';

export interface GoldToken {
  form: string;
  lemma: string;
  tag: string;
}

/** BRUK TSV: `form<TAB>lemma<TAB>tags`, `# doc =` comments, a blank line between sentences. */
export function readBruk(path: string): GoldToken[][] {
  const out: GoldToken[][] = [];
  let cur: GoldToken[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const p = line.split('\t');
    if (p.length < 3) throw new LitopysError('INPUT_FIELD', `expected form<TAB>lemma<TAB>tag`, { file: path, line: i + 1 });
    cur.push({ form: p[0], lemma: p[1], tag: p[2] });
  }
  if (cur.length) out.push(cur);
  return out;
}

export interface ConlluToken {
  /** The 10 columns as read. */
  cols: string[];
}

export interface ConlluSentence {
  comments: string[];
  /** Token lines, multiword ranges and empty nodes kept in order (see `isWord`). */
  rows: ConlluToken[];
}

export function isWordRow(t: ConlluToken): boolean {
  return /^\d+$/.test(t.cols[0]);
}

export function parseConllu(text: string, file = '<input>'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], rows: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim()) {
      if (cur.rows.length || cur.comments.length) out.push(cur);
      cur = { comments: [], rows: [] };
      continue;
    }
    if (line.startsWith('#')) {
      cur.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new LitopysError('INPUT_FIELD', `CoNLL-U token line has ${cols.length} columns, expected 10`, { file, line: i + 1, field: 'columns' });
    }
    cur.rows.push({ cols });
  }
  if (cur.rows.length || cur.comments.length) out.push(cur);
  return out;
}
