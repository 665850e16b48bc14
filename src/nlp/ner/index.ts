/** Public NER API: the `ner` component, the tagger over tokens, BILOU labels and scoring. */
export { createNer, loadNer, NerTagger, gazetteerMatcher, NER_MODEL_PATH } from './ner.js';
export { decode as decodeLabels, encode as encodeLabels, LABELS, type TokenSpan } from './labels.js';
export { scoreSpans, type NerScores, type PRF } from './score.js';
