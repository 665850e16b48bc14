/**
 * NER + resolve speed on running text: the articles of examples/ (written for this project) segmented and tagged,
 * then the `ner` and `resolve` stages timed on their own and with the tagger, in tokens/s on one core (warm
 * caches: the text is analysed once before timing), plus model load time. Writes the `ner` section of
 * docs/BENCHMARKS.md. Needs nothing from ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, machineLine, writeSection } from './report.js';
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument, Document } from '../src/types.js';

export default function run(): void {
  const docs: Document[] = [];
  for (const f of readdirSync(join(ROOT, 'examples')).sort()) {
    if (!f.endsWith('.txt')) continue;
    docs.push({ id: f, date: null, lang: 'uk', text: readFileSync(join(ROOT, 'examples', f), 'utf8') });
  }
  const t0 = performance.now();
  const seg = createPipeline(['segment']);
  const [, tag, ner, resolve] = createPipeline(['segment', 'tag', 'ner', 'resolve']).components;
  tag.run(seg.analyze({ id: 'warm', date: null, lang: 'uk', text: 'Розігрів.' }));
  const loadTagMs = performance.now() - t0;
  const t = performance.now();
  const warm = seg.analyze({ id: 'warm', date: null, lang: 'uk', text: 'Андрій Коваль прибув до Києва.' });
  tag.run(warm);
  ner.run(warm);
  resolve.run(warm);
  const loadNerMs = performance.now() - t;
  // the corpus: the examples repeated until ~50k tokens
  const base = docs.map((d) => seg.analyze(d));
  const tokensPerRound = base.reduce((a, d) => a + d.tokens.length, 0);
  const rounds = Math.max(1, Math.ceil(50_000 / tokensPerRound));
  const fresh = (): AnalyzedDocument[] => {
    const out: AnalyzedDocument[] = [];
    for (let r = 0; r < rounds; r++) for (const d of docs) out.push(seg.analyze(d));
    return out;
  };
  // CPU time of this process: the machine may be shared, and wall time would count other processes' turns
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = (adocs: AnalyzedDocument[], stages: { run(a: AnalyzedDocument): void }[]): number => {
    const s = cpuMs();
    for (const a of adocs) for (const c of stages) c.run(a);
    return cpuMs() - s;
  };
  const warmup = fresh();
  time(warmup, [tag, ner, resolve]);
  const tagged = fresh();
  const tagMs = time(tagged, [tag]);
  const nerMs = time(tagged, [ner]);
  const resolveMs = time(tagged, [resolve]);
  const n = tokensPerRound * rounds;
  const mentions = tagged.reduce((a, d) => a + d.mentions.length, 0);
  const entities = tagged.reduce((a, d) => a + d.entities.length, 0);
  const rate = (ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en');
  console.log(`ner ${rate(nerMs)} tok/s, resolve ${rate(resolveMs)} tok/s, tag+ner+resolve ${rate(tagMs + nerMs + resolveMs)} tok/s`);
  writeSection(
    'ner',
    [
      '## NER and entity resolution speed',
      '',
      `Machine: ${machineLine()}. Command: \`npm run bench -- ner\` (\`bench/ner.bench.ts\`): the ${docs.length} articles of examples/ repeated ${rounds}× ` +
        `(${n.toLocaleString('en')} tokens, ${mentions.toLocaleString('en')} mentions, ${entities.toLocaleString('en')} entities), segmented first; each stage timed over all of them after a warm-up pass, in tokens per CPU-second of this single-threaded process (tokens/s/core).`,
      '',
      '| stage(s) | tokens/s |',
      '|---|---:|',
      `| tag (morphology) | ${rate(tagMs)} |`,
      `| ner | ${rate(nerMs)} |`,
      `| resolve | ${rate(resolveMs)} |`,
      `| tag + ner + resolve | ${rate(tagMs + nerMs + resolveMs)} |`,
      '',
      `Load time: lexicon + tagger ${(loadTagMs / 1000).toFixed(1)} s; NER model + gazetteers (+ resolve) ${(loadNerMs / 1000).toFixed(1)} s.`,
    ].join('\n'),
  );
}
