import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { balanceQuotes, decode, encode, LABELS, transitionMask, NUM_LABELS } from '../../../src/nlp/ner/labels.js';
import { readNerFolder } from '../../../src/nlp/ner/corpus.js';
import { GazetteerMatcher } from '../../../src/nlp/ner/gazetteer.js';
import { bodiesOfPlaces, compassPlaces, missionsAtBodies, namesAfterTitles, splitAtKnownParts, titleAdjectives, dropPronounSpans, gazetteerMatcher, joinBodyCountry, splitAbbreviationRoles, splitAtVesselNouns, stateServices, splitCoordinatedOrgs, trimAtAdverbs, joinFirstNames, joinNameParticles, splitLeadingPlaces, splitTitles, trimPersonTails } from '../../../src/nlp/ner/ner.js';
import { scoreSpans } from '../../../src/nlp/ner/score.js';
import { shortShape } from '../../../src/nlp/ner/features.js';
import type { Document } from '../../../src/types.js';

const doc = (text: string): Document => ({ id: 't', date: '2025-03-01', lang: 'uk', text });

test('BILOU encoding round-trips spans and forbids broken sequences', () => {
  const spans = [
    { start: 0, end: 2, type: 'PERS' as const },
    { start: 3, end: 4, type: 'LOC' as const },
    { start: 5, end: 8, type: 'ORG' as const },
  ];
  const y = encode(9, spans);
  assert.deepEqual(y.map((l) => LABELS[l]), ['B-PERS', 'L-PERS', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
  assert.deepEqual(decode(y), spans);
  const mask = transitionMask();
  const B = LABELS.indexOf('B-PERS');
  const I = LABELS.indexOf('I-PERS');
  const L = LABELS.indexOf('L-PERS');
  assert.equal(mask[B * NUM_LABELS + I], 1);
  assert.equal(mask[B * NUM_LABELS + L], 1);
  assert.equal(mask[B * NUM_LABELS + 0], 0, 'B must be continued');
  assert.equal(mask[0 * NUM_LABELS + I], 0, 'I cannot follow O');
  assert.equal(mask[NUM_LABELS * NUM_LABELS + L], 0, 'no L at the sentence start');
  assert.equal(mask[B * NUM_LABELS + LABELS.indexOf('L-ORG')], 0, 'types cannot change inside a span');
});

test('spans take the closing quote they opened and leave out one they did not', () => {
  const forms = ['ТОВ', '«', 'Ранок', '»', 'і', 'партія', '«', 'Світло', '»', 'та', '«', 'Вечір'];
  const out = balanceQuotes(
    [
      { start: 0, end: 3, type: 'ORG' },
      { start: 7, end: 9, type: 'ORG' },
      { start: 10, end: 12, type: 'ART' },
    ],
    forms,
  );
  assert.deepEqual(out.map((s) => forms.slice(s.start, s.end).join(' ')), ['ТОВ « Ранок »', 'Світло', 'Вечір']);
});

test('name particles join a person; a leading country leaves a person span', () => {
  const forms = ['з', 'Урсулою', 'фон', 'дер', 'Ляєн', 'і', 'Франції', 'Емманюель', 'Макрон'];
  const joined = joinNameParticles(
    [
      { start: 1, end: 2, type: 'PERS' },
      { start: 4, end: 5, type: 'PERS' },
      { start: 6, end: 9, type: 'PERS' },
    ],
    forms,
  );
  assert.deepEqual(joined.map((s) => forms.slice(s.start, s.end).join(' ')), ['Урсулою фон дер Ляєн', 'Франції Емманюель Макрон']);
  const a = createPipeline(['segment', 'tag']).analyze(doc(forms.join(' ')));
  const matches = gazetteerMatcher().match(a.tokens.map((t) => ({ text: t.text, lemma: t.lemma })));
  const split = splitLeadingPlaces(joined, matches);
  assert.deepEqual(split.map((s) => `${s.type}:${forms.slice(s.start, s.end).join(' ')}`), ['PERS:Урсулою фон дер Ляєн', 'LOC:Франції', 'PERS:Емманюель Макрон']);
});

test('a first name read as a place joins the surname after it; a place before a person stays', () => {
  const toks = [
    { text: 'радник', lemma: 'радник', tag: 'noun:anim:m:v_naz', pos: 'NOUN' },
    { text: 'Володимир', lemma: 'Володимир', tag: 'noun:anim:m:v_naz:prop:fname', pos: 'PROPN' },
    { text: 'Стельмах', lemma: 'Стельмах', tag: 'noun:anim:m:v_naz:prop:lname', pos: 'PROPN' },
    { text: 'і', lemma: 'і', tag: 'conj:coord', pos: 'CCONJ' },
    { text: 'Полтава', lemma: 'Полтава', tag: 'noun:inanim:f:v_naz:prop:geo', pos: 'PROPN' },
    { text: 'Іван', lemma: 'Іван', tag: 'noun:anim:m:v_naz:prop:fname', pos: 'PROPN' },
    { text: 'Гнатюк', lemma: 'Гнатюк', tag: 'noun:anim:m:v_naz:prop:lname', pos: 'PROPN' },
  ];
  const out = joinFirstNames([{ start: 1, end: 2, type: 'LOC' }, { start: 2, end: 3, type: 'PERS' }, { start: 4, end: 5, type: 'LOC' }, { start: 5, end: 7, type: 'PERS' }], toks);
  assert.deepEqual(out, [{ start: 1, end: 3, type: 'PERS' }, { start: 4, end: 5, type: 'LOC' }, { start: 5, end: 7, type: 'PERS' }]);
  // through the pipeline: the town Володимир is in the gazetteer, and the name comes out whole
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Помічник прем’єра Молдови Володимир Стельмах відкинув ці закиди.'));
  assert.ok(a.mentions.some((m) => m.type === 'PERS' && m.text === 'Володимир Стельмах'), JSON.stringify(a.mentions));
  // "Франції" reads as a first name too, but in the genitive before a nominative name it is the country
  const b = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Прем’єр Франції Анрі Дюваль прибув до Києва.'));
  assert.ok(b.mentions.some((m) => m.type === 'LOC' && m.text === 'Франції'), JSON.stringify(b.mentions));
});

test('a span of pronouns alone is no entity, in the rule and through the pipeline', () => {
  const toks = [
    { text: 'Тим', lemma: 'той', tag: 'adj:m:v_oru:pron:dem', pos: 'DET' },
    { text: 'часом', lemma: 'час', tag: 'noun:inanim:m:v_oru', pos: 'NOUN' },
    { text: 'Львів', lemma: 'Львів', tag: 'noun:inanim:m:v_naz:prop:geo', pos: 'PROPN' },
  ];
  const kept = dropPronounSpans([{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 3, type: 'LOC' }], toks);
  assert.deepEqual(kept, [{ start: 2, end: 3, type: 'LOC' }]);
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Тим часом Херсон знову обстріляли з артилерії.'));
  assert.ok(!a.mentions.some((m) => m.text === 'Тим'), JSON.stringify(a.mentions));
  assert.ok(a.mentions.some((m) => m.text === 'Херсон' && m.type === 'LOC'), JSON.stringify(a.mentions));
});

test('shapes and strict scoring', () => {
  assert.equal(shortShape('Київ'), 'Xx');
  assert.equal(shortShape('НАТО'), 'X');
  assert.equal(shortShape('2025'), 'd');
  assert.equal(shortShape('Ф-16'), 'X-d');
  const s = scoreSpans([[{ start: 0, end: 2, type: 'PERS' }, { start: 4, end: 5, type: 'LOC' }]], [[{ start: 0, end: 2, type: 'PERS' }, { start: 4, end: 6, type: 'LOC' }]]);
  assert.equal(s.micro.tp, 1);
  assert.equal(s.micro.p, 0.5);
  assert.equal(s.perType.PERS.f, 1);
  assert.equal(s.perType.LOC.f, 0);
});

test('NER-UK reader: code-point offsets, outermost spans, continuation lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'litopys-ner-'));
  try {
    // written for this test: an emoji before the entities makes code points differ from UTF-16 units
    const txt = '😀 Олена Коваль приїхала до Полтави . Наші гроші\nКиїв Міністерство освіти України відповіло .\n';
    writeFileSync(join(dir, 'a.txt'), txt);
    const cp = Array.from(txt);
    const at = (s: string): [number, number] => {
      const i = cp.join('').indexOf(s);
      const start = Array.from(txt.slice(0, i)).length;
      return [start, start + Array.from(s).length];
    };
    const [p1, p2] = at('Олена Коваль');
    const [l1, l2] = at('Полтави');
    const [o1, o2] = at('Міністерство освіти України');
    const [c1, c2] = at('України');
    const [x1] = at('Наші гроші');
    const [, x2] = at('Наші гроші\nКиїв');
    writeFileSync(
      join(dir, 'a.ann'),
      `T1\tPERS\t${p1}\t${p2}\tОлена Коваль\nT2\tLOC\t${l1}\t${l2}\tПолтави\nT3\tORG\t${o1}\t${o2}\tМіністерство освіти України\nT4\tLOC\t${c1}\t${c2}\tУкраїни\nT5\tMISC\t${x1}\t${x2}\tНаші гроші\nКиїв\n`,
    );
    const c = readNerFolder(dir);
    assert.equal(c.sentences.length, 2);
    assert.equal(c.entities, 5);
    assert.equal(c.dropped, 1, 'the span across the line break is dropped');
    assert.equal(c.nested, 1, 'Україна inside the ministry is nested');
    assert.deepEqual(c.sentences[0].spans, [
      { start: 1, end: 3, type: 'PERS' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
    assert.deepEqual(c.sentences[1].spans, [{ start: 1, end: 4, type: 'ORG' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('gazetteer matching goes through lemmas and respects capitals', () => {
  const m = new GazetteerMatcher(
    [{ id: 'gb', names: ['Велика Британія'] }, { id: 'tg', names: ['Того'] }],
    (e) => e.names,
    (name) => name.split(' ').map((w) => ({ text: w, lemma: w === 'Велика' ? 'великий' : w })),
  );
  const hits = m.match([
    { text: 'до', lemma: 'до' },
    { text: 'Великої', lemma: 'великий' },
    { text: 'Британія', lemma: 'Британія' },
    { text: 'того', lemma: 'той' },
  ]);
  assert.deepEqual(hits.map((h) => [h.start, h.end, h.entry.id]), [[1, 3, 'gb']]);
  const uk = gazetteerMatcher();
  const toks = ['у', 'Сполучених', 'Штатах', 'і', 'Харківській', 'області'].map((text) => ({ text }));
  const tagged = createPipeline(['segment', 'tag']).analyze(doc(toks.map((t) => t.text).join(' ')));
  const found = uk.match(tagged.tokens.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(found.map((h) => h.entry.id), ['country:USA', 'place:Харківська область']);
});

test('the ner component finds people, places and organisations with offsets into the original text', () => {
  const text = 'У понеділок міністр оборони Олексій Руденко прилетів до Варшави.  Там він зустрівся з представниками НАТО та Європейського Союзу.';
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc(text));
  const got = a.mentions.map((m) => `${m.type}:${m.text}`);
  assert.ok(got.includes('PERS:Олексій Руденко'), got.join(', '));
  assert.ok(got.includes('LOC:Варшави'), got.join(', '));
  assert.ok(got.includes('ORG:НАТО'), got.join(', '));
  for (const m of a.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(a.tokens[m.tokenStart].start, m.start);
    assert.equal(a.tokens[m.tokenEnd - 1].end, m.end);
    assert.equal(a.tokens[m.tokenStart].sentence, m.sentence);
  }
});

test('ner degrades on odd text instead of throwing', () => {
  const p = createPipeline(['segment', 'tag', 'ner']);
  for (const text of ['', '   ', '!!! ??? …', 'a'.repeat(500), '12 345 678 %%%']) {
    const a = p.analyze(doc(text));
    assert.ok(Array.isArray(a.mentions));
  }
});

test('an organisation span made of a country and a personal name is split ("Південної Кореї | Чо Тхе Йоль")', () => {
  const toks = [
    { text: 'Південної', lemma: 'південний', tag: 'adj:f:v_rod', pos: 'ADJ' },
    { text: 'Кореї', lemma: 'Корея', tag: 'noun:inanim:f:v_rod:prop:geo', pos: 'PROPN' },
    { text: 'Чо', lemma: 'Чо', tag: 'noun:anim:m:v_naz:nv:prop:lname', pos: 'PROPN' },
    { text: 'Тхе', lemma: 'Тхе', tag: 'noun:anim:m:v_naz:nv:prop:fname', pos: 'PROPN' },
    { text: 'Йоль', lemma: 'Йоль', tag: 'noun:inanim:m:v_naz:prop:geo', pos: 'PROPN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  const out = splitLeadingPlaces([{ start: 0, end: 5, type: 'ORG' }], matches, toks);
  assert.deepEqual(out, [{ start: 0, end: 2, type: 'LOC' }, { start: 2, end: 5, type: 'PERS' }]);
  // an organisation named after its country stays whole ("України Олімпійський комітет" has no personal name)
  const toks2 = [toks[0]!, toks[1]!, { text: 'Банк', lemma: 'банк', tag: 'noun:inanim:m:v_naz', pos: 'NOUN' }, { text: 'Розвитку', lemma: 'розвиток', tag: 'noun:inanim:m:v_rod', pos: 'NOUN' }];
  const m2 = gazetteerMatcher().match(toks2.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(splitLeadingPlaces([{ start: 0, end: 4, type: 'ORG' }], m2, toks2), [{ start: 0, end: 4, type: 'ORG' }]);
});

test('a body and its state in the genitive right after it are one organisation; not a body before a place it acts in', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Міністерство оборони Білорусі повідомило про навчання.'));
  assert.ok(a.mentions.some((m) => m.type === 'ORG' && m.text === 'Міністерство оборони Білорусі'), JSON.stringify(a.mentions));
  const toks = [
    { text: 'поліція', lemma: 'поліція', tag: 'noun:inanim:f:v_naz', pos: 'NOUN' },
    { text: 'у', lemma: 'у', tag: 'prep', pos: 'ADP' },
    { text: 'Польщі', lemma: 'Польща', tag: 'noun:inanim:f:v_mis:prop:geo', pos: 'PROPN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  const spans = [{ start: 0, end: 1, type: 'ORG' as const }, { start: 2, end: 3, type: 'LOC' as const }];
  assert.deepEqual(joinBodyCountry(spans, toks, matches, new Set(['поліція'])), spans);
});

test('a span the model cut out of a country\'s whole name becomes the country ("Об’єднаним Арабським Еміратам")', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Україна вдячна Об’єднаним Арабським Еміратам за посередництво в обміні.'));
  assert.ok(a.mentions.some((m) => m.type === 'LOC' && m.text === 'Об’єднаним Арабським Еміратам'), JSON.stringify(a.mentions));
});

test('a title read as an organisation is a title: the personal name at its end is split off, or the person right after it stays apart', () => {
  const isRole = (l: string): boolean => ['секретар', 'папа', 'голова'].includes(l.toLowerCase());
  const toks = [
    { text: 'Генеральний', lemma: 'генеральний', tag: 'adj:m:v_naz', pos: 'ADJ' },
    { text: 'секретар', lemma: 'секретар', tag: 'noun:anim:m:v_naz', pos: 'NOUN' },
    { text: 'Ради', lemma: 'рада', tag: 'noun:inanim:f:v_rod', pos: 'NOUN' },
    { text: 'Європи', lemma: 'Європа', tag: 'noun:inanim:f:v_rod:prop:geo', pos: 'PROPN' },
    { text: 'Ален', lemma: 'Ален', tag: 'noun:anim:m:v_naz:prop:fname', pos: 'PROPN' },
    { text: 'Берсе', lemma: 'Берсе', tag: 'noun:anim:m:v_naz:prop:lname', pos: 'PROPN' },
  ];
  assert.deepEqual(splitTitles([{ start: 0, end: 6, type: 'ORG' }], toks, isRole), [{ start: 0, end: 4, type: 'JOB' }, { start: 4, end: 6, type: 'PERS' }]);
  // a name in another case than the title's head belongs to the body's name ("голова фонду Тараса Шевченка")
  const fund = [
    { text: 'Голова', lemma: 'голова', tag: 'noun:anim:m:v_naz', pos: 'NOUN' },
    { text: 'фонду', lemma: 'фонд', tag: 'noun:inanim:m:v_rod', pos: 'NOUN' },
    { text: 'Тараса', lemma: 'Тарас', tag: 'noun:anim:m:v_rod:prop:fname', pos: 'PROPN' },
    { text: 'Шевченка', lemma: 'Шевченко', tag: 'noun:anim:m:v_rod:prop:lname', pos: 'PROPN' },
  ];
  const kept = [{ start: 0, end: 4, type: 'ORG' as const }];
  assert.deepEqual(splitTitles(kept, fund, isRole), kept);
  // a title right before a person's span ("Папі Римському | Леву XIV")
  const pope = [
    { text: 'Папі', lemma: 'папа', tag: 'noun:anim:m:v_dav', pos: 'NOUN' },
    { text: 'Римському', lemma: 'римський', tag: 'adj:m:v_dav', pos: 'ADJ' },
    { text: 'Леву', lemma: 'Лев', tag: 'noun:anim:m:v_dav:prop:fname', pos: 'PROPN' },
    { text: 'XIV', lemma: 'XIV', tag: 'number:latin', pos: 'NUM' },
  ];
  assert.deepEqual(splitTitles([{ start: 0, end: 2, type: 'ORG' }, { start: 2, end: 4, type: 'PERS' }], pope, isRole), [{ start: 0, end: 2, type: 'JOB' }, { start: 2, end: 4, type: 'PERS' }]);
  // an adjective used as a title noun ("Уповноважений Верховної Ради …") is left to the resolve stage
  const ombud = [{ text: 'Уповноважений', lemma: 'уповноважений', tag: 'adj:m:v_naz', pos: 'ADJ' }, toks[2]!, toks[4]!, toks[5]!];
  const o = [{ start: 0, end: 2, type: 'ORG' as const }, { start: 2, end: 4, type: 'PERS' as const }];
  assert.deepEqual(splitTitles(o, ombud, (l) => l === 'уповноважений'), o);
});

test('a country before a person is never taken for the first name, whatever case the tagger gave the name after it', () => {
  const toks = [
    { text: 'Сербії', lemma: 'Сербія', tag: 'noun:inanim:f:v_rod:prop:fname', pos: 'PROPN' },
    { text: 'Мілош', lemma: 'Мілош', tag: 'noun:anim:m:v_rod:prop:lname', pos: 'PROPN' },
    { text: 'Вучевич', lemma: 'Вучевич', tag: 'noun:anim:m:v_rod:prop:lname', pos: 'PROPN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  const spans = [{ start: 0, end: 1, type: 'LOC' as const }, { start: 1, end: 3, type: 'PERS' as const }];
  assert.deepEqual(joinFirstNames(spans, toks, matches), spans);
  // without the gazetteer's word the same tokens join, as a first name read as a town does
  assert.deepEqual(joinFirstNames(spans, toks), [{ start: 0, end: 3, type: 'PERS' }]);
});

test('a ministry\'s short name and its state are one organisation, the state in any case that looks like the genitive, even typed as a person', () => {
  const a = createPipeline(['segment', 'tag', 'ner', 'resolve']).analyze(doc('У Міноборони Росії звинуватили Київ у провокації.'));
  const m = a.mentions.find((x) => x.type === 'ORG');
  assert.equal(m?.text, 'Міноборони Росії', JSON.stringify(a.mentions));
  // (named as written — a name the knowledge base gives it — with the knowledge base's id)
  assert.equal(a.entities.find((e) => e.id === m!.entity)?.name, 'Міноборони Росії');
  assert.equal(a.entities.find((e) => e.id === m!.entity)?.actor?.kbId !== undefined, true);
  const toks = [
    { text: 'МЗС', lemma: 'МЗС', tag: 'noun:inanim:p:v_oru:nv:abbr', pos: 'NOUN' },
    { text: 'Азербайджану', lemma: 'Азербайджан', tag: 'noun:anim:m:v_dav:prop:lname', pos: 'PROPN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(joinBodyCountry([{ start: 0, end: 1, type: 'ORG' }, { start: 1, end: 2, type: 'PERS' }], toks, matches, new Set(['мзс'])), [{ start: 0, end: 2, type: 'ORG' }]);
});

test('a person\'s span does not end in lower-case words, but a hyphenated particle with a capital stays', () => {
  const w = (text: string, tag: string) => ({ text, lemma: text.toLowerCase(), tag, pos: tag.startsWith('adj') ? 'ADJ' : 'NOUN' });
  const toks = [w('Зеленський', 'noun:anim:m:v_naz:prop:lname'), w('норвезькому', 'adj:m:v_dav'), w('гостеві', 'noun:anim:m:v_dav')];
  assert.deepEqual(trimPersonTails([{ start: 0, end: 3, type: 'PERS' }], toks), [{ start: 0, end: 1, type: 'PERS' }]);
  const ash = [w('Ахмед', 'noun:anim:m:v_naz:prop:fname'), w('аш-Шараа', 'noun:anim:m:v_naz:prop:lname')];
  const spans = [{ start: 0, end: 2, type: 'PERS' as const }];
  assert.deepEqual(trimPersonTails(spans, ash), spans);
});

test('a person\'s name right after a title, both read as organisations, is the person', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Генеральний секретар кабінету міністрів Японії Мінору Кіхара відкинув цю вимогу.'));
  assert.ok(a.mentions.some((m) => m.type === 'PERS' && m.text === 'Мінору Кіхара'), JSON.stringify(a.mentions.map((m) => [m.type, m.text])));
  assert.ok(!a.mentions.some((m) => m.type === 'ORG' && m.text.startsWith('Генеральний секретар')), JSON.stringify(a.mentions.map((m) => [m.type, m.text])));
});

test('a body after its adjectives, and a body of a body, join their state in the genitive ("Генеральній прокуратурі Грузії", "Оперативному командуванні Збройних сил Польщі")', () => {
  const toks = [
    { text: 'Генеральній', lemma: 'генеральний', tag: 'adj:f:v_mis', pos: 'ADJ' },
    { text: 'прокуратурі', lemma: 'прокуратура', tag: 'noun:inanim:f:v_mis', pos: 'NOUN' },
    { text: 'Грузії', lemma: 'Грузія', tag: 'noun:inanim:f:v_rod:prop:geo', pos: 'PROPN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(joinBodyCountry([{ start: 0, end: 2, type: 'ORG' }, { start: 2, end: 3, type: 'LOC' }], toks, matches, new Set(['прокуратура'])), [{ start: 0, end: 3, type: 'ORG' }]);
  const toks2 = [
    { text: 'Оперативному', lemma: 'оперативний', tag: 'adj:n:v_mis', pos: 'ADJ' },
    { text: 'командуванні', lemma: 'командування', tag: 'noun:inanim:n:v_mis', pos: 'NOUN' },
    { text: 'Збройних', lemma: 'збройний', tag: 'adj:p:v_rod', pos: 'ADJ' },
    { text: 'сил', lemma: 'сила', tag: 'noun:inanim:p:v_rod', pos: 'NOUN' },
    { text: 'Польщі', lemma: 'Польща', tag: 'noun:inanim:f:v_rod:prop:geo', pos: 'PROPN' },
  ];
  const m2 = gazetteerMatcher().match(toks2.map((t) => ({ text: t.text, lemma: t.lemma })));
  const spans = [{ start: 0, end: 2, type: 'ORG' as const }, { start: 2, end: 4, type: 'ORG' as const }, { start: 4, end: 5, type: 'LOC' as const }];
  assert.deepEqual(joinBodyCountry(spans, toks2, m2, new Set(['командування'])), [{ start: 0, end: 5, type: 'ORG' }]);
});

test('a person span that opens with a known organisation (and its state) is split: the organisation is the title\'s', async () => {
  const { createPipeline } = await import('../../../src/nlp/pipeline.js');
  const a = createPipeline().analyze({ id: 't', date: '2026-03-02', lang: 'uk', text: 'Глава МЗС Латвії Байба Браже прибула до Києва. Речник Пентагону Шон Парнелл заявив про нові поставки.' });
  const persons = a.entities.filter((e) => e.type === 'PERS').map((e) => e.name).sort();
  assert.deepEqual(persons, ['Байба Браже', 'Шон Парнелл']);
});

test('a span that opens with a weapon system\'s name is that artefact; the words after it keep a span of their own', async () => {
  const { splitWeaponNames } = await import('../../../src/nlp/ner/ner.js');
  const toks = ['ракет', 'Taurus', 'Україна', 'не', 'отримає'].map((text) => ({ text, lemma: text, tag: 'noun', pos: 'NOUN' }));
  assert.deepEqual(splitWeaponNames([{ start: 1, end: 3, type: 'ORG' }], toks), [{ start: 1, end: 2, type: 'ART' }, { start: 2, end: 3, type: 'ORG' }]);
  const { createPipeline } = await import('../../../src/nlp/pipeline.js');
  const a = createPipeline().analyze({ id: 't', date: '2025-06-12', lang: 'uk', text: 'Берлін профінансує для ЗСУ дві додаткові системи IRIS-T.' });
  assert.ok(!a.entities.some((e) => e.name === 'IRIS-T' && e.type !== 'ART'), JSON.stringify(a.entities.map((e) => [e.type, e.name])));
  assert.deepEqual(a.events.filter((e) => e.type === 'AID').map((e) => e.target.map((id) => a.entities.find((x) => x.id === id)?.name)), [['Збройні сили України']]);
});

test('a treaty named by its capitalised head and "про …" is one document, and a party to leave', async () => {
  const { extendTreatyNames } = await import('../../../src/nlp/ner/ner.js');
  const words: [string, string, string][] = [['з', 'з', 'ADP'], ['Угоди', 'угода', 'NOUN'], ['про', 'про', 'ADP'], ['вільну', 'вільний', 'ADJ'], ['торгівлю', 'торгівля', 'NOUN'], [',', ',', 'PUNCT']];
  const toks = words.map(([text, lemma, pos]) => ({ text, lemma, tag: '', pos }));
  assert.deepEqual(extendTreatyNames([{ start: 1, end: 2, type: 'ORG' }], toks), [{ start: 1, end: 5, type: 'DOC' }]);
  const a = createPipeline().analyze({ id: 't', date: '2026-04-15', lang: 'uk', text: 'Грузія у вівторок вийшла з Договору про звичайні збройні сили в Європі.' });
  const r = a.events.find((e) => e.type === 'RETREAT');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(r!.target.map((id) => a.entities.find((e) => e.id === id)?.name), ['Договір про звичайні збройні сили']);
});

test('a span run over a vessel\'s noun into its name is the name, and a place when the words before end in a noun of water', () => {
  const toks = [
    { text: 'у', lemma: 'у', tag: 'prep', pos: 'ADP' },
    { text: 'Фінській', lemma: 'фінський', tag: 'adj:f:v_mis', pos: 'ADJ' },
    { text: 'затоці', lemma: 'затока', tag: 'noun:inanim:f:v_mis', pos: 'NOUN' },
    { text: 'танкер', lemma: 'танкер', tag: 'noun:inanim:m:v_zna', pos: 'NOUN' },
    { text: 'Sea', lemma: 'Sea', tag: 'unclass', pos: 'X' },
    { text: 'Lion', lemma: 'Lion', tag: 'unclass', pos: 'X' },
  ];
  assert.deepEqual(splitAtVesselNouns([{ start: 1, end: 6, type: 'ORG' }], toks), [{ start: 1, end: 3, type: 'LOC' }, { start: 4, end: 6, type: 'ORG' }]);
  // (a name's own lower-case word before a capitalised one stays: no vessel noun)
  const spans = [{ start: 1, end: 3, type: 'LOC' as const }];
  assert.equal(splitAtVesselNouns(spans, toks), spans);
});

test('two organisations joined by a coordinator, the second with its kind in lower case before its quoted name, are two spans', () => {
  const words = ['BAE', 'Systems', 'і', 'державного', 'підприємства', '«', 'Завод', 'імені', 'Малишева', '»'];
  const pos = ['X', 'X', 'CCONJ', 'ADJ', 'NOUN', 'PUNCT', 'NOUN', 'NOUN', 'PROPN', 'PUNCT'];
  const toks = words.map((w, k) => ({ text: w, lemma: w, tag: '', pos: pos[k]! }));
  assert.deepEqual(splitCoordinatedOrgs([{ start: 0, end: 10, type: 'ORG' }], toks), [{ start: 0, end: 2, type: 'ORG' }, { start: 6, end: 9, type: 'ORG' }]);
});

test('a name does not run over a particle or a time adverb into lower-case words', () => {
  const words = ['місія', 'ЄС', 'EUFOR', 'Althea', 'ще', 'минулого', 'місяця'];
  const toks = words.map((w) => ({ text: w, lemma: w, tag: '', pos: w === 'ще' ? 'PART' : 'NOUN' }));
  assert.deepEqual(trimAtAdverbs([{ start: 1, end: 7, type: 'ORG' }], toks), [{ start: 1, end: 4, type: 'ORG' }]);
  // (inside quotation marks, or before a capitalised word, the name goes on)
  const q = ['рух', '«', 'Ще', 'не', 'вмерла', '»'].map((w) => ({ text: w, lemma: w, tag: '', pos: 'X' }));
  const spans = [{ start: 1, end: 6, type: 'ORG' as const }];
  assert.equal(trimAtAdverbs(spans, q), spans);
});

test('a town\'s name at the start of a body\'s span, then common words only, is the town; a body\'s lower-case alias after an adjective is no mention of it', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('СБУ вчора затримала в Краматорську агента російської воєнної розвідки.'));
  assert.deepEqual(a.mentions.filter((m) => m.type !== 'DATE').map((m) => [m.type, m.text]), [['ORG', 'СБУ'], ['LOC', 'Краматорську']]);
});

test('an abbreviation\'s body stops before a lower-case title after it ("до МЗС | посла | Китаю")', () => {
  const words = ['викликали', 'до', 'МЗС', 'посла', 'Китаю', 'Ву'];
  const pos = ['VERB', 'ADP', 'NOUN', 'NOUN', 'PROPN', 'PROPN'];
  const toks = words.map((w, k) => ({ text: w, lemma: w === 'посла' ? 'посол' : w, tag: '', pos: pos[k]! }));
  const isRole = (l: string): boolean => l === 'посол';
  assert.deepEqual(splitAbbreviationRoles([{ start: 2, end: 5, type: 'ORG' }, { start: 5, end: 6, type: 'PERS' }], toks, isRole),
    [{ start: 2, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'LOC' }, { start: 5, end: 6, type: 'PERS' }]);
  // (a body whose second word is no title keeps its span)
  const spans = [{ start: 2, end: 5, type: 'ORG' as const }];
  assert.equal(splitAbbreviationRoles(spans, toks, () => false), spans);
});

test('a state\'s service in lower case with the state after it is one organisation ("берегової охорони | Японії")', () => {
  const words = ['кораблі', 'берегової', 'охорони', 'Японії', 'вийшли'];
  const pos = ['NOUN', 'ADJ', 'NOUN', 'PROPN', 'VERB'];
  const lemmas = ['корабель', 'береговий', 'охорона', 'Японія', 'вийти'];
  const toks = words.map((w, k) => ({ text: w, lemma: lemmas[k]!, tag: k === 0 ? 'noun:inanim:p:v_naz' : '', pos: pos[k]! }));
  const matches = gazetteerMatcher().match(words.map((w, k) => ({ text: w, lemma: lemmas[k]! })));
  assert.deepEqual(stateServices([{ start: 3, end: 4, type: 'LOC' }], toks, matches), [{ start: 1, end: 4, type: 'ORG' }]);
  // (not without the adjective of its kind)
  const bare = [{ start: 3, end: 4, type: 'LOC' as const }];
  assert.equal(stateServices(bare, toks.map((t, k) => (k === 1 ? { ...t, pos: 'NOUN' } : t)), matches), bare);
});

test('a capitalised body head with lower-case genitive words, and a unit named by its ordinal, are organisations with nominative names', () => {
  const a = createPipeline(['segment', 'tag', 'ner', 'resolve']).analyze(doc('Бійці 3-ї окремої штурмової бригади та Сил спеціальних операцій відбили атаку. Сили безпеки Нігеру затримали трьох офіцерів.'));
  const orgs = a.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.ok(orgs.includes('3-тя окрема штурмова бригада'), orgs.join(', '));
  assert.ok(orgs.includes('Сили спеціальних операцій'), orgs.join(', '));
  assert.ok(orgs.includes('Сили безпеки Нігеру'), orgs.join(', '));
});

test('a one-word place the dictionary does not know is found in its case forms, and a personal name after it stays apart ("мер Гуаякіля Акілес Альварес")', async () => {
  const { placeForms } = await import('../../../src/lang/uk/gazetteer/index.js');
  assert.deepEqual(placeForms('Гуаякіль'), ['Гуаякіля', 'Гуаякілю', 'Гуаякілем', 'Гуаякілі']);
  assert.deepEqual(placeForms('Манта'), ['Манти', 'Манті', 'Манту', 'Мантою']);
  assert.deepEqual(placeForms('Сан-Паулу'), []);
  assert.deepEqual(placeForms('Кстово'), ['Кстова', 'Кстову', 'Кстовом', 'Кстові']);
  assert.deepEqual(placeForms('Токіо'), []);
  const a = createPipeline().analyze({ id: 't', date: '2025-06-14', lang: 'uk', text: 'У середу бойовики напали на блокпост на околиці Гуаякіля. «Армію вже викликали», – визнав мер Гуаякіля Акілес Альварес.' });
  const names = a.entities.map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('LOC:Гуаякіль'));
  assert.ok(names.includes('PERS:Акілес Альварес'));
  const hit = a.events.find((e) => e.type === 'ASSAULT');
  assert.equal(a.entities.find((e) => e.id === hit?.target[0])?.name, 'Гуаякіль');
  // (a known word stays with its own reading: "Володимиру Соловйову" is a person, though Володимир is a town)
  const b = createPipeline().analyze({ id: 't', date: '2025-06-14', lang: 'uk', text: 'Служба безпеки Вірменії заборонила в’їзд телеведучому Володимиру Соловйову.' });
  assert.ok(b.entities.some((e) => e.type === 'PERS' && e.name === 'Володимир Соловйов'));
});

test('an organisation the gazetteer knows before two capitalised words is a title\'s, whatever the dictionary reads the words as ("Глава Пентагону | Піт Гегсет")', () => {
  const a = createPipeline().analyze({ id: 't', date: '2025-04-12', lang: 'uk', text: 'Глава Пентагону Піт Гегсет на засідання не приїхав.' });
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Піт Гегсет'));
  assert.ok(!a.entities.some((e) => e.name.includes('Пентагону')));
});

test('a person\'s span of an inanimate common noun and a place the gazetteer knows is that place\'s body ("Армія Непалу")', () => {
  const toks = [
    { text: 'Армія', lemma: 'армія', tag: 'noun:inanim:f:v_naz', pos: 'NOUN' },
    { text: 'Непалу', lemma: 'Непал', tag: 'noun:anim:m:v_dav:prop:lname', pos: 'PROPN' },
    { text: 'вивела', lemma: 'вивести', tag: 'verb:perf:past:f', pos: 'VERB' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(bodiesOfPlaces([{ start: 0, end: 2, type: 'PERS' }], toks, matches), [{ start: 0, end: 2, type: 'ORG' }]);
  // a person's name is left alone
  const pers = [
    { text: 'Андрій', lemma: 'Андрій', tag: 'noun:anim:m:v_naz:prop:fname', pos: 'PROPN' },
    { text: 'Сибіга', lemma: 'Сибіга', tag: 'noun:anim:m:v_naz:prop:lname', pos: 'PROPN' },
  ];
  const spans = [{ start: 0, end: 2, type: 'PERS' as const }];
  assert.deepEqual(bodiesOfPlaces(spans, pers, gazetteerMatcher().match(pers.map((t) => ({ text: t.text, lemma: t.lemma })))), spans);
});

test('a person\'s span opening with a compass adjective is a place ("Північний Дарфур")', () => {
  const toks = [
    { text: 'Північний', lemma: 'північний', tag: 'adj:m:v_naz', pos: 'ADJ' },
    { text: 'Дарфур', lemma: 'Дарфур', tag: 'noun:anim:m:v_naz:prop:lname', pos: 'PROPN' },
  ];
  assert.deepEqual(compassPlaces([{ start: 0, end: 2, type: 'PERS' }], toks), [{ start: 0, end: 2, type: 'LOC' }]);
  assert.deepEqual(compassPlaces([{ start: 1, end: 2, type: 'PERS' }], toks), [{ start: 1, end: 2, type: 'PERS' }]);
});

test('a one-word place on a capitalised adjective before a role noun is the title\'s word, dropped ("з Верховним комісаром")', () => {
  const toks = [
    { text: 'з', lemma: 'з', tag: 'prep', pos: 'ADP' },
    { text: 'Верховним', lemma: 'верховний', tag: 'adj:m:v_oru', pos: 'ADJ' },
    { text: 'комісаром', lemma: 'комісар', tag: 'noun:anim:m:v_oru', pos: 'NOUN' },
    { text: 'ООН', lemma: 'ООН', tag: 'noun:inanim:f:v_rod:nv:abbr:prop', pos: 'PROPN' },
  ];
  assert.deepEqual(titleAdjectives([{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 4, type: 'ORG' }], toks), [{ start: 3, end: 4, type: 'ORG' }]);
});

test('a known body\'s span ends before lower-case words in another case, not before its genitive ("Альянс трьох братств")', () => {
  const toks = [
    { text: 'Єврокомісією', lemma: 'Єврокомісія', tag: 'noun:inanim:f:v_oru', pos: 'NOUN' },
    { text: 'оборонний', lemma: 'оборонний', tag: 'adj:m:v_naz', pos: 'ADJ' },
    { text: 'фонд', lemma: 'фонд', tag: 'noun:inanim:m:v_naz', pos: 'NOUN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  assert.deepEqual(splitAtKnownParts([{ start: 0, end: 3, type: 'ORG' }], toks, matches), [{ start: 0, end: 1, type: 'ORG' }]);
  const gen = [toks[0]!, { text: 'трьох', lemma: 'три', tag: 'numr:p:v_rod', pos: 'NUM' }, { text: 'країн', lemma: 'країна', tag: 'noun:inanim:p:v_rod', pos: 'NOUN' }];
  const spans = [{ start: 0, end: 3, type: 'ORG' as const }];
  assert.deepEqual(splitAtKnownParts(spans, gen, gazetteerMatcher().match(gen.map((t) => ({ text: t.text, lemma: t.lemma })))), spans);
});

test('a place span of unknown proper names right after a title and its place is the title holder ("прем’єрки Японії | Санае Такаіті")', () => {
  const toks = [
    { text: 'прем’єр-міністерки', lemma: 'прем’єр-міністерка', tag: 'noun:anim:f:v_rod', pos: 'NOUN' },
    { text: 'Японії', lemma: 'Японія', tag: 'noun:inanim:f:v_rod:prop:geo', pos: 'PROPN' },
    { text: 'Санае', lemma: 'Санае', tag: 'noun:inanim:p:v_mis:nv:ns:prop:geo', pos: 'PROPN' },
    { text: 'Такаіті', lemma: 'такаіт', tag: 'noun:inanim:m:v_mis', pos: 'NOUN' },
  ];
  const matches = gazetteerMatcher().match(toks.map((t) => ({ text: t.text, lemma: t.lemma })));
  const spans = [{ start: 1, end: 2, type: 'LOC' as const }, { start: 2, end: 4, type: 'LOC' as const }];
  assert.deepEqual(namesAfterTitles(spans, toks, matches), [spans[0], { start: 2, end: 4, type: 'PERS' }]);
  // a body before a named person stays
  const withPerson = [...spans, { start: 4, end: 5, type: 'PERS' as const }];
  const toks2 = [...toks, { text: 'Іваном', lemma: 'Іван', tag: 'noun:anim:m:v_oru:prop:fname', pos: 'PROPN' }];
  assert.deepEqual(namesAfterTitles(withPerson, toks2, matches), withPerson);
});

test('a mission\'s span, "при" and a body\'s span are one organisation ("Постійне представництво України при ООН")', () => {
  const w = (text: string, lemma: string, tag: string) => ({ text, lemma, tag, pos: tag.startsWith('adj') ? 'ADJ' : 'NOUN' });
  const toks = [w('Постійному', 'постійний', 'adj:n:v_mis'), w('представництві', 'представництво', 'noun:inanim:n:v_mis'), w('України', 'Україна', 'noun:inanim:f:v_rod:prop:geo'), w('при', 'при', 'prep'), w('ООН', 'ООН', 'noun:inanim:f:v_rod:nv:abbr:prop')];
  assert.deepEqual(missionsAtBodies([{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'ORG' }], toks), [{ start: 0, end: 5, type: 'ORG' }]);
  // no mission head: left apart
  const other = [w('Міністерстві', 'міністерство', 'noun:inanim:n:v_mis'), w('юстиції', 'юстиція', 'noun:inanim:f:v_rod'), w('при', 'при', 'prep'), w('ООН', 'ООН', 'noun:inanim:f:v_rod:nv:abbr:prop')];
  const spans = [{ start: 0, end: 2, type: 'ORG' as const }, { start: 3, end: 4, type: 'ORG' as const }];
  assert.deepEqual(missionsAtBodies(spans, other), spans);
});

test('case forms of a knowledge-base surname ending in a consonant', async () => {
  const { surnameForms } = await import('../../../src/lang/uk/gazetteer/index.js');
  assert.deepEqual(surnameForms(['Шольц']), ['Шольца', 'Шольцу', 'Шольцові', 'Шольцем']);
  assert.deepEqual(surnameForms(['Рютте', 'Зеленський', 'ОП']), []);
});

test('a gazetteer name opening with a neuter adjective before a noun matches in any case ("у Головному управлінні розвідки")', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Про підготовку призову повідомили в Головному управлінні розвідки.'));
  assert.ok(a.mentions.some((m) => m.text === 'Головному управлінні розвідки' && m.type === 'ORG'), JSON.stringify(a.mentions));
  assert.ok(!a.mentions.some((m) => m.text === 'Головному' && m.type === 'PERS'), JSON.stringify(a.mentions));
});

test('a double surname after a person\'s name of two words is part of it ("Алікс Дідьє Фіс-Еме")', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Про це заявив прем’єр-міністр Гаїті Алікс Дідьє Фіс-Еме.'));
  assert.ok(a.mentions.some((m) => m.text === 'Алікс Дідьє Фіс-Еме' && m.type === 'PERS'), JSON.stringify(a.mentions));
});

test('a first name the tagger read as another word\'s form joins the surname after it ("Домінік | Леблан"); a place written as itself does not', () => {
  const a = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Про це оголосив міністр фінансів країни Домінік Леблан.'));
  assert.ok(a.mentions.some((m) => m.text === 'Домінік Леблан' && m.type === 'PERS'), JSON.stringify(a.mentions));
  const b = createPipeline(['segment', 'tag', 'ner']).analyze(doc('Про це заявив прем’єр-міністр Гаїті Алікс Дідьє Фіс-Еме.'));
  assert.ok(b.mentions.some((m) => m.text === 'Гаїті' && m.type === 'LOC'), JSON.stringify(b.mentions));
});
