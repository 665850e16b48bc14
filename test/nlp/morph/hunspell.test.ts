import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryDir, loadHunspell } from '../../../src/nlp/morph/hunspell.js';
import { loadHunspellReference } from './hunspellReference.js';

test('indexed reverse affix analysis = the reference implementation (analyses, their order, generated forms)', () => {
  const fast = loadHunspell();
  const ref = loadHunspellReference();
  assert.equal(fast.stemCount, ref.stemCount);
  assert.equal(fast.ruleCount, ref.ruleCount);
  const dic = readFileSync(join(dictionaryDir(), 'index.dic'), 'utf8').split('\n');
  let n = 0;
  for (let i = 1; i < dic.length; i += 61) {
    const w = dic[i].split('/')[0];
    if (!w) continue;
    const l = w.toLowerCase();
    for (const f of [l, l + 'ами', l.slice(0, -1) + 'и', l + 'ові', l.slice(0, -1) + 'ою', l.slice(0, -2) + 'ого', l + 'ся', l.slice(1), '']) {
      assert.deepEqual(fast.analyze(f), ref.analyze(f), f);
      n++;
    }
    for (const x of [w, l, w.toUpperCase()]) assert.deepEqual(fast.generate(x), ref.generate(x), x);
  }
  assert.ok(n > 40_000, String(n));
  for (const f of ['києва', 'ударами', 'заявив', "пам'яттю", 'й', 'нато', 'іванові', 'xyz', 'з']) assert.deepEqual(fast.analyze(f), ref.analyze(f), f);
});
