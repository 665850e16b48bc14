import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/errors.js';
import { tempDir } from '../store/helpers.js';
import { cli } from './run.js';

// articles written for this test
const A = `2025-10-06
Керівник Офісу президента Андрій Єрмак провів у Києві переговори з делегацією Великої Британії. Після зустрічі Єрмак заявив, що ОП готує нові пропозиції.`;
const B = `2025-10-07
Андрій Єрмак прибув до Лондона. Прем'єр-міністр Великої Британії привітав делегацію з Києва.`;

test('ingest stores entities and mentions; `entities` lists them across documents', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'a.txt'), ' date ' + A.replace('\n', ' '));
  writeFileSync(join(docs, 'b.txt'), ' date ' + B.replace('\n', ' '));
  const db = join(dir, 'e.db');
  const ing = cli(['ingest', docs, '--db', db]);
  assert.equal(ing.status, EXIT.OK, ing.stderr);

  const q = cli(['entities', '--db', db, '--query', 'єрмак', '--format', 'json']);
  assert.equal(q.status, EXIT.OK, q.stderr);
  const r = JSON.parse(q.stdout);
  assert.equal(r.total, 1);
  assert.equal(r.entities[0].name, 'Андрій Єрмак');
  assert.equal(r.entities[0].type, 'PERS');
  assert.equal(r.entities[0].documents, 2);
  assert.equal(r.entities[0].mentions, 3);

  const pers = JSON.parse(cli(['entities', '--db', db, '--type', 'LOC', '--format', 'json', '--limit', '50']).stdout);
  assert.ok(pers.entities.every((e: { type: string }) => e.type === 'LOC'));
  const kyiv = pers.entities.find((e: { name: string }) => e.name === 'Київ');
  assert.ok(kyiv, JSON.stringify(pers.entities));
  assert.equal(kyiv.documents, 2);
  assert.equal(kyiv.country, 'UKR');

  const text = cli(['entities', '--db', db, '-q', 'ОФІС']);
  assert.equal(text.status, EXIT.OK);
  assert.match(text.stdout, /Офіс президента\s+ORG\s+1\s+2\s+UKR\/GOV/);

  const none = cli(['entities', '--db', db, '--query', 'немає-такого']);
  assert.equal(none.stdout, 'no entities\n');

  const bad = cli(['entities', '--db', db, '--type', 'PERSON']);
  assert.equal(bad.status, EXIT.USAGE);

  // show rebuilds the layer from the store
  const list = JSON.parse(cli(['search', 'Лондона', '--db', db, '--format', 'json']).stdout);
  const shown = JSON.parse(cli(['show', list.hits[0].id, '--db', db, '--format', 'json']).stdout);
  const names = shown.entities.map((e: { name: string }) => e.name);
  assert.ok(names.includes('Андрій Єрмак') && names.includes('Лондон'), names.join(', '));
  const london = shown.entities.find((e: { name: string }) => e.name === 'Лондон');
  assert.equal(london.geo.country, 'GBR');
  assert.equal(london.mentions[0].text, 'Лондона');

  const stats = JSON.parse(cli(['stats', '--db', db, '--format', 'json']).stdout);
  assert.ok(stats.layers.entities >= 6);
  assert.ok(stats.layers.mentions >= stats.layers.entities);
});
