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
