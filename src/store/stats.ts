/** Counts for `litopys stats`: documents, date range, sources, layer counts, file size. */
import { statSync } from 'node:fs';
import type { Store } from './store.js';
import { LAYER_WRITERS } from './layers.js';

export interface StoreStats {
  path: string;
  bytes: number;
  documents: number;
  tokens: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  sources: { source: string; documents: number }[];
  /** Counts reported by each layer writer (sentences, entities, events …). */
  layers: Record<string, number>;
  schemaVersion: number;
}

function fileSize(p: string): number {
  let total = 0;
  for (const f of [p, p + '-wal']) {
    try {
      total += statSync(f).size;
    } catch {
      /* absent */
    }
  }
  return total;
}

export function storeStats(store: Store): StoreStats {
  const { db } = store;
  const d = db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(token_count), 0) AS tokens, MIN(date) AS first, MAX(date) AS last,
      SUM(date IS NULL) AS undated FROM documents`).get() as { n: number; tokens: number; first: string | null; last: string | null; undated: number | null };
  const sources = db
    .prepare('SELECT source, COUNT(*) AS documents FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY documents DESC, source LIMIT 50')
    .all() as { source: string; documents: number }[];
  const layers: Record<string, number> = {};
  for (const w of LAYER_WRITERS) Object.assign(layers, w.stats?.(db) ?? {});
  const v = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return {
    path: store.path,
    bytes: fileSize(store.path),
    documents: d.n,
    tokens: d.tokens,
    firstDate: d.first,
    lastDate: d.last,
    undated: d.undated ?? 0,
    sources,
    layers,
    schemaVersion: v.v ?? 0,
  };
}
