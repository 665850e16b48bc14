/**
 * Interleaved A/B of full-pipeline speed between two checkouts, for a machine whose load drifts: single runs minutes
 * apart differed by ±25 % on the same code (docs/BENCHMARKS.md), more than most changes being judged.
 *
 *   npx tsx scripts/ab-pipeline.ts /path/to/tree-A /path/to/tree-B [pairs=3]
 *
 * Each run is a fresh child process that loads the default pipeline from that tree's `src/` (through tsx, the same
 * way for both), warms it on the fresh-text warm-up documents and times the fresh-text documents (bench/freshText.ts,
 * which needs ../shared/data) — tokens per CPU second of the process (all threads). Runs alternate A, B, A, B …;
 * the medians are printed. Not part of `npm run bench`, which writes docs/BENCHMARKS.md: this only prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = resolve(import.meta.dirname);

/** One timed run of the pipeline of `tree` (child mode). */
async function child(tree: string): Promise<void> {
  const { freshText } = await import(pathToFileURL(join(HERE, '..', 'bench', 'freshText.ts')).href);
  const { createPipeline } = await import(pathToFileURL(join(tree, 'src', 'nlp', 'pipeline.ts')).href);
  const f = freshText();
  if (!f) process.exit(2);
  const p = createPipeline();
  for (const d of f.warm) p.analyze(d);
  const c0 = process.cpuUsage();
  let n = 0;
  for (const d of f.timed) n += p.analyze(d).tokens.length;
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ tokens: n, perCpuSecond: Math.round(n / ((c.user + c.system) / 1e6)) }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(resolve(args[1]!));
  const [a, b, pairsArg] = args;
  const pairs = Number(pairsArg ?? 3);
  if (!a || !b || !Number.isInteger(pairs) || pairs < 1) {
    console.error('usage: npx tsx scripts/ab-pipeline.ts TREE_A TREE_B [pairs ≥ 1]');
    process.exit(64);
  }
  for (const t of [a, b]) {
    if (!existsSync(join(t, 'src', 'nlp', 'pipeline.ts'))) {
      console.error(`${t}: no src/nlp/pipeline.ts — not a litopys checkout`);
      process.exit(66);
    }
  }
  const runs: Record<string, number[]> = { [a]: [], [b]: [] };
  for (let k = 0; k < pairs; k++) {
    for (const t of [a, b]) {
      const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', t], { encoding: 'utf8' });
      if (r.status === 2) {
        console.error('skipped: the fresh-text corpora (../shared/data or LITOPYS_DATA) are not present');
        process.exit(0);
      }
      const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
      if (r.status !== 0 || !line.startsWith('{')) {
        console.error(`run of ${t} failed (exit ${r.status}):\n${r.stderr}`);
        process.exit(1);
      }
      const v = (JSON.parse(line) as { perCpuSecond: number }).perCpuSecond;
      runs[t]!.push(v);
      console.log(`pair ${k + 1}: ${t} ${v.toLocaleString('en-US')} tokens per CPU second`);
    }
  }
  for (const t of [a, b]) console.log(`median ${t}: ${median(runs[t]!).toLocaleString('en-US')} (${runs[t]!.join(' / ')})`);
}

await main();
