import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWord, inflect, lemmaCandidates } from '../../../src/nlp/morph/index.js';
import { lookupKey, normalizeForm } from '../../../src/nlp/morph/normalize.js';
import { readMorphModel } from '../../../src/nlp/morph/lexicon.js';
import { LitopysError } from '../../../src/errors.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const lemmas = (form: string): string[] => analyzeWord(form).map((a) => a.lemma);
const has = (form: string, lemma: string, tagPart: string): boolean =>
  analyzeWord(form).some((a) => a.lemma === lemma && a.tag.split(':').includes(tagPart));

test('common words: lemma and VESUM tag', () => {
  assert.ok(has('ударів', 'удар', 'v_rod'));
  assert.ok(has('ударом', 'удар', 'v_oru'));
  assert.ok(has('заявив', 'заявити', 'past'));
  assert.ok(has('гарантії', 'гарантія', 'noun'));
  assert.ok(has('безпеки', 'безпека', 'v_rod'));
  assert.ok(has('великої', 'великий', 'adj'));
  assert.ok(has('у', 'у', 'prep'));
});

test('case variants analyse alike', () => {
  for (const f of ['Київ', 'київ', 'КИЇВ']) assert.ok(lemmas(f).includes('Київ'), f);
  assert.ok(has('КИЄВА', 'Київ', 'v_rod'));
});

test('apostrophe variants and stress marks are normalised', () => {
  for (const f of ['пам’ять', 'памʼять', "пам'ять", 'пам`ять']) assert.ok(lemmas(f).includes("пам'ять"), f);
  assert.equal(normalizeForm('мі\u0301сто'), 'місто');
  assert.ok(lemmas('мі\u0301ста').includes('місто'));
  assert.equal(lookupKey('Об’єднаних'), "об'єднаних");
});

test('hyphenated compounds', () => {
  assert.ok(lemmas('Івано-Франківська').includes('Івано-Франківськ'));
  assert.ok(analyzeWord('дрон-камікадзе').length > 0);
});

test('guesser: unknown names and new words get plausible lemmas', () => {
  assert.ok(has('Єрмака', 'Єрмак', 'v_rod'));
  assert.ok(analyzeWord('Рубіо').some((a) => a.tag.startsWith('noun') && a.lemma === 'Рубіо'));
  assert.ok(lemmas('дронами').includes('дрон'));
  // a made-up surname in the genitive: the -енка ending rewrites to -енко
  assert.ok(lemmas('Шмигаленка').includes('Шмигаленко'), JSON.stringify(analyzeWord('Шмигаленка')));
  assert.ok(analyzeWord('Іскандер').some((a) => a.tag.startsWith('noun')));
});

test('lemmaCandidates for search', () => {
  assert.ok(lemmaCandidates('ударів').includes('удар'));
  assert.ok(lemmaCandidates('Ударом').includes('удар'));
  assert.ok(lemmaCandidates('ДРОНАМИ').includes('дрон'));
  assert.ok(lemmaCandidates('ксщжфх').includes('ксщжфх'), 'unknown word keeps itself');
  for (const l of lemmaCandidates('Києва')) assert.equal(l, l.toLowerCase());
});

test('inflect builds nominative names and other forms', () => {
  assert.equal(inflect('великий', 'adj:f:v_naz'), 'велика');
  assert.equal(inflect('британія', 'noun:f:v_naz'), 'британія');
  assert.equal(inflect('Британія', 'noun:v_rod'), 'Британії');
  assert.equal(inflect('Андрій', 'noun:m:v_naz'), 'Андрій');
  assert.equal(inflect('Єрмак', 'noun:v_oru'), 'Єрмаком');
  assert.equal(inflect('удар', 'noun:p:v_rod'), 'ударів');
  assert.equal(inflect('державний', 'adj:f:v_rod'), 'державної');
  assert.equal(inflect('ксщжфх', 'noun:v_rod'), null);
});

test('odd input never throws', () => {
  for (const f of ['', '-', '---', "'", '’', 'а-', '-а', '😀', '12-', '2017-го', 'ДСНС-ники', 'x'.repeat(300), '\u0301']) {
    assert.ok(Array.isArray(analyzeWord(f)), f);
    assert.ok(lemmaCandidates(f).length >= 1, f);
  }
  assert.ok(analyzeWord('2017-го').some((a) => a.tag.startsWith('adj') && a.tag.includes('v_rod')));
});

test('words that are Object.prototype property names are words (no crash)', async () => {
  const { loadTagger } = await import('../../../src/nlp/tag/tagger.js');
  for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.ok(analyzeWord(w).length > 0, w);
    assert.ok(lemmaCandidates(w).length > 0, w);
  }
  const out = loadTagger().tagForms(['Клас', 'constructor', 'і', '__proto__', '.']);
  assert.equal(out.length, 5);
});

test('the model file read lazily (parseMorphModel) = JSON.parse of it, tables and records', async () => {
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const { MORPH_MODEL_PATH } = await import('../../../src/nlp/morph/lexicon.js');
  const { parseMorphModel } = await import('../../../src/nlp/morph/model.js');
  const text = gunzipSync(readFileSync(MORPH_MODEL_PATH)).toString('utf8');
  const ref = JSON.parse(text) as Record<string, unknown> & { forms: Record<string, string>; rules: Record<string, string>; suffixes: Record<string, string> };
  const lazy = parseMorphModel(text);
  assert.ok(lazy.tables, 'scanned, not parsed');
  assert.equal(lazy.version, ref.version);
  assert.equal(lazy.maxSuffix, ref.maxSuffix);
  for (const name of ['forms', 'rules', 'suffixes'] as const) {
    const table: import('../../../src/nlp/morph/model.js').MorphTable = lazy.tables![name];
    assert.deepEqual([...table.entries()], Object.entries(ref[name]), name);
    for (const k of Object.keys(ref[name]).slice(0, 2000)) assert.equal(table.get(k), ref[name][k]);
    assert.equal(table.get('constructor'), undefined);
    assert.equal(table.get('no such key'), undefined);
  }
  assert.deepEqual(lazy.forms, ref.forms);
  // other shapes fall back to JSON.parse
  assert.deepEqual(parseMorphModel('{"version":"x","forms":{"a":"b\\tc"},"rules":{},"suffixes":{},"maxSuffix":3}').tables!.forms.get('a'), 'b\tc');
  assert.deepEqual(parseMorphModel('{"maxSuffix":1,"version":"v","forms":{},"rules":{},"suffixes":{},"extra":[1,2]}'), {
    maxSuffix: 1, version: 'v', forms: {}, rules: {}, suffixes: {}, extra: [1, 2],
  });
});

test('a corrupt morphology model is a MODEL_CORRUPT error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'litopys-morph-'));
  try {
    const bad = join(dir, 'uk-morph.json.gz');
    writeFileSync(bad, 'not gzip at all');
    assert.throws(() => readMorphModel(bad), (e: unknown) => e instanceof LitopysError && e.code === 'MODEL_CORRUPT' && e.location.file === bad);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('form-table analyses read from the model text where they stand = from the decoded records (escapes, extra fields)', async () => {
  const { parseMorphModel, recordTables } = await import('../../../src/nlp/morph/model.js');
  const { createLexicon, loadLexicon } = await import('../../../src/nlp/morph/lexicon.js');
  const forms: Record<string, string> = {
    ворог: 'ворог\tnoun:anim:m:v_naz\t12\nворог\tnoun:anim:m:v_zna\t1',
    'а"б': 'а"б\tnoun:inanim:m:v_naz\t2',
    'в\\г': 'в\\г\tnoun:inanim:m:v_naz\t3\nв\\г\tnoun:inanim:m:v_zna\t1',
    ґедзь: 'ґедзь\tnoun:anim:m:v_naz\t4\textra\nґедзь\tnoun:anim:m:v_kly\t1',
    пусте: '',
  };
  const text = JSON.stringify({ version: 't', forms, rules: {}, suffixes: {}, maxSuffix: 3 });
  const scanned = parseMorphModel(text);
  assert.ok(scanned.tables?.forms.raw, 'read from the text');
  const { hunspell } = loadLexicon();
  const fromText = createLexicon(scanned, hunspell);
  const fromRecords = createLexicon({ ...JSON.parse(text), tables: undefined }, hunspell);
  assert.ok(!recordTables(JSON.parse(text)).forms.raw);
  for (const f of [...Object.keys(forms), 'немає']) {
    const expected = (forms[f] ?? '').split('\n').filter(Boolean).map((r) => r.split('\t'))
      .map(([lemma, tag, count]) => ({ lemma, tag, weight: Number(count), source: 'table' }));
    const a = fromText.analyzeOnce(f).filter((x) => x.source === 'table');
    assert.deepEqual(a, expected, f);
    assert.deepEqual(fromRecords.analyzeOnce(f).filter((x) => x.source === 'table'), expected, f);
  }
  // the tags handed out are the one interned string per tag
  assert.equal(fromText.analyzeOnce('ворог')[0].tag, fromRecords.analyzeOnce('ворог')[0].tag);
});
