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
import { NUMBERED, parseMorphModel, recordTables, stringEnd, type MorphModel, type MorphTable } from './model.js';
import { capitalize, lookupKey, normalizeForm } from './normalize.js';

/** Tags of the closed classes (prepositions, conjunctions, particles), which the lexicon lists whole: never a guess for
 * an unknown word. */
// (personal pronouns too, listed whole: "Пхумтхам" is no guessed form of a pronoun like "нам")
const CLOSED_CLASS = /^(prep|conj|part)(:|$)|:pron:pers/;

/**
 * A guessed lemma that reads a final "а" after a vowel as an ending ("Радаа" as a genitive of "Рада" or "Радао"): no
 * Ukrainian stem takes that ending after a vowel, so such a word is a foreign name, not a form of another word.
 */
function vowelGenitive(key: string, lemma: string): boolean {
  return lemma !== key && lemma.length <= key.length && lemma.length >= key.length - 1 && key.startsWith(lemma.slice(0, key.length - 2));
}

/** A hyphen, dash or space: what joins the halves of a double name or a compound. */
const JOINED = /[-‐‑–—\s]/;

/** The key ends in a vowel and "а" (asked once per word, not per guessed row: the guesser runs for most words). */
function vowelA(key: string): boolean {
  const n = key.length;
  return n >= 2 && key.charCodeAt(n - 1) === 0x430 && 'аеєиіїоуюя'.includes(key[n - 2]!);
}

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

/** A guesser entry: rows of (tag, characters to strip, text to add, count) and their total count. */
type GuessEntry = { rows: [string, number, string, number][]; total: number };
/** The guesser's keys by hash (see guessEntry): keys, their values' offsets in the model text, their parsed entries. */
interface SuffixIndex {
  keys: string[];
  bits: Int32Array;
  first: Map<number, number>;
  next: Int32Array;
  /** Where key j's value starts in the model text, still escaped (-2: read it with get()). */
  at: Int32Array;
  entries: (GuessEntry | null | undefined)[];
}
const MEMO_LIMIT = 100_000;
/** The polynomial string hash's multiplier (h(s + c) = h(s)·M + c mod 2^32) and its inverse mod 2^32. */
const HASH_M = 0x01000193;
const HASH_M_INV = 0x359c449b;

function parseRows(s: string | undefined): string[][] {
  if (!s) return [];
  return s.split('\n').map((r) => r.split('\t'));
}

const tagStrings = new Map<string, string>();
const LATIN1 = /^[\u0000-\u00ff]*$/;

/**
 * One flat, one-byte, internalised string per distinct tag. The model's tags are slices of its text, which holds
 * Cyrillic and so is stored two bytes per character: the tagger and every later stage key caches on tags and test
 * them with includes/startsWith, and one shared one-byte string makes those lookups pointer comparisons and the scans
 * half as wide (the tag set is a few thousand strings). The lexicon hands out only such tags.
 */
export function internTag(tag: string): string {
  let t = tagStrings.get(tag);
  if (t === undefined) {
    const flat = LATIN1.test(tag) ? Buffer.from(tag, 'latin1').toString('latin1') : tag;
    t = Object.keys({ [flat]: 0 })[0]!; // property keys are internalised
    tagStrings.set(t, t);
  }
  return t;
}

/** Interned tags by the hash of their text, so a tag in the model text is found without slicing it out. */
const tagsByHash = new Map<number, string[]>();

/** The interned tag spelt by text[from, to). */
function tagAt(text: string, from: number, to: number): string {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 0x01000193) + text.charCodeAt(i)) | 0;
  let list = tagsByHash.get(h);
  if (list) {
    for (const t of list) if (t.length === to - from && text.startsWith(t, from)) return t;
  } else tagsByHash.set(h, (list = []));
  const t = internTag(text.slice(from, to));
  list.push(t);
  return t;
}

const BACKSLASH = 92;
const LETTER_N = 110;
const LETTER_T = 116;

/**
 * Adds the form-table analyses of `key` ("lemma\ttag\tcount" rows) to out/seen; their number. A new form is looked up
 * once (the tagger keeps its analyses), so its value is read from the model text where it stands, still escaped:
 * no decoded copy, no split arrays, and its tags found among the interned ones without making a string per row.
 * Values with other escapes than \t and \n (none in the shipped model) are decoded first.
 */
function tableAnalyses(table: MorphTable, key: string, out: WeightedAnalysis[], seen: Set<string>): number {
  const at = table.raw && table.text !== undefined ? table.raw(key) : -2;
  if (at === -1) return 0;
  if (at >= 0) {
    const text = table.text!;
    if (rawRows(text, at, stringEnd(text, at), true, out, seen)) return out.length;
    out.length = 0;
    seen.clear();
  }
  const value = table.get(key);
  if (value) rawRows(value, 0, value.length, false, out, seen);
  return out.length;
}

/**
 * Parses rows of text[from, to): fields separated by a tab and rows by a newline, or when `escaped` by the JSON escapes
 * \t and \n. False (part of the rows added) when an escaped text holds another escape.
 */
function rawRows(text: string, from: number, to: number, escaped: boolean, out: WeightedAnalysis[], seen: Set<string>): boolean {
  const fieldSep = escaped ? LETTER_T : 9;
  const rowSep = escaped ? LETTER_N : 10;
  const step = escaped ? 2 : 1;
  const ends = [0, 0, 0];
  let field = 0;
  let start = from;
  for (let i = from; i <= to; ) {
    let c = i < to ? text.charCodeAt(i) : rowSep;
    if (escaped && i < to) {
      if (c !== BACKSLASH) {
        i++;
        continue;
      }
      c = text.charCodeAt(i + 1);
      if (c !== LETTER_T && c !== LETTER_N) return false;
    } else if (c !== fieldSep && c !== rowSep) {
      i++;
      continue;
    }
    if (c === fieldSep) {
      if (field < 3) ends[field++] = i;
    } else {
      if (field >= 2) {
        // lemma [start, ends[0]), tag up to ends[1], count up to the next field or the row's end
        const tag = tagAt(text, ends[0] + step, ends[1]);
        const count = text.slice(ends[1] + step, field === 3 ? ends[2] : i);
        out.push({ lemma: text.slice(start, ends[0]), tag, weight: Number(count), source: 'table' });
        seen.add(tag);
      }
      field = 0;
      start = i + step;
    }
    i += i < to ? step : 1;
  }
  return true;
}

/**
 * A guesser value's rows ("tag\tstrip\tadd\tcount", JSON-escaped) read from text[from, to) where it stands, tags found
 * among the interned ones (tagAt); null when it has no rows, undefined (read it decoded) when it holds another escape
 * than \t and \n or a row without four fields.
 */
function rawGuessRows(text: string, from: number, to: number): GuessEntry | null | undefined {
  if (from === to) return null;
  const rows: GuessEntry['rows'] = [];
  let total = 0;
  const ends = [0, 0, 0];
  let field = 0;
  let start = from;
  for (let i = from; i <= to; ) {
    let c = LETTER_N;
    if (i < to) {
      if (text.charCodeAt(i) !== BACKSLASH) {
        i++;
        continue;
      }
      c = text.charCodeAt(i + 1);
      if (c !== LETTER_T && c !== LETTER_N) return undefined;
    }
    if (c === LETTER_T) {
      if (field === 3) return undefined;
      ends[field++] = i;
    } else {
      if (field !== 3) return undefined;
      const count = Number(text.slice(ends[2] + 2, i));
      rows.push([tagAt(text, start, ends[0]), Number(text.slice(ends[0] + 2, ends[1])), text.slice(ends[1] + 2, ends[2]), count]);
      total += count;
      field = 0;
      start = i + 2;
    }
    i += 2;
  }
  return { rows, total };
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
      r = rows.map((x) => [internTag(x[0]), Number(x[1]) / total] as [string, number]).filter((x) => x[1] >= 0.03);
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

  /**
   * The guesser's keys indexed by their hash (built on first use), so that a new word's suffixes are found from its
   * prefix hashes alone: a new word tries up to maxSuffix suffixes, longest first, and most of the longer ones are not
   * keys. A bit per hash (2^20 bits, 128 KiB) rejects most of those; the others are found through `suffixSlot`
   * (hash → first key index, then `suffixNext` for keys sharing a hash) and checked character by character. No key
   * string is built and no string-keyed map is probed per suffix: on fresh text about half the new forms reach the
   * guesser, each with a suffix not looked up before, and building, flattening and hashing that key string and
   * decoding, splitting and re-interning its value cost more than the guess itself.
   */
  let suffixIndex: SuffixIndex | null = null;
  const suffixBit = (h: number): number => Math.imul(h, 0x85ebca6b) >>> 12;
  function buildSuffixIndex(): SuffixIndex {
    const keys: string[] = [];
    for (const k of tables.suffixes.keys()) keys.push(k);
    const bits = new Int32Array(1 << 15);
    const first = new Map<number, number>();
    const next = new Int32Array(keys.length).fill(-1);
    const at = new Int32Array(keys.length);
    const text = tables.suffixes.text;
    for (let j = keys.length - 1; j >= 0; j--) {
      const k = keys[j];
      let h = 0;
      for (let i = 0; i < k.length; i++) h = (Math.imul(h, HASH_M) + k.charCodeAt(i)) | 0;
      const b = suffixBit(h);
      bits[b >>> 5] |= 1 << (b & 31);
      const head = first.get(h);
      if (head !== undefined) next[j] = head;
      first.set(h, j);
      at[j] = tables.suffixes.raw && text !== undefined ? tables.suffixes.raw(k) : -2;
    }
    return { keys, bits, first, next, at, entries: new Array<GuessEntry | null | undefined>(keys.length).fill(undefined) };
  }

  /**
   * A guesser entry's rows with the numbers converted, and their total count (parsed once per key; null for a key
   * without rows). Read from the model text where the value stands when it can be, as tableAnalyses does.
   */
  function suffixEntry(index: SuffixIndex, j: number): GuessEntry | null {
    let r = index.entries[j];
    if (r === undefined) {
      const at = index.at[j];
      r = at >= 0 ? rawGuessRows(tables.suffixes.text!, at, stringEnd(tables.suffixes.text!, at)) : undefined;
      if (r === undefined) {
        const rows = parseRows(tables.suffixes.get(index.keys[j]));
        r = rows.length
          ? { rows: rows.map((x) => [internTag(x[0]), Number(x[1]), x[2], Number(x[3])]), total: rows.reduce((a, x) => a + Number(x[3]), 0) }
          : null;
      }
      index.entries[j] = r;
    }
    return r;
  }

  /** Prefix hashes of the key being guessed (reused). */
  let keyHashes = new Int32Array(64);

  /** The guesser entry of the longest suffix of key the model has (shorter than key, at most maxSuffix), or null. */
  function guessEntry(form: string, key: string): GuessEntry | null {
    const index = (suffixIndex ??= buildSuffixIndex());
    const bits = index.bits;
    const n = key.length;
    if (keyHashes.length <= n) keyHashes = new Int32Array(2 * n + 1);
    const h = keyHashes;
    for (let i = 0; i < n; i++) h[i + 1] = (Math.imul(h[i], HASH_M) + key.charCodeAt(i)) | 0;
    // the guesser key is a casing letter + the suffix (guesserKey): its hash from the suffix's, h(c + s) = c·M^|s| + h(s)
    const c = form[0];
    const capital = (c !== undefined && c !== c.toLowerCase() ? 'C' : 'l').charCodeAt(0);
    const top = Math.min(model.maxSuffix, n - 1);
    let pow = 1;
    for (let l = 1; l <= top; l++) pow = Math.imul(pow, HASH_M);
    for (let l = top; l >= 1; l--) {
      const hs = (Math.imul(capital, pow) + h[n] - Math.imul(h[n - l], pow)) | 0;
      pow = Math.imul(pow, HASH_M_INV);
      const b = suffixBit(hs);
      if (!(bits[b >>> 5] & (1 << (b & 31)))) continue; // not a key
      for (let j = index.first.get(hs) ?? -1; j >= 0; j = index.next[j]) {
        const k = index.keys[j];
        if (k.length !== l + 1 || k.charCodeAt(0) !== capital) continue;
        let i = 0;
        while (i < l && k.charCodeAt(1 + i) === key.charCodeAt(n - l + i)) i++;
        if (i < l) continue;
        const entry = suffixEntry(index, j);
        if (entry) return entry;
        break;
      }
    }
    return null;
  }

  function guess(form: string, key: string): WeightedAnalysis[] {
    const entry = guessEntry(form, key);
    if (!entry) return [{ lemma: key, tag: 'unknown', weight: 1, source: 'guess' }];
    const { rows, total } = entry;
    const out: WeightedAnalysis[] = [];
    const isCap = form[0] !== form[0].toLowerCase();
    const va = vowelA(key);
    for (const [tag, strip, add, count] of rows) {
      const p = count / total;
      if (p < 0.01 && out.length >= 3) continue;
      // (a word the lexicon does not know is no preposition or conjunction, classes it lists whole: "Акеч" is a
      // surname, not a guessed preposition after "поперечь")
      if (CLOSED_CLASS.test(tag)) continue;
      // (a row learnt from a double name adds its second half: "Малкова" is no form of "Малкоов–волков")
      if (JOINED.test(add) && !JOINED.test(key)) continue;
      let lemma = key.slice(0, key.length - strip) + add;
      if (!lemma || (va && vowelGenitive(key, lemma))) continue;
      if (isCap && tag.includes(':prop')) lemma = capitalize(lemma);
      out.push({ lemma, tag, weight: p, source: 'guess' });
      if (out.length >= 12) break;
    }
    return out.length ? out : [{ lemma: key, tag: 'unknown', weight: 1, source: 'guess' }];
  }

  /**
   * What `for (const g of guess(form, key))` adds to a dictionary reading's analyses (out, seen, the dictionary's
   * lowercase lemmas), row by row as guess() makes them, without building the guesses that are dropped: a row whose
   * tag is already there makes no lemma (only its being empty counts, for guess()'s row limits).
   */
  function addGuesses(form: string, key: string, out: WeightedAnalysis[], seen: Set<string>, dictLemmas: Set<string>): void {
    const entry = guessEntry(form, key);
    if (!entry) {
      // guess(): [{ lemma: key, tag: 'unknown', weight: 1 }]
      if (!seen.has('unknown') && dictLemmas.has(key.toLowerCase())) add(key, 'unknown', 1);
      return;
    }
    const { rows, total } = entry;
    const isCap = form[0] !== form[0].toLowerCase();
    const va = vowelA(key);
    let made = 0;
    for (const [tag, strip, addText, count] of rows) {
      const p = count / total;
      if (p < 0.01 && made >= 3) continue;
      if (seen.has(tag)) {
        // guess() would make this row unless its lemma were empty (key.slice(0, key.length - strip) + add)
        if (!addText && key.slice(0, key.length - strip) === '') continue;
        if (++made >= 12) break;
        continue;
      }
      let lemma = key.slice(0, key.length - strip) + addText;
      if (!lemma || (va && vowelGenitive(key, lemma))) continue;
      if (isCap && tag.includes(':prop')) lemma = capitalize(lemma);
      if (dictLemmas.has(lemma.toLowerCase())) add(lemma, tag, p);
      if (++made >= 12) break;
    }

    function add(lemma: string, tag: string, p: number): void {
      seen.add(tag);
      const lower = lemma.toLowerCase();
      const known = out.find((a) => a.lemma.toLowerCase() === lower)?.lemma ?? lemma;
      out.push({ lemma: known, tag, weight: p * 0.3, source: 'guess' });
    }
  }

  function analyzeKey(form: string, key: string, allowGuess: boolean, useTable = true): WeightedAnalysis[] {
    const out: WeightedAnalysis[] = [];
    const seen = new Set<string>();
    const fromTable = useTable ? tableAnalyses(tables.forms, key, out, seen) : 0;
    if (!fromTable && allowGuess) {
      // "2017-го", "5-ти": hunspell would read the letters after the digits as an abbreviation; the learnt
      // number-suffix table knows them
      const numbered = NUMBERED.exec(key);
      if (numbered && tables.suffixes.get('N' + numbered[1])) {
        const rows = parseRows(tables.suffixes.get('N' + numbered[1]));
        const total = rows.reduce((a, x) => a + Number(x[3]), 0);
        return rows.map(([tag, strip, add, count]) => ({
          lemma: key.slice(0, key.length - Number(strip)) + add, tag: internTag(tag), weight: Number(count) / total, source: 'guess' as const,
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
    // ("Південно-Африканської": a dictionary stem of a compound that does not inflect, where the part after the hyphen
    // is an adjective's case form — the compound adjective, as "північно-атлантичного" is)
    const dash0 = key.lastIndexOf('-');
    if (out.length && !fromTable && allowGuess && dash0 > 0 && dash0 < key.length - 1 && out.every((a) => a.lemma.toLowerCase() === key)) {
      const tail = analyzeKey(form.slice(dash0 + 1), key.slice(dash0 + 1), false);
      // (the first part an adverb, "південно-": not a double surname, "Руденко-Краєвської")
      const adverbLead = (): boolean => {
        const lead = analyzeKey(form.slice(0, dash0).toLowerCase(), key.slice(0, dash0), false);
        return lead.length > 0 ? lead.every((a) => a.tag.startsWith('adv')) : key.charAt(dash0 - 1) === 'о';
      };
      if (tail.length && tail.every((a) => a.tag.startsWith('adj')) && adverbLead()) {
        const head = form.slice(0, dash0 + 1).toLowerCase();
        return tail.map((a) => ({ ...a, lemma: head + a.lemma }));
      }
      // ("Гвінеї-Бісау": a place's name whose first part declines and the rest does not — the place named by the first
      // part's case forms)
      const first = analyzeKey(form.slice(0, dash0), key.slice(0, dash0), false).filter((a) => a.tag.includes(':prop:geo') && !a.tag.includes(':nv'));
      if (first.length && (!tail.length || tail.some((a) => a.tag.includes(':nv') || a.tag.startsWith('noninfl')))) {
        const rest = form.slice(dash0);
        return first.map((a) => ({ ...a, lemma: a.lemma + rest }));
      }
    }
    if (out.length && !fromTable && allowGuess) {
      // the affix class fixes the paradigm but not always gender, animacy or name kind: let the guesser add the
      // tags it proposes for the same lemma
      addGuesses(form, key, out, seen, dictLemmas);
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
