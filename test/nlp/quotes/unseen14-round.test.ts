/**
 * Speakers after eval/gold/unseen14's blind first run (tuned on from then; eval/gold/unseen15 is the next blind check).
 * Each on sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';

const pipeline = createPipeline();
const speakers = (text: string): (string | null)[] => {
  const a = pipeline.analyze({ id: 't', date: '2026-03-02', lang: 'uk', text });
  return a.quotes.map((q) => (q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null));
};

test('a title after the cue does not take a name from a prepositional phrase further on', () => {
  assert.deepEqual(
    speakers('Командувач армії генерал Мохаммед Юнус відкинув пропозицію. – Ми не зупинимося, – сказав генерал після зустрічі з Ахмадом Шахом.'),
    ['Мохаммед Юнус'],
  );
});

test('a named person in apposition after the comma that ended the cue\'s phrase speaks; an organisation by common words before a name is split from it', () => {
  assert.deepEqual(
    speakers('«Ми залишимося на площі до ранку», – сказала журналістам одна з учасниць акції, викладачка Загребського університету Ана Ковачич.'),
    ['Ана Ковачич'],
  );
});
