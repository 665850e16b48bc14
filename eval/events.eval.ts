/**
 * `npm run eval -- events`: runs the real default pipeline on every gold article (eval/gold/articles/*.json, text +
 * date) and on the founding article (text from ../shared/seed, gold in eval/gold/seed.json), and scores the events.
 *
 * Matching (one-to-one, greedy in gold order, per article):
 * - full match = same type, same set of source names and same set of target names;
 * - names are compared after normalisation: lower case, apostrophes (’ ʼ ') unified, «» and quotes dropped, spaces
 *   collapsed, hyphen spacing unified; two names that the actor knowledge base (src/lang/uk/gazetteer) lists as names
 *   of one actor also match ("ЄС" = "Європейський Союз", "КНДР" = "Північна Корея") — nothing else (no partial
 *   names, no capital-for-country);
 * - type-only match = same type (any actors);
 * mode, modality, negation and date accuracy are measured on the full matches. A gold event without a date expects
 * the article date, marked `dateReported`.
 * Writes the `events` section of docs/BENCHMARKS.md. With `--verbose`, prints every miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument, Event } from '../src/types.js';
import { EVENT_TYPES } from '../src/types.js';
import { ROOT, writeSection, machineLine } from '../bench/report.js';
import { SEED_DIR } from './data.js';
import { gazetteerEntries } from '../src/lang/uk/gazetteer/index.js';

export interface GoldEvent {
  type: string;
  mode?: string;
  source: string[];
  target: string[];
  date?: string | { start: string; end: string };
  modality: string;
  negated: boolean;
  trigger: string;
  location?: string;
}
export interface GoldArticle {
  id: string;
  date: string;
  text: string;
  events: GoldEvent[];
}
export interface PredEvent {
  type: string;
  mode?: string;
  source: string[];
  target: string[];
  date: { start: string; end: string } | null;
  dateReported: boolean;
  modality: string;
  negated: boolean;
  trigger: string;
  location?: string;
}

export function normName(s: string): string {
  return s.toLowerCase().replace(/[’ʼ`']/g, "'").replace(/[«»"“”„]/g, '').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}
let kb: Map<string, string> | null = null;
/** The comparison key of a name: the actor-KB id when the KB knows the name, else the normalised name. */
export function nameKey(s: string): string {
  if (!kb) {
    kb = new Map();
    for (const e of gazetteerEntries()) for (const n of e.names) if (!kb.has(normName(n))) kb.set(normName(n), e.id);
  }
  const n = normName(s);
  return kb.get(n) ?? n;
}
function nameSet(xs: string[]): string {
  return [...new Set(xs.map(nameKey))].sort().join(' | ');
}

/** Predicted events with entity ids replaced by entity names. */
export function predicted(adoc: AnalyzedDocument): PredEvent[] {
  const name = (id: string): string => adoc.entities.find((e) => e.id === id)?.name ?? id;
  return adoc.events.map((e: Event) => ({
    type: e.type, mode: e.mode, source: e.source.map(name), target: e.target.map(name), date: e.date,
    dateReported: !!e.dateReported, modality: e.modality, negated: e.negated, trigger: e.trigger.text,
    location: e.location ? name(e.location) : undefined,
  }));
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scores {
  full: Map<string, Tally>;
  typeOnly: Map<string, Tally>;
  mode: [number, number];
  modality: [number, number];
  negated: [number, number];
  date: [number, number];
  location: [number, number];
  misses: string[];
}

export function emptyScores(): Scores {
  return { full: new Map(), typeOnly: new Map(), mode: [0, 0], modality: [0, 0], negated: [0, 0], date: [0, 0], location: [0, 0], misses: [] };
}

function tally(m: Map<string, Tally>, type: string): Tally {
  let t = m.get(type);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    m.set(type, t);
  }
  return t;
}

function goldDate(g: GoldEvent, articleDate: string): { start: string; end: string; reported: boolean } {
  if (g.date === undefined) return { start: articleDate, end: articleDate, reported: true };
  if (typeof g.date === 'string') return { start: g.date, end: g.date, reported: false };
  return { ...g.date, reported: false };
}

/** Scores one article's predictions against its gold events, adding to `s`. */
export function scoreArticle(id: string, articleDate: string, gold: GoldEvent[], pred: PredEvent[], s: Scores): void {
  const used = new Set<number>();
  const fmt = (e: { type: string; source: string[]; target: string[]; trigger: string }): string =>
    `${e.type} ${e.source.join('+') || '∅'} → ${e.target.join('+') || '∅'} «${e.trigger}»`;
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.type === g.type && nameSet(p.source) === nameSet(g.source) && nameSet(p.target) === nameSet(g.target));
    const t = tally(s.full, g.type);
    if (k < 0) {
      t.fn++;
      s.misses.push(`${id} missed  ${fmt(g)}`);
      continue;
    }
    used.add(k);
    t.tp++;
    const p = pred[k]!;
    if (g.mode !== undefined || p.mode !== undefined) {
      s.mode[1]++;
      if (g.mode === p.mode) s.mode[0]++;
    }
    s.modality[1]++;
    if (g.modality === p.modality) s.modality[0]++;
    s.negated[1]++;
    if (g.negated === p.negated) s.negated[0]++;
    const gd = goldDate(g, articleDate);
    s.date[1]++;
    if (p.date && p.date.start === gd.start && p.date.end === gd.end && p.dateReported === gd.reported) s.date[0]++;
    if (g.location !== undefined || p.location !== undefined) {
      s.location[1]++;
      if (g.location !== undefined && p.location !== undefined && nameKey(g.location) === nameKey(p.location)) s.location[0]++;
    }
  }
  pred.forEach((p, i) => {
    if (used.has(i)) return;
    tally(s.full, p.type).fp++;
    s.misses.push(`${id} spurious ${fmt(p)}`);
  });
  // Type only: per type, min(gold, predicted) are matched.
  for (const type of EVENT_TYPES) {
    const ng = gold.filter((g) => g.type === type).length;
    const np = pred.filter((p) => p.type === type).length;
    if (!ng && !np) continue;
    const t = tally(s.typeOnly, type);
    const m = Math.min(ng, np);
    t.tp += m;
    t.fp += np - m;
    t.fn += ng - m;
  }
}

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
export function micro(m: Map<string, Tally>): Tally {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const x of m.values()) {
    t.tp += x.tp;
    t.fp += x.fp;
    t.fn += x.fn;
  }
  return t;
}

const f3 = (x: number): string => x.toFixed(3);
const acc = ([a, b]: [number, number]): string => (b ? `${f3(a / b)} (${a}/${b})` : '—');

function table(s: Scores): string {
  const rows = ['| type | gold | predicted | P | R | F1 | type-only F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const type of EVENT_TYPES) {
    const t = s.full.get(type);
    if (!t) continue;
    const o = prf(t);
    const ty = prf(s.typeOnly.get(type) ?? { tp: 0, fp: 0, fn: 0 });
    rows.push(`| ${type} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${f3(o.p)} | ${f3(o.r)} | ${f3(o.f)} | ${f3(ty.f)} |`);
  }
  const m = micro(s.full);
  const o = prf(m);
  const ty = prf(micro(s.typeOnly));
  rows.push(`| **micro** | ${m.tp + m.fn} | ${m.tp + m.fp} | ${f3(o.p)} | ${f3(o.r)} | **${f3(o.f)}** | ${f3(ty.f)} |`);
  return rows.join('\n');
}

function summary(s: Scores): string {
  return [
    `mode accuracy ${acc(s.mode)}, modality ${acc(s.modality)}, negation ${acc(s.negated)}, date ${acc(s.date)}, ` +
      `location ${acc(s.location)} (on full matches)`,
  ].join('\n');
}

export function loadGold(dir = join(ROOT, 'eval', 'gold', 'articles'), pattern = /^\d{3}\.json$/): GoldArticle[] {
  return readdirSync(dir).filter((f) => pattern.test(f)).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}

interface SeedGold {
  events: GoldEvent[];
}

/** The founding article: text from ../shared/seed (never committed), gold from eval/gold/seed.json. */
function loadSeed(): { article: GoldArticle; file: string } | null {
  const goldFile = join(ROOT, 'eval', 'gold', 'seed.json');
  if (!existsSync(SEED_DIR) || !existsSync(goldFile)) {
    console.log(`skipped the founding article: ${SEED_DIR} not found (it lives in ../shared/seed beside the clone, or set LITOPYS_SEED)`);
    return null;
  }
  const file = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!file) {
    console.log(`skipped the founding article: no .txt file in ${SEED_DIR}`);
    return null;
  }
  const raw = readFileSync(join(SEED_DIR, file), 'utf8');
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  const date = m ? m[1]! : '2025-09-08';
  const text = m ? raw.slice(m[0].length) : raw;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  return { article: { id: 'seed', date, text, events: gold.events }, file };
}

/** One later gold set's scores, formatted for the report. */
interface SetResult {
  n: number;
  events: number;
  f: string;
  p: string;
  r: string;
  typeOnly: string;
  summary: string;
}

export default async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const pipeline = createPipeline();
  const gold = loadGold();
  const s = emptyScores();
  const t0 = performance.now();
  for (const g of gold) {
    const adoc = pipeline.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text });
    scoreArticle(g.id, g.date, g.events, predicted(adoc), s);
  }
  const ms = performance.now() - t0;
  const o = prf(micro(s.full));
  console.log(table(s));
  console.log(summary(s));
  console.log(`gold: P ${f3(o.p)} R ${f3(o.r)} F1 ${f3(o.f)} (type-only F1 ${f3(prf(micro(s.typeOnly)).f)})`);
  if (verbose) for (const m of s.misses) console.log(m);

  // The later sets, each scored on its own: checks of generalisation (eval/gold/README.md says how each was made).
  const scoreSet = (sub: string, pattern: RegExp, label: string): SetResult => {
    const dir = join(ROOT, 'eval', 'gold', sub);
    const articles = existsSync(dir) ? loadGold(dir, pattern) : [];
    const sc = emptyScores();
    for (const g of articles) {
      const adoc = pipeline.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text });
      scoreArticle(g.id, g.date, g.events, predicted(adoc), sc);
    }
    const o = prf(micro(sc.full));
    const typeOnly = f3(prf(micro(sc.typeOnly)).f);
    console.log(`${label}: P ${f3(o.p)} R ${f3(o.r)} F1 ${f3(o.f)} (type-only F1 ${typeOnly}); ${summary(sc)}`);
    if (verbose) for (const m of sc.misses) console.log(m);
    return {
      n: articles.length, events: micro(sc.full).tp + micro(sc.full).fn, f: f3(o.f), p: f3(o.p), r: f3(o.r), typeOnly, summary: summary(sc),
    };
  };

  // Articles written after the rules were tuned, never tuned on.
  const x = scoreSet('events-extra', /^x\d{2}\.json$/, 'extra (unseen)');
  const extraBlock = `Unseen check — ${x.n} articles written after the rules were tuned and never tuned on
(eval/gold/events-extra, ${x.events} events): event F1 **${x.f}** (P ${x.p}, R ${x.r}),
type-only F1 ${x.typeOnly}; ${x.summary}.`;

  // Unseen check 2: six more articles written (with their gold) before the issue-5 accuracy work, never tuned on.
  const u = scoreSet('unseen2', /^u\d{2}\.json$/, 'unseen2');
  const unseen2Block = `Unseen check 2 — ${u.n} articles written with their gold before the issue-5 accuracy work and never
tuned on (eval/gold/unseen2, ${u.events} events; first-run figures in eval/gold/README.md): event F1
**${u.f}** (P ${u.p}, R ${u.r}), type-only F1 ${u.typeOnly}; ${u.summary}.`;

  // Unseen check 3: eight more articles whose gold was written and committed before any run on them.
  const v = scoreSet('unseen3', /^v\d{2}\.json$/, 'unseen3');
  const unseen3Block = `Unseen check 3 — ${v.n} articles whose gold was written and committed before any run on them
(eval/gold/unseen3, ${v.events} events; first-run and after-fix figures in eval/gold/README.md — tuned on
since, so no longer unseen): event F1 **${v.f}** (P ${v.p}, R ${v.r}), type-only F1 ${v.typeOnly};
${v.summary}.`;

  // Unseen check 4: ten articles whose gold was written blind (the writer never ran the system); its misses prompted
  // the syntax round (docs/events.md), so it is tuned on since.
  const w = scoreSet('unseen4', /^w\d{2}\.json$/, 'unseen4');
  const unseen4Block = `Unseen check 4 — ${w.n} articles whose gold was written blind, by a writer who never ran the system
(eval/gold/unseen4, ${w.events} events; first-run figures in eval/gold/unseen4/README.md — its misses prompted the
syntax round, so tuned on since): event F1 **${w.f}** (P ${w.p}, R ${w.r}), type-only F1 ${w.typeOnly}; ${w.summary}.`;

  // Unseen check 5: twelve articles written blind before the syntax round and run once after it; its misses prompted a
  // second pass, so it is tuned on since.
  const y = scoreSet('unseen5', /^y\d{2}\.json$/, 'unseen5');
  const unseen5Block = y.n ? `Unseen check 5 — ${y.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once after the syntax round (eval/gold/unseen5, ${y.events} events; first-run figures in
eval/gold/unseen5/README.md — its misses prompted a second pass, so tuned on since): event F1 **${y.f}** (P ${y.p},
R ${y.r}), type-only F1 ${y.typeOnly}; ${y.summary}.`
    : 'Unseen check 5: eval/gold/unseen5 not present.';

  // Unseen check 6: ten articles written blind after unseen5's run, run once at the end of that session; its misses
  // prompted the reference round, so it is tuned on since.
  const z = scoreSet('unseen6', /^z\d{2}\.json$/, 'unseen6');
  const unseen6Block = z.n ? `Unseen check 6 — ${z.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen6, ${z.events} events; first-run figures in eval/gold/unseen6/README.md — its misses
prompted the reference round, so tuned on since): event F1 **${z.f}** (P ${z.p}, R ${z.r}), type-only F1 ${z.typeOnly}; ${z.summary}.`
    : 'Unseen check 6: eval/gold/unseen6 not present.';

  // Unseen check 7: ten articles written blind, run once after the reference round; its misses prompted the next
  // round, so it is tuned on since.
  const q = scoreSet('unseen7', /^q\d{2}\.json$/, 'unseen7');
  const unseen7Block = q.n ? `Unseen check 7 — ${q.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen7, ${q.events} events; first-run figures in eval/gold/unseen7/README.md — its misses
prompted the next round, so tuned on since): event F1 **${q.f}** (P ${q.p}, R ${q.r}), type-only F1 ${q.typeOnly}; ${q.summary}.`
    : 'Unseen check 7: eval/gold/unseen7 not present.';

  // Unseen check 8: ten articles written blind while that round was under way, run once at its end (its first run is
  // the estimate for articles nobody has tuned on); two general fixes prompted by its misses since.
  const r8 = scoreSet('unseen8', /^r\d{2}\.json$/, 'unseen8');
  const unseen8Block = r8.n ? `Unseen check 8 — ${r8.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen8, ${r8.events} events; first-run figures in eval/gold/unseen8/README.md — two
general fixes prompted by its misses since):
event F1 **${r8.f}** (P ${r8.p}, R ${r8.r}), type-only F1 ${r8.typeOnly}; ${r8.summary}.`
    : 'Unseen check 8: eval/gold/unseen8 not present.';

  // Unseen check 9: ten articles written blind after that round, run once at the start of the next stop, with the
  // code as that round left it; its misses prompted that stop's round, so it is tuned on since.
  const s9 = scoreSet('unseen9', /^s\d{2}\.json$/, 'unseen9');
  const unseen9Block = s9.n ? `Unseen check 9 — ${s9.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen9, ${s9.events} events; first-run figures in eval/gold/unseen9/README.md — its misses
prompted the next round, so tuned on since):
event F1 **${s9.f}** (P ${s9.p}, R ${s9.r}), type-only F1 ${s9.typeOnly}; ${s9.summary}.`
    : 'Unseen check 9: eval/gold/unseen9 not present.';

  // Unseen check 10: ten articles written blind during the stop that ran unseen9, run once at that stop's end (its
  // first run is the estimate for articles nobody has tuned on); fixes prompted by its misses since.
  const p10 = scoreSet('unseen10', /^p\d{2}\.json$/, 'unseen10');
  const unseen10Block = p10.n ? `Unseen check 10 — ${p10.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen10, ${p10.events} events; first-run figures in eval/gold/unseen10/README.md — fixes
prompted by its misses since, so tuned on):
event F1 **${p10.f}** (P ${p10.p}, R ${p10.r}), type-only F1 ${p10.typeOnly}; ${p10.summary}.`
    : 'Unseen check 10: eval/gold/unseen10 not present.';

  // Unseen check 11: ten articles written blind during the stop that ran unseen10, run once at the start of the next
  // stop with the code as that stop left it; its misses prompted that stop's round, so it is tuned on since.
  const o11 = scoreSet('unseen11', /^o\d{2}\.json$/, 'unseen11');
  const unseen11Block = o11.n ? `Unseen check 11 — ${o11.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen11, ${o11.events} events; first-run figures in eval/gold/unseen11/README.md — its misses
prompted the next round, so tuned on since):
event F1 **${o11.f}** (P ${o11.p}, R ${o11.r}), type-only F1 ${o11.typeOnly}; ${o11.summary}.`
    : 'Unseen check 11: eval/gold/unseen11 not present.';

  // Unseen check 12: ten articles written blind during the stop that ran unseen11, run once at that stop's end; fixes
  // prompted by its misses since, so tuned on.
  const n12 = scoreSet('unseen12', /^n\d{2}\.json$/, 'unseen12');
  const unseen12Block = n12.n ? `Unseen check 12 — ${n12.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/unseen12, ${n12.events} events; first-run figures in eval/gold/unseen12/README.md — fixes
prompted by its misses since, so tuned on):
event F1 **${n12.f}** (P ${n12.p}, R ${n12.r}), type-only F1 ${n12.typeOnly}; ${n12.summary}.`
    : 'Unseen check 12: eval/gold/unseen12 not present.';

  // Unseen checks 13 to 74: ten articles each, written blind (13 on the war and the diplomacy around it, 14 on world
  // news outside it, 15 a mix, 16 on the war, 17 to 70 mixes); first runs and what followed them in each set's README.
  const later = [['unseen13', /^m\d{2}\.json$/, 13], ['unseen14', /^l\d{2}\.json$/, 14], ['unseen15', /^k\d{2}\.json$/, 15], ['unseen16', /^j\d{2}\.json$/, 16], ['unseen17', /^i\d{2}\.json$/, 17], ['unseen18', /^h\d{2}\.json$/, 18], ['unseen19', /^g\d{2}\.json$/, 19], ['unseen20', /^f\d{2}\.json$/, 20], ['unseen21', /^e\d{2}\.json$/, 21], ['unseen22', /^d\d{2}\.json$/, 22], ['unseen23', /^c\d{2}\.json$/, 23], ['unseen24', /^b\d{2}\.json$/, 24], ['unseen25', /^a\d{2}\.json$/, 25], ['unseen26', /^t\d{2}\.json$/, 26], ['unseen27', /^za\d{2}\.json$/, 27], ['unseen28', /^zb\d{2}\.json$/, 28], ['unseen29', /^zc\d{2}\.json$/, 29], ['unseen30', /^zd\d{2}\.json$/, 30], ['unseen31', /^ze\d{2}\.json$/, 31], ['unseen32', /^zf\d{2}\.json$/, 32], ['unseen33', /^zg\d{2}\.json$/, 33], ['unseen34', /^zh\d{2}\.json$/, 34], ['unseen35', /^zi\d{2}\.json$/, 35], ['unseen36', /^zj\d{2}\.json$/, 36], ['unseen37', /^zk\d{2}\.json$/, 37], ['unseen38', /^zl\d{2}\.json$/, 38], ['unseen39', /^zm\d{2}\.json$/, 39], ['unseen40', /^zn\d{2}\.json$/, 40], ['unseen41', /^zo\d{2}\.json$/, 41], ['unseen42', /^zp\d{2}\.json$/, 42], ['unseen43', /^zq\d{2}\.json$/, 43], ['unseen44', /^zr\d{2}\.json$/, 44], ['unseen45', /^zs\d{2}\.json$/, 45], ['unseen46', /^zt\d{2}\.json$/, 46], ['unseen47', /^zu\d{2}\.json$/, 47], ['unseen48', /^zv\d{2}\.json$/, 48], ['unseen49', /^zw\d{2}\.json$/, 49], ['unseen50', /^zx\d{2}\.json$/, 50], ['unseen51', /^zy\d{2}\.json$/, 51], ['unseen52', /^zz\d{2}\.json$/, 52], ['unseen53', /^ya\d{2}\.json$/, 53], ['unseen54', /^yb\d{2}\.json$/, 54], ['unseen55', /^yc\d{2}\.json$/, 55], ['unseen56', /^yd\d{2}\.json$/, 56], ['unseen57', /^ye\d{2}\.json$/, 57], ['unseen58', /^yf\d{2}\.json$/, 58], ['unseen59', /^yg\d{2}\.json$/, 59], ['unseen60', /^yh\d{2}\.json$/, 60], ['unseen61', /^yi\d{2}\.json$/, 61], ['unseen62', /^yj\d{2}\.json$/, 62], ['unseen63', /^yk\d{2}\.json$/, 63], ['unseen64', /^yl\d{2}\.json$/, 64], ['unseen65', /^ym\d{2}\.json$/, 65], ['unseen66', /^yn\d{2}\.json$/, 66], ['unseen67', /^yo\d{2}\.json$/, 67], ['unseen68', /^yp\d{2}\.json$/, 68], ['unseen69', /^yq\d{2}\.json$/, 69], ['unseen70', /^yr\d{2}\.json$/, 70], ['unseen71', /^ys\d{2}\.json$/, 71], ['unseen72', /^yt\d{2}\.json$/, 72], ['unseen73', /^yu\d{2}\.json$/, 73], ['unseen74', /^yv\d{2}\.json$/, 74]] as const;
  const laterBlocks = later.map(([sub, re, k]) => {
    const r = scoreSet(sub, re, sub);
    return r.n ? `Unseen check ${k} — ${r.n} articles whose gold was written blind (the writer never ran the system nor read its
source), run once (eval/gold/${sub}, ${r.events} events; first-run figures and what followed in eval/gold/${sub}/README.md):
event F1 **${r.f}** (P ${r.p}, R ${r.r}), type-only F1 ${r.typeOnly}; ${r.summary}.`
      : `Unseen check ${k}: eval/gold/${sub} not present.`;
  });

  let seedBlock = 'Founding article: skipped (../shared/seed not present).';
  const seed = loadSeed();
  if (seed) {
    const ss = emptyScores();
    const adoc = pipeline.analyze({ id: 'seed', date: seed.article.date, lang: 'uk', text: seed.article.text });
    scoreArticle('seed', seed.article.date, seed.article.events, predicted(adoc), ss);
    const so = prf(micro(ss.full));
    console.log(`seed: P ${f3(so.p)} R ${f3(so.r)} F1 ${f3(so.f)} (type-only F1 ${f3(prf(micro(ss.typeOnly)).f)})`);
    if (verbose) for (const m of ss.misses) console.log(m);
    seedBlock = `Founding article (../shared/seed/${seed.file}, gold eval/gold/seed.json, ${seed.article.events.length} events):\n\n${table(ss)}\n\n${summary(ss)}`;
  }
  writeSection('events', `## Events (PLOVER)

\`npm run eval -- events\` — the default pipeline (${pipeline.names.join(' → ')}) on the ${gold.length} hand-written gold
articles of eval/gold/articles (${micro(s.full).tp + micro(s.full).fn} events); a match is the same type, the same set of
source names and the same set of target names (case-insensitive, apostrophes unified, actor-KB aliases equal; see\neval/events.eval.ts).
Pipeline time for the set: ${(ms / 1000).toFixed(1)} s. ${machineLine()}.

${table(s)}

${summary(s)}

Event F1 (type + both actors): **${f3(o.f)}** on these articles, which the rules were developed on (${o.f >= 0.85 ? '≥ 0.85 here' : 'below 0.85 even here'}), but
not on articles nobody has tuned on: the blind first runs of the unseen checks below are 0.40–0.78 (their READMEs),
so the goal of 0.85 on unseen articles is not met. Misses (\`--verbose\`) are
mostly names from the NER/resolve stages that differ from the gold conventions, and targets given only by earlier
sentences or world knowledge; see docs/events.md.

${extraBlock}

${unseen2Block}

${unseen3Block}

${unseen4Block}

${unseen5Block}

${unseen6Block}

${unseen7Block}

${unseen8Block}

${unseen9Block}

${unseen10Block}

${unseen11Block}

${unseen12Block}

${laterBlocks.join('\n\n')}

${seedBlock}`);
}
