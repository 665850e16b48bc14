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
  rssMiB: number;
  heapMiB: number;
  coldWords: number;
  coldPerSec: number;
  warmLookups: number;
  warmPerSec: number;
  tagTokens: number;
  tagColdPerSec: number;
  tagWarmPerSec: number;
  corpus: string;
}

async function child(): Promise<void> {
  const { loadLexicon } = await import('../src/nlp/morph/lexicon.js');
  const t0 = performance.now();
  const lex = loadLexicon();
  const loadMs = performance.now() - t0;
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
  // first: every form of the corpus is analysed for the first time here (cold lexicon memo and candidate cache)
  const tagger = new Tagger(lex, new PerceptronScorer(readTaggerModel()));
  let t = performance.now();
  for (const s of sentences) tagger.tagForms(s);
  const tagColdMs = performance.now() - t;
  t = performance.now();
  for (const s of sentences) tagger.tagForms(s);
  const tagWarmMs = performance.now() - t;
  // cold lookups: distinct forms never analysed before in this process (stems + generated forms of the dictionary)
  const distinct: string[] = [];
  const { dictionaryDir } = await import('../src/nlp/morph/hunspell.js');
  const dic = readFileSync(join(dictionaryDir(), 'index.dic'), 'utf8').split('\n');
  for (let i = 1; i < dic.length && distinct.length < 200_000; i += 2) {
    const w = dic[i].split('/')[0];
    if (w) distinct.push(w.endsWith('а') ? w.slice(0, -1) + 'и' : w + 'ами');
  }
  t = performance.now();
  let n = 0;
  for (const w of distinct) n += lex.analyze(w).length;
  const coldMs = performance.now() - t;
  // warm lookups: running text, repeated
  const running = sentences.flat();
  const reps = Math.max(1, Math.ceil(2_000_000 / running.length));
  t = performance.now();
  for (let r = 0; r < reps; r++) for (const w of running) n += lex.analyze(w).length;
  const warmMs = performance.now() - t;
  const result: ChildResult = {
    loadMs,
    rssMiB: mem.rss / 2 ** 20,
    heapMiB: mem.heapUsed / 2 ** 20,
    coldWords: distinct.length,
    coldPerSec: distinct.length / (coldMs / 1000),
    warmLookups: reps * running.length,
    warmPerSec: (reps * running.length) / (warmMs / 1000),
    tagTokens: running.length,
    tagColdPerSec: running.length / (tagColdMs / 1000),
    tagWarmPerSec: running.length / (tagWarmMs / 1000),
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
    'Command: `npm run bench -- morph` (measured in a fresh child process).',
    '',
    'There is no separate lexicon build: the hunspell stems (dictionary-uk) are indexed at load and forms are analysed by',
    'reverse affix stripping, so no 3.4M-form table is expanded or cached. Goals: build ≤ 60 s, load ≤ 1 s, ≥ 1M lookups/s,',
    '≤ 300 MB; lexicon + tagger ≥ 100k tokens/s.',
    '',
    '| measure | value |',
    '|---|---:|',
    `| lexicon load (hunspell + models/uk-morph.json.gz, ${size('uk-morph.json.gz')} MiB) | ${k(res.loadMs)} ms |`,
    `| RSS after load | ${k(res.rssMiB)} MiB (JS heap ${k(res.heapMiB)} MiB) |`,
    `| lookups/s, cold (${k(res.coldWords)} distinct unseen forms) | ${k(res.coldPerSec)} |`,
    `| lookups/s, running text (${res.corpus}, ${k(res.warmLookups)} lookups, memoised) | ${k(res.warmPerSec)} |`,
    `| tagger tokens/s, first pass (${res.corpus}, ${k(res.tagTokens)} tokens, cold candidate cache) | ${k(res.tagColdPerSec)} |`,
    `| tagger tokens/s, second pass | ${k(res.tagWarmPerSec)} |`,
    `| tagger model size (models/uk-tagger.json.gz) | ${size('uk-tagger.json.gz')} MiB |`,
  ].join('\n'));
}

if (process.env.MORPH_BENCH_CHILD) await child();
