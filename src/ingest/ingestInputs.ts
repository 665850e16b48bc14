/**
 * The ingest job: read inputs, analyse each new document with the pipeline, store in batched transactions.
 * Documents already stored (same content hash) are skipped before analysis, so a re-run costs only the reading.
 */
import type { LitopysError } from '../errors.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import { hasHash, writeDocuments, type DocumentToWrite } from '../store/writeDocuments.js';
import { listInputs, readInputFile, type ReadOptions } from './readInputs.js';

export interface IngestOptions extends ReadOptions {
  store: Store;
  pipeline: Pipeline;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Called for every rejected input, as it happens. */
  onError?: (e: LitopysError) => void;
  /** Called after each input item with the running counts and the bytes read so far. */
  onProgress?: (p: IngestProgress) => void;
  /** Called once the inputs are listed, with the total bytes of named files (stdin counts 0). */
  onStart?: (totalBytes: number, files: number) => void;
}

export interface IngestProgress {
  ingested: number;
  updated: number;
  duplicates: number;
  rejected: number;
  bytes: number;
}

export interface IngestSummary extends IngestProgress {
  files: number;
  seconds: number;
  stages: string[];
  db: string;
}

export async function ingestInputs(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const stages = opts.pipeline.names;
  const p: IngestProgress = { ingested: 0, updated: 0, duplicates: 0, rejected: 0, bytes: 0 };
  const { files, errors } = await listInputs(paths);
  opts.onStart?.(files.reduce((s, f) => s + f.size, 0), files.length);
  for (const e of errors) {
    p.rejected++;
    opts.onError?.(e);
  }
  let batch: DocumentToWrite[] = [];
  const pending = new Set<string>();
  const flush = (): void => {
    if (!batch.length) return;
    const r = writeDocuments(opts.store, batch);
    p.ingested += r.ingested;
    p.updated += r.updated;
    p.duplicates += r.duplicates;
    batch = [];
    pending.clear();
  };
  for (const f of files) {
    for await (const item of readInputFile(f, opts)) {
      p.bytes += item.bytes;
      if (item.kind === 'error') {
        p.rejected++;
        opts.onError?.(item.error);
      } else {
        const { doc } = item.parsed;
        const { hash } = item.parsed;
        if (pending.has(hash) || hasHash(opts.store, hash)) {
          p.duplicates++;
        } else {
          pending.add(hash);
          const adoc = opts.pipeline.analyze(doc);
          const origin = item.origin.line !== undefined ? `${item.origin.file}:${item.origin.line}` : item.origin.file;
          batch.push({ adoc, hash, origin, stages });
          if (batch.length >= batchSize) flush();
        }
      }
      opts.onProgress?.(p);
    }
  }
  flush();
  opts.onProgress?.(p);
  return { ...p, files: files.length, seconds: (performance.now() - t0) / 1000, stages, db: opts.store.path };
}
