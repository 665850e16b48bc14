/**
 * Argument rules of the events stage, on sentences written for these tests (not taken from any article), through
 * the real default pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('an animate noun in a genitive chain of the title ("з прав людини") does not take the person\'s case: he stays the subject', () => {
  const a = analyse('Уповноважений з прав людини Олег Марченко засудив Росію за катування полонених.');
  const e = only(a, 'ACCUSE');
  assert.deepEqual(names(a, e.source), ['Олег Марченко']);
  assert.deepEqual(names(a, e.target), ['Росія']);
});

test('a quoted name after a common noun takes its case: "ракетою «Іскандер»" is the weapon, not the target', () => {
  const a = analyse('Учора росіяни вдарили ракетою «Іскандер» по адміністративній будівлі.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Росія']);
  assert.deepEqual(names(a, e.target), []);
});

test('a hyphenated title ending in a role noun ("прем’єр-міністеркою") makes the person after it the host met on a visit', () => {
  const a = analyse('Міністр оборони України Олексій Бондар прибув з візитом до Осло, де зустрівся з прем’єр-міністеркою Норвегії Ганною Сольберг.');
  const e = only(a, 'CONSULT');
  assert.equal(e.mode, 'visit');
  assert.deepEqual(names(a, e.source), ['Олексій Бондар']);
  assert.deepEqual(names(a, e.target), ['Ганна Сольберг']);
});

test('a relative clause further after the trigger names the attacker when it agrees with the trigger noun', () => {
  const a = analyse('Генерал Петро Коваль виступив у Раді. Він поінформував депутатів про удар новою балістичною ракетою середньої дальності «Кедр» по Рівненщині, який Росія завдала вночі.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Росія']);
});

test('a pronoun takes an agreeing referent, and an adverbial participle the subject of the clause it follows', () => {
  const a = analyse('Прем’єр Андрій Мельник звинуватив Москву в тому, що вона знову зірвала перемир’я, обстрілявши Херсон.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Росія']);
  assert.deepEqual(names(a, e.target), ['Херсон']);
});

test('an obligation reported by a speaker ("мають піти на поступки") is the speaker\'s REQUEST of the subjects', () => {
  const a = analyse('Канцлер Олаф Шольц наголосив, що Сербія й Хорватія мають піти на поступки.');
  const e = only(a, 'REQUEST');
  assert.equal(e.modality, 'requested');
  assert.deepEqual(names(a, e.source), ['Олаф Шольц']);
  assert.deepEqual(names(a, e.target), ['Сербія', 'Хорватія']);
  assert.equal(a.events.filter((x) => x.type === 'CONCEDE').length, 0);
});

test('"Президент США заявляє" with no name stands for the president named before, not for the country', () => {
  const a = analyse('Президент США Джо Байден прибув до Берліна. Президент США заявляє, що Сербія й Хорватія повинні піти на поступки.');
  const e = only(a, 'REQUEST');
  assert.deepEqual(names(a, e.source), ['Джо Байден']);
});

test('supporting or rejecting a proposal with no author in the clause targets the previous subject, its author', () => {
  const a = analyse('Прем’єр-міністр Польщі Дональд Туск запропонував створити спільний фонд відбудови. Президент Литви Гітанас Науседа підтримав цю ідею.');
  const e = only(a, 'SUPPORT');
  assert.deepEqual(names(a, e.source), ['Гітанас Науседа']);
  assert.deepEqual(names(a, e.target), ['Дональд Туск']);
  const b = analyse('Франція та Італія запропонували новий механізм контролю. Угорщина відкинула цю пропозицію.');
  const r = only(b, 'REJECT');
  assert.deepEqual(names(b, r.target), ['Італія', 'Франція']);
});

test('a source named in an attribution ("За даними бюро, Росія …") is not coordinated with the subject', () => {
  const a = analyse('За даними Національного інформаційного бюро, Росія депортувала понад тисячу дітей з Херсонщини.');
  const e = only(a, 'COERCE');
  assert.deepEqual(names(a, e.source), ['Росія']);
});

test('a demonym adjective opening the object names the state; a ministry of defence stays itself', () => {
  const a = analyse('Міністерство оборони Росії заперечило обстріл ринку, звинувативши в пожежі українську артилерію.');
  const e = only(a, 'ACCUSE');
  assert.deepEqual(names(a, e.source), ['Міністерство оборони Росії']);
  assert.deepEqual(names(a, e.target), ['Україна']);
});

test('after a finite verb a demonym belongs to that verb, not to a noun trigger ("такі санкції лише послаблюють японську економіку")', () => {
  const a = analyse('Японія запровадила санкції проти Росії. У Пекіні заявили, що такі санкції лише послаблюють японську економіку.');
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 1);
});

test('taking part in a meeting of a body: the subject is the source, the body the partner; "в режимі відеоконференції" is its form', () => {
  const a = analyse('Міністр оборони Олег Ткач узяв участь у засіданні Ради міністрів оборони ЄС, яке пройшло в режимі відеоконференції.');
  const e = only(a, 'CONSULT');
  assert.deepEqual(names(a, e.source), ['Олег Ткач']);
  assert.equal(names(a, e.target).length, 1);
  assert.ok(names(a, e.target)[0]!.startsWith('Рада міністрів оборони'), names(a, e.target)[0]);
});

test('subjects after the verb may open with a long title ("прибули спеціальний посланець президента США Кіт Келлог та …")', () => {
  const a = analyse('У понеділок до Києва прибули спеціальний посланець президента США Кіт Келлог та президент Фінляндії Александр Стубб.');
  const e = only(a, 'CONSULT');
  assert.deepEqual(names(a, e.source), ['Александр Стубб', 'Кіт Келлог']);
});

test('condemning a kind of act named by a plain noun ("засудило переслідування") accuses the author of that act told before', () => {
  const a = analyse('Російські силовики затримали в Сімферополі трьох журналістів. МЗС України засудило переслідування і закликало ОБСЄ втрутитися.');
  const e = only(a, 'ACCUSE');
  assert.deepEqual(names(a, e.target), ['Росія']);
});

test('a noun trigger takes its target from the relative clause that tells it ("санкцій, які … запровадила проти …")', () => {
  const a = analyse('Міністр подякував Канаді за новий пакет санкцій, який канадський уряд запровадив у вівторок проти 40 суден російського тіньового флоту.');
  const e = only(a, 'SANCTION');
  assert.deepEqual(names(a, e.target), ['Росія']);
});

test('"звернувся до X із проханням …" is one REQUEST of X', () => {
  const a = analyse('Прем’єр Денис Шмигаль звернувся до Європейського Союзу із проханням передати Україні ще два комплекси ППО.');
  const e = only(a, 'REQUEST');
  assert.deepEqual(names(a, e.source), ['Денис Шмигаль']);
});

test('an imperfective adverbial participle ("протестуючи") is a trigger and tells the same act as the verb before it', () => {
  const a = analyse('Угорські перевізники заблокували пункт пропуску на кордоні, протестуючи проти імпорту польського зерна.');
  const e = only(a, 'PROTEST');
  assert.deepEqual(names(a, e.target), ['Польща']);
});

test('"разом із X" before the verb adds a co-agent to the source', () => {
  const a = analyse('Разом із прем’єром Польщі Дональдом Туском канцлер Олаф Шольц закликав Росію припинити вогонь.');
  const e = only(a, 'REQUEST');
  assert.deepEqual(names(a, e.source), ['Дональд Туск', 'Олаф Шольц']);
  assert.deepEqual(names(a, e.target), ['Росія']);
});

test('a quoted label of a noun in a prepositional phrase is not the subject ("в межах програми «Хліб з Польщі»")', () => {
  const a = analyse('Польща в межах програми «Хліб з Польщі» передала Молдові 20 тисяч тонн борошна.');
  const e = only(a, 'AID');
  assert.deepEqual(names(a, e.source), ['Польща']);
  assert.deepEqual(names(a, e.target), ['Молдова']);
});

test('"а в Молдові відкидають": a plural verb with only a locative place takes that place as source, not the previous subject', () => {
  const a = analyse('Росія звинуватила Кишинів у провокації, а в Молдові відкидають ці звинувачення.');
  const e = only(a, 'REJECT');
  assert.deepEqual(names(a, e.source), ['Молдова']);
  assert.deepEqual(names(a, e.target), ['Росія']);
});
