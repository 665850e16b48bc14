/**
 * Stop 33's name, speaker and morphology rules, on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWord } from '../../../src/nlp/morph/index.js';
import { analyse, persons, quotes, speakerOf } from './helpers.js';

test('a surname the guesser knows no form of keeps its own lemma, not the second half of a double name', () => {
  for (const a of analyzeWord('Салкова')) assert.ok(!/[–-]/.test(a.lemma), a.lemma);
  assert.ok(persons('Про це повідомив губернатор області Ігор Салкова.').every((n) => !/[–-]/.test(n)));
});

test('the one in apposition to a title, not the title\'s owner before him, speaks', () => {
  assert.equal(speakerOf('«Ми обговорили всі пункти», – написав у соцмережах радник Макрона Еммануель Бонн.', 'обговорили'), 'Еммануель Бонн');
});

test('a body named by a state\'s demonym in the locative before the cue speaks as that state\'s body', () => {
  assert.equal(speakerOf('У французькому Міністерстві оборони уточнили, що перші снаряди надійдуть навесні.', 'перші снаряди'), 'Міністерство оборони Франції');
});

test('an adverbial participle after a subject inverted behind its title and an object pronoun is that subject\'s', () => {
  assert.equal(speakerOf('Цього ще влітку вимагав від нього президент Гітанас Наусєда, наголосивши, що рішення не можна відкладати.', 'рішення не можна'), 'Гітанас Наусєда');
  // (not a relative clause's subject: the main clause's)
  assert.equal(speakerOf('Речник Кремля Дмитро Пєсков відкинув ідею, яку висунув президент Александер Стубб, заявивши, що це «неможливо».', 'неможливо'), 'Дмитро Пєсков');
});

test('a first name the tagger read as a place, at the end of a body\'s span and before particles, opens the person\'s name', () => {
  const a = analyse('Прем’єр Ірландії приймав у Дубліні голову Європейської комісії Урсулу фон дер Ляєн.');
  assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name === 'Європейська комісія'), a.entities.map((e) => e.name).join('; '));
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Урсула фон дер Ляєн'), a.entities.map((e) => e.name).join('; '));
});

test('a case form the knowledge base lists for a name links it, though the dictionary reads it as another word', () => {
  const a = analyse('Прем’єр Ірландії у понеділок приймав президента Європейської ради Антоніу Кошту.');
  assert.ok(a.entities.some((e) => e.type === 'PERS' && e.name === 'Антоніу Кошта'), a.entities.map((e) => e.name).join('; '));
});

test('a one-word name right after "холдинг" or "концерн" is a company, not a person', () => {
  const a = analyse('Бізнесмен пообіцяв продати холдинг Агроферт до кінця року.');
  assert.ok(!a.entities.some((e) => e.type === 'PERS' && e.name === 'Агроферт'), a.entities.map((e) => `${e.type}:${e.name}`).join('; '));
});

test('a sheriff is a title: the name after it, in its case, keeps the surname as written', () => {
  assert.equal(speakerOf('Рятувальники знайшли ще трьох загиблих, повідомив шериф округу Ларрі Лейта.', 'трьох загиблих'), 'Ларрі Лейта');
});

test('a name in Latin letters after "авіакомпанія" is the company, whatever type the model gave it', () => {
  const a = analyse('Літак авіакомпанії Air Astana аварійно сів в Алмати.');
  assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name === 'Air Astana'), a.entities.map((e) => `${e.type}:${e.name}`).join('; '));
});

test('a body\'s common noun alone opening a sentence speaks as the body of that kind named before', () => {
  assert.equal(speakerOf('За даними Національної комісії з прав людини Нігерії, загинули 9 людей. Комісія засудила дії поліції й назвала їх «неприпустимими в демократії».', 'неприпустимими'), 'Національна комісія з прав людини Нігерії');
});

test('a title\'s owner the tagger read as a dative is split from the name after it too', () => {
  assert.equal(speakerOf('«Це незаконна відплата», – заявив ректор Гарварду Стівен Пінкер.', 'незаконна'), 'Стівен Пінкер');
  assert.equal(speakerOf('«Це незаконна відплата», – заявив президент Корнеллу Майкл Котлікофф.', 'незаконна'), 'Майкл Котлікофф');
});

test('an organisation\'s name in Latin letters goes on over the number after it', () => {
  const a = analyse('У Лімі тривають протести руху GenZ 51 проти уряду.');
  assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name === 'GenZ 51'), a.entities.map((e) => `${e.type}:${e.name}`).join('; '));
});

test('a surname left in the accusative in "-у" is named in its "-а" form written alone elsewhere', () => {
  assert.ok(persons('Президент привітав Пітера Мутаріку з перемогою. Мутаріка заявив, що зустрінеться з ним.').includes('Пітер Мутаріка'));
});

test('"За даними X, …" reports what X says, as the blind sets have it; a body named by its common noun there is the one named before', () => {
  const q = quotes('За даними Управління ООН з прав людини, у регіоні загинули 12 цивільних.');
  assert.deepEqual(q.map((x) => [x.direct, x.text]), [[false, 'у регіоні загинули 12 цивільних']]);
  assert.equal(speakerOf('Генеральний штаб ЗСУ повідомив про удар по переправі. За даними штабу, пошкоджено причал і два пороми.', 'причал'), 'Генеральний штаб ЗСУ');
});
