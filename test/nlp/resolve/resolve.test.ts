import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { canonicalName, initials, resolveRoleMention } from '../../../src/nlp/resolve/index.js';
import type { AnalyzedDocument, Document, EntityType } from '../../../src/types.js';

const doc = (text: string): Document => ({ id: 't', date: '2025-03-01', lang: 'uk', text });
const tagged = (text: string): AnalyzedDocument => createPipeline(['segment', 'tag']).analyze(doc(text));
const full = (text: string): AnalyzedDocument => createPipeline(['segment', 'tag', 'ner', 'resolve']).analyze(doc(text));

/** Canonical name of the tokens of `phrase` inside `text` (no NER involved: the span is given). */
function canon(text: string, phrase: string, type: EntityType): string {
  const a = tagged(text);
  const start = text.indexOf(phrase);
  const toks = a.tokens.filter((t) => t.start >= start && t.end <= start + phrase.length);
  return canonicalName(toks, type, text);
}

test('canonical names: nominative of the head and agreeing adjectives, genitive tail kept', () => {
  assert.equal(canon('Делегація Великої Британії прибула вчора.', 'Великої Британії', 'LOC'), 'Велика Британія');
  assert.equal(canon('Заяву Андрія Єрмака поширили ввечері.', 'Андрія Єрмака', 'PERS'), 'Андрій Єрмак');
  assert.equal(canon('Речник Офісу президента відмовився коментувати.', 'Офісу президента', 'ORG'), 'Офіс президента');
  assert.equal(canon('Бійці Збройних сил України тримають оборону.', 'Збройних сил України', 'ORG'), 'Збройні сили України');
  assert.equal(canon('Лист надіслали до Міністерства закордонних справ.', 'Міністерства закордонних справ', 'ORG'), 'Міністерство закордонних справ');
  assert.equal(canon('Укриття відкрили в Харківській області.', 'Харківській області', 'LOC'), 'Харківська область');
  assert.equal(canon('Він зателефонував Юлії Свириденко.', 'Юлії Свириденко', 'PERS'), 'Юлія Свириденко');
  assert.equal(canon('Вартість склала 12 млн гривень.', '12 млн гривень', 'MON'), '12 млн гривень', 'amounts keep their text');
  assert.equal(canon('Сполучені Штати оголосили пакет.', 'Сполучені Штати', 'LOC'), 'Сполучені Штати', 'nominative stays');
});

test('initials of a name', () => {
  assert.equal(initials('Офіс президента'), 'ОП');
  assert.equal(initials('Державне бюро розслідувань'), 'ДБР');
  assert.equal(initials('Служба безпеки України'), 'СБУ');
});

test('linking: surname joins the full name, abbreviation joins its expansion, actors and places coded', () => {
  const text =
    'Керівник Офісу президента Андрій Єрмак провів у Києві зустріч із делегацією Великої Британії. ' +
    'Державний секретар США Марко Рубіо подякував українській стороні. ' +
    'Після розмови Єрмак повідомив, що ОП підготує нові пропозиції. ' +
    'Пізніше голова ОП поїхав до Львова.';
  const a = full(text);
  const byName = new Map(a.entities.map((e) => [e.name, e]));
  const yermak = byName.get('Андрій Єрмак');
  assert.ok(yermak, a.entities.map((e) => e.name).join(', '));
  assert.equal(yermak.type, 'PERS');
  assert.deepEqual(yermak.mentions.map((m) => m.text), ['Андрій Єрмак', 'Єрмак']);
  assert.match(yermak.actor?.role ?? '', /^керівник/);
  assert.equal(yermak.actor?.country, 'UKR');

  const op = byName.get('Офіс президента');
  assert.ok(op);
  assert.deepEqual(op.mentions.map((m) => m.text), ['Офісу президента', 'ОП', 'ОП']);
  assert.equal(op.actor?.country, 'UKR');
  assert.equal(op.actor?.sector, 'GOV');
  assert.equal(op.mentions[0].canonical, 'Офіс президента');

  const rubio = byName.get('Марко Рубіо');
  assert.ok(rubio);
  assert.equal(rubio.actor?.role, 'державний секретар');
  assert.equal(rubio.actor?.country, 'USA');

  const usa = a.entities.find((e) => e.actor?.kbId === 'country:USA');
  assert.ok(usa);
  assert.equal(usa.actor?.country, 'USA');

  const kyiv = byName.get('Київ');
  assert.ok(kyiv);
  assert.equal(kyiv.type, 'LOC');
  assert.equal(kyiv.geo?.country, 'UKR');
  assert.ok(Math.abs((kyiv.geo?.lat ?? 0) - 50.45) < 0.1);
  const lviv = byName.get('Львів');
  assert.ok(lviv?.geo);

  // every mention points to its entity
  for (const e of a.entities) for (const m of e.mentions) assert.equal(m.entity, e.id);

  // a later role-only mention resolves to the person introduced with that role
  const i = a.tokens.findIndex((t) => t.text === 'голова');
  assert.equal(resolveRoleMention(a, { tokenStart: i, tokenEnd: i + 2 }), yermak.id);
  const k = a.tokens.findIndex((t) => t.text === 'розмови');
  assert.equal(resolveRoleMention(a, { tokenStart: k, tokenEnd: k + 1 }), null, 'not a role noun');
});

test('different people with the same first name stay apart; unknown abbreviations stand alone', () => {
  const a = full('Олег Петренко і Олег Коваленко підписали угоду з ТОВ «Світанок». Петренко залишився задоволений.');
  const pers = a.entities.filter((e) => e.type === 'PERS');
  const petrenko = pers.find((e) => e.name === 'Олег Петренко');
  assert.ok(petrenko, pers.map((e) => e.name).join(', '));
  assert.equal(petrenko.mentions.length, 2);
  const kovalenko = pers.find((e) => e.name === 'Олег Коваленко');
  assert.ok(kovalenko);
  assert.equal(kovalenko.mentions.length, 1);
});

test('a Ukrainian body in the knowledge base is not linked when another country is named with it', () => {
  const a = full('Речник МЗС Франції прокоментував заяву. Окремо МЗС України висловило протест.');
  const fr = a.entities.find((e) => e.mentions.some((m) => m.text === 'МЗС' && a.doc.text.slice(m.end, m.end + 8) === ' Франції'));
  if (fr) {
    assert.notEqual(fr.actor?.kbId, 'ua-mfa');
    assert.notEqual(fr.actor?.country, 'UKR');
  }
  const ua = a.entities.find((e) => e.actor?.kbId === 'ua-mfa');
  assert.ok(ua, a.entities.map((e) => `${e.name}/${e.actor?.kbId}`).join(', '));
});

test('roles: a title with a country before the name; a post noun right before a name', () => {
  const a = full('Президент Франції Емманюель Макрон прибув до Берліна. Віцепрем’єрка Оксана Гайова відкрила форум.');
  const macron = a.entities.find((e) => e.name === 'Емманюель Макрон');
  assert.ok(macron, a.entities.map((e) => `${e.type}:${e.name}`).join(', '));
  assert.equal(macron.actor?.role, 'президент');
  assert.equal(macron.actor?.country, 'FRA');
  const france = a.entities.find((e) => e.actor?.kbId === 'country:FRA');
  assert.ok(france);
  const berlin = a.entities.find((e) => e.name === 'Берлін');
  assert.equal(berlin?.geo?.country, 'DEU');
  const haiova = a.entities.find((e) => e.name === 'Оксана Гайова');
  assert.equal(haiova?.actor?.role, 'віцепрем’єрка');
});

test('canonical names of persons: a surname read in another case than the first name is kept as written', () => {
  assert.equal(canon('Президент Рафаель Бертоні прибув учора.', 'Рафаель Бертоні', 'PERS'), 'Рафаель Бертоні');
  assert.equal(canon('Розмова з Едвардом Кеммі тривала годину.', 'Едвардом Кеммі', 'PERS'), 'Едвард Кеммі');
  assert.equal(canon('Вони підтримали Володимира Зеленського.', 'Володимира Зеленського', 'PERS'), 'Володимир Зеленський');
  assert.equal(canon('Лист Володимиру Зеленському передали.', 'Володимиру Зеленському', 'PERS'), 'Володимир Зеленський');
});
