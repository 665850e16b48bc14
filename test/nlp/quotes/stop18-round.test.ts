/**
 * Speakers after eval/gold/unseen17's blind first run (tuned on from then; eval/gold/unseen18 is the next blind check).
 * Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './helpers.js';

test('a body named with a capitalised adjective in mid-sentence speaks, and "у комітеті" after it is that body', () => {
  const q = quotes('Сусідня країна знову провела пуски ракет, повідомили в Об’єднаному комітеті оборонного планування. У комітеті уточнили, що пуски фіксували вночі.');
  // (the apostrophe as the canonical name writes it)
  const apos = (s: string | null): string | null => s && s.replace(/['’]/g, '’');
  assert.deepEqual(q.map((x) => apos(x.speaker)), ['Об’єднаний комітет оборонного планування', 'Об’єднаний комітет оборонного планування']);
});

test('a company in Latin letters after the noun of its kind speaks, as a hyphenated compound too', () => {
  const q = quotes('Вантажні операції відновлено в повному обсязі, уточнили в компанії-операторі DP Energy.');
  assert.deepEqual(q.map((x) => x.speaker), ['DP Energy']);
});

test('"повідомили в самому русі" is the movement named by that word before', () => {
  const q = quotes('Активісти руху «Жовта стрічка» розклеїли листівки в центрі окупованого міста, повідомили в самому русі.');
  assert.deepEqual(q.map((x) => x.speaker), ['Жовта стрічка']);
});

test('"за його словами" after a man whose title ends in a feminine noun and whose verb follows "тим часом" is his', () => {
  const q = quotes('Міністр оборони Денис Шмигаль у понеділок провів нараду. Уповноважений Верховної Ради з прав людини Дмитро Лубінець тим часом розкритикував умови утримання полонених. За його словами, до офісу надійшло понад 300 скарг.');
  assert.deepEqual(q.map((x) => x.speaker), ['Дмитро Лубінець']);
});

test('"повідомили в армії Судану" is the army as written', () => {
  const q = quotes('Ударні дрони атакували склад пального в Порт-Судані, повідомили в армії Судану.');
  assert.deepEqual(q.map((x) => x.speaker), ['Армія Судану']);
});

test('"повідомили в профспілці" is the union named last', () => {
  const q = quotes('Найбільша профспілка Чилі – Єдиний центр трудящих (CUT) – оголосила страйк. Наступного ранку поліція затримала лідера CUT Хуана Переса, повідомили в профспілці.');
  assert.deepEqual(q.map((x) => x.speaker), ['Єдиний центр трудящих']);
});
