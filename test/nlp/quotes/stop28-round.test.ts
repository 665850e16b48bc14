/**
 * Stop 28's speaker rule, on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers.js';

test('a cue in a relative clause after a preposition ("після якої заявив") has the subject of the verb before it', () => {
  const text = 'Президент Польщі Кароль Навроцький учора провів переговори з віцепрезидентом США Джей Ді Венсом, '
    + 'після яких заявив, що Варшава отримає «нові гарантії безпеки».';
  assert.equal(speakerOf(text, 'нові гарантії безпеки'), 'Кароль Навроцький');
});

test('"Він" opening the sentence after a direct quote is that quote\'s speaker, not the last subject named', () => {
  const text = 'Прем’єр Норвегії Йонас Гар Стере і президент Володимир Зеленський підписали в Осло угоду про виробництво дронів. '
    + '«Норвегія стоїть з Україною стільки, скільки буде потрібно», – сказав норвезький прем’єр на пресконференції. '
    + 'Він також повідомив, що Осло наступного місяця передасть Києву ще дві батареї NASAMS.';
  assert.equal(speakerOf(text, 'Осло наступного місяця передасть'), 'Йонас Гар Стере');
});

test('a surname after a lower-case particle, missed by the model, is the person named in full', () => {
  const text = 'Міністр закордонних справ Катару Мухаммед аль-Хулаїфі сьогодні провів переговори в Дамаску. '
    + '«Ми готові й далі бути посередниками», – сказав аль-Хулаїфі.';
  assert.equal(speakerOf(text, 'Ми готові й далі'), 'Мухаммед аль-Хулаїфі');
});

test('an abbreviation in capitals is no verb ("Президент ПАР …", not the imperative of "парити")', () => {
  const text = 'Президент ПАР Сиріл Рамафоса привітав колегу з перемогою, назвавши Ботсвану «надійним сусідом».';
  assert.equal(speakerOf(text, 'надійним сусідом'), 'Сиріл Рамафоса');
});

test('a name after a title with its remit and state is a person, though the model read it as a place', () => {
  const text = '«Ми закриємо порти для цих суден», – заявила міністерка рибальства та океанів Норвегії Маріанне Сівертсен Нес.';
  assert.equal(speakerOf(text, 'Ми закриємо порти'), 'Маріанне Сівертсен Нес');
});

test('"відповісти" as a deed to come is no cue: the quote after it is the words of the one who speaks before', () => {
  const text = 'Посол Ірану в Берліні Махмуд Фараджі пригрозив, що Тегеран відповість на висилку дипломатів «адекватно й негайно».';
  assert.equal(speakerOf(text, 'адекватно й негайно'), 'Махмуд Фараджі');
  const text2 = 'Прем’єр Естонії Крістен Міхал закликав Брюссель і Берлін відповісти Москві «мовою сили».';
  assert.equal(speakerOf(text2, 'мовою сили'), 'Крістен Міхал');
});

test('a cue after ", і" past a complement clause speaks for the subject of the verb that clause hangs on', () => {
  const text = 'Речник Кремля Дмитро Пєсков заявив, що Москва не визнає нових обмежень, і пригрозив Вільнюсу «асиметричною відповіддю».';
  assert.equal(speakerOf(text, 'асиметричною відповіддю'), 'Дмитро Пєсков');
});

test('"після чого заявив" speaks for the subject of the verb before the comma', () => {
  const text = 'Прем’єр Малайзії Анвар Ібрагім учора поговорив телефоном із прем’єром В’єтнаму Фам Мінь Чіном, '
    + 'після чого заявив, що сторони готові до «негайного діалогу».';
  assert.equal(speakerOf(text, 'негайного діалогу'), 'Анвар Ібрагім');
});

test('a title with a remit no one named shares is not the holder of a bare synonym of it, but the subject before', () => {
  const text = 'Чинний канцлер Австрії Карл Нехаммер визнав поразку. Герберт Кікль відкинув пропозицію про коаліцію. '
    + '«Ми підемо на вибори ще раз, якщо буде потрібно», – наголосив лідер австрійських правих популістів.';
  assert.equal(speakerOf(text, 'Ми підемо на вибори'), 'Герберт Кікль');
});

test('"За словами X, Y запевнив, що …" is X\'s report: X speaks', () => {
  const text = 'Міністр закордонних справ Андрій Сибіга провів переговори в Бухаресті. '
    + 'За словами Сибіги, Бухарест запевнив, що українські студенти й надалі навчатимуться безкоштовно.';
  assert.equal(speakerOf(text, 'українські студенти'), 'Андрій Сибіга');
});

test('"глава уряду" is the prime minister named before; "верховний комісар" and "конгресмен" are titles too', () => {
  const text = 'Прем’єр-міністр Сербії Джуро Мацут звинуватив студентів у спробі зірвати вибори. '
    + '«Жодних позачергових виборів не буде», – додав глава уряду.';
  assert.equal(speakerOf(text, 'Жодних позачергових виборів'), 'Джуро Мацут');
  const text2 = 'Верховний комісар ООН у справах біженців Філіппо Гранді відвідав табір у Чаді. '
    + '«Світ не може відвернутися від Судану», – наголосив верховний комісар.';
  assert.equal(speakerOf(text2, 'Світ не може відвернутися'), 'Філіппо Гранді');
});

test('a cue right after ", який" speaks for the person named before the comma', () => {
  const text = 'Прем’єр Угорщини Віктор Орбан прибув до Белграда на зустріч із президентом Сербії Александаром Вучичем, '
    + 'який пообіцяв гостю «вічну дружбу».';
  assert.equal(speakerOf(text, 'вічну дружбу'), 'Александар Вучич');
});

test('an adverbial participle cue after a complement clause hangs on the verb that clause depends on', () => {
  const text = 'Речник Кремля Дмитро Пєсков заперечив, що Москва погодилася на обмін полоненими, назвавши такі повідомлення «фейками».';
  assert.equal(speakerOf(text, 'фейками'), 'Дмитро Пєсков');
});

test('"повідомили в пресслужбі відомства" is the body named before, a state\'s service over a name typed as one', () => {
  const text = 'Служба безпеки України вчора уразила дронами Керченську поромну переправу, повідомили в пресслужбі відомства.';
  assert.equal(speakerOf(text, 'Служба безпеки України вчора'), 'Служба безпеки України');
});
