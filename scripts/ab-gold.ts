/**
 * Which gold events and quote speakers a change moved, set by set, between two checkouts — the check a round of rules
 * needs before it is kept: rules drawn from one set's misses broke others on the next blind set (docs/events.md, stop
 * 16), and a single F1 per set hides a gain here paid by a loss there.
 *
 *   npx tsx scripts/ab-gold.ts /path/to/tree-A /path/to/tree-B [set …]
 *
 * Runs the default pipeline of each tree (its own `src/`, in a child process) over this checkout's gold sets (default:
 * every set the evals score, not the blind set kept for the next stop), scores events with eval/events.eval.ts and
 * quotes with eval/quotes.eval.ts, and prints per set the F1 and speaker accuracy of A and B and every event miss or
 * speaker miss found in one run and not the other. Only prints; a blind set named here has been run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** Gold sets and their file patterns (the later sets, beside eval/gold/articles). */
const SETS: Record<string, RegExp> = {
  articles: /^\d{3}\.json$/, 'events-extra': /^x\d{2}\.json$/, unseen2: /^u\d{2}\.json$/, unseen3: /^v\d{2}\.json$/,
  unseen4: /^w\d{2}\.json$/, unseen5: /^y\d{2}\.json$/, unseen6: /^z\d{2}\.json$/, unseen7: /^q\d{2}\.json$/,
  unseen8: /^r\d{2}\.json$/, unseen9: /^s\d{2}\.json$/, unseen10: /^p\d{2}\.json$/, unseen11: /^o\d{2}\.json$/,
  unseen12: /^n\d{2}\.json$/, unseen13: /^m\d{2}\.json$/, unseen14: /^l\d{2}\.json$/, unseen15: /^k\d{2}\.json$/, unseen16: /^j\d{2}\.json$/,
  unseen17: /^i\d{2}\.json$/, unseen18: /^h\d{2}\.json$/, unseen19: /^g\d{2}\.json$/, unseen20: /^f\d{2}\.json$/, unseen21: /^e\d{2}\.json$/, unseen22: /^d\d{2}\.json$/, unseen23: /^c\d{2}\.json$/, unseen24: /^b\d{2}\.json$/, unseen25: /^a\d{2}\.json$/, unseen26: /^t\d{2}\.json$/, unseen27: /^za\d{2}\.json$/, unseen28: /^zb\d{2}\.json$/, unseen29: /^zc\d{2}\.json$/, unseen30: /^zd\d{2}\.json$/, unseen31: /^ze\d{2}\.json$/, unseen32: /^zf\d{2}\.json$/, unseen33: /^zg\d{2}\.json$/, unseen34: /^zh\d{2}\.json$/, unseen35: /^zi\d{2}\.json$/, unseen36: /^zj\d{2}\.json$/, unseen37: /^zk\d{2}\.json$/, unseen38: /^zl\d{2}\.json$/, unseen39: /^zm\d{2}\.json$/, unseen40: /^zn\d{2}\.json$/, unseen41: /^zo\d{2}\.json$/, unseen42: /^zp\d{2}\.json$/, unseen43: /^zq\d{2}\.json$/, unseen44: /^zr\d{2}\.json$/, unseen45: /^zs\d{2}\.json$/, unseen46: /^zt\d{2}\.json$/, unseen47: /^zu\d{2}\.json$/, unseen48: /^zv\d{2}\.json$/, unseen49: /^zw\d{2}\.json$/, unseen50: /^zx\d{2}\.json$/, unseen51: /^zy\d{2}\.json$/, unseen52: /^zz\d{2}\.json$/, unseen53: /^ya\d{2}\.json$/, unseen54: /^yb\d{2}\.json$/, unseen55: /^yc\d{2}\.json$/, unseen56: /^yd\d{2}\.json$/, unseen57: /^ye\d{2}\.json$/, unseen58: /^yf\d{2}\.json$/, unseen59: /^yg\d{2}\.json$/, unseen60: /^yh\d{2}\.json$/, unseen61: /^yi\d{2}\.json$/, unseen62: /^yj\d{2}\.json$/, unseen63: /^yk\d{2}\.json$/, unseen64: /^yl\d{2}\.json$/, unseen65: /^ym\d{2}\.json$/, unseen66: /^yn\d{2}\.json$/, unseen67: /^yo\d{2}\.json$/, unseen68: /^yp\d{2}\.json$/, unseen69: /^yq\d{2}\.json$/, unseen70: /^yr\d{2}\.json$/, unseen71: /^ys\d{2}\.json$/, unseen72: /^yt\d{2}\.json$/, unseen73: /^yu\d{2}\.json$/, unseen74: /^yv\d{2}\.json$/,
};

interface SetResult {
  set: string;
  f1: number;
  speakers: string;
  misses: string[];
}

/** Child mode: scores the gold sets with the pipeline of `tree`, prints one JSON line. */
async function child(tree: string, sets: string[]): Promise<void> {
  const ev = await import(pathToFileURL(join(ROOT, 'eval', 'events.eval.ts')).href);
  const qe = await import(pathToFileURL(join(ROOT, 'eval', 'quotes.eval.ts')).href);
  const { loadGoldSet, occurrences } = await import(pathToFileURL(join(ROOT, 'eval', 'gold', 'load.ts')).href);
  const { createPipeline } = await import(pathToFileURL(join(tree, 'src', 'nlp', 'pipeline.ts')).href);
  const pipeline = createPipeline();
  const out: SetResult[] = [];
  for (const set of sets) {
    const dir = join(ROOT, 'eval', 'gold', set);
    if (!existsSync(dir) || !readdirSync(dir).some((f) => SETS[set]!.test(f))) continue;
    const articles = ev.loadGold(dir, SETS[set]);
    const es = ev.emptyScores();
    const qs = qe.emptyScores();
    const quoted = new Map<string, { quotes?: { speaker: string | null; direct: boolean; text: string }[] }>();
    for (const a of loadGoldSet(set, SETS[set]) as { id: string; quotes?: { speaker: string | null; direct: boolean; text: string }[] }[]) quoted.set(a.id, a);
    for (const g of articles) {
      const adoc = pipeline.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text });
      ev.scoreArticle(g.id, g.date, g.events, ev.predicted(adoc), es);
      const gq = quoted.get(g.id)?.quotes ?? [];
      qe.scoreQuotes(g.id, adoc, gq.map((q) => ({ ...q, spans: occurrences(g.text, q.text), label: q.text.slice(0, 60) })), qs);
    }
    const m = qe.summarize(qs);
    out.push({ set, f1: ev.prf(ev.micro(es.full)).f, speakers: `${m.speaker.toFixed(3)} (${qs.speaker}/${qs.tp})`, misses: [...es.misses, ...qs.misses] });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

function run(tree: string, sets: string[]): SetResult[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', tree, ...sets], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`the pipeline of ${tree} failed (exit ${r.status})`);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as SetResult[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args.slice(2));
  const [a, b, ...named] = args;
  if (!a || !b) {
    console.error('usage: npx tsx scripts/ab-gold.ts TREE_A TREE_B [set …]');
    process.exit(1);
  }
  for (const t of [a, b]) {
    if (!existsSync(join(t, 'src', 'nlp', 'pipeline.ts'))) {
      console.error(`${t}: no src/nlp/pipeline.ts — give the root of a litopys checkout`);
      process.exit(1);
    }
  }
  for (const s of named) {
    if (!SETS[s]) {
      console.error(`unknown set "${s}"; known: ${Object.keys(SETS).join(', ')}`);
      process.exit(1);
    }
  }
  const sets = named.length ? named : Object.keys(SETS);
  const ra = run(resolve(a), sets);
  const rb = run(resolve(b), sets);
  for (const x of ra) {
    const y = rb.find((r) => r.set === x.set)!;
    const lost = y.misses.filter((m) => !x.misses.includes(m));
    const fixed = x.misses.filter((m) => !y.misses.includes(m));
    const mark = lost.length || fixed.length ? '' : ' (same)';
    console.log(`${x.set}: events F1 ${x.f1.toFixed(3)} → ${y.f1.toFixed(3)}, speakers ${x.speakers} → ${y.speakers}${mark}`);
    for (const m of fixed) console.log(`  − ${m}`);
    for (const m of lost) console.log(`  + ${m}`);
  }
}

await main();
