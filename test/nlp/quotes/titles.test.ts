/** Speakers named by a title after the quote (the unseen4 round): synonyms of a title, a feminine role, a surname NER typed otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const speakers = (text: string): (string | null)[] => {
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
  return a.quotes.map((q) => (q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null));
};

test('"очільник" stands for a "начальник", "дипломат" for a "представник"', () => {
  assert.deepEqual(speakers('Про удар повідомив начальник Одеської обласної військової адміністрації Олег Кіпер. «Пошкоджено склад і дві автівки», – додав очільник області.'), ['Олег Кіпер']);
  assert.deepEqual(speakers('Постійний представник України при ООН Андрій Мельник виступив на засіданні. «Росія порушує Статут щодня», – сказав український дипломат.'), ['Андрій Мельник']);
});

test('a surname the NER stage typed as something else is the person named before', () => {
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text: 'Міністр Андрій Сибіга зустрівся з латвійською колегою Байбою Браже. Латвія передасть Україні 30 генераторів для шкіл Харківщини, повідомила Браже на спільній пресконференції.' });
  const p = a.entities.find((e) => e.name === 'Байба Браже');
  assert.ok(p && p.mentions.length === 2, JSON.stringify(a.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])));
});

test('a feminine role after a quote names the woman among persons with the same title', () => {
  assert.deepEqual(speakers('Міністр охорони здоров’я Литви Інга Руґіне та міністр охорони здоров’я Латвії Андріс Спрудс провели зустріч. Спрудс пообіцяв нові поставки ліків. «Ми будемо з Україною до перемоги», – додала міністерка.'), ['Інга Руґіне']);
});

const quotes = (text: string): [string, boolean, string | null][] => {
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
  return a.quotes.map((q) => [q.text, q.direct, q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null]);
};

test('a quote broken by its cue («A, – наголосив X. – B») is two direct quotes of X', () => {
  assert.deepEqual(quotes('Інспектори прибули на станцію. «Ми працюємо тут не заради політики, – наголосила керівниця місії Анна Коваль. – Ми тут, щоб бачити все на власні очі».'), [
    ['Ми працюємо тут не заради політики', true, 'Анна Коваль'],
    ['Ми тут, щоб бачити все на власні очі', true, 'Анна Коваль'],
  ]);
});

test('a quote after a cue and a dash, and a partial quote after thanks, are direct quotes', () => {
  assert.deepEqual(quotes('Прем’єр-міністр Норвегії Йонас Гар Стере виступив на форумі. Свою позицію він сформулював коротко – «Україна має перемогти». Стере подякував партнерам за «спільну відповідальність».'), [
    ['Україна має перемогти', true, 'Йонас Гар Стере'],
    ['спільну відповідальність', true, 'Йонас Гар Стере'],
  ]);
});

test('stacked titles after the cue still lead to the name; "повідомили в агентстві" is the agency named before', () => {
  assert.deepEqual(speakers('Уряд ухвалив рішення. «Ми не дозволимо тиснути на нас», – заявив віцепрем’єр-міністр, міністр закордонних справ Молдови Міхай Попшой.'), ['Міхай Попшой']);
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text: 'Експерти Міжнародного агентства з атомної енергії прибули на станцію. Ротація відбулася без інцидентів, повідомили в агентстві.' });
  const q = a.quotes.find((x) => x.text.startsWith('Ротація'));
  assert.ok(q && q.speaker, JSON.stringify(a.quotes));
  assert.match(a.entities.find((e) => e.id === q!.speaker)!.name, /агентство з атомної енергії|МАГАТЕ/);
});
