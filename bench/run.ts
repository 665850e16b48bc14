/**
 * `npm run bench [-- NAME …]`: runs the benchmark scripts (bench/*.bench.ts) in turn, each writing its own section
 * of docs/BENCHMARKS.md. With names, runs only those (e.g. `npm run bench -- ingest`). With more than one, each runs
 * in a process of its own: models and caches another bench left in the heap slowed the pipeline's figures by a third.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './report.js';

const wanted = process.argv.slice(2);
const dir = join(ROOT, 'bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
const names = files.map((f) => f.replace(/\.bench\.ts$/, '')).filter((n) => !wanted.length || wanted.includes(n));
for (const name of wanted) if (!names.includes(name)) console.error(`no bench named ${name} (bench/*.bench.ts: ${files.join(', ')})`);
if (names.length > 1) {
  for (const name of names) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, name], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
  process.exit(failed ? 1 : 0);
}
for (const name of names) {
  const f = `${name}.bench.ts`;
  console.log(`\n=== bench: ${name} ===`);
  try {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    if (typeof mod.default === 'function') await mod.default();
  } catch (e) {
    failed++;
    console.error(`bench ${name} failed:`, e);
  }
}
process.exit(failed ? 1 : 0);
