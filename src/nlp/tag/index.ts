/** Public tagging API: the `tag` pipeline component, the tagger itself, and the VESUM → UD mapping. */
export { createTagger, loadTagger, Tagger, type TaggedWord } from './tagger.js';
export { vesumToUd, type UdAnalysis } from './ud.js';
