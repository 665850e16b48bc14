/**
 * Arguments reached through reference (the round after eval/gold/unseen6's first run; unseen6 is tuned on from then,
 * eval/gold/unseen7 is the blind check): titled conjuncts, acts referred back to by their noun, groups counted by
 * "обидва"/"два". Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a conjunct with its own title in apposition is still a conjunct ("X та його колега Y прибули")', () => {
  const a = analyse('Сенатор Марта Вуд та її колега-республіканець Пітер Гленн у вівторок прибули до Львова, де зустрілися з мером міста Андрієм Садовим.');
  const c = only(a, 'CONSULT');
  assert.deepEqual(names(a, c.source).sort(), ['Марта Вуд', 'Пітер Гленн']);
});

test('the sides named in the genitive after a delegation noun are the parties ("Делегації Молдови та Румунії провели …")', () => {
  const a = analyse('Делегації Молдови та Румунії у четвер провели в Яссах черговий раунд консультацій щодо енергетичного мосту.');
  const c = only(a, 'CONSULT');
  assert.deepEqual([...names(a, c.source), ...names(a, c.target)].sort(), ['Молдова', 'Румунія']);
});

test('a group of two ("обом делегаціям", "двох країн") is both sides of the last act between two parties', () => {
  const a = analyse('Делегації Молдови та Румунії у четвер провели консультації в Яссах. Прем’єр-міністр Польщі Ян Ковальський подякував обом делегаціям за відвертість.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.target).sort(), ['Молдова', 'Румунія']);
  const b = analyse('Посол Молдови в Румунії Андрей Попа звернувся до румунської сторони з проханням пришвидшити ремонт мосту. Міністри транспорту двох країн зустрінуться наступного тижня.');
  const c = only(b, 'CONSULT');
  assert.deepEqual([...names(b, c.source), ...names(b, c.target)].sort(), ['Молдова', 'Румунія']);
});

test('a reaction to an act told before by its noun targets that act\'s author ("привітав нові санкції")', () => {
  const a = analyse('Японія запровадила санкції проти трьох російських банків. Міністр закордонних справ України привітав нові санкції.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.target), ['Японія']);
});

test('a promised response is a threat; a negative label after "назвати" is an accusation of the decision\'s author', () => {
  const a = analyse('Посольство Росії в Японії назвало рішення Токіо «актом економічного піратства» і пообіцяло, що воно не залишиться без відповіді.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Японія']);
  assert.equal(only(a, 'THREATEN').modality, 'threatened');
});

test('a title with a posting ("Посол Молдови в Румунії") codes the person with the sending state', () => {
  const a = analyse('Посол Молдови в Румунії Андрей Попа прибув до Бухареста.');
  const p = a.entities.find((e) => e.name === 'Андрей Попа');
  assert.equal(p?.actor?.country, 'MDA', JSON.stringify(a.entities));
});

test('a title with no person of that title named speaks for the body or state of its remit, not for the last subject', () => {
  const a = analyse('Японія запровадила санкції проти трьох російських банків. Міністр закордонних справ Молдови привітав нові санкції.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.source), ['Молдова']);
  assert.deepEqual(names(a, s.target), ['Японія']);
});

test('vocabulary of this round: restricting diplomats, recalling an envoy, agreeing a mechanism, expressing thanks', () => {
  const a = analyse('Фінляндія з понеділка обмежила пересування російських дипломатів межами Гельсінкі.');
  const s = only(a, 'SANCTION');
  assert.equal(s.mode, 'diplomatic');
  assert.deepEqual(names(a, s.target), ['Росія']);
  const b = analyse('Литва відкликала для консультацій свого посла з Мінська.');
  assert.deepEqual(names(b, only(b, 'RETREAT').source), ['Литва']);
  const c = analyse('Україна та Молдова погодили механізм спільного контролю на кордоні.');
  assert.equal(only(c, 'AGREE').type, 'AGREE');
  const d = analyse('Міністри фінансів ЄС погодили надання Україні кредиту на 5 млрд євро.');
  assert.ok(!d.events.some((e) => e.type === 'AGREE'), JSON.stringify(d.events.map((e) => e.type)));
  const e = analyse('У Міністерстві оборони України висловили подяку Данії за нові системи ППО.');
  assert.deepEqual(names(e, only(e, 'SUPPORT').target), ['Данія']);
});

test('no attack in "запустила ініціативу"; a label given while rejecting is part of the rejection', () => {
  const a = analyse('Естонія у 2024 році запустила ініціативу з закупівлі дронів для України.');
  assert.ok(!a.events.some((e) => e.type === 'ASSAULT'), JSON.stringify(a.events.map((e) => e.type)));
  const b = analyse('Речник Кремля Дмитро Пєсков звинуватив Київ у зриві переговорів. Міністр закордонних справ України Андрій Сибіга відкинув ці звинувачення, назвавши їх «цинічною брехнею».');
  assert.deepEqual(b.events.map((e) => e.type), ['ACCUSE', 'REJECT']);
});

test('after unseen7: tariffs as a sanction, reinforced guards, units sent back to base, release from custody, a warned response', () => {
  const a = analyse('Канада з понеділка запровадила додаткові мита на китайські електромобілі.');
  assert.equal(only(a, 'SANCTION').mode, 'economic');
  const b = analyse('Державна прикордонна служба посилила охорону кордону з Білоруссю.');
  assert.equal(only(b, 'MOBILIZE').type, 'MOBILIZE');
  const c = analyse('Міністерство оборони Білорусі повідомило, що частину підрозділів повернули до місць постійної дислокації.');
  assert.equal(only(c, 'RETREAT').type, 'RETREAT');
  const d = analyse('Поліція Естонії у четвер звільнила з-під варти трьох членів екіпажу.');
  assert.equal(only(d, 'CONCEDE').type, 'CONCEDE');
  const e = analyse('МЗС Литви попередило Мінськ, що Литва відповість на будь-яку провокацію.');
  assert.deepEqual(names(e, only(e, 'THREATEN').target), ['Білорусь']);
});

test('a counted group after a date, and a body named by a common noun with its state, are subjects as written', () => {
  const a = analyse('У суботу кілька сотень місцевих фермерів провели біля адміністрації акцію протесту.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['місцеві фермери']);
  const b = analyse('Берегова охорона Норвегії в понеділок затримала рибальське судно.');
  assert.deepEqual(names(b, only(b, 'COERCE').source).map((x) => x.toLowerCase()), ['берегова охорона норвегії']);
});

test('a settlement\'s name after its kind is the object ("обстріляли селище Зарічне"); the cause of an accusation is no event', () => {
  const a = analyse('У вівторок окупанти з артилерії обстріляли селище Зарічне.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Зарічне']);
  const b = analyse('Комісія ООН звинуватила Росію у воєнних злочинах через систематичні атаки дронів на цивільних.');
  assert.deepEqual(b.events.map((e) => e.type), ['ACCUSE']);
});

test('an object pronoun is the party named before ("під час розмови з ним" → the minister named in the sentence before)', () => {
  const a = analyse('Міністр закордонних справ Японії Такеші Івая засудив удари по Києву. Глава МЗС України Андрій Сибіга під час телефонної розмови з ним закликав Токіо посилити санкції.');
  const c = only(a, 'CONSULT');
  assert.deepEqual(names(a, c.target), ['Такеші Івая']);
});

test('more vocabulary: laying the blame, directing aid, a conference, lifting objections, a ceasefire, a hit', () => {
  const a = analyse('Служба безпеки України поклала відповідальність за кібератаку на ГРУ.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['ГРУ']);
  const b = analyse('Норвегія спрямує Україні ще 200 млн євро на закупівлю газу.');
  assert.deepEqual(names(b, only(b, 'AID').target), ['Україна']);
  const c = analyse('Угорщина зняла свої заперечення щодо нового пакета.');
  assert.equal(only(c, 'CONCEDE').type, 'CONCEDE');
  const d = analyse('Російські війська у неділю припинили вогонь на кілька годин.');
  assert.equal(only(d, 'CONCEDE').type, 'CONCEDE');
  const e = analyse('Російська ракета влучила в зерновий термінал в Ізмаїлі.');
  assert.deepEqual(names(e, only(e, 'ASSAULT').source), ['Росія']);
});

test('a weapon as the subject in reported words is not the reporter\'s act; a counted group after a place keeps its genitive tail', () => {
  const a = analyse('У Міністерстві оборони Росії стверджують, що ракети влучили в казарму.');
  assert.ok(!a.events.some((e) => names(a, e.source).includes('Міністерство оборони Росії')), JSON.stringify(a.events.map((e) => [e.type, names(a, e.source)])));
  const b = analyse('У Тбілісі в неділю десятки тисяч прихильників опозиції вийшли на акцію протесту.');
  assert.deepEqual(names(b, only(b, 'PROTEST').source), ['прихильники опозиції']);
});

test('a general vocabulary pass over the sixteen types (written for the test, one sentence each)', () => {
  const cases: [string, string][] = [
    ['Прем’єр-міністр Канади здійснить поїздку до Варшави наступного тижня.', 'CONSULT'],
    ['Естонія заморозила активи трьох російських компаній.', 'SANCTION'],
    ['Литва заборонила імпорт зерна з Росії.', 'SANCTION'],
    ['МЗС Польщі вручило ноту протесту послу Білорусі.', 'ACCUSE'],
    ['Генсек НАТО похвалив Фінляндію за внесок у спільну оборону.', 'SUPPORT'],
    ['Україна та Молдова дійшли згоди щодо графіка поставок.', 'AGREE'],
    ['Україна та Польща домовилися поглибити співпрацю в оборонній галузі.', 'COOPERATE'],
    ['Вашингтон скасував санкції проти білоруської авіакомпанії.', 'CONCEDE'],
    ['Росія призупинила участь у договорі.', 'RETREAT'],
    ['Міністр оборони оголосив перевірку боєготовності військ.', 'MOBILIZE'],
    ['Поліція розігнала мітинг опозиції в центрі Тбілісі.', 'COERCE'],
    ['Опозиція анонсувала новий марш у суботу.', 'PROTEST'],
  ];
  for (const [text, type] of cases) {
    const a = analyse(text);
    assert.ok(a.events.some((e) => e.type === type), `${type} in "${text}": ${JSON.stringify(a.events.map((e) => e.type))}`);
  }
});

test('going out onto the streets is a protest, its demand part of it; "лідерів опозиції" rejects nothing', () => {
  const a = analyse('Тисячі прихильників опозиції у суботу вийшли на площу Свободи, вимагаючи від уряду нових виборів. Поліція затримала одного з лідерів опозиції.');
  assert.deepEqual(a.events.map((e) => e.type).sort(), ['COERCE', 'PROTEST']);
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['прихильники опозиції']);
});
