/**
 * NER + resolve speed: the `tag`, `ner` and `resolve` stages timed on their own, in tokens per CPU second on one core,
 * plus model load time. On fresh text (bench/freshText.ts: distinct documents analysed once after a warm-up on
 * other documents; needs ../shared/data) — the figure that counts — and on the articles of examples/ repeated
 * (every cache hit: the upper bound). Writes the `ner` section of docs/BENCHMARKS.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, machineLine, writeSection } from './report.js';
import { freshText } from './freshText.js';
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
  const rate = (ms: number, tokens = n): string => Math.round(tokens / (ms / 1000)).toLocaleString('en');
  console.log(`repeated text: tag ${rate(tagMs)}, ner ${rate(nerMs)} tok/s, resolve ${rate(resolveMs)} tok/s, tag+ner+resolve ${rate(tagMs + nerMs + resolveMs)} tok/s`);

  // fresh text: warm up on other documents, then each document once
  const text = freshText();
  let freshLines: string[] = ['Fresh text: not measured (no ../shared/data; set LITOPYS_DATA).'];
  if (text) {
    time(text.warm.map((d) => seg.analyze(d)), [tag, ner, resolve]);
    const timed = text.timed.map((d) => seg.analyze(d));
    const fn = timed.reduce((a, d) => a + d.tokens.length, 0);
    const fTag = time(timed, [tag]);
    const fNer = time(timed, [ner]);
    const fResolve = time(timed, [resolve]);
    console.log(`fresh text: tag ${rate(fTag, fn)}, ner ${rate(fNer, fn)}, resolve ${rate(fResolve, fn)}, tag+ner+resolve ${rate(fTag + fNer + fResolve, fn)} tok/s`);
    freshLines = [
      `Fresh text (the figure that counts): ${text.describe} (${fn.toLocaleString('en')} tokens), after a warm-up on ${text.warmTokens.toLocaleString('en')} tokens of BRUK train.`,
      '',
      '| stage(s) | tokens/s, fresh text | tokens/s, examples repeated |',
      '|---|---:|---:|',
      `| tag (morphology) | ${rate(fTag, fn)} | ${rate(tagMs)} |`,
      `| ner | ${rate(fNer, fn)} | ${rate(nerMs)} |`,
      `| resolve | ${rate(fResolve, fn)} | ${rate(resolveMs)} |`,
      `| tag + ner + resolve | **${rate(fTag + fNer + fResolve, fn)}** | ${rate(tagMs + nerMs + resolveMs)} |`,
    ];
  }
  writeSection(
    'ner',
    [
      '## NER and entity resolution speed',
      '',
      `Machine: ${machineLine()}. Command: \`npm run bench -- ner\` (\`bench/ner.bench.ts\`): each stage timed on its own over segmented text, in tokens per CPU-second of this single-threaded process (tokens/s/core).`,
      '',
      ...freshLines,
      '',
      `Examples repeated (the upper bound, every cache hit): the ${docs.length} articles of examples/ repeated ${rounds}× ` +
        `(${n.toLocaleString('en')} tokens, ${mentions.toLocaleString('en')} mentions, ${entities.toLocaleString('en')} entities), timed after a warm-up pass over the same text.`,
      '',
      `Load time: lexicon + tagger ${(loadTagMs / 1000).toFixed(1)} s; NER model + gazetteers (+ resolve) ${(loadNerMs / 1000).toFixed(1)} s.`,
    ].join('\n'),
  );
}
