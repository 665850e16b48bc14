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

test('an abbreviated body after a state\'s demonym is that state\'s ("повідомили в британському МЗС" → "МЗС Великої Британії")', () => {
  const q = quotes('Велика Британія запровадила санкції проти восьми осіб, повідомили в британському МЗС.');
  assert.equal(q[0]?.speaker, 'МЗС Великої Британії');
  const r = quotes('Міністр Молдови провів переговори в Києві. Сторони домовилися створити групу експертів, уточнили в українському МЗС.');
  assert.equal(r.find((x) => x.text.includes('групу'))?.speaker, 'МЗС України');
});
