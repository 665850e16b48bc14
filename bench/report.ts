/**
 * Writes one named section of docs/BENCHMARKS.md, between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * markers, leaving every other section as it is. Each bench/eval script owns its sections.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCHMARKS_MD = join(ROOT, 'docs', 'BENCHMARKS.md');

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export function writeSection(name: string, markdown: string, file = BENCHMARKS_MD): void {
  mkdirSync(dirname(file), { recursive: true });
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks and evaluation\n\nEvery figure here is written by a script in the repository; the command that produced it stands above it.\n';
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + close.length);
  else text = text.trimEnd() + '\n\n' + block + '\n';
  writeFileSync(file, text);
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

let distBuilt: boolean | null = null;

/**
 * Compiles src/ to dist/ (once per process), so a bench times the current code as users run it (`bin/litopys.js`
 * runs dist/), not an older build. False when the compiler fails; the caller then times the source through tsx.
 */
export function buildDist(): boolean {
  if (distBuilt !== null) return distBuilt;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) console.error(`build failed, timing the source through tsx instead:\n${r.stdout}${r.stderr}`);
  distBuilt = r.status === 0;
  return distBuilt;
}
