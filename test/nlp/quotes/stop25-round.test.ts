/**
 * Stop 25's speaker rules, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers.js';

test('a date between the subject and its speech verb keeps them together ("Мелоні 7 листопада заявила")', () => {
  const text = 'Прем’єр-міністерка Італії Джорджа Мелоні прибула до Сеула. Мелоні 7 листопада заявила в парламенті, що блокада протоки може загрожувати Європі.';
  assert.equal(speakerOf(text, 'блокада протоки'), 'Джорджа Мелоні');
});

test('"За його словами" right after a direct quote is the one who just spoke, not the last person named', () => {
  const text = 'Президент Володимир Зеленський провів у Стокгольмі переговори з прем’єр-міністром Ульфом Крістерссоном. «Це важливий крок для нашої оборони», – сказав шведський прем’єр. За його словами, перші літаки можуть прибути за три роки.';
  assert.equal(speakerOf(text, 'перші літаки'), 'Ульф Крістерссон');
  // a source named in the phrase speaks itself
  const named = 'Президент Володимир Зеленський провів у Стокгольмі переговори з прем’єр-міністром Ульфом Крістерссоном. «Це важливий крок для нашої оборони», – сказав шведський прем’єр. За словами його радника Юхана Стенберга, перші літаки можуть прибути за три роки.';
  assert.equal(speakerOf(named, 'перші літаки'), 'Юхан Стенберг');
});
