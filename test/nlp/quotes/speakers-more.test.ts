import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import type { AnalyzedDocument } from '../../../src/types.js';

const pipeline = createPipeline();
const run = (text: string): AnalyzedDocument => pipeline.analyze({ id: 't', date: '2025-05-10', lang: 'uk', text });
const speakers = (a: AnalyzedDocument): (string | null)[] => a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name ?? null);

test('a capital speaking stands for its country even when the country is not named', () => {
  const a = run('У Варшаві заявили, що кордон залишиться відкритим для вантажівок.');
  assert.deepEqual(speakers(a), ['Польща']);
});

test('an institution named before its country in a locative source speaks ("в уряді X")', () => {
  const a = run('В уряді Канади повідомили, що новий пакет допомоги затвердять до кінця місяця.');
  assert.deepEqual(speakers(a), ['Уряд Канади']);
});

test('a woman named with particles is "вона"', () => {
  const a = run('Президентка комісії Марія ван дер Гаак прибула до Києва. «Ми залишаємося поруч», – сказала вона.');
  const s = speakers(a);
  assert.equal(s.length, 1);
  assert.match(s[0] ?? '', /Гаак/);
});

test('a role with a demonym after a quote is the person of that state, whatever name of the state the title used', () => {
  const a = run('Міністр оборони ФРН Борис Пісторіус прибув до Києва і зустрівся з міністром оборони України Денисом Шмигалем. «Ми залишимося з Україною», – сказав німецький міністр.');
  assert.deepEqual(speakers(a), ['Борис Пісторіус']);
  const b = run('Міністр оборони ФРН Борис Пісторіус прибув до Києва і зустрівся з міністром оборони України Денисом Шмигалем. «Ми чекаємо на нові системи», – сказав український міністр.');
  assert.deepEqual(speakers(b), ['Денис Шмигаль']);
});

test('a body named with a demonym before its short name speaks as that state\'s body ("в російському МЗС")', () => {
  const a = run('Москва вислала двох дипломатів Естонії, повідомили в російському МЗС.');
  assert.deepEqual(speakers(a), ['МЗС Росії']);
  const b = run('Посол Естонії отримав ноту протесту, повідомили в МЗС.');
  assert.deepEqual(speakers(b), ['Міністерство закордонних справ України']);
});

test('a body of the actor KB named in full in the locative after a cue speaks', () => {
  const a = run('Обмін тілами загиблих відбудеться наступного тижня, повідомили в Координаційному штабі з питань поводження з військовополоненими.');
  assert.deepEqual(speakers(a), ['Координаційний штаб з питань поводження з військовополоненими']);
});
