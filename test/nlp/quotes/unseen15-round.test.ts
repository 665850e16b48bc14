/**
 * Speakers after eval/gold/unseen15's blind first run (tuned on from then; eval/gold/unseen16 is the next blind check).
 * Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './helpers.js';

test('an embassy named by a two-word state\'s demonym speaks as that state\'s embassy', () => {
  const q = quotes('Литва та Польща домовилися про спільні навчання, повідомили в британському посольстві у Вільнюсі.');
  assert.deepEqual(q.map((x) => x.speaker), ['Посольство Великої Британії']);
});

test('a mission with its Latin acronym after the body it belongs to speaks by the acronym', () => {
  const q = quotes('Бойовики вночі обстріляли табір біженців, повідомили в місії ООН UNMISS.');
  assert.deepEqual(q.map((x) => x.speaker), ['UNMISS']);
});

test('a hope voiced with "висловив сподівання, що" is indirect speech', () => {
  const q = quotes('Міністр Андрій Сибіга висловив сподівання, що інші партнери приєднаються до ініціативи.');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.direct, false);
  assert.equal(q[0]!.speaker, 'Андрій Сибіга');
});

test('"– наголосив урядовець" is the member of the government named before', () => {
  const q = quotes('Віцепрем’єр-міністр з відновлення Олексій Кулеба назвав атаку системною. – Ворог намагався зупинити залізницю, – наголосив урядовець.');
  assert.deepEqual(q.filter((x) => x.direct).map((x) => x.speaker), ['Олексій Кулеба']);
});

test('"за його словами" after a quote closed by "– сказав у суботу міністр …" is that minister\'s', () => {
  const q = quotes('Міністр закордонних справ Угорщини Петер Сійярто відкинув звинувачення. – Ми маємо докази, – сказав у суботу міністр закордонних справ України Андрій Сибіга. За його словами, розвідників цікавили військові об’єкти.');
  assert.deepEqual(q.filter((x) => !x.direct).map((x) => x.speaker), ['Андрій Сибіга']);
});

test('"повідомили у відомстві" after a cue is the organisation named last', () => {
  const q = quotes('Державне бюро розслідувань розпочало досудове розслідування щодо посадовців митниці, повідомили у відомстві.');
  assert.deepEqual(q.map((x) => x.speaker), ['Державне бюро розслідувань']);
});
