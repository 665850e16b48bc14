/**
 * Stop 17's probe sentences (written for the stop, in the style of the news the system reads): what they showed, each
 * on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('"наступного дня" before a verb in the past is a sequel, not a plan', () => {
  const a = analyse('Наступного дня прем’єр-міністр Нідерландів Дік Схоф прибув до Києва.');
  assert.equal(only(a, 'CONSULT').modality, 'occurred');
  const b = analyse('Наступного тижня прем’єр-міністр Нідерландів Дік Схоф відвідає Київ.');
  assert.equal(only(b, 'CONSULT').modality, 'planned');
});

test('an indeclinable first name says nothing of a person\'s gender: "Він" is the man named last', () => {
  const a = analyse('Удар стався вночі, повідомив мер Дніпра Борис Філатов. Наступного дня президент Фінляндії Александер Стубб прибув до Києва. Він провів переговори з прем’єр-міністром Юлією Свириденко.');
  const c = a.events.filter((e) => e.type === 'CONSULT');
  assert.ok(c.length >= 1);
  assert.ok(c.every((e) => names(a, e.source).join() === 'Александер Стубб'), JSON.stringify(c.map((e) => names(a, e.source))));
});

test('a chargé d\'affaires summoned is his state\'s; a note of protest is an accusation, no protest', () => {
  const a = analyse('МЗС Латвії викликало тимчасового повіреного у справах Білорусі через інцидент на кордоні.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Білорусь']);
  const b = analyse('Литовська сторона вручила російському дипломату ноту протесту.');
  assert.equal(b.events.filter((e) => e.type === 'PROTEST').length, 0);
  assert.equal(only(b, 'ACCUSE').trigger.text, 'ноту');
});

test('an indeclinable body right after "у відповідь" is the subject', () => {
  const a = analyse('Варшава закрила російське консульство в Познані. У відповідь МЗС Росії пообіцяло «жорстку відповідь».');
  const t = only(a, 'THREATEN');
  assert.deepEqual(names(a, t.source), ['МЗС Росії']);
});

test('an act named again with no author is its authors\': a joint drill called a provocation accuses both sides', () => {
  const a = analyse('Латвія та Естонія проведуть спільні військові навчання біля кордону наступного тижня. Мінськ назвав навчання «провокацією» і привів свої війська в повну бойову готовність.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Естонія', 'Латвія']);
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Білорусь']);
});

test('a village retaken is a ground assault on it; a blocked decision to give aid is no aid', () => {
  const a = analyse('Українські сили оборони звільнили село Степове на Запорізькому напрямку.');
  const s = only(a, 'ASSAULT');
  assert.equal(s.mode, 'ground');
  assert.deepEqual(names(a, s.target), ['Степове']);
  const b = analyse('Прем’єр-міністр Словаччини Роберт Фіцо заблокував рішення про виділення Україні 2 мільярдів євро.');
  assert.equal(b.events.filter((e) => e.type === 'AID').length, 0);
});
