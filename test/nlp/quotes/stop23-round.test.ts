/**
 * Stop 23's rounds (unseen28–unseen31): speakers and quotations, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './helpers.js';

test('a person named after a nominative title with her state between speaks, whatever case the tagger read for the name ("Прем’єр-міністерка Італії Джорджа Мелоні, …, засудила")', () => {
  const q = quotes('Прем’єр-міністерка Італії Джорджа Мелоні, відкриваючи конференцію, засудила нічний обстріл як «черговий доказ зневаги до життя».');
  assert.equal(q[0]?.speaker, 'Джорджа Мелоні');
});

test('a name a group gives itself in guillemets is no quotation ("які називають себе «поколінням свободи»")', () => {
  const q = quotes('Сотні активістів, які називають себе «поколінням свободи», вийшли на вулиці Тбілісі.');
  assert.equal(q.length, 0);
});
