/**
 * A learned argument model for the events stage — the experiment of stop 25 (docs/events.md, "A learned argument
 * model"). Only prints; changes nothing.
 *
 *   npx tsx scripts/args-experiment.ts                    ceilings + 5-fold leave-set-out cross-validation, with the
 *                                                         current rules and with each set's blind first-run rules
 *   npx tsx scripts/args-experiment.ts --current|--blind  only one of the two
 *   npx tsx scripts/args-experiment.ts --heldout-ceiling  only the ceiling tables of unseen35 and unseen36
 *   npx tsx scripts/args-experiment.ts --heldout          also: train on every training set (blind outputs), score
 *                                                         the current rules on unseen35 and unseen36, without and with
 *   --epochs=N --l2=X --conj=all|few|none --add=P --drop=P  the model's knobs (OPTS below)
 *
 * The first blind run extracts 34 old trees (git archive of src/ and models/) and takes ~10 minutes; later runs read
 * the cache (ARGS_BLIND_DIR) and take ~20 s each. Figures and the verdict (it did not help): docs/events.md, "A
 * learned argument model: the experiment of stop 25". The run recorded there:
 *   npx tsx scripts/args-experiment.ts --heldout --conj=none --drop=0 --add=0.7
 *
 * 1. Ceiling. Each system event is paired with a gold event of its article of the same type whose trigger overlaps
 *    the system trigger, else lies in the same sentence (one-to-one, overlaps first). For each pair and role (source,
 *    target) the gold name set is (a) already right, (b) recoverable from the entities with a mention in the event's
 *    sentence (plus the rules' own choice), (b2) from that and the previous sentence, (b3) from the document's
 *    entities, or (c) not recoverable (a gold name is no entity's name: an NER or canonical-name problem). Names are
 *    compared by `nameKey` of eval/events.eval.ts, as the scorer does.
 * 2. Model. Candidates of an event = entities with a mention in its sentence, the rules' source and target wherever
 *    they are. Two binary logistic regressions (is source / is target), string-keyed features (the rules' choice,
 *    event type, position and token distance to the trigger, case of the mention's head, the preposition before it,
 *    entity type, sector, country, a finite verb / clause boundary / quote mark between, inside a quote, speaker of
 *    the quote holding the trigger, …, each also conjoined with the event type). Source = every candidate with
 *    p(source) > 0.5, target likewise; a candidate in both keeps the likelier role. Trained on the paired events only
 *    (deterministic: fixed seed, fixed order).
 * 3. Evaluation. Folds of whole sets (set k goes to fold k mod 5, in SETS order); rules vs rules + model, full event F1
 *    (`scoreArticle`). unseen35/unseen36 are never trained on or looked at except by --heldout.
 */
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument, Entity, Event, Token } from '../src/types.js';
import { emptyScores, loadGold, micro, nameKey, predicted, prf, scoreArticle } from '../eval/events.eval.js';
import type { GoldArticle, GoldEvent } from '../eval/events.eval.js';
import { ROOT } from '../bench/report.js';
import { rng } from '../bench/rng.js';

/** Training sets (as in scripts/ab-gold.ts) and the held-out ones. */
export const TRAIN_SETS: Record<string, RegExp> = {
  articles: /^\d{3}\.json$/, 'events-extra': /^x\d{2}\.json$/, unseen2: /^u\d{2}\.json$/, unseen3: /^v\d{2}\.json$/,
  unseen4: /^w\d{2}\.json$/, unseen5: /^y\d{2}\.json$/, unseen6: /^z\d{2}\.json$/, unseen7: /^q\d{2}\.json$/,
  unseen8: /^r\d{2}\.json$/, unseen9: /^s\d{2}\.json$/, unseen10: /^p\d{2}\.json$/, unseen11: /^o\d{2}\.json$/,
  unseen12: /^n\d{2}\.json$/, unseen13: /^m\d{2}\.json$/, unseen14: /^l\d{2}\.json$/, unseen15: /^k\d{2}\.json$/,
  unseen16: /^j\d{2}\.json$/, unseen17: /^i\d{2}\.json$/, unseen18: /^h\d{2}\.json$/, unseen19: /^g\d{2}\.json$/,
  unseen20: /^f\d{2}\.json$/, unseen21: /^e\d{2}\.json$/, unseen22: /^d\d{2}\.json$/, unseen23: /^c\d{2}\.json$/,
  unseen24: /^b\d{2}\.json$/, unseen25: /^a\d{2}\.json$/, unseen26: /^t\d{2}\.json$/, unseen27: /^za\d{2}\.json$/,
  unseen28: /^zb\d{2}\.json$/, unseen29: /^zc\d{2}\.json$/, unseen30: /^zd\d{2}\.json$/, unseen31: /^ze\d{2}\.json$/,
  unseen32: /^zf\d{2}\.json$/, unseen33: /^zg\d{2}\.json$/, unseen34: /^zh\d{2}\.json$/,
};
export const HELDOUT_SETS: Record<string, RegExp> = { unseen35: /^zi\d{2}\.json$/, unseen36: /^zj\d{2}\.json$/ };

interface Doc {
  set: string;
  gold: GoldArticle;
  adoc: AnalyzedDocument;
}

// ---------------------------------------------------------------------------------------------------------------
// Pairing system events with gold events

/** Sentence index of a character offset. */
function sentenceAt(adoc: AnalyzedDocument, off: number): number {
  for (const s of adoc.sentences) if (off >= s.start && off < s.end) return s.index;
  return -1;
}

/** Pairs each system event with at most one gold event (same type; trigger overlap first, then same sentence). */
export function pairEvents(adoc: AnalyzedDocument, gold: GoldEvent[]): Map<Event, GoldEvent> {
  const text = adoc.doc.text;
  const occ = gold.map((g) => {
    const out: { start: number; end: number; sentence: number }[] = [];
    if (!g.trigger) return out;
    for (let k = text.indexOf(g.trigger); k >= 0; k = text.indexOf(g.trigger, k + 1)) {
      out.push({ start: k, end: k + g.trigger.length, sentence: sentenceAt(adoc, k) });
    }
    return out;
  });
  const pairs = new Map<Event, GoldEvent>();
  const used = new Set<number>();
  for (const pass of [0, 1]) {
    for (const e of adoc.events) {
      if (pairs.has(e)) continue;
      let best = -1;
      let bestD = Infinity;
      gold.forEach((g, gi) => {
        if (used.has(gi) || g.type !== e.type) return;
        for (const o of occ[gi]!) {
          const overlap = o.start < e.trigger.end && e.trigger.start < o.end;
          if (pass === 0 ? !overlap : o.sentence !== e.sentence) continue;
          const d = Math.abs(o.start - e.trigger.start);
          if (d < bestD) {
            bestD = d;
            best = gi;
          }
        }
      });
      if (best >= 0) {
        used.add(best);
        pairs.set(e, gold[best]!);
      }
    }
  }
  return pairs;
}

const keySet = (names: string[]): string => [...new Set(names.map(nameKey))].sort().join(' | ');

// ---------------------------------------------------------------------------------------------------------------
// Ceiling

type Cls = 'a' | 'b' | 'b2' | 'b3' | 'c';
const CLS: Cls[] = ['a', 'b', 'b2', 'b3', 'c'];

function classify(adoc: AnalyzedDocument, e: Event, role: 'source' | 'target', gold: string[]): Cls {
  const name = (id: string): string => adoc.entities.find((x) => x.id === id)?.name ?? id;
  const sys = e[role].map(name);
  if (keySet(sys) === keySet(gold)) return 'a';
  const g = [...new Set(gold.map(nameKey))];
  const rules = [...e.source, ...e.target].map((id) => nameKey(name(id)));
  const inSent = (k: number): string[] => adoc.entities.filter((x) => x.mentions.some((m) => m.sentence === k)).map((x) => nameKey(x.name));
  const s0 = new Set([...inSent(e.sentence), ...rules]);
  if (g.every((k) => s0.has(k))) return 'b';
  const s1 = new Set([...s0, ...inSent(e.sentence - 1)]);
  if (g.every((k) => s1.has(k))) return 'b2';
  const all = new Set(adoc.entities.map((x) => nameKey(x.name)));
  if (g.every((k) => all.has(k))) return 'b3';
  return 'c';
}

function ceiling(docs: Doc[], label: string): void {
  const t: Record<string, Record<Cls, number>> = {};
  for (const r of ['source', 'target', 'both']) t[r] = { a: 0, b: 0, b2: 0, b3: 0, c: 0 };
  let paired = 0;
  let goldN = 0;
  let sysN = 0;
  for (const d of docs) {
    const pairs = pairEvents(d.adoc, d.gold.events);
    goldN += d.gold.events.length;
    sysN += d.adoc.events.length;
    for (const [e, g] of pairs) {
      paired++;
      const cs = classify(d.adoc, e, 'source', g.source);
      const ct = classify(d.adoc, e, 'target', g.target);
      t.source![cs]++;
      t.target![ct]++;
      t.both![CLS[Math.max(CLS.indexOf(cs), CLS.indexOf(ct))]!]++;
    }
  }
  console.log(`\nCeiling — ${label}: ${goldN} gold events, ${sysN} system events, ${paired} paired (same type, same sentence/overlapping trigger)`);
  console.log('| role | (a) right | (b) in sentence | (b2) +prev sentence | (b3) in document | (c) not recoverable |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of ['source', 'target', 'both']) {
    const x = t[r]!;
    const pc = (n: number): string => `${n} (${((100 * n) / paired).toFixed(1)}%)`;
    console.log(`| ${r} | ${pc(x.a)} | ${pc(x.b)} | ${pc(x.b2)} | ${pc(x.b3)} | ${pc(x.c)} |`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates and features

/** Knobs of the model (chosen on the cross-validation of the training sets only). */
export const OPTS = { epochs: 15, l2: 1e-4, conj: 'all' as 'all' | 'few' | 'none', add: 0.5, drop: 0.5 };
const FEW = /^(rule=|pos=[a-z]+$|case=[A-Za-z-]+$|prep=[^|]+$|where=|speaker|in-same-quote|etype=)/;

export interface Candidate {
  entity: Entity;
  feats: string[];
}

const caseOf = (t: Token | undefined): string => /Case=(\w+)/.exec(t?.feats ?? '')?.[1] ?? '-';
const isFinite = (t: Token): boolean => (t.pos === 'VERB' || t.pos === 'AUX') && /VerbForm=Fin/.test(t.feats ?? '');
const QUOTE = /^[«»"“”„]$/;

function bucket(d: number): string {
  if (d <= 1) return '1';
  if (d <= 3) return '2-3';
  if (d <= 6) return '4-6';
  if (d <= 10) return '7-10';
  return '11+';
}

function tokenAt(adoc: AnalyzedDocument, off: number): number {
  const s = adoc.sentences.find((x) => off >= x.start && off < x.end);
  const lo = s ? s.tokenStart : 0;
  const hi = s ? s.tokenEnd : adoc.tokens.length;
  for (let i = lo; i < hi; i++) if (adoc.tokens[i]!.end > off) return i;
  return hi - 1;
}

/** Builds the candidates of one event with their features. */
export function candidates(adoc: AnalyzedDocument, e: Event): Candidate[] {
  const trig = tokenAt(adoc, e.trigger.start);
  const sent = adoc.sentences[e.sentence]!;
  const direct = adoc.quotes.filter((q) => q.direct);
  const inQuote = (off: number): number => direct.findIndex((q) => off >= q.start && off < q.end);
  const trigQ = inQuote(e.trigger.start);
  const speakerOfTrig = adoc.quotes.filter((q) => e.trigger.start >= q.start && e.trigger.start < q.end && q.speaker).map((q) => q.speaker);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const pool = adoc.entities.filter((x) => x.mentions.some((m) => m.sentence === e.sentence) || e.source.includes(x.id) || e.target.includes(x.id));
  for (const ent of pool) {
    if (seen.has(ent.id)) continue;
    seen.add(ent.id);
    if (!['PERS', 'ORG', 'LOC', 'MISC'].includes(ent.type) && !e.source.includes(ent.id) && !e.target.includes(ent.id)) continue;
    const f: string[] = [];
    const add = (s: string): void => {
      f.push(s);
      if (OPTS.conj === 'all' || (OPTS.conj === 'few' && FEW.test(s))) f.push(`${e.type}|${s}`);
    };
    add('bias');
    if (e.source.includes(ent.id)) add('rule=src');
    if (e.target.includes(ent.id)) add('rule=tgt');
    if (!e.source.includes(ent.id) && !e.target.includes(ent.id)) add('rule=none');
    if (e.source.length === 0) add('rules-no-src');
    if (e.target.length === 0) add('rules-no-tgt');
    add(`etype=${ent.type}`);
    add(`sector=${ent.actor?.sector ?? '-'}`);
    f.push(`country=${ent.actor?.country ?? '-'}`);
    if (ent.actor?.kbId) add('kb');
    if (speakerOfTrig.includes(ent.id)) add('speaker-of-trigger-quote');
    const ms = ent.mentions.filter((m) => m.sentence === e.sentence);
    if (!ms.length) {
      const prev = ent.mentions.some((m) => m.sentence === e.sentence - 1);
      add(prev ? 'where=prev-sentence' : 'where=elsewhere');
      out.push({ entity: ent, feats: f });
      continue;
    }
    add('where=sentence');
    if (ms.length > 1) add('several-mentions');
    // The mention nearest the trigger.
    let m = ms[0]!;
    const dist = (x: typeof m): number => (x.tokenEnd <= trig ? trig - x.tokenEnd + 1 : x.tokenStart > trig ? x.tokenStart - trig : 0);
    for (const x of ms) if (dist(x) < dist(m)) m = x;
    const before = m.tokenEnd <= trig;
    const overlap = m.tokenStart <= trig && trig < m.tokenEnd;
    const pos = overlap ? 'in' : before ? 'before' : 'after';
    const d = dist(m);
    add(`pos=${pos}`);
    add(`pos=${pos}|d=${bucket(d)}`);
    const toks = adoc.tokens.slice(m.tokenStart, m.tokenEnd);
    const head = toks.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? toks[0];
    const c = caseOf(head);
    add(`case=${c}`);
    add(`case=${c}|pos=${pos}`);
    let pi = m.tokenStart - 1;
    while (pi >= sent.tokenStart && (QUOTE.test(adoc.tokens[pi]!.text) || adoc.tokens[pi]!.pos === 'ADJ' || adoc.tokens[pi]!.pos === 'DET')) pi--;
    const pt = pi >= sent.tokenStart ? adoc.tokens[pi]! : undefined;
    const prep = pt?.pos === 'ADP' ? pt.lemma ?? pt.text.toLowerCase() : '-';
    add(`prep=${prep}`);
    add(`prep=${prep}|case=${c}`);
    add(`prep=${prep}|pos=${pos}`);
    const prevTok = pt?.text.toLowerCase() ?? '^';
    if (['і', 'та', 'й', ','].includes(prevTok)) add('after-coord');
    if (m.tokenStart === sent.tokenStart || (m.tokenStart === sent.tokenStart + 1 && QUOTE.test(adoc.tokens[sent.tokenStart]!.text))) add('sentence-initial');
    // Between mention and trigger.
    const [lo, hi] = before ? [m.tokenEnd, trig] : [trig + 1, m.tokenStart];
    let fin = 0;
    let boundary = false;
    let quoteMark = false;
    let otherCand = 0;
    for (let i = lo; i < hi; i++) {
      const t = adoc.tokens[i]!;
      if (isFinite(t)) fin++;
      if (QUOTE.test(t.text)) quoteMark = true;
      if ([';', ':', '–', '—'].includes(t.text)) boundary = true;
      if (t.text === ',') {
        const n = adoc.tokens[i + 1];
        if (n && (n.pos === 'SCONJ' || n.pos === 'CCONJ' || /^(що|який|яка|які|яке|якого|якій|яких|де|коли)$/i.test(n.text))) boundary = true;
      }
    }
    for (const o of adoc.entities) {
      if (o === ent) continue;
      for (const om of o.mentions) if (om.sentence === e.sentence && om.tokenStart >= lo && om.tokenEnd <= hi && ['PERS', 'ORG', 'LOC'].includes(o.type)) otherCand++;
    }
    add(`fin-between=${Math.min(fin, 2)}`);
    if (boundary) add('boundary-between');
    if (quoteMark) add('quote-between');
    add(`others-between=${Math.min(otherCand, 2)}`);
    add(`pos=${pos}|fin=${Math.min(fin, 1)}|case=${c}`);
    const q = inQuote(m.start);
    if (q >= 0) add(q === trigQ ? 'in-same-quote' : 'in-other-quote');
    else if (trigQ >= 0) add('trigger-in-quote-cand-out');
    out.push({ entity: ent, feats: f });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Logistic regression (string-keyed, SGD, deterministic)

export interface LogReg {
  w: Record<string, number>;
}

function score(m: LogReg, feats: string[]): number {
  let s = 0;
  for (const f of feats) s += m.w[f] ?? 0;
  return 1 / (1 + Math.exp(-s));
}

export function train(data: { feats: string[]; y: number }[], epochs = OPTS.epochs, l2 = OPTS.l2, seed = 25): LogReg {
  const w: Record<string, number> = {};
  const order = data.map((_, i) => i);
  const r = rng(seed);
  let step = 0;
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = data[k]!;
      const lr = 0.2 / (1 + step++ / 5000);
      const p = score({ w }, x.feats);
      const g = x.y - p;
      for (const f of x.feats) w[f] = (w[f] ?? 0) * (1 - lr * l2) + lr * g;
    }
  }
  return { w };
}

// ---------------------------------------------------------------------------------------------------------------

export interface ArgModel {
  source: LogReg;
  target: LogReg;
}

function examples(docs: Doc[]): { src: { feats: string[]; y: number }[]; tgt: { feats: string[]; y: number }[] } {
  const src: { feats: string[]; y: number }[] = [];
  const tgt: { feats: string[]; y: number }[] = [];
  for (const d of docs) {
    for (const [e, g] of pairEvents(d.adoc, d.gold.events)) {
      const gs = new Set(g.source.map(nameKey));
      const gt = new Set(g.target.map(nameKey));
      for (const c of candidates(d.adoc, e)) {
        const k = nameKey(c.entity.name);
        src.push({ feats: c.feats, y: gs.has(k) ? 1 : 0 });
        tgt.push({ feats: c.feats, y: gt.has(k) ? 1 : 0 });
      }
    }
  }
  return { src, tgt };
}

export function trainModel(docs: Doc[]): ArgModel {
  const { src, tgt } = examples(docs);
  return { source: train(src), target: train(tgt) };
}

/** The events of `adoc` with source and target re-decided by the model. */
export function applyModel(adoc: AnalyzedDocument, m: ArgModel): Event[] {
  return adoc.events.map((e) => {
    const cs = candidates(adoc, e);
    const source: string[] = [];
    const target: string[] = [];
    for (const c of cs) {
      const ps = score(m.source, c.feats);
      const pt = score(m.target, c.feats);
      // A rules' choice is dropped only below `drop`; a new candidate is added only above `add`.
      const ts = e.source.includes(c.entity.id) ? OPTS.drop : OPTS.add;
      const tt = e.target.includes(c.entity.id) ? OPTS.drop : OPTS.add;
      if (ps > ts && (ps >= pt || pt <= tt)) source.push(c.entity.id);
      else if (pt > tt) target.push(c.entity.id);
    }
    return { ...e, source, target };
  });
}

function f1(docs: Doc[], m: ArgModel | null): { f: number; tp: number; fp: number; fn: number } {
  const s = emptyScores();
  for (const d of docs) {
    const adoc = m ? { ...d.adoc, events: applyModel(d.adoc, m) } : d.adoc;
    scoreArticle(d.gold.id, d.gold.date, d.gold.events, predicted(adoc), s);
  }
  const t = micro(s.full);
  return { f: prf(t).f, ...t };
}

function load(sets: Record<string, RegExp>): Doc[] {
  const pipeline = createPipeline();
  const out: Doc[] = [];
  for (const [set, re] of Object.entries(sets)) {
    for (const g of loadGold(join(ROOT, 'eval', 'gold', set), re)) {
      out.push({ set, gold: g, adoc: pipeline.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text }) });
    }
  }
  return out;
}

/**
 * The blind first-run output of each training set: the pipeline of the commit that added the set (before any rule was
 * tuned on it), extracted with `git archive` into a scratch folder and run in a child process; cached as JSON in
 * ARGS_BLIND_DIR (default /tmp/litopys-args-blind). unseen10 gives 0.529 this way, its recorded first run.
 */
function loadBlind(sets: Record<string, RegExp>): Doc[] {
  const cache = process.env.ARGS_BLIND_DIR ?? join(tmpdir(), 'litopys-args-blind');
  mkdirSync(cache, { recursive: true });
  const out: Doc[] = [];
  for (const [set, re] of Object.entries(sets)) {
    const file = join(cache, `${set}.json`);
    if (!existsSync(file)) {
      const commit = execFileSync('git', ['log', '--diff-filter=A', '--format=%H', '--', `eval/gold/${set}`], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
      const tree = mkdtempSync(join(tmpdir(), `args-${set}-`));
      execSync(`git archive ${commit} src models package.json tsconfig.json | tar -x -C ${tree}`, { cwd: ROOT });
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', tree, set, re.source, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      rmSync(tree, { recursive: true, force: true });
      if (r.status !== 0) throw new Error(`blind run of ${set} at ${commit} failed: ${r.stderr}`);
      console.log(`blind run of ${set}: code at ${commit.slice(0, 7)}`);
    }
    for (const x of JSON.parse(readFileSync(file, 'utf8')) as { gold: GoldArticle; adoc: AnalyzedDocument }[]) out.push({ set, gold: x.gold, adoc: x.adoc });
  }
  return out;
}

async function child(tree: string, set: string, pattern: string, file: string): Promise<void> {
  const { createPipeline: create } = await import(pathToFileURL(join(tree, 'src', 'nlp', 'pipeline.ts')).href);
  const p = create();
  const res = loadGold(join(ROOT, 'eval', 'gold', set), new RegExp(pattern)).map((g) => {
    const a = p.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text }) as AnalyzedDocument;
    return { gold: g, adoc: { doc: a.doc, sentences: a.sentences, tokens: a.tokens, mentions: a.mentions, entities: a.entities, times: a.times ?? [], events: a.events, quotes: a.quotes ?? [] } };
  });
  writeFileSync(file, JSON.stringify(res));
}

function crossValidate(docs: Doc[], label: string): void {
  const setNames = [...new Set(docs.map((d) => d.set))];
  const K = 5;
  console.log(`\nCross-validation, ${label} (folds of whole sets, set k in fold k mod 5), full event F1; opts ${JSON.stringify(OPTS)}`);
  console.log('| fold | sets | gold | rules F1 | rules+model F1 | Δtp | Δfp |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  const tot = { r: { tp: 0, fp: 0, fn: 0 }, m: { tp: 0, fp: 0, fn: 0 } };
  for (let k = 0; k < K; k++) {
    const test = new Set(setNames.filter((_, i) => i % K === k));
    const model = trainModel(docs.filter((d) => !test.has(d.set)));
    const te = docs.filter((d) => test.has(d.set));
    const r = f1(te, null);
    const m = f1(te, model);
    for (const [a, b] of [[tot.r, r], [tot.m, m]] as const) {
      a.tp += b.tp;
      a.fp += b.fp;
      a.fn += b.fn;
    }
    console.log(`| ${k + 1} | ${test.size} | ${r.tp + r.fn} | ${r.f.toFixed(3)} | ${m.f.toFixed(3)} | ${m.tp - r.tp} | ${m.fp - r.fp} |`);
  }
  console.log(`| total | ${setNames.length} | ${tot.r.tp + tot.r.fn} | ${prf(tot.r).f.toFixed(3)} | ${prf(tot.m).f.toFixed(3)} | ${tot.m.tp - tot.r.tp} | ${tot.m.fp - tot.r.fp} |`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!, argv[3]!, argv[4]!);
  for (const a of argv) {
    const m = /^--(\w+)=(.+)$/.exec(a);
    if (m && m[1]! in OPTS) (OPTS as Record<string, unknown>)[m[1]!] = m[1] === 'conj' ? m[2] : Number(m[2]);
  }
  if (argv.includes('--heldout-ceiling')) {
    const held = load(HELDOUT_SETS);
    ceiling(held, 'unseen35 + unseen36');
    for (const set of Object.keys(HELDOUT_SETS)) ceiling(held.filter((d) => d.set === set), set);
    return;
  }
  const { articles: _a, ...blindSets } = TRAIN_SETS;
  const blind = argv.includes('--current') ? [] : loadBlind(blindSets);
  const current = argv.includes('--blind') ? [] : load(TRAIN_SETS);
  if (current.length) {
    ceiling(current, 'training sets, current rules');
    crossValidate(current, 'current rules (tuned on every fold: flattering)');
  }
  if (blind.length) {
    ceiling(blind, 'training sets but articles/, blind first-run rules');
    crossValidate(blind, 'blind first-run rules of each set');
  }
  if (!argv.includes('--heldout')) return;
  const model = trainModel(blind.length ? blind : current);
  const held = load(HELDOUT_SETS);
  for (const set of Object.keys(HELDOUT_SETS)) {
    const ds = held.filter((d) => d.set === set);
    const r = f1(ds, null);
    const m = f1(ds, model);
    console.log(`${set}: rules F1 ${r.f.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}) → rules+model F1 ${m.f.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  }
}

if (import.meta.filename === process.argv[1]) await main();
