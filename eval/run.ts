/**
 * `npm run eval [-- NAME …]`: runs the evaluation scripts (eval/*.eval.ts) in turn, each writing its own section of
 * docs/BENCHMARKS.md. Scripts that need ../shared/data skip with a clear message when it is absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../bench/report.js';

const wanted = process.argv.slice(2);
const dir = join(ROOT, 'eval');
const files = readdirSync(dir).filter((f) => f.endsWith('.eval.ts')).sort();
let failed = 0;
for (const f of files) {
  const name = f.replace(/\.eval\.ts$/, '');
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== eval: ${name} ===`);
  try {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    if (typeof mod.default === 'function') await mod.default();
  } catch (e) {
    failed++;
    console.error(`eval ${name} failed:`, e);
  }
}
process.exit(failed ? 1 : 0);
