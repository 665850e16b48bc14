/**
 * Event dates that differ from a gold set's, for the events found (`npx tsx scripts/event-dates.ts eval/gold/unseen24`):
 * each gold event matched by type and a trigger near its gold trigger, printed when its date differs (a gold event with
 * no date expects the article date). A development aid beside `npm run eval`, whose figure counts only full matches.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/nlp/pipeline.js';

interface GoldEvent { type: string; trigger: string; date?: string | { start: string; end: string } }
interface GoldArticle { id: string; date: string; text: string; events: GoldEvent[] }

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/event-dates.ts <gold folder>');
  process.exit(2);
}
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`event-dates: ${dir} is not a folder of gold articles (for example eval/gold/unseen24)`);
  process.exit(2);
}
const span = (s: string, e: string): string => (s === e ? s : `${s}..${e}`);
const pipeline = createPipeline();
let compared = 0;
let differ = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  let g: GoldArticle;
  try {
    g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle;
  } catch (e) {
    // (a file that does not parse is named and skipped; the rest are still compared)
    console.error(`${join(dir, f)}: not valid JSON (${(e as Error).message}); skipped`);
    continue;
  }
  if (!Array.isArray(g.events) || typeof g.text !== 'string' || typeof g.date !== 'string') continue;
  const a = pipeline.analyze({ id: g.id, date: g.date, lang: 'uk', text: g.text });
  for (const ge of g.events) {
    const at = g.text.indexOf(ge.trigger);
    const found = a.events.find((e) => e.type === ge.type && at >= 0 && Math.abs(e.trigger.start - at) < 40);
    if (!found) continue;
    compared++;
    const want = typeof ge.date === 'string' ? ge.date : ge.date ? span(ge.date.start, ge.date.end) : g.date;
    const got = found.date ? span(found.date.start, found.date.end) : 'none';
    if (want !== got) {
      differ++;
      console.log(`${f} ${ge.type} «${ge.trigger}»: gold ${want}${ge.date ? '' : ' (article date)'}, found ${got}`);
    }
  }
}
console.log(`${compared} events compared, ${differ} with another date`);
