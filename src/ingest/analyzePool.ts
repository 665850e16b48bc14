/**
 * Document analysis for ingest, in process or on a pool of worker threads. The pipeline is pure per document, so
 * `--jobs N` runs N copies of it (each loads its own models: ~0.4 GB and a few seconds per worker) while the main
 * thread reads inputs and writes the store. Results come back in submission order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LitopysError, type ErrorCode, type ErrorLocation } from '../errors.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { AnalyzedDocument, Document } from '../types.js';
import { ANALYSIS_YOUNG_GENERATION_MB } from '../runtime.js';

export interface Analyzer {
  /** Stage names, in order. */
  readonly names: string[];
  /** Number of documents analysed at once (threads). */
  readonly jobs: number;
  /** How many documents the caller should keep submitted before waiting for the oldest (keeps batches full). */
  readonly window: number;
  analyze(doc: Document): Promise<AnalyzedDocument>;
  close(): Promise<void>;
}

/** Documents the in-process analyzer runs stage by stage together (`Pipeline.analyzeBatch`). */
export const IN_PROCESS_BATCH = 16;

interface Queued {
  doc: Document;
  resolve: (a: AnalyzedDocument) => void;
  reject: (e: Error) => void;
}

/**
 * Collects submitted documents and analyses them in batches, stage by stage: a full batch runs at once, a partial
 * one as soon as the caller yields to the event loop (so nothing waits for a batch that never fills).
 */
export function batchingRunner(pipeline: Pipeline, batch: number): (doc: Document) => Promise<AnalyzedDocument> {
  let pending: Queued[] = [];
  let scheduled = false;
  const run = (): void => {
    scheduled = false;
    const take = pending;
    pending = [];
    if (!take.length) return;
    let results: Array<AnalyzedDocument | Error>;
    try {
      results = pipeline.analyzeBatch(take.map((q) => q.doc));
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      for (const q of take) q.reject(err);
      return;
    }
    take.forEach((q, i) => {
      const r = results[i]!;
      if (r instanceof Error) q.reject(r);
      else q.resolve(r);
    });
  };
  return (doc) =>
    new Promise<AnalyzedDocument>((resolve, reject) => {
      pending.push({ doc, resolve, reject });
      if (pending.length >= batch) run();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(run);
      }
    });
}

/** Runs the pipeline on the calling thread, `batch` documents at a time stage by stage (1 = one document at a time). */
export function inProcessAnalyzer(pipeline: Pipeline, batch = IN_PROCESS_BATCH): Analyzer {
  const size = Math.max(1, Math.floor(batch));
  return {
    names: pipeline.names,
    jobs: 1,
    window: size,
    analyze: batchingRunner(pipeline, size),
    close: () => Promise.resolve(),
  };
}

/** Documents a worker analyses stage by stage together (what has arrived when it gets to run). */
export const WORKER_BATCH = 8;

/** `--jobs 0` means one worker per available core. */
export function resolveJobs(jobs: number): number {
  return jobs > 0 ? jobs : Math.max(1, availableParallelism());
}

interface Pending {
  resolve: (a: AnalyzedDocument) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

interface ErrorReply {
  message: string;
  code?: ErrorCode;
  location?: ErrorLocation;
  hint?: string;
}

type Reply = { id: number; adoc?: AnalyzedDocument; error?: ErrorReply } | { ready: true; names: string[] };

/** The worker entry: the compiled .js next to this file, or the .ts source when running under tsx. */
function workerUrl(): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? './analyzeWorker.dev.mjs' : './analyzeWorker.js', self);
}

/**
 * Starts `jobs` workers, each with the pipeline of `stages` (default stages when undefined), and waits until all
 * have loaded their models. A worker that dies fails only the documents it held and is replaced.
 */
export async function createAnalyzePool(stages: readonly string[] | undefined, jobs: number, names: string[]): Promise<Analyzer> {
  const n = resolveJobs(jobs);
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const spawn = (): { slot: Slot; ready: Promise<void> } => {
    // (the young generation an analysing process gets: src/runtime.ts)
    const worker = new Worker(workerUrl(), {
      workerData: { stages: stages ? [...stages] : undefined },
      resourceLimits: { maxYoungGenerationSizeMb: ANALYSIS_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, inFlight: new Map() };
    let settleReady!: { resolve: () => void; reject: (e: Error) => void };
    const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
    worker.on('message', (m: Reply) => {
      if ('ready' in m) return settleReady.resolve();
      const p = slot.inFlight.get(m.id);
      if (!p) return;
      slot.inFlight.delete(m.id);
      if (m.error) {
        const { message, code, location, hint } = m.error;
        p.reject(code ? new LitopysError(code, message, location, hint) : new Error(message));
      }
      else p.resolve(m.adoc!);
    });
    const fail = (e: Error): void => {
      settleReady.reject(e);
      for (const p of slot.inFlight.values()) p.reject(e);
      slot.inFlight.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn().slot; // keep the pool at full strength
    };
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`analysis worker exited with code ${code}`));
    });
    return { slot, ready };
  };

  const started = Array.from({ length: n }, () => spawn());
  for (const s of started) slots.push(s.slot);
  try {
    await Promise.all(started.map((s) => s.ready));
  } catch (e) {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw new LitopysError('MODEL_CORRUPT', `analysis workers could not start: ${(e as Error).message}`, {}, 'try without --jobs');
  }

  return {
    names,
    jobs: n,
    // enough in flight that each worker finds a batch waiting when it finishes one
    window: n * WORKER_BATCH * 2,
    analyze(doc: Document): Promise<AnalyzedDocument> {
      // the least busy worker takes the document
      let best = slots[0]!;
      for (const s of slots) if (s.inFlight.size < best.inFlight.size) best = s;
      const id = nextId++;
      return new Promise<AnalyzedDocument>((resolve, reject) => {
        best.inFlight.set(id, { resolve, reject });
        best.worker.postMessage({ id, doc });
      });
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
