/**
 * Stop 35's round: patterns several blind sets share (an election's defeat conceded, a party leaving a coalition, a
 * subject across a relative clause), each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a defeat conceded is a concession to the one congratulated on the victory in the same sentence', () => {
  const a = analyse('Прем’єр-міністр Ірландії Мартін Шейн визнав поразку на виборах і привітав Катерину Галлахер з перемогою.', '2025-10-26');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.source), ['Мартін Шейн']);
  assert.deepEqual(names(a, e.target), ['Катерина Галлахер']);
});

test('the winner told before takes a defeat conceded and the congratulation of "суперника"', () => {
  const a = analyse('Опозиційний кандидат Томас Райлі переміг у другому турі президентських виборів. '
    + 'Чинний президент Андреа Моллер визнала поразку й привітала суперника з перемогою.', '2025-10-26');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.source), ['Андреа Моллер']);
  assert.deepEqual(names(a, e.target), ['Томас Райлі']);
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Томас Райлі']);
});

test('the winner congratulated later in the article takes a defeat conceded before', () => {
  const a = analyse('Лідер опозиції Даніель Фоска визнав поразку на парламентських виборах. '
    + 'Президент України Володимир Зеленський привітав прем’єр-міністра Карла Ервіна з перемогою.', '2025-11-02');
  assert.deepEqual(names(a, only(a, 'CONCEDE').target), ['Карл Ервін']);
});

test('no concession where a defeat is refused, or where no winner is named', () => {
  const a = analyse('Опозиція звинуватила президента в тому, що він зірвав підрахунок голосів, аби не визнавати поразки.', '2025-11-02');
  assert.equal(a.events.filter((e) => e.type === 'CONCEDE').length, 0);
  const b = analyse('Канцлер Фелікс Анґер визнав поразку і сказав, що бере на себе відповідальність за результат.', '2025-11-02');
  assert.equal(b.events.filter((e) => e.type === 'CONCEDE').length, 0);
});

test('a party leaving a coalition with another party named after it leaves that party, typed as an organisation', () => {
  const a = analyse('Партія Центру вийшла з коаліції з Робітничою партією через суперечки щодо бюджету.', '2025-03-14');
  const e = only(a, 'RETREAT');
  assert.deepEqual(names(a, e.source), ['Партія Центру']);
  assert.deepEqual(names(a, e.target), ['Робітнича партія']);
  assert.ok(a.entities.some((x) => x.name === 'Робітнича партія' && x.type === 'ORG'), JSON.stringify(a.entities.map((x) => [x.name, x.type])));
});

test('a person whose name the tagger reads in another case is still the subject across a relative clause', () => {
  const a = analyse('Сильві Маркюс, яка посіла друге місце з найкращим результатом, привітала Нору Галлахер.', '2025-10-26');
  assert.equal(only(a, 'SUPPORT').source.length, 1);
});
