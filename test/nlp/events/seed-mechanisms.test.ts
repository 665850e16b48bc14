import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import type { AnalyzedDocument } from '../../../src/types.js';

const pipeline = createPipeline();
const run = (text: string, date = '2025-06-10'): AnalyzedDocument => pipeline.analyze({ id: 't', date, lang: 'uk', text });
const name = (a: AnalyzedDocument, id: string | null | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;

test('opposition of a body to something is its REJECT; a KB institution tagged a place is still a party', () => {
  const a = run('Переговори ускладнює відкрита опозиція Кремля до розширення місії ООН.');
  const r = a.events.find((e) => e.type === 'REJECT');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(r.source.map((s) => name(a, s)), ['Кремль']);
});

test('a hypothetical consequence ("в цьому випадку …") is not an event', () => {
  const a = run('Уряд пояснив паузу тим, що в цьому випадку Москва вийде з переговорів.');
  assert.equal(a.events.filter((e) => e.type === 'RETREAT').length, 0, JSON.stringify(a.events));
});

test('a place in a relative clause of another event noun is not this event\'s place', () => {
  const a = run('Міністр оборони Литви повідомив, що його розмова з колегами з Польщі стала продовженням засідання, яке відбулося у Римі 2 червня.');
  const talk = a.events.find((e) => e.trigger.text.startsWith('розмова'));
  assert.ok(talk, JSON.stringify(a.events));
  assert.notEqual(name(a, talk.location), 'Рим');
});

test('a call by phone after "напередодні візиту" is its own event, with its partner', () => {
  const a = run('Прем’єр-міністр Канади Марк Карні в середу прибув до Варшави. Напередодні візиту Карні обговорив ситуацію на фронті телефоном із президентом Франції Емманюелем Макроном.');
  const phone = a.events.find((e) => e.type === 'CONSULT' && e.mode === 'phone');
  assert.ok(phone, JSON.stringify(a.events));
  assert.deepEqual(phone.target.map((t) => name(a, t)), ['Емманюель Макрон']);
});

test('a visit to a city takes as its target the person met there', () => {
  const a = run('У вівторок до Вільнюса прибув президент Фінляндії Александр Стубб. «Ми разом», – сказав він на зустрічі з президентом Литви Гітанасом Науседою.');
  const visits = a.events.filter((e) => e.type === 'CONSULT');
  assert.equal(visits.length, 1, JSON.stringify(visits));
  assert.deepEqual(visits[0]!.target.map((t) => name(a, t)), ['Гітанас Науседа']);
});

test('a town that came under an attack is its target', () => {
  const a = run('Уночі Запоріжжя знову потрапило під обстріл, пошкоджено кілька будинків.');
  const s = a.events.find((e) => e.type === 'ASSAULT');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(s.target.map((t) => name(a, t)), ['Запоріжжя']);
});

test('voting for a law is not SUPPORT; one side signing a document is not AGREE', () => {
  const a = run('Законопроєкт підтримали 300 депутатів. Президент Польщі Анджей Дуда підписав указ про відставку.');
  assert.equal(a.events.filter((e) => e.type === 'SUPPORT' || e.type === 'AGREE').length, 0, JSON.stringify(a.events));
});

test('coordinated common nouns share the genitive actor after them', () => {
  const a = run('Варшава підтримує незалежність і суверенітет Молдови.');
  const s = a.events.find((e) => e.type === 'SUPPORT');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(s.target.map((t) => name(a, t)), ['Молдова']);
});

test('"сторони" with no consultation before are the two sides of the last act, a person standing for their state', () => {
  const a = run('Міністр закордонних справ України Андрій Сибіга закликав Угорщину розблокувати рішення. Сторони домовилися провести консультації у Будапешті.');
  const c = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(c, JSON.stringify(a.events));
  assert.deepEqual(c.source.map((t) => name(a, t)), ['Україна']);
  assert.deepEqual(c.target.map((t) => name(a, t)), ['Угорщина']);
});

test('a coordinated predicate shares the subject before the first verb and its object', () => {
  const a = run('Міністерство закордонних справ Литви закликало Мінськ звільнити політв’язнів і попередило про нові санкції.');
  const t = a.events.find((e) => e.type === 'THREATEN');
  assert.ok(t, JSON.stringify(a.events));
  assert.deepEqual(t.target.map((x) => name(a, x)), ['Білорусь']);
  assert.match(name(a, t.source[0]) ?? '', /Міністерство закордонних справ Литви/);
});

test('a rejection naming the words after a state ("назвавши їх «білоруською пропагандою»") targets that state', () => {
  const a = run('Прем’єр-міністр Польщі Дональд Туск відкинув ці твердження, назвавши їх «білоруською пропагандою».');
  const r = a.events.find((e) => e.type === 'REJECT');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(r.target.map((x) => name(a, x)), ['Білорусь']);
});

test('calling something fake rejects it; an accusation shares the object of the call coordinated after it', () => {
  const a = run('У Кремлі назвали ці повідомлення «фейковою новиною».');
  assert.ok(a.events.some((e) => e.type === 'REJECT'), JSON.stringify(a.events));
  const b = run('Єврокомісар Ян Новак назвав новий закон «кроком назад» і закликав Кишинів переглянути його.');
  const acc = b.events.find((e) => e.type === 'ACCUSE');
  assert.ok(acc, JSON.stringify(b.events));
  assert.deepEqual(acc.target.map((x) => name(b, x)), ['Молдова']);
});

test('a passive participle triggers as its verb, with the instrumental agent as source', () => {
  const a = run('Президент заявив, що системи ППО, передані Норвегією, уже працюють в Україні.');
  const aid = a.events.find((e) => e.type === 'AID');
  assert.ok(aid, JSON.stringify(a.events));
  assert.deepEqual(aid.source.map((x) => name(a, x)), ['Норвегія']);
  assert.deepEqual(aid.target.map((x) => name(a, x)), ['Україна']);
});

test('a noun trigger inside a prepositional phrase takes its own genitive as target', () => {
  const a = run('За тиждень ворог здійснив понад 300 обстрілів Сумщини.');
  const s = a.events.find((e) => e.type === 'ASSAULT');
  assert.ok(s, JSON.stringify(a.events));
  assert.equal(s.target.length, 1);
  assert.match(name(a, s.target[0]) ?? '', /Сум/);
});

test('a person after a title with a quoted organisation is the argument, not the organisation', () => {
  const a = run('Литва запровадила заборону на в’їзд для лідера партії «Наша Вітчизна» Івана Петренка.');
  const s = a.events.find((e) => e.type === 'SANCTION');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(s.target.map((x) => name(a, x)), ['Іван Петренко']);
});

test('a plural consultation verb with no subject is the sides of the last consultation', () => {
  const a = run('Прем’єр-міністр Канади Марк Карні провів переговори з президентом Польщі Анджеєм Дудою. Питання енергетики, за даними джерел, не обговорювали.');
  const neg = a.events.find((e) => e.type === 'CONSULT' && e.negated);
  assert.ok(neg, JSON.stringify(a.events));
  assert.equal(neg.target.length, 1);
});

test('"з боку X" after a noun trigger names its agent; a re-mention without a target refers back', () => {
  const a = run('Уночі дрони атакували Одесу. Міністр закордонних справ Андрій Сибіга назвав атаку «тероризмом» з боку Росії.');
  const assaults = a.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults));
  assert.ok(!assaults[0]!.source.some((x) => name(a, x) === 'Андрій Сибіга'));
});

test('"Сторони також домовилися" are the sides of the last consultation across the clause split at "також"', () => {
  const a = run('Президент Чехії Петр Павел провів телефонну розмову з президентом України Володимиром Зеленським. Сторони також домовилися про спільне виробництво снарядів.');
  const c = a.events.find((e) => e.type === 'COOPERATE');
  assert.ok(c, JSON.stringify(a.events));
  assert.deepEqual(c.target.map((x) => name(a, x)), ['Володимир Зеленський']);
});

test('acts in an "until" clause or named as what someone is implicated in are not events', () => {
  const a = run('Тиск має зростати, доки Мінськ не погодиться на переговори. Литва запровадила санкції проти офіцерів, причетних до атак на Вільнюс.');
  assert.equal(a.events.filter((e) => e.type === 'AGREE' || e.type === 'ASSAULT').length, 0, JSON.stringify(a.events));
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 1);
});

test('an act someone agrees or is asked to stop is not an event of its own', () => {
  const a = run('Сторони погодилися припинити удари по портах на 30 днів.');
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(a.events));
});

test('bringing people out to a protest is not a withdrawal', () => {
  const a = run('Опозиція вивела тисячі людей на протест у Тбілісі.');
  assert.equal(a.events.filter((e) => e.type === 'RETREAT').length, 0, JSON.stringify(a.events));
});

test('a place in the complement of a verbal act named by a noun is not where the act happened', () => {
  const a = run('Переговори ускладнює відкрита опозиція Кремля до розміщення баз НАТО у Фінляндії.');
  const r = a.events.find((e) => e.type === 'REJECT');
  assert.ok(r, JSON.stringify(a.events));
  assert.equal(r.location ?? null, null);
});
