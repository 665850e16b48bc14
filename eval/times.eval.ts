/**
 * `npm run eval -- times`: runs the real default pipeline on every gold article (eval/gold/articles/*.json, text +
 * date) and on the founding article (text from ../shared/seed, gold times in eval/gold/seed.json), and scores the
 * `time` stage.
 *
 * - Span: a predicted expression matches a gold one when its text is exactly the gold text (one-to-one); P/R/F1.
 *   A lenient variant counts overlapping spans.
 * - Value: on exact-span matches, the resolved interval {start, end} equals the gold interval.
 * - Strict: a prediction counts only when span and value are both right; P/R/F1.
 * Writes the `times` section of docs/BENCHMARKS.md. With `--verbose`, prints every miss.
 */
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument } from '../src/types.js';
import { machineLine, writeSection } from '../bench/report.js';
import { loadGoldArticles, loadHeldout, loadSeed, occurrences, type GoldTime } from './gold/load.js';

export interface TimeScores {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
  value: number;
  misses: string[];
}

function empty(): TimeScores {
  return { gold: 0, pred: 0, exact: 0, overlap: 0, value: 0, misses: [] };
}

export function scoreTimes(id: string, text: string, adoc: AnalyzedDocument, gold: GoldTime[], s: TimeScores): void {
  s.gold += gold.length;
  s.pred += adoc.times.length;
  const usedExact = new Set<number>();
  const usedOverlap = new Set<number>();
  for (const g of gold) {
    const k = adoc.times.findIndex((t, i) => !usedExact.has(i) && t.text === g.text);
    const spans = occurrences(text, g.text);
    const o = adoc.times.findIndex((t, i) => !usedOverlap.has(i) && spans.some(([a, b]) => t.start < b && a < t.end));
    if (o >= 0) {
      usedOverlap.add(o);
      s.overlap++;
    }
    if (k < 0) {
      s.misses.push(`${id} missed "${g.text}" ${g.value.start}..${g.value.end}` + (o >= 0 ? ` (found "${adoc.times[o].text}")` : ''));
      continue;
    }
    usedExact.add(k);
    s.exact++;
    const v = adoc.times[k].value;
    if (v && v.start === g.value.start && v.end === g.value.end) s.value++;
    else s.misses.push(`${id} "${g.text}" resolved ${v ? `${v.start}..${v.end}` : 'null'}, gold ${g.value.start}..${g.value.end}`);
  }
  adoc.times.forEach((t, i) => {
    if (!usedExact.has(i)) s.misses.push(`${id} spurious "${t.text}" ${t.value ? `${t.value.start}..${t.value.end}` : 'null'}`);
  });
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
function prf(tp: number, gold: number, pred: number): [number, number, number] {
  const p = tp / pred;
  const r = tp / gold;
  return [p, r, (2 * p * r) / (p + r)];
}

function row(label: string, s: TimeScores): string {
  const [p, r, f] = prf(s.exact, s.gold, s.pred);
  const [, , lf] = prf(s.overlap, s.gold, s.pred);
  const [sp, sr, sf] = prf(s.value, s.gold, s.pred);
  return `| ${label} | ${s.gold} | ${s.pred} | ${f3(p)} | ${f3(r)} | ${f3(f)} | ${f3(lf)} | **${f3(s.value / s.exact)}** | ${f3(sp)} | ${f3(sr)} | **${f3(sf)}** |`;
}

export default async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const pipeline = createPipeline();
  const articles = loadGoldArticles();
  const s = empty();
  for (const a of articles) {
    const adoc = pipeline.analyze({ id: a.id, date: a.date, lang: 'uk', text: a.text });
    scoreTimes(a.id, a.text, adoc, a.times, s);
  }
  const [, , f] = prf(s.exact, s.gold, s.pred);
  const [, , sf] = prf(s.value, s.gold, s.pred);
  console.log(`gold articles: span F1 ${f3(f)}, value accuracy ${f3(s.value / s.exact)}, span+value F1 ${f3(sf)}`);
  const heldout = loadHeldout();
  const hs = empty();
  for (const a of heldout) {
    const adoc = pipeline.analyze({ id: a.id, date: a.date, lang: 'uk', text: a.text });
    scoreTimes(a.id, a.text, adoc, a.times, hs);
  }
  const [, , hf] = prf(hs.exact, hs.gold, hs.pred);
  const [, , hsf] = prf(hs.value, hs.gold, hs.pred);
  console.log(`held-out articles: span F1 ${f3(hf)}, value accuracy ${f3(hs.value / hs.exact)}, span+value F1 ${f3(hsf)}`);
  let seedRow = '';
  let seedNote = 'Founding article: skipped (../shared/seed not present).';
  const seed = loadSeed();
  const ss = empty();
  if (seed && seed.gold.times) {
    const adoc = pipeline.analyze({ id: 'seed', date: seed.date, lang: 'uk', text: seed.text });
    scoreTimes('seed', seed.text, adoc, seed.gold.times, ss);
    const [, , f2] = prf(ss.exact, ss.gold, ss.pred);
    const [, , sf2] = prf(ss.value, ss.gold, ss.pred);
    console.log(`seed: span F1 ${f3(f2)}, value accuracy ${f3(ss.value / ss.exact)}, span+value F1 ${f3(sf2)}`);
    seedRow = '\n' + row(`founding article (../shared/seed/${seed.file})`, ss);
    seedNote = 'Founding article: gold date expressions and values in eval/gold/seed.json (`times`).';
  }
  if (verbose) for (const x of [...s.misses, ...hs.misses, ...ss.misses]) console.log('  ' + x);

  writeSection('times', `## Dates (\`time\` stage)

Command: \`npm run eval -- times\` (eval/times.eval.ts) — the real default pipeline on ${articles.length} hand-written gold
articles (eval/gold/articles, ${s.gold} date expressions, conventions in eval/gold/README.md) and on the founding
article. Span = exact text of the expression; value = resolved inclusive ISO interval against the article date.
${machineLine()}.

| set | gold | predicted | span P | span R | span F1 | overlap F1 | value acc. (on span matches) | span+value P | span+value R | span+value F1 |
|---|---|---|---|---|---|---|---|---|---|---|
${row('gold articles (rules tuned on these)', s)}
${row(`held-out articles (eval/gold/heldout, ${heldout.length}; first-run figures in its README)`, hs)}${seedRow}

${seedNote}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
