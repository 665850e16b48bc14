/**
 * Speakers after eval/gold/unseen19's blind first run (tuned on from then; eval/gold/unseen20 is the next blind check).
 * Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipeline, quotes } from './helpers.js';

test('a mission named after the cue speaks with the place where it sits', () => {
  assert.deepEqual(quotes('Екіпаж досі утримують на острові, уточнили в посольстві Філіппін у Пекіні.').map((x) => x.speaker), ['Посольство Філіппін у Пекіні']);
  assert.deepEqual(quotes('Фонд до кінця року виділить 40 мільйонів євро, повідомили в представництві ЄС в Молдові.').map((x) => x.speaker), ['Представництво ЄС в Молдові']);
});

test('a ministry "of the country" is the state of the body that is the sentence\'s subject', () => {
  const q = quotes('Поліція Киргизстану в понеділок провела обшук у редакції, повідомили в Міністерстві внутрішніх справ країни.');
  assert.deepEqual(q.map((x) => x.speaker), ['Міністерство внутрішніх справ Киргизстану']);
});

test('a capital opening a sentence speaks for its state ("Доха назвала …")', () => {
  const q = quotes('Доха назвала обстріл «грубим порушенням» свого суверенітету.');
  assert.deepEqual(q.map((x) => x.speaker), ['Катар']);
});

test('an infinitive after another verb is no report: "пригрозила вважати цілями судна, що …" quotes nothing', () => {
  assert.deepEqual(quotes('Росія пригрозила вважати законними цілями всі судна, що прямують до українських портів.'), []);
});

test('"Як повідомляє агентство X, …" and "Як пише X, …" report what follows, and lend no subject to its acts', () => {
  const q = quotes('Як повідомляє агентство Reuters, переговори можуть відбутися вже наступного тижня. Як пише Bloomberg, Брюссель готує нові обмеження.');
  assert.deepEqual(q.map((x) => [x.speaker, x.direct]), [['Reuters', false], ['Bloomberg', false]]);
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text: 'Як повідомляє агентство Reuters, переговори можуть відбутися вже наступного тижня.' });
  assert.equal(a.events.length, 0);
});

test('a first name that does not decline joins the surname after it ("Х’ю Тодд")', () => {
  const q = quotes('Голова МЗС Гаяни Х’ю Тодд наголосив, що його країна покладається на рішення суду.');
  assert.deepEqual(q.map((x) => x.speaker), ['Х’ю Тодд']);
});

test('a palace named by its own name speaks as written; a man\'s surname in -ова after his first name is his nominative', () => {
  assert.deepEqual(quotes('Президент провів переговори з прем’єром, повідомили в палаці Планалту.').map((x) => x.speaker), ['Палац Планалту']);
  assert.deepEqual(quotes('За словами речника ГУР Андрія Юсова, флот почав відводити кораблі.').map((x) => x.speaker), ['Андрій Юсов']);
});
