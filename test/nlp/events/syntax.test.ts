/**
 * Argument finding from general syntax (the round after eval/gold/unseen4's first run; unseen4 is tuned on from then,
 * eval/gold/unseen5 is the blind check): case facts, capitals, appositions and coordination that hold for every
 * trigger. Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('a locative needs a preposition: the same form without one is a dative, and the whole list is the slot', () => {
  // (the tagger reads the first form as a locative, the others as genitives: the list is still one phrase)
  const a = analyse('Прем’єр-міністр Юлія Свириденко, подякувавши Німеччині, Швеції та Литві за внески, закликала інших партнерів долучитися.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Литва', 'Німеччина', 'Швеція']);
  // …while the conjuncts of a prepositional phrase keep their preposition's case
  const b = analyse('Міністр оборони Денис Шмигаль провів зустрічі у Франції, Італії та Іспанії.');
  assert.ok(!b.events.some((e) => e.type === 'SUPPORT'), JSON.stringify(b.events));
});

test('what one thanks for ("за допомогу") is the reason of the thanks, not an event of its own', () => {
  const a = analyse('Київ подякував Норвегії за допомогу.');
  assert.deepEqual(a.events.map((e) => e.type), ['SUPPORT']);
});

test('every capital of the gazetteer stands for its state as a party, not only a written list', () => {
  const a = analyse('Посол України звернувся до Софії з проханням пришвидшити постачання снарядів.');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), ['Болгарія']);
  const b = analyse('Київ і Бухарест домовилися провести консультації щодо транзиту зерна.');
  const c = only(b, 'CONSULT');
  assert.deepEqual([...names(b, c.source), ...names(b, c.target)].sort(), ['Румунія', 'Україна']);
});

test('an indeclinable head takes the case of its adjectives, and a noun governs no bare accusative', () => {
  // "Запорізька ТЕС" is the nominative subject of "зупинила", neither the agent nor the object of "обстріл"
  const a = analyse('Через обстріл Запорізька ТЕС зупинила роботу.');
  assert.ok(!a.events.some((e) => [...names(a, e.source), ...names(a, e.target)].includes('Запорізька ТЕС')),
    JSON.stringify(a.events.map((e) => [e.type, names(a, e.source), names(a, e.target)])));
});

test('a quoted name right after a common noun is its apposition in any case — not after a weapon word', () => {
  const a = analyse('Канада запровадила санкції проти банку «Промсвязьбанк».');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Промсвязьбанк']);
  const b = analyse('Уночі росіяни атакували Одещину дронами «Герань».');
  assert.ok(!b.events.some((e) => names(b, e.target).includes('Герань')), JSON.stringify(b.events.map((e) => [e.type, names(b, e.target)])));
});

test('a title with a prepositional remit before the name still names the subject ("… з гуманітарних питань X закликав")', () => {
  // (an indeclinable name after the remit's noun is not a genitive of it)
  const a = analyse('Верховна комісарка ООН з прав людини Мішель Бачелет закликала Росію звільнити журналістів.');
  assert.deepEqual(names(a, only(a, 'REQUEST').source), ['Мішель Бачелет']);
});

test('a bare plural role noun as the subject is the sides of the last two-party act ("Лідери обговорили", "міністри підписали")', () => {
  const a = analyse('Міністр оборони України Денис Шмигаль зустрівся в Осло з міністром оборони Норвегії Туре Сандвіком. Після зустрічі міністри підписали угоду про спільне виробництво дронів.');
  const ag = only(a, 'AGREE');
  assert.deepEqual(names(a, ag.source), ['Денис Шмигаль']);
  assert.deepEqual(names(a, ag.target), ['Туре Сандвік']);
});

test('"сторони" before a plural verb is the plural subject even where the form reads as a genitive singular', () => {
  const a = analyse('Прем’єр Юлія Свириденко провела зустріч із прем’єром Польщі Дональдом Туском. Питання експорту зерна в ЄС сторони не обговорювали.');
  const neg = a.events.filter((e) => e.type === 'CONSULT' && e.negated);
  assert.equal(neg.length, 1, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text, e.negated])));
  assert.deepEqual(names(a, neg[0]!.source), ['Юлія Свириденко']);
  assert.deepEqual(names(a, neg[0]!.target), ['Дональд Туск']);
});

test('the first part of a hyphenated compound counts as a context word ("дронів-перехоплювачів" has "дрон")', () => {
  const a = analyse('Литва планує передати Україні партію дронів-перехоплювачів.');
  const e = only(a, 'AID');
  assert.deepEqual(names(a, e.source), ['Литва']);
  assert.deepEqual(names(a, e.target), ['Україна']);
});

test('an object before the verb is its object when the subject stands after the verb ("Рішення Лондона привітав міністр …")', () => {
  const a = analyse('Рішення Берліна та Парижа привітав міністр закордонних справ України Андрій Сибіга.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.source), ['Андрій Сибіга']);
  assert.deepEqual(names(a, s.target), ['Німеччина', 'Франція']);
});

test('quoted names listed after a dash are the phrase\'s actors ("двох банків – «…» та «…»")', () => {
  const a = analyse('Канада запровадила санкції проти двох російських компаній – «Транснефть» та «Газпромнефть».');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Газпромнефть', 'Транснефть']);
});

test('restrictions announced against someone are a sanction', () => {
  const a = analyse('Міністерство фінансів США оголосило обмеження проти компанії «Роснефть».');
  const s = only(a, 'SANCTION');
  assert.deepEqual(names(a, s.source), ['Міністерство фінансів США']);
});

test('the dative before an impersonal predicate is the subject of the infinitive ("Україні вдалося повернути …")', () => {
  const a = analyse('Україні вдалося повернути з Росії ще 20 депортованих дітей.');
  const c = only(a, 'CONCEDE');
  assert.deepEqual(names(a, c.source), ['Україна']);
  assert.deepEqual(names(a, c.target), ['Росія']);
});

test('an act in a quote is its speaker\'s, as the quotes stage found them through a title after the quote', () => {
  // (another subject in between: the title, not the last subject, says who speaks)
  const a = analyse('Про це повідомив уповноважений Верховної Ради з прав людини Дмитро Лубінець. Катар підтвердив свою участь у переговорах. «Дякуємо Ватикану за посередництво», – зазначив омбудсман.');
  const s = only(a, 'SUPPORT');
  assert.deepEqual(names(a, s.source), ['Дмитро Лубінець']);
  assert.deepEqual(names(a, s.target), ['Ватикан']);
});

test('a plural verb\'s subject read as a genitive singular of the same form is its nominative plural subject', () => {
  const a = analyse('У ніч на четвер Сили оборони України уразили дронами нафтобазу біля Бєлгорода.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Збройні сили України']);
  // an unnamed object's place is the target
  assert.deepEqual(names(a, e.target), ['Бєлгород']);
  // (not the object of a preposition: "про вихід з угоди оголосили …")
  const b = analyse('Раніше про вихід з угоди оголосили Литва та Латвія.');
  assert.ok(b.events.some((x) => x.type === 'RETREAT' && names(b, x.source).includes('Литва')), JSON.stringify(b.events.map((x) => [x.type, names(b, x.source)])));
});

test('a sentence handed down by a court is coercion, and a body controlled by a state is that state', () => {
  const a = analyse('Підконтрольний Росії так званий суд у Донецьку засудив до 12 років колонії місцевого вчителя.');
  const c = only(a, 'COERCE');
  assert.deepEqual(names(a, c.source), ['Росія']);
  assert.ok(!a.events.some((e) => e.type === 'ACCUSE'), JSON.stringify(a.events.map((e) => e.type)));
});

test('an object searched before the verb is not inside the subject\'s title, and condemning a sentence accuses its court\'s state', () => {
  const a = analyse('Окупаційний суд засудив до 8 років колонії кримського журналіста. Представниця Президента України в Автономній Республіці Крим Ольга Куришко засудила вирок.');
  const acc = only(a, 'ACCUSE');
  assert.deepEqual(names(a, acc.source), ['Ольга Куришко']);
  assert.deepEqual(names(a, acc.target), ['Росія']);
});

test('building up forces, also negated, is mobilisation', () => {
  const a = analyse('За даними розвідки, Білорусь не нарощує угруповання військ біля українського кордону.');
  const m = only(a, 'MOBILIZE');
  assert.equal(m.negated, true);
  assert.deepEqual(names(a, m.source), ['Білорусь']);
});

test('an impersonal act in what a person denies is their side\'s act, denied', () => {
  const a = analyse('Речниця МЗС Росії Марія Захарова заперечила, що в окупованих селах затримували цивільних.');
  const e = a.events.find((x) => x.modality === 'denied');
  assert.ok(e, JSON.stringify(a.events.map((x) => [x.type, x.modality])));
  assert.deepEqual(names(a, e!.source), ['Росія']);
});

test('a diplomatic mission is named with where it sits, and blocking roads by a counted group is a protest', () => {
  const a = analyse('Посольство України в Польщі звернулося до Варшави з проханням пришвидшити розслідування.');
  assert.deepEqual(names(a, only(a, 'REQUEST').source), ['Посольство України в Польщі']);
  const b = analyse('Кілька тисяч польських перевізників вчора перекрили вантажівками дорогу до пункту пропуску.');
  assert.deepEqual(names(b, only(b, 'PROTEST').source), ['польські перевізники']);
});

test('diplomats declared persona non grata or expelled by decision are a diplomatic sanction; approving a payment is aid, not an agreement; going out to a protest is no retreat', () => {
  const a = analyse('Молдова оголосила трьох російських дипломатів персонами нон грата.');
  const s = only(a, 'SANCTION');
  assert.equal(s.mode, 'diplomatic');
  assert.deepEqual(names(a, s.target), ['Росія']);
  const b = analyse('Уряд Молдови ухвалив рішення про вислання двох співробітників посольства Росії.');
  assert.deepEqual(names(b, only(b, 'SANCTION').target), ['Росія']);
  const c = analyse('Єврокомісія схвалила виплату Україні чергового траншу.');
  assert.deepEqual(c.events.map((e) => e.type), ['AID']);
  const d = analyse('Тисячі прихильників опозиції вийшли на акцію протесту під будівлею парламенту.');
  assert.ok(!d.events.some((e) => e.type === 'RETREAT'), JSON.stringify(d.events.map((e) => e.type)));
});

test('a finite verb\'s subject right before it: a foreign surname the tagger read as a place, an indeclinable body taken into a prepositional phrase', () => {
  const a = analyse('Генеральний директор МАГАТЕ Рафаель Гроссі прибув до Києва. Наступного місяця Гроссі планує відвідати Мінськ.');
  const v = a.events.filter((e) => e.type === 'CONSULT' && e.modality === 'planned');
  assert.equal(v.length, 1, JSON.stringify(a.events.map((e) => [e.type, e.modality, names(a, e.source)])));
  assert.deepEqual(names(a, v[0]!.source), ['Рафаель Гроссі']);
  const b = analyse('Після вибуху СБУ затримала двох підозрюваних.');
  assert.deepEqual(names(b, only(b, 'COERCE').source), ['Служба безпеки України']);
});

test('"напередодні" before a nominative is an adverb; a plural subject so repaired is named as written; a town in -ськ read as an adjective is named in the nominative', () => {
  const a = analyse('Напередодні Сили спеціальних операцій ЗСУ уразили дронами нафтобазу в Новоросійську.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Сили спеціальних операцій ЗСУ']);
  assert.deepEqual(names(a, e.target), ['Новоросійськ']);
});

test('a coordinated predicate after a subordinate clause keeps the main subject, and its object after it is no subject', () => {
  const a = analyse('Верховна представниця ЄС із закордонних справ і безпекової політики Кая Каллас висловила сподівання, що угоду вдасться підписати, і закликала Братиславу не блокувати рішення.');
  const r = only(a, 'REQUEST');
  assert.deepEqual(names(a, r.source), ['Кая Каллас']);
  assert.deepEqual(names(a, r.target), ['Словаччина']);
});

test('a first-person subject in a quotation is its speaker', () => {
  const a = analyse('Норвегія оголосила новий пакет допомоги. «Ми вдячні Норвегії за цей крок», – заявила прем’єр-міністерка Юлія Свириденко.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').source), ['Юлія Свириденко']);
});

test('a sequel named by "попередній" / "наступний" is another act of the kind between the same sides; the next one is planned', () => {
  const a = analyse('Україна повернула з російського полону 90 військових. Попередній обмін відбувся 5 травня. За словами омбудсмана, наступний етап обміну можливий уже в липні.', '2025-06-12');
  const c = a.events.filter((e) => e.type === 'CONCEDE');
  assert.equal(c.length, 3, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text, names(a, e.source), names(a, e.target)])));
  for (const e of c) {
    assert.deepEqual(names(a, e.source), ['Україна']);
    assert.deepEqual(names(a, e.target), ['Росія']);
  }
  assert.deepEqual(c.map((e) => e.modality), ['occurred', 'occurred', 'planned']);
});

test('a meeting in a named format is the format\'s (a format code like "B9" is a name); a body named before the format keeps it', () => {
  const a = analyse('У Бухаресті відбувся саміт лідерів країн Східної Європи у форматі B9. Президент подякував учасникам саміту.');
  const c = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(c, JSON.stringify(a.events.map((e) => e.type)));
  assert.deepEqual(names(a, c!.source), ['B9']);
  const b = analyse('Міністр оборони Денис Шмигаль взяв участь у засіданні Контактної групи з питань оборони України у форматі «Рамштайн».');
  assert.ok(!b.events.some((e) => [...names(b, e.source), ...names(b, e.target)].includes('Рамштайн')), JSON.stringify(b.events.map((e) => [e.type, names(b, e.source), names(b, e.target)])));
});

test('a coordinated subject with a common noun heading its second name ("концерн «X» і польська державна група Y підписали")', () => {
  const a = analyse('Концерн «Укроборонпром» і польська державна група PGZ підписали угоду про спільне підприємство.');
  const ag = only(a, 'AGREE');
  assert.deepEqual([...names(a, ag.source), ...names(a, ag.target)].sort(), ['PGZ', 'Укроборонпром']);
});

test('a synonymous title as the subject names the person introduced with the other ("омбудсман" after "уповноважений")', () => {
  const a = analyse('Уповноважений Верховної Ради з прав людини Дмитро Лубінець прибув до Дохи. Напередодні обміну омбудсман провів зустріч із представниками Міністерства закордонних справ Катару.');
  const c = a.events.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('зустріч'));
  assert.ok(c, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual(names(a, c!.source), ['Дмитро Лубінець']);
});

test('a verbless rest after "а" names another target of the same act ("відвідає Варшаву, а згодом і Берлін")', () => {
  const a = analyse('Наступного тижня прем’єр-міністерка Юлія Свириденко відвідає Варшаву, а згодом і Берлін.');
  const v = a.events.filter((e) => e.type === 'CONSULT');
  assert.deepEqual(v.map((e) => names(a, e.target)).flat().sort(), ['Німеччина', 'Польща']);
});

test('"відомство" is the ministry named before', () => {
  const a = analyse('Про затримання повідомили в Міністерстві внутрішніх справ Молдови. Напередодні відомство стягнуло до центру міста тисячі поліцейських.');
  const m = only(a, 'MOBILIZE');
  assert.deepEqual(names(a, m.source), ['Міністерство внутрішніх справ Молдови']);
});
