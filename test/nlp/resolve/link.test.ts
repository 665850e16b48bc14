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
