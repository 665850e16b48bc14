/**
 * Speakers after unseen11's blind run (unseen11 is tuned on from then; eval/gold/unseen12 is the blind check). Each on
 * sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const analyse = (text: string) => pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
const speakers = (text: string): (string | null)[] => {
  const a = analyse(text);
  return a.quotes.map((q) => (q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null));
};

test('a body with its state or city after "повідомили в" speaks as the whole body ("Генеральній прокуратурі Грузії", "мерії Брюсселя")', () => {
  assert.deepEqual(speakers('Активістові загрожує до семи років ув’язнення, повідомили в Генеральній прокуратурі Вірменії.'), ['Генеральна прокуратура Вірменії']);
  assert.deepEqual(speakers('Поліція затримала 12 учасників акції, повідомили в мерії Варшави.'), ['Мерія Варшави']);
  assert.deepEqual(speakers('Польща підняла в повітря винищувачі, повідомили в Оперативному командуванні Збройних сил Польщі.'), ['Оперативне командування Збройних сил Польщі']);
});

test('"її" after a woman named as the inverted subject of a speech verb is hers; a feminine head title names the head of the body', () => {
  assert.deepEqual(
    speakers('Президентка банку Оділь Рено-Бассо в понеділок прибула до Києва, де зустрілася з прем’єр-міністеркою Юлією Свириденко. Банк надасть кредит, оголосила Рено-Бассо після зустрічі. За її словами, перший транш компанія отримає ще до кінця року.'),
    ['Оділь Рено-Бассо', 'Оділь Рено-Бассо'],
  );
  assert.deepEqual(
    speakers('Президентка банку Оділь Рено-Бассо прибула до Києва. «Енергетика – це фронт», – сказала очільниця банку.'),
    ['Оділь Рено-Бассо'],
  );
});

test('a partial quote in an impersonal relative clause about someone has no speaker ("якого звинувачують у …")', () => {
  assert.deepEqual(speakers('Поліція затримала активіста Давіта Гогішвілі, якого звинувачують в організації «масових заворушень».'), [null]);
});

test('"німецький політик" is the German politician named before', () => {
  assert.deepEqual(
    speakers('Прем’єр Польщі Дональд Туск і канцлер Німеччини Фрідріх Мерц зустрілися у Варшаві. «Ми разом», – сказав німецький політик.'),
    ['Фрідріх Мерц'],
  );
});

test('a title alone as the subject of the verb before a participle cue names the person introduced with it', () => {
  assert.deepEqual(
    speakers('Міністр оборони Німеччини Борис Пісторіус прибув до Києва. Водночас німецький міністр відкинув заклики передати ракети Taurus, заявивши, що позиція Берліна «не змінилася».'),
    ['Борис Пісторіус'],
  );
});
