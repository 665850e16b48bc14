/**
 * Writes analysed documents in one transaction: the document rows and every layer (LAYER_WRITERS). Either the whole
 * batch is stored or none of it, so a killed ingest leaves whole documents only.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../types.js';
import type { Store } from './store.js';
import { LAYER_WRITERS } from './layers.js';

export interface DocumentToWrite {
  adoc: AnalyzedDocument;
  /** Content hash (see src/ingest/contentHash.ts). */
  hash: string;
  /** Where it came from: `file` or `file:line`. */
  origin?: string;
  /** Pipeline stages that ran. */
  stages: readonly string[];
}

export interface WriteResult {
  /** New documents stored. */
  ingested: number;
  /** Documents whose id existed with another text: the old version was replaced. */
  updated: number;
  /** Documents whose text was already stored: skipped. */
  duplicates: number;
  /** Ids of documents stored (new or updated), in order. */
  ids: string[];
}

interface Statements {
  byHash: Database.Statement;
  byId: Database.Statement;
  insert: Database.Statement;
  remove: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      byHash: db.prepare('SELECT rowid FROM documents WHERE hash = ?'),
      byId: db.prepare('SELECT rowid FROM documents WHERE id = ?'),
      insert: db.prepare(`INSERT INTO documents
        (id, hash, date, title, source, url, lang, origin, stages, sentence_count, token_count, ingested_at)
        VALUES (@id, @hash, @date, @title, @source, @url, @lang, @origin, @stages, @sentences, @tokens, @at)`),
      remove: db.prepare('DELETE FROM documents WHERE rowid = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/** True when a document with this content hash is stored (lets ingest skip analysing duplicates). */
export function hasHash(store: Store, hash: string): boolean {
  return statements(store.db).byHash.get(hash) !== undefined;
}

/** Deletes one stored document and all its layers; returns whether it existed. */
export function deleteDocument(store: Store, id: string): boolean {
  const s = statements(store.db);
  return store.db.transaction(() => {
    const row = s.byId.get(id) as { rowid: number } | undefined;
    if (!row) return false;
    for (const w of LAYER_WRITERS) w.delete?.(store.db, row.rowid);
    s.remove.run(row.rowid);
    return true;
  })();
}

/** Stores `docs` in a single transaction. Throws (and stores nothing of the batch) when any write fails. */
export function writeDocuments(store: Store, docs: readonly DocumentToWrite[]): WriteResult {
  const { db } = store;
  const s = statements(db);
  const result: WriteResult = { ingested: 0, updated: 0, duplicates: 0, ids: [] };
  const at = new Date().toISOString();
  db.transaction(() => {
    for (const d of docs) {
      if (s.byHash.get(d.hash)) {
        result.duplicates++;
        continue;
      }
      const doc = d.adoc.doc;
      const old = s.byId.get(doc.id) as { rowid: number } | undefined;
      if (old) {
        for (const w of LAYER_WRITERS) w.delete?.(db, old.rowid);
        s.remove.run(old.rowid);
      }
      const info = s.insert.run({
        id: doc.id,
        hash: d.hash,
        date: doc.date,
        title: doc.title ?? null,
        source: doc.source ?? null,
        url: doc.url ?? null,
        lang: doc.lang,
        origin: d.origin ?? null,
        stages: d.stages.join(','),
        sentences: d.adoc.sentences.length,
        tokens: d.adoc.tokens.length,
        at,
      });
      const rowid = Number(info.lastInsertRowid);
      for (const w of LAYER_WRITERS) w.write(db, rowid, d.adoc);
      if (old) result.updated++;
      else result.ingested++;
      result.ids.push(doc.id);
    }
  })();
  return result;
}
