/**
 * The round after eval/gold/unseen9's blind first run (unseen9 is tuned on from then; eval/gold/unseen10 is the blind
 * check): vocabulary of acts news writes often, the attacker named by a weapon's demonym, a singular pronoun that is
 * never a pair of states, a court or a headquarters named again by its common noun. Each on sentences written for
 * the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('states that exchanged prisoners by the verb are the two sides ("обмінялися полоненими")', () => {
  const a = analyse('Україна та Росія в понеділок обмінялися полоненими: додому повернулися 84 захисники.');
  const c = only(a, 'CONCEDE');
  assert.deepEqual([...names(a, c.source), ...names(a, c.target)], ['Україна', 'Росія']);
});

test('custody ordered, entry barred, a resignation announced: coercion, a personal sanction, a concession', () => {
  const a = analyse('Грузинський суд у середу взяв під варту опозиційного політика Ніколоза Гварамію.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Суд Грузії']);
  const b = analyse('Міністерство внутрішніх справ Латвії заборонило в’їзд до країни російському співакові Олегу Газманову.');
  const s = only(b, 'SANCTION');
  assert.equal(s.mode, 'personal');
  assert.deepEqual(names(b, s.target), ['Олег Газманов']);
  const c = analyse('Прем’єр-міністр Словаччини Роберт Фіцо в четвер оголосив про відставку свого уряду.');
  assert.deepEqual(names(c, only(c, 'CONCEDE').source), ['Роберт Фіцо']);
});

test('joining sanctions named before is a sanction against their target ("приєдналися до обмежень")', () => {
  const a = analyse('Японія запровадила санкції проти Ірану за постачання дронів. Наступного дня до японських обмежень приєдналася Австралія.');
  const joined = a.events.filter((e) => e.type === 'SANCTION' && e.trigger.text.startsWith('приєдна'));
  assert.equal(joined.length, 1, JSON.stringify(a.events.map((e) => e.trigger.text)));
  assert.deepEqual(names(a, joined[0]!.source), ['Австралія']);
  assert.deepEqual(names(a, joined[0]!.target), ['Іран']);
});

test('cooperation and praise by their verbs; an agreement not reached, its object fronted', () => {
  const a = analyse('Молдова й надалі співпрацюватиме з Україною в розмінуванні прикордонних районів.');
  const c = only(a, 'COOPERATE');
  assert.deepEqual([...names(a, c.source), ...names(a, c.target)], ['Молдова', 'Україна']);
  const b = analyse('«Ми цінуємо принципову позицію Литви», – написав президент України Володимир Зеленський.');
  assert.deepEqual(names(b, only(b, 'SUPPORT').target), ['Литва']);
  const d = analyse('Згоди щодо графіка виведення військ Вірменія та Азербайджан поки не досягли.');
  const g = only(d, 'AGREE');
  assert.equal(g.negated, true);
  assert.deepEqual([...names(d, g.source), ...names(d, g.target)], ['Вірменія', 'Азербайджан']);
});

test('units put on alert are a mobilisation, even in the impersonal passive ("приведено в підвищену готовність")', () => {
  const a = analyse('З середи в підвищену готовність приведено частину підрозділів прикордонної служби Польщі.');
  assert.equal(only(a, 'MOBILIZE').type, 'MOBILIZE');
});

test('the state of a weapon\'s demonym attacks, not the target after the verb ("Українські дрони … уразили НПЗ")', () => {
  const a = analyse('Українські далекобійні дрони минулої ночі уразили Саратовський НПЗ.');
  const s = only(a, 'ASSAULT');
  assert.deepEqual(names(a, s.source), ['Україна']);
  assert.deepEqual(names(a, s.target), ['Саратовський НПЗ']);
});

test('a singular pronoun refers to a person, not to the two states that were the last subject', () => {
  const a = analyse('До нових обмежень приєдналися Норвегія та Ісландія. «Це правильний крок», – написав міністр закордонних справ України Андрій Сибіга. Він закликав Швейцарію зробити те саме.');
  assert.deepEqual(names(a, only(a, 'REQUEST').source), ['Андрій Сибіга']);
});

test('a court named before is the one "суд" names later, even before a quoted label in lower case', () => {
  const a = analyse('Словаччина не визнає юрисдикцію Міжнародного кримінального суду. Прем’єр Роберт Фіцо назвав суд «знаряддям політичної розправи».');
  const c = only(a, 'ACCUSE');
  assert.deepEqual(names(a, c.target), ['Міжнародний кримінальний суд']);
});

test('a counted group right after a date is the subject, over a prepositional phrase before the verb', () => {
  const a = analyse('У суботу тисячі фермерів на кілька годин перекрили трасу біля Варшави, вимагаючи захистити ринок.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['фермери']);
});

test('a threat to change terms "для" a state targets that state', () => {
  const a = analyse('У Москві пригрозили скасувати знижки на пальне для Казахстану.');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Казахстан']);
});

test('a state body answered by another is answered as its state', () => {
  const a = analyse('Міністерство закордонних справ Латвії запровадило заборону на в’їзд для двох російських депутатів. У МЗС Росії пообіцяли дзеркальну відповідь.');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Латвія']);
});

test('condemning an act whose author follows in the instrumental targets the author; expelling a consul is a diplomatic sanction', () => {
  const a = analyse('Прем’єр-міністр Південної Кореї засудив запуск крилатої ракети Північною Кореєю.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Північна Корея']);
  const b = analyse('Чехія вислала російського генконсула з Брно.');
  assert.equal(only(b, 'SANCTION').mode, 'diplomatic');
});

test('an object pronoun finds the person named last even when the sentence before names no one ("подякував йому")', () => {
  const a = analyse('Прем’єр-міністр Литви Гінтаутас Палуцкас у середу прийняв у Вільнюсі прем’єр-міністра Польщі Дональда Туска. Сторони обговорили захист кордону. «Ми стоїмо пліч-о-пліч», – сказав польський прем’єр. Палуцкас подякував йому за підтримку.');
  const s = a.events.filter((e) => e.type === 'SUPPORT' && e.trigger.text.startsWith('подяк'));
  assert.equal(s.length, 1, JSON.stringify(a.events.map((e) => e.trigger.text)));
  assert.deepEqual(names(a, s[0]!.target), ['Дональд Туск']);
});

test('a state an envoy is recalled from is the target, not a place; releasing political prisoners is a concession; "Мінська" is the city', () => {
  const a = analyse('Естонія відкликала свого посла з Білорусі для консультацій.');
  const r = only(a, 'RETREAT');
  assert.deepEqual(names(a, r.target), ['Білорусь']);
  const b = analyse('Білорусь звільнила 16 політв’язнів і передала їх литовській стороні.');
  assert.deepEqual(names(b, only(b, 'CONCEDE').source), ['Білорусь']);
  const c = analyse('Латвія відкликала свого посла з Мінська.');
  assert.ok(c.entities.some((e) => e.type === 'LOC' && e.name === 'Мінськ'), JSON.stringify(c.entities.map((e) => [e.type, e.name])));
});

// (stop 32: a crowd of "людей" as such is no side — the blind sets leave such a protest without a source, and none
// names one "люди"; the suppletive plural is kept for the other noun that has one)
test('a counted group of people is named by the plural of its noun, suppletive ones included ("тисячі дітей" → "діти")', () => {
  const a = analyse('У Празі в неділю тисячі дітей вийшли на марш на підтримку України.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['діти']);
  const b = analyse('У Празі в неділю тисячі людей вийшли на марш на підтримку України.');
  assert.deepEqual(names(b, only(b, 'PROTEST').source), []);
});

test('a prepositional object fronted before a light verb is the noun trigger\'s target ("По Сумах було завдано удару")', () => {
  const a = analyse('По Чернігову вночі було завдано ракетного удару.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Чернігів']);
});

test('aid received: the giver after "від" is the source, the subject the recipient', () => {
  const a = analyse('Молдова отримала від Румунії партію генераторів для лікарень.');
  const d = only(a, 'AID');
  assert.deepEqual(names(a, d.source), ['Румунія']);
  assert.deepEqual(names(a, d.target), ['Молдова']);
});

test('a protest expressed to a state is a diplomatic accusation, not a street protest', () => {
  const a = analyse('Фінляндія висловила протест Росії через порушення свого повітряного простору.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Росія']);
  assert.equal(a.events.filter((e) => e.type === 'PROTEST').length, 0);
});

test('a noun trigger in a fronted phrase takes the subject standing between it and the verb', () => {
  const a = analyse('Під час візиту до Бухареста міністр оборони Польщі Владислав Косіняк-Камиш підписав угоду про постачання боєприпасів.');
  const c = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(c, JSON.stringify(a.events.map((e) => e.type)));
  assert.deepEqual(names(a, c!.source), ['Владислав Косіняк-Камиш']);
});

test('joint patrols or a joint venture are cooperation between the two sides', () => {
  const a = analyse('Литва та Латвія домовилися про спільне патрулювання Балтійського моря.');
  const c = only(a, 'COOPERATE');
  assert.deepEqual([...names(a, c.source), ...names(a, c.target)], ['Литва', 'Латвія']);
});

test('an airstrike by its noun is an assault; weapons deployed are a mobilisation, an attempt to deploy is not', () => {
  const a = analyse('Ізраїль завдав авіаудару по Лівану.');
  const s = only(a, 'ASSAULT');
  assert.deepEqual([...names(a, s.source), ...names(a, s.target)], ['Ізраїль', 'Ліван']);
  const b = analyse('Росія розмістила в Білорусі ракетні комплекси «Орєшнік».');
  assert.deepEqual(names(b, only(b, 'MOBILIZE').source), ['Росія']);
  const c = analyse('Москва попередила, що відповість на будь-яку спробу розмістити в Україні іноземні війська.');
  assert.equal(c.events.filter((e) => e.type === 'MOBILIZE').length, 0);
});

test('after unseen10: an attack told by "ударні" takes the demonym before it; air defence moved is a mobilisation; citizens freed are a concession; a forceful response is a threat', () => {
  const a = analyse('Українські ударні дрони в ніч на неділю атакували Саратовський нафтопереробний завод.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').source), ['Україна']);
  const b = analyse('Москва перекинула до Бєлгородської області додаткові зенітні комплекси.');
  assert.deepEqual(names(b, only(b, 'MOBILIZE').source), ['Росія']);
  const c = analyse('Білорусь у четвер звільнила п’ятьох литовських громадян.');
  assert.deepEqual(names(c, only(c, 'CONCEDE').source), ['Білорусь']);
  const d = analyse('Речник МЗС Китаю заявив, що Пекін «рішуче відповість» на нові мита.');
  assert.equal(only(d, 'THREATEN').modality, 'threatened');
});

test('a body in quotation marks after "у" speaks for an impersonal verb, in either twin form; a short title stands for its person, its body no target', () => {
  const a = analyse('У «Нафтогазі» звинуватили Москву в крадіжці газу.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').source), ['Нафтогаз']);
  const b = analyse('Генеральний директор МАГАТЕ Рафаель Гроссі прибув на станцію. Гендиректор МАГАТЕ закликав сторони утримуватися від ударів.');
  const r = only(b, 'REQUEST');
  assert.deepEqual(names(b, r.source), ['Рафаель Гроссі']);
  assert.ok(!names(b, r.target).includes('Міжнародне агентство з атомної енергії'), JSON.stringify(names(b, r.target)));
});

test('a relative that is its own clause\'s subject names no agent of the noun before it; cargo taken away is no coercion', () => {
  const a = analyse('Канада запровадила санкції проти двох компаній, які вивозять з окупованих територій українське зерно.');
  assert.deepEqual(names(a, only(a, 'SANCTION').source), ['Канада']);
  assert.equal(a.events.filter((e) => e.type === 'COERCE').length, 0);
  // …while "який Росія завдала" still names the attacker
  const b = analyse('Мер повідомив про удар по Житомиру, який Росія завдала вночі.');
  assert.deepEqual(names(b, only(b, 'ASSAULT').source), ['Росія']);
});

test('an act hanging on an infinitive after a refusal is the refusal\'s object; suspended deliveries are no aid', () => {
  const a = analyse('Сербія відмовилася приєднуватися до санкцій проти Росії.');
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 0, JSON.stringify(a.events.map((e) => e.type)));
  assert.equal(only(a, 'REJECT').type, 'REJECT');
  const b = analyse('Міністр оборони заявив, що Данія призупиняє постачання боєприпасів Ізраїлю.');
  assert.equal(b.events.filter((e) => e.type === 'AID').length, 0, JSON.stringify(b.events.map((e) => e.type)));
});
