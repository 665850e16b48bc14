/**
 * Stop 25's round on unseen36's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('an adverbial clause with its own verb ends at the comma before the main clause ("Того ж дня, коли …, X зустрівся")', () => {
  const a = analyse('Того ж дня, коли стало відомо про пожежу, Андрій Сибіга зустрівся у Варшаві з міністром Польщі Радославом Сікорським.');
  const e = only(a, 'CONSULT');
  assert.deepEqual(names(a, e.source), ['Андрій Сибіга']);
  assert.deepEqual(names(a, e.target), ['Радослав Сікорський']);
  // the consequence of a condition stays hypothetical
  const b = analyse('– Якщо мене спробують заарештувати, наша громада ухвалить рішення про вихід зі складу федерації, – пригрозив лідер партії Марко Новак.');
  assert.equal(b.events.filter((x) => x.type === 'RETREAT').length, 0);
});

test('a relative clause with its verb ends before a time phrase and the main verb ("X та Y, які …, у понеділок підписали")', () => {
  const a = analyse('Литва та Латвія, які разом головують у регіональній раді, у середу підписали угоду про спільну енергомережу.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Литва']);
  assert.deepEqual(names(a, e.target), ['Латвія']);
});

test('sanctions not ruled out are a threat; strikes not ruled out are no act at all', () => {
  const a = analyse('Прем’єр-міністр Канади Марк Карні не виключив нових санкцій проти Ірану, якщо Тегеран продовжить збагачення урану.');
  const e = only(a, 'THREATEN');
  assert.equal(e.modality, 'threatened');
  assert.deepEqual(names(a, e.target), ['Іран']);
  assert.equal(a.events.filter((x) => x.type === 'SANCTION').length, 0);
  const b = analyse('Міністр оборони Литви не виключив нових ударів по енергетиці України.');
  assert.equal(b.events.filter((x) => x.type === 'ASSAULT').length, 0);
});

test('a joint assessment agreed on is cooperation, planned, with no agreement of its own', () => {
  const a = analyse('Молдова та ОБСЄ домовилися наступного тижня провести спільну оцінку стану дамби.');
  const e = only(a, 'COOPERATE');
  assert.equal(e.modality, 'planned');
  assert.deepEqual(names(a, e.source), ['Молдова']);
  assert.equal(a.events.filter((x) => x.type === 'AGREE').length, 0);
});

test('a step back from values is no retreat; a campaign unfolded is no deployment; expelled diplomats are a diplomatic sanction', () => {
  const a = analyse('Прем’єр Словенії розкритикував Брюссель, звинувативши його у відступі від демократичних принципів.');
  assert.equal(a.events.filter((x) => x.type === 'RETREAT').length, 0);
  const b = analyse('Міністр звинуватив Будапешт у розгортанні антиукраїнської кампанії.');
  assert.equal(b.events.filter((x) => x.type === 'MOBILIZE').length, 0);
  const c = analyse('У відповідь Литва видворила трьох білоруських дипломатів.');
  const e = only(c, 'SANCTION');
  assert.equal(e.mode, 'diplomatic');
  assert.deepEqual(names(c, e.source), ['Литва']);
  assert.deepEqual(names(c, e.target), ['Білорусь']);
});

test('what one rejects or backs, made by someone named in the object, is aimed at its maker', () => {
  const a = analyse('Прем’єр-міністр Нідерландів відкинув запропонований Єврокомісією оборонний фонд, частина якого зберігалася б у бельгійському банку Belfius.');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Єврокомісія']);
  // the body's span stops before what it proposed
  assert.ok(a.entities.some((x) => x.name === 'Єврокомісія'));
  assert.ok(!a.entities.some((x) => /фонд/.test(x.name)));
  const b = analyse('Польща підтримала підготовлений Берліном план відновлення енергетики.');
  assert.deepEqual(names(b, only(b, 'SUPPORT').target), ['Німеччина']);
});

test('access blocked is a restriction aimed at the parties singled out of the group; an attempt to block is none', () => {
  const a = analyse('Влада Гвінеї заблокувала доступ до двох сайтів, зокрема Reddit та Вікіпедії.');
  const e = only(a, 'COERCE');
  assert.deepEqual(names(a, e.target), ['Reddit', 'Вікіпедія']);
  const b = analyse('За словами речника, хакери намагалися не лише заблокувати доступ до реєстрів, а й знищити резервні копії.');
  assert.equal(b.events.filter((x) => x.type === 'COERCE').length, 0);
});

test('"як того вимагає закон" is no request; two groups under one quantity protest together', () => {
  const a = analyse('Уряд Перу закрив кордон, пояснивши, що перевізники не отримали дозволів, як того вимагає закон.');
  assert.equal(a.events.filter((x) => x.type === 'REQUEST').length, 0);
  const b = analyse('У вівторок тисячі фермерів і шахтарів вийшли на вулиці Бухареста.');
  assert.deepEqual(names(b, only(b, 'PROTEST').source), ['фермери', 'шахтарі']);
});

test('a place or body the past-tense verb does not agree with is no subject after it ("Артилерія обстріляла Херсон")', () => {
  const a = analyse('Вночі ворожа артилерія обстріляла Херсон, адміністративний центр Херсонської області.');
  const e = only(a, 'ASSAULT');
  assert.ok(!names(a, e.source).includes('Херсон'));
  assert.ok(names(a, e.target).includes('Херсон'));
  // a plural verb with coordinated names after it keeps them
  const b = analyse('Того ж дня до британських обмежень приєдналися Канада та Австралія.');
  assert.deepEqual(names(b, only(b, 'SANCTION').source), ['Австралія', 'Канада']);
});

test('a meeting going on in a clause of place is the setting, and the demand after that clause is the protest\'s', () => {
  const a = analyse('Сотні фермерів у четвер заблокували в’їзд до Брюсселя, де триває саміт ЄС, вимагаючи від Франції скасувати угоду.');
  const e = only(a, 'PROTEST');
  assert.deepEqual(names(a, e.target), ['Франція']);
  assert.equal(a.events.filter((x) => x.type === 'CONSULT' || x.type === 'REQUEST').length, 0);
  // a meeting planned in such a clause is no setting
  const b = analyse('У п’ятницю Рютте прибуде до Вільнюса, де планує провести переговори з президентом Литви Гітанасом Науседою.');
  assert.deepEqual(names(b, only(b, 'CONSULT').target), ['Гітанас Науседа']);
});

test('a title opened by a capitalised adjective and a remit leads to the person ("з Верховним комісаром ООН з прав людини X")', () => {
  const a = analyse('Міністр закордонних справ Андрій Сибіга поговорив з Верховним комісаром ООН з прав людини Фолькером Тюрком.');
  assert.deepEqual(names(a, only(a, 'CONSULT').target), ['Фолькер Тюрк']);
  assert.ok(!a.mentions.some((m) => m.text === 'Верховним'));
});

test('a contribution announced into a fund is economic aid; a negated light verb negates its noun', () => {
  const a = analyse('Японія оголосила внесок до Фонду підтримки енергетики України.');
  const e = only(a, 'AID');
  assert.equal(e.mode, 'economic');
  assert.deepEqual(names(a, e.source), ['Японія']);
  const b = analyse('Австрія цього року не оголосила жодного внеску до фонду.');
  assert.equal(only(b, 'AID').negated, true);
  const c = analyse('Швейцарія не запровадила жодних санкцій проти Ірану.');
  assert.equal(only(c, 'SANCTION').negated, true);
});

test('"на Вербну неділю" is the Sunday before a Monday article, not the one ahead', () => {
  const a = analyse('Удар по центру міста стався вранці на Вербну неділю.', '2025-04-14');
  const t = a.times.find((x) => /неділю/.test(x.text));
  assert.ok(t, 'a time expression');
  assert.equal(t.value?.start, '2025-04-13');
});

test('two clauses joined by a comma alone: the second\'s subject and verb are no part of the first\'s act', () => {
  const a = analyse('Сьогодні в Женеві має відбутися раунд переговорів делегацій України та Польщі, українську делегацію очолить міністр оборони Денис Шмигаль.');
  const e = only(a, 'CONSULT');
  assert.deepEqual(names(a, e.source), ['Україна']);
  assert.deepEqual(names(a, e.target), ['Польща']);
  // a condition's consequence stays one with it, inside a quote too
  const b = analyse('«Якщо Київ не змінить позиції, ми перестанемо постачати електроенергію», – наголосив прем’єр Словаччини Роберт Фіцо. Того ж дня він відкинув пропозицію Києва.');
  assert.deepEqual(names(b, only(b, 'REJECT').source), ['Роберт Фіцо']);
});

test('a list of persons goes on past relatives named by a common noun ("X, його дружини, сина та міністра … Y")', () => {
  const a = analyse('Мінфін США запровадив санкції проти президента Нікарагуа Даніеля Ортеги, його дружини, сина та міністра оборони Хуліо Авілеса.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Даніель Ортега', 'Хуліо Авілес']);
});

test('warships moved are mobilised; criticism of strikes and fear of sanctions are no acts', () => {
  const a = analyse('Того ж дня Пентагон наказав перекинути до Середземного моря ще один авіаносець.');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Пентагон']);
  const b = analyse('Прем’єр звинуватив Вашингтон у помсті за критику американських ударів по Ємену.');
  assert.equal(b.events.filter((x) => x.type === 'ASSAULT').length, 0);
  const c = analyse('«Ми не боїмося санкцій», – заявив міністр Білорусі.');
  assert.equal(c.events.filter((x) => x.type === 'SANCTION').length, 0);
});

test('a strike on a thing told as belonging to someone in the relative clause after it is aimed at its owner', () => {
  const a = analyse('Американські військові ракетним ударом знищили в Аденській затоці човен, який належав угрупованню Аль-Шабаб.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Аль-Шабаб']);
});

test('a noun after an infinitive light verb takes the dative subject of its predicate; a failed act is negated', () => {
  const a = analyse('Україні та Польщі вчора не вдалося дійти згоди щодо мит на зерно.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Україна']);
  assert.deepEqual(names(a, e.target), ['Польща']);
  assert.equal(e.negated, true);
  const b = analyse('Міністр Андрій Сибіга провів переговори з міністром Польщі Радославом Сікорським. Дійти згоди щодо мит сторонам не вдалося.');
  const f = only(b, 'AGREE');
  assert.deepEqual(names(b, f.source), ['Андрій Сибіга']);
  assert.equal(f.negated, true);
});

test('letting aid trucks through is a concession; tents handed over are humanitarian aid; a meeting on the sidelines is a setting', () => {
  const a = analyse('Єгипет дозволив вантажівкам із гуманітарними вантажами в’їхати через пункт пропуску Рафах.');
  assert.deepEqual(names(a, only(a, 'CONCEDE').source), ['Єгипет']);
  const b = analyse('Катар пообіцяв передати мешканцям Гази ще 20 тисяч наметів.');
  assert.equal(only(b, 'AID').mode, 'humanitarian');
  const c = analyse('На полях форуму в Давосі прем’єр-міністр Юлія Свириденко зустрілася з президентом Швейцарії Карін Келлер-Зуттер.');
  assert.equal(only(c, 'CONSULT').trigger.text.startsWith('зустрілася'), true);
});

test('an indeclinable name right after another name opens the clause; a decision on an act not taken negates it', () => {
  const a = analyse('Через позицію Угорщини ЄС так і не ухвалив рішення про виділення Україні нового траншу.');
  const e = only(a, 'AID');
  assert.deepEqual(names(a, e.source), ['Європейський Союз']);
  assert.deepEqual(names(a, e.target), ['Україна']);
  assert.equal(e.negated, true);
  const b = analyse('ЄС ухвалив рішення про виділення Україні нового траншу.');
  assert.equal(only(b, 'AID').negated, false);
});

test('the sides of a visit sign with each other whatever the text they sign names; a body adopting a resolution agrees', () => {
  const a = analyse('Президент Литви Гітанас Науседа у середу прибув до Києва, де зустрівся з Володимиром Зеленським. Під час зустрічі лідери підписали декларацію про вшанування жертв Другої світової війни.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Гітанас Науседа']);
  assert.deepEqual(names(a, e.target), ['Володимир Зеленський']);
  const b = analyse('Рада Безпеки ООН у четвер ухвалила резолюцію щодо Судану.');
  assert.deepEqual(names(b, only(b, 'AGREE').source), ['Рада Безпеки ООН']);
});

test('an inanimate plural read as an accusative right before a plural verb, after a time, is its subject ("У ніч на вівторок російські дрони атакували")', () => {
  const a = analyse('У ніч на вівторок російські дрони атакували Луцьк.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Росія']);
  assert.deepEqual(names(a, e.target), ['Луцьк']);
});

test('troops advancing near a town assault it on the ground; duties suspended are eased; a preference for talks is no meeting', () => {
  const a = analyse('Російські війська за тиждень просунулися на кілька кілометрів на південь від Покровська.');
  const e = only(a, 'ASSAULT');
  assert.equal(e.mode, 'ground');
  assert.deepEqual(names(a, e.target), ['Покровськ']);
  assert.equal(analyse('Переговори про мир просунулися далеко.').events.filter((x) => x.type === 'ASSAULT').length, 0);
  const b = analyse('Мексика підвищила мита на сталь, водночас призупинивши на пів року підвищені тарифи для Канади.');
  assert.equal(b.events.filter((x) => x.type === 'CONCEDE').length, 1);
  const c = analyse('Прем’єр Норвегії заявив, що Осло віддає перевагу переговорам.');
  assert.equal(c.events.filter((x) => x.type === 'CONSULT').length, 0);
});

test('a capital written as its indeclinable name is a partner in any case ("з Кігалі"); a named mechanism inside a phrase is no recipient', () => {
  const a = analyse('Кіншаса розірвала дипломатичні відносини з Кігалі.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Руанда']);
  const b = analyse('Данія та Швеція оголосили, що профінансують закупівлю зброї для України в межах механізму PURL.');
  assert.deepEqual(names(b, only(b, 'AID').target), ['Україна']);
});

test('a people counted by a quantity is a group that acts, though the tagger read its name as a thing ("тисячі білорусів")', () => {
  const a = analyse('У суботу кілька тисяч білорусів вийшли на акції протесту у Вільнюсі.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['білоруси']);
});

test('a plural title followed by states is those states, not one person named before ("Лідери Великої Британії, Франції та Німеччини привітали")', () => {
  const a = analyse('Прем’єр-міністр Андрій Кравець провів переговори з радником Джоном Смітом. Лідери Італії, Іспанії та Польщі у спільній заяві привітали домовленість.');
  const e = only(a, 'SUPPORT');
  assert.deepEqual(names(a, e.source), ['Іспанія', 'Італія', 'Польща']);
});
