/**
 * Stop 19's round on unseen19's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('two states agreeing on a ceasefire, reported by a third: one agreement between them, no ceasefire step', () => {
  const a = analyse('Вірменія та Азербайджан погодилися на повне припинення вогню, оголосив у неділю президент Франції Емманюель Макрон.');
  const g = only(a, 'AGREE');
  assert.deepEqual(names(a, g.source), ['Вірменія']);
  assert.deepEqual(names(a, g.target), ['Азербайджан']);
  assert.equal(a.events.filter((e) => e.type === 'CONCEDE').length, 0);
});

test('"Він" after a dash quote is its speaker; a lone surname keeps the gender of the first name told before', () => {
  const a = analyse('Єврокомісарка Ганна Ковач прибула до Кишинева. Ковач похвалила темп реформ. – Ми свою частину зробили, – сказав віцепрем’єр Остап Бойко. Він закликав Раду ЄС ухвалювати рішення більшістю.');
  assert.deepEqual(names(a, only(a, 'REQUEST').source), ['Остап Бойко']);
  // a surname that is also a feminine common noun, after a masculine verb
  const b = analyse('– Роботу зроблено, – сказав Качка на брифінгу. Він закликав Раду ЄС не зволікати.');
  assert.deepEqual(names(b, only(b, 'REQUEST').source), ['Качка']);
});

test('a sentence opened by direct speech makes its speaker the subject a pronoun after it refers to', () => {
  const a = analyse('Посол Європейського Союзу Рене Фоллер назвав рішення «кроком назад». – Жоден суд не вирішить цього за нас, – заявив лідер партії Мирослав Гранич журналістам. Він також пригрозив вивести партію з коаліції.');
  assert.deepEqual(names(a, only(a, 'THREATEN').source), ['Мирослав Гранич']);
});

test('a capital opening a sentence is its state, not a common noun\'s case ("Баку"), unless it is a pronoun too ("Того")', () => {
  const a = analyse('Баку звинуватив Москву у тиску на журналістів.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').source), ['Азербайджан']);
  const b = analyse('Того ж дня Литва звинуватила Білорусь у провокаціях.');
  assert.deepEqual(names(b, only(b, 'ACCUSE').source), ['Литва']);
});

test('a second verb after "і" and a date shares the first one\'s subject, not the side named by a demonym in its object', () => {
  const a = analyse('Баку звинуватив російську сторону у вбивстві і ще в суботу скасував візит до Азербайджану віцепрем’єра Росії Олексія Оверчука.');
  const r = only(a, 'RETREAT');
  assert.deepEqual(names(a, r.source), ['Азербайджан']);
  assert.deepEqual(names(a, r.target), ['Олексій Оверчук']);
});

test('people held let go: a concession toward whom the detention was aimed; bail stays its own entry', () => {
  const a = analyse('Кораблі берегової охорони Китаю затримали філіппінський рибальський човен. У понеділок китайська сторона відпустила рибалок.');
  const c = only(a, 'COERCE');
  assert.deepEqual(names(a, c.source), ['берегова охорона Китаю']);
  assert.deepEqual(names(a, c.target), ['Філіппіни']);
  const r = only(a, 'CONCEDE');
  assert.deepEqual(names(a, r.source), ['Китай']);
  assert.deepEqual(names(a, r.target), ['Філіппіни']);
});

test('aid to a body with a long name: the name counts as one word between the verb and what is given', () => {
  const a = analyse('Канада передала Державній службі України з надзвичайних ситуацій ще 30 машин для розмінування.');
  assert.deepEqual(names(a, only(a, 'AID').target), ['Державна служба України з надзвичайних ситуацій']);
});

test('a weapon system named after the missiles bought is no recipient ("до систем NASAMS")', () => {
  const a = analyse('Норвегія та Фінляндія спільно профінансують закупівлю для України ракет до систем NASAMS на 300 мільйонів доларів.');
  assert.deepEqual(names(a, only(a, 'AID').target), ['Україна']);
});

test('thanks to two titled leaders, the first a woman named after a feminine title', () => {
  const a = analyse('Президент Володимир Зеленський подякував прем’єр-міністерці Італії Джорджі Мелоні та президентові Фінляндії Александру Стуббу за підтримку.');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target).sort(), ['Александр Стубб', 'Джорджа Мелоні']);
});

test('drones that damaged a named church attacked it; damage told in the impersonal is no attack of its own', () => {
  const a = analyse('Російські ударні дрони в ніч на суботу пошкодили Михайлівську церкву в Житомирі.');
  const s = only(a, 'ASSAULT');
  assert.deepEqual(names(a, s.target), ['Михайлівська церква']);
  const b = analyse('Ракетою було зруйновано під’їзд будинку в Шевченківському районі.');
  assert.equal(b.events.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('one state\'s war exercises mobilise; joint works of two companies, the second named with its common noun, cooperate', () => {
  const a = analyse('Сьогодні Китай розпочав масштабні військово-морські навчання поблизу Тайваню.');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Китай']);
  const b = analyse('«Укренерго» та словацький оператор SEPS наступного тижня розпочнуть спільні роботи з ремонту лінії.');
  const c = only(b, 'COOPERATE');
  assert.deepEqual(names(b, c.source), ['Укренерго']);
  assert.deepEqual(names(b, c.target), ['SEPS']);
});

test('persons detained after a search are the coercion\'s target, not the agency searched', () => {
  const a = analyse('Поліція Казахстану провела обшук в офісі агентства Sputnik Казахстан і затримала його директора Олега Чорних та редактора Павла Бєлова.');
  assert.deepEqual(names(a, only(a, 'COERCE').target).sort(), ['Олег Чорних', 'Павло Бєлов']);
});

test('a territory named by a common noun and an adjective before a titled person, and a country\'s end before a name', () => {
  const a = analyse('Литва заборонила в’їзд президентові Республіки Сербської Мілораду Додику. Високий представник у Боснії і Герцеговині Крістіан Шмідт засудив поїздку.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Мілорад Додик']);
  assert.deepEqual(names(a, only(a, 'ACCUSE').source), ['Крістіан Шмідт']);
});

test('naming an act accuses its author, not what the act was aimed at ("назвав удари по НПЗ «терористичними»")', () => {
  const a = analyse('У ніч на суботу українські дрони атакували Саратовський НПЗ. Секретар Ради безпеки Росії Сергій Шойгу назвав удари по НПЗ «терористичними».');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Україна']);
});

test('an envoy expelled named by a demonym past a prepositional phrase; people held or deported named by their state', () => {
  const a = analyse('Військова хунта Нігеру вислала з країни французького посла.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Франція']);
  const b = analyse('Росія депортувала понад дві тисячі українських дітей з окупованих районів.');
  assert.deepEqual(names(b, only(b, 'COERCE').target), ['Україна']);
  const c = analyse('Білорусь затримала трьох громадян Литви.');
  assert.deepEqual(names(c, only(c, 'COERCE').target), ['Литва']);
});

test('a treaty suspended is left; a loan approved for a recipient is aid; a border or a war "з" is no partner', () => {
  const a = analyse('Пакистан призупинив дію Сімлської угоди з Індією.');
  assert.equal(only(a, 'RETREAT').source.length, 1);
  assert.deepEqual(names(a, only(a, 'RETREAT').source), ['Пакистан']);
  const b = analyse('Європейський Союз погодив кредит Молдові на 1,9 мільярда євро.');
  const aid = only(b, 'AID');
  assert.deepEqual(names(b, aid.source), ['Європейський Союз']);
  assert.deepEqual(names(b, aid.target), ['Молдова']);
  const c = analyse('Польща, Литва та Латвія торік почали спільно зводити укріплення на кордоні з Росією та Білоруссю.');
  const co = only(c, 'COOPERATE');
  assert.deepEqual(names(c, co.source), ['Польща']);
  assert.deepEqual(names(c, co.target).sort(), ['Латвія', 'Литва']);
});

test('an agreement torn up is left toward its party; readiness raised mobilises; a label in a relative clause accuses the act\'s sides', () => {
  const a = analyse('Буркіна-Фасо розірвала оборонну угоду з Францією.');
  const r = only(a, 'RETREAT');
  assert.deepEqual(names(a, r.source), ['Буркіна-Фасо']);
  assert.deepEqual(names(a, r.target), ['Франція']);
  const b = analyse('Лідер КНДР наказав підвищити бойову готовність ракетних частин.');
  assert.equal(b.events.filter((e) => e.type === 'MOBILIZE').length, 1);
  const c = analyse('Японія та США розпочали спільні навчання, які Пхеньян назвав репетицією вторгнення.');
  const acc = only(c, 'ACCUSE');
  assert.deepEqual(names(c, acc.source), ['Північна Корея']);
  assert.deepEqual(names(c, acc.target).sort(), ['США', 'Японія']);
});

test('two companies agreeing to set up production cooperate; a company the knowledge base knows is no person', () => {
  const a = analyse('Укроборонпром і шведська компанія Saab домовилися налагодити виробництво радарів.');
  const c = only(a, 'COOPERATE');
  assert.deepEqual(names(a, c.source), ['Укроборонпром']);
  assert.deepEqual(names(a, c.target), ['Saab']);
  assert.equal(a.entities.find((e) => e.name === 'Укроборонпром')?.type, 'ORG');
});

test('aid promised after talks with a leader goes to the leader\'s state', () => {
  const a = analyse('Президент Фінляндії Александер Стубб у четвер прибув до Києва. Глава держави провів переговори з Володимиром Зеленським і пообіцяв новий пакет військової допомоги.');
  assert.deepEqual(names(a, only(a, 'AID').target), ['Україна']);
});

test('a proposal rejected with the object before the verb; a refusal to join a body\'s measure; talks proposed are planned', () => {
  const a = analyse('Туреччина запропонувала провести новий раунд переговорів у Стамбулі. Москва цю пропозицію відхилила.');
  assert.equal(only(a, 'CONSULT').modality, 'planned');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Туреччина']);
  const b = analyse('Угорщина відмовилася приєднатися до нового пакета санкцій ЄС.');
  assert.deepEqual(names(b, only(b, 'REJECT').target), ['Європейський Союз']);
});

test('a counterpart named only by a demonym is that state; a named one stays the person', () => {
  const a = analyse('Міністр оборони Естонії Ханно Певкур зустрівся з американським колегою.');
  assert.deepEqual(names(a, only(a, 'CONSULT').target), ['США']);
  const b = analyse('Міністр оборони Естонії Ханно Певкур зустрівся з американським колегою Пітом Гегсетом.');
  assert.deepEqual(names(b, only(b, 'CONSULT').target), ['Піт Гегсет']);
});

test('an attack a place suffered or came under: the place is the target, the weapon\'s state the author', () => {
  const a = analyse('Уночі Миколаїв зазнав масованої атаки російських дронів.');
  const s = only(a, 'ASSAULT');
  assert.deepEqual(names(a, s.source), ['Росія']);
  assert.deepEqual(names(a, s.target), ['Миколаїв']);
  const b = analyse('Під удар російських ракет потрапив Запоріжжя.');
  assert.deepEqual(names(b, only(b, 'ASSAULT').source), ['Росія']);
});

test('the object of an attack told in the impersonal stands before it; drones shot down by the defence are no attack', () => {
  const a = analyse('Порт Рені було атаковано російськими безпілотниками.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['порт Рені']);
  const b = analyse('Сили оборони знищили понад 40 ворожих дронів над Полтавщиною.');
  assert.equal(b.events.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('after unseen20\'s first run: a march and "протестуючи проти"; two signers are each other\'s partners; forces placed; people handed over', () => {
  const a = analyse('Кілька тисяч жителів у суботу пройшли ходою до посольства Китаю, протестуючи проти заяв Пекіна.');
  const p = only(a, 'PROTEST');
  assert.deepEqual(names(a, p.target), ['Китай']);
  const b = analyse('Норвегія та Ісландія підписали угоду про обмін даними щодо руху російських суден.');
  const g = only(b, 'AGREE');
  assert.deepEqual(names(b, g.source), ['Норвегія']);
  assert.deepEqual(names(b, g.target), ['Ісландія']);
  const c = analyse('Швеція розмістить на Готланді ще два патрульні кораблі.');
  assert.deepEqual(names(c, only(c, 'MOBILIZE').source), ['Швеція']);
  const d = analyse('Росія передала Україні чотирьох підлітків. Дітей було передано українській стороні у вівторок.');
  assert.equal(d.events.filter((e) => e.type === 'CONCEDE').length, 1);
});

test('a visit called off by the visitor\'s own side is withdrawn from the host; by the host, from the visitor', () => {
  const a = analyse('Білий дім скасував запланований візит до Данії спецпосланця США Джеффа Лендрі.');
  assert.deepEqual(names(a, only(a, 'RETREAT').target), ['Данія']);
  const b = analyse('Баку скасував запланований візит до Азербайджану віцепрем’єра Росії Олексія Оверчука.');
  assert.deepEqual(names(b, only(b, 'RETREAT').target), ['Олексій Оверчук']);
});

test('a diplomat of another state\'s mission declared persona non grata; an outlet spoken on is no target', () => {
  const a = analyse('Польща в середу оголосила персоною нон грата співробітника Генерального консульства Росії в Гданську.');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Росія']);
  const b = analyse('Міністр оборони Пакистану пригрозив відповіддю в ефірі телеканалу Geo News.');
  assert.ok(!names(b, only(b, 'THREATEN').target).includes('Geo News'));
});

test('"не просто", "не лише" focus and negate nothing; fishermen sent back are a concession to their state; trilateral exercises are joint', () => {
  const a = analyse('Естонія не лише передала Україні генератори, а й пообіцяла нові.');
  const aid = a.events.filter((e) => e.type === 'AID');
  assert.ok(aid.length >= 1 && aid.every((e) => !e.negated));
  const b = analyse('Японія в понеділок повернула до Китаю чотирьох китайських рибалок.');
  assert.deepEqual(names(b, only(b, 'CONCEDE').target), ['Китай']);
  const c = analyse('Австралія та Японія провели тристоронні навчання з Філіппінами.');
  assert.equal(c.events.filter((e) => e.type === 'COOPERATE').length, 1);
});

test('a town is where people were searched, never whom; missiles launched into a sea are a show of force; ships placed far after the verb', () => {
  const a = analyse('СБУ провела обшуки в офісах двох компаній у Харкові.');
  assert.deepEqual(only(a, 'COERCE').target, []);
  const b = analyse('КНДР у четвер вранці випустила в бік Жовтого моря три крилаті ракети.');
  assert.equal(b.events.filter((e) => e.type === 'ASSAULT').length, 0);
  assert.deepEqual(names(b, only(b, 'MOBILIZE').source), ['Північна Корея']);
  const c = analyse('Норвегія до кінця року розмістить на Шпіцбергені ще два нові арктичні патрульні кораблі.');
  assert.deepEqual(names(c, only(c, 'MOBILIZE').source), ['Норвегія']);
});
