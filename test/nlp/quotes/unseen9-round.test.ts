/**
 * Speakers after unseen9's blind run (unseen9 is tuned on from then; eval/gold/unseen10 is the blind check). Each on
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

test('an adverbial participle cue speaks for the subject of the verb before it, not for a name in that verb\'s object', () => {
  assert.deepEqual(
    speakers('Міністр оборони Литви Довіле Шакалене попросила союзників пришвидшити передачу систем NASAMS, наголосивши, що «кожен тиждень має значення».'),
    ['Довіле Шакалене'],
  );
  assert.deepEqual(
    speakers('Прем’єр-міністр Естонії Крістен Міхал подякував прем’єрові Норвегії Йонасу Гару Стере за нові гранти, наголосивши, що «північна солідарність рятує життя».'),
    ['Крістен Міхал'],
  );
  // after an inverted speech verb the name right after it is the subject ("– заявила речниця … Ітконен, додавши")
  assert.deepEqual(
    speakers('«Ми не змінимо свого рішення», – заявила речниця Єврокомісії Анна-Кайса Ітконен, додавши, що Будапешт досі не надіслав офіційного запиту.'),
    ['Анна-Кайса Ітконен', 'Анна-Кайса Ітконен'],
  );
});

test('a mission with the place where it sits speaks, not the place found first from the cue', () => {
  assert.deepEqual(
    speakers('У посольстві Китаю у Великій Британії в четвер назвали ці звинувачення «повною вигадкою».'),
    ['Посольство Китаю у Великій Британії'],
  );
});

test('a headquarters named before speaks when named again by its short common noun ("уточнили у штабі")', () => {
  assert.deepEqual(
    speakers('Додому повернулися 84 захисники, повідомили в Координаційному штабі з питань поводження з військовополоненими. Наступний обмін поки не погоджено, уточнили у штабі.'),
    ['Координаційний штаб з питань поводження з військовополоненими', 'Координаційний штаб з питань поводження з військовополоненими'],
  );
});

test('"гість" after a cue is the person who came on the visit told before', () => {
  assert.deepEqual(
    speakers('Прем’єр-міністр Данії Метте Фредеріксен у вівторок прибула до Одеси з візитом і зустрілася з президентом Володимиром Зеленським. Данія профінансує ремонт двох шкіл у місті, пообіцяла гостя на брифінгу.'),
    ['Метте Фредеріксен'],
  );
});

test('a colleague holds the post of the person named before him in the sentence ("– наголосив німецький міністр")', () => {
  assert.deepEqual(
    speakers('Міністр оборони України Денис Шмигаль у четвер зустрівся в Берліні зі своїм німецьким колегою Борисом Пісторіусом. «Ми підтримуватимемо Україну стільки, скільки буде потрібно», – наголосив німецький міністр.'),
    ['Борис Пісторіус'],
  );
});

test('a noun opening the sentence is not part of the subject\'s phrase ("У відповідь | посольство Росії у Вашингтоні назвало")', () => {
  assert.deepEqual(
    speakers('У відповідь посольство Китаю в Лондоні назвало ці заходи «економічним тиском».'),
    ['Посольство Китаю в Лондоні'],
  );
});

test('after unseen10: a source phrase between the cue and a partial quote names its speaker; a family name written first joins its person; "гендиректор" is a title', () => {
  assert.deepEqual(
    speakers('Речник МЗС Китаю Мао Нін виступила в середу. Пекін вимагає скасувати мита, інакше, за словами Мао, Китай «вживе всіх необхідних заходів».'),
    ['Мао Нін'],
  );
  assert.deepEqual(
    speakers('Генеральний директор МАГАТЕ Рафаель Гроссі прибув на станцію. Гендиректор МАГАТЕ знову закликав сторони до стриманості: «Безпека станції понад усе».'),
    ['Рафаель Гроссі'],
  );
});
