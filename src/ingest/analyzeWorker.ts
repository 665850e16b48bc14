/**
 * One analysis worker of an `AnalyzePool`: builds the pipeline named in workerData once (models load here, once per
 * worker), then answers each { id, doc } with { id, adoc } or { id, error }. Analysis is pure per document, so workers
 * share nothing and the main thread keeps the only store connection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isLitopysError } from '../errors.js';
import { createPipeline } from '../nlp/pipeline.js';
import type { Document } from '../types.js';

interface Request {
  id: number;
  doc: Document;
}

const stages = (workerData as { stages?: string[] } | null)?.stages;
const pipeline = createPipeline(stages);
const port = parentPort!;
port.on('message', (m: Request) => {
  try {
    port.postMessage({ id: m.id, adoc: pipeline.analyze(m.doc) });
  } catch (e) {
    const err = e as Error;
    // a coded error (a missing model) keeps its code, so the main thread can stop the job as it would in process
    const coded = isLitopysError(e) ? { code: e.code, location: e.location, hint: e.hint } : {};
    port.postMessage({ id: m.id, error: { message: err.message ?? String(e), ...coded } });
  }
});
port.postMessage({ ready: true, names: pipeline.names });
