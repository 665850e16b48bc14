/**
 * Full-pipeline speed: the default pipeline (segmentation to quotes) on one core.
 *
 * The figure that counts is taken on fresh text (bench/freshText.ts): distinct documents analysed once, after a
 * warm-up on other distinct documents, in batches as `litopys ingest` runs — what a long ingest of new articles
 * does. The stages' caches per word form and word pair make repeated text several times cheaper than new text, so
 * the older measurement (the gold articles and examples/ analysed again and again) is kept only as the upper bound
 * with every cache hit. Both run in a child node with the flags `litopys` gives its analysing commands
 * (ANALYSIS_NODE_FLAGS, src/runtime.ts), and again in one that is also `--single-threaded` (V8's garbage collector
 * and compiler on the main thread: everything one core does, counted once). Writes the `pipeline` section of
 * docs/BENCHMARKS.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document } from '../src/types.js';
import { IN_PROCESS_BATCH } from '../src/ingest/analyzePool.js';
import { ANALYSIS_NODE_FLAGS } from '../src/runtime.js';
import os from 'node:os';
import { ROOT, buildDist, machineLine, writeSection } from './report.js';
import { freshText } from './freshText.js';

type PipelineModule = typeof import('../src/nlp/pipeline.js');

/**
 * The compiled pipeline in dist/ (what `litopys` runs; the same code through tsx's on-the-fly transform measured about a
 * fifth slower), or the source through tsx when there is no build.
 */
async function loadPipeline(useDist: boolean): Promise<PipelineModule> {
  const dist = join(ROOT, 'dist', 'nlp', 'pipeline.js');
  if (useDist && existsSync(dist)) return (await import(pathToFileURL(dist).href)) as PipelineModule;
  return import('../src/nlp/pipeline.js');
}

function corpus(): Document[] {
  const docs: Document[] = [];
  const gold = join(ROOT, 'eval', 'gold', 'articles');
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as { id: string; date: string; text: string };
    docs.push({ id: g.id, date: g.date, lang: 'uk', text: g.text });
  }
  const ex = join(ROOT, 'examples');
  for (const f of readdirSync(ex).sort()) {
    const text = readFileSync(join(ex, f), 'utf8');
    if (f.endsWith('.jsonl')) {
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id?: string; date?: string; text: string };
        docs.push({ id: r.id ?? `${f}:${docs.length}`, date: r.date ?? null, lang: 'uk', text: r.text });
      }
    } else {
      docs.push({ id: f, date: null, lang: 'uk', text: text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '') });
    }
  }
  return docs;
}

/** CPU time of the main thread alone (Linux: /proc/self/task/PID/stat), ms; null where it cannot be read. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14 and 15 of stat (utime, stime), in clock ticks (USER_HZ, 100 on Linux)
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/**
 * Warm-up rounds before timing. One round leaves most of TurboFan's work to the timed rounds: with 1 warm-up round
 * `node --trace-opt` showed about 4 s of optimising compilation inside a 6 s timed window (two thirds of the CPU
 * counted), with 10 about 0.7 s; a long ingest runs with its code compiled.
 */
const WARM_ROUNDS = 10;
/** Timed rounds. */
const ROUNDS = 15;

interface Measurement {
  tokens: number;
  ms: number;
  cpuMs: number;
  mainCpuMs: number | null;
  loadAndFirstMs: number;
  stageMs: [string, number][];
  names: string[];
  docs: number;
  /** The same rounds through Pipeline.analyzeBatch, BATCH documents at a time (as `litopys ingest` runs). */
  batchTokens: number;
  batchCpuMs: number;
  /** Fresh text (null without ../shared/data): distinct documents, once each, in batches, after a distinct warm-up. */
  fresh: FreshMeasurement | null;
}

interface FreshMeasurement {
  warmTokens: number;
  warmCpuMs: number;
  docs: number;
  tokens: number;
  cpuMs: number;
  wallMs: number;
  /** Wall time per stage on the main thread, over the timed batches. */
  stageMs: [string, number][];
  describe: string;
}

/** Documents per batch in the batch-mode measurement (the in-process ingest's batch). */
const BATCH = IN_PROCESS_BATCH;

function measure({ createPipeline, emptyAnalysis }: PipelineModule): Measurement {
  const pipeline = createPipeline();
  // fresh text first, as a new ingest process meets it: the repeated rounds below would otherwise leave their
  // documents in the caches and their garbage in the heap before the figure that counts is taken
  const fresh = measureFresh(pipeline, emptyAnalysis);
  const docs = corpus();
  const t0 = performance.now();
  for (const d of docs) pipeline.analyze(d); // loads every model, fills the caches
  const loadAndFirstMs = performance.now() - t0;
  for (let r = 1; r < WARM_ROUNDS; r++) for (const d of docs) pipeline.analyze(d);

  const stageMs = new Map<string, number>(pipeline.names.map((n) => [n, 0]));
  let tokens = 0;
  const c1 = process.cpuUsage();
  const m1 = mainThreadCpuMs();
  const t1 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const d of docs) {
      const adoc = emptyAnalysis(d);
      // (wall time per stage only: process.cpuUsage() per stage costs far more than it measures here)
      for (const c of pipeline.components) {
        const s = performance.now();
        c.run(adoc);
        stageMs.set(c.name, stageMs.get(c.name)! + performance.now() - s);
      }
      tokens += adoc.tokens.length;
    }
  }
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(c1);
  const m2 = mainThreadCpuMs();

  // batch mode: every stage over BATCH documents before the next stage (same results, hotter tables)
  for (let i = 0; i < docs.length; i += BATCH) pipeline.analyzeBatch(docs.slice(i, i + BATCH)); // warm this path
  let batchTokens = 0;
  const c2 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < docs.length; i += BATCH) {
      for (const a of pipeline.analyzeBatch(docs.slice(i, i + BATCH))) if (!(a instanceof Error)) batchTokens += a.tokens.length;
    }
  }
  const bcpu = process.cpuUsage(c2);
  return {
    tokens, ms, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: m1 !== null && m2 !== null ? m2 - m1 : null, loadAndFirstMs,
    stageMs: [...stageMs], names: pipeline.names, docs: docs.length,
    batchTokens, batchCpuMs: (bcpu.user + bcpu.system) / 1000,
    fresh,
  };
}

/** The pipeline on fresh text: the warm-up documents, then the timed ones, once each, BATCH at a time, stage by stage. */
function measureFresh(pipeline: ReturnType<PipelineModule['createPipeline']>, emptyAnalysis: PipelineModule['emptyAnalysis']): FreshMeasurement | null {
  const text = freshText();
  if (!text) return null;
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const w0 = cpuNow();
  for (let i = 0; i < text.warm.length; i += BATCH) pipeline.analyzeBatch(text.warm.slice(i, i + BATCH));
  const warmCpuMs = cpuNow() - w0;
  const stageMs = new Map<string, number>(pipeline.names.map((n) => [n, 0]));
  let tokens = 0;
  const c0 = cpuNow();
  const t0 = performance.now();
  for (let i = 0; i < text.timed.length; i += BATCH) {
    // the same as analyzeBatch, with each stage's share timed
    const batch = text.timed.slice(i, i + BATCH).map(emptyAnalysis);
    for (const c of pipeline.components) {
      const s = performance.now();
      for (const adoc of batch) c.run(adoc);
      stageMs.set(c.name, stageMs.get(c.name)! + performance.now() - s);
    }
    for (const adoc of batch) tokens += adoc.tokens.length;
  }
  return {
    warmTokens: text.warmTokens, warmCpuMs, docs: text.timed.length, tokens, cpuMs: cpuNow() - c0,
    wallMs: performance.now() - t0, stageMs: [...stageMs], describe: text.describe,
  };
}

/**
 * The measurement in a child node started as `litopys` starts its analysing commands (ANALYSIS_NODE_FLAGS: the
 * larger young generation, src/runtime.ts), with `--single-threaded` too when asked (null when the child fails).
 */
function inChild(useDist: boolean, singleThread: boolean): Measurement | null {
  const self = fileURLToPath(import.meta.url);
  const flags = [...ANALYSIS_NODE_FLAGS, ...(singleThread ? ['--single-threaded'] : [])];
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', self, '--child', ...(useDist ? ['--dist'] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) {
    console.error(`child (${flags.join(' ')}) failed: ${r.stderr?.slice(-2000)}`);
    return null;
  }
  return JSON.parse(line) as Measurement;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export default async function main(): Promise<void> {
  const useDist = buildDist();
  const m = inChild(useDist, false);
  if (!m) throw new Error('the pipeline measurement failed (see above)');
  const st = inChild(useDist, true);
  const { tokens, ms } = m;
  const perSec = tokens / (ms / 1000);
  const perCpuSec = tokens / (m.cpuMs / 1000);
  const perMainSec = m.mainCpuMs ? tokens / (m.mainCpuMs / 1000) : null;
  const stPerCpuSec = st ? st.tokens / (st.cpuMs / 1000) : null;
  const batchPerCpuSec = m.batchTokens / (m.batchCpuMs / 1000);
  const stBatchPerCpuSec = st ? st.batchTokens / (st.batchCpuMs / 1000) : null;
  const f = m.fresh;
  const sf = st?.fresh ?? null;
  const freshPerCpuSec = f ? f.tokens / (f.cpuMs / 1000) : null;
  const stFreshPerCpuSec = sf ? sf.tokens / (sf.cpuMs / 1000) : null;

  const stageRows = (stages: [string, number][], n: number, total: number, stStages: [string, number][] | undefined, stN: number | undefined): string[] => {
    const rows = ['| stage | ms per 1k tokens | share | tokens/s alone | single-threaded ms per 1k |', '|---|---:|---:|---:|---:|'];
    const stStage = new Map(stStages ?? []);
    for (const [name, t] of stages) {
      const s = stStage.get(name);
      rows.push(`| ${name} | ${((t / n) * 1000).toFixed(2)} | ${((t / total) * 100).toFixed(1)} % | ${fmt(n / (t / 1000))} | ${s !== undefined && stN ? ((s / stN) * 1000).toFixed(2) : '–'} |`);
    }
    return rows;
  };
  const repeatedRows = stageRows(m.stageMs, tokens, ms, st?.stageMs, st?.tokens);
  const freshRows = f ? stageRows(f.stageMs, f.tokens, f.stageMs.reduce((a, [, t]) => a + t, 0), sf?.stageMs, sf?.tokens) : [];

  if (f) {
    console.log(`fresh text (${f.docs} documents, ${f.tokens} tokens, batches of ${BATCH}): ${fmt(freshPerCpuSec!)} tokens per CPU second, all threads; ` +
      `${stFreshPerCpuSec ? fmt(stFreshPerCpuSec) : '?'} with --single-threaded`);
    console.log(freshRows.join('\n'));
  } else console.log('fresh text: not measured (no ../shared/data); the goal cannot be judged from repeated text');
  console.log(`repeated text, ${tokens} tokens in ${(ms / 1000).toFixed(2)} s: ${fmt(perSec)} tokens/s (${fmt(perCpuSec)} per CPU second, all threads; ` +
    `${perMainSec ? fmt(perMainSec) : '?'} per main-thread CPU second; ${stPerCpuSec ? fmt(stPerCpuSec) : '?'} per CPU second with --single-threaded)`);
  console.log(`repeated text, batch mode (${BATCH} documents stage by stage): ${fmt(batchPerCpuSec)} per CPU second, all threads; ${stBatchPerCpuSec ? fmt(stBatchPerCpuSec) : '?'} with --single-threaded`);
  console.log(repeatedRows.join('\n'));

  const goal = f ? Math.min(freshPerCpuSec!, stFreshPerCpuSec ?? freshPerCpuSec!) : null;
  const freshSection = f
    ? `### Fresh text — the figure that counts

${f.describe} (${fmt(f.tokens)} tokens, none of them seen before in this process), after a warm-up on
${fmt(f.warmTokens)} tokens of BRUK train (other documents: a stream's earlier articles; ${fmt(f.warmTokens / (f.warmCpuMs / 1000))} tokens per CPU second
while warming up, model loading included), in batches of ${BATCH} as \`litopys ingest\` runs (bench/freshText.ts; needs ../shared/data).

**${fmt(freshPerCpuSec!)} tokens per CPU second** (all threads of the process counted)${stFreshPerCpuSec ? `; **${fmt(stFreshPerCpuSec)} with \`node --single-threaded\`**` : ''};
${fmt(f.tokens / (f.wallMs / 1000))} tokens/s of wall time.

Goal ≥ 50,000 tokens/s on one core, judged here by the lower of the two — **${goal! >= 50000 ? 'met' : 'not met'}**.
Stage times (wall time on the main thread):

${freshRows.join('\n')}
`
    : `### Fresh text

Not measured: ../shared/data is absent (set LITOPYS_DATA). The goal cannot be judged from the repeated text below.
`;
  writeSection('pipeline', `## Full pipeline speed

\`npm run bench -- pipeline\` (\`bench/pipeline.bench.ts\`) — the default pipeline (${m.names.join(' → ')}${useDist ? '; compiled to dist/ first, as `litopys` runs it' : '; through tsx, the build failed'}),
one process on one core, started with \`${ANALYSIS_NODE_FLAGS.join(' ')}\` as \`litopys ingest\`/\`extract\` start it (src/runtime.ts). ${machineLine()}; 1-minute load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores when this ran.

${freshSection}
### Repeated text — the upper bound with every cache hit

The ${m.docs} gold articles and examples (${fmt(tokens / ROUNDS)} tokens) analysed ${ROUNDS} times after ${WARM_ROUNDS} warm-up
rounds over the same documents (first round: ${(m.loadAndFirstMs / 1000).toFixed(1)} s; models are loaded before, by the fresh-text run when ../shared/data is present). Every word form and pair is
then in the stages' caches, which no stream of new articles achieves, so these figures do not measure the goal
(before the stages were reworked for text not seen before, they were five to ten times the fresh-text ones).

One document at a time: ${fmt(perCpuSec)} tokens per CPU second (all threads)${stPerCpuSec ? `, ${fmt(stPerCpuSec)} with \`--single-threaded\`` : ''}${perMainSec ? `, ${fmt(perMainSec)} per CPU second of the main thread alone` : ''}; ${fmt(perSec)} tokens/s of wall time.
Batches of ${BATCH} (\`Pipeline.analyzeBatch\`): ${fmt(batchPerCpuSec)} tokens per CPU second${stBatchPerCpuSec ? `, ${fmt(stBatchPerCpuSec)} with \`--single-threaded\`` : ''}.

${repeatedRows.join('\n')}`);
}

if (process.argv.includes('--child') && process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(measure(await loadPipeline(process.argv.includes('--dist')))));
}
