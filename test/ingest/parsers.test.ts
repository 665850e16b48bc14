import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { parseJsonlLine } from '../../src/ingest/parseJsonl.js';
import { parseDate } from '../../src/ingest/parseDate.js';
import { decodeText } from '../../src/ingest/decodeText.js';
import { contentHash } from '../../src/ingest/contentHash.js';
import { readInputs, type InputItem } from '../../src/ingest/readInputs.js';
import { LitopysError } from '../../src/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BAD = join(ROOT, 'test', 'ingest', 'fixtures', 'bad');

function errorOf(fn: () => unknown): LitopysError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof LitopysError, String(e));
    return e;
  }
  assert.fail('expected a LitopysError');
}

async function collect(gen: AsyncGenerator<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

test('date header: leading space optional, then a space or a line break', () => {
  const a = parseArticle(' date 2025-09-06 Перший абзац іде тим самим рядком. Друге речення.', 'a.txt');
  assert.equal(a.doc.date, '2025-09-06');
  assert.equal(a.doc.text, 'Перший абзац іде тим самим рядком. Друге речення.');
  const b = parseArticle('date 2025-09-06\nТекст з нового рядка.', 'b.txt');
  assert.equal(b.doc.date, '2025-09-06');
  assert.equal(b.doc.text, 'Текст з нового рядка.');
  assert.equal(a.doc.lang, 'uk');
  assert.match(a.doc.id, /^[0-9a-f]{16}$/);
});

test('plain text takes --date, else unknown; a short first line is the headline', () => {
  const a = parseArticle('Заголовок статті\n\nТекст статті.', 'c.txt', { date: '2025-01-02' });
  assert.equal(a.doc.date, '2025-01-02');
  assert.equal(a.doc.title, 'Заголовок статті');
  assert.equal(a.doc.text, 'Заголовок статті\n\nТекст статті.');
  assert.equal(parseArticle('Просто текст.', 'd.txt').doc.date, null);
  assert.equal(parseArticle('Просто текст.', 'd.txt').doc.title, undefined);
  // "date" as an ordinary first word is not a header.
  assert.equal(parseArticle('dated text', 'e.txt').doc.date, null);
});

test('bad articles: impossible date, no text', () => {
  const e = errorOf(() => parseArticle(' date 2025-02-30 Текст.', 'x.txt'));
  assert.equal(e.code, 'INPUT_DATE');
  assert.equal(e.location.file, 'x.txt');
  assert.equal(e.location.line, 1);
  assert.match(e.format(), /^x\.txt:1: field "date": impossible date "2025-02-30"/);
  assert.equal(errorOf(() => parseArticle(' date 2025-02-03\n  \n', 'y.txt')).code, 'INPUT_EMPTY');
});

test('dates: valid, leap years, impossible, malformed', () => {
  assert.equal(parseDate('2024-02-29'), '2024-02-29');
  assert.equal(parseDate('2025-09-04T10:00:00Z'), '2025-09-04');
  for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31']) assert.equal(errorOf(() => parseDate(bad)).code, 'INPUT_DATE', bad);
  for (const bad of ['06.09.2025', '2025-9-6', 'вчора', '']) assert.equal(errorOf(() => parseDate(bad)).code, 'INPUT_DATE', bad);
});

test('JSONL: fields kept, id kept, defaults applied', () => {
  const r = parseJsonlLine(JSON.stringify({ id: 'a-1', date: '2025-09-04', title: 'Т', text: ' Текст. ', url: 'https://x.ua/1', source: 'S', lang: 'uk' }), 'f.jsonl', 3);
  assert.deepEqual(r.doc, { id: 'a-1', date: '2025-09-04', lang: 'uk', text: 'Текст.', title: 'Т', source: 'S', url: 'https://x.ua/1' });
  const n = parseJsonlLine('{"id": 7, "date": "2025-09-04", "text": "Т."}', 'f.jsonl', 1);
  assert.equal(n.doc.id, '7');
  const d = parseJsonlLine('{"text": "Без дати."}', 'f.jsonl', 1, { date: '2025-01-01' });
  assert.equal(d.doc.date, '2025-01-01');
  assert.match(d.doc.id, /^[0-9a-f]{16}$/);
});

test('JSONL: each bad record names file:line and field', () => {
  const cases: [string, string, string | undefined][] = [
    ['{"date": "2025-09-04", "text": "x"', 'INPUT_JSON', undefined],
    ['[1,2]', 'INPUT_JSON', undefined],
    ['{"date": "2025-09-04"}', 'INPUT_FIELD', 'text'],
    ['{"date": "2025-09-04", "text": 5}', 'INPUT_FIELD', 'text'],
    ['{"date": "2025-09-04", "text": "   "}', 'INPUT_EMPTY', 'text'],
    ['{"date": "2025-02-30", "text": "x"}', 'INPUT_DATE', 'date'],
    ['{"date": 20250904, "text": "x"}', 'INPUT_DATE', 'date'],
    ['{"text": "x"}', 'INPUT_FIELD', 'date'],
    ['{"id": "a b", "date": "2025-09-04", "text": "x"}', 'INPUT_FIELD', 'id'],
    ['{"date": "2025-09-04", "text": "x", "title": 3}', 'INPUT_FIELD', 'title'],
    ['{"date": "2025-09-04", "text": "x", "lang": "ukrainian"}', 'INPUT_FIELD', 'lang'],
  ];
  for (const [line, code, field] of cases) {
    const e = errorOf(() => parseJsonlLine(line, 'in.jsonl', 12));
    assert.equal(e.code, code, line);
    assert.equal(e.location.file, 'in.jsonl');
    assert.equal(e.location.line, 12);
    assert.equal(e.location.field, field, line);
  }
});

test('decoding: BOM and CRLF handled; NUL bytes and non-UTF-8 rejected', () => {
  assert.equal(decodeText(Buffer.from('\ufeffа\r\nб'), {}), 'а\nб');
  assert.equal(errorOf(() => decodeText(Buffer.from([0x50, 0x4b, 0, 1]), { file: 'b.bin' })).code, 'INPUT_BINARY');
  assert.equal(errorOf(() => decodeText(Buffer.from([0xcf, 0xf0, 0xe8]), { file: 'c.txt' })).code, 'INPUT_BINARY');
});

test('content hash ignores whitespace and apostrophe variants, not words', () => {
  assert.equal(contentHash('пам’ять  і\nсила'), contentHash("пам'ять і сила "));
  assert.notEqual(contentHash('пам’ять і сила'), contentHash('пам’ять і воля'));
});

test('readInputs: a directory of bad inputs yields every error with its location and still the good records', async () => {
  const items = await collect(readInputs([BAD]));
  const docs = items.filter((i) => i.kind === 'doc');
  const errors = items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));
  assert.deepEqual(docs.map((d) => (d.kind === 'doc' ? d.parsed.doc.id : '')), ['ok-1', 'ok-2']);
  const where = errors.map((e) => `${e.location.file?.split('/').pop()}:${e.location.line ?? ''}:${e.code}`).sort();
  assert.deepEqual(where, [
    'binary.txt::INPUT_BINARY',
    'cp1251.txt::INPUT_BINARY',
    'empty.txt:1:INPUT_EMPTY',
    'impossible-date.txt:1:INPUT_DATE',
    'mixed.jsonl:2:INPUT_JSON',
    'mixed.jsonl:3:INPUT_FIELD',
    'mixed.jsonl:4:INPUT_DATE',
    'mixed.jsonl:6:INPUT_JSON',
    'mixed.jsonl:7:INPUT_FIELD',
  ]);
});

test('readInputs: missing paths are errors; several paths; the examples directory reads cleanly', async () => {
  const items = await collect(readInputs([join(ROOT, 'examples'), '/nonexistent/litopys']));
  const errors = items.filter((i) => i.kind === 'error');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].kind === 'error' && errors[0].error.code, 'INPUT_UNREADABLE');
  const docs = items.filter((i) => i.kind === 'doc');
  assert.ok(docs.length >= 12, `examples hold ${docs.length} documents`);
  for (const d of docs) if (d.kind === 'doc') assert.ok(d.parsed.doc.text.length > 100);
});

test('readInputs: stdin holds either one article or JSONL', async () => {
  const art = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(' date 2025-09-01 Стаття зі стандартного входу.')]) }));
  assert.equal(art.length, 1);
  assert.equal(art[0].kind === 'doc' && art[0].parsed.doc.date, '2025-09-01');
  const jl = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('{"id":"a","date":"2025-09-01","text":"Перша."}\n\n{"id":"b","date":"2025-09-02","text":"Друга."}\n{bad\n')]) }));
  assert.deepEqual(jl.map((i) => (i.kind === 'doc' ? i.parsed.doc.id : `${i.error.location.file}:${i.error.location.line}`)), ['a', 'b', '<stdin>:4']);
});
