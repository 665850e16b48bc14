import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { openStore, type Store } from '../../src/store/store.js';
import { ingestInputs } from '../../src/ingest/ingestInputs.js';
import { resolveJobs } from '../../src/ingest/analyzePool.js';
import { createPipeline, Pipeline } from '../../src/nlp/pipeline.js';
import { LitopysError } from '../../src/errors.js';
import type { Component } from '../../src/types.js';
import { tempDir } from '../store/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every row of the analysis tables (sorted, some tables have no rowid): the same analyses dump the same. */
function dump(store: Store): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['entities', 'mentions', 'times', 'events', 'event_actors', 'quotes', 'sentences']) {
    out[t] = store.db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort();
  }
  out.documents = store.db.prepare('SELECT id, date, title, source FROM documents ORDER BY rowid').all();
  return out;
}

test('--jobs 2: worker threads store exactly what the in-process pipeline stores, in input order', async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const one = openStore(join(dir, 'one.db'));
  const two = openStore(join(dir, 'two.db'));
  t.after(() => {
    one.close();
    two.close();
  });
  const pipeline = createPipeline();
  const a = await ingestInputs([join(ROOT, 'examples')], { store: one, pipeline, batchSize: 4 });
  const b = await ingestInputs([join(ROOT, 'examples')], { store: two, pipeline, batchSize: 4, jobs: 2 });
  assert.equal(a.jobs, 1);
  assert.equal(b.jobs, 2);
  assert.equal(b.ingested, a.ingested);
  assert.equal(b.rejected, 0);
  const da = dump(one);
  const db = dump(two);
  assert.ok((da.events ?? []).length > 10, 'the examples yield events');
  assert.deepEqual(db, da);
  // a re-run through the pool finds everything already stored
  const again = await ingestInputs([join(ROOT, 'examples')], { store: two, pipeline, jobs: 2 });
  assert.equal(again.ingested, 0);
  assert.equal(again.duplicates, a.ingested);
});

test('a document the pipeline cannot analyse is rejected with its file; the others are stored', async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const inputs = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a.txt'), ' date 2025-03-01 Делегації зустрілися у Варшаві.');
  writeFileSync(join(inputs, 'b.txt'), ' date 2025-03-02 Цей текст ламає аналіз: ЗБІЙ.');
  writeFileSync(join(inputs, 'c.txt'), ' date 2025-03-03 Уряд ухвалив нові санкції.');
  const breaks: Component = {
    name: 'breaks',
    reads: ['doc.sentences'],
    assigns: [],
    run(adoc) {
      if (adoc.doc.text.includes('ЗБІЙ')) throw new Error('deliberate failure');
    },
  };
  const pipeline = new Pipeline([...createPipeline(['segment']).components, breaks]);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  const errors: LitopysError[] = [];
  const s = await ingestInputs([inputs], { store, pipeline, onError: (e) => errors.push(e) });
  assert.equal(s.ingested, 2);
  assert.equal(s.rejected, 1);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.code, 'ANALYSIS_FAILED');
  assert.match(errors[0]!.location.file ?? '', /b\.txt$/);
  assert.match(errors[0]!.message, /deliberate failure/);
});

test('--jobs 0 means one worker per core', () => {
  assert.equal(resolveJobs(0), availableParallelism());
  assert.equal(resolveJobs(3), 3);
});

test('a missing model stops the ingest with its own error instead of rejecting every document', async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const inputs = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a.txt'), ' date 2025-03-01 Делегації зустрілися у Варшаві.');
  writeFileSync(join(inputs, 'b.txt'), ' date 2025-03-02 Уряд ухвалив нові санкції.');
  const noModel: Component = {
    name: 'no-model',
    reads: ['doc.sentences'],
    assigns: [],
    run() {
      throw new LitopysError('MODEL_MISSING', 'test model not found', { file: 'models/none.json.gz' });
    },
  };
  const pipeline = new Pipeline([...createPipeline(['segment']).components, noModel]);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  const errors: LitopysError[] = [];
  await assert.rejects(
    ingestInputs([inputs], { store, pipeline, onError: (e) => errors.push(e) }),
    (e: unknown) => e instanceof LitopysError && e.code === 'MODEL_MISSING',
  );
  assert.equal(errors.length, 0);
});
