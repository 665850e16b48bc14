/**
 * `npm run bench [-- NAME …]`: runs the benchmark scripts (bench/*.bench.ts) in turn, each writing its own section
 * of docs/BENCHMARKS.md. With names, runs only those (e.g. `npm run bench -- ingest`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './report.js';

const wanted = process.argv.slice(2);
const dir = join(ROOT, 'bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '');
  if (wanted.length && !wanted.includes(name)) continue;
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
