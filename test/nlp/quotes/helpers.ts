/** Shared helpers of the quote tests: the real default pipeline, and each quote's speaker named as its entity is. */
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import type { AnalyzedDocument } from '../../../src/types.js';

export const pipeline = createPipeline();

export function analyse(text: string, date = '2026-03-02'): AnalyzedDocument {
  return pipeline.analyze({ id: 't', date, lang: 'uk', text });
}

/** The quotes of a text with the speaker's entity name (null when none), for an article of the date given. */
export function quotes(text: string, date = '2026-03-02'): { speaker: string | null; direct: boolean; text: string }[] {
  const a = analyse(text, date);
  return a.quotes.map((q) => ({ speaker: q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? null : null, direct: q.direct, text: q.text }));
}

/** The names of the persons a text's entities hold. */
export function persons(text: string, date = '2026-03-02'): string[] {
  return analyse(text, date).entities.filter((e) => e.type === 'PERS').map((e) => e.name);
}

/** The speaker's entity name of the quote holding `part` (null when none); fails when no quote holds it. */
export function speakerOf(text: string, part: string, date = '2025-11-19'): string | null {
  const q = quotes(text, date).find((x) => x.text.includes(part));
  assert.ok(q, `no quote with "${part}"`);
  return q.speaker;
}
