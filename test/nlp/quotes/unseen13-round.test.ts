/**
 * Speakers and quotes after eval/gold/unseen13's blind first run (unseen13 is tuned on from then; eval/gold/unseen14
 * is the blind check). Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const analyse = (text: string) => pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
const quotes = (text: string): [string | null, string, boolean][] => {
  const a = analyse(text);
  return a.quotes.map((q) => [q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null, q.text, q.direct]);
};

test('"У відомстві стверджують": a generic body noun before the cue is the body named before', () => {
  const q = quotes('Головне управління розвідки в четвер оприлюднило нові дані. У відомстві стверджують, що Росія готує нову хвилю мобілізації.');
  assert.deepEqual(q, [['Головне управління розвідки', 'Росія готує нову хвилю мобілізації', false]]);
});

test('"За його словами" after "– заявив директор … Name" is that person, not a man named earlier', () => {
  const q = quotes('Голова парламенту Руслан Стефанчук підписав закон. «Ми завершимо перевірку до кінця місяця», – заявив директор бюро Семен Кривонос. За його словами, слідство вже має докази.');
  assert.equal(q.length, 2);
  assert.equal(q[1]![0], 'Семен Кривонос');
});

test('speech introduced by a dash without quotation marks is a direct quote of the cue\'s subject', () => {
  const q = quotes('Міністр фінансів Сергій Марченко прибув до Брюсселя. – Кожен транш ми отримуємо вчасно, і так буде й далі, – сказав Марченко журналістам.');
  assert.deepEqual(q, [['Сергій Марченко', 'Кожен транш ми отримуємо вчасно, і так буде й далі', true]]);
});

test('"заявив, що …, і додав, що …": the second act of speech is a quote of its own', () => {
  const q = quotes('Міністр оборони Литви Довіле Шакалієне заявила, що Вільнюс виконає свої зобов’язання, і додала, що нові системи прибудуть до кінця року.');
  assert.deepEqual(q.map((x) => x[1]), ['Вільнюс виконає свої зобов’язання', 'нові системи прибудуть до кінця року']);
  assert.deepEqual(q.map((x) => x[0]), ['Довіле Шакалієне', 'Довіле Шакалієне']);
});
