/** Shared helpers of the events tests: the real default pipeline, entity names of an actor list, the single event of a type. */
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import type { AnalyzedDocument, Event } from '../../../src/types.js';

const pipeline = createPipeline();

export function analyse(text: string, date = '2025-06-12'): AnalyzedDocument {
  return pipeline.analyze({ id: 't', date, lang: 'uk', text });
}

export function names(adoc: AnalyzedDocument, ids: string[]): string[] {
  return ids.map((id) => adoc.entities.find((e) => e.id === id)?.name ?? `?${id}`).sort();
}

export function only(adoc: AnalyzedDocument, type: string): Event {
  const evs = adoc.events.filter((e) => e.type === type);
  assert.equal(evs.length, 1, `one ${type} expected, got ${JSON.stringify(adoc.events.map((e) => [e.type, e.trigger.text]))}`);
  return evs[0]!;
}
