/**
 * Stop 24's round on unseen32's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('go-betweens named after "за посередництва" are no party to the act (neither its subject nor its partner)', () => {
  const a = analyse('Уряд Ємену за посередництва Омана погодився припинити бойові дії.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Уряд Ємену']);
  assert.deepEqual(e.target, []);
  const b = analyse('Речник повідомив, що Кишинів і Тирасполь за посередництва Бухареста та Вашингтона домовилися про спільну позицію.');
  const f = only(b, 'AGREE');
  assert.deepEqual(names(b, f.source), ['Молдова']);
  assert.deepEqual(names(b, f.target), ['Тирасполь']);
  // the parties after a go-between's genitive stay parties
  const c = analyse('За посередництва агентства Сербія та Косово погодили тимчасове перемир’я.');
  assert.deepEqual(names(c, only(c, 'AGREE').source), ['Сербія']);
});

test('a state and a person with a long title agree with each other ("Кишинів і духовний лідер гагаузів отець Михаїл Кара")', () => {
  const a = analyse('Речник повідомив, що Кишинів і духовний лідер гагаузів отець Михаїл Кара погодилися припинити суперечку.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Молдова']);
  assert.deepEqual(names(a, e.target), ['Михаїл Кара']);
  const b = analyse('Міністр Іван Коваль і його литовський колега Йонас Петраускас підписали угоду про перевезення.');
  const f = only(b, 'AGREE');
  assert.deepEqual(names(b, f.source), ['Іван Коваль']);
  assert.deepEqual(names(b, f.target), ['Йонас Петраускас']);
});
