/**
 * The ingest job: read inputs, analyse each new document with the pipeline, store in batched transactions.
 * Documents already stored (same content hash) are skipped before analysis, so a re-run costs only the reading.
 */
import { isLitopysError, LitopysError } from '../errors.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import type { AnalyzedDocument } from '../types.js';
import { hasHash, writeDocuments, type DocumentToWrite } from '../store/writeDocuments.js';
import { createAnalyzePool, inProcessAnalyzer, type Analyzer } from './analyzePool.js';
import { listInputs, readInputFile, type ReadOptions } from './readInputs.js';

export interface IngestOptions extends ReadOptions {
  store: Store;
  pipeline: Pipeline;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Analysis workers: 1 (default) analyses on this thread; N > 1 starts N worker threads; 0 = one per core. */
  jobs?: number;
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
  jobs: number;
}

interface Queued {
  result: Promise<AnalyzedDocument>;
  hash: string;
  origin: string;
  file?: string;
  line?: number;
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
  const jobs = opts.jobs ?? 1;
  const analyzer: Analyzer = jobs === 1 ? inProcessAnalyzer(opts.pipeline) : await createAnalyzePool(stages, jobs, stages);
  // documents in analysis, oldest first: results are stored in input order whatever order workers finish in
  const queue: Queued[] = [];
  const window = analyzer.window;
  let batch: DocumentToWrite[] = [];
  /** Hashes analysed or being analysed but not yet written: a repeat inside one run is a duplicate. */
  const pending = new Set<string>();
  const flush = (): void => {
    if (!batch.length) return;
    const r = writeDocuments(opts.store, batch);
    p.ingested += r.ingested;
    p.updated += r.updated;
    p.duplicates += r.duplicates;
    for (const d of batch) pending.delete(d.hash);
    batch = [];
  };
  const settleOldest = async (): Promise<void> => {
    const q = queue.shift()!;
    try {
      batch.push({ adoc: await q.result, hash: q.hash, origin: q.origin, stages });
      if (batch.length >= batchSize) flush();
    } catch (e) {
      // a missing or unreadable model fails every document alike: stop the job with that error (written batches stay)
      if (isLitopysError(e) && (e.code === 'MODEL_MISSING' || e.code === 'MODEL_CORRUPT')) throw e;
      // one document the pipeline cannot analyse is reported with its place; the rest go on
      pending.delete(q.hash);
      p.rejected++;
      opts.onError?.(
        new LitopysError('ANALYSIS_FAILED', `analysis failed: ${(e as Error).message}`, { file: q.file, line: q.line }, 'please report this document with the message'),
      );
    }
    opts.onProgress?.(p);
  };
  try {
    for (const f of files) {
      for await (const item of readInputFile(f, opts)) {
        p.bytes += item.bytes;
        if (item.kind === 'error') {
          p.rejected++;
          opts.onError?.(item.error);
        } else {
          const { doc, hash } = item.parsed;
          if (pending.has(hash) || hasHash(opts.store, hash)) {
            p.duplicates++;
          } else {
            pending.add(hash);
            const origin: string = item.origin.line !== undefined ? `${item.origin.file}:${item.origin.line}` : (item.origin.file ?? '-');
            const result = analyzer.analyze(doc);
            // a failure is dealt with when its turn comes (settleOldest); until then it is not an unhandled rejection
            result.catch(() => undefined);
            queue.push({ result, hash, origin, file: item.origin.file, line: item.origin.line });
            while (queue.length >= window) await settleOldest();
          }
        }
        opts.onProgress?.(p);
      }
    }
    while (queue.length) await settleOldest();
    flush();
  } finally {
    // whatever happens, no worker outlives the job (an unwritten batch is redone by an idempotent re-run)
    await Promise.allSettled(queue.map((q) => q.result));
    await analyzer.close();
  }
  opts.onProgress?.(p);
  return { ...p, files: files.length, seconds: (performance.now() - t0) / 1000, stages, db: opts.store.path, jobs: analyzer.jobs };
}
