/** The `quotes` stage: direct and indirect quotes with their speakers (adoc.quotes). */
import type { AnalyzedDocument, Component } from '../../types.js';
import { findQuotes } from './extract.js';

export { findQuotes, pairMarks, isSpeechCue, isIndirectCue } from './extract.js';
export { SpeakerFinder } from './speaker.js';

export function createQuotesStage(): Component {
  return {
    name: 'quotes',
    reads: ['doc.tokens', 'doc.entities'],
    assigns: ['doc.quotes'],
    score: 'quote span P/R/F1 and speaker accuracy (eval/quotes.eval.ts)',
    run(adoc: AnalyzedDocument): void {
      adoc.quotes = findQuotes(adoc);
    },
  };
}
