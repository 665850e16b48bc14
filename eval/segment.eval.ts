/**
 * Segmentation accuracy on UD Ukrainian-IU dev: each paragraph's sentences are joined with a space (as running text),
 * segmented, and compared with the gold sentence ends and token spans (strict span match; multiword-token ranges
 * count as one surface token). Also times the segmenter. Writes the `segment-eval` section of docs/BENCHMARKS.md;
 * skips without ../shared/data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineLine, writeSection } from '../bench/report.js';
import { dataPath } from './data.js';
import { segment } from '../src/nlp/segment/segmenter.js';

interface Paragraph {
  text: string;
  sentenceEnds: number[];
  tokens: [number, number][];
}

/** Rebuilds running paragraphs with gold sentence ends and token spans from a CoNLL-U file. */
export function readParagraphs(conllu: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let sentText = '';
  let sentStart = 0;
  let pos = 0;
  let skipUntil = 0;
  const flush = (): void => {
    if (cur && cur.text) paragraphs.push(cur);
    cur = null;
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc') || line.startsWith('# newpar')) {
      flush();
      continue;
    }
    if (line.startsWith('# text = ')) {
      if (!cur) cur = { text: '', sentenceEnds: [], tokens: [] };
      if (cur.text) cur.text += ' ';
      sentStart = cur.text.length;
      sentText = line.slice(9);
      cur.text += sentText;
      cur.sentenceEnds.push(cur.text.length);
      pos = 0;
      skipUntil = 0;
      continue;
    }
    if (!cur || !line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0];
    if (id.includes('.')) continue;
    if (id.includes('-')) {
      skipUntil = Number(id.split('-')[1]);
    } else if (Number(id) <= skipUntil) {
      continue;
    }
    const form = cols[1];
    const at = sentText.indexOf(form, pos);
    if (at < 0) continue; // form not found verbatim (rare normalisation): leave it out of the gold
    cur.tokens.push([sentStart + at, sentStart + at + form.length]);
    pos = at + form.length;
  }
  flush();
  return paragraphs;
}

function f1(tp: number, gold: number, pred: number): { p: number; r: number; f: number } {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export default async function evalSegment(): Promise<void> {
  const dir = dataPath('ud-uk-iu', 'segmentation eval (UD Ukrainian-IU dev)');
  if (!dir) return;
  const paragraphs = readParagraphs(readFileSync(join(dir, 'uk_iu-ud-dev.conllu'), 'utf8'));
  let sGold = 0, sPred = 0, sTp = 0, tGold = 0, tPred = 0, tTp = 0, chars = 0;
  const t0 = performance.now();
  const results = paragraphs.map((p) => segment(p.text));
  const seconds = (performance.now() - t0) / 1000;
  paragraphs.forEach((p, i) => {
    const { sentences, tokens } = results[i];
    chars += p.text.length;
    // The paragraph end is given (paragraphs are segmented one by one): score the inner boundaries only.
    const gold = new Set(p.sentenceEnds.slice(0, -1));
    const pred = sentences.slice(0, -1).map((s) => s.end);
    sGold += gold.size;
    sPred += pred.length;
    sTp += pred.filter((e) => gold.has(e)).length;
    const goldTok = new Set(p.tokens.map(([a, b]) => `${a}:${b}`));
    tGold += goldTok.size;
    tPred += tokens.length;
    tTp += tokens.filter((t) => goldTok.has(`${t.start}:${t.end}`)).length;
  });
  const s = f1(sTp, sGold, sPred);
  const t = f1(tTp, tGold, tPred);
  const pct = (x: number): string => (x * 100).toFixed(2);
  console.log(`sentence boundaries F1 ${pct(s.f)} (P ${pct(s.p)}, R ${pct(s.r)}); tokens F1 ${pct(t.f)}`);
  writeSection(
    'segment-eval',
    `## Segmentation (UD Ukrainian-IU dev)

Machine: ${machineLine()}. Command: \`npm run eval -- segment\` (\`eval/segment.eval.ts\`). The ${paragraphs.length}
paragraphs of \`uk_iu-ud-dev.conllu\` are rebuilt as running text (sentences joined by a space) and segmented; the
inner sentence boundaries and the token spans are compared with the gold ones (exact match). UD-IU mixes fiction,
news and legal text; its tokenisation splits some things ours keeps whole (e.g. abbreviation full stops), which
counts against us here.

| measure | precision | recall | F1 | gold |
|---|---:|---:|---:|---:|
| sentence boundaries | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)} | ${sGold} |
| tokens | ${pct(t.p)} | ${pct(t.r)} | ${pct(t.f)} | ${tGold} |

Speed: ${(chars / seconds / 1e6).toFixed(1)} M characters/s on this set (one core, warm-up included).`,
  );
}
