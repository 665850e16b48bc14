/**
 * After eval/gold/unseen14's blind first run: what the stop's earlier rules broke there, mended, and the name rules its
 * misses showed. Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a one-word first name right before a person span is one name; a hyphenated particle continues a name', () => {
  const a = analyse('Глава МЗС Словенії Таня Файон Ковач у середу відкинула звинувачення Загреба.');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Таня Файон Ковач'), JSON.stringify(a.entities.map((e) => e.name)));
  const b = analyse('Наслідний принц Мухаммед бін Салман аль-Сауд прийняв в Ер-Ріяді держсекретаря США.');
  assert.ok(b.entities.some((e) => e.type === 'PERS' && e.name.endsWith('аль-Сауд')), JSON.stringify(b.entities.map((e) => e.name)));
});

test('an undeclined foreign surname in "-у" after a genitive title stays as written', () => {
  const a = analyse('Посол зустрівся з радником прем’єр-міністра Ізраїлю Біньяміна Нетаньягу.');
  assert.ok(!a.entities.some((e) => e.name.endsWith('Нетаньяга')), JSON.stringify(a.entities.map((e) => e.name)));
});

test('a demonym army is that state\'s army; the imperfective "виступає проти" is a stance, no rejection', () => {
  const a = analyse('Катар передасть йорданській армії 20 бронемашин, оголосили в МЗС Катару.');
  assert.deepEqual(names(a, only(a, 'AID').target), ['Армія Йорданії']);
  const b = analyse('Міністерство закордонних справ Південної Кореї заявило, що Сеул виступає проти будь-яких спроб змінити кордони силою.');
  assert.equal(b.events.filter((e) => e.type === 'REJECT').length, 0);
});
