/** Learning the morphology model (models/uk-morph.json.gz) from a tagged corpus; used by scripts/train-tagger.ts. */
import type { GoldToken } from '../tag/corpus.js';
import { loadHunspell } from './hunspell.js';
import { guesserKey, lemmaRewrite, NUMBERED, type MorphModel } from './model.js';
import { lookupKey, normalizeForm } from './normalize.js';

export const MODEL_VERSION = 'uk-bruk-ap-2';
const MAX_SUFFIX = 6;


function countsToRows(m: Map<string, number>, limit = Infinity): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => `${k}\t${v}`).join('\n');
}

export function buildMorphModel(train: GoldToken[][]): MorphModel {
  const hunspell = loadHunspell();
  const forms = new Map<string, Map<string, number>>();
  const types = new Map<string, number>(); // form \t lemma \t tag → count
  for (const s of train) {
    for (const t of s) {
      const key = lookupKey(t.form);
      const lemma = normalizeForm(t.lemma);
      let m = forms.get(key);
      if (!m) forms.set(key, (m = new Map()));
      const lt = `${lemma}\t${t.tag}`;
      m.set(lt, (m.get(lt) ?? 0) + 1);
      const ty = `${normalizeForm(t.form)}\t${lemma}\t${t.tag}`;
      types.set(ty, (types.get(ty) ?? 0) + 1);
    }
  }
  const rules = new Map<string, Map<string, number>>();
  const suffixes = new Map<string, Map<string, number>>();
  const analysed = new Map<string, ReturnType<typeof hunspell.analyze>>();
  for (const [ty, count] of types) {
    const [form, lemma, tag] = ty.split('\t');
    if (tag === 'punct' || tag.startsWith('number') || tag === 'symb') continue;
    const key = form.toLowerCase();
    let an = analysed.get(key);
    if (!an) analysed.set(key, (an = hunspell.analyze(key)));
    for (const a of an) {
      if (a.lemma.toLowerCase() !== lemma.toLowerCase()) continue;
      // a capitalised stem explains only a capitalised lemma (the letter name "В" is not the preposition)
      if ((a.lemma[0] !== a.lemma[0].toLowerCase()) !== (lemma[0] !== lemma[0].toLowerCase())) continue;
      // capitalised stems (names) get their own rule → tag table: the same affix class yields :prop tags there
      const keys = a.lemma[0] !== a.lemma[0].toLowerCase() ? [a.rule, a.rule + '^'] : [a.rule];
      for (const rk of keys) {
        let m = rules.get(rk);
        if (!m) rules.set(rk, (m = new Map()));
        m.set(tag, (m.get(tag) ?? 0) + count);
      }
    }
    const rw = lemmaRewrite(key, lemma.toLowerCase());
    const numbered = NUMBERED.exec(key);
    if (numbered) {
      // "2017-го" → "2017-й": keyed by the letters after the digits, so any number inflects the same way
      const nk = 'N' + numbered[1];
      let m = suffixes.get(nk);
      if (!m) suffixes.set(nk, (m = new Map()));
      const v = `${tag}\t${rw.strip}\t${rw.add}`;
      m.set(v, (m.get(v) ?? 0) + count);
    }
    for (let l = 1; l <= MAX_SUFFIX && l <= key.length; l++) {
      const gk = guesserKey(form, key.slice(key.length - l));
      let m = suffixes.get(gk);
      if (!m) suffixes.set(gk, (m = new Map()));
      const v = `${tag}\t${rw.strip}\t${rw.add}`;
      m.set(v, (m.get(v) ?? 0) + 1);
    }
  }
  const model: MorphModel = { version: MODEL_VERSION, forms: {}, rules: {}, suffixes: {}, maxSuffix: MAX_SUFFIX };
  for (const [k, m] of forms) model.forms[k] = countsToRows(m);
  for (const [k, m] of rules) model.rules[k] = countsToRows(m);
  for (const [k, m] of suffixes) {
    let total = 0;
    for (const v of m.values()) total += v;
    if (total < 2 && k.length > 3 && k[0] !== 'N') continue;
    model.suffixes[k] = countsToRows(m, 15);
  }
  return model;
}

