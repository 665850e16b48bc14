/**
 * Loads the hand-written gold articles (eval/gold/articles/*.json) and the founding article: its text from
 * ../shared/seed (never committed, read at eval time), its gold from eval/gold/seed.json. Returns null for the seed,
 * after saying why, when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../bench/report.js';
import { SEED_DIR } from '../data.js';

export interface GoldQuote {
  speaker: string | null;
  text: string;
  direct: boolean;
}
export interface GoldTime {
  text: string;
  value: { start: string; end: string };
}
export interface GoldArticle {
  id: string;
  date: string;
  text: string;
  quotes: GoldQuote[];
  times: GoldTime[];
}

/** Seed quotes are located by a short string the quote contains (no sentences of the article are stored). */
export interface SeedQuote {
  speaker: string | null;
  has: string;
  direct: boolean;
  cue?: string;
}
export interface SeedGold {
  date: string;
  quotes?: SeedQuote[];
  times?: GoldTime[];
}

export function loadGoldArticles(): GoldArticle[] {
  const dir = join(ROOT, 'eval', 'gold', 'articles');
  return readdirSync(dir)
    .filter((f) => /^\d{3}\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}

/** The gold articles of eval/gold/<sub> whose file names match `pattern`, in name order ([] when the folder is absent). */
export function loadGoldSet(sub: string, pattern: RegExp): GoldArticle[] {
  const dir = join(ROOT, 'eval', 'gold', sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}

/** Held-out articles for the time and quotes stages (eval/gold/heldout, never tuned on). */
export function loadHeldout(): GoldArticle[] {
  return loadGoldSet('heldout', /^h\d{2}\.json$/);
}

export function loadSeed(): { date: string; text: string; gold: SeedGold; file: string } | null {
  const goldFile = join(ROOT, 'eval', 'gold', 'seed.json');
  if (!existsSync(SEED_DIR)) {
    console.log(`skipped the founding article: ${SEED_DIR} not found (it lives in ../shared/seed beside the clone, or set LITOPYS_SEED)`);
    return null;
  }
  const file = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!file || !existsSync(goldFile)) {
    console.log(`skipped the founding article: no .txt file in ${SEED_DIR} or no ${goldFile}`);
    return null;
  }
  const raw = readFileSync(join(SEED_DIR, file), 'utf8');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  return { date: m ? m[1] : gold.date, text: m ? raw.slice(m[0].length) : raw, gold, file };
}

/** Every [start, end) occurrence of `needle` in `text`. */
export function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) out.push([k, k + needle.length]);
  return out;
}

/** Names compared as the events scorer does: lower case, apostrophes unified, quotes dropped, spaces collapsed. */
export function normName(s: string): string {
  return s.toLowerCase().replace(/[’ʼ`']/g, "'").replace(/[«»"“”„]/g, '').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}
