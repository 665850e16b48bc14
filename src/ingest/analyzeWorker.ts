/**
 * One analysis worker of an `AnalyzePool`: builds the pipeline named in workerData once (models load here, once per
 * worker), then answers each { id, doc } with { id, adoc } or { id, error }. Analysis is pure per document, so workers
 * share nothing and the main thread keeps the only store connection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isLitopysError } from '../errors.js';
import { createPipeline } from '../nlp/pipeline.js';
import type { Document } from '../types.js';
import { batchingRunner, WORKER_BATCH } from './analyzePool.js';

interface Request {
  id: number;
  doc: Document;
}

const stages = (workerData as { stages?: string[] } | null)?.stages;
const pipeline = createPipeline(stages);
const port = parentPort!;

function errorReply(e: unknown): { message: string; code?: string; location?: unknown; hint?: string } {
  const err = e as Error;
  // a coded error (a missing model) keeps its code, so the main thread can stop the job as it would in process
  const coded = isLitopysError(e) ? { code: e.code, location: e.location, hint: e.hint } : {};
  return { message: err?.message ?? String(e), ...coded };
}

// Requests that arrive together are analysed together, stage by stage (Pipeline.analyzeBatch): the same results as
// one at a time, with each stage's tables hot across the batch.
const analyze = batchingRunner(pipeline, WORKER_BATCH);
port.on('message', (m: Request) => {
  analyze(m.doc).then(
    (adoc) => port.postMessage({ id: m.id, adoc }),
    (e: unknown) => port.postMessage({ id: m.id, error: errorReply(e) }),
  );
});
port.postMessage({ ready: true, names: pipeline.names });
