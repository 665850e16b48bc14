/**
 * Morphology/tagging accuracy: BRUK dev (POS, full VESUM tag, lemma) and UD Ukrainian-IU dev after the VESUM → UD
 * mapping (UPOS, lemma, FEATS). Writes the `morph-eval` section of docs/BENCHMARKS.md; skips without ../shared/data.
 */
import { readFileSync } from 'node:fs';
import { machineLine, writeSection } from '../bench/report.js';
import { dataPath } from './data.js';
import { isWordRow, parseConllu, readBruk } from '../src/nlp/tag/corpus.js';
import { loadTagger } from '../src/nlp/tag/tagger.js';
import { lookupKey, normalizeForm } from '../src/nlp/morph/normalize.js';
import { loadLexicon } from '../src/nlp/morph/lexicon.js';

const pct = (a: number, n: number): string => (n ? ((a / n) * 100).toFixed(2) : '–');

export interface BrukScores {
  tokens: number;
  pos: number;
  tag: number;
  lemma: number;
  lemmaCi: number;
  unknown: number;
  unknownPos: number;
  unknownTag: number;
}

export function evalBruk(path: string): BrukScores {
  const tagger = loadTagger();
  const forms = loadLexicon().model.forms;
  const s: BrukScores = { tokens: 0, pos: 0, tag: 0, lemma: 0, lemmaCi: 0, unknown: 0, unknownPos: 0, unknownTag: 0 };
  for (const sent of readBruk(path)) {
    const out = tagger.tagForms(sent.map((t) => t.form));
    sent.forEach((g, i) => {
      const o = out[i];
      const posOk = o.tag.split(':')[0] === g.tag.split(':')[0];
      s.tokens++;
      if (posOk) s.pos++;
      if (o.tag === g.tag) s.tag++;
      const gl = normalizeForm(g.lemma);
      if (normalizeForm(o.lemma) === gl) s.lemma++;
      if (o.lemma.toLowerCase() === gl.toLowerCase()) s.lemmaCi++;
      if (!(lookupKey(g.form) in forms)) {
        s.unknown++;
        if (posOk) s.unknownPos++;
        if (o.tag === g.tag) s.unknownTag++;
      }
    });
  }
  return s;
}

export interface UdScores {
  tokens: number;
  upos: number;
  lemma: number;
  lemmaCi: number;
  feats: number;
  confusions: Map<string, number>;
}

export function evalUd(path: string): UdScores {
  const tagger = loadTagger();
  const s: UdScores = { tokens: 0, upos: 0, lemma: 0, lemmaCi: 0, feats: 0, confusions: new Map() };
  for (const sent of parseConllu(readFileSync(path, 'utf8'), path)) {
    const words = sent.rows.filter(isWordRow);
    const out = tagger.tagForms(words.map((w) => w.cols[1]));
    words.forEach((w, i) => {
      const o = out[i];
      s.tokens++;
      if (o.upos === w.cols[3]) s.upos++;
      else {
        const k = `${w.cols[3]}→${o.upos}`;
        s.confusions.set(k, (s.confusions.get(k) ?? 0) + 1);
      }
      const gl = normalizeForm(w.cols[2]);
      if (normalizeForm(o.lemma) === gl) s.lemma++;
      if (o.lemma.toLowerCase() === gl.toLowerCase()) s.lemmaCi++;
      if (o.feats === w.cols[5]) s.feats++;
    });
  }
  return s;
}

export default function run(): void {
  const brukDev = dataPath('bruk/dev.tsv', 'morph eval on BRUK dev');
  const udDev = dataPath('ud-uk-iu/uk_iu-ud-dev.conllu', 'morph eval on UD-IU dev');
  if (!brukDev && !udDev) return;
  const meta = JSON.parse(readFileSync(new URL('../models/uk-tagger.meta.json', import.meta.url), 'utf8')) as { version: string };
  const lines: string[] = [
    '## Morphology and tagging accuracy',
    '',
    `Machine: ${machineLine()}. Model \`${meta.version}\` (models/uk-tagger.meta.json), trained on BRUK train only.`,
    '',
    'Command: `npm run eval -- morph`. Lemma: exact string match (apostrophes unified, stress marks removed); "ci" ignores case.',
    '',
  ];
  if (brukDev) {
    const b = evalBruk(brukDev);
    console.log(`BRUK dev: POS ${pct(b.pos, b.tokens)} tag ${pct(b.tag, b.tokens)} lemma ${pct(b.lemma, b.tokens)}`);
    lines.push(
      `### BRUK dev (${b.tokens} tokens; goals POS ≥ 98.5, lemma ≥ 98.5; UDPipe 1: POS 98.5, lemma 97.3, full tag 91.6)`,
      '',
      '| POS | full VESUM tag | lemma | lemma (ci) | words not in the form table | their POS | their full tag |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      `| ${pct(b.pos, b.tokens)} | ${pct(b.tag, b.tokens)} | ${pct(b.lemma, b.tokens)} | ${pct(b.lemmaCi, b.tokens)} | ${b.unknown} (${pct(b.unknown, b.tokens)} %) | ${pct(b.unknownPos, b.unknown)} | ${pct(b.unknownTag, b.unknown)} |`,
      '',
    );
  }
  if (udDev) {
    const u = evalUd(udDev);
    console.log(`UD-IU dev: UPOS ${pct(u.upos, u.tokens)} lemma ${pct(u.lemma, u.tokens)} feats ${pct(u.feats, u.tokens)}`);
    const top = [...u.confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(
      `### UD Ukrainian-IU dev after VESUM → UD mapping (${u.tokens} words; goals UPOS ≥ 97, lemma ≥ 96)`,
      '',
      '| UPOS | lemma | lemma (ci) | FEATS (exact) |',
      '|---:|---:|---:|---:|',
      `| ${pct(u.upos, u.tokens)} | ${pct(u.lemma, u.tokens)} | ${pct(u.lemmaCi, u.tokens)} | ${pct(u.feats, u.tokens)} |`,
      '',
      `Most frequent UPOS confusions (gold→predicted): ${top}.`,
    );
  }
  writeSection('morph-eval', lines.join('\n'));
}
