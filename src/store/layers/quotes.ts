/** The quotes layer: doc.quotes (text, speaker entity id, direct/indirect, cue) into `quotes` (migration 002). */
import type Database from 'better-sqlite3';
import type { Quote } from '../../types.js';
import type { LayerWriter } from '../layers.js';

const cache = new WeakMap<Database.Database, Database.Statement>();

function insert(db: Database.Database): Database.Statement {
  let s = cache.get(db);
  if (!s) {
    s = db.prepare(
      `INSERT INTO quotes (doc, id, speaker, text, start, end, direct, cue_start, cue_end, cue_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    cache.set(db, s);
  }
  return s;
}

interface QuoteRow {
  id: string;
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  direct: number;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
}

export const quotesLayer: LayerWriter = {
  name: 'quotes',
  write(db, docRowId, adoc) {
    const s = insert(db);
    for (const q of adoc.quotes) {
      s.run(docRowId, q.id, q.speaker, q.text, q.start, q.end, q.direct ? 1 : 0, q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null);
    }
  },
  read(db, docRowId, adoc) {
    const rows = db
      .prepare('SELECT id, speaker, text, start, end, direct, cue_start, cue_end, cue_text FROM quotes WHERE doc = ? ORDER BY start')
      .all(docRowId) as QuoteRow[];
    adoc.quotes = rows.map((r): Quote => {
      const q: Quote = { id: r.id, speaker: r.speaker, text: r.text, start: r.start, end: r.end, direct: r.direct === 1 };
      if (r.cue_start !== null && r.cue_end !== null && r.cue_text !== null) q.cue = { start: r.cue_start, end: r.cue_end, text: r.cue_text };
      return q;
    });
  },
  stats(db) {
    const r = db.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(direct), 0) AS direct, COUNT(speaker) AS attributed FROM quotes').get() as {
      n: number;
      direct: number;
      attributed: number;
    };
    return { quotes: r.n, 'quotes direct': r.direct, 'quotes attributed': r.attributed };
  },
};

/** One stored quote with its document and speaker, as `litopys quotes` lists it. */
export interface StoredQuote {
  /** Document id. */
  doc: string;
  docDate: string | null;
  title: string | null;
  url: string | null;
  id: string;
  speaker: { id: string; name: string; type: string } | null;
  text: string;
  direct: boolean;
  cue: string | null;
  start: number;
  end: number;
}

export interface QuoteFilter {
  /** Case-insensitive substring of the speaker's canonical name. */
  speaker?: string;
  /** Document date range, inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Case-insensitive substring of the quote text. */
  query?: string;
  direct?: boolean;
  limit?: number;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/['ʼ`’]/g, '’');
}

/** Stored quotes, newest document first, in text order within a document. */
export function queryQuotes(db: Database.Database, f: QuoteFilter = {}): StoredQuote[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.from) {
    where.push('d.date >= ?');
    args.push(f.from);
  }
  if (f.to) {
    where.push('d.date <= ?');
    args.push(f.to);
  }
  if (f.direct !== undefined) {
    where.push('q.direct = ?');
    args.push(f.direct ? 1 : 0);
  }
  if (f.speaker !== undefined) where.push('e.id IS NOT NULL');
  const sql = `SELECT d.id AS doc, d.date AS doc_date, d.title, d.url, q.id, q.speaker, q.text, q.direct, q.cue_text, q.start, q.end,
      e.name AS speaker_name, e.type AS speaker_type, e.norm AS speaker_norm
    FROM quotes q JOIN documents d ON d.rowid = q.doc
    LEFT JOIN entities e ON e.doc = q.doc AND e.id = q.speaker
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY d.date DESC, d.id, q.start`;
  const rows = db.prepare(sql).iterate(...args) as IterableIterator<{
    doc: string; doc_date: string | null; title: string | null; url: string | null; id: string; speaker: string | null; text: string;
    direct: number; cue_text: string | null; start: number; end: number; speaker_name: string | null; speaker_type: string | null;
    speaker_norm: string | null;
  }>;
  // Cyrillic case folding is done here: SQLite's lower() and LIKE fold ASCII only.
  const speaker = f.speaker !== undefined ? fold(f.speaker) : undefined;
  const query = f.query !== undefined ? fold(f.query) : undefined;
  const out: StoredQuote[] = [];
  for (const r of rows) {
    if (speaker !== undefined && !fold(r.speaker_name ?? '').includes(speaker)) continue;
    if (query !== undefined && !fold(r.text).includes(query)) continue;
    out.push({
      doc: r.doc,
      docDate: r.doc_date,
      title: r.title,
      url: r.url,
      id: r.id,
      speaker: r.speaker && r.speaker_name ? { id: r.speaker, name: r.speaker_name, type: r.speaker_type ?? '' } : null,
      text: r.text,
      direct: r.direct === 1,
      cue: r.cue_text,
      start: r.start,
      end: r.end,
    });
    if (f.limit !== undefined && out.length >= f.limit) break;
  }
  return out;
}
