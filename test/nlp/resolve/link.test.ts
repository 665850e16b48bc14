/** In-document linking after the unseen4 round: names in other cases, adjectival titles, state forms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();

test('a surname in another case joins the person by its lemma ("Лубінця" → Дмитро Лубінець), an adjectival title counts, a state form names the country', () => {
  const a = pipeline.analyze({ id: 't', date: '2026-01-01', lang: 'uk', text: 'Уповноважений Верховної Ради з прав людини Дмитро Лубінець зустрівся з представниками Держави Катар. За словами Лубінця, переговори тривають.' });
  const p = a.entities.find((e) => e.name === 'Дмитро Лубінець');
  assert.ok(p, JSON.stringify(a.entities.map((e) => e.name)));
  assert.equal(p!.mentions.length, 2);
  assert.equal(p!.actor?.role, 'уповноважений');
  assert.ok(a.entities.some((e) => e.name === 'Катар' && e.mentions.some((m) => m.text === 'Держави Катар')), JSON.stringify(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])));
});

test('a person of the actor knowledge base named in an oblique case takes its name and codes ("з Урсулою фон дер Ляєн"); a surname alone the KB knows waits for a full name in the document', () => {
  const a = pipeline.analyze({ id: 't', date: '2026-01-01', lang: 'uk', text: 'Прем’єр-міністерка провела перемовини з Урсулою фон дер Ляєн у Брюсселі. Після зустрічі фон дер Ляєн пообіцяла новий пакет допомоги.' });
  const e = a.entities.find((x) => x.name === 'Урсула фон дер Ляєн');
  assert.ok(e, JSON.stringify(a.entities.map((x) => [x.type, x.name])));
  assert.equal(e.type, 'PERS');
  assert.equal(e.actor?.kbId, 'eu-von-der-leyen');
  assert.equal(e.actor?.country, 'EU');
  assert.equal(e.actor?.sector, 'IGO');
  assert.equal(e.mentions.length, 2);
  const b = pipeline.analyze({ id: 't', date: '2026-01-01', lang: 'uk', text: 'Депутат Олександр Клименко подав законопроєкт. Клименко заявив, що його підтримають.' });
  const k = b.entities.find((x) => x.name === 'Олександр Клименко');
  assert.ok(k && !k.actor?.kbId && k.mentions.length === 2, JSON.stringify(b.entities.map((x) => [x.name, x.actor, x.mentions.length])));
});

test('an organisation of the actor knowledge base named by its abbreviation joins its full name and takes its codes ("КВІР" → Корпус вартових ісламської революції)', () => {
  const a = pipeline.analyze({ id: 't', date: '2026-01-01', lang: 'uk', text: 'Речник КВІР заявив, що Корпус вартових ісламської революції готовий до удару.' });
  const e = a.entities.find((x) => x.actor?.kbId === 'ir-irgc');
  assert.ok(e, JSON.stringify(a.entities.map((x) => [x.type, x.name, x.actor?.kbId])));
  assert.equal(e.name, 'Корпус вартових ісламської революції');
  assert.equal(e.type, 'ORG');
  assert.equal(e.actor?.country, 'IRN');
  assert.equal(e.actor?.sector, 'MIL');
  assert.deepEqual(e.mentions.map((m) => m.text), ['КВІР', 'Корпус вартових ісламської революції']);
});
