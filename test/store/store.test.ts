import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.js';
import { listMigrations } from '../../src/store/migrate.js';
import { writeDocuments, deleteDocument, hasHash } from '../../src/store/writeDocuments.js';
import { loadDocument } from '../../src/store/loadDocument.js';
import { search, parseQuery, toMatchExpression } from '../../src/store/search.js';
import { storeStats } from '../../src/store/stats.js';
import { setQueryLemmas } from '../../src/store/lemmas.js';
import { LAYER_WRITERS, type LayerWriter } from '../../src/store/layers.js';
import { ingestInputs } from '../../src/ingest/ingestInputs.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { contentHash } from '../../src/ingest/contentHash.js';
import { LitopysError } from '../../src/errors.js';
import { tempDir, toWrite } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

const A = { id: 'a', date: '2025-08-20', source: 'S1', text: 'Сторони обговорили гарантії безпеки для України. Зустріч відбулася у Варшаві.' };
const B = { id: 'b', date: '2025-09-10', source: 'S2', text: 'Міністри знову говорили про гарантії безпеки. Рішення ухвалять восени.' };
const C = { id: 'c', date: '2025-10-01', source: 'S1', text: 'Російські дрони атакували енергетику. Безпеки в регіоні поменшало.' };

test('migrations run once, in order, and the store is in WAL mode', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const file = join(dir, 's.db');
  const s1 = openStore(file);
  const versions = listMigrations().map((m) => m.version);
  assert.ok(versions.includes(1));
  const applied = s1.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
  assert.deepEqual(applied.map((r) => r.version), versions);
  assert.equal(s1.db.pragma('journal_mode', { simple: true }), 'wal');
  s1.close();
  const s2 = openStore(file);
  assert.equal((s2.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n, versions.length);
  s2.close();
});

test('LITOPYS_DB and --db choose the file; a missing store is a STORE_OPEN error for readers', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const prev = process.env.LITOPYS_DB;
  process.env.LITOPYS_DB = join(dir, 'env.db');
  try {
    const s = openStore();
    assert.equal(s.path, join(dir, 'env.db'));
    s.close();
  } finally {
    if (prev === undefined) delete process.env.LITOPYS_DB;
    else process.env.LITOPYS_DB = prev;
  }
  assert.throws(() => openStore(join(dir, 'missing.db'), { mustExist: true }), (e: unknown) => e instanceof LitopysError && e.code === 'STORE_OPEN');
});

test('documents are stored once by content hash; same id with new text replaces the old version', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  const r1 = writeDocuments(store, [toWrite(A), toWrite(B), toWrite(A)]);
  assert.deepEqual({ i: r1.ingested, u: r1.updated, d: r1.duplicates }, { i: 2, u: 0, d: 1 });
  const r2 = writeDocuments(store, [toWrite({ ...A, id: 'other-id' })]);
  assert.equal(r2.duplicates, 1, 'same text under another id is a duplicate');
  const r3 = writeDocuments(store, [toWrite({ ...A, text: A.text + ' Оновлено.' })]);
  assert.deepEqual({ i: r3.ingested, u: r3.updated }, { i: 0, u: 1 });
  assert.equal(storeStats(store).documents, 2);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM documents_fts').get() as { n: number }).n, 2);
  const loaded = loadDocument(store, 'a');
  assert.ok(loaded);
  assert.match(loaded.adoc.doc.text, /Оновлено\.$/);
  assert.equal(loaded.adoc.sentences.length, 3);
  assert.equal(loaded.adoc.tokens.length, 14);
  assert.equal(loaded.adoc.tokens[0].text, 'Сторони');
  assert.equal(loaded.adoc.tokens.at(-1)?.sentence, 2);
  assert.ok(hasHash(store, contentHash(B.text)));
  assert.ok(deleteDocument(store, 'b'));
  assert.equal(loadDocument(store, 'b'), null);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM sentences s JOIN documents d ON d.rowid = s.doc').get() as { n: number }).n,
    (store.db.prepare('SELECT COUNT(*) AS n FROM sentences').get() as { n: number }).n, 'no orphan sentences');
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM documents_fts').get() as { n: number }).n, 1);
});

test('a failing layer write rolls back the whole batch', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  writeDocuments(store, [toWrite(A)]);
  const failing: LayerWriter = {
    name: 'failing',
    write(_db, _row, adoc) {
      if (adoc.doc.id === 'c') throw new Error('disk on fire');
    },
  };
  LAYER_WRITERS.push(failing);
  try {
    assert.throws(() => writeDocuments(store, [toWrite(B), toWrite(C)]), /disk on fire/);
  } finally {
    LAYER_WRITERS.splice(LAYER_WRITERS.indexOf(failing), 1);
  }
  const ids = (store.db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  assert.deepEqual(ids, ['a']);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM documents_fts').get() as { n: number }).n, 1);
  assert.equal((store.db.prepare('SELECT COUNT(DISTINCT doc) AS n FROM sentences').get() as { n: number }).n, 1);
});

test('search: words ANDed over surface text, date range, source, limit/offset, highlighted snippets', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  writeDocuments(store, [toWrite(A), toWrite(B), toWrite(C)]);
  const ids = (o: Parameters<typeof search>[1]) => search(store, o).hits.map((h) => h.id).sort();
  assert.deepEqual(ids({ query: 'гарантії безпеки' }), ['a', 'b']);
  assert.deepEqual(ids({ query: 'ГАРАНТІЇ' }), ['a', 'b'], 'case-insensitive');
  assert.deepEqual(ids({ query: 'безпеки' }), ['a', 'b', 'c']);
  assert.deepEqual(ids({ query: 'гарантії безпеки', from: '2025-09-01' }), ['b']);
  assert.deepEqual(ids({ query: 'безпеки', to: '2025-09-10' }), ['a', 'b']);
  assert.deepEqual(ids({ query: 'безпеки', from: '2025-09-01', to: '2025-09-30' }), ['b']);
  assert.deepEqual(ids({ query: 'безпеки', source: 'S1' }), ['a', 'c']);
  assert.deepEqual(ids({ query: '"безпеки для"' }), ['a'], 'phrase');
  assert.deepEqual(ids({ query: 'гарант*' }), ['a', 'b'], 'prefix');
  assert.deepEqual(ids({ query: 'Варшаві дрони' }), []);
  assert.equal(search(store, { query: 'безпеки', limit: 2 }).hits.length, 2);
  assert.equal(search(store, { query: 'безпеки', limit: 2, offset: 2 }).hits.length, 1);
  const hit = search(store, { query: 'гарантії безпеки', from: '2025-09-01' }).hits[0];
  assert.deepEqual(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e)), ['гарантії', 'безпеки']);
  assert.equal(hit.date, '2025-09-10');
  assert.equal(hit.source, 'S2');
  assert.throws(() => search(store, { query: ' , . ' }), (e: unknown) => e instanceof LitopysError && e.code === 'USAGE');
  // FTS syntax in user input is quoted, never interpreted.
  assert.deepEqual(ids({ query: 'безпеки OR NEAR(' }), []);
});

test('search: the lemma column matches other forms once lemmas are known, with a JS-highlighted snippet', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  // Stand-in for the tagger: lemmas for a few forms.
  const LEMMA: Record<string, string> = { гарантії: 'гарантія', гарантіями: 'гарантія', безпеки: 'безпека', безпекою: 'безпека' };
  const w = toWrite({ id: 'l', date: '2025-09-01', text: 'Домовленість із гарантіями та безпекою підписали.' });
  for (const tok of w.adoc.tokens) if (LEMMA[tok.text.toLowerCase()]) tok.lemma = LEMMA[tok.text.toLowerCase()];
  writeDocuments(store, [w, toWrite(A)]);
  try {
    setQueryLemmas((word) => [word.toLowerCase()]);
    assert.deepEqual(search(store, { query: 'гарантії безпеки' }).hits.map((h) => h.id), ['a'], 'query lemmas = the words: surface only');
    setQueryLemmas((word) => [LEMMA[word.toLowerCase()] ?? word.toLowerCase()]);
    const hits = search(store, { query: 'гарантії безпеки' }).hits;
    assert.deepEqual(hits.map((h) => h.id).sort(), ['a', 'l']);
    const l = hits.find((h) => h.id === 'l');
    assert.ok(l);
    assert.deepEqual(l.highlights.map(([s, e]) => l.snippet.slice(s, e)), ['гарантіями', 'безпекою']);
    assert.match(toMatchExpression(parseQuery('гарантії')), /lemmas : \("гарантія"\)/);
  } finally {
    setQueryLemmas(null);
  }
});

test('ingest of the examples is idempotent: a re-run stores nothing new', async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const store = openStore(join(dir, 's.db'));
  t.after(() => store.close());
  const pipeline = createPipeline(['segment']);
  const first = await ingestInputs([join(ROOT, 'examples')], { store, pipeline, batchSize: 5 });
  assert.ok(first.ingested >= 12);
  assert.equal(first.rejected, 0);
  const before = storeStats(store);
  const second = await ingestInputs([join(ROOT, 'examples')], { store, pipeline });
  assert.equal(second.ingested, 0);
  assert.equal(second.duplicates, first.ingested);
  assert.deepEqual(storeStats(store), { ...before, bytes: storeStats(store).bytes });
  assert.ok(search(store, { query: 'гарантії безпеки', from: '2025-09-01' }).hits.length >= 3);
});
