/**
 * Stop 29's round on unseen49's first run: what its misses showed, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, names, only } from './helpers.js';

test('"Він" after a sentence a body reported ("…, повідомив X") is that body when the last subject is older', () => {
  const a = analyse(
    'Генерал Ахмед Салех учора наказав відвести війська від кордону. '
    + 'Вночі дрони обстріляли кілька сіл на півночі країни, повідомив опозиційний Національний комітет порятунку. '
    + 'Він звинуватив армію у порушенні домовленостей.',
  );
  assert.deepEqual(names(a, only(a, 'ACCUSE').source), ['Національний комітет порятунку']);
});

test('a relative clause of a state\'s forces ("підрозділу, який атакував …") has that state as its attacker', () => {
  const a = analyse('За його словами, обидва полонені служили в російському штурмовому підрозділі, який атакував позиції поблизу Тарасівки.');
  const e = only(a, 'ASSAULT');
  assert.deepEqual(names(a, e.source), ['Росія']);
});

test('a demand joined by "і" to a summons ("викликав … посла і вимагав пояснень") is made of the one summoned', () => {
  const a = analyse('Міністр закордонних справ Литви Кястутіс Будріс викликав до МЗС посла Китаю і вимагав пояснень.');
  const e = only(a, 'REQUEST');
  assert.deepEqual(names(a, e.source), ['Кястутіс Будріс']);
  assert.deepEqual(names(a, e.target), ['Китай']);
});

test('a call on someone after a condemnation keeps its own addressee ("засудив удар і закликав партнерів")', () => {
  const a = analyse('Прем’єр Норвегії засудив удар Росії по Києву і закликав партнерів посилити ППО України.');
  assert.ok(!names(a, only(a, 'REQUEST').target).includes('Росія'));
});

test('a ceasefire extended is a concession; one broken on ("продовжують порушувати перемир’я") is none', () => {
  const a = analyse('Президент Судану вчора продовжив до кінця місяця гуманітарне перемир’я.');
  assert.equal(only(a, 'CONCEDE').trigger.text, 'продовжив');
  const b = analyse('Рух продовжив роботу попри перемир’я.');
  assert.equal(b.events.filter((e) => e.type === 'CONCEDE').length, 0);
});

test('captives taken ("взяли в полон") is coercion by the ones who took them', () => {
  const a = analyse('Українські військові в четвер взяли в полон трьох найманців на Харківщині.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Збройні сили України']);
});

test('artillery batteries moved to a border are a mobilisation', () => {
  const a = analyse('Китай учора перекинув до кордону додаткові батареї берегової артилерії.');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Китай']);
});

test('checkpoints reopened ("відновлять роботу пунктів пропуску") are a concession between the two states', () => {
  const a = analyse('Президент заявив, що Вірменія та Азербайджан наступного тижня відновлять роботу пунктів пропуску на спільному кордоні.');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.source), ['Вірменія']);
  assert.deepEqual(names(a, e.target), ['Азербайджан']);
  // a shared border is no joint act
  assert.equal(a.events.filter((x) => x.type === 'COOPERATE').length, 0);
});

test('hauliers driving their trucks out while demanding of the government protest against their own state\'s government', () => {
  const a = analyse(
    'Учора Мінськ затримав на кордоні понад сто вантажівок, що прямували з Білорусі. '
    + 'Сьогодні сотні польських перевізників вивели свої вантажівки на трасу до Варшави, вимагаючи від уряду допомогти повернути техніку.',
  );
  const e = only(a, 'PROTEST');
  assert.deepEqual(names(a, e.target), ['Уряд Польщі']);
});

test('a ban on a state\'s trucks ("заборонив литовським вантажівкам виїжджати") is an economic sanction on that state', () => {
  const a = analyse('Мінськ у відповідь заборонив латвійським вантажівкам виїжджати з країни.');
  const e = only(a, 'SANCTION');
  assert.equal(e.mode, 'economic');
  assert.deepEqual(names(a, e.source), ['Білорусь']);
  assert.deepEqual(names(a, e.target), ['Латвія']);
  const b = analyse('Мерія заборонила вантажівкам рух центром міста.');
  assert.equal(b.events.filter((x) => x.type === 'SANCTION').length, 0);
});

test('joint exercises "із залученням авіаносця" have the ship as no partner', () => {
  const a = analyse('Франція, Італія та Греція з понеділка проводять у Середземному морі спільні навчання із залученням авіаносця Charles de Gaulle.');
  const e = only(a, 'COOPERATE');
  assert.deepEqual(names(a, e.source), ['Франція']);
  assert.deepEqual(names(a, e.target).sort(), ['Греція', 'Італія'].sort());
});

test('"привітав обох лідерів" names the two leaders of the last act between persons, not their states', () => {
  const a = analyse(
    'Президент Вірменії Ваагн Хачатурян і президент Азербайджану Ільхам Алієв підписали в Абу-Дабі мирну угоду. '
    + 'Наступного місяця Вірменія та Азербайджан проведуть спільні навчання прикордонників. '
    + 'Президент Казахстану Касим-Жомарт Токаєв привітав обох лідерів з угодою.',
  );
  assert.deepEqual(names(a, only(a, 'SUPPORT').target).sort(), ['Ваагн Хачатурян', 'Ільхам Алієв'].sort());
});

test('a warning that allies "will not hesitate to shoot down" aircraft is a threat', () => {
  const a = analyse('Прем’єр-міністр Литви попередив Москву, що союзники «не вагатимуться збивати» літаки-порушники.');
  assert.deepEqual(names(a, only(a, 'THREATEN').target), ['Росія']);
});

test('a "hybrid attack" named as a charge is no strike', () => {
  const a = analyse('«Ми не дозволимо перетворити кулі на інструмент гібридної атаки проти Польщі», – сказав прем’єр.');
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('what a rejected proposal proposes ("пропозицію … провести переговори") is no consultation', () => {
  const a = analyse('Пхеньян відкинув пропозицію президента Південної Кореї Лі Чже Мьона провести переговори військових.');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 0);
  assert.equal(only(a, 'REJECT').type, 'REJECT');
});

test('"литовську владу" before "в …" is the state (a demonym the tagger read as a noun)', () => {
  const a = analyse('Лукашенко звинуватив литовську владу в економічній війні.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Литва']);
});

// The round on unseen50's first run.

test('a movement bringing thousands out on the streets protests; an army\'s troops on the streets are a mobilisation', () => {
  const a = analyse('Студентський рух Otpor з минулого четверга виводить тисячі людей на вулиці Белграда.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['Otpor']);
  const b = analyse('Армія Непалу вивела на вулиці Катманду військових.');
  assert.equal(only(b, 'MOBILIZE').type, 'MOBILIZE');
});

test('a protest\'s demand after a list of towns is the protest\'s ("на вулиці Рабата, Касабланки …, вимагаючи …")', () => {
  const a = analyse('Рух Otpor виводить тисячі людей на вулиці Нового Сада, Ниша, Крагуєваца та інших сербських міст, вимагаючи відставки прем’єр-міністра Мілоша Вучевича.');
  assert.equal(a.events.filter((e) => e.type === 'REQUEST').length, 0);
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['Otpor']);
});

test('a name in Latin letters found once is the same name where it is written again', () => {
  const a = analyse('Молодіжний рух GenX 303 виводить тисячі людей на вулиці Тунісу. Профспілка висловила солідарність із GenX 303 і закликала уряд до діалогу.');
  const e = a.entities.find((x) => x.name === 'GenX 303');
  assert.equal(e?.mentions.length, 2);
});

test('a date after an organisation\'s name is no part of it ("рух Otpor з минулої суботи виводить …")', () => {
  const a = analyse('Рух Otpor з минулої суботи виводить тисячі людей на вулиці Белграда.');
  assert.ok(a.entities.some((x) => x.name === 'Otpor'));
  assert.ok(!a.entities.some((x) => x.name.includes('суботи')));
});

test('a bare prosecutor\'s office is the one of the state the text is set in', () => {
  const a = analyse('Поліція Сербії затримала в Белграді 40 студентів. Прокуратура вчора звільнила з-під варти 30 затриманих.');
  assert.deepEqual(names(a, only(a, 'CONCEDE').source), ['Прокуратура Сербії']);
});

test('the bare authorities as a subject are the state; power seized ("захоплення влади") is none', () => {
  const a = analyse('Сотні жителів Гавани вийшли на вулиці Куби. Наступного дня влада звільнила більшість із понад 30 затриманих.');
  assert.deepEqual(names(a, only(a, 'CONCEDE').source), ['Куба']);
  const b = analyse('Президент Мадагаскару назвав дії військових «спробою незаконного захоплення влади».');
  assert.ok(!b.events.some((e) => names(b, e.target).includes('Мадагаскар')));
});

test('a demand the protest\'s participants make in the next sentence is the protest\'s', () => {
  const a = analyse('Сотні жителів Гавани в ніч на середу вийшли на вулиці на знак протесту проти відключень електроенергії. Учасники акції вимагали відновити електропостачання.');
  assert.equal(a.events.filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(only(a, 'PROTEST').type, 'PROTEST');
});

test('restrictive measures lifted ("скасував обмежувальні заходи щодо Косова") are a concession to that state', () => {
  const a = analyse('Того ж дня ЄС скасував останні обмежувальні заходи щодо Косова.');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.target), ['Косово']);
});

test('a protest against a government\'s decision targets that government ("проти рішення уряду Косова")', () => {
  const a = analyse('Сотні сербів перекрили міст, протестуючи проти рішення уряду Косова відкрити його.');
  assert.deepEqual(names(a, only(a, 'PROTEST').target), ['Уряд Косова']);
  // (a building's government stays the building's)
  const b = analyse('Ракета влучила в будівлю уряду України.');
  assert.ok(!b.events.some((e) => names(b, e.target).includes('Уряд України')));
});

test('a body\'s rank adjective is part of its name ("Федеральна прокуратура Німеччини")', () => {
  const a = analyse('Федеральна прокуратура Німеччини у вівторок затримала в Лейпцигу трьох чоловіків.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Федеральна прокуратура Німеччини']);
});

// The round on unseen51's first run.

test('an adjective alias of a state before a noun is no state ("Незалежна виборча комісія")', () => {
  const a = analyse('Незалежна виборча комісія Гани оголосила переможця виборів.');
  assert.ok(!a.entities.some((e) => e.name === 'Україна'));
});

test('a describing adjective opening the sentence is no part of a party\'s name; the bare authorities charged are the state', () => {
  const a = analyse('Опозиційна Національна партія Гани звинуватила владу у фальсифікаціях.');
  const e = only(a, 'ACCUSE');
  assert.deepEqual(names(a, e.source), ['Національна партія Гани']);
  assert.deepEqual(names(a, e.target), ['Гана']);
});

test('a crowd counted in hundreds after a prepositional phrase is named without the count ("сотні прихильників опозиції")', () => {
  const a = analyse('Попри заборону демонстрацій, сотні прихильників опозиції вчора перекрили дороги в Аккрі.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['прихильники опозиції']);
});

test('gendarmes or police officers, bare, are the body of the state the text is set in', () => {
  const a = analyse('Тисячі прихильників Сіміона зібралися в Бухаресті. Жандарми застосували сльозогінний газ і затримали чотирьох людей.');
  assert.deepEqual(names(a, only(a, 'COERCE').source), ['Жандармерія Румунії']);
  const b = analyse('Під час розблокування траси поліцейські затримали 46 людей, повідомили в Міністерстві внутрішніх справ Перу.');
  assert.deepEqual(names(b, only(b, 'COERCE').source), ['Поліція Перу']);
});

test('"його прихильників" are the followers of the man the possessive points to, by his full name', () => {
  const a = analyse('Карлос Мендоса звинуватив виборчу комісію у маніпуляціях. Учора кілька тисяч його прихильників перекрили шосе на півдні Ліми.');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['прихильники Карлоса Мендоси']);
});

test('"привітав цей крок" is the step of the last act\'s doer, not of the last speaker', () => {
  const a = analyse(
    'Перша група бойовиків Робітничої партії Курдистану (РПК) вчора спалила свою зброю. '
    + 'Тридцять бойовиків на чолі з однією з командирок угруповання Бесе Хозат кидали автомати в багаття. '
    + '«Ми знищуємо зброю як крок доброї волі», – сказала Хозат, зачитуючи заяву групи. '
    + 'Президент Туреччини Реджеп Тайїп Ердоган сьогодні привітав цей крок.',
  );
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Робітнича партія Курдистану']);
});

test('a proposal\'s author by the participle\'s instrumental is the person, not his state', () => {
  const a = analyse('Речник Кремля Дмитро Пєсков відкинув запропоновану Зеленським взаємну відмову від ударів.');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Володимир Зеленський']);
});

test('talks already told, named again as where something was done ("на переговорах очолювали"), are no new talks', () => {
  const a = analyse('В Абу-Дабі вчора завершився раунд тристоронніх переговорів України, США та Росії. Американську делегацію на переговорах очолювали спецпосланець президента США Стів Віткофф і Джаред Кушнер.');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 1);
});

// The round on unseen52's first run.

test('a navy\'s abbreviation with its state is that state\'s navy, not Ukraine\'s ("ВМС Шрі-Ланки")', () => {
  const a = analyse('ВМС Шрі-Ланки в ніч на вівторок затримали 17 рибалок поблизу острова Делфт.');
  const e = only(a, 'COERCE');
  assert.deepEqual(names(a, e.source), ['ВМС Шрі-Ланки']);
  assert.ok(a.entities.some((x) => x.name === 'Шрі-Ланка'));
});

test('a proposal by two states in the instrumental names both ("запропоноване Францією та Великою Британією")', () => {
  const a = analyse('Лавров відкинув запропоноване Францією та Великою Британією розміщення в Україні європейських миротворців.');
  assert.deepEqual(names(a, only(a, 'REJECT').target).sort(), ['Велика Британія', 'Франція'].sort());
});

test('a chance missed ("упустив шанс домовитися") is no agreement', () => {
  const a = analyse('Трамп звинуватив Київ у тому, що той «упустив шанс» домовитися про завершення війни раніше.');
  assert.equal(a.events.filter((e) => e.type === 'AGREE').length, 0);
});

test('talks already told, named as what a visit is tied to ("пов’язували з переговорами"), are no new talks', () => {
  const a = analyse('Державний секретар США Марко Рубіо та міністр закордонних справ Росії Сергій Лавров учора провели в Ер-Ріяді переговори. '
    + 'Президент України Володимир Зеленський скасував свій візит до Саудівської Аравії, пояснивши, що не хоче, аби його приїзд «пов’язували» з переговорами.');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 1);
  const b = analyse('Зеленський провів переговори з Макроном. Потім він прибув з візитом до Берліна.');
  assert.equal(b.events.filter((e) => e.type === 'CONSULT').length, 2);
});

test('a name owning the noun before it is no conjunct of the subject ("Головний суперник Бії, … Ісса Чірома Бакарі, звинуватив")', () => {
  const a = analyse('Конституційна рада Камеруну оголосила 92-річного Поля Бію переможцем. Головний суперник Бії, колишній урядовий речник Ісса Чірома Бакарі, звинуватив раду в узаконенні крадіжки голосів.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').source), ['Ісса Чірома Бакарі']);
});

test('an organisation\'s name written again in another case is that organisation ("Казанський вертолітний завод")', () => {
  const a = analyse('Фахівці ГУР провели масштабну кібератаку на Казанський вертолітний завод. Україна запровадила санкції проти Казанського вертолітного заводу.');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Казанський вертолітний завод']);
  assert.equal(a.entities.find((e) => e.name === 'Казанський вертолітний завод')?.mentions.length, 2);
});

// The round on unseen53's first run.

test('an object pronoun before the verb puts the subject after it ("після того, як його помилував президент США …")', () => {
  const a = analyse('Колишній президент Гондурасу Хуан Орландо Ернандес, засуджений у США до 45 років ув’язнення, у понеділок вийшов з в’язниці після того, як його помилував президент США Дональд Трамп.');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.source), ['Дональд Трамп']);
  assert.deepEqual(names(a, e.target), ['Хуан Орландо Ернандес']);
  // (a host's "де його прийняв …" stays the visit's host)
  const b = analyse('Президент Сирії Ахмед аш-Шараа в понеділок прибув із візитом до Вашингтона, де його прийняв у Білому домі президент США Дональд Трамп.');
  assert.equal(b.events.filter((x) => x.type === 'CONSULT').length, 1);
});

test('praise of a two-sided act named again by its noun is aimed at both its sides ("привітав підписання угоди")', () => {
  const a = analyse(
    'Прем’єр-міністр Великої Британії Кір Стармер і прем’єр-міністр Маврикію Навінчандра Рамгулам учора підписали угоду про архіпелаг. '
    + 'Водночас Лондон зберігає в оренді військову базу на острові. '
    + 'Державний секретар США Марко Рубіо привітав підписання угоди.',
  );
  assert.deepEqual(names(a, only(a, 'SUPPORT').target).sort(), ['Кір Стармер', 'Навінчандра Рамгулам'].sort());
});

test('a call a body makes on its own state\'s people has no target ("Посольство США … закликало американців")', () => {
  const a = analyse('Посольство США в Малі вчора закликало американців «негайно виїхати» з країни.');
  assert.deepEqual(only(a, 'REQUEST').target, []);
});

test('custody ordered with its object before it ("помістив … Жаїра Болсонару під домашній арешт") and a boycott', () => {
  const a = analyse('Суддя Верховного федерального суду Бразилії Алешандре де Мораес у понеділок помістив колишнього президента країни Жаїра Болсонару під домашній арешт.');
  const e = only(a, 'COERCE');
  assert.deepEqual(names(a, e.source), ['Алешандре де Мораес']);
  assert.deepEqual(names(a, e.target), ['Жаїр Болсонару']);
  const b = analyse('Опозиція Венесуели бойкотувала парламентські вибори.');
  assert.equal(only(b, 'PROTEST').type, 'PROTEST');
});
