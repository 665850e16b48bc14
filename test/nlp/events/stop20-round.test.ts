/**
 * Stop 20's round on unseen21's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a body\'s first word alone after its full name is that body ("Ради" after "Рада Безпеки ООН"), so a document with no word of the war gets no default actors', () => {
  const a = analyse('Рада Безпеки ООН у четвер схвалила резолюцію щодо Лівану. Посол Франції при ООН назвав рішення Ради «важливим кроком». Він заявив, що Париж не виділятиме на місію понад обіцяні 50 мільйонів євро.');
  assert.equal(a.entities.some((e) => e.name === 'Верховна Рада' || e.name === 'Україна' || e.name === 'Росія'), false);
  const aid = only(a, 'AID');
  assert.deepEqual(names(a, aid.target), []);
});

test('a Latin name after "коаліція"/"банда" is the organisation that acts; "у місті X" is the attacked place', () => {
  const a = analyse('У суботу коаліція банд Gran Grif атакувала поліцейську дільницю у місті Сен-Марк.');
  const g = only(a, 'ASSAULT');
  assert.deepEqual(names(a, g.source), ['Gran Grif']);
  assert.deepEqual(names(a, g.target), ['Сен-Марк']);
});

test('extending a mandate is a body\'s consent (AGREE)', () => {
  const a = analyse('Рада Безпеки ООН у п’ятницю продовжила на пів року мандат місії в Південному Судані.');
  assert.deepEqual(names(a, only(a, 'AGREE').source), ['Рада Безпеки ООН']);
});

test('"оголосив про скасування (частини) санкцій проти X" is one concession, no sanction', () => {
  const a = analyse('Лондон у вівторок оголосив про скасування ще частини санкцій проти Сирії.');
  const c = only(a, 'CONCEDE');
  assert.deepEqual(names(a, c.source), ['Велика Британія']);
  assert.deepEqual(names(a, c.target), ['Сирія']);
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 0);
  const b = analyse('Брюссель оголосив про зняття санкцій з білоруських добрив.');
  assert.equal(b.events.filter((e) => e.type === 'SANCTION').length, 0);
});

test('"За даними агентства X, …" lends no subject; "з обома сторонами" are the two sides of the last act between two parties', () => {
  const a = analyse('Судан звинуватив Південний Судан у підтримці повстанців. За даними агентства AFP, Катар і Туреччина минулого тижня провели з обома сторонами консультації в Досі.');
  const c = only(a, 'CONSULT');
  assert.deepEqual(names(a, c.source), ['Катар', 'Туреччина']);
  assert.deepEqual(names(a, c.target), ['Південний Судан', 'Судан']);
});

test('"Під час візиту сторони підписали …": the sides of the visit, though a prepositional phrase stands before them', () => {
  const a = analyse('Президент Казахстану Касим-Жомарт Токаєв у середу прибув з візитом до Баку. Під час візиту сторони підписали угоду про транзит нафти.');
  const g = only(a, 'AGREE');
  assert.deepEqual(names(a, g.source), ['Касим-Жомарт Токаєв']);
  assert.deepEqual(names(a, g.target), ['Азербайджан']);
});

test('access to the sea ("без виходу до моря") is no withdrawal', () => {
  const a = analyse('Прем’єр-міністр наголосив, що країна не може залишатися без виходу до моря.');
  assert.equal(a.events.filter((e) => e.type === 'RETREAT').length, 0);
});

test('training another state\'s troops is military aid; the training an agreement provides for is not a second event', () => {
  const a = analyse('Литва у понеділок розпочала на своєму полігоні підготовку бійців Української добровольчої армії.');
  const g = only(a, 'AID');
  assert.equal(g.mode, 'military');
  assert.deepEqual(names(a, g.source), ['Литва']);
  const b = analyse('Сторони підписали угоду, яка передбачає підготовку молдовських військових литовськими інструкторами.');
  assert.equal(b.events.filter((e) => e.type === 'AID').length, 0);
});

test('the residents of a place are a group: as protesters and as those addressed ("закликав жителів X")', () => {
  const a = analyse('У неділю сотні жителів Херсона вийшли на мітинг проти забудови набережної.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['жителі Херсона']);
  const b = analyse('Голова обласної адміністрації Іван Федоров закликав жителів Покровська негайно виїхати.');
  assert.deepEqual(names(b, only(b, 'REQUEST').target), ['жителі Покровська']);
});

test('a town named by its kind alone ("на центр міста") is the last town named before', () => {
  const a = analyse('У Сумах знову пролунали вибухи. Уночі окупанти скинули на центр міста дві керовані авіабомби.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Суми']);
});

test('drones entering a neighbour\'s airspace during an attack on a town: one attack, on the town', () => {
  const a = analyse('Уночі кілька російських ударних дронів під час атаки на Рені залетіли в повітряний простір Молдови.');
  const g = only(a, 'ASSAULT');
  assert.deepEqual(names(a, g.target), ['Рені']);
});

test('a diplomat declared persona non grata with no agent told: by the state in whose capital the diplomat serves', () => {
  const a = analyse('У вівторок двох російських дипломатів у Кишиневі було оголошено персонами нон грата.');
  const g = only(a, 'SANCTION');
  assert.deepEqual(names(a, g.source), ['Молдова']);
  assert.deepEqual(names(a, g.target), ['Росія']);
});

test('a demonym with "військові" and the people it qualifies is the state ("литовські військові моряки")', () => {
  const a = analyse('Минулого тижня литовські військові моряки затримали в Ризькій затоці танкер Baltic Rose.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Литва']);
});

test('a date at the start of a sentence ends the phrase it opens: "У неділю США, Японія та Південна Корея …" are the subjects', () => {
  const a = analyse('У неділю США, Японія та Південна Корея завершили спільні навчання біля Окінави.');
  const g = only(a, 'COOPERATE');
  assert.deepEqual(names(a, [...g.source, ...g.target]), ['Південна Корея', 'США', 'Японія']);
});

test('a label with no one it is aimed at accuses no one ("назвав ідею «небезпечною»")', () => {
  const a = analyse('Братислава назвала ідею спільного кредиту «фінансово небезпечною».');
  assert.equal(a.events.filter((e) => e.type === 'ACCUSE').length, 0);
  // (one aimed at someone still does)
  const b = analyse('Братислава назвала рішення Брюсселя «фінансово небезпечним».');
  assert.deepEqual(names(b, only(b, 'ACCUSE').target), ['ЄС']);
});

test('a state\'s air force named with the state is that state ("авіація Судану завдала удару")', () => {
  const a = analyse('Урядова авіація Судану в понеділок завдала удару по ринку в Ньялі.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').source), ['Судан']);
});

// --- after unseen22's first run ---

test('people led out of a train are rescued, not withdrawn; a train service launched is no attack', () => {
  const a = analyse('Рятувальники вивели з вагонів понад 80 пасажирів. З понеділка Укрзалізниця запускає резервний маршрут через Ніжин.');
  assert.equal(a.events.filter((e) => e.type === 'RETREAT' || e.type === 'ASSAULT').length, 0);
});

test('"це вже п’ятий обмін" refers back to the exchange told before: one event', () => {
  const a = analyse('Україна та Росія в неділю провели обмін полоненими. У МЗС Туреччини заявили, що це вже п’ятий обмін за їхнього посередництва з 2024 року.');
  assert.equal(a.events.filter((e) => e.type === 'CONCEDE').length, 1);
});

test('"Еміратам" is the United Arab Emirates', () => {
  const a = analyse('Дякуємо Еміратам за посередництво, – написав міністр Андрій Сибіга.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Об\'єднані Арабські Емірати']);
});

test('an attack on a city\'s district is an attack on the city', () => {
  const a = analyse('Російська ракета влучила в житловий будинок у Шевченківському районі Львова.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Львів']);
});

test('a verb coordinated after an accusation keeps its own object: "і закликала громадян …" borrows no target', () => {
  const a = analyse('Прем’єр-міністерка Литви звинуватила Мінськ у провокації і закликала громадян не їздити до Білорусі.');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), []);
});

test('a capital named by its state\'s demonym is that city ("іранську столицю")', () => {
  const a = analyse('В Ізраїлі заперечили, що ізраїльська авіація атакувала іранську столицю.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Тегеран']);
});

test('suspending another\'s membership is a diplomatic sanction; refraining from attacks is no attack; taking a town under control is a ground attack', () => {
  const a = analyse('ЕКОВАС у понеділок призупинило членство Гвінеї в організації.');
  const g = only(a, 'SANCTION');
  assert.equal(g.mode, 'diplomatic');
  assert.deepEqual(names(a, g.target), ['Гвінея']);
  const b = analyse('Обидві країни погодилися утримуватися від будь-яких нападів на прикордонні пости.');
  assert.equal(b.events.filter((e) => e.type === 'ASSAULT').length, 0);
  const c = analyse('Повстанці М23 у вівторок взяли під контроль Букаву.');
  const s = only(c, 'ASSAULT');
  assert.equal(s.mode, 'ground');
  assert.deepEqual(names(c, s.target), ['Букаву']);
});

test('a threat on the condition of an impersonal act from a state\'s territory is aimed at that state', () => {
  const a = analyse('Міністр оборони Індії пригрозив «жорсткою відповіддю», якщо з території Пакистану знову обстріляють індійські пости.');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Пакистан']);
});

test('"наступний раунд переговорів" with no talks before is between the sides of the last agreement', () => {
  const a = analyse('Таїланд і Камбоджа в середу домовилися про перемир’я. Наступний раунд переговорів призначено на 10 серпня в Куала-Лумпурі.');
  const c = only(a, 'CONSULT');
  assert.equal(c.modality, 'planned');
  assert.deepEqual(names(a, [...c.source, ...c.target]), ['Камбоджа', 'Таїланд']);
});

test('the act one is accused of is the accused\'s; a named building in its genitive is what was hit; its denial denies it', () => {
  const a = analyse('Уряд Ефіопії звинуватив повстанців ТНФВТ в обстрілі Мекелленського шпиталю. Лідер ТНФВТ заперечив, що його бійці обстрілювали шпиталь.');
  const g = a.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(g.length, 1);
  assert.equal(g[0]!.modality, 'denied');
  assert.ok(names(a, g[0]!.target).some((n) => /шпиталь/i.test(n)));
  assert.deepEqual(names(a, g[0]!.source), names(a, only(a, 'ACCUSE').target));
});

test('a fronted noun takes the subject between it and its light verb ("ударів … Вашингтон не завдавав")', () => {
  const a = analyse('Міністр оборони США Піт Гегсет прибув до Бахрейну. Міністр уточнив, що ударів по базах бойовиків Вашингтон поки не завдавав.');
  const g = only(a, 'ASSAULT');
  assert.deepEqual(names(a, g.source), ['США']);
  assert.equal(g.negated, true);
});

test('what a speech verb coordinated after another reports is said of their common subject', () => {
  const a = analyse('Омбудсман Дмитро Лубінець прибув до Женеви. Він наголосив, що Київ наполягає на обміні всіх на всіх, і повідомив, що наступного тижня відвідає Доху.');
  const c = a.events.filter((e) => e.type === 'CONSULT' && e.modality === 'planned');
  assert.equal(c.length, 1);
  assert.deepEqual(names(a, c[0]!.source), ['Дмитро Лубінець']);
});

test('hostages handed to a go-between are returned to their state; thanks to "посередникам з X, Y і Z" reach the states', () => {
  const a = analyse('Угруповання ХАМАС у суботу передало Червоному Хресту трьох ізраїльських заручників.');
  assert.deepEqual(names(a, only(a, 'CONCEDE').target), ['Ізраїль']);
  const b = analyse('Прем’єр подякував президентові США Дональду Трампу та посередникам з Катару, Єгипту і Туреччини.');
  assert.deepEqual(names(b, only(b, 'SUPPORT').target), ['Дональд Трамп', 'Єгипет', 'Катар', 'Туреччина'].sort());
});

test('"підписали керівники X і державного підприємства «Y»": the two bodies sign with each other (their heads act for them)', () => {
  const a = analyse('Угоду підписали керівники німецької Rheinmetall і державного підприємства «Завод імені Малишева».');
  const g = only(a, 'AGREE');
  assert.deepEqual(names(a, [...g.source, ...g.target]), ['Rheinmetall', 'Завод імені Малишева'].sort());
});

test('a quoted name with a slogan in it is a name: no act of its own', () => {
  const a = analyse('Учасники руху «Поверніть дітей» у неділю провели акцію протесту біля посольства Росії.');
  // (and a word of the name is no act of its own)
  assert.deepEqual(a.events.map((e) => e.type), ['PROTEST']);
});
