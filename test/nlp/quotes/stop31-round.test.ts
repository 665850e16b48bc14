/**
 * Stop 31's speaker, name and date rules, on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { speakerOf } from './helpers.js';

const pipeline = createPipeline();
const analyze = (text: string, date = '2025-06-12') => pipeline.analyze({ id: 't', date, lang: 'uk', text });
const entities = (text: string): string[] => analyze(text).entities.map((e) => `${e.type} ${e.name}`);

test('"де" after a comma opens a relative clause, no name particle ("партії, де Озель …")', () => {
  const names = entities('Учора відбувся з’їзд Республіканської народної партії, де Озель переміг без конкурентів.');
  assert.ok(names.includes('PERS Озель'));
  assert.ok(!names.some((n) => n.includes('де Озель')));
  assert.ok(entities('Спецпосланець ООН Стаффан де Містура прибув до Дамаска.').includes('PERS Стаффан де Містура'));
});

test('an adverbial participle\'s phrase between a speaker and the verb names no place as the speaker', () => {
  const text = 'Прем’єр-міністр Угорщини Віктор Орбан, виступаючи в Дебрецені, назвав рішення Брюсселя «помилкою».';
  assert.equal(speakerOf(text, 'помилкою'), 'Віктор Орбан');
});

test('a first name read in another case is still the person named with it before ("Пхумтхам наголосив")', () => {
  const text = 'Прем’єр-міністр Малайзії учора прийняв прем’єр-міністра Таїланду Пхумтхама Вечаячая. Пхумтхам наголосив, що переговори тривають.';
  assert.equal(speakerOf(text, 'переговори тривають'), 'Пхумтхам Вечаячай');
});

test('a mission named with its remit and the place it serves is one body', () => {
  const names = entities('Про це повідомили в Місії ООН з підтримки в Лівії.');
  assert.ok(names.includes('ORG Місія ООН з підтримки в Лівії'), names.join('; '));
});

test('a tribunal named with its state after its remit is one body', () => {
  assert.ok(entities('Трибунал з міжнародних злочинів Бангладеш оголосив вирок.').includes('ORG Трибунал з міжнародних злочинів Бангладеш'));
});

test('two unknown capitalised words after a nominative title, in its case, are a person', () => {
  const text = 'Радник уряду з правових питань Асіф Назрул відкинув критику, заявивши, що вирок «ухвалено законно».';
  assert.equal(speakerOf(text, 'ухвалено законно'), 'Асіф Назрул');
});

test('one place\'s form read two ways is the place the knowledge base finds for its other mentions', () => {
  const a = analyze('Повстанці захопили частину Гоми. У Гомі тривають бої.');
  const goma = a.entities.filter((e) => e.type === 'LOC' && e.name.startsWith('Гом'));
  assert.deepEqual(goma.map((e) => e.name), ['Гома']);
});

test('a weekday and the date after it are one expression with the date\'s value', () => {
  const t = (text: string) => Object.fromEntries(analyze(text, '2026-04-14').times.map((x) => [x.text, x.value ? `${x.value.start}..${x.value.end}` : 'null']));
  assert.deepEqual(t('Засідання відбудеться у вівторок, 21 квітня.'), { 'у вівторок, 21 квітня': '2026-04-21..2026-04-21' });
  assert.deepEqual(t('Влада оголосила п’ятницю, 17 квітня, днем жалоби.'), { 'п’ятницю, 17 квітня': '2026-04-17..2026-04-17' });
});

test('an unknown word is never guessed as a personal pronoun', async () => {
  const { analyzeWord } = await import('../../../src/nlp/morph/index.js');
  assert.ok(!analyzeWord('Пхумтхам').some((a) => a.tag.includes(':pron:pers')));
  assert.ok(analyzeWord('нам').some((a) => a.tag.includes(':pron:pers')));
});

test('a body opening the sentence with its remit is one organisation ("Вище … командування з відновлення порядку")', () => {
  const names = entities('Вище військове командування з відновлення порядку вчора розпустило уряд.');
  assert.ok(names.includes('ORG Вище військове командування з відновлення порядку'), names.join('; '));
});

test('"повідомили в розвідці X" is the intelligence service of X', () => {
  const text = 'Росія перекинула до кордону нову бригаду, повідомили в розвідці Сил оборони Естонії.';
  assert.equal(speakerOf(text, 'Росія перекинула до кордону нову бригаду'), 'Розвідка Сил оборони Естонії');
});

test('a common adjective after a person\'s name opens a name of its own ("… Нікола Пашиняна | Громадянський договір")', async () => {
  const { trimPersonTails, completePersonNames } = await import('../../../src/nlp/ner/ner.js');
  const toks = [
    { text: 'Нікола', lemma: 'Нікола', tag: 'noun:anim:m:v_rod:prop:fname', pos: 'PROPN' },
    { text: 'Пашиняна', lemma: 'Пашинян', tag: 'noun:anim:m:v_rod:prop:lname', pos: 'PROPN' },
    { text: 'Громадянський', lemma: 'громадянський', tag: 'adj:m:v_naz', pos: 'ADJ' },
    { text: 'договір', lemma: 'договір', tag: 'noun:inanim:m:v_naz', pos: 'NOUN' },
  ];
  assert.deepEqual(trimPersonTails([{ start: 0, end: 3, type: 'PERS' }], toks), [{ start: 0, end: 2, type: 'PERS' }]);
  assert.deepEqual(completePersonNames([{ start: 0, end: 2, type: 'PERS' }], toks, []), [{ start: 0, end: 2, type: 'PERS' }]);
});

test('a day\'s number ending a name opens the dates after it; a body\'s abbreviation before two name words is no part of the person', () => {
  const a = analyze('Генеральний секретар ООН Антоніу Гутерреш 5 і 6 травня провів у Женеві консультації.', '2026-05-07');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Антоніу Гутерреш'), a.entities.map((e) => e.name).join('; '));
  assert.ok(a.times.some((t) => t.text === '5 і 6 травня'));
});
