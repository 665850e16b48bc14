/**
 * NER accuracy on NER-UK 2.0 dev: strict span + type micro-F1 and per-type P/R/F1 (nested spans flattened to the
 * outermost, as in training), plus speed (tokens/s on one core, with and without the morphology tagger). The corpus
 * tokens are re-analysed by our tagger (Tagger.tagForms), exactly as at run time. Writes the `ner-eval` section of
 * docs/BENCHMARKS.md; skips without ../shared/data.
 */
import { readFileSync } from 'node:fs';
import { machineLine, writeSection } from '../bench/report.js';
import { dataPath } from './data.js';
import { ENTITY_TYPES } from '../src/types.js';
import { loadTagger } from '../src/nlp/tag/tagger.js';
import { readNerFolder } from '../src/nlp/ner/corpus.js';
import { loadNer } from '../src/nlp/ner/ner.js';
import type { NerToken } from '../src/nlp/ner/features.js';
import type { TokenSpan } from '../src/nlp/ner/labels.js';
import { scoreSpans } from '../src/nlp/ner/score.js';

const pct = (x: number): string => (x * 100).toFixed(2);

export default function run(): void {
  const dir = dataPath('ner-uk/dev', 'NER eval on NER-UK dev');
  if (!dir) return;
  const meta = JSON.parse(readFileSync(new URL('../models/uk-ner.meta.json', import.meta.url), 'utf8')) as { version: string; files: Record<string, number> };
  const corpus = readNerFolder(dir);
  const tagger = loadTagger();
  const ner = loadNer();
  const forms = corpus.sentences.map((s) => s.forms);
  const nTokens = forms.reduce((a, f) => a + f.length, 0);
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // accuracy (first pass: every form new to this process, also warms the caches)
  let t0 = cpuMs();
  const toks: NerToken[][] = forms.map((f) => {
    const t = tagger.tagForms(f);
    return f.map((x, i) => ({ text: x, lemma: t[i].lemma, tag: t[i].tag, pos: t[i].upos }));
  });
  // the sentences of a document together, as the pipeline component runs (a two-pass model uses document cues)
  const runs: [number, number][] = [];
  for (let i = 0; i < corpus.sentences.length; ) {
    let j = i + 1;
    while (j < corpus.sentences.length && corpus.sentences[j].doc === corpus.sentences[i].doc) j++;
    runs.push([i, j]);
    i = j;
  }
  const byDoc = (f: (a: number, b: number) => TokenSpan[][]): TokenSpan[][] => runs.flatMap(([a, b]) => f(a, b));
  const firstTagMs = cpuMs() - t0;
  t0 = cpuMs();
  const pred = byDoc((a, b) => ner.docSpans(toks.slice(a, b)));
  const firstNerMs = cpuMs() - t0;
  const s = scoreSpans(corpus.sentences.map((x) => x.spans), pred);
  // the pipeline component also adds knowledge-base names and countries the model missed (fallback)
  const sf = scoreSpans(corpus.sentences.map((x) => x.spans), byDoc((a, b) => ner.docSpans(toks.slice(a, b), { fallback: true })));
  // speed on a second pass over the same text (every cache warm): NER alone, and tagger + NER; CPU time of this
  // process (the machine is shared: wall time would count other processes' turns)
  t0 = cpuMs();
  for (const [a, b] of runs) ner.docSpans(toks.slice(a, b));
  const nerMs = cpuMs() - t0;
  t0 = cpuMs();
  for (const [a, b] of runs) {
    ner.docSpans(
      forms.slice(a, b).map((f) => {
        const t = tagger.tagForms(f);
        return f.map((x, i) => ({ text: x, lemma: t[i].lemma, tag: t[i].tag, pos: t[i].upos }));
      }),
    );
  }
  const bothMs = cpuMs() - t0;
  const nerRate = Math.round(nTokens / (nerMs / 1000));
  const bothRate = Math.round(nTokens / (bothMs / 1000));
  console.log(`NER-UK dev: P ${pct(s.micro.p)} R ${pct(s.micro.r)} F1 ${pct(s.micro.f)} (with gazetteer fallback F1 ${pct(sf.micro.f)}); ${nerRate} tokens/s NER, ${bothRate} tokens/s tagger + NER`);
  const rows = ENTITY_TYPES.map((t) => {
    const x = s.perType[t];
    return `| ${t} | ${x.gold} | ${x.pred} | ${pct(x.p)} | ${pct(x.r)} | ${pct(x.f)} |`;
  });
  writeSection(
    'ner-eval',
    [
      '## Named entities (NER-UK 2.0 dev)',
      '',
      `Machine: ${machineLine()}. Model \`${meta.version}\` (models/uk-ner.meta.json, ${(meta.files['uk-ner.json.gz'] / 1e6).toFixed(1)} MB), trained on NER-UK train only.`,
      '',
      'Command: `npm run eval -- ner` (`eval/ner.eval.ts`). Strict: a mention counts only with the exact token span and type. Gold: ' +
        `${corpus.sentences.length} sentences, ${nTokens} tokens (the corpus tokens; tokens of the \`ng-\` documents with punctuation attached are split as our segmenter splits them), ` +
        `${corpus.entities} annotated spans of which ${corpus.nested} nested inside a longer one and ${corpus.dropped} crossing a line break are left out (flat outermost spans, as in training). ` +
        'Our tagger analyses the tokens first (lemma, VESUM tag), as at run time. For reference: RoBERTa-large on NER-UK 2.0 (test) F1 0.892.',
      '',
      `**Micro: P ${pct(s.micro.p)}, R ${pct(s.micro.r)}, F1 ${pct(s.micro.f)}** (${s.micro.gold} gold, ${s.micro.pred} predicted, ${s.micro.tp} correct).`,
      '',
      `With the gazetteer fallback the \`ner\` pipeline component applies (knowledge-base names and countries the model missed): P ${pct(sf.micro.p)}, R ${pct(sf.micro.r)}, F1 ${pct(sf.micro.f)}.`,
      '',
      '| type | gold | predicted | P | R | F1 |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Speed (tokens per CPU-second of this single-threaded process, dev set): first pass (models just loaded, every form new: tagger ${Math.round(nTokens / (firstTagMs / 1000)).toLocaleString('en')}, NER ${Math.round(nTokens / (firstNerMs / 1000)).toLocaleString('en')} tokens/s); a second pass over the same text with every cache warm, an upper bound: NER alone ${nerRate.toLocaleString('en')} tokens/s, morphology tagger + NER ${bothRate.toLocaleString('en')} tokens/s. The figures on fresh text after a warm-up, which judge the goal of ≥ 50,000 tokens/s/core with morphology, are in the NER speed section (\`npm run bench -- ner\`).`,
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) run();
