import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, Pipeline } from '../../src/nlp/pipeline.js';
import type { AnalyzedDocument, Component, Document } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '..', '..');

function exampleDocs(): Document[] {
  const docs: Document[] = [];
  const dir = join(ROOT, 'examples');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(text);
    docs.push({ id: f, date: m ? m[1]! : null, lang: 'uk', text: m ? text.slice(m[0].length) : text });
  }
  return docs;
}

test('analyzeBatch (stage by stage) gives exactly what analyze gives one document at a time', () => {
  const pipeline = createPipeline();
  const docs = exampleDocs();
  assert.ok(docs.length >= 5, 'examples/ has articles');
  const batch = pipeline.analyzeBatch(docs);
  assert.equal(batch.length, docs.length);
  let events = 0;
  docs.forEach((d, i) => {
    const got = batch[i];
    assert.ok(!(got instanceof Error), `document ${d.id} failed: ${String(got)}`);
    const one = pipeline.analyze(d);
    assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(one)), `document ${d.id}`);
    events += one.events.length;
  });
  assert.ok(events > 10, 'the examples yield events');
});

test('analyzeBatch: a document a stage throws on gets the error; the others run every later stage', () => {
  const seen: string[] = [];
  const breaks: Component = {
    name: 'breaks',
    reads: ['doc.sentences'],
    assigns: [],
    run(adoc) {
      if (adoc.doc.text.includes('ЗБІЙ')) throw new Error('deliberate failure');
    },
  };
  const after: Component = {
    name: 'after',
    reads: ['doc.sentences'],
    assigns: [],
    run(adoc: AnalyzedDocument) {
      seen.push(adoc.doc.id);
    },
  };
  const pipeline = new Pipeline([...createPipeline(['segment']).components, breaks, after]);
  const docs: Document[] = [
    { id: 'a', date: '2025-03-01', lang: 'uk', text: 'Делегації зустрілися у Варшаві.' },
    { id: 'b', date: '2025-03-02', lang: 'uk', text: 'Цей текст ламає аналіз: ЗБІЙ.' },
    { id: 'c', date: '2025-03-03', lang: 'uk', text: 'Уряд ухвалив нові санкції.' },
  ];
  const out = pipeline.analyzeBatch(docs);
  assert.ok(out[1] instanceof Error);
  assert.match((out[1] as Error).message, /deliberate failure/);
  assert.ok(!(out[0] instanceof Error) && out[0]!.sentences.length === 1);
  assert.ok(!(out[2] instanceof Error) && out[2]!.sentences.length === 1);
  assert.deepEqual(seen, ['a', 'c']);
});

test('named stages run in the pipeline\'s order whatever order they are given in; events run with or without quotes', () => {
  assert.deepEqual(createPipeline(['segment', 'tag', 'ner', 'resolve', 'time', 'events', 'quotes']).names,
    ['segment', 'tag', 'ner', 'resolve', 'time', 'quotes', 'events']);
  const doc: Document = { id: 'q', date: '2025-06-12', lang: 'uk', text: 'Про це повідомив президент Володимир Зеленський. «Ми вдячні Норвегії за допомогу», – сказав він.' };
  const without = createPipeline(['segment', 'tag', 'ner', 'resolve', 'time', 'events']).analyze(doc);
  assert.ok(without.events.length > 0, 'events without the quotes stage');
  assert.equal(without.quotes.length, 0);
  // a stage that reads a layer nobody assigns is still a usage error
  assert.throws(() => createPipeline(['segment', 'events']), /reads/);
});
