/** Issue 5, third round: general mechanisms, each on a sentence written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names } from './helpers.js';

test('a kind of act after a light verb of another author is a new event, not a reference back', () => {
  const a = analyse('Європейський Союз у вівторок запровадив санкції проти Росії. Згодом Канада та Австралія запровадили обмеження проти двадцяти банків.');
  const s = a.events.filter((e) => e.type === 'SANCTION');
  assert.equal(s.length, 2, JSON.stringify(a.events));
  assert.deepEqual(names(a, s[1]!.source), ['Австралія', 'Канада']);
});

test('a bare treaty noun stands for the treaty named before, whatever its head ("з угоди" → the convention)', () => {
  const a = analyse('Латвія у четвер оголосила про вихід зі Стамбульської конвенції. Згодом про вихід з угоди оголосила Литва.');
  const r = a.events.filter((e) => e.type === 'RETREAT');
  assert.equal(r.length, 2, JSON.stringify(a.events));
  assert.deepEqual(names(a, r[1]!.source), ['Литва']);
  assert.deepEqual(names(a, r[1]!.target), names(a, r[0]!.target));
  assert.equal(names(a, r[1]!.target).length, 1);
});

test('a joint act names its partner in quotation marks a few words on ("спільно з «…» відновлюватиме")', () => {
  const a = analyse('Польська компанія PGE спільно з «Укренерго» відновлюватиме лінії електропередачі.');
  const c = a.events.find((e) => e.type === 'COOPERATE');
  assert.ok(c, JSON.stringify(a.events));
  assert.deepEqual(names(a, c.source), ['PGE']);
  assert.equal(names(a, c.target).length, 1);
});

test('two acts of a kind dated differently are two events', () => {
  const a = analyse('У суботу прем’єр-міністр Канади Марк Карні прибув до Києва. Путін у відповідь запропонував провести переговори з Україною 20 травня.');
  const c = a.events.filter((e) => e.type === 'CONSULT');
  assert.equal(c.length, 2, JSON.stringify(a.events));
});

test('an attack being prepared is not an attack', () => {
  const a = analyse('За даними розвідки, Росія готує новий наступ на Запоріжжі.');
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(a.events));
});

test('a relative clause whose subject is the relative pronoun takes its antecedent, not the main clause subject', () => {
  const a = analyse('СБУ затримала у Харкові інформатора, який наводив удари на місто.');
  assert.ok(!a.events.some((e) => e.type === 'ASSAULT' && names(a, e.source).includes('Служба безпеки України')), JSON.stringify(a.events));
  const b = analyse('Парламент Вірменії ратифікував договір з Грузією, який передбачає взаємну військову допомогу.');
  assert.ok(!b.events.some((e) => e.type === 'AID' && names(b, e.source).includes('Грузія')), JSON.stringify(b.events));
});

test('a demand that is refused is the refusal’s object, not a request of its own', () => {
  const a = analyse('Прем’єр-міністр Словаччини Роберт Фіцо відкинув вимогу Брюсселя скоротити імпорт газу.');
  assert.equal(a.events.filter((e) => e.type === 'REQUEST').length, 0, JSON.stringify(a.events));
  assert.equal(a.events.filter((e) => e.type === 'REJECT').length, 1, JSON.stringify(a.events));
});

test('an attack told as what places came under, or in a relative clause of its author, is the main attack of the sentence', () => {
  const a = analyse('Вночі Росія атакувала Україну ракетами, під удар потрапили Одеса та Херсон.');
  const s = a.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(s.length, 1, JSON.stringify(a.events));
  assert.deepEqual(names(a, s[0]!.target), ['Україна']);
  const b = analyse('Російські війська, які в березні розпочали наступ на Сумщині, продовжують штурмувати Юнаківку.');
  const t = b.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(t.length, 1, JSON.stringify(b.events));
  assert.deepEqual(names(b, t[0]!.target), ['Юнаківка']);
});

test('a person naming a government body’s act accuses the body’s state', () => {
  const a = analyse('Міністерство фінансів Канади в понеділок запровадило санкції проти російських банків. Ці санкції стали наймасштабнішими цього року. Путін назвав нові обмеження «недружнім рішенням».');
  const c = a.events.find((e) => e.type === 'ACCUSE');
  assert.ok(c, JSON.stringify(a.events));
  assert.deepEqual(names(a, c.target), ['Канада']);
});

test('an act named by a noun in a reported clause is the act of the body the speaker heads', () => {
  const a = analyse('Командувач Військово-морських сил ЗСУ Олексій Неїжпапа заявив, що удари по російських кораблях триватимуть.');
  const s = a.events.find((e) => e.type === 'ASSAULT');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(names(a, s.source), ['Військово-морські сили ЗСУ']);
});

test('an organisation name cut short by NER takes its remit ("з …") and the branch heading an abbreviated body', () => {
  const a = analyse('Генеральний секретар НАТО закликав Раду ООН з прав людини відреагувати на депортації.');
  const r = a.events.find((e) => e.type === 'REQUEST');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(names(a, r.target), ['Рада ООН з прав людини']);
  const b = analyse('Координаційне бюро ООН з гуманітарних питань передало Херсонщині 30 генераторів.');
  const d = b.events.find((e) => e.type === 'AID');
  assert.ok(d, JSON.stringify(b.events));
  assert.deepEqual(names(b, d.source), ['Координаційне бюро ООН з гуманітарних питань']);
  const c = analyse('Норвегія разом із Продовольчою програмою ООН відновлюватиме школи на Харківщині.');
  const k = c.events.find((e) => e.type === 'COOPERATE');
  assert.ok(k, JSON.stringify(c.events));
  assert.deepEqual(names(c, k.target), ['Продовольча програма ООН']);
});

test('a bare abbreviation takes no remit of a person’s title after it', () => {
  const a = analyse('Україна закликала Верховного комісара ООН з прав людини засудити депортації.');
  assert.ok(!a.entities.some((e) => e.name === 'Організація Об\'єднаних Націй з прав людини'), JSON.stringify(a.entities.map((e) => e.name)));
});

test('a lower-case quoted body in the genitive owns the meeting, and what was agreed there is its act', () => {
  const a = analyse('Гарантії безпеки, погоджені на саміті «альянсу демократій» у Римі 5 березня, обговорили міністри.');
  const g = a.events.find((e) => e.type === 'AGREE');
  const c = a.events.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('саміт'));
  assert.ok(g && c, JSON.stringify(a.events));
  assert.deepEqual(names(a, g.source), ['альянс демократій']);
  assert.deepEqual(names(a, c.source), ['альянс демократій']);
});

test('a quoted name in the nominative after a noun is that thing, not an argument', () => {
  const a = analyse('Росія атакувала Одесу ракетою «Циркон».');
  const s = a.events.find((e) => e.type === 'ASSAULT');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(names(a, s.target), ['Одеса']);
});

test('an act named by a noun inside a quotation is not the speaker’s, and a relative after a preposition names no author', () => {
  const a = analyse('«Удари по енергетиці, від яких залежить тепло в будинках, є воєнним злочином», – заявив міністр енергетики Герман Галущенко.');
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(a.events));
});

test('keeping a market or border closed is a refusal, not a negated act', () => {
  const a = analyse('Прем’єр-міністр Угорщини Віктор Орбан заявив, що уряд не відкриє ринок для польських вантажівок.');
  const r = a.events.find((e) => e.type === 'REJECT');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(names(a, r.source), ['Віктор Орбан']);
  assert.deepEqual(names(a, r.target), ['Польща']);
  assert.equal(r.negated, false);
  const b = analyse('Словаччина відкрила кордон для українських біженців.');
  assert.equal(b.events.filter((e) => e.type === 'REJECT').length, 0, JSON.stringify(b.events));
});

test('a common noun that named a quoted name stands for it later', () => {
  // ("пошкодили" is no trigger: the denied strike is the only event, so its target comes from the reference alone)
  const a = analyse('Вночі уламки ракет пошкодили торговельний центр міста «Барабашово». Міністерство оборони Росії заперечило удар по центру.');
  const s = a.events.find((e) => e.type === 'ASSAULT' && e.modality === 'denied');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(names(a, s.target), ['Барабашово']);
  assert.deepEqual(names(a, s.source), ['Росія']);
});

test('an act named as the object of condemnation, or as the subject of a reported clause, is not the speaker’s', () => {
  const a = analyse('Президент Франції Емманюель Макрон засудив удар по Києву.');
  assert.ok(!a.events.some((e) => e.type === 'ASSAULT' && names(a, e.source).includes('Емманюель Макрон')), JSON.stringify(a.events));
  const b = analyse('Генсек НАТО Марк Рютте заявив, що удар по Сумах був воєнним злочином.');
  assert.ok(!b.events.some((e) => e.type === 'ASSAULT' && (names(b, e.source).includes('Марк Рютте') || names(b, e.source).includes('НАТО'))), JSON.stringify(b.events));
});

test('an act denied by a body is its state’s act, denied', () => {
  const a = analyse('Міністерство оборони Росії заперечило удар по Харкову.');
  const s = a.events.find((e) => e.type === 'ASSAULT');
  assert.ok(s, JSON.stringify(a.events));
  assert.deepEqual(names(a, s.source), ['Росія']);
  assert.equal(s.modality, 'denied');
});

test('an aid package announced is aid; a package of sanctions is not', () => {
  const a = analyse('Міністерство оборони Канади оголосило пакет на 500 млн доларів.');
  const d = a.events.find((e) => e.type === 'AID');
  assert.ok(d, JSON.stringify(a.events));
  assert.deepEqual(names(a, d.source), ['Міністерство оборони Канади']);
  const b = analyse('Європейська комісія представила пакет санкцій проти Росії.');
  assert.equal(b.events.filter((e) => e.type === 'AID').length, 0, JSON.stringify(b.events));
});

test('agreeing to a meeting is the meeting (planned), not a separate agreement', () => {
  const a = analyse('Прем’єр-міністр Словаччини Роберт Фіцо погодився на зустріч із президентом Володимиром Зеленським.');
  assert.equal(a.events.filter((e) => e.type === 'AGREE').length, 0, JSON.stringify(a.events));
  const c = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(c, JSON.stringify(a.events));
  assert.deepEqual(names(a, c.source), ['Роберт Фіцо']);
  assert.deepEqual(names(a, c.target), ['Володимир Зеленський']);
  assert.equal(c.modality, 'planned');
});

test('bare "partners" of a request are those the actor last consulted', () => {
  const a = analyse('Прем’єр-міністр Польщі Дональд Туск у вівторок провів переговори з президентом Литви Гітанасом Науседою. Він також закликав партнерів збільшити витрати на оборону.');
  const r = a.events.find((e) => e.type === 'REQUEST');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(names(a, r.target), ['Гітанас Науседа']);
  const b = analyse('Прем’єр-міністр Польщі Дональд Туск у вівторок провів переговори з президентом Литви Гітанасом Науседою. Він також закликав партнерів України збільшити допомогу.');
  const q = b.events.find((e) => e.type === 'REQUEST');
  assert.ok(q && !names(b, q.target).includes('Гітанас Науседа'), JSON.stringify(b.events));
});

test('a meeting named only as where something was said is the setting; a meeting with someone is news', () => {
  const a = analyse('Канцлер Німеччини Фрідріх Мерц заявив у четвер на саміті ЄС у Брюсселі, що Європа посилить тиск на Москву.');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 0, JSON.stringify(a.events));
  const b = analyse('«Ми не зупинимося», – сказав він на зустрічі з прем’єр-міністром Данії Метте Фредеріксен.');
  assert.equal(b.events.filter((e) => e.type === 'CONSULT').length, 1, JSON.stringify(b.events));
});

test('talks being suspended are a topic, not a consultation', () => {
  const a = analyse('Прем’єр-міністр Сербії оголосив про призупинення переговорів з Косовом.');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 0, JSON.stringify(a.events));
});
