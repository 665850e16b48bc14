/**
 * Stop 18's round on unseen17's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a slot\'s preposition in any of its spellings: "із", "зі" for "з"', () => {
  const a = analyse('Прем’єр-міністр Естонії Крістен Міхал висловив солідарність із народом Молдови.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Молдова']);
});

test('a visit\'s host named after two titles and a genitive: "з президентом перехідного періоду генералом X"', () => {
  const a = analyse('Міністр закордонних справ Сенегалу Ясін Фаль прибув до Ніамея, де зустрівся з президентом перехідного періоду генералом Абдурахманом Тчіані.');
  const c = only(a, 'CONSULT');
  assert.equal(c.mode, 'visit');
  assert.deepEqual(names(a, c.target), ['Абдурахман Тчіані']);
});
