/**
 * Full-pipeline speed: the default pipeline (segmentation to quotes) over the gold articles and examples/, on one
 * core, after warm-up rounds (models and lexicons loaded, memo caches and compiled code as they are in a long
 * ingest). Reports tokens/s overall and the share of each stage, and the same measurement in a child process run
 * with `node --single-threaded` (V8's garbage collector and compiler on the main thread: everything one core does,
 * counted once). Writes the `pipeline` section of docs/BENCHMARKS.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document } from '../src/types.js';
import { IN_PROCESS_BATCH } from '../src/ingest/analyzePool.js';
import os from 'node:os';
import { ROOT, buildDist, machineLine, writeSection } from './report.js';

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
}

/** Documents per batch in the batch-mode measurement (the in-process ingest's batch). */
const BATCH = IN_PROCESS_BATCH;

function measure({ createPipeline, emptyAnalysis }: PipelineModule): Measurement {
  const pipeline = createPipeline();
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
  };
}

/** The same measurement in `node --single-threaded` (null when the child fails). */
function singleThreaded(useDist: boolean): Measurement | null {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--single-threaded', '--import', 'tsx', self, '--child', ...(useDist ? ['--dist'] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) {
    console.error(`single-threaded child failed: ${r.stderr?.slice(-2000)}`);
    return null;
  }
  return JSON.parse(line) as Measurement;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export default async function main(): Promise<void> {
  const useDist = buildDist();
  const m = measure(await loadPipeline(useDist));
  const { tokens, ms } = m;
  const perSec = tokens / (ms / 1000);
  const perCpuSec = tokens / (m.cpuMs / 1000);
  const perMainSec = m.mainCpuMs ? tokens / (m.mainCpuMs / 1000) : null;
  const st = singleThreaded(useDist);
  const stPerCpuSec = st ? st.tokens / (st.cpuMs / 1000) : null;
  const batchPerCpuSec = m.batchTokens / (m.batchCpuMs / 1000);
  const stBatchPerCpuSec = st ? st.batchTokens / (st.batchCpuMs / 1000) : null;
  const rows = ['| stage | ms per 1k tokens | share | tokens/s alone | single-threaded ms per 1k |', '|---|---:|---:|---:|---:|'];
  const stStage = new Map(st?.stageMs ?? []);
  for (const [name, t] of m.stageMs) {
    const s = stStage.get(name);
    rows.push(`| ${name} | ${((t / tokens) * 1000).toFixed(2)} | ${((t / ms) * 100).toFixed(1)} % | ${fmt(tokens / (t / 1000))} | ${s !== undefined && st ? ((s / st.tokens) * 1000).toFixed(2) : '–'} |`);
  }
  console.log(`${tokens} tokens in ${(ms / 1000).toFixed(2)} s: ${fmt(perSec)} tokens/s (${fmt(perCpuSec)} per CPU second, all threads; ` +
    `${perMainSec ? fmt(perMainSec) : '?'} per main-thread CPU second; ${stPerCpuSec ? fmt(stPerCpuSec) : '?'} per CPU second with --single-threaded)`);
  console.log(`batch mode (${BATCH} documents stage by stage): ${fmt(batchPerCpuSec)} per CPU second, all threads; ${stBatchPerCpuSec ? fmt(stBatchPerCpuSec) : '?'} with --single-threaded`);
  console.log(rows.join('\n'));
  writeSection('pipeline', `## Full pipeline speed

\`npm run bench -- pipeline\` — the default pipeline (${m.names.join(' → ')}${useDist ? '; compiled to dist/ first, as `litopys` runs it' : '; through tsx, the build failed'}) on one core over the ${m.docs}
gold articles and examples (${fmt(tokens / ROUNDS)} tokens), ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds (first round, with model
loading: ${(m.loadAndFirstMs / 1000).toFixed(1)} s; the warm-up lets V8 finish optimising the code, as in a long ingest). ${machineLine()}.

**${fmt(perCpuSec)} tokens per CPU second** — the one-core figure: every thread of the process is counted (V8's
garbage collector and compiler run beside the main thread; pinned to one core with \`taskset -c 0\` the throughput is
about the same). ${stPerCpuSec ? `**${fmt(stPerCpuSec)} tokens per CPU second with \`node --single-threaded\`** (the same work with the
collector and compiler on the main thread, no helper threads: what one core does when nothing runs in parallel). ` : ''}${perMainSec ? `${fmt(perMainSec)} tokens per CPU second of the
main thread alone (helper threads not counted). ` : ''}${fmt(perSec)} tokens/s of wall time when the helper threads may use a
second core.

**Batch mode** (\`Pipeline.analyzeBatch\`, ${BATCH} documents at a time, each stage over all of them before the next — how
\`litopys ingest\` runs; the output is identical, tested): **${fmt(batchPerCpuSec)} tokens per CPU second** (all threads)${stBatchPerCpuSec ? `,
${fmt(stBatchPerCpuSec)} with \`--single-threaded\`` : ''}.

Goal ≥ 50,000 tokens/s on one core, judged on batch mode (how ingest runs) by the lower of the all-threads and
\`--single-threaded\` figures — ${Math.min(batchPerCpuSec, stBatchPerCpuSec ?? batchPerCpuSec) >= 50000 ? 'met' : 'not met'}. The stage times below are wall
time on the main thread. The machine is shared (1-minute load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores when this ran), which slows every stage.

${rows.join('\n')}`);
}

if (process.argv.includes('--child') && process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(measure(await loadPipeline(process.argv.includes('--dist')))));
}
