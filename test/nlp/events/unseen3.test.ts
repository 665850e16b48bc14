/** Unseen check 3 (eval/gold/unseen3): general mechanisms its misses revealed, each on a sentence written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a party noun with a state\'s demonym is that state ("румунська сторона", "чеській стороні")', () => {
  const a = analyse('Прем’єр-міністр Денис Шмигаль подякував чеській стороні за постачання снарядів.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Чехія']);
});

test('a side named as such in reported speech keeps its act: the reporter does not take it', () => {
  const a = analyse('Омбудсман Дмитро Лубінець заявив, що російська сторона відмовилася передати списки полонених.');
  const r = only(a, 'REJECT');
  assert.deepEqual(names(a, r.source), ['Росія']);
  // …while a state spoken for by a named person still goes to that person (README convention)
  const b = analyse('Дмитро Пєсков заявив, що Москва відкидає ультиматуми Заходу.');
  assert.deepEqual(names(b, only(b, 'REJECT').source), ['Дмитро Пєсков']);
});

test('gratitude told by a predicative adjective is SUPPORT ("ми вдячні …")', () => {
  const a = analyse('«Ми вдячні Норвегії за цю допомогу», – сказала прем’єр-міністерка Юлія Свириденко.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.target), ['Норвегія']);
  assert.deepEqual(names(a, s.source), ['Юлія Свириденко']);
});

test('searches and seizures by an authority are COERCE', () => {
  const a = analyse('Поліція провела обшуки в офісах трьох компаній та вилучила сервери.');
  assert.ok(a.events.some((e) => e.type === 'COERCE'), JSON.stringify(a.events));
});

test('a list of people barred from entry, extended, is a personal sanction', () => {
  const a = analyse('Мінськ розширив список громадян Литви, яким заборонено в’їзд до Білорусі.');
  const s = only(a, 'SANCTION');
  assert.equal(s.mode, 'personal');
  assert.deepEqual(names(a, s.source), ['Білорусь']);
});

test('an issue not raised in talks is a negated consultation', () => {
  const a = analyse('Міністр Андрій Сибіга провів телефонну розмову з колегою з Австрії Беате Майнль-Райзінгер. Питання газового транзиту під час розмови не порушували.');
  assert.ok(a.events.some((e) => e.type === 'CONSULT' && e.negated), JSON.stringify(a.events.map((e) => [e.type, e.trigger.text, e.negated])));
});

test('a time inside the reported content of a verb of speech does not date the act outside it', () => {
  const a = analyse('Зеленський подякував Канаді й повідомив, що минулого тижня Швеція передала Україні два літаки.', '2025-06-12');
  const s = only(a, 'SUPPORT');
  assert.equal(s.dateReported, true, JSON.stringify(s.date));
  const aid = only(a, 'AID');
  assert.deepEqual(aid.date, { start: '2025-06-02', end: '2025-06-08' });
});

test('an act told undated and then again with its date takes that date', () => {
  const a = analyse('Поліція Естонії затримала двох громадян Росії. Їх було затримано минулого тижня на кордоні.', '2025-06-12');
  const c = only(a, 'COERCE');
  assert.deepEqual(c.date, { start: '2025-06-02', end: '2025-06-08' });
});

test('capitals of more states stand for them ("Нью-Делі", "Ер-Ріяд")', () => {
  const a = analyse('За словами міністра, Нью-Делі готовий надати Україні гуманітарну допомогу.');
  assert.deepEqual(names(a, only(a, 'AID').source), ['Індія']);
});

test('the agent of a passive participle in a refused or backed object is the proposal\'s author', () => {
  const a = analyse('Угорщина відхилила запропонований Польщею план спільного патрулювання кордону.');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Польща']);
});

test('a state\'s demonym on a proposal noun names its author ("підтримав литовську ініціативу")', () => {
  const a = analyse('Уряд Канади підтримав литовську ініціативу щодо спеціального трибуналу.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Литва']);
});

test('a person of the subject\'s own state reporting after a verbal act speaks for it; one of another state does not', () => {
  const a = analyse('Кремль відкинув мирний план Фінляндії, заявив речник російського президента Дмитро Пєсков.');
  assert.deepEqual(names(a, only(a, 'REJECT').source), ['Дмитро Пєсков']);
  const b = analyse('Кремль відкинув мирний план Фінляндії, заявив український президент Володимир Зеленський.');
  assert.deepEqual(names(b, only(b, 'REJECT').source), ['Кремль']);
});

test('a visit told again as "під час візиту … зустрівся з X" is one event whose host is X', () => {
  const a = analyse('Прем’єр-міністр Нідерландів Дік Схоф у вівторок прибув до Львова. Під час візиту Схоф зустрівся з президентом Володимиром Зеленським.');
  const c = a.events.filter((e) => e.type === 'CONSULT');
  assert.equal(c.length, 1, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual(names(a, c[0]!.target), ['Володимир Зеленський']);
});

test('what an agreement is about is no act of its own ("угоду про спільне виробництво")', () => {
  const a = analyse('Міністри підписали угоду про спільне виробництво артилерійських снарядів.');
  assert.equal(a.events.filter((e) => e.type === 'COOPERATE').length, 0, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  // …while a joint act told as such still is one
  const b = analyse('Україна та Данія спільно вироблятимуть дрони.');
  assert.equal(b.events.filter((e) => e.type === 'COOPERATE').length, 1);
});

test('agreeing that someone will act is that act, planned — no AGREE of its own', () => {
  const a = analyse('Лідери домовилися, що канцлер Фрідріх Мерц відвідає Київ наступного місяця.');
  assert.equal(a.events.filter((e) => e.type === 'AGREE').length, 0, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  const c = only(a, 'CONSULT');
  assert.equal(c.modality, 'planned');
});

test('the place a visit verb takes as object, and where troops are moved to, are the event\'s place', () => {
  const a = analyse('Генсек НАТО Марк Рютте відвідає Вільнюс у понеділок.');
  const c = only(a, 'CONSULT');
  assert.equal(a.entities.find((e) => e.id === c.location)?.name, 'Вільнюс');
  const b = analyse('Росія перекинула до Курської області ще дві бригади.');
  const m = only(b, 'MOBILIZE');
  assert.equal(b.entities.find((e) => e.id === m.location)?.name, 'Курська область');
});

test('a bare institution noun with its state is one actor ("уряд Румунії" → "Уряд Румунії", "чеська поліція" → "Поліція Чехії")', () => {
  const a = analyse('Міністерство закордонних справ України закликало уряд Румунії відкрити кордон для вантажівок.');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), ['Уряд Румунії']);
  const b = analyse('Чеська поліція затримала трьох активістів біля посольства Росії.');
  assert.deepEqual(names(b, only(b, 'COERCE').source), ['Поліція Чехії']);
  // …not when it only modifies another noun ("по будівлі уряду України")
  const c = analyse('Росія завдала ракетного удару по будівлі уряду України.');
  assert.ok(!c.events.some((e) => names(c, e.target).includes('Уряд України')), JSON.stringify(c.events));
});

test('a group counted by a quantity word is named in the plural nominative, a date between it and the verb no bar', () => {
  const a = analyse('Кілька тисяч угорських фермерів у вівторок заблокували центр Будапешта.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['угорські фермери']);
  const b = analyse('Литовські перевізники у четвер заблокували пункт пропуску на кордоні.');
  assert.deepEqual(names(b, only(b, 'PROTEST').source), ['литовські перевізники']);
});

test('an adjective of another mode on a trigger of fixed mode sets it; persons named "зокрема" are a personal sanction\'s targets', () => {
  const a = analyse('Канада запровадила персональні санкції проти 20 російських суддів, зокрема голови суду Івана Петренка.');
  const s = only(a, 'SANCTION');
  assert.equal(s.mode, 'personal');
  assert.deepEqual(names(a, s.target), ['Іван Петренко']);
  const b = analyse('Канада запровадила санкції проти російських банків.');
  assert.equal(only(b, 'SANCTION').mode, 'economic');
});

test('an act told as happening "під час" an event named by its noun takes that event\'s date', () => {
  const a = analyse('Президент Фінляндії Александр Стубб у вівторок прибув до Києва. Під час візиту Стубб зустрівся з Володимиром Зеленським і підписав з ним угоду про безпеку.', '2025-06-12');
  const ag = only(a, 'AGREE');
  assert.deepEqual(ag.date, { start: '2025-06-10', end: '2025-06-10' });
  assert.ok(!ag.dateReported);
  const b = analyse('Сибіга у понеділок провів телефонну розмову з Радославом Сікорським. Міністри домовилися, що Сікорський відвідає Київ у липні, а питання зерна під час розмови не порушували.', '2025-06-12');
  const neg = b.events.find((e) => e.type === 'CONSULT' && e.negated);
  assert.ok(neg, JSON.stringify(b.events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual(neg.date, { start: '2025-06-09', end: '2025-06-09' });
});

test('the staff of a body act as the body ("співробітники служби", "працівники поліції")', () => {
  const a = analyse('Державна прикордонна служба України посилила контроль на кордоні. У вівторок співробітники служби затримали двох контрабандистів.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Державна прикордонна служба України']);
});

test('a threat of measures "проти" someone targets them, a demonym naming the state', () => {
  const a = analyse('Посол Китаю пригрозив відповідними заходами проти литовських компаній.');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Литва']);
});

test('a noun naming again a kind of act whose context word came with its first mention is that kind, between the same sides', () => {
  const a = analyse('Україна та Росія у вівторок провели обмін полоненими. Наступний обмін сторони планують провести до кінця місяця.', '2025-06-12');
  const c = a.events.filter((e) => e.type === 'CONCEDE');
  assert.equal(c.length, 2, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  assert.equal(c[1]!.modality, 'planned');
  assert.deepEqual(names(a, c[1]!.target), ['Росія']);
  // …and the same act told again is still one event
  const b = analyse('Україна та Росія у вівторок провели обмін полоненими. Обмін відбувся за посередництва ОАЕ.', '2025-06-12');
  assert.equal(b.events.filter((e) => e.type === 'CONCEDE').length, 1);
});
