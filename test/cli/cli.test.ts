import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXIT } from '../../src/errors.js';
import { tempDir } from '../store/helpers.js';
import { cli, ROOT } from './run.js';

const BAD = join(ROOT, 'test', 'ingest', 'fixtures', 'bad');

test('ingest → search → show → stats on the examples, as a user runs them', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const db = join(dir, 'news.db');
  const ing = cli(['ingest', 'examples/', '--db', db]);
  assert.equal(ing.status, EXIT.OK, ing.stderr);
  assert.match(ing.stdout, /ingested (\d+), updated 0, duplicates 0, rejected 0/);
  const n = Number(/ingested (\d+)/.exec(ing.stdout)?.[1]);
  assert.ok(n >= 12);

  const again = cli(['ingest', 'examples/', '--db', db, '--format', 'json']);
  assert.equal(again.status, EXIT.OK);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.ingested, 0);
  assert.equal(summary.duplicates, n);

  const s = cli(['search', 'гарантії безпеки', '--db', db, '--from', '2025-09-01']);
  assert.equal(s.status, EXIT.OK, s.stderr);
  assert.match(s.stdout, /\[гарантії\] \[безпеки\]/i);
  assert.doesNotMatch(s.stdout, /\x1b\[/, 'no ANSI codes when not on a terminal');

  const js = cli(['search', 'гарантії', 'безпеки', '--db', db, '--from', '2025-09-01', '--to', '2025-09-30', '--format', 'json', '--limit', '50']);
  const result = JSON.parse(js.stdout);
  assert.ok(result.hits.length >= 3);
  for (const h of result.hits) assert.ok(h.date >= '2025-09-01' && h.date <= '2025-09-30');
  const id: string = result.hits[0].id;

  // filters on the chronicle layers: an event type and an entity key narrow the same query
  const all = JSON.parse(cli(['search', 'Україна', '--db', db, '--format', 'json', '--limit', '100']).stdout);
  const kyiv = JSON.parse(cli(['search', 'Україна', '--db', db, '--entity', 'LOC:київ', '--format', 'json', '--limit', '100']).stdout);
  assert.ok(kyiv.hits.length >= 1 && kyiv.hits.length < all.hits.length, 'an entity filter keeps some, not all');
  const assaults = JSON.parse(cli(['search', 'Україна', '--db', db, '--type', 'assault', '--format', 'json', '--sort', 'date']).stdout);
  assert.ok(assaults.hits.length >= 1 && assaults.hits.length < all.hits.length);
  assert.equal(assaults.sort, 'date');
  const badType = cli(['search', 'Україна', '--db', db, '--type', 'FOO']);
  assert.equal(badType.status, EXIT.USAGE);
  assert.match(badType.stderr, /unknown event type "FOO"/);

  const show = cli(['show', id, '--db', db]);
  assert.equal(show.status, EXIT.OK, show.stderr);
  assert.match(show.stdout, new RegExp(`^${id}`));
  assert.match(show.stdout, /\[1\] /);
  const showJson = JSON.parse(cli(['show', id, '--db', db, '--format', 'json', '--tokens']).stdout);
  assert.equal(showJson.id, id);
  assert.ok(showJson.sentences.length > 0 && showJson.tokens.length > 0);
  assert.ok(showJson.entities.length > 0 && showJson.entities.every((e: { name: string }) => e.name.length > 0));

  const missing = cli(['show', 'no-such-doc', '--db', db]);
  assert.equal(missing.status, EXIT.NOT_FOUND);
  assert.match(missing.stderr, /^litopys: .*no document with id "no-such-doc" \[NOT_FOUND\]/);

  const stats = JSON.parse(cli(['stats', '--db', db, '--format', 'json']).stdout);
  assert.equal(stats.documents, n);
  assert.ok(stats.layers.sentences > n);
});

test('ingest of bad inputs: each reported as file:line, the rest stored, exit code 1', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const db = join(dir, 'bad.db');
  const r = cli(['ingest', BAD, 'examples/13-digest.jsonl', '--db', db]);
  assert.equal(r.status, EXIT.REJECTED);
  assert.match(r.stderr, /mixed\.jsonl:2: malformed JSON/);
  assert.match(r.stderr, /mixed\.jsonl:3: field "text": missing "text" \[INPUT_FIELD\]/);
  assert.match(r.stderr, /mixed\.jsonl:4: field "date": impossible date "2025-02-30" \[INPUT_DATE\]/);
  assert.match(r.stderr, /binary\.txt: contains NUL bytes .*\[INPUT_BINARY\]/);
  assert.match(r.stderr, /cp1251\.txt: is not valid UTF-8/);
  assert.match(r.stdout, /ingested 7, updated 0, duplicates 0, rejected 9/);
});

test('extract: every format, JSON contract per line, ids and dates kept, --tokens, stdin', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const r = cli(['extract', 'examples/13-digest.jsonl', 'examples/01-zustrich-radnykiv.txt']);
  assert.equal(r.status, EXIT.OK, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 6);
  assert.equal(docs[0].id, 'digest-2025-09-03-nato');
  assert.equal(docs[0].date, '2025-09-03');
  assert.equal(docs[5].date, '2025-09-02');
  for (const d of docs) {
    assert.deepEqual(Object.keys(d).filter((k) => ['id', 'date', 'lang', 'sentences', 'entities', 'events', 'quotes'].includes(k)).length, 7);
    assert.equal(d.tokens, undefined);
  }
  const plain = join(dir, 'plain.txt');
  writeFileSync(plain, 'Перше речення статті. Друге речення, у якому є «лапки».');
  const tok = JSON.parse(cli(['extract', plain, '--tokens', '--date', '2025-09-06']).stdout);
  assert.equal(tok.date, '2025-09-06');
  assert.deepEqual(tok.sentences, [{ start: 0, end: 21 }, { start: 22, end: 55 }]);
  const text = readFileSync(plain, 'utf8');
  for (const x of tok.tokens) assert.equal(text.slice(x.start, x.end), x.text);
  const stdin = cli(['extract', '-'], { input: '{"id":"s1","date":"2025-09-01","text":"З stdin."}\n{"id":"s2","text":"Без дати."}\n' });
  assert.equal(stdin.status, EXIT.REJECTED);
  assert.equal(JSON.parse(stdin.stdout).id, 's1');
  assert.match(stdin.stderr, /<stdin>:2: field "date": missing "date"/);
});

test('usage errors exit 2; a missing store exits 4; --help works everywhere', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  assert.equal(cli(['bogus']).status, EXIT.USAGE);
  assert.equal(cli(['search', 'x', '--db', join(dir, 'none.db')]).status, EXIT.STORE);
  const badDate = cli(['search', 'x', '--from', '2025-02-30', '--db', join(dir, 'none.db')]);
  assert.equal(badDate.status, EXIT.USAGE);
  assert.match(badDate.stderr, /^litopys: field "--from": impossible date/);
  assert.equal(cli(['ingest', 'examples', '--stages', 'nosuchstage', '--db', join(dir, 'x.db')]).status, EXIT.USAGE);
  for (const c of ['ingest', 'search', 'show', 'extract', 'stats']) {
    const h = cli([c, '--help']);
    assert.equal(h.status, EXIT.OK, c);
    assert.match(h.stdout, new RegExp(`Usage: litopys ${c}`));
  }
});

test('the installed launcher (bin/litopys.js → dist/) runs and finds its migrations', (t) => {
  const entry = join(ROOT, 'dist', 'cli', 'index.js');
  if (!existsSync(entry)) {
    t.skip('dist/ not built (npm install / npm run build builds it)');
    return;
  }
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const db = join(dir, 'bin.db');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'litopys.js'), 'ingest', 'examples/12-plain-evakuatsiia.txt', '--db', db, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, EXIT.OK, r.stderr);
  assert.equal(JSON.parse(r.stdout).ingested, 1);
});
