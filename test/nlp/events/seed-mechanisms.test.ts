import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import type { AnalyzedDocument } from '../../../src/types.js';

const pipeline = createPipeline();
const run = (text: string, date = '2025-06-10'): AnalyzedDocument => pipeline.analyze({ id: 't', date, lang: 'uk', text });
const name = (a: AnalyzedDocument, id: string | null | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;

test('opposition of a body to something is its REJECT; a KB institution tagged a place is still a party', () => {
  const a = run('Переговори ускладнює відкрита опозиція Кремля до розширення місії ООН.');
  const r = a.events.find((e) => e.type === 'REJECT');
  assert.ok(r, JSON.stringify(a.events));
  assert.deepEqual(r.source.map((s) => name(a, s)), ['Кремль']);
});

test('a hypothetical consequence ("в цьому випадку …") is not an event', () => {
  const a = run('Уряд пояснив паузу тим, що в цьому випадку Москва вийде з переговорів.');
  assert.equal(a.events.filter((e) => e.type === 'RETREAT').length, 0, JSON.stringify(a.events));
});

test('a place in a relative clause of another event noun is not this event\'s place', () => {
  const a = run('Міністр повідомив, що розмова з колегами стала продовженням саміту, який відбувся у Римі 2 червня.');
  const talk = a.events.find((e) => e.trigger.text.startsWith('розмова'));
  assert.ok(talk, JSON.stringify(a.events));
  assert.notEqual(name(a, talk.location), 'Рим');
});
