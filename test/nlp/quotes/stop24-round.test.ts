/**
 * Stop 24's speaker rules, each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const speakerOf = (text: string, part: string): string | null => {
  const a = pipeline.analyze({ id: 't', date: '2025-08-29', lang: 'uk', text });
  const q = a.quotes.find((x) => x.text.includes(part));
  assert.ok(q, `no quote with "${part}"`);
  return q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null;
};

test('"– наголосив глава держави" is the president of a state named before, not the president of an international body named after him', () => {
  const text = 'Увечері президент Володимир Зеленський провів відеорозмову з президентом Європейської ради Антоніу Коштою. «Нам потрібні нові санкції вже цього місяця», – наголосив глава держави.';
  assert.equal(speakerOf(text, 'нові санкції'), 'Володимир Зеленський');
});
