/** The times layer: doc.times (date expressions with their resolved intervals) into `times` (migration 002). */
import type Database from 'better-sqlite3';
import type { TimeExpression } from '../../types.js';
import type { LayerWriter } from '../layers.js';

const cache = new WeakMap<Database.Database, Database.Statement>();

function insert(db: Database.Database): Database.Statement {
  let s = cache.get(db);
  if (!s) {
    s = db.prepare(
      `INSERT OR IGNORE INTO times (doc, start, end, text, sentence, value_start, value_end, relative)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    cache.set(db, s);
  }
  return s;
}

interface TimeRow {
  start: number;
  end: number;
  text: string;
  sentence: number;
  value_start: string | null;
  value_end: string | null;
  relative: number;
}

export const timesLayer: LayerWriter = {
  name: 'times',
  write(db, docRowId, adoc) {
    const s = insert(db);
    for (const t of adoc.times) {
      s.run(docRowId, t.start, t.end, t.text, t.sentence, t.value?.start ?? null, t.value?.end ?? null, t.relative ? 1 : 0);
    }
  },
  read(db, docRowId, adoc) {
    const rows = db
      .prepare('SELECT start, end, text, sentence, value_start, value_end, relative FROM times WHERE doc = ? ORDER BY start')
      .all(docRowId) as TimeRow[];
    adoc.times = rows.map((r): TimeExpression => ({
      start: r.start,
      end: r.end,
      text: r.text,
      sentence: r.sentence,
      value: r.value_start && r.value_end ? { start: r.value_start, end: r.value_end } : null,
      relative: r.relative === 1,
    }));
  },
  stats(db) {
    const r = db.prepare('SELECT COUNT(*) AS n, COUNT(value_start) AS resolved FROM times').get() as { n: number; resolved: number };
    return { times: r.n, 'times resolved': r.resolved };
  },
};
