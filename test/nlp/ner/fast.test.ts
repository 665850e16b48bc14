import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable, V_AFX, Vocab } from '../../../src/nlp/ner/featids.js';
import { EntityMemory } from '../../../src/nlp/ner/memory.js';
import { BilouViterbi, CrfTrainer, NerTrainer, viterbi, type TrainSentence } from '../../../src/nlp/ner/model.js';
import { encode, labelOf, NUM_LABELS } from '../../../src/nlp/ner/labels.js';
import { docCues } from '../../../src/nlp/ner/doc.js';

test('feature table: int triples in, indices out, absent keys answer -1, growth keeps every key', () => {
  const t = new FeatureTable(4);
  const keys: [number, number, number][] = [];
  for (let i = 0; i < 5000; i++) keys.push([i * 57 + (i % 57), i % 3 === 0 ? -1 : i * 7, i % 5 === 0 ? -1 : i]);
  keys.forEach((k, i) => assert.equal(t.add(...k), i));
  keys.forEach((k, i) => assert.equal(t.get(...k), i));
  assert.equal(t.add(...keys[10]), 10, 'adding again returns the same index');
  assert.equal(t.get(1, 2, 3), -1);
  assert.equal(t.get(keys[7][0], keys[7][1], 12345), -1);
  const list = t.keyList();
  assert.deepEqual([list[30], list[31], list[32]], keys[10]);
  // a run-time table sized for its keys finds them all
  const r = new FeatureTable(keys.length, 0.7);
  for (const k of keys) r.add(...k);
  keys.forEach((k, i) => assert.equal(r.get(...k), i));
});

test('vocabulary: affix ids by code units equal the ids of the sliced strings', () => {
  const words = ['київ', 'україна', 'ї', '', 'аб', 'abc', 'x\u0000', 'x', 'ґанок', '😀й', 'м’яч'];
  const affixes = new Set<string>();
  for (const w of words) for (let k = 1; k <= 4; k++) affixes.add(w.slice(0, k)).add(w.slice(-k));
  affixes.delete('ук');
  const lists: string[][] = Array.from({ length: 10 }, () => []);
  lists[V_AFX] = [...affixes];
  const v = new Vocab(lists);
  for (const w of [...words, 'ук', 'укр', 'zz', 'x\u0000\u0000']) {
    const n = w.length;
    for (let k = 1; k <= 4; k++) {
      assert.equal(v.affixId(w, 0, Math.min(k, n)), v.id(V_AFX, w.slice(0, k)), `${w} prefix ${k}`);
      assert.equal(v.affixId(w, Math.max(0, n - k), n), v.id(V_AFX, w.slice(-k)), `${w} suffix ${k}`);
    }
  }
});

test('entity memory: longest match, majority type, exact lookups', () => {
  const m = new EntityMemory();
  m.add(['офіс', 'президент', 'україна'], [{ start: 0, end: 2, type: 'ORG' }]);
  m.add(['офіс', 'президент'], [{ start: 0, end: 2, type: 'ORG' }]);
  m.add(['україна'], [{ start: 0, end: 1, type: 'LOC' }]);
  m.add(['україна'], [{ start: 0, end: 1, type: 'LOC' }]);
  m.add(['україна'], [{ start: 0, end: 1, type: 'ORG' }]);
  m.finish();
  assert.deepEqual(m.match(['голова', 'офіс', 'президент', 'україна']), ['', 'B-ORG', 'L-ORG', 'U-LOC']);
  assert.equal(m.exact(['україна'])?.get('LOC'), 2);
  assert.equal(m.exact(['офіс']), undefined);
  // stored and read back, the memory answers the same
  const back = new EntityMemory(m.serialize());
  assert.deepEqual(back.match(['офіс', 'президент', 'і', 'україна']), ['B-ORG', 'L-ORG', '', 'U-LOC']);
});

test('the pruned BILOU Viterbi gives the exact Viterbi path', () => {
  let seed = 7;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const L = NUM_LABELS;
  for (let round = 0; round < 40; round++) {
    const trans = new Float64Array((L + 1) * L);
    for (let k = 0; k < trans.length; k++) trans[k] = (rand() - 0.5) * (round % 2 ? 8 : 1);
    const dec = new BilouViterbi(trans);
    for (const n of [1, 2, 3, 7, 25]) {
      const emit = new Float64Array(n * L);
      for (let k = 0; k < emit.length; k++) emit[k] = (rand() - 0.6) * 10;
      const y = new Int32Array(n);
      dec.run(emit, n, y);
      assert.deepEqual(Array.from(y), viterbi(emit, n, trans), `round ${round}, n ${n}`);
    }
  }
});

test('the CRF trainer learns a toy tagging task, and its weights mix into the perceptron format', () => {
  // feature 0: "capitalised", 1: "lowercase", 2: "after a title"; a capitalised word after a title is a person
  const s1: TrainSentence = { feats: [Int32Array.of(1), Int32Array.of(0, 2), Int32Array.of(1)], gold: encode(3, [{ start: 1, end: 2, type: 'PERS' }]) };
  const s2: TrainSentence = { feats: [Int32Array.of(0), Int32Array.of(1), Int32Array.of(1)], gold: [0, 0, 0] };
  const crf = new CrfTrainer(['0', '1', '2'], 0.3);
  for (let e = 0; e < 30; e++) {
    crf.train(s1);
    crf.train(s2);
  }
  assert.equal(crf.train(s1), 0);
  const { w, t } = crf.weights();
  const L = NUM_LABELS;
  assert.ok(w[2 * L + labelOf('PERS', 'U')] > w[2 * L], 'the title feature favours U-PERS over O');
  // mixed into a perceptron's averaged weights, the model decodes the toy sentence right
  const p = new NerTrainer(['0', '1', '2']);
  const W = new Float32Array(3 * L);
  const T = new Float64Array((L + 1) * L);
  p.addAveraged(W, T, 1);
  for (let k = 0; k < W.length; k++) W[k] += w[k];
  for (let k = 0; k < T.length; k++) T[k] += t[k];
  p.setAveraged(W, T);
  assert.deepEqual(p.predictAveraged(s1), s1.gold);
});

test('document cues: the document memory without the sentence itself, lemma majorities', () => {
  const lemmas = [
    ['ксв', 'розвиватися'],
    ['практика', 'ксв'],
    ['про', 'ксв'],
  ];
  const org = labelOf('ORG', 'U');
  const misc = labelOf('MISC', 'U');
  const c = docCues(lemmas, [Int32Array.of(misc, 0), Int32Array.of(0, org), Int32Array.of(0, org)]);
  // the first sentence's own MISC is left out: the others say ORG
  assert.deepEqual(c[0].dm, ['U-ORG', '']);
  assert.equal(c[0].dl[0], 'ORG:all');
  assert.equal(c[1].dl[1], 'ORG:all', 'the others: one MISC, one ORG, ORG first in type order');
  assert.equal(c[1].dl[0], '');
});

test('int scorer: the trigram cache and the exact-sum path give bit-identical emissions and labels to the uncached sums', async () => {
  const { loadNer } = await import('../../../src/nlp/ner/ner.js');
  const { IntScorer } = await import('../../../src/nlp/ner/model.js');
  const scorer = loadNer().scorer;
  assert.ok(scorer instanceof IntScorer);
  const sc: InstanceType<typeof IntScorer> = scorer;
  const s = sc as unknown as { exact: boolean; emit: Float64Array };
  assert.equal(s.exact, true, 'the committed model has exactly summable weights');
  const t = (text: string, lemma: string, tag: string, pos: string) => ({ text, lemma, tag, pos });
  const sents = [
    [t('Президент', 'президент', 'noun:anim:m:v_naz', 'NOUN'), t('України', 'Україна', 'noun:inanim:f:v_rod:prop:geo', 'PROPN'), t('Володимир', 'Володимир', 'noun:anim:m:v_naz:prop:fname', 'PROPN'), t('Зеленський', 'Зеленський', 'noun:anim:m:v_naz:prop:lname', 'PROPN'), t('прибув', 'прибути', 'verb:perf:past:m', 'VERB'), t('до', 'до', 'prep', 'ADP'), t('Києва', 'Київ', 'noun:inanim:m:v_rod:prop:geo', 'PROPN'), t('.', '.', 'punct', 'PUNCT')],
    [t('Київ', 'Київ', 'noun:inanim:m:v_naz:prop:geo', 'PROPN')],
    [t('«', '«', 'punct', 'PUNCT'), t('Нафтогаз', 'Нафтогаз', 'noun:inanim:m:v_naz:prop', 'PROPN'), t('»', '»', 'punct', 'PUNCT'), t('заплатив', 'заплатити', 'verb:perf:past:m', 'VERB'), t('5', '5', 'number', 'NUM'), t('млн', 'мільйон', 'noun:inanim:m:v_rod:abbr', 'NOUN')],
  ];
  for (const toks of sents) {
    const cues = () => ({ gz: toks.map((_, i) => (i === 1 ? 'B-LOC:country' : '')), role: toks.map((_, i) => i === 0) });
    const run = (cached: boolean): { y: number[]; emit: number[] } => {
      s.exact = cached;
      const y = Array.from(sc.decode(toks, cues()));
      return { y, emit: Array.from(s.emit.subarray(0, toks.length * NUM_LABELS)) };
    };
    const a = run(false);
    const b = run(true);
    const c = run(true);
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
  }
  s.exact = true;
});
