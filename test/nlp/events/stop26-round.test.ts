/**
 * Stop 26's round on unseen40's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a person of the knowledge base whose first name the tagger read as another name\'s case form keeps the knowledge base\'s name', () => {
  const a = analyse('Прем’єр-міністр Бельгії провів у Брюсселі переговори з Марком Карні.');
  assert.deepEqual(names(a, only(a, 'CONSULT').target), ['Марк Карні']);
});

test('followers of a person whose name does not decline are the followers, not the person ("прихильників Дутерте")', () => {
  const a = analyse('Увечері кілька тисяч прихильників Дутерте вийшли на мітинг у Себу, вимагаючи звільнити колишнього президента.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['прихильники Дутерте']);
});

test('a neuter town in -ово declines: "у Кстові" is Кстово of the gazetteer', () => {
  const a = analyse('Українські дрони вночі атакували нафтобазу в Кстові.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Кстово']);
});
