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

// Stop 33's second round, on unseen66's first run.

test('a verb coordinated after a charge\'s content is the charge\'s too, no act of its own', () => {
  const a = analyse('Прем’єр Угорщини звинуватив Єврокомісію в тому, що вона «провалила» міграційну політику і вимагала від Будапешта «непомірних» штрафів.');
  assert.equal(a.events.filter((e) => e.type === 'REQUEST').length, 0);
});

test('"того ж дня" in a past clause is not the day to come named just before it', () => {
  const a = analyse('Президент Аргентини Хав’єр Мілей у понеділок підписав указ про вихід країни зі Світової організації торгівлі. Рішення набуде чинності 1 березня 2026 року. Того ж дня Мілей ухвалив рішення вивести країну з Паризької угоди.', '2025-02-11');
  const t = a.times.find((x) => x.text === 'Того ж дня');
  assert.equal(t?.value?.start, '2025-02-10');
});

test('a leader who takes "країну" out of an agreement has his state leave it', () => {
  const a = analyse('Президент Аргентини Хав’єр Мілей учора вирішив вивести країну з Паризької угоди про клімат.', '2025-02-11');
  const e = only(a, 'RETREAT');
  assert.deepEqual(names(a, e.source), ['Аргентина']);
  assert.deepEqual(names(a, e.target), ['Паризька угода']);
});

test('agreeing to stop one\'s attacks is a concession to the state attacked', () => {
  const a = analyse('Під час переговорів Путін погодився на тиждень припинити удари по портах України.', '2025-04-02');
  const e = only(a, 'CONCEDE');
  assert.deepEqual(names(a, e.source), ['Володимир Путін']);
  assert.deepEqual(names(a, e.target), ['Україна']);
});

test('a state\'s demonym and "політикиня" stand for the person of that state introduced with the demonym in her title', () => {
  const a = analyse('Суд у Римі виправдав лідерку італійських правих Джорджу Мелоні. Прем’єр Угорщини Віктор Орбан привітав італійську політикиню з перемогою.', '2025-04-02');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['Джорджа Мелоні']);
});

test('a form future by its ending is planned whatever the verb\'s aspects; a plan and a denial of another act are two acts', () => {
  const a = analyse('За словами канцлера, Німеччина фінансуватиме ремонт української техніки. Водночас він заперечив, що Берлін ухвалив рішення передати Україні ракети Taurus.', '2025-05-28');
  const aid = a.events.filter((e) => e.type === 'AID');
  assert.deepEqual(aid.map((e) => e.modality).sort(), ['denied', 'planned']);
});

test('two titled persons, the second title\'s remit coordinated inside, sign with each other', () => {
  const a = analyse('Міністр економіки Японії Кента Ісіхара і міністр торгівлі та промисловості Індії Піюш Гоял підписали угоду про інвестиції.');
  const e = only(a, 'AGREE');
  assert.deepEqual(names(a, e.source), ['Кента Ісіхара']);
  assert.deepEqual(names(a, e.target), ['Піюш Гоял']);
});

test('a during-phrase names a visit told before by another side: no new visit; the talks behind an agreement are none, nor date it', () => {
  const a = analyse('Президент Бразилії Лула да Сілва учора відвідав Японію. Під час візиту міністр торгівлі Японії Кента Ісіхара і міністр торгівлі Бразилії Жералду Алкмін підписали угоду про торгівлю, переговори про яку тривали з 2021 року.', '2025-03-27');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 1);
  const e = only(a, 'AGREE');
  assert.equal(e.date?.start, '2025-03-26');
});

test('a government named by its head is the head\'s state\'s; a demand made "від уряду" of him is his', () => {
  const a = analyse('Канцлер Німеччини Олаф Шольц представив бюджет. Лідер опозиції Фрідріх Мерц розкритикував уряд Шольца за бюджет.');
  assert.deepEqual(names(a, only(a, 'ACCUSE').target), ['Уряд Німеччини']);
});

test('a court\'s ban on a side named in the dative is a coercion', () => {
  const a = analyse('Адміністративний суд Відня вчора заборонив компанії Wienhotel приймати нових гостей.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'COERCE').target), ['Wienhotel']);
});

test('protests of a plural noun of people are theirs, and what they demand in a relative clause is the protests\' aim', () => {
  const a = analyse('У Брно вже тиждень тривають протести місцевих фермерів, які вимагають знизити податки.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'PROTEST').source), ['місцеві фермери']);
  assert.equal(a.events.filter((e) => e.type === 'REQUEST').length, 0);
});

test('a police named with a region after it is that body', () => {
  const a = analyse('Поліція Баварії стягнула до міста додаткові сили.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Поліція Баварії']);
});

test('residents named with a genitive of common words after them are the group called on', () => {
  const a = analyse('Очільник Сумської обласної адміністрації закликав жителів прикордонних громад виїхати.');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), ['жителі прикордонних громад']);
});

test('aid to be spent in an oblast goes to that oblast; an oblast that receives power plants receives aid', () => {
  const a = analyse('Данія до кінця року виділить 20 мільйонів доларів на відбудову житла в громадах Херсонської області.', '2026-01-14');
  assert.deepEqual(names(a, only(a, 'AID').target), ['Херсонська область']);
  const b = analyse('До кінця жовтня Миколаївська область отримає від Данії дві мобільні електростанції.', '2025-09-03');
  const e = only(b, 'AID');
  assert.deepEqual(names(b, e.source), ['Данія']);
  assert.equal(e.mode, 'humanitarian');
});

// Stop 33's third round, on unseen67's first run.

test('a summit held "за участі" named persons has them as its partners', () => {
  const a = analyse('Прем’єр-міністр Італії Джорджа Мелоні сьогодні провела в Римі саміт щодо міграції за участі президента Франції Емманюеля Макрона та канцлера Німеччини Фрідріха Мерца.', '2025-06-02');
  assert.deepEqual(names(a, only(a, 'CONSULT').target), ['Емманюель Макрон', 'Фрідріх Мерц']);
});

test('a visit to a place where a named person met the visitors is a visit to that person', () => {
  const a = analyse('Прем’єр-міністр Канади Марк Карні вчора прибув до Варшави, де його зустрів президент Польщі Кароль Навроцький.', '2025-09-10');
  assert.deepEqual(names(a, only(a, 'CONSULT').target), ['Кароль Навроцький']);
});

test('the call of a resolution a body adopted, told in a relative clause, is that body\'s — no agreement of its own', () => {
  const a = analyse('Рада Безпеки ООН учора ухвалила резолюцію, підготовлену Францією, яка закликає Ізраїль негайно відкрити гуманітарні коридори.', '2025-06-02');
  const e = only(a, 'REQUEST');
  assert.deepEqual(names(a, e.source), ['Рада Безпеки ООН']);
  assert.deepEqual(names(a, e.target), ['Ізраїль']);
  assert.equal(a.events.filter((x) => x.type === 'AGREE').length, 0);
});

test('a body that obliges a named company to act coerces it; an order to leave the country is no coercion of its own', () => {
  const a = analyse('Авіаційне агентство Бразилії зобов’язало компанію Embraer перевірити всі літаки.', '2025-06-13');
  assert.deepEqual(names(a, only(a, 'COERCE').target), ['Embraer']);
  const b = analyse('Міністр оголосив посла персоною нон грата й зобов’язав його залишити країну.', '2025-06-13');
  assert.equal(b.events.filter((e) => e.type === 'COERCE').length, 0);
});

test('condolences to the families of the dead are theirs; an assurance to a people beside them is to that people', () => {
  const a = analyse('Прем’єр-міністр Канади Марк Карні висловив співчуття родинам загиблих.', '2025-06-13');
  assert.deepEqual(names(a, only(a, 'SUPPORT').target), ['родини загиблих']);
  const b = analyse('Прем’єр-міністр Канади Марк Карні висловив співчуття родинам загиблих і запевнив українців у своїй підтримці.', '2025-06-13');
  assert.deepEqual(names(b, only(b, 'SUPPORT').target), ['Україна']);
});

test('a meeting noun the meeting verb before it was held at is the same meeting', () => {
  const a = analyse('Президент Бразилії Лула да Сілва сьогодні зустрівся в Делі з прем’єром Індії Нарендрою Моді на саміті, приуроченому до річниці відносин між Бразилією та Індією.', '2025-08-29');
  assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 1);
});

test('what a purpose clause after a call seeks is no act; a demand\'s owner between the refusal and the demanded act leaves it the demand\'s', () => {
  const a = analyse('Прем’єр Іспанії закликав Пекін використати свій вплив, щоб Росія погодилася на перемир’я.', '2025-07-24');
  assert.equal(a.events.filter((e) => e.type === 'AGREE').length, 0);
  const b = analyse('Китай відкинув вимогу Токіо скасувати обмеження на експорт.', '2025-07-24');
  assert.equal(b.events.filter((e) => e.type === 'CONCEDE').length, 0);
});

test('"місто" right after an attack verb is the town named before', () => {
  const a = analyse('Українські підрозділи в неділю залишили Часів Яр. Російські війська з початку року штурмували місто з трьох напрямків.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Часів Яр']);
});

test('a refinery named by its town\'s adjective the tagger read as a surname is one target', () => {
  const a = analyse('Дрони вночі атакували Новокуйбишевський нафтопереробний завод.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Новокуйбишевський нафтопереробний завод']);
});

test('a company\'s name run into the name of its head after it is the company and the person', () => {
  const a = analyse('Канада запровадила персональні санкції проти генерального директора концерну Калашников Олега Петрова.', '2025-08-20');
  assert.deepEqual(names(a, only(a, 'SANCTION').target), ['Олег Петров']);
});

test('a credit line opened to a named side is economic aid', () => {
  const a = analyse('Міністерство фінансів Японії відкрило Центральному банку Індонезії кредитну лінію на 5 мільярдів доларів.', '2025-10-27');
  const e = only(a, 'AID');
  assert.deepEqual(names(a, e.target), ['Центральний банк Індонезії']);
  assert.equal(e.mode, 'economic');
});

test('residents named with villages and the community they are in are the group called on', () => {
  const a = analyse('Начальник обласної адміністрації закликав жителів сіл Лиманської громади негайно евакуюватися.', '2025-10-27');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), ['жителі сіл Лиманської громади']);
});

// Stop 33's fourth round, on unseen68's first run.

test('a court\'s sentence with its term after a long title is a coercion, not a condemnation', () => {
  const a = analyse('Суд Косова вчора засудив колишнього голову парламенту Республіки Косово Агима Гашія до двох років позбавлення волі.', '2025-02-27');
  assert.equal(only(a, 'COERCE').target.length, 1);
  assert.equal(a.events.filter((e) => e.type === 'ACCUSE').length, 0);
});

test('an attack on positions with the place they are at named after them is an attack on that place', () => {
  const a = analyse('Російські війська атакували позиції ЗСУ в районі Покровська з кількох напрямків.', '2025-03-15');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Покровськ']);
});

test('an infinitive further on in a purpose clause is what is sought, no act', () => {
  const a = analyse('Президент закликав Індію використати свій вплив, щоб переконати Москву погодитися на перемир’я.', '2025-04-25');
  assert.equal(a.events.filter((e) => e.type === 'AGREE').length, 0);
});

test('a plant\'s span run over the place it stands in ends at the preposition', () => {
  const a = analyse('Дрони вночі атакували Рязанський нафтопереробний завод у Рязанській області Росії.', '2025-01-29');
  assert.deepEqual(names(a, only(a, 'ASSAULT').target), ['Рязанський нафтопереробний завод']);
});

test('fire groups and rescue teams moved are a mobilisation', () => {
  const a = analyse('Повітряні сили ЗСУ перекинули на Волинь додаткові мобільні вогневі групи.', '2025-08-22');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Повітряні сили ЗСУ']);
});

test('a subject set off by an apposition between commas is its verb\'s: a crowd so named has no side', () => {
  const a = analyse('У суботу в Белграді тисячі людей, переважно студенти, вийшли на марш протесту проти уряду.', '2025-10-17');
  assert.deepEqual(only(a, 'PROTEST').source, []);
});

test('a humanitarian corridor not opened is a concession denied', () => {
  const a = analyse('Бойовики досі не відкрили гуманітарного коридору для виходу цивільних.', '2025-10-29');
  const e = only(a, 'CONCEDE');
  assert.equal(e.negated, true);
});

// Stop 33's fifth round, on unseen69's first run.

test('a right taken away by authority is a coercion', () => {
  const a = analyse('Міністерство освіти Угорщини вчора позбавило Центральноєвропейський університет права видавати дипломи.', '2025-05-23');
  assert.equal(only(a, 'COERCE').target.length, 1);
});

test('demands of an administration named by its head are that state\'s government\'s, over a request told before', () => {
  const a = analyse('Міністерка Крісті Ноем зажадала від Єльського університету передати записи. Ще в квітні Єльський університет відкинув вимоги адміністрації Дональда Трампа змінити правила прийому.', '2025-05-23');
  assert.deepEqual(names(a, only(a, 'REJECT').target), ['Адміністрація США']);
});

test('protests of a movement named after "руху" are its; its participants\' demand is the protests\' aim', () => {
  const a = analyse('У Лімі з минулої суботи тривають протести руху GenZ 51, учасники яких вимагають від уряду відставки.', '2025-10-03');
  const e = only(a, 'PROTEST');
  assert.deepEqual(names(a, e.source), ['GenZ 51']);
  assert.equal(a.events.filter((x) => x.type === 'REQUEST').length, 0);
});

test('a protest named by its noun with no side named has none, not its place', () => {
  const a = analyse('У Тбілісі та інших містах Грузії з неділі тривають протести проти уряду.', '2025-10-31');
  assert.deepEqual(only(a, 'PROTEST').source, []);
});

test('a bare army is its state\'s armed forces; a curfew imposed is a coercion', () => {
  const a = analyse('У Найробі поліція запровадила комендантську годину. Учора армія вивела на вулиці Найробі бронетехніку.', '2025-10-31');
  assert.equal(only(a, 'COERCE').trigger.text, 'запровадила');
  assert.deepEqual(names(a, only(a, 'MOBILIZE').source), ['Збройні сили Кенії']);
});

test('aid "кожній родині загиблих" is to the families', () => {
  const a = analyse('Уряд Польщі виділить по мільйону злотих кожній родині загиблих.', '2025-11-19');
  assert.deepEqual(names(a, only(a, 'AID').target), ['родини загиблих']);
});

// Stop 33's sixth round, on unseen70's first run.

test('a call on the followers of a party named after them is on that group', () => {
  const a = analyse('Президент закликав прихильників Партії Конгресу Малаві зберігати спокій.', '2025-09-24');
  assert.deepEqual(names(a, only(a, 'REQUEST').target), ['прихильники Партії Конгресу Малаві']);
});
