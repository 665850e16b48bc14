/** Guesses for words the lexicon does not know (stop 29). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWord } from '../../../src/nlp/morph/index.js';

test('an unknown word is never guessed as a preposition, conjunction or particle ("Акеч", "Мішель-Анж")', () => {
  for (const w of ['Акеч', 'акеч', 'Мішель-Анж']) {
    const a = analyzeWord(w);
    assert.ok(a.length > 0, w);
    assert.ok(a.every((x) => !/^(prep|conj|part)(:|$)/.test(x.tag)), `${w}: ${JSON.stringify(a)}`);
  }
});

test('known prepositions and conjunctions keep their readings', () => {
  assert.ok(analyzeWord('поперек').some((x) => x.tag.startsWith('prep')));
  assert.ok(analyzeWord('проте').some((x) => x.tag.startsWith('conj')));
});
