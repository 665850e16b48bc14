/**
 * Text the pipeline has not seen, for speed measurements that mean what a long ingest of new articles does.
 *
 * The analysis stages keep caches per word form, word pair and tag set. A benchmark that repeats the same documents
 * measures those caches hitting every time (tag ~1 ms and ner ~2 ms per 1k tokens on repeated text, against 15–22
 * ms on text not seen before), which no stream of new articles does. So the speed figures are taken on distinct
 * documents, after a warm-up on other distinct documents (a stream's earlier articles):
 *
 * - warm-up: the first WARM_TOKENS tokens of BRUK train (rebuilt as running text from its tokens);
 * - timed: the news texts of NER-UK (train and dev, `ng-*`: none of them is in BRUK) and BRUK dev.
 *
 * Both come from ../shared/data (or LITOPYS_DATA); without them this returns null and says why, and the benches
 * report only what they can measure without it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/types.js';
import { dataPath } from '../eval/data.js';

/** Tokens of BRUK train used to warm the pipeline up before timing. */
export const WARM_TOKENS = 300_000;

export interface FreshText {
  warm: Document[];
  warmTokens: number;
  timed: Document[];
  /** What the timed documents are, for the report. */
  describe: string;
}

const NO_SPACE_BEFORE = /\s+([.,!?:;»)%…])/g;
const NO_SPACE_AFTER = /([«(])\s+/g;

/** BRUK's tab-separated corpus rebuilt as documents of running text (tokens joined, spaces before punctuation dropped). */
export function brukDocuments(file: string, maxTokens: number, prefix: string): { docs: Document[]; tokens: number } {
  const docs: Document[] = [];
  let sentences: string[] = [];
  let words: string[] = [];
  let tokens = 0;
  const endSentence = (): void => {
    if (words.length) sentences.push(words.join(' ').replace(NO_SPACE_BEFORE, '$1').replace(NO_SPACE_AFTER, '$1'));
    words = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length) docs.push({ id: `${prefix}${docs.length}`, date: '2025-01-01', lang: 'uk', text: sentences.join(' ') });
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# doc')) {
      endDocument();
      if (tokens >= maxTokens) break;
    } else if (!line.trim()) endSentence();
    else {
      const tab = line.indexOf('\t');
      words.push(tab < 0 ? line : line.slice(0, tab));
      tokens++;
    }
  }
  endDocument();
  return { docs, tokens };
}

/** The warm-up and timed documents, or null (with a message) when ../shared/data is absent. */
export function freshText(): FreshText | null {
  const bruk = dataPath('bruk', 'the fresh-text speed measurement');
  const ner = dataPath('ner-uk', 'the fresh-text speed measurement');
  if (!bruk || !ner) return null;
  const warm = brukDocuments(join(bruk, 'train.tsv'), WARM_TOKENS, 'bruk-train-');
  const timed: Document[] = [];
  let news = 0;
  for (const part of ['train', 'dev']) {
    const dir = join(ner, part);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.startsWith('ng-') && x.endsWith('.txt')).sort()) {
      timed.push({ id: f, date: '2025-01-01', lang: 'uk', text: readFileSync(join(dir, f), 'utf8') });
      news++;
    }
  }
  const dev = brukDocuments(join(bruk, 'dev.tsv'), Infinity, 'bruk-dev-');
  timed.push(...dev.docs);
  return {
    warm: warm.docs,
    warmTokens: warm.tokens,
    timed,
    describe: `${news} news texts of NER-UK (train + dev, \`ng-*\`) and the ${dev.docs.length} documents of BRUK dev, each analysed once`,
  };
}
