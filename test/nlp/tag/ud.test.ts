import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vesumToUd } from '../../../src/nlp/tag/ud.js';

test('nouns, proper names, pronouns', () => {
  assert.deepEqual(vesumToUd('noun:inanim:f:v_rod', 'безпеки', 'безпека'), { upos: 'NOUN', feats: 'Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing' });
  assert.deepEqual(vesumToUd('noun:anim:m:v_naz:prop:lname', 'Єрмак', 'Єрмак'), {
    upos: 'PROPN', feats: 'Animacy=Anim|Case=Nom|Gender=Masc|NameType=Sur|Number=Sing',
  });
  assert.equal(vesumToUd('noun:inanim:p:v_zna', 'гарантії').feats, 'Animacy=Inan|Case=Acc|Number=Plur');
  assert.deepEqual(vesumToUd('noun:unanim:m:v_naz:pron:pers:3', 'він', 'він'), { upos: 'PRON', feats: 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs' });
});

test('pronominal adjectives are DET, participles ADJ with VerbForm=Part', () => {
  assert.deepEqual(vesumToUd('adj:m:v_rod:pron:dem', 'цього', 'цей'), { upos: 'DET', feats: 'Case=Gen|Gender=Masc|Number=Sing|PronType=Dem' });
  assert.equal(vesumToUd('adj:f:v_naz:adjp:pasv:perf', 'підписана', 'підписаний').feats, 'Aspect=Perf|Case=Nom|Gender=Fem|Number=Sing|VerbForm=Part|Voice=Pass');
  assert.equal(vesumToUd('adj:f:v_naz:compb', 'велика', 'великий').upos, 'ADJ');
});

test('verbs, бути as AUX, conditional б', () => {
  assert.deepEqual(vesumToUd('verb:perf:past:m', 'заявив', 'заявити'), { upos: 'VERB', feats: 'Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin' });
  assert.equal(vesumToUd('verb:imperf:pres:s:3', 'є', 'бути').upos, 'AUX');
  assert.equal(vesumToUd('verb:perf:inf', 'підписати', 'підписати').feats, 'Aspect=Perf|VerbForm=Inf');
  assert.deepEqual(vesumToUd('part', 'б', 'б'), { upos: 'AUX', feats: 'Mood=Cnd' });
  assert.equal(vesumToUd('advp:perf', 'підписавши', 'підписати').upos, 'VERB');
});

test('closed classes and punctuation', () => {
  assert.equal(vesumToUd('prep', 'у', 'у').upos, 'ADP');
  assert.equal(vesumToUd('conj:coord', 'і', 'і').upos, 'CCONJ');
  assert.equal(vesumToUd('conj:subord', 'що', 'що').upos, 'SCONJ');
  assert.equal(vesumToUd('part:neg', 'не', 'не').upos, 'PART');
  assert.equal(vesumToUd('punct', ',', ',').upos, 'PUNCT');
  assert.equal(vesumToUd('number', '2025', '2025').upos, 'NUM');
  assert.equal(vesumToUd('punct', ',').feats, '_');
});
