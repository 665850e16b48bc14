/**
 * `npm run eval -- quotes`: runs the real default pipeline on every gold article (eval/gold/articles/*.json, text +
 * date) and on the founding article (text from ../shared/seed, gold quotes in eval/gold/seed.json), and scores the
 * quotes stage.
 *
 * - Detection: a predicted quote matches a gold quote when their spans overlap (gold spans are the occurrences of the
 *   gold text; seed gold quotes are located by a short string they contain); one-to-one, greedy in gold order.
 *   P/R/F1 over all quotes; also the share of matches whose text is exactly the gold text.
 * - Direct/indirect accuracy and speaker accuracy on the matches: the canonical name of the speaker entity equals the
 *   gold speaker after normalisation (lower case, apostrophes unified — no aliases); null must match null.
 * Writes the `quotes` section of docs/BENCHMARKS.md. With `--verbose`, prints every miss.
 */
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument, Quote } from '../src/types.js';
import { machineLine, writeSection } from '../bench/report.js';
import { scoreTimes, type TimeScores } from './times.eval.js';
import { loadGoldArticles, loadHeldout, loadGoldSet, loadSeed, normName, occurrences, type GoldArticle } from './gold/load.js';

interface GoldQ {
  speaker: string | null;
  direct: boolean;
  /** Candidate spans of the gold quote in the text. */
  spans: [number, number][];
  /** Exact gold text, when known (gold articles; the seed stores only a locator). */
  text?: string;
  label: string;
}

export interface QuoteScores {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  direct: number;
  speaker: number;
  speakerDirect: [number, number];
  speakerIndirect: [number, number];
  /** Speaker entity right up to its canonical name: the gold surname (stem) among the entity's name and mentions. */
  referent: number;
  misses: string[];
}

export function emptyScores(): QuoteScores {
  return { tp: 0, fp: 0, fn: 0, exact: 0, direct: 0, speaker: 0, speakerDirect: [0, 0], speakerIndirect: [0, 0], referent: 0, misses: [] };
}

function speakerName(adoc: AnalyzedDocument, q: Quote): string | null {
  if (q.speaker === null) return null;
  return adoc.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker;
}

/**
 * Whether the speaker entity is the gold speaker up to canonical-name errors of earlier stages ("Гросс" for
 * "Рафаель Гроссі"): the gold name's last word and a word of the entity's name or of one of its mentions share a stem
 * (all but the last two letters, at least three).
 */
export function sameReferent(adoc: AnalyzedDocument, q: Quote, gold: string | null): boolean {
  if (q.speaker === null || gold === null) return q.speaker === null && gold === null;
  const e = adoc.entities.find((x) => x.id === q.speaker);
  if (!e) return false;
  const words = (s: string): string[] => normName(s).split(/[\s-]+/).filter(Boolean);
  const w = words(gold).at(-1) ?? '';
  const k = Math.max(3, w.length - 2);
  const cands = [e.name, ...e.mentions.map((m) => m.text)].flatMap(words);
  return cands.some((c) => c.length >= k && c.slice(0, k) === w.slice(0, k));
}

export function scoreQuotes(id: string, adoc: AnalyzedDocument, gold: GoldQ[], s: QuoteScores): void {
  const used = new Set<number>();
  for (const g of gold) {
    const k = adoc.quotes.findIndex((q, i) => !used.has(i) && g.spans.some(([a, b]) => q.start < b && a < q.end));
    if (k < 0) {
      s.fn++;
      s.misses.push(`${id} missed ${g.direct ? 'direct' : 'indirect'} (${g.speaker ?? 'null'}) ${g.label}`);
      continue;
    }
    used.add(k);
    s.tp++;
    const q = adoc.quotes[k];
    if (g.text !== undefined && q.text === g.text) s.exact++;
    if (q.direct === g.direct) s.direct++;
    const name = speakerName(adoc, q);
    const ok = (name === null && g.speaker === null) || (name !== null && g.speaker !== null && normName(name) === normName(g.speaker));
    if (ok) s.speaker++;
    if (sameReferent(adoc, q, g.speaker)) s.referent++;
    if (!ok) s.misses.push(`${id} speaker ${name ?? 'null'} ≠ ${g.speaker ?? 'null'}: ${q.text.slice(0, 60)}`);
    const bucket = g.direct ? s.speakerDirect : s.speakerIndirect;
    bucket[1]++;
    if (ok) bucket[0]++;
  }
  adoc.quotes.forEach((q, i) => {
    if (used.has(i)) return;
    s.fp++;
    s.misses.push(`${id} spurious ${q.direct ? 'direct' : 'indirect'} (${speakerName(adoc, q) ?? 'null'}) ${q.text.slice(0, 70)}`);
  });
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');

export function summarize(s: QuoteScores): { p: number; r: number; f: number; speaker: number; referent: number } {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  return { p, r, f: (2 * p * r) / (p + r), speaker: s.speaker / s.tp, referent: s.referent / s.tp };
}

function row(label: string, s: QuoteScores, exactKnown: boolean): string {
  const m = summarize(s);
  const sd = s.speakerDirect[0] / s.speakerDirect[1];
  const si = s.speakerIndirect[0] / s.speakerIndirect[1];
  return `| ${label} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${f3(m.p)} | ${f3(m.r)} | **${f3(m.f)}** | ${exactKnown ? f3(s.exact / s.tp) : 'n/a'} | ${f3(s.direct / s.tp)} | **${f3(m.speaker)}** | ${f3(sd)} | ${f3(si)} | ${f3(m.referent)} |`;
}

export default async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const pipeline = createPipeline();
  console.log(`pipeline: ${pipeline.names.join(' → ')}`);
  const articles = loadGoldArticles();
  const heldout = loadHeldout();
  const run = (set: GoldArticle[], label: string, adocs?: AnalyzedDocument[]): QuoteScores => {
    const sc = emptyScores();
    for (const [k, a] of set.entries()) {
      const adoc = adocs?.[k] ?? pipeline.analyze({ id: a.id, date: a.date, lang: 'uk', text: a.text });
      scoreQuotes(a.id, adoc, a.quotes.map((q) => ({ ...q, spans: occurrences(a.text, q.text), label: q.text.slice(0, 60) })), sc);
    }
    const m = summarize(sc);
    console.log(`${label}: quotes P ${f3(m.p)} R ${f3(m.r)} F1 ${f3(m.f)}, speaker accuracy ${f3(m.speaker)} (${sc.speaker}/${sc.tp}), name-error tolerant ${f3(m.referent)}`);
    return sc;
  };
  const s = run(articles, 'gold articles');
  const hs = run(heldout, 'held-out articles');
  // The unseen checks; their dates are reported here too (the times eval keeps its own sets), from the same analyses.
  const unseen = [
    { sub: 'unseen2', pattern: /^u\d{2}\.json$/, row: 'unseen check 2 (eval/gold/unseen2, N; first-run figures in eval/gold/README.md)' },
    { sub: 'unseen3', pattern: /^v\d{2}\.json$/, row: 'unseen check 3 (eval/gold/unseen3, N; first-run and after-fix figures in eval/gold/README.md)' },
    { sub: 'unseen4', pattern: /^w\d{2}\.json$/, row: 'unseen check 4 (eval/gold/unseen4, N; written blind, tuned on since the syntax round)' },
    { sub: 'unseen5', pattern: /^y\d{2}\.json$/, row: 'unseen check 5 (eval/gold/unseen5, N; written blind, tuned on since its first run)' },
    { sub: 'unseen6', pattern: /^z\d{2}\.json$/, row: 'unseen check 6 (eval/gold/unseen6, N; written blind, tuned on since its first run)' },
    { sub: 'unseen7', pattern: /^q\d{2}\.json$/, row: 'unseen check 7 (eval/gold/unseen7, N; written blind, tuned on since its first run)' },
    { sub: 'unseen8', pattern: /^r\d{2}\.json$/, row: 'unseen check 8 (eval/gold/unseen8, N; written blind, first run in its README)' },
    { sub: 'unseen9', pattern: /^s\d{2}\.json$/, row: 'unseen check 9 (eval/gold/unseen9, N; written blind, first run in its README)' },
    { sub: 'unseen10', pattern: /^p\d{2}\.json$/, row: 'unseen check 10 (eval/gold/unseen10, N; written blind, first run in its README)' },
    { sub: 'unseen11', pattern: /^o\d{2}\.json$/, row: 'unseen check 11 (eval/gold/unseen11, N; written blind, first run in its README)' },
    { sub: 'unseen12', pattern: /^n\d{2}\.json$/, row: 'unseen check 12 (eval/gold/unseen12, N; written blind, first run in its README)' },
    { sub: 'unseen13', pattern: /^m\d{2}\.json$/, row: 'unseen check 13 (eval/gold/unseen13, N; written blind, first run in its README)' },
    { sub: 'unseen14', pattern: /^l\d{2}\.json$/, row: 'unseen check 14 (eval/gold/unseen14, N; written blind, first run in its README)' },
    { sub: 'unseen15', pattern: /^k\d{2}\.json$/, row: 'unseen check 15 (eval/gold/unseen15, N; written blind, first run in its README)' },
    { sub: 'unseen16', pattern: /^j\d{2}\.json$/, row: 'unseen check 16 (eval/gold/unseen16, N; written blind, first run in its README)' },
    { sub: 'unseen17', pattern: /^i\d{2}\.json$/, row: 'unseen check 17 (eval/gold/unseen17, N; written blind, first run in its README)' },
    { sub: 'unseen18', pattern: /^h\d{2}\.json$/, row: 'unseen check 18 (eval/gold/unseen18, N; written blind, first run in its README)' },
    { sub: 'unseen19', pattern: /^g\d{2}\.json$/, row: 'unseen check 19 (eval/gold/unseen19, N; written blind, first run in its README)' },
    { sub: 'unseen20', pattern: /^f\d{2}\.json$/, row: 'unseen check 20 (eval/gold/unseen20, N; written blind, first run in its README)' },
    { sub: 'unseen21', pattern: /^e\d{2}\.json$/, row: 'unseen check 21 (eval/gold/unseen21, N; written blind, first run in its README)' },
    { sub: 'unseen22', pattern: /^d\d{2}\.json$/, row: 'unseen check 22 (eval/gold/unseen22, N; written blind, first run in its README)' },
    { sub: 'unseen23', pattern: /^c\d{2}\.json$/, row: 'unseen check 23 (eval/gold/unseen23, N; written blind, first run in its README)' },
    { sub: 'unseen24', pattern: /^b\d{2}\.json$/, row: 'unseen check 24 (eval/gold/unseen24, N; written blind, first run in its README)' },
    { sub: 'unseen25', pattern: /^a\d{2}\.json$/, row: 'unseen check 25 (eval/gold/unseen25, N; written blind, first run in its README)' },
    { sub: 'unseen26', pattern: /^t\d{2}\.json$/, row: 'unseen check 26 (eval/gold/unseen26, N; written blind, first run in its README)' },
    { sub: 'unseen27', pattern: /^za\d{2}\.json$/, row: 'unseen check 27 (eval/gold/unseen27, N; written blind, first run in its README)' },
    { sub: 'unseen28', pattern: /^zb\d{2}\.json$/, row: 'unseen check 28 (eval/gold/unseen28, N; written blind, first run in its README)' },
    { sub: 'unseen29', pattern: /^zc\d{2}\.json$/, row: 'unseen check 29 (eval/gold/unseen29, N; written blind, first run in its README)' },
    { sub: 'unseen30', pattern: /^zd\d{2}\.json$/, row: 'unseen check 30 (eval/gold/unseen30, N; written blind, first run in its README)' },
    { sub: 'unseen31', pattern: /^ze\d{2}\.json$/, row: 'unseen check 31 (eval/gold/unseen31, N; written blind, first run in its README)' },
    { sub: 'unseen32', pattern: /^zf\d{2}\.json$/, row: 'unseen check 32 (eval/gold/unseen32, N; written blind, first run in its README)' },
    { sub: 'unseen33', pattern: /^zg\d{2}\.json$/, row: 'unseen check 33 (eval/gold/unseen33, N; written blind, first run in its README)' },
    { sub: 'unseen34', pattern: /^zh\d{2}\.json$/, row: 'unseen check 34 (eval/gold/unseen34, N; written blind, first run in its README)' },
    { sub: 'unseen35', pattern: /^zi\d{2}\.json$/, row: 'unseen check 35 (eval/gold/unseen35, N; written blind, first run in its README)' },
    { sub: 'unseen36', pattern: /^zj\d{2}\.json$/, row: 'unseen check 36 (eval/gold/unseen36, N; written blind, first run in its README)' },
    { sub: 'unseen37', pattern: /^zk\d{2}\.json$/, row: 'unseen check 37 (eval/gold/unseen37, N; written blind, first run in its README)' },
    { sub: 'unseen38', pattern: /^zl\d{2}\.json$/, row: 'unseen check 38 (eval/gold/unseen38, N; written blind, first run in its README)' },
    { sub: 'unseen39', pattern: /^zm\d{2}\.json$/, row: 'unseen check 39 (eval/gold/unseen39, N; written blind, first run in its README)' },
    { sub: 'unseen40', pattern: /^zn\d{2}\.json$/, row: 'unseen check 40 (eval/gold/unseen40, N; written blind, first run in its README)' },
    { sub: 'unseen41', pattern: /^zo\d{2}\.json$/, row: 'unseen check 41 (eval/gold/unseen41, N; written blind, first run in its README)' },
    { sub: 'unseen42', pattern: /^zp\d{2}\.json$/, row: 'unseen check 42 (eval/gold/unseen42, N; written blind, first run in its README)' },
    { sub: 'unseen43', pattern: /^zq\d{2}\.json$/, row: 'unseen check 43 (eval/gold/unseen43, N; written blind, first run in its README)' },
    { sub: 'unseen44', pattern: /^zr\d{2}\.json$/, row: 'unseen check 44 (eval/gold/unseen44, N; written blind, first run in its README)' },
    { sub: 'unseen45', pattern: /^zs\d{2}\.json$/, row: 'unseen check 45 (eval/gold/unseen45, N; written blind, first run in its README)' },
    { sub: 'unseen46', pattern: /^zt\d{2}\.json$/, row: 'unseen check 46 (eval/gold/unseen46, N; written blind, first run in its README)' },
    { sub: 'unseen47', pattern: /^zu\d{2}\.json$/, row: 'unseen check 47 (eval/gold/unseen47, N; written blind, first run in its README)' },
    { sub: 'unseen48', pattern: /^zv\d{2}\.json$/, row: 'unseen check 48 (eval/gold/unseen48, N; written blind, first run in its README)' },
    { sub: 'unseen49', pattern: /^zw\d{2}\.json$/, row: 'unseen check 49 (eval/gold/unseen49, N; written blind, first run in its README)' },
    { sub: 'unseen50', pattern: /^zx\d{2}\.json$/, row: 'unseen check 50 (eval/gold/unseen50, N; written blind, first run in its README)' },
    { sub: 'unseen51', pattern: /^zy\d{2}\.json$/, row: 'unseen check 51 (eval/gold/unseen51, N; written blind, first run in its README)' },
    { sub: 'unseen52', pattern: /^zz\d{2}\.json$/, row: 'unseen check 52 (eval/gold/unseen52, N; written blind, first run in its README)' },
    { sub: 'unseen53', pattern: /^ya\d{2}\.json$/, row: 'unseen check 53 (eval/gold/unseen53, N; written blind, first run in its README)' },
    { sub: 'unseen54', pattern: /^yb\d{2}\.json$/, row: 'unseen check 54 (eval/gold/unseen54, N; written blind, first run in its README)' },
    { sub: 'unseen55', pattern: /^yc\d{2}\.json$/, row: 'unseen check 55 (eval/gold/unseen55, N; written blind, first run in its README)' },
    { sub: 'unseen56', pattern: /^yd\d{2}\.json$/, row: 'unseen check 56 (eval/gold/unseen56, N; written blind, first run in its README)' },
    { sub: 'unseen57', pattern: /^ye\d{2}\.json$/, row: 'unseen check 57 (eval/gold/unseen57, N; written blind, first run in its README)' },
    { sub: 'unseen58', pattern: /^yf\d{2}\.json$/, row: 'unseen check 58 (eval/gold/unseen58, N; written blind, first run in its README)' },
    { sub: 'unseen59', pattern: /^yg\d{2}\.json$/, row: 'unseen check 59 (eval/gold/unseen59, N; written blind, first run in its README)' },
    { sub: 'unseen60', pattern: /^yh\d{2}\.json$/, row: 'unseen check 60 (eval/gold/unseen60, N; written blind, first run in its README)' },
    { sub: 'unseen61', pattern: /^yi\d{2}\.json$/, row: 'unseen check 61 (eval/gold/unseen61, N; written blind, first run in its README)' },
    { sub: 'unseen62', pattern: /^yj\d{2}\.json$/, row: 'unseen check 62 (eval/gold/unseen62, N; written blind, first run in its README)' },
    { sub: 'unseen63', pattern: /^yk\d{2}\.json$/, row: 'unseen check 63 (eval/gold/unseen63, N; written blind, first run in its README)' },
    { sub: 'unseen64', pattern: /^yl\d{2}\.json$/, row: 'unseen check 64 (eval/gold/unseen64, N; written blind, first run in its README)' },
    { sub: 'unseen65', pattern: /^ym\d{2}\.json$/, row: 'unseen check 65 (eval/gold/unseen65, N; written blind, first run in its README)' },
    { sub: 'unseen66', pattern: /^yn\d{2}\.json$/, row: 'unseen check 66 (eval/gold/unseen66, N; written blind, first run in its README)' },
    { sub: 'unseen67', pattern: /^yo\d{2}\.json$/, row: 'unseen check 67 (eval/gold/unseen67, N; written blind, first run in its README)' },
    { sub: 'unseen68', pattern: /^yp\d{2}\.json$/, row: 'unseen check 68 (eval/gold/unseen68, N; written blind, first run in its README)' },
    { sub: 'unseen69', pattern: /^yq\d{2}\.json$/, row: 'unseen check 69 (eval/gold/unseen69, N; written blind, first run in its README)' },
    { sub: 'unseen70', pattern: /^yr\d{2}\.json$/, row: 'unseen check 70 (eval/gold/unseen70, N; written blind, first run in its README)' },
    { sub: 'unseen71', pattern: /^ys\d{2}\.json$/, row: 'unseen check 71 (eval/gold/unseen71, N; written blind, first run in its README)' },
    { sub: 'unseen72', pattern: /^yt\d{2}\.json$/, row: 'unseen check 72 (eval/gold/unseen72, N; written blind, first run in its README)' },
    { sub: 'unseen73', pattern: /^yu\d{2}\.json$/, row: 'unseen check 73 (eval/gold/unseen73, N; written blind, first run in its README)' },
    { sub: 'unseen74', pattern: /^yv\d{2}\.json$/, row: 'unseen check 74 (eval/gold/unseen74, N; written blind, first run in its README)' },
  ].map(({ sub, pattern, row: label }) => ({ sub, pattern, label, set: loadGoldSet(sub, pattern) })).filter((u) => u.set.length > 0).map(({ sub, label, set }) => {
    const adocs = set.map((a) => pipeline.analyze({ id: a.id, date: a.date, lang: 'uk', text: a.text }));
    const qs = run(set, `${sub} articles`, adocs);
    const ts: TimeScores = { gold: 0, pred: 0, exact: 0, overlap: 0, value: 0, misses: [] };
    set.forEach((a, k) => scoreTimes(a.id, a.text, adocs[k], a.times, ts));
    console.log(`${sub} dates: span recall ${f3(ts.exact / ts.gold)} (${ts.exact}/${ts.gold}), span precision ${f3(ts.exact / ts.pred)}, value accuracy ${f3(ts.value / ts.exact)} (${ts.value}/${ts.exact})`);
    return { label: label.replace('N', String(set.length)), qs, ts };
  });
  let seedRow = '';
  let seedNote = 'Founding article: skipped (../shared/seed not present).';
  const seed = loadSeed();
  const ss = emptyScores();
  if (seed && seed.gold.quotes) {
    const adoc = pipeline.analyze({ id: 'seed', date: seed.date, lang: 'uk', text: seed.text });
    const gold: GoldQ[] = seed.gold.quotes.map((q) => {
      const spans = occurrences(seed.text, q.has);
      if (!spans.length) console.log(`seed gold: "${q.has}" not found in the seed text`);
      return { speaker: q.speaker, direct: q.direct, spans, label: `…${q.has}…` };
    });
    scoreQuotes('seed', adoc, gold, ss);
    const sm = summarize(ss);
    console.log(`seed: quotes P ${f3(sm.p)} R ${f3(sm.r)} F1 ${f3(sm.f)}, speaker accuracy ${f3(sm.speaker)} (${ss.speaker}/${ss.tp}), name-error tolerant ${f3(sm.referent)}`);
    seedRow = '\n' + row(`founding article (../shared/seed/${seed.file})`, ss, false);
    seedNote = `Founding article: gold quotes in eval/gold/seed.json are located by a short string each contains (no sentences of the article are stored).`;
  }
  if (verbose) for (const x of [...s.misses, ...hs.misses, ...unseen.flatMap((u) => [...u.qs.misses, ...u.ts.misses]), ...ss.misses]) console.log('  ' + x);

  writeSection('quotes', `## Quotes (\`quotes\` stage)

Command: \`npm run eval -- quotes\` (eval/quotes.eval.ts) — the real default pipeline (${pipeline.names.join(' → ')}) on
${articles.length} hand-written gold articles (eval/gold/articles, ${s.tp + s.fn} quotes) and on the founding article.
Match = overlapping spans (one-to-one); speaker = canonical name of the speaker entity equals the gold name exactly
(after lower-casing; no aliases, so a canonical-name error of the resolve stage counts as a speaker error). The last
column tolerates such errors: the gold name's last word shares a stem with the entity's name or one of its mentions
("Гросс" for "Рафаель Гроссі" counts, "Москва" for "Росія" does not) — it measures the attribution itself.
${machineLine()}.

| set | gold | predicted | P | R | F1 | exact text | direct/indirect acc. | speaker acc. | speaker acc. (direct) | speaker acc. (indirect) | speaker entity (name-error tolerant) |
|---|---|---|---|---|---|---|---|---|---|---|---|
${row('gold articles (rules tuned on these)', s, true)}
${row(`held-out articles (eval/gold/heldout, ${heldout.length}; first-run figures in its README)`, hs, true)}
${unseen.map((u) => row(u.label, u.qs, true)).join('\n')}${seedRow}

${seedNote}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
