/**
 * The `events` pipeline stage: PLOVER events (type, mode, source/target actors, trigger, negation, modality, date,
 * place) from the tagged, entity-linked and time-resolved document. The engine is language-independent
 * (./engine.ts); the Ukrainian words live in src/lang/uk/events.ts.
 */
import type { Component } from '../../types.js';
import { UK_EVENTS } from '../../lang/uk/events.js';
import { compile, extractEvents } from './engine.js';
import type { EventLanguage } from './lexicon.js';

export type { EventLanguage } from './lexicon.js';

const LANGUAGES: Record<string, EventLanguage> = { uk: UK_EVENTS };

export function createEventsComponent(): Component {
  const compiled = new Map<string, ReturnType<typeof compile>>();
  return {
    name: 'events',
    reads: ['doc.tokens', 'token.lemma', 'token.tag', 'doc.entities', 'doc.times'],
    // (an act told in a quotation takes the speaker the quotes stage found, when it ran before)
    uses: ['doc.quotes'],
    assigns: ['doc.events', 'doc.entities'],
    score: 'event F1 (type + source + target) on eval/gold',
    run(adoc) {
      const L = LANGUAGES[adoc.doc.lang] ?? LANGUAGES.uk!;
      let C = compiled.get(L.lang);
      if (!C) {
        C = compile(L);
        compiled.set(L.lang, C);
      }
      try {
        adoc.events = extractEvents(adoc, C);
      } catch (e) {
        // Degrade, don't crash: an odd document gets no events rather than failing the batch (LITOPYS_DEBUG=1 says why).
        if (process.env.LITOPYS_DEBUG) console.error(`events: ${adoc.doc.id}: ${(e as Error).stack ?? String(e)}`);
        adoc.events = [];
      }
    },
  };
}
