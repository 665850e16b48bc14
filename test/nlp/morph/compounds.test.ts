/** Hyphenated words the dictionary holds only as uninflected stems (stop 28). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWord } from '../../../src/nlp/morph/index.js';

test('a compound adjective after an adverb part is analysed as the adjective ("Південно-Африканської")', () => {
  const a = analyzeWord('Південно-Африканської');
  assert.ok(a.length > 0);
  assert.ok(a.every((x) => x.tag.startsWith('adj') && x.lemma === 'південно-африканський'), JSON.stringify(a));
  assert.ok(a.some((x) => x.tag.includes('v_rod')));
});

test('a place whose first part declines takes the first part\'s case forms ("Гвінеї-Бісау")', () => {
  const a = analyzeWord('Гвінеї-Бісау');
  assert.ok(a.some((x) => x.lemma === 'Гвінея-Бісау' && x.tag.includes('v_rod') && x.tag.includes('prop:geo')), JSON.stringify(a));
});

test('a double surname is not read as a compound adjective ("Руденко-Краєвської")', () => {
  assert.ok(analyzeWord('Руденко-Краєвської').every((x) => !x.tag.startsWith('adj')));
});
