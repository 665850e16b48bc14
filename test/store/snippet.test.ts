import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/nlp/segment/segmenter.js';
import { makeSnippet, fold } from '../../src/store/snippet.js';
import { encodeTokens, decodeTokens } from '../../src/store/tokenCodec.js';
import { setQueryLemmas } from '../../src/store/lemmas.js';

const TEXT = 'Перше речення про погоду. Друге речення про погоду. Третє речення про наголо́с і гарантії безпеки для пам’яті. Четверте речення.';

function marked(s: { snippet: string; highlights: [number, number][] }): string[] {
  return s.highlights.map(([a, b]) => s.snippet.slice(a, b));
}

test('token codec round-trips offsets, kinds, spaces and tagger fields', () => {
  const { tokens } = segment(TEXT);
  tokens[3].lemma = 'погода';
  tokens[3].pos = 'NOUN';
  tokens[3].feats = 'Case=Acc';
  tokens[3].tag = 'noun:inanim:f:v_zna';
  const back = decodeTokens(encodeTokens(tokens), TEXT, (i) => tokens[i].sentence);
  assert.deepEqual(back, tokens);
});

test('snippets: the window with the most query terms, case/stress/apostrophe-insensitive, phrases and prefixes', () => {
  setQueryLemmas((w) => [w.toLowerCase()]);
  try {
    const { tokens } = segment(TEXT);
    const s = makeSnippet(TEXT, tokens, [{ words: ['ГАРАНТІЇ'], prefix: false }, { words: ['наголос'], prefix: false }], 4);
    assert.deepEqual(marked(s), ['наголо́с', 'гарантії']);
    assert.ok(s.snippet.startsWith('…') && s.snippet.endsWith('…'));
    assert.deepEqual(marked(makeSnippet(TEXT, tokens, [{ words: ["пам'яті"], prefix: false }])), ['пам’яті']);
    assert.deepEqual(marked(makeSnippet(TEXT, tokens, [{ words: ['гарантії', 'безпеки'], prefix: false }])), ['гарантії безпеки']);
    assert.deepEqual(marked(makeSnippet(TEXT, tokens, [{ words: ['безпеки', 'гарантії'], prefix: false }])), []);
    assert.deepEqual(marked(makeSnippet(TEXT, tokens, [{ words: ['гарант'], prefix: true }])), ['гарантії']);
    assert.equal(fold('НАГОЛО́С'), 'наголос');
  } finally {
    setQueryLemmas(null);
  }
});
