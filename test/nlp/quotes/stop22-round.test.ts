/**
 * Stop 22's round on unseen25's first run: speakers, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './helpers.js';

test('a demonym in a title after the quote names a person of that state ("– додав американський дипломат" is no Iranian minister)', () => {
  const q = quotes('Міністр закордонних справ Ірану Аббас Арагчі попередив, що Іран згорне співпрацю з агентством. Держсекретар США Марко Рубіо в середу звинуватив Тегеран у приховуванні урану. «Ми не віримо обіцянкам», – додав американський дипломат.');
  const d = q.find((x) => x.direct);
  assert.equal(d?.speaker, 'Марко Рубіо');
});
