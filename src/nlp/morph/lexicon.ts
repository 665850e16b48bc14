/**
 * The Ukrainian lexicon: form → analyses (lemma + VESUM tag). Three sources, in order of trust:
 * 1. the BRUK-learnt form table (models/uk-morph.json.gz),
 * 2. hunspell `dictionary-uk` reverse affix analysis, tags from the learnt rule → tag map,
 * 3. a suffix guesser for unknown words (names such as Рубіо, new words such as дронами).
 * Hyphenated compounds fall back to their last part. Loaded once, cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LitopysError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { loadHunspell, type Hunspell } from './hunspell.js';
import { guesserKey, NUMBERED, parseMorphModel, recordTables, type MorphModel } from './model.js';
import { capitalize, lookupKey, normalizeForm } from './normalize.js';

export interface Analysis {
  lemma: string;
  tag: string;
}

/** An analysis with its weight (count or estimated probability) and source, for the tagger. */
export interface WeightedAnalysis extends Analysis {
  weight: number;
  source: 'table' | 'dict' | 'guess' | 'rule';
}

export const MORPH_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'uk-morph.json.gz');

export interface Lexicon {
  model: MorphModel;
  hunspell: Hunspell;
  /** Analyses of a form, most trusted first (memoised: treat the array as read-only). */
  analyze(form: string): WeightedAnalysis[];
  /** The same analyses computed afresh, not memoised (for callers that keep their own per-form cache, as the tagger). */
  analyzeOnce(form: string): WeightedAnalysis[];
  /** Analyses as if the form were absent from the BRUK form table (training: hapaxes stand in for unknown words). */
  analyzeUnlisted(form: string): WeightedAnalysis[];
  /** VESUM tags (with probabilities) a hunspell affix rule produces, learnt from BRUK. */
  ruleTags(rule: string): [string, number][];
  /** lowercase lemma → "form\ttag" pairs seen in the BRUK form table (built on first use). */
  formsOfLemma(lowerLemma: string): [string, string][];
}

let cached: Lexicon | null = null;
const MEMO_LIMIT = 100_000;

function parseRows(s: string | undefined): string[][] {
  if (!s) return [];
  return s.split('\n').map((r) => r.split('\t'));
}



const PUNCT = /^[\p{P}]+$/u;
const SYMBOL = /^[\p{S}]+$/u;
const NUMBER = /^[0-9]+(?:[.,][0-9]+)*$/;
const LATIN = /^[A-Za-z][A-Za-z0-9'&.-]*$/;

export function createLexicon(model: MorphModel, hunspell: Hunspell): Lexicon {
  const tables = model.tables ?? recordTables(model);
  const ruleTagCache = new Map<string, [string, number][]>();
  function ruleTags(rule: string): [string, number][] {
    let r = ruleTagCache.get(rule);
    if (!r) {
      const rows = parseRows(tables.rules.get(rule));
      const total = rows.reduce((a, x) => a + Number(x[1]), 0);
      r = rows.map((x) => [x[0], Number(x[1]) / total] as [string, number]).filter((x) => x[1] >= 0.03);
      ruleTagCache.set(rule, r);
    }
    return r;
  }

  /** Tags of a rule applied to a capitalised lemma: its `^` variant's where the model has one (cached per rule). */
  const capitalCache = new Map<string, [string, number][]>();
  function capitalRuleTags(rule: string): [string, number][] {
    let r = capitalCache.get(rule);
    if (!r) {
      r = tables.rules.get(rule + '^') ? ruleTags(rule + '^') : ruleTags(rule);
      capitalCache.set(rule, r);
    }
    return r;
  }

  /** A guesser entry's rows with the numbers converted, and their total count (parsed once per key). */
  const suffixCache = new Map<string, { rows: [string, number, string, number][]; total: number }>();
  function suffixRows(k: string): { rows: [string, number, string, number][]; total: number } | null {
    let r = suffixCache.get(k);
    if (r === undefined) {
      const rows = parseRows(tables.suffixes.get(k));
      if (!rows.length) return null;
      r = { rows: rows.map((x) => [x[0], Number(x[1]), x[2], Number(x[3])]), total: rows.reduce((a, x) => a + Number(x[3]), 0) };
      suffixCache.set(k, r);
    }
    return r;
  }

  function guess(form: string, key: string): WeightedAnalysis[] {
    for (let l = Math.min(model.maxSuffix, key.length - 1); l >= 1; l--) {
      const entry = suffixRows(guesserKey(form, key.slice(key.length - l)));
      if (!entry) continue;
      const { rows, total } = entry;
      const out: WeightedAnalysis[] = [];
      const isCap = form[0] !== form[0].toLowerCase();
      for (const [tag, strip, add, count] of rows) {
        const p = count / total;
        if (p < 0.01 && out.length >= 3) continue;
        let lemma = key.slice(0, key.length - strip) + add;
        if (!lemma) continue;
        if (isCap && tag.includes(':prop')) lemma = capitalize(lemma);
        out.push({ lemma, tag, weight: p, source: 'guess' });
        if (out.length >= 12) break;
      }
      return out;
    }
    return [{ lemma: key, tag: 'unknown', weight: 1, source: 'guess' }];
  }

  function analyzeKey(form: string, key: string, allowGuess: boolean, useTable = true): WeightedAnalysis[] {
    const out: WeightedAnalysis[] = [];
    const seen = new Set<string>();
    for (const [lemma, tag, count] of useTable ? parseRows(tables.forms.get(key)) : []) {
      out.push({ lemma, tag, weight: Number(count), source: 'table' });
      seen.add(tag);
    }
    const fromTable = out.length;
    if (!fromTable && allowGuess) {
      // "2017-го", "5-ти": hunspell would read the letters after the digits as an abbreviation; the learnt
      // number-suffix table knows them
      const numbered = NUMBERED.exec(key);
      if (numbered && tables.suffixes.get('N' + numbered[1])) {
        const rows = parseRows(tables.suffixes.get('N' + numbered[1]));
        const total = rows.reduce((a, x) => a + Number(x[3]), 0);
        return rows.map(([tag, strip, add, count]) => ({
          lemma: key.slice(0, key.length - Number(strip)) + add, tag, weight: Number(count) / total, source: 'guess' as const,
        }));
      }
    }
    const dictLemmas = new Set<string>();
    for (const a of hunspell.analyze(key)) {
      const capitalised = a.lemma[0] !== a.lemma[0].toLowerCase();
      const tags = capitalised ? capitalRuleTags(a.rule) : ruleTags(a.rule);
      dictLemmas.add(a.lemma.toLowerCase());
      for (let i = 0; i < tags.length; i++) {
        const tag = tags[i][0];
        if (seen.has(tag)) continue;
        seen.add(tag);
        const p = tags[i][1];
        out.push({ lemma: a.lemma, tag, weight: fromTable ? p * 0.5 : p, source: 'dict' });
      }
    }
    if (out.length && !fromTable && allowGuess) {
      // the affix class fixes the paradigm but not always gender, animacy or name kind: let the guesser add the
      // tags it proposes for the same lemma
      for (const g of guess(form, key)) {
        if (seen.has(g.tag) || !dictLemmas.has(g.lemma.toLowerCase())) continue;
        seen.add(g.tag);
        const lemma = out.find((a) => a.lemma.toLowerCase() === g.lemma.toLowerCase())?.lemma ?? g.lemma;
        out.push({ lemma, tag: g.tag, weight: g.weight * 0.3, source: 'guess' });
      }
    }
    if (out.length || !allowGuess) return out;
    if (NUMBER.test(key)) return [{ lemma: key, tag: 'number', weight: 1, source: 'rule' }];
    if (PUNCT.test(key)) return [{ lemma: key, tag: 'punct', weight: 1, source: 'rule' }];
    if (SYMBOL.test(key)) return [{ lemma: key, tag: 'symb', weight: 1, source: 'rule' }];
    if (LATIN.test(key)) return [{ lemma: form, tag: 'unclass', weight: 1, source: 'rule' }];
    const dash = key.lastIndexOf('-');
    if (dash > 0 && dash < key.length - 1) {
      const tail = analyzeKey(form.slice(dash + 1), key.slice(dash + 1), true);
      const head = form.slice(0, dash + 1);
      return tail.map((a) => {
        const tailProper = a.lemma !== '' && a.lemma[0] !== a.lemma[0].toLowerCase();
        return { ...a, lemma: (tailProper ? head : head.toLowerCase()) + a.lemma };
      });
    }
    return guess(form, key);
  }

  const memo = new Map<string, WeightedAnalysis[]>();
  let byLemma: Map<string, [string, string][]> | null = null;
  function formsOfLemma(lowerLemma: string): [string, string][] {
    if (!byLemma) {
      byLemma = new Map();
      for (const [form, rows] of tables.forms.entries()) {
        for (const [lemma, tag] of parseRows(rows)) {
          const k = lemma.toLowerCase();
          const list = byLemma.get(k);
          if (list) list.push([form, tag]);
          else byLemma.set(k, [[form, tag]]);
        }
      }
    }
    return byLemma.get(lowerLemma) ?? [];
  }

  return {
    model,
    hunspell,
    ruleTags,
    formsOfLemma,
    analyzeUnlisted(form: string): WeightedAnalysis[] {
      const norm = normalizeForm(form);
      return analyzeKey(norm, norm.toLowerCase(), true, false);
    },
    analyze(form: string): WeightedAnalysis[] {
      // memo by surface form (case matters to the guesser); bounded so a long-running server does not grow
      let r = memo.get(form);
      if (r) return r;
      r = this.analyzeOnce(form);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(form, r);
      return r;
    },
    analyzeOnce(form: string): WeightedAnalysis[] {
      const norm = normalizeForm(form);
      return analyzeKey(norm, norm.toLowerCase(), true);
    },
  };
}

/** Reads the learnt morphology model; an empty one (hunspell + rules only) when the file is missing. */
export function readMorphModel(path = MORPH_MODEL_PATH): MorphModel {
  if (!existsSync(path)) return { version: 'none', forms: {}, rules: {}, suffixes: {}, maxSuffix: 0 };
  try {
    return parseMorphModel(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (e) {
    throw new LitopysError('MODEL_CORRUPT', `cannot read morphology model: ${(e as Error).message}`, { file: path }, 'restore models/uk-morph.json.gz from the package or run `npm run train:tagger`');
  }
}

/** Loads the lexicon once (hunspell dictionary + learnt model) and caches it. */
export function loadLexicon(): Lexicon {
  if (!cached) cached = createLexicon(readMorphModel(), loadHunspell());
  return cached;
}

/** Replaces the cached lexicon (training builds one from a fresh model). */
export function setLexicon(lex: Lexicon | null): void {
  cached = lex;
}

export { lookupKey };
