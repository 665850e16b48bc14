/**
 * Stop 32's name, date and speaker rules, on sentences and token runs written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { datesOutOfOrgs, namesBeforePersons, numberedUnits } from '../../../src/nlp/ner/ner.js';
import { canonicalName } from '../../../src/nlp/resolve/index.js';
import type { Token } from '../../../src/types.js';
import { speakerOf } from './helpers.js';

const pipeline = createPipeline();
const analyze = (text: string, date = '2025-06-12') => pipeline.analyze({ id: 't', date, lang: 'uk', text });
const tok = (text: string, lemma: string, tag: string, pos = 'PROPN') => ({ text, lemma, tag, pos });

test('a name span the model ran over "наступного тижня" ends before it; a date span keeps it', () => {
  const toks = [
    tok('Велика', 'великий', 'adj:f:v_naz', 'ADJ'), tok('Британія', 'Британія', 'noun:inanim:f:v_naz:prop:geo'),
    tok('наступного', 'наступний', 'adj:m:v_rod', 'ADJ'), tok('тижня', 'тиждень', 'noun:inanim:m:v_rod', 'NOUN'),
    tok('до', 'до', 'prep', 'ADP'), tok('кінця', 'кінець', 'noun:inanim:m:v_rod', 'NOUN'),
    tok('наступного', 'наступний', 'adj:m:v_rod', 'ADJ'), tok('тижня', 'тиждень', 'noun:inanim:m:v_rod', 'NOUN'),
  ];
  const out = datesOutOfOrgs([{ start: 0, end: 4, type: 'ORG' }, { start: 4, end: 8, type: 'DATE' }], toks);
  assert.deepEqual(out, [{ start: 0, end: 2, type: 'ORG' }, { start: 4, end: 8, type: 'DATE' }]);
});

test('a unit known by its five-digit number is an organisation; a number span begun on it gives it up', () => {
  const toks = [
    tok('військовою', 'військовий', 'adj:f:v_oru', 'ADJ'), tok('частиною', 'частина', 'noun:inanim:f:v_oru', 'NOUN'),
    tok('26165', '26165', 'number', 'NUM'), tok('російського', 'російський', 'adj:n:v_rod', 'ADJ'), tok('ГРУ', 'ГРУ', 'noun:inanim:n:v_rod:nv:abbr'),
  ];
  const out = numberedUnits([{ start: 2, end: 5, type: 'MON' }], toks);
  assert.deepEqual(out, [{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'ORG' }]);
  const a = analyze('Британія запровадила санкції проти командира частини 26165.');
  assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name === 'військова частина 26165'), a.entities.map((e) => e.name).join('; '));
});

test('a title\'s body run on into the holder\'s name gives the name to a person', () => {
  const toks = [
    tok('Ради', 'рада', 'noun:inanim:f:v_rod', 'NOUN'), tok('Європи', 'Європа', 'noun:inanim:f:v_rod:prop:geo'),
    tok('з', 'з', 'prep', 'ADP'), tok('прав', 'право', 'noun:inanim:p:v_rod', 'NOUN'), tok('людини', 'людина', 'noun:anim:f:v_rod', 'NOUN'),
    tok('Шон', 'Шон', 'noun:anim:m:v_naz:prop:fname'), tok('О’Коннор', 'О’Коннор', 'noun:anim:m:v_naz:prop:lname'),
  ];
  assert.deepEqual(namesBeforePersons([{ start: 0, end: 7, type: 'ORG' }], toks), [{ start: 0, end: 5, type: 'ORG' }, { start: 5, end: 7, type: 'PERS' }]);
});

test('a town\'s genitive written out in the gazetteer is the town, not a first name before the mayor\'s', () => {
  const a = analyze('«Місто вистоїть», – сказав міський голова Сум Олексій Іваненко.');
  const names = a.entities.map((e) => `${e.type} ${e.name}`);
  assert.ok(names.includes('PERS Олексій Іваненко'), names.join('; '));
  assert.ok(names.includes('LOC Суми'), names.join('; '));
});

test('a first name read as a thing\'s genitive in "-у" before an indeclinable surname is a name in "-а"', () => {
  const text = 'співака Паату Бурчуладзе';
  const toks = [
    { text: 'Паату', lemma: 'Паат', tag: 'noun:inanim:m:v_rod:prop', start: 8, end: 13, kind: 'word' },
    { text: 'Бурчуладзе', lemma: 'Бурчуладзе', tag: 'noun:anim:m:v_naz:nv:prop:lname', start: 14, end: 24, kind: 'word' },
  ] as unknown as Token[];
  assert.equal(canonicalName(toks, 'PERS', text, 'v_rod'), 'Паата Бурчуладзе');
});

test('"того ж дня" is the day of the event told before, not the day a count stands "as of"', () => {
  const a = analyze('Росія вчора атакувала Черкаси ракетами. Станом на сьогодні відомо про 12 загиблих. Того ж дня президент провів нараду з військовими.');
  const same = a.times.find((t) => t.text === 'Того ж дня');
  assert.equal(same?.value?.start, '2025-06-11');
});

test('a party\'s one-word name after "партії" is no part of its leader\'s name', () => {
  const a = analyze('Лідер партії Реформ Найджел Фарадж розкритикував прем’єра.');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Найджел Фарадж'), a.entities.map((e) => e.name).join('; '));
});

test('"Єврокомісарка" is a title: the name after it is kept as written', () => {
  const a = analyze('Єврокомісарка з питань рівності Хаджа Лахбіб, яка йшла в колоні разом із євродепутатами, подякувала організаторам.');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Хаджа Лахбіб'), a.entities.map((e) => e.name).join('; '));
});

test('a start at a season with no year is the nearest such season the clause points to', () => {
  const a = analyze('З літа Данія передаватиме Україні винищувачі.', '2026-03-17');
  assert.deepEqual(a.times.map((t) => [t.text, t.value?.start, t.value?.end]), [['З літа', '2026-06-01', '2026-08-31']]);
});

test('a title and demonym find the person whose post the knowledge base records, named with a shared title', () => {
  const text = 'Засідання провели міністри оборони Великої Британії та Німеччини Джон Гілі й Борис Пісторіус. «Кожен комплекс рятує міста», – наголосив німецький міністр.';
  assert.equal(speakerOf(text, 'Кожен комплекс'), 'Борис Пісторіус');
});
