/** Loads a stored document with every stored layer (for `show` and the API). */
import type { AnalyzedDocument, Document } from '../types.js';
import { emptyAnalysis } from '../nlp/pipeline.js';
import type { Store } from './store.js';
import { LAYER_WRITERS } from './layers.js';

export interface StoredDocumentInfo {
  rowid: number;
  hash: string;
  origin: string | null;
  stages: string[];
  ingestedAt: string;
}

interface DocumentRow {
  rowid: number;
  id: string;
  hash: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  lang: string;
  text: string;
  origin: string | null;
  stages: string;
  ingested_at: string;
}

export function rowToDocument(r: Pick<DocumentRow, 'id' | 'date' | 'title' | 'source' | 'url' | 'lang' | 'text'>): Document {
  return {
    id: r.id,
    date: r.date,
    lang: r.lang,
    text: r.text,
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.source !== null ? { source: r.source } : {}),
    ...(r.url !== null ? { url: r.url } : {}),
  };
}

/** The stored document `id` with its layers, or null when there is none. */
export function loadDocument(store: Store, id: string): { adoc: AnalyzedDocument; info: StoredDocumentInfo } | null {
  const r = store.db.prepare('SELECT d.rowid AS rowid, d.*, t.text FROM documents d JOIN document_texts t ON t.doc = d.rowid WHERE d.id = ?').get(id) as DocumentRow | undefined;
  if (!r) return null;
  const adoc = emptyAnalysis(rowToDocument(r));
  for (const w of LAYER_WRITERS) w.read?.(store.db, r.rowid, adoc);
  return {
    adoc,
    info: { rowid: r.rowid, hash: r.hash, origin: r.origin, stages: r.stages ? r.stages.split(',') : [], ingestedAt: r.ingested_at },
  };
}
