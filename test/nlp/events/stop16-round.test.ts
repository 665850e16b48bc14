/**
 * Event rules found by this stop's probe sentences (written before its blind checks ran). Each on sentences written
 * for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('opposing ("виступив проти") is a rejection aimed at the actor of the opposed act; "ми не виступаємо проти" in a quote is a stance', () => {
  const a = analyse('Прем’єр-міністр Угорщини Віктор Орбан у четвер знову виступив проти вступу Молдови до ЄС.');
  const r = only(a, 'REJECT');
  assert.deepEqual(names(a, r.source), ['Віктор Орбан']);
  assert.deepEqual(names(a, r.target), ['Молдова']);
  const b = analyse('«Ми не виступаємо проти Польщі, ми захищаємо своїх фермерів», – сказав один з організаторів акції.');
  assert.equal(b.events.filter((e) => e.type === 'REJECT').length, 0);
});
