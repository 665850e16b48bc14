/**
 * Output-identity check for speed work: runs the default pipeline over every gold set, examples/ and (when present)
 * the first 300 NER-UK dev texts and BRUK dev (a second pass and a batch-mode pass must agree with the first), and writes a canonical JSON of the full analysis. Compare two runs byte for byte.
 *
 *   npx tsx scripts/snapshot-pipeline.ts /tmp/snap-before.json
 *   npx tsx scripts/snapshot-pipeline.ts /tmp/snap-after.json && cmp /tmp/snap-before.json /tmp/snap-after.json
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPipeline } from '../src/nlp/pipeline.js';
import type { AnalyzedDocument, Document } from '../src/types.js';
import { brukDocuments } from '../bench/freshText.js';

const ROOT = resolve(import.meta.dirname, '..');

function corpus(): Document[] {
  const docs: Document[] = [];
  for (const set of ['articles', 'heldout', 'events-extra', 'unseen2']) {
    const dir = join(ROOT, 'eval', 'gold', set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; date: string; text: string };
      docs.push({ id: `${set}/${g.id}`, date: g.date, lang: 'uk', text: g.text });
    }
  }
  const ex = join(ROOT, 'examples');
  for (const f of readdirSync(ex).sort()) {
    const text = readFileSync(join(ex, f), 'utf8');
    if (f.endsWith('.jsonl')) {
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id?: string; date?: string; text: string };
        docs.push({ id: r.id ?? `${f}:${docs.length}`, date: r.date ?? null, lang: 'uk', text: r.text });
      }
    } else if (f.endsWith('.txt')) {
      const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(text);
      docs.push({ id: f, date: m ? m[1]! : null, lang: 'uk', text: text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '') });
    }
  }
  const dev = join(ROOT, '..', 'shared', 'data', 'ner-uk', 'dev');
  if (existsSync(dev)) {
    const files = readdirSync(dev).filter((x) => x.endsWith('.txt')).sort().slice(0, 300);
    for (const f of files) docs.push({ id: `ner-uk/${f}`, date: '2024-01-01', lang: 'uk', text: readFileSync(join(dev, f), 'utf8') });
  }
  // (and BRUK dev rebuilt as running text, the fresh text of the speed benchmark: long documents of every genre)
  const bruk = join(ROOT, '..', 'shared', 'data', 'bruk', 'dev.tsv');
  if (existsSync(bruk)) docs.push(...brukDocuments(bruk, Infinity, 'bruk-dev/').docs);
  return docs;
}

function canonical(a: AnalyzedDocument): unknown {
  return {
    id: a.doc.id,
    sentences: a.sentences.map((s) => [s.index, s.start, s.end, s.tokenStart, s.tokenEnd]),
    tokens: a.tokens.map((t) => [t.i, t.start, t.end, t.text, t.kind, t.sentence, t.spaceAfter, t.lemma ?? null, t.pos ?? null, t.feats ?? null, t.tag ?? null]),
    mentions: a.mentions,
    entities: a.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => [m.start, m.end, m.entity ?? null]) })),
    times: a.times,
    events: a.events,
    quotes: a.quotes,
  };
}

const out = process.argv[2] ?? '/tmp/snapshot-pipeline.json';
const pipeline = createPipeline();
const docs = corpus();
const lines: string[] = [];
for (const d of docs) lines.push(JSON.stringify(canonical(pipeline.analyze(d))));
// a second pass over the same documents: memo caches filled by the first pass must not change any output
docs.forEach((d, i) => {
  if (JSON.stringify(canonical(pipeline.analyze(d))) !== lines[i]) {
    console.error(`second pass differs on ${d.id}`);
    process.exitCode = 1;
  }
});
// batch mode (as ingest runs): stage by stage over 16 documents at a time must give the same analyses
for (let i = 0; i < docs.length; i += 16) {
  pipeline.analyzeBatch(docs.slice(i, i + 16)).forEach((a, k) => {
    const d = docs[i + k]!;
    if (a instanceof Error || JSON.stringify(canonical(a)) !== lines[i + k]) {
      console.error(`batch mode differs on ${d.id}${a instanceof Error ? `: ${a.message}` : ''}`);
      process.exitCode = 1;
    }
  });
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${docs.length} documents, ${lines.length} analyses → ${out}`);
