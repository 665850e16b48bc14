/**
 * Speakers found by this stop's probe sentences (before its blind checks ran). Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const analyse = (text: string) => pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
const speakers = (text: string): (string | null)[] => {
  const a = analyse(text);
  return a.quotes.map((q) => (q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null));
};

test('a feminine head word refers back to a woman whose post was written in the masculine ("міністр … – наголосила очільниця відомства")', () => {
  assert.deepEqual(
    speakers('Міністр економіки Чехії Яна Новакова в середу зустрілася з українською делегацією. «Ми вже готуємо наступний пакет», – наголосила очільниця відомства.'),
    ['Яна Новакова'],
  );
  assert.deepEqual(
    speakers('Президент Молдови Майя Санду прибула до Варшави. «Наш шлях – до Європи», – сказала президентка.'),
    ['Майя Санду'],
  );
});

test('a known organisation (with its state) before a personal name belongs to the title, so the person speaks by name', () => {
  assert.deepEqual(
    speakers('Речник Пентагону Джон Кірбі заявив, що нових поставок поки не заплановано.'),
    ['Джон Кірбі'],
  );
  assert.deepEqual(
    speakers('Глава МЗС Латвії Байба Браже прибула до Києва. «Ми залишаємося з Україною», – заявила латвійська міністерка після зустрічі.'),
    ['Байба Браже'],
  );
});

test('a state\'s demonym before a body noun after the cue is that state\'s body, not the place named after it', () => {
  assert.deepEqual(
    speakers('Росія стягує техніку до кордону, повідомила естонська прикордонна служба.'),
    ['Прикордонна служба Естонії'],
  );
  assert.deepEqual(
    speakers('Туреччина передасть Польщі ще 30 бронемашин, повідомило турецьке посольство у Варшаві.'),
    ['Посольство Туреччини'],
  );
});
