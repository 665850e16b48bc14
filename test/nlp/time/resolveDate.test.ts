import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { timeForSentence, timeForToken, resolveWeekday } from '../../../src/nlp/time/index.js';
import type { AnalyzedDocument } from '../../../src/types.js';

// The article date of every example below: Wednesday, 16 April 2025.
const DATE = '2025-04-16';
const pipeline = createPipeline(['segment', 'tag', 'time']);

function analyze(text: string, date: string | null = DATE): AnalyzedDocument {
  return pipeline.analyze({ id: 't', date, lang: 'uk', text });
}

/** text → "start..end" (or "null") of every time expression. */
function times(text: string, date: string | null = DATE): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of analyze(text, date).times) out[t.text] = t.value ? `${t.value.start}..${t.value.end}` : 'null';
  return out;
}

test('relative day words resolve against the article date', () => {
  assert.deepEqual(times('Учора ввечері дрони атакували порт. Сьогодні уряд збереться на засідання, а позавчора депутати голосували.'), {
    'Учора ввечері': '2025-04-15..2025-04-15',
    'Сьогодні': '2025-04-16..2025-04-16',
    'позавчора': '2025-04-14..2025-04-14',
  });
});

test('weekdays follow the tense: past verb looks back, future verb looks forward, same day allowed', () => {
  assert.deepEqual(times('Мер міста у понеділок відкрив нову школу.'), { 'у понеділок': '2025-04-14..2025-04-14' });
  assert.deepEqual(times('Парламент у п’ятницю розгляне законопроєкт.'), { 'у п’ятницю': '2025-04-18..2025-04-18' });
  assert.deepEqual(times('Делегація в середу прибула до Львова.'), { 'в середу': '2025-04-16..2025-04-16' });
  assert.deepEqual(times('У ніч на неділю ворог обстріляв село.'), { 'У ніч на неділю': '2025-04-13..2025-04-13' });
  assert.deepEqual(times('Увечері в суботу в місті зникло світло.'), { 'Увечері в суботу': '2025-04-12..2025-04-12' });
  assert.equal(resolveWeekday(DATE, 3, -1), DATE);
  assert.equal(resolveWeekday(DATE, 2, 1), '2025-04-22');
});

test('absolute dates in every form', () => {
  assert.deepEqual(times('Угоду підписали 3 квітня, а набула чинності вона 07.04.2025.'), {
    '3 квітня': '2025-04-03..2025-04-03',
    '07.04.2025': '2025-04-07..2025-04-07',
  });
  assert.deepEqual(times('Виставка працюватиме з 5 по 9 травня.'), { 'з 5 по 9 травня': '2025-05-05..2025-05-09' });
  assert.deepEqual(times('Завод збудували у 2019 році, а модернізували в березні 2024 року.'), {
    'у 2019 році': '2019-01-01..2019-12-31',
    'в березні 2024 року': '2024-03-01..2024-03-31',
  });
  // A year-less month is the nearest such month on the side of the tense.
  assert.deepEqual(times('У грудні мерія закупила генератори.'), { 'У грудні': '2024-12-01..2024-12-31' });
  assert.deepEqual(times('Нові автобуси з’являться на маршрутах у червні.'), { 'у червні': '2025-06-01..2025-06-30' });
});

test('periods, weekends, seasons and parts of a year', () => {
  assert.deepEqual(times('Минулого тижня рятувальники розібрали завали. Наступного тижня роботи продовжать.'), {
    'Минулого тижня': '2025-04-07..2025-04-13',
    'Наступного тижня': '2025-04-21..2025-04-27',
  });
  assert.deepEqual(times('Протягом вихідних у горах випав сніг.'), { 'Протягом вихідних': '2025-04-12..2025-04-13' });
  assert.deepEqual(times('Міністерство оголосить тендер на початку наступного року.'), {
    'на початку наступного року': '2026-01-01..2026-03-31',
  });
  assert.deepEqual(times('Минулого місяця ціни зросли, а торік вони падали.'), {
    'Минулого місяця': '2025-03-01..2025-03-31',
    'торік': '2024-01-01..2024-12-31',
  });
  assert.deepEqual(times('Місто готується до опалювального сезону цієї зими.', '2025-01-10'), { 'цієї зими': '2024-12-01..2025-02-28' });
  // outside the season, "цієї зими" is the winter that begins in December of the same year, whatever the tense
  assert.deepEqual(times('«Ми не залишимо місто без тепла цієї зими», – сказав мер.', '2025-09-23'), { 'цієї зими': '2025-12-01..2026-02-28' });
  assert.deepEqual(times('Цього літа врожай був рекордним.', '2025-10-02'), { 'Цього літа': '2025-06-01..2025-08-31' });
});

test('deadlines run from the article date; years after з/до are the whole year', () => {
  assert.deepEqual(times('Міст відремонтують до кінця травня. Підрядник має звітувати до п’ятниці.'), {
    'до кінця травня': '2025-04-16..2025-05-31',
    'до п’ятниці': '2025-04-16..2025-04-18',
  });
  assert.deepEqual(times('Компанія працює на ринку з 2021 року і планує вийти на біржу до 2027 року.'), {
    'з 2021 року': '2021-01-01..2021-12-31',
    'до 2027 року': '2027-01-01..2027-12-31',
  });
  assert.deepEqual(times('Фонд приймає заявки до 30 квітня.'), { 'до 30 квітня': '2025-04-16..2025-04-30' });
});

test('expressions anchored on the last dated event', () => {
  assert.deepEqual(times('Посол прибув до столиці 10 квітня. Того ж дня він зустрівся з мером, а наступного дня виїхав до Одеси.'), {
    '10 квітня': '2025-04-10..2025-04-10',
    'Того ж дня': '2025-04-10..2025-04-10',
    'наступного дня': '2025-04-11..2025-04-11',
  });
  assert.deepEqual(times('Прем’єр у понеділок відвідав Суми. Напередодні візиту міністр провів нараду. Напередодні мер подав у відставку.'), {
    'у понеділок': '2025-04-14..2025-04-14',
    'Напередодні візиту': '2025-04-13..2025-04-13',
    'Напередодні': '2025-04-15..2025-04-15',
  });
});

test('words that only look like dates are left alone; an unknown article date leaves relative values null', () => {
  assert.deepEqual(times('Лютий вітер зірвав дах. Екологи вивчають середу існування птахів. Заради цього дня ми працювали.'), {});
  assert.deepEqual(times('Учора в місті відкрили парк, а 5 травня 2024 року — музей.', null), {
    'Учора': 'null',
    '5 травня 2024 року': '2024-05-05..2024-05-05',
  });
});

test('timeForToken picks the time of the clause, then of the sentence', () => {
  const a = analyze('Загарбники вчора обстріляли місто, а в п’ятницю мер скликає нараду. Будівельники відновили дах.');
  const tok = (w: string): number => a.tokens.findIndex((t) => t.text === w);
  assert.equal(timeForToken(a, tok('обстріляли'))?.text, 'вчора');
  assert.equal(timeForToken(a, tok('скликає'))?.text, 'в п’ятницю');
  assert.equal(timeForToken(a, tok('відновили')), null);
  assert.equal(timeForSentence(a, 0)?.text, 'вчора');
  assert.equal(timeForSentence(a, 0, tok('нараду'))?.text, 'в п’ятницю');
  assert.equal(timeForSentence(a, 1), null);
});

test('quarters, halves, decades, day pairs, weekday ranges and "через"', () => {
  assert.deepEqual(times('У третьому кварталі 2024 року експорт зріс, а в другій половині року впав.'), {
    'У третьому кварталі 2024 року': '2024-07-01..2024-09-30',
    'в другій половині року': '2025-07-01..2025-12-31',
  });
  assert.deepEqual(times('Фабрику збудували у 80-х роках. Упродовж 2023 року вона простоювала.'), {
    'у 80-х роках': '1980-01-01..1989-12-31',
    'Упродовж 2023 року': '2023-01-01..2023-12-31',
  });
  assert.deepEqual(times('Сильні зливи пройшли 7 і 8 квітня. Фестиваль триватиме з четверга по суботу.'), {
    '7 і 8 квітня': '2025-04-07..2025-04-08',
    'з четверга по суботу': '2025-04-17..2025-04-19',
  });
  assert.deepEqual(times('Позаминулого тижня суд виніс вирок. Через три дні його оскаржать.'), {
    'Позаминулого тижня': '2025-03-31..2025-04-06',
    'Через три дні': '2025-04-19..2025-04-19',
  });
});

test('a past verb with an infinitive between it and the date points forward', () => {
  assert.deepEqual(times('Сторони погодилися провести наступний раунд переговорів 2 травня.'), { '2 травня': '2025-05-02..2025-05-02' });
  assert.deepEqual(times('Рятувальники почали розбирати завали 2 квітня.'), { '2 квітня': '2025-04-02..2025-04-02' });
  // A past verb alone keeps a year-less date in the past.
  assert.deepEqual(times('Перший сніг випав 20 листопада.'), { '20 листопада': '2024-11-20..2024-11-20' });
});

test('seasons as deadlines, durations from a date of the same sentence only, announced plans', () => {
  assert.deepEqual(times('Дорогу відремонтують до кінця літа.'), { 'до кінця літа': '2025-04-16..2025-08-31' });
  assert.deepEqual(times('Уряд у понеділок дав забудовнику на виправлення порушень протягом 10 днів.'), {
    'у понеділок': '2025-04-14..2025-04-14',
    'протягом 10 днів': '2025-04-14..2025-04-24',
  });
  assert.deepEqual(times('Міст закрили у понеділок. Рух відновлять протягом трьох днів.'), {
    'у понеділок': '2025-04-14..2025-04-14',
    'протягом трьох днів': '2025-04-16..2025-04-19',
  });
  assert.deepEqual(times('Мер анонсував відкриття нового парку в травні.'), { 'в травні': '2025-05-01..2025-05-31' });
});

test('a neuter demonstrative before a period noun is no period ("це тижні роботи"); "цього тижня" still is', () => {
  assert.deepEqual(times('«Це тижні напруженої роботи», – сказав він.'), {});
  assert.deepEqual(times('Цього тижня уряд ухвалив рішення.'), { 'Цього тижня': '2025-04-14..2025-04-20' });
});

test('a day or month with "минулого/наступного року" is one expression; a season with its year; "з березня" in a present clause is past', () => {
  assert.deepEqual(times('Контракт завершився 30 грудня минулого року.'), { '30 грудня минулого року': '2024-12-30..2024-12-30' });
  assert.deepEqual(times('Протести тривають з листопада минулого року.'), { 'з листопада минулого року': '2024-11-01..2024-11-30' });
  assert.deepEqual(times('Завод працює з весни 2022 року.'), { 'з весни 2022 року': '2022-03-01..2022-05-31' });
  // (article date 2025-07-12: the March gone by, not the coming one)
  assert.deepEqual(times('Переговори, що тривають з березня, зайшли в глухий кут.', '2025-07-12'), { 'з березня': '2025-03-01..2025-03-31' });
  // …while a future clause still takes the coming month
  assert.deepEqual(times('Нові правила запрацюють з березня.', '2025-07-12'), { 'з березня': '2026-03-01..2026-03-31' });
});

test('an impersonal -но/-то verb is past; a span "протягом доби" in a past clause runs back to the date', () => {
  // (article date 2025-09-12, a Friday: the Thursday just gone)
  assert.deepEqual(times('З четверга в бойову готовність переведено три бригади.', '2025-09-12'), { 'З четверга': '2025-09-11..2025-09-11' });
  assert.deepEqual(times('Протягом доби ворог 30 разів обстріляв Херсонщину.', '2025-09-12'), { 'Протягом доби': '2025-09-11..2025-09-12' });
  // …and forward in a future one
  assert.deepEqual(times('Уряд ухвалить рішення протягом двох тижнів.', '2025-09-12'), { 'протягом двох тижнів': '2025-09-12..2025-09-26' });
});

test('"ще" before a date under a past verb is a deadline already passed, even after a verb of obligation', () => {
  const a = pipeline.analyze({ id: 't', date: '2026-03-24', lang: 'uk', text: 'Уряд так і не відкрив кордон, хоча мав зробити це ще 15 березня. Сторони мали провести зустріч 28 березня.' });
  assert.deepEqual(a.times.map((t) => [t.text, t.value?.start]), [['15 березня', '2026-03-15'], ['28 березня', '2026-03-28']]);
});

test('"торік у січні" is that month of last year; "минулими вихідними" the last weekend; a first name read as a verb sets no tense', () => {
  assert.deepEqual(times('Уряд торік у січні призупинив діалог.', '2026-02-12'), { 'торік у січні': '2025-01-01..2025-01-31' });
  assert.deepEqual(times('Армія минулими вихідними взяла склади.', '2026-06-04'), { 'минулими вихідними': '2026-05-30..2026-05-31' });
  // (2026-06-04 is a Thursday: "Наїм" is no future-tense verb, the Tuesday is the one just gone)
  assert.deepEqual(times('Лідер угруповання Наїм Кассем у вівторок відкинув вимогу.', '2026-06-04'), { 'у вівторок': '2026-06-02..2026-06-02' });
});

test('"Напередодні саміту" is the day before the summit\'s own date, not before the last date named', () => {
  // (2025-06-27 is a Friday: the summit was on Thursday the 26th; "30 червня" named after it is another day)
  const a = pipeline.analyze({ id: 't', date: '2025-06-27', lang: 'uk', text: 'На саміті ЄС у четвер Словаччина заблокувала рішення. Кошта закликав зняти вето до завершення головування 30 червня. Напередодні саміту Кошта провів телефонну розмову з Фіцо.' });
  const summitEve = a.times.find((t) => t.text === 'Напередодні саміту');
  assert.equal(summitEve?.value?.start, '2025-06-25');
});

test('a day a period starts from keeps its "з", as "з 2022 року" does ("з 1 лютого"); the value is that day', () => {
  assert.deepEqual(times('Мита діятимуть з 1 травня. Від 3 червня кордон відкритий.'), { 'з 1 травня': '2025-05-01..2025-05-01', 'Від 3 червня': '2025-06-03..2025-06-03' });
});

test('a day something is set for looks ahead ("оголосили на п’ятницю страйк"), as does a day with a verb in the present ("у п’ятницю стартують навчання"); "в ніч на п’ятницю" does not', () => {
  // (2025-04-16 is a Wednesday)
  assert.deepEqual(times('Профспілки оголосили на п’ятницю загальний страйк.'), { 'на п’ятницю': '2025-04-18..2025-04-18' });
  assert.deepEqual(times('Міністр повідомив, що у п’ятницю стартують спільні навчання.'), { 'у п’ятницю': '2025-04-18..2025-04-18' });
  assert.deepEqual(times('Дрони атакували місто в ніч на понеділок.'), { 'в ніч на понеділок': '2025-04-14..2025-04-14' });
  assert.deepEqual(times('У понеділок дрони атакували місто.'), { 'У понеділок': '2025-04-14..2025-04-14' });
});

test('a day something goes on from, with the verb of going on after it, is gone by, and no anchor for what follows', () => {
  // (article date 16 April 2025: "з 9 квітня" is this April's, not next year's)
  assert.deepEqual(times('Студенти пікетували будівлю, де з 9 квітня триває сесія парламенту.'), { 'з 9 квітня': '2025-04-09..2025-04-09' });
  // ("того ж дня" refers to the day of the act told before, not to the start of what goes on)
  assert.deepEqual(times('У понеділок студенти пікетували будівлю, де з 9 квітня триває сесія. Того ж дня уряд провів засідання.'), {
    'У понеділок': '2025-04-14..2025-04-14',
    'з 9 квітня': '2025-04-09..2025-04-09',
    'Того ж дня': '2025-04-14..2025-04-14',
  });
  // (a future of going on keeps the coming day)
  assert.deepEqual(times('З 20 квітня триватиме виставка.'), { 'З 20 квітня': '2025-04-20..2025-04-20' });
});

test('a quarter with no year is the article year\'s; a range of years with the year word after the second only', () => {
  assert.deepEqual(times('Уряд профінансує ремонт уже в другому кварталі.'), { 'в другому кварталі': '2025-04-01..2025-06-30' });
  // (a future clause and a quarter over: the next year's)
  assert.deepEqual(times('Уряд профінансує ремонт у першому кварталі.'), { 'у першому кварталі': '2026-01-01..2026-03-31' });
  assert.deepEqual(times('Він очолював уряд із 2014 по 2019 рік.'), { 'із 2014 по 2019 рік': '2014-01-01..2019-12-31' });
});

test('a month someone has been in a state since is gone by ("із серпня перебуває під арештом")', () => {
  assert.deepEqual(times('Колишній мер із серпня перебуває під домашнім арештом.'), { 'із серпня': '2024-08-01..2024-08-31' });
});

test('a start with a verb in the imperfective present is one gone by ("з понеділка проводять", "з листопада обіймає") (stop 29)', () => {
  // 2026-11-19 is a Thursday: the Monday gone by is the 16th
  const a = pipeline.analyze({ id: 't', date: '2026-11-19', lang: 'uk', text: 'США та Японія з понеділка проводять у Японському морі спільні навчання.' });
  assert.deepEqual(a.times.map((t) => [t.text, t.value?.start]), [['з понеділка', '2026-11-16']]);
  const b = pipeline.analyze({ id: 't', date: '2025-12-01', lang: 'uk', text: 'Президентка, яка обіймає посаду з листопада, запевнила гостя в підтримці.' });
  assert.deepEqual(b.times.map((t) => [t.text, t.value?.start]), [['з листопада', '2025-11-01']]);
});

test('a month a thing was put off to is the one to come, whatever the verb\'s tense; one planned in the past stays past', () => {
  assert.deepEqual(times('Рада ЄС відклала голосування на лютий.', '2025-11-20'), { 'на лютий': '2026-02-01..2026-02-28' });
  assert.deepEqual(times('Саміт перенесли на березень.', '2025-11-20'), { 'на березень': '2026-03-01..2026-03-31' });
  assert.deepEqual(times('Візит, запланований на лютий, не відбувся.', '2025-11-20'), { 'на лютий': '2025-02-01..2025-02-28' });
});
