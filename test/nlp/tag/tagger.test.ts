import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../../src/nlp/pipeline.js';
import { loadTagger } from '../../../src/nlp/tag/tagger.js';

// Hand-written sentences in the news style (not from any corpus).
test('tags a news sentence: POS, case, lemma consistent with the tag', () => {
  const forms = ['Міністр', 'оборони', 'заявив', ',', 'що', 'Україна', 'отримає', 'нові', 'системи', 'протиповітряної', 'оборони', '.'];
  const out = loadTagger().tagForms(forms);
  const by = (i: number) => out[i];
  assert.equal(by(0).upos, 'NOUN');
  assert.equal(by(0).lemma.toLowerCase(), 'міністр');
  assert.match(by(1).tag, /^noun:.*v_rod/);
  assert.equal(by(2).lemma, 'заявити');
  assert.equal(by(2).upos, 'VERB');
  assert.match(by(2).feats, /Tense=Past/);
  assert.equal(by(3).upos, 'PUNCT');
  assert.equal(by(4).upos, 'SCONJ');
  assert.equal(by(5).upos, 'PROPN');
  assert.equal(by(6).lemma, 'отримати');
  assert.match(by(8).tag, /v_zna/, 'object of отримає is accusative');
  assert.equal(by(9).lemma, 'протиповітряний');
  assert.match(by(9).tag, /^adj:f:v_rod/);
});

test('prepositions govern case; unknown names get noun tags', () => {
  const out = loadTagger().tagForms(['Делегація', 'прибула', 'до', 'Києва', 'разом', 'із', 'Фабріціо', 'Кваренгі', '.']);
  assert.match(out[3].tag, /v_rod/);
  assert.equal(out[3].lemma, 'Київ');
  assert.equal(out[2].upos, 'ADP');
  assert.ok(['PROPN', 'NOUN', 'X'].includes(out[6].upos), out[6].upos);
});

test('the tag component fills lemma, pos, feats and tag on every token', () => {
  const p = createPipeline(['segment', 'tag']);
  const a = p.analyze({ id: 't', date: null, lang: 'uk', text: 'Уночі росіяни атакували Харків дронами. Постраждали троє людей.' });
  assert.ok(a.tokens.length >= 10);
  for (const t of a.tokens) {
    assert.ok(t.lemma && t.pos && t.feats && t.tag, JSON.stringify(t));
  }
  const dr = a.tokens.find((t) => t.text === 'дронами');
  assert.equal(dr?.lemma, 'дрон');
  assert.match(dr?.feats ?? '', /Case=Ins/);
  assert.equal(a.tokens.find((t) => t.text === 'атакували')?.lemma, 'атакувати');
});

test('the indexed fast decoder chooses exactly what the feature-string reference decoder chooses', async () => {
  const { prepareSentence } = await import('../../../src/nlp/tag/perceptron.js');
  const tagger = loadTagger();
  const scorer = (tagger as unknown as { scorer: import('../../../src/nlp/tag/perceptron.js').PerceptronScorer }).scorer;
  const sentences = [
    'Уночі російські війська вдарили по Харкову балістичними ракетами , пошкоджено три житлові будинки .',
    'Прем’єр-міністерка провела переговори з єврокомісаром і домовилася про нову допомогу для енергетики .',
    'Голова ОП повідомив , що партнери готують другий пакет санкцій проти Росії .',
    'У 2024-му році ЗСУ отримали 12 систем ППО , а ще дві мають надійти до кінця березня .',
  ];
  for (const s of sentences) {
    const forms = s.split(' ');
    const ctx = prepareSentence(forms, forms.map((f) => tagger.candidates(f)));
    // twice: the second run goes through the warm per-form caches
    assert.deepEqual(scorer.tagSentence(ctx), scorer.tagSentenceSlow(ctx), s);
    assert.deepEqual(scorer.tagSentence(ctx), scorer.tagSentenceSlow(ctx), s);
  }
});

test('model weights allow exact float64 sums in any order (the fast decoder regroups additions)', async () => {
  const { readTaggerModel } = await import('../../../src/nlp/tag/tagger.js');
  const m = readTaggerModel();
  const b = Buffer.from(m.weights, 'base64');
  const w = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  let min = Infinity;
  let max = 0;
  for (const x of w) {
    const a = Math.abs(x);
    if (a < min) min = a;
    if (a > max) max = a;
  }
  // every weight a multiple of 2^-28; sums of a few hundred of them stay below 2^25, so float64 holds them exactly
  assert.ok(min >= 2 ** -5, `smallest weight ${min}`);
  assert.ok(max < 2 ** 17, `largest weight ${max}`);
});

test('fast decoder = reference decoder on every sentence of examples/, cold and warm; a fresh tagger tags alike', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { segment } = await import('../../../src/nlp/segment/segmenter.js');
  const { prepareSentence, PerceptronScorer } = await import('../../../src/nlp/tag/perceptron.js');
  const { Tagger, readTaggerModel, withAspect } = await import('../../../src/nlp/tag/tagger.js');
  const { loadLexicon } = await import('../../../src/nlp/morph/lexicon.js');
  const dir = join(import.meta.dirname, '..', '..', '..', 'examples');
  const sentences: string[][] = [];
  for (const f of readdirSync(dir).sort()) {
    const { tokens, sentences: ss } = segment(readFileSync(join(dir, f), 'utf8'));
    for (const s of ss) sentences.push(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  }
  assert.ok(sentences.length > 50, String(sentences.length));
  const scorer = new PerceptronScorer(readTaggerModel());
  const tagger = new Tagger(loadLexicon(), scorer);
  const first = sentences.map((s) => tagger.tagForms(s));
  for (const [i, s] of sentences.entries()) {
    const ctx = prepareSentence(s, s.map((f) => tagger.candidates(f)));
    const slow = scorer.tagSentenceSlow(ctx);
    assert.deepEqual(scorer.tagSentence(ctx), slow, s.join(' '));
    assert.deepEqual(first[i].map((w) => w.tag), slow.map((k, j) => withAspect(ctx.cands[j][k].tag, first[i][j].lemma)), s.join(' '));
  }
  // warm caches (second pass) and a fresh tagger over the same lexicon give the same output
  assert.deepEqual(sentences.map((s) => tagger.tagForms(s)), first);
  const fresh = new Tagger(loadLexicon(), new PerceptronScorer(readTaggerModel()));
  assert.deepEqual([...sentences].reverse().map((s) => fresh.tagForms(s)).reverse(), first);
});

test('fast decoder = reference decoder when neighbours differ only in case or apostrophe (caches keyed by form)', async () => {
  const { prepareSentence, PerceptronScorer } = await import('../../../src/nlp/tag/perceptron.js');
  const { Tagger, readTaggerModel } = await import('../../../src/nlp/tag/tagger.js');
  const { loadLexicon } = await import('../../../src/nlp/morph/lexicon.js');
  const scorer = new PerceptronScorer(readTaggerModel());
  const tagger = new Tagger(loadLexicon(), scorer);
  const variants = [
    ['На', 'на', 'НА'], ['Києва', 'києва', 'КИЄВА'], ['Україна', 'україна'], ['її', 'Її'], ["пам'ять", 'пам’ять', 'ПАМ’ЯТЬ'],
    ['Білий', 'білий'], ['дім', 'Дім'], ['США', 'сша'], ['мир', 'Мир'], ['.', ','],
  ];
  let sentences = 0;
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      const forms = variants.map((v, k) => v[(k % 2 ? a : b) % v.length]);
      for (const s of [forms, [...forms].reverse(), forms.slice(3), forms.slice(0, 4)]) {
        const out = tagger.tagForms(s);
        const ctx = prepareSentence(s, s.map((f) => tagger.candidates(f)));
        const slow = scorer.tagSentenceSlow(ctx);
        assert.deepEqual(out.map((w) => w.tag), slow.map((k, j) => ctx.cands[j][k].tag), s.join(' '));
        assert.deepEqual(scorer.tagSentence(ctx), slow, s.join(' '));
        sentences++;
      }
    }
  }
  assert.equal(sentences, 36);
});

test('the tagger model read from its bytes (parseTaggerModel) = JSON.parse of the file', async () => {
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const { TAGGER_MODEL_PATH } = await import('../../../src/nlp/tag/tagger.js');
  const { parseTaggerModel } = await import('../../../src/nlp/tag/perceptron.js');
  const bytes = gunzipSync(readFileSync(TAGGER_MODEL_PATH));
  const fast = parseTaggerModel(bytes);
  assert.ok(fast?.binary, 'read from the bytes');
  const ref = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  for (const k of ['version', 'parts', 'features', 'counts', 'partIds', 'weights'] as const) assert.deepEqual(fast[k], ref[k], k);
  // another shape (an extra field, escapes) is left to JSON.parse
  assert.equal(parseTaggerModel(Buffer.from('{"version":"v","parts":[],"x":1,"features":"","counts":"","partIds":"","weights":""}')), null);
  const small = parseTaggerModel(Buffer.from('{"version":"v","parts":["P:x"],"features":"a\\"b\\nc","counts":"AQABAA==","partIds":"AAAAAA==","weights":"AACAPwAAAEA="}'));
  assert.equal(small?.features, 'a"b\nc');
  assert.deepEqual([...small!.binary!.weights], [1, 2]);
});

test('a capitalised state or capital inside a sentence takes its own reading, not a guessed common noun; at the start a capital says nothing', () => {
  const p = createPipeline(['segment', 'tag']);
  const a = p.analyze({ id: 't', date: null, lang: 'uk', text: 'У понеділок ЄС виділив Молдові 60 мільйонів євро. У понеділок Литва закрила кордон. Досі ніхто не відповів.' });
  const lemma = (w: string): string | undefined => a.tokens.find((t) => t.text === w)?.lemma;
  assert.equal(lemma('Молдові'), 'Молдова');
  assert.equal(lemma('Литва'), 'Литва');
  assert.equal(lemma('Досі'), 'досі');
});

test('a perfective verb\'s present-looking form is a future, also where a guessed analysis read it as a present', () => {
  const forms = ['Президентка', 'в', 'четвер', 'відвідає', 'Брюссель', 'і', 'обговорить', 'вступ', '.'];
  const out = loadTagger().tagForms(forms);
  assert.match(out[3]!.tag, /^verb:perf:futr/);
  assert.match(out[3]!.feats, /Tense=Fut/);
  assert.match(out[6]!.tag, /^verb:perf:futr/);
  // (an imperfective present stays one)
  const b = loadTagger().tagForms(['Уряд', 'розглядає', 'пропозицію', '.']);
  assert.match(b[1]!.tag, /^verb:imperf:pres/);
});

test('a town of the gazetteer the lexicon does not know is read by its declension\'s endings', () => {
  const out = loadTagger().tagForms(['Дрони', 'уразили', 'завод', 'у', 'Саратові', '.']);
  assert.equal(out[4]!.lemma, 'Саратов');
  assert.match(out[4]!.tag, /^noun:inanim:m:v_mis:prop:geo/);
  const b = loadTagger().tagForms(['Удар', 'по', 'Туапсе', 'і', 'Тамбову', '.']);
  assert.equal(b[4]!.lemma, 'Тамбов');
});

test('a feminine town\'s dative or locative in -і with its consonant alternated is that town ("Досі" inside a sentence)', () => {
  const out = loadTagger().tagForms(['Президент', 'подякував', 'Досі', 'за', 'посередництво', '.']);
  assert.equal(out[2]!.lemma, 'Доха');
  // (at a sentence's start the adverb stays)
  const b = loadTagger().tagForms(['Досі', 'невідомо', ',', 'хто', 'стріляв', '.']);
  assert.notEqual(b[0]!.lemma, 'Доха');
});

test('a person noun\'s dative in -ові before plural-looking words is the dative, not a possessive adjective', () => {
  const forms = ['Литва', 'заборонила', 'в’їзд', 'президентові', 'Республіки', 'Сербської', '.'];
  const out = loadTagger().tagForms(forms);
  assert.match(out[3]!.tag, /^noun:[a-z]+:m:v_dav/);
  assert.equal(out[3]!.lemma, 'президент');
});

test('a capital that opens a sentence is the capital ("Баку"), a pronoun that is also a state stays the pronoun ("Того")', () => {
  const a = loadTagger().tagForms(['Баку', 'звинуватив', 'Москву', '.']);
  assert.equal(a[0]!.lemma, 'Баку');
  const b = loadTagger().tagForms(['Того', 'ж', 'дня', 'Литва', 'заявила', '.']);
  assert.equal(b[0]!.lemma.toLowerCase(), 'той');
});
