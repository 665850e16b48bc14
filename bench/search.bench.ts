/**
 * Search latency over HTTP: 100,000 generated articles (bench/ingest.bench.ts's generator: sentences of examples/,
 * fixed seed) ingested with `--stages segment` into a fresh SQLite file, `litopys serve` in its own process, and
 * autocannon sending GET /search requests that cycle through a fixed list of queries (common and rare words, lemma
 * matches, phrases, prefixes, date and source filters). Latency is measured per request by autocannon; p50/p95/p99
 * are computed from every response. Writes docs/BENCHMARKS.md section "search".
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { ROOT, machineLine, writeSection } from './report.js';
import { generateCorpus } from './ingest.bench.js';

const DOCS = Number(process.env.BENCH_SEARCH_DOCS ?? 100000);
const SECONDS = Number(process.env.BENCH_SEARCH_SECONDS ?? 20);
const GOAL_P95_MS = 50;

/** The queries each run cycles through (URL parameters of GET /search). */
export const QUERIES: Record<string, string>[] = [
  { q: 'гарантії безпеки' },
  { q: 'безпеки України' },
  { q: 'Україна' },
  { q: 'ППО' },
  { q: 'дронів' },
  { q: 'санкцій' },
  { q: '"гарантії безпеки"' },
  { q: 'оборон*' },
  { q: 'Німеччина допомога' },
  { q: 'полоненими' },
  { q: 'енергетики' },
  { q: 'Варшаві' },
  { q: 'ракетоплан' },
  { q: 'безпеки', from: '2025-06-01', to: '2025-06-30' },
  { q: 'допомоги', source: 'Хроніка' },
  { q: 'Номер матеріалу 4242' },
];

const LAUNCHER = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts')];

function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...LAUNCHER, 'serve', '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LITOPYS_TOKEN: '' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/[^\s/]+)\//.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Run {
  label: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
}

async function measure(url: string, label: string, connections: number, extra: Record<string, string>): Promise<Run> {
  const paths = QUERIES.map((q) => '/search?' + new URLSearchParams({ ...q, ...extra }).toString());
  const times: number[] = [];
  let errors = 0;
  let instance: autocannon.Instance | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({ url, connections, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) errors++;
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return {
    label,
    connections,
    requests: times.length,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    errors: errors + result.errors + result.non2xx,
  };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'litopys-search-bench-'));
  let serve: ChildProcess | null = null;
  try {
    const corpus = join(dir, 'corpus.jsonl');
    let size = 0;
    let ingested = DOCS;
    let ingestSeconds = 0;
    // BENCH_SEARCH_DB: reuse a store built by an earlier run (for tuning; the published figures use a fresh one).
    const db = process.env.BENCH_SEARCH_DB ?? join(dir, 'search.db');
    if (!process.env.BENCH_SEARCH_DB) {
      size = generateCorpus(corpus, DOCS);
      const t0 = performance.now();
      const ing = spawnSync(process.execPath, [...LAUNCHER, 'ingest', corpus, '--db', db, '--stages', 'segment', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (ing.status !== 0) throw new Error(`ingest failed (${ing.status}): ${ing.stderr}`);
      ingested = (JSON.parse(ing.stdout) as { ingested: number }).ingested;
      ingestSeconds = (performance.now() - t0) / 1000;
    }
    const dbMiB = statSync(db).size / 2 ** 20;
    console.log(`${ingested} articles (${(size / 1e6).toFixed(0)} MB) ingested in ${ingestSeconds.toFixed(0)} s; store ${dbMiB.toFixed(0)} MiB`);
    if (process.env.BENCH_SEARCH_DB) {
      console.log('BENCH_SEARCH_DB set: not writing docs/BENCHMARKS.md');
    }
    const s = await startServe(db);
    serve = s.child;
    // Warm-up: loads the lexicon behind query lemmas and the hot pages of the index, and records the hit counts.
    const counts: number[] = [];
    const medians: number[] = [];
    for (const q of QUERIES) {
      const r = (await (await fetch(s.url + '/search?' + new URLSearchParams({ ...q, facets: '1', limit: '1' }).toString())).json()) as { total: number };
      counts.push(r.total);
      // Each query alone, 5 times in a row: the median shows which queries make the tail.
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await (await fetch(s.url + '/search?' + new URLSearchParams(q).toString())).text();
        times.push(performance.now() - t0);
      }
      medians.push(times.sort((a, b) => a - b)[2]);
    }
    const loadBefore = loadavg()[0];
    const runs: Run[] = [];
    runs.push(await measure(s.url, 'GET /search (10 hits with snippets)', 1, {}));
    runs.push(await measure(s.url, 'GET /search&facets=1 (as the web UI asks: + total and facets)', 1, { facets: '1' }));
    runs.push(await measure(s.url, 'GET /search (10 hits with snippets)', 8, {}));
    const loadAfter = loadavg()[0];
    for (const r of runs) console.log(`${r.label}, ${r.connections} conn: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.rps.toFixed(0)} req/s, errors ${r.errors}`);
    const ms = (x: number): string => x.toFixed(1);
    const row = (r: Run): string => `| ${r.label} | ${r.connections} | ${r.requests} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | **${ms(r.p95)}** | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} |`;
    const qrows = QUERIES.map((q, i) => `| \`${Object.entries(q).map(([k, v]) => `${k}=${v}`).join('&')}\` | ${counts[i]} | ${medians[i].toFixed(1)} |`).join('\n');
    const main = runs[0];
    console.log(qrows);
    if (process.env.BENCH_SEARCH_DB) return;
    writeSection(
      'search',
      `## Search latency (HTTP API)

Machine: ${machineLine()}. Store: ${ingested} generated articles (bench/ingest.bench.ts's generator: sentences of
\`examples/\`, 4–12 per article, fixed seed; ${(size / 1e6).toFixed(0)} MB of JSONL) ingested with \`--stages segment\`
into a fresh SQLite file (${dbMiB.toFixed(0)} MiB). \`litopys serve\` runs in its own process; autocannon (in the bench
process, on the same 2 cores) cycles through ${QUERIES.length} queries for ${SECONDS} s per row, after one warm-up pass.
Latency is per request, client-side, from every response. The generated corpus repeats a small vocabulary, so common
words match a large share of the store (up to 60 %); relevance is computed over the 2,000 most recently stored
matches (\`RANK_WINDOW\`, src/store/search.ts), the server memory-maps the store. The machine is
shared: 1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs (2 cores).

Command: \`npm run bench -- search\` (\`bench/search.bench.ts\`; \`BENCH_SEARCH_DOCS\`, \`BENCH_SEARCH_SECONDS\` to vary).
Goal: p95 ≤ ${GOAL_P95_MS} ms for one client — ${main.p95 <= GOAL_P95_MS ? 'met' : 'not met'} (p95 ${main.p95.toFixed(1)} ms).

| request | connections | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${runs.map(row).join('\n')}

Queries, the documents each matches, and its median latency alone (5 requests in a row, before the runs):

| query | matches | median ms |
|---|---:|---:|
${qrows}`,
    );
  } finally {
    serve?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  }
}
