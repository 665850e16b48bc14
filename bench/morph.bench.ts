/**
 * Morphology speed and size: lexicon load time and memory (in a fresh child process), lookups/s over distinct
 * dictionary-like words (cold: every word analysed for the first time) and over running text (warm memo), and
 * lexicon + tagger tokens/s on one core. Writes the `morph` section of docs/BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, machineLine, writeSection } from './report.js';
import { dataPath } from '../eval/data.js';

interface ChildResult {
  loadMs: number;
  loadCpuMs: number;
  rssMiB: number;
  heapMiB: number;
  taggerLoadMs: number;
  taggerRssMiB: number;
  coldWords: number;
  coldPerSec: number;
  coldPerCpuSec: number;
  warmLookups: number;
  warmPerSec: number;
  warmPerCpuSec: number;
  tagTokens: number;
  tagColdPerSec: number;
  tagColdPerCpuSec: number;
  tagWarmPerSec: number;
  tagWarmPerCpuSec: number;
  corpus: string;
}

/** Wall and CPU (user + system, this process) milliseconds of fn. */
function timed(fn: () => void): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function child(): Promise<void> {
  const { loadLexicon } = await import('../src/nlp/morph/lexicon.js');
  let lex!: ReturnType<typeof loadLexicon>;
  const load = timed(() => {
    lex = loadLexicon();
  });
  const mem = process.memoryUsage();
  // sentences to tag: BRUK dev when present (real tokenisation), else the examples segmented
  const sentences: string[][] = [];
  let corpus = '';
  const bruk = process.env.MORPH_BENCH_BRUK;
  if (bruk) {
    const { readBruk } = await import('../src/nlp/tag/corpus.js');
    for (const s of readBruk(bruk)) sentences.push(s.map((t) => t.form));
    corpus = 'BRUK dev';
  } else {
    const { segment } = await import('../src/nlp/segment/segmenter.js');
    for (const f of readdirSync(join(ROOT, 'examples')).sort()) {
      const text = readFileSync(join(ROOT, 'examples', f), 'utf8');
      const { tokens, sentences: ss } = segment(text);
      for (const s of ss) sentences.push(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
    }
    corpus = 'examples/';
  }
  const { Tagger, readTaggerModel } = await import('../src/nlp/tag/tagger.js');
  const { PerceptronScorer } = await import('../src/nlp/tag/perceptron.js');
  let tagger!: InstanceType<typeof Tagger>;
  const taggerLoad = timed(() => {
    tagger = new Tagger(lex, new PerceptronScorer(readTaggerModel()));
  });
  const taggerRss = process.memoryUsage().rss;
  // first pass: every form of the corpus is analysed for the first time here (cold lexicon memo and tagger caches)
  const tagCold = timed(() => {
    for (const s of sentences) tagger.tagForms(s);
  });
  // warm passes (median of three)
  const warm = [0, 1, 2].map(() =>
    timed(() => {
      for (const s of sentences) tagger.tagForms(s);
    }),
  );
  // cold lookups: distinct forms never analysed before in this process (stems + generated forms of the dictionary)
  const distinct: string[] = [];
  const { dictionaryDir } = await import('../src/nlp/morph/hunspell.js');
  const dic = readFileSync(join(dictionaryDir(), 'index.dic'), 'utf8').split('\n');
  for (let i = 1; i < dic.length && distinct.length < 200_000; i += 2) {
    const w = dic[i].split('/')[0];
    if (w) distinct.push(w.endsWith('а') ? w.slice(0, -1) + 'и' : w + 'ами');
  }
  let n = 0;
  const cold = timed(() => {
    for (const w of distinct) n += lex.analyze(w).length;
  });
  // warm lookups: running text, repeated
  const running = sentences.flat();
  const reps = Math.max(1, Math.ceil(2_000_000 / running.length));
  const memo = timed(() => {
    for (let r = 0; r < reps; r++) for (const w of running) n += lex.analyze(w).length;
  });
  const perSec = (count: number, ms: number): number => count / (ms / 1000);
  const result: ChildResult = {
    loadMs: load.ms,
    loadCpuMs: load.cpuMs,
    rssMiB: mem.rss / 2 ** 20,
    heapMiB: mem.heapUsed / 2 ** 20,
    taggerLoadMs: taggerLoad.ms,
    taggerRssMiB: taggerRss / 2 ** 20,
    coldWords: distinct.length,
    coldPerSec: perSec(distinct.length, cold.ms),
    coldPerCpuSec: perSec(distinct.length, cold.cpuMs),
    warmLookups: reps * running.length,
    warmPerSec: perSec(reps * running.length, memo.ms),
    warmPerCpuSec: perSec(reps * running.length, memo.cpuMs),
    tagTokens: running.length,
    tagColdPerSec: perSec(running.length, tagCold.ms),
    tagColdPerCpuSec: perSec(running.length, tagCold.cpuMs),
    tagWarmPerSec: perSec(running.length, median(warm.map((x) => x.ms))),
    tagWarmPerCpuSec: perSec(running.length, median(warm.map((x) => x.cpuMs))),
    corpus,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  if (n < 0) console.log(n);
}

export default function run(): void {
  const bruk = dataPath('bruk/dev.tsv', 'BRUK dev as the tagging-speed corpus (using examples/ instead)');
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
    cwd: ROOT,
    env: { ...process.env, MORPH_BENCH_CHILD: '1', ...(bruk ? { MORPH_BENCH_BRUK: bruk } : {}) },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`morph bench child failed: ${r.stderr}`);
  const res = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
  console.log(res);
  const size = (f: string): string => (statSync(join(ROOT, 'models', f)).size / 2 ** 20).toFixed(1);
  const k = (x: number): string => Math.round(x).toLocaleString('en-US');
  writeSection('morph', [
    '## Morphology and tagging speed',
    '',
    `Machine: ${machineLine()}. One core, one process.`,
    '',
    'Command: `npm run bench -- morph` (measured in a fresh child process). Throughput is given per wall-clock second',
    'and per CPU second of the process (user + system; less sensitive to other work on a shared machine).',
    '',
    'There is no separate lexicon build: the hunspell stems (dictionary-uk) are indexed at load (a hash table over the',
    'dictionary text) and forms are analysed by reverse affix stripping, so no 3.4M-form table is expanded or cached.',
    'Goals: build ≤ 60 s, load ≤ 1 s, ≥ 1M lookups/s, ≤ 300 MB; lexicon + tagger ≥ 100k tokens/s.',
    '',
    '| measure | wall | CPU |',
    '|---|---:|---:|',
    `| lexicon load (hunspell + models/uk-morph.json.gz, ${size('uk-morph.json.gz')} MiB) | ${k(res.loadMs)} ms | ${k(res.loadCpuMs)} ms |`,
    `| RSS after lexicon load | ${k(res.rssMiB)} MiB (JS heap ${k(res.heapMiB)} MiB) | |`,
    `| tagger model load (models/uk-tagger.json.gz, ${size('uk-tagger.json.gz')} MiB); RSS after | ${k(res.taggerLoadMs)} ms; ${k(res.taggerRssMiB)} MiB | |`,
    `| lookups/s, cold (${k(res.coldWords)} distinct unseen forms) | ${k(res.coldPerSec)} | ${k(res.coldPerCpuSec)} |`,
    `| lookups/s, running text (${res.corpus}, ${k(res.warmLookups)} lookups, memoised) | ${k(res.warmPerSec)} | ${k(res.warmPerCpuSec)} |`,
    `| tagger tokens/s, first pass (${res.corpus}, ${k(res.tagTokens)} tokens, every form unseen: cold lexicon and tagger caches) | ${k(res.tagColdPerSec)} | ${k(res.tagColdPerCpuSec)} |`,
    `| tagger tokens/s, warm (median of three further passes) | ${k(res.tagWarmPerSec)} | ${k(res.tagWarmPerCpuSec)} |`,
  ].join('\n'));
}

if (process.env.MORPH_BENCH_CHILD) await child();
