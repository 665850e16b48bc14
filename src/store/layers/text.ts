/** The text layer: the text, its tokens and sentences, and the full-text index row (title, surface, lemmas). */
import type Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../../types.js';
import type { LayerWriter } from '../layers.js';
import { decodeTokens, encodeTokens } from '../tokenCodec.js';
import { indexLemma } from '../lemmas.js';

interface Statements {
  sentence: Database.Statement;
  text: Database.Statement;
  fts: Database.Statement;
  ftsDelete: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      sentence: db.prepare('INSERT INTO sentences (doc, idx, start, end, token_start, token_end) VALUES (?, ?, ?, ?, ?, ?)'),
      text: db.prepare('INSERT INTO document_texts (doc, text, tokens) VALUES (?, ?, ?)'),
      fts: db.prepare('INSERT INTO documents_fts (rowid, title, body, lemmas) VALUES (?, ?, ?, ?)'),
      ftsDelete: db.prepare('DELETE FROM documents_fts WHERE rowid = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/** Space-separated lemmas of the word and number tokens (token.lemma when a tagger ran, else the lowercased word). */
export function lemmaStream(adoc: AnalyzedDocument): string {
  const parts: string[] = [];
  for (const t of adoc.tokens) {
    if (t.kind === 'word' || t.kind === 'number') parts.push(indexLemma(t.text, t.lemma));
  }
  return parts.join(' ');
}

export const textLayer: LayerWriter = {
  name: 'text',
  write(db, docRowId, adoc) {
    const s = statements(db);
    for (const sen of adoc.sentences) s.sentence.run(docRowId, sen.index, sen.start, sen.end, sen.tokenStart, sen.tokenEnd);
    s.text.run(docRowId, adoc.doc.text, adoc.tokens.length ? encodeTokens(adoc.tokens) : null);
    s.fts.run(docRowId, adoc.doc.title ?? '', adoc.doc.text, lemmaStream(adoc));
  },
  delete(db, docRowId) {
    statements(db).ftsDelete.run(docRowId);
  },
  read(db, docRowId, adoc) {
    const rows = db
      .prepare('SELECT idx, start, end, token_start, token_end FROM sentences WHERE doc = ? ORDER BY idx')
      .all(docRowId) as { idx: number; start: number; end: number; token_start: number; token_end: number }[];
    adoc.sentences = rows.map((r) => ({ index: r.idx, start: r.start, end: r.end, tokenStart: r.token_start, tokenEnd: r.token_end }));
    const tok = db.prepare('SELECT tokens FROM document_texts WHERE doc = ?').get(docRowId) as { tokens: string | null } | undefined;
    if (tok?.tokens) {
      const owner: number[] = [];
      for (const s of adoc.sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) owner[i] = s.index;
      adoc.tokens = decodeTokens(tok.tokens, adoc.doc.text, (i) => owner[i] ?? 0);
    }
  },
  stats(db) {
    const r = db.prepare('SELECT COUNT(*) AS n FROM sentences').get() as { n: number };
    return { sentences: r.n };
  },
};
