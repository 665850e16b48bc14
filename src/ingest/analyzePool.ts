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

export interface Analyzer {
  /** Stage names, in order. */
  readonly names: string[];
  /** Number of documents analysed at once. */
  readonly jobs: number;
  analyze(doc: Document): Promise<AnalyzedDocument>;
  close(): Promise<void>;
}

/** Runs the pipeline on the calling thread. */
export function inProcessAnalyzer(pipeline: Pipeline): Analyzer {
  return {
    names: pipeline.names,
    jobs: 1,
    analyze: (doc) => {
      try {
        return Promise.resolve(pipeline.analyze(doc));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    close: () => Promise.resolve(),
  };
}

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
    const worker = new Worker(workerUrl(), { workerData: { stages: stages ? [...stages] : undefined } });
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
