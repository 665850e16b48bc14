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

// unseen74's round

test('a time of day of two words, or with "пізно"/"рано", joins its date ("вчора по обіді", "Пізно ввечері в понеділок")', () => {
  const spans = (text: string): string[] => { const a = analyse(text, '2025-04-29'); return a.times.map((t) => a.doc.text.slice(t.start, t.end)); };
  assert.deepEqual(spans('Світло зникло вчора по обіді в усій країні.'), ['вчора по обіді']);
  assert.deepEqual(spans('Пізно ввечері в понеділок прем’єр провів нараду.'), ['Пізно ввечері в понеділок']);
  assert.deepEqual(spans('Поліція вчора на світанку затримала двох чоловіків.'), ['вчора на світанку']);
});

test('a span of months with one year after both is one date expression', () => {
  const a = analyse('Сутички в регіоні тривали з лютого до червня 2024 року.', '2025-05-17');
  assert.equal(a.times.length, 1);
  assert.deepEqual(a.times[0]!.value, { start: '2024-02-01', end: '2024-06-30' });
});

test('a party named by a common noun after "партії" is no part of its leader\'s name', () => {
  const a = analyse('Поліція затримала лідера руху Визволителі Омара Діалло.', '2025-05-17');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Омар Діалло'), JSON.stringify(a.entities.map((e) => e.name)));
  assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name === 'Визволителі'));
});

test('a spokesman named after his chief\'s surname in another case is the speaker, not the chief', () => {
  const a = analyse('Президент Сиріл Рамафоса відкликав посла. «Рішення остаточне», – сказав речник Рамафоси Вінсент Магвенья.', '2025-03-15');
  const q = a.quotes.find((x) => x.text.includes('остаточне'));
  assert.ok(q?.speaker);
  assert.equal(a.entities.find((e) => e.id === q.speaker)?.name, 'Вінсент Магвенья');
});

test('the PKK is known, and bare "бойовики" stand for the armed group named before', () => {
  const a = analyse('Робітнича партія Курдистану оголосила про розпуск. Армія звинуватила бойовиків у нападі на блокпост.', '2025-05-12');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Робітнича партія Курдистану']);
});

test('police brought onto the streets are mobilised, no protest', () => {
  const a = analyse('Міністерство внутрішніх справ вивело на вулиці 20 тисяч поліцейських.', '2025-04-29');
  assert.equal(a.events.filter((e) => e.type === 'PROTEST').length, 0);
  assert.equal(only(a, 'MOBILIZE').type, 'MOBILIZE');
});

test('a warning that what comes "залежатиме" on the other side is a threat to it', () => {
  const a = analyse('Прем’єр-міністр Польщі Дональд Туск застеріг Будапешт, що доля угоди залежатиме від позиції Угорщини.', '2025-08-26');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Угорщина']);
});

test('a body of an oblast named by the oblast\'s short name takes the oblast\'s full name', () => {
  const a = analyse('Поліція Рівненщини затримала чоловіка, який знімав роботу ППО.', '2025-10-05');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Поліція Рівненської області']);
});

test('"дипломата" refers back to the ambassador named before', () => {
  const a = analyse('Уряд Канади оголосив посла Ірану Ахмада Рахімі персоною нон ґрата. Міністр звинуватив дипломата у втручанні.', '2025-03-15');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Ахмад Рахімі']);
});
