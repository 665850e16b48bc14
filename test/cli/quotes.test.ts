import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/errors.js';
import { tempDir } from '../store/helpers.js';
import { cli } from './run.js';

// Two short articles written for this test.
const ARTICLES = [
  {
    id: 'q-1', date: '2025-03-03', title: 'Ремонт мосту',
    text: 'Міністр розвитку громад Олексій Кулеба у понеділок відвідав Чернігів. «Міст через Десну відкриємо до кінця травня», – заявив Кулеба. ' +
      'Він також повідомив, що підрядник отримав усі дозволи.',
  },
  {
    id: 'q-2', date: '2025-04-10', title: 'Зернові квоти',
    text: 'Прем’єр-міністр Польщі Дональд Туск заявив, що уряд не змінюватиме квоти на зерно до осені. ' +
      '«Наші фермери мають знати правила наперед», – наголосив Туск.',
  },
];

test('litopys quotes lists stored quotes with speakers, filters by speaker, date and text, in every format', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const db = join(dir, 'news.db');
  const input = join(dir, 'news.jsonl');
  writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const ing = cli(['ingest', input, '--db', db]);
  assert.equal(ing.status, EXIT.OK, ing.stderr);

  const all = cli(['quotes', '--db', db, '--format', 'json']);
  assert.equal(all.status, EXIT.OK, all.stderr);
  const quotes = JSON.parse(all.stdout) as { doc: string; speaker: { name: string } | null; text: string; direct: boolean; cue: string }[];
  assert.equal(quotes.length, 4);
  // newest document first
  assert.equal(quotes[0].doc, 'q-2');
  const bridge = quotes.find((q) => q.text.startsWith('Міст через Десну'));
  assert.ok(bridge);
  assert.equal(bridge.direct, true);
  assert.equal(bridge.cue, 'заявив');
  assert.match(bridge.speaker?.name ?? '', /Кулеба/);

  const tusk = JSON.parse(cli(['quotes', '--db', db, '--speaker', 'туск', '--format', 'json']).stdout) as typeof quotes;
  assert.equal(tusk.length, 2);
  assert.ok(tusk.every((q) => q.doc === 'q-2'));
  assert.deepEqual(tusk.map((q) => q.direct).sort(), [false, true]);

  const march = JSON.parse(cli(['quotes', '--db', db, '--from', '2025-03-01', '--to', '2025-03-31', '--format', 'json']).stdout) as typeof quotes;
  assert.deepEqual([...new Set(march.map((q) => q.doc))], ['q-1']);

  const found = cli(['quotes', '--db', db, '--query', 'ФЕРМЕРИ', '--format', 'jsonl']);
  const lines = found.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(JSON.parse(lines[0]).text, /фермери/);

  const csv = cli(['quotes', '--db', db, '--format', 'csv', '--limit', '1']);
  const rows = csv.stdout.trim().split('\n');
  assert.equal(rows[0], 'doc,date,id,speaker,speaker_type,direct,cue,text,start,end,url');
  assert.equal(rows.length, 2);

  const table = cli(['quotes', '--db', db, '--indirect']);
  assert.equal(table.status, EXIT.OK);
  assert.match(table.stdout, /\(indirect\)/);
  assert.doesNotMatch(table.stdout, /«/);

  const none = cli(['quotes', '--db', db, '--speaker', 'нікого такого']);
  assert.equal(none.stdout, 'no quotes\n');

  const bad = cli(['quotes', '--db', db, '--from', '2025-13-40']);
  assert.equal(bad.status, EXIT.USAGE);
  const missing = cli(['quotes', '--db', join(dir, 'absent.db')]);
  assert.equal(missing.status, EXIT.STORE);
  assert.match(missing.stderr, /no store here/);
});
