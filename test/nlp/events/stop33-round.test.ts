/**
 * Stop 33's round on unseen65's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a figure with a rounding word counts a crowd of no one in particular: no side, and no state borrowed from the place', () => {
  const a = analyse('У суботу в Мадриді понад 80 тисяч людей вийшли на демонстрацію біля будівлі парламенту.');
  assert.deepEqual(only(a, 'PROTEST').source, []);
});

test('leaving a party "на знак протесту" is a retreat from it, no protest', () => {
  const a = analyse('Минулого тижня на знак протесту з Партії регіонів вийшов депутат Олег Ляшенко.', '2025-04-10');
  assert.equal(a.events.filter((e) => e.type === 'PROTEST').length, 0);
  assert.deepEqual(names(a, only(a, 'RETREAT').source), ['Олег Ляшенко']);
});

test('a title, its body and a second title joined by "і" before a name: the person is the target', () => {
  const a = analyse('Прем’єр Норвегії Йонас Гар Стере розкритикував лідера Партії прогресу і кандидата в прем’єри Сільві Лістгауг.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Сільві Лістгауг']);
});

test('a proposal of a title-holder named after the body: the person, not the body', () => {
  const a = analyse('Прем’єр Норвегії Йонас Гар Стере відкинув пропозицію співголови Партії зелених Ганни Ульсен.');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Ганна Ульсен']);
});

test('two demonyms with the group\'s kind adjectives between: joint production of those states', () => {
  const a = analyse('У Міністерстві оборони Франції повідомили, що французькі та українські збройові компанії вже навесні почнуть спільно виробляти снаряди.', '2025-02-01');
  const e = only(a, 'COOPERATE');
  assert.deepEqual(names(a, e.source), ['Франція']);
  assert.deepEqual(names(a, e.target), ['Україна']);
});

test('an act that took place takes no later time as its date ("до 2040 року" is a term of it)', () => {
  const a = analyse('Норвегія пішла на поступку Брюсселю, погодившись продовжити доступ європейських суден до своїх портів до 2040 року.', '2025-06-20');
  const e = only(a, 'CONCEDE');
  assert.equal(e.date?.start, '2025-06-20');
  assert.equal(e.dateReported, true);
});

test('a passive attack by drones with a state\'s demonym: that state attacked the facility named by its town\'s adjective', () => {
  const a = analyse('Саратовський нафтопереробний завод уночі було атаковано українськими безпілотниками, повідомив губернатор.', '2026-02-11');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Україна']);
  assert.deepEqual(names(a, e.target), ['Саратовський нафтопереробний завод']);
});

test('acts named as the subject are no group that acts ("пройшли акції протесту")', () => {
  const a = analyse('У неділю в десятках міст Франції пройшли акції протесту проти пенсійної реформи уряду.');
  assert.deepEqual(only(a, 'PROTEST').source, []);
});

test('a demand of a plural noun of people, none named before: that group as the target', () => {
  const a = analyse('Канцлер Австрії Крістіан Штокер відкинув вимогу консерваторів провести дострокові вибори.');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['консерватори']);
});

test('the protesters of a demand are the group that protested before', () => {
  const a = analyse(
    'Кілька сотень литовських перевізників у вівторок заблокували пункт пропуску на кордоні з Білоруссю. '
    + 'Прем’єр-міністерка Литви Інга Ругінене відкинула вимоги протестувальників відкрити кордон.',
  );
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['литовські перевізники']);
});

test('"європейців" stand for Europe', () => {
  const a = analyse('Міністр закордонних справ Росії Сергій Лавров звинуватив європейців у тому, що вони затягують війну.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Європа']);
});

test('hosting named persons in a city is a visit received; a state that will host a summit receives no one', () => {
  const a = analyse('Президент Фінляндії Александер Стубб у четвер приймав у Гельсінкі генерального секретаря НАТО Марка Рютте.', '2025-09-12');
  const e = only(a, 'CONSULT');
  assert.equal(e.trigger.text, 'приймав');
  assert.deepEqual(names(a, e.target), ['Марк Рютте']);
  const b = analyse('Наступного року саміт прийматиме Естонія, а Литва прийматиме у Вільнюсі форум.');
  assert.equal(b.events.filter((x) => x.type === 'CONSULT' && x.trigger.text.startsWith('прийма')).length, 0);
});

test('a subject after its verb with its title, past an object pronoun ("вимагав від нього президент …")', () => {
  const a = analyse('Цього ще влітку вимагав від нього президент Гітанас Наусєда.', '2025-11-20');
  assert.deepEqual(names(a, only(a, 'REQUEST').source), ['Гітанас Наусєда']);
});

test('a court that finds someone guilty coerces him; one who pleads guilty is coerced by no one', () => {
  const a = analyse('Окружний суд Праги вчора визнав колишнього міністра Яна Новака винним у хабарництві.', '2025-10-08');
  assert.deepEqual(names(a, only(a, 'COERCE').target), ['Ян Новак']);
  const b = analyse('Колишній міністр Ян Новак визнав себе винним у хабарництві.', '2025-10-08');
  assert.equal(b.events.filter((e) => e.type === 'COERCE').length, 0);
});

test('police posting patrols is a mobilisation', () => {
  const a = analyse('Перед матчем поліція Варшави виставила посилені патрулі біля стадіону.');
  assert.equal(only(a, 'MOBILIZE').trigger.text, 'виставила');
});

test('sanctions on a group named by a demonym fall on the body singled out with "зокрема"', () => {
  const a = analyse('Японія сьогодні запровадила санкції проти 11 російських банків, зокрема проти банку Росія.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target).length, 1);
  const b = analyse('Канада сьогодні запровадила санкції проти 20 російських компаній, зокрема проти концерну Алмаз-Антей.');
  assert.deepEqual(names(b, only(b, 'SANCTION').target), ['Алмаз-Антей']);
});

test('a sanctions list that only counts its entries adds no one', () => {
  const a = analyse('Санкційний список Нової Зеландії щодо Росії вже налічує понад 1600 позицій.');
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 0);
});
