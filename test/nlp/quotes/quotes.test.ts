import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { findQuotes, pairMarks } from '../../../src/nlp/quotes/index.js';
import type { ActorCode, AnalyzedDocument, Entity, EntityType, Mention } from '../../../src/types.js';

// Sentences written for these tests. Entities are built by hand so that the quotes algorithm is tested on its own;
// the last test runs the whole default pipeline.
const base = createPipeline(['segment', 'tag', 'time']);

interface E {
  name: string;
  type: EntityType;
  forms: string[];
  actor?: ActorCode;
}

function analyze(text: string, ents: E[]): AnalyzedDocument {
  const a = base.analyze({ id: 't', date: '2025-04-16', lang: 'uk', text });
  a.entities = [];
  a.mentions = [];
  ents.forEach((e, n) => {
    const entity: Entity = { id: `E${n + 1}`, type: e.type, name: e.name, mentions: [], ...(e.actor ? { actor: e.actor } : {}) };
    for (const form of e.forms) {
      for (let k = text.indexOf(form); k >= 0; k = text.indexOf(form, k + 1)) {
        const before = text[k - 1];
        const after = text[k + form.length];
        if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
        const toks = a.tokens.filter((t) => t.start >= k && t.end <= k + form.length);
        if (!toks.length) continue;
        const m: Mention = {
          start: k, end: k + form.length, text: form, type: e.type, sentence: toks[0].sentence,
          tokenStart: toks[0].i, tokenEnd: toks[toks.length - 1].i + 1, entity: entity.id,
        };
        entity.mentions.push(m);
        a.mentions.push(m);
      }
    }
    a.entities.push(entity);
  });
  a.mentions.sort((x, y) => x.start - y.start);
  return a;
}

function quotes(a: AnalyzedDocument): { text: string; speaker: string | null; direct: boolean; cue?: string }[] {
  return findQuotes(a).map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? null : a.entities.find((e) => e.id === q.speaker)!.name,
    direct: q.direct,
    cue: q.cue?.text,
  }));
}

const BOYKO: E = { name: 'Олег Бойко', type: 'PERS', forms: ['Олег Бойко', 'Бойко'] };
const KOVAL: E = { name: 'Олена Коваль', type: 'PERS', forms: ['Олена Коваль', 'Коваль'] };

test('direct quote with an attribution dash after it, speaker named after the cue', () => {
  const a = analyze('«Ми відновимо живлення лікарень до ранку», – заявив міністр енергетики Олег Бойко.', [BOYKO]);
  assert.deepEqual(quotes(a), [
    { text: 'Ми відновимо живлення лікарень до ранку', speaker: 'Олег Бойко', direct: true, cue: 'заявив' },
  ]);
});

test('a multi-sentence quote is one quote; a cue-less quote right after continues the same speaker', () => {
  const a = analyze(
    'Олена Коваль відкрила нову школу. «Будівля має укриття. Заняття почнуться у вересні», – написала Коваль. «Дякую громаді за підтримку.»',
    [KOVAL],
  );
  assert.deepEqual(quotes(a), [
    { text: 'Будівля має укриття. Заняття почнуться у вересні', speaker: 'Олена Коваль', direct: true, cue: 'написала' },
    { text: 'Дякую громаді за підтримку.', speaker: 'Олена Коваль', direct: true, cue: undefined },
  ]);
});

test('partial quotes inside a sentence are quotes; names in quotation marks are not', () => {
  const a = analyze('Олег Бойко назвав рішення регулятора «кроком назад». Компанія «Світлий дім» збудувала станцію «Північна».', [BOYKO]);
  assert.deepEqual(quotes(a), [{ text: 'кроком назад', speaker: 'Олег Бойко', direct: true, cue: 'назвав' }]);
  const pairs = pairMarks(a.tokens);
  assert.equal(pairs.length, 3);
});

test('indirect speech: "заявив, що …", "…, повідомили в X", "За словами X, …"', () => {
  const a = analyze(
    'Олег Бойко заявив, що ремонт мосту завершать до кінця травня. Підрядник уже завіз техніку, повідомили в Укравтодорі. ' +
      'За словами Коваль, фінансування вистачить на два роки.',
    [BOYKO, KOVAL, { name: 'Укравтодор', type: 'ORG', forms: ['Укравтодорі'] }],
  );
  assert.deepEqual(quotes(a), [
    { text: 'ремонт мосту завершать до кінця травня', speaker: 'Олег Бойко', direct: false, cue: 'заявив' },
    { text: 'Підрядник уже завіз техніку', speaker: 'Укравтодор', direct: false, cue: 'повідомили' },
    { text: 'фінансування вистачить на два роки', speaker: 'Олена Коваль', direct: false, cue: 'словами' },
  ]);
});

test('titles and pronouns lead back to the person introduced with them', () => {
  const a = analyze(
    'Міністр енергетики Олег Бойко та голова громади Олена Коваль оглянули підстанцію. ' +
      '«Обладнання замінимо за тиждень», – додав міністр. «Громада готова допомогти», – сказала вона. ' +
      'За його словами, нові трансформатори вже в дорозі.',
    [BOYKO, KOVAL],
  );
  assert.deepEqual(quotes(a).map((q) => q.speaker), ['Олег Бойко', 'Олена Коваль', 'Олег Бойко']);
});

test('a capital speaking stands for its country; several places at once give no speaker', () => {
  const a = analyze(
    'У Варшаві заявили, що кордон для вантажівок відкриють у понеділок. Польща також посилить контроль. ' +
      'У Литві та Латвії заявили, що підтримують це рішення.',
    [
      { name: 'Варшава', type: 'LOC', forms: ['Варшаві'], actor: { country: 'POL', kbId: 'place:Варшава' } },
      { name: 'Польща', type: 'LOC', forms: ['Польща'], actor: { country: 'POL', kbId: 'country:POL' } },
      { name: 'Литва', type: 'LOC', forms: ['Литві'] },
      { name: 'Латвія', type: 'LOC', forms: ['Латвії'] },
    ],
  );
  assert.deepEqual(quotes(a).map((q) => [q.speaker, q.direct]), [['Польща', false], [null, false]]);
});

test('without entities every quote is still found, with a null speaker', () => {
  const a = analyze('«Тиск треба посилювати», – наголосив посол.', []);
  assert.deepEqual(quotes(a), [{ text: 'Тиск треба посилювати', speaker: null, direct: true, cue: 'наголосив' }]);
});

test('the default pipeline assigns quotes with speakers from the ner and resolve stages', () => {
  const p = createPipeline();
  const a = p.analyze({
    id: 't', date: '2025-04-16', lang: 'uk',
    text: 'Президент Франції Емманюель Макрон провів переговори у Варшаві. «Європа не залишить Україну наодинці», – сказав Макрон.',
  });
  assert.ok(p.names.includes('quotes'));
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].text, 'Європа не залишить Україну наодинці');
  assert.equal(a.quotes[0].direct, true);
  const speaker = a.entities.find((e) => e.id === a.quotes[0].speaker);
  assert.match(speaker?.name ?? '', /Макрон/);
});

test('a speaker after a speech verb is its subject, also for a following participle; parentheticals are skipped', () => {
  const a = analyze(
    '«Школу відкриємо першого вересня», – зазначила Коваль, додавши, що підрядник працює у дві зміни. ' +
      'Олег Бойко, зі свого боку, запевнив, що кошти на ремонт уже виділено.',
    [KOVAL, BOYKO],
  );
  assert.deepEqual(quotes(a).map((q) => [q.speaker, q.direct, q.cue]), [
    ['Олена Коваль', true, 'зазначила'],
    ['Олена Коваль', false, 'додавши'],
    ['Олег Бойко', false, 'запевнив'],
  ]);
});

test('odd input never throws: unbalanced marks, bare cues, empty text', () => {
  for (const text of ['', '«', '»«', '«Незакрита цитата, – заявив', '„“ – сказав він.', '"""', '– заявив, що', 'За словами , .']) {
    const a = analyze(text, []);
    assert.doesNotThrow(() => findQuotes(a));
  }
});

test('a source phrase inside the sentence makes the whole sentence reported speech, unless it has a partial quote', () => {
  const a = analyze(
    'Нова лінія метро, за словами Коваль, запрацює через два роки. Перші потяги, за словами Бойка, рушать «ще до зими».',
    [KOVAL, { name: 'Олег Бойко', type: 'PERS', forms: ['Бойка'] }],
  );
  assert.deepEqual(quotes(a).map((q) => [q.text, q.speaker, q.direct]), [
    ['Нова лінія метро, за словами Коваль, запрацює через два роки', 'Олена Коваль', false],
    ['ще до зими', 'Олег Бойко', true],
  ]);
});

test('a surname left as its own entity is attributed to the full name named before', () => {
  const a = analyze('Міністр Олег Бойко відвідав Суми. «Світло повернемо до вечора», – сказав Бойко.', [
    { name: 'Олег Бойко', type: 'PERS', forms: ['Олег Бойко'] },
    { name: 'Бойко', type: 'PERS', forms: ['Бойко.'] },
  ]);
  assert.deepEqual(quotes(a).map((q) => q.speaker), ['Олег Бойко']);
});

test('a pronoun no named person answers goes to the speaker of the quote just before', () => {
  const a = analyze('«Переговори будуть складними», – заявив посол Польщі. За його словами, делегації зустрінуться у Гданську.', [
    { name: 'Польща', type: 'LOC', forms: ['Польщі'] },
  ]);
  assert.deepEqual(quotes(a).map((q) => [q.speaker, q.direct]), [['Польща', true], ['Польща', false]]);
});
