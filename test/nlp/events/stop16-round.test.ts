/**
 * Event rules found by this stop's probe sentences (written before its blind checks ran). Each on sentences written
 * for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('opposing ("виступив проти") is a rejection aimed at the actor of the opposed act; "ми не виступаємо проти" in a quote is a stance', () => {
  const a = analyse('Прем’єр-міністр Угорщини Віктор Орбан у четвер знову виступив проти вступу Молдови до ЄС.');
  const r = only(a, 'REJECT');
  assert.deepEqual(names(a, r.source), ['Віктор Орбан']);
  assert.deepEqual(names(a, r.target), ['Молдова']);
  const b = analyse('«Ми не виступаємо проти Польщі, ми захищаємо своїх фермерів», – сказав один з організаторів акції.');
  assert.equal(b.events.filter((e) => e.type === 'REJECT').length, 0);
});

test('armed groups of the actor KB act by name; an envoy\'s state read as a dative is the expulsion\'s target; "це рішення" is the act just told', () => {
  const a = analyse('Уряд Таджикистану вислав посла Афганістану після обстрілу прикордонної застави. Талібан назвав це рішення «недружнім кроком».');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Афганістан']);
  const acc = only(a, 'ACCUSE');
  assert.deepEqual(names(a, acc.source), ['Талібан']);
  assert.deepEqual(names(a, acc.target), ['Уряд Таджикистану']);
});

test('condemning an agreement accuses both its sides; a known body\'s whole name wins over a state inside it', () => {
  const a = analyse('Філіппіни та Японія підписали угоду про доступ військ. Пекін засудив угоду як «загрозу регіональній стабільності».');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Філіппіни', 'Японія']);
  const b = analyse('Сили оборони Ізраїлю в понеділок відвели війська з міста Хан-Юніс.');
  assert.deepEqual(names(b, only(b, 'RETREAT').source), ['Сили оборони Ізраїлю']);
});

test('a visit\'s destination before its titled agent; the released citizens\' state is the concession\'s target', () => {
  const a = analyse('Білорусь звільнила трьох литовських громадян після візиту до Мінська спецпосланця США Кіта Келлога.');
  assert.deepEqual(names(a, only(a, 'CONCEDE').target), ['Литва']);
  assert.deepEqual(names(a, only(a, 'CONSULT').source), ['Кіт Келлог']);
});

test('initialling is agreeing; approving an act of aid is that aid, to the one named after "на допомогу"; a possessive object names its owner', () => {
  const a = analyse('Сербія та Косово парафували угоду про вільне пересування у Брюсселі.');
  assert.deepEqual([...names(a, only(a, 'AGREE').source), ...names(a, only(a, 'AGREE').target)].sort(), ['Косово', 'Сербія']);
  const b = analyse('Конгрес США схвалив виділення 500 млн доларів на допомогу Йорданії.');
  assert.equal(b.events.filter((e) => e.type === 'AGREE').length, 0);
  assert.deepEqual(names(b, only(b, 'AID').target), ['Йорданія']);
  const c = analyse('Президентка Молдови Майя Санду закликала парламент ухвалити закон. Лідер опозиції Ігор Додон назвав її заяву «антинародною».');
  assert.deepEqual(names(c, only(c, 'ACCUSE').target), ['Майя Санду']);
});

test('a foreign surname in "-ля" after a genitive or accusative title has its nominative in "-ль"', () => {
  const a = analyse('Прем’єр Естонії Крістен Міхал прийняв у Таллінні міністра оборони Франції Себастьяна Лекорнюля.');
  assert.ok(a.entities.some((e) => e.name === 'Себастьян Лекорнюль'), JSON.stringify(a.entities.map((e) => e.name)));
});

test('a known body after a noun it is the genitive of stays that noun\'s ("удар по будівлі уряду України" hits the state)', () => {
  const a = analyse('Уночі російська ракета влучила по будівлі уряду України в Києві.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Україна']);
});
