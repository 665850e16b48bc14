/**
 * The `tag` pipeline component: lexicon candidates + averaged perceptron → VESUM tag, lemma consistent with the tag,
 * and the UD UPOS/FEATS mapping. Model: models/uk-tagger.json.gz (scripts/train-tagger.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../paths.js';
import { LitopysError } from '../../errors.js';
import type { AnalyzedDocument, Component, Token } from '../../types.js';
import { loadLexicon, type Lexicon } from '../morph/lexicon.js';
import { isPerfectiveLemma } from '../morph/index.js';
import { compactModel, parseTaggerModel, PerceptronScorer, type Candidate, type FormIds, type LegacyTaggerModel, type TaggerModel } from './perceptron.js';
import { vesumToUdShared, type UdAnalysis } from './ud.js';
import { gazetteerEntries } from '../../lang/uk/gazetteer/index.js';

const UD_GENDER: Record<string, string> = { m: 'Masc', f: 'Fem', n: 'Neut' };
const NOMINAL_UPOS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM']);
const MONTHS = new Set([
  'січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень',
]);
const APOSTROPHE_VARIANT = /[’ʼ‘`]/;
// (patterns tested per token, compiled once: a literal in a loop is a new RegExp object each time it is evaluated)
const CASE_FEAT = /(?:^|\|)Case=(\w+)/;
const CASE_VALUE = /Case=(\w+)/;
const HYPHEN = /^[-‐]$/;
const YEAR_OR_DAY = /^\d{1,4}$/;

/** The lemma spelt with the form's apostrophe (UD-IU and many texts use ’; the lexicon stores '). */
function keepApostrophe(form: string, lemma: string): string {
  const m = APOSTROPHE_VARIANT.exec(form);
  return m && lemma.includes("'") ? lemma.replaceAll("'", m[0]) : lemma;
}

const setFeatCache = new Map<string, string>();

/** Sets one feature in a sorted UD FEATS string (memoised: the same few strings recur). */
function setFeat(feats: string, name: string, value: string): string {
  const key = feats + '\u0001' + name + '\u0001' + value;
  let r = setFeatCache.get(key);
  if (r === undefined) {
    r = setFeatUncached(feats, name, value);
    if (setFeatCache.size >= 50_000) setFeatCache.clear();
    setFeatCache.set(key, r);
  }
  return r;
}

function setFeatUncached(feats: string, name: string, value: string): string {
  const f = feats === '_' ? [] : feats.split('|').filter((x) => !x.startsWith(name + '='));
  f.push(`${name}=${value}`);
  return f.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).join('|');
}

export const TAGGER_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'uk-tagger.json.gz');

/**
 * The tag a chosen candidate gets out: a perfective lemma's present-looking form is a future, whatever aspect a guessed
 * analysis gave it ("відвідає" read as verb:imperf:pres → verb:perf:futr).
 */
export function withAspect(tag: string, lemma: string): string {
  return tag.startsWith('verb:imperf:pres') && isPerfectiveLemma(lemma) ? tag.replace('verb:imperf:pres', 'verb:perf:futr') : tag;
}

export interface TaggedWord {
  lemma: string;
  tag: string;
  upos: string;
  feats: string;
}

/**
 * Candidate analyses of a form, one per tag (the best-supported lemma for it), most trusted first. Not memoised by the
 * lexicon: callers keep the candidates per form.
 */
export function candidatesFor(lex: Lexicon, form: string, unlisted = false): Candidate[] {
  const out: Candidate[] = [];
  for (const a of unlisted ? lex.analyzeUnlisted(form) : lex.analyzeOnce(form)) {
    if (out.some((c) => c.tag === a.tag)) continue;
    // the lexicon hands out interned tags only (internTag): no second lookup per candidate
    out.push({ tag: a.tag, lemma: a.lemma, weight: a.weight, source: a.source });
  }
  return out;
}

/**
 * A form in "-ові" that is the dative of a person noun is not also the plural of its possessive adjective
 * ("президентові" is "to the president", not "the president's" — a reading BRUK has ten times in 600k words, and
 * that a context of plural nouns after it made the tagger prefer: "президентові Республіки Сербської").
 */
function possessiveAsDative(cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  let drop = false;
  for (const c of cands) {
    if (!c.tag.startsWith('adj:p:') || !/[іи][вн]$/.test(c.lemma)) continue;
    const base = c.lemma.slice(0, -2);
    if (cands.some((n) => n.tag.startsWith('noun:anim:m:v_dav') && (n.lemma === base || n.lemma === base + 'о'))) drop = true;
  }
  return drop ? cands.filter((c) => !(c.tag.startsWith('adj:p:') && /[іи][вн]$/.test(c.lemma))) : cands;
}

/**
 * A word in capitals of two letters or more with an abbreviation's reading is no verb ("Президент ПАР", read as the imperative of "парити"; BRUK dev: 136 of 138 such tokens are nouns or
 * uninflected abbreviations).
 */
function capitalsAbbreviation(form: string, cands: Candidate[]): Candidate[] {
  if (form.length < 2 || cands.length < 2 || form !== form.toUpperCase() || form === form.toLowerCase()) return cands;
  if (!cands.some((c) => c.tag.includes(':abbr'))) return cands;
  const kept = cands.filter((c) => !c.tag.startsWith('verb'));
  return kept.length < cands.length ? kept : cands;
}

/** What the tagger keeps per distinct form: its candidates, their model ids, and each candidate's lemma and UD analysis. */
interface FormEntry extends TaggedForm {
  cands: Candidate[];
  ids: FormIds;
  resolved: ({ lemma: string; tag: string; ud: UdAnalysis } | undefined)[];
}

/**
 * A distinct form as the tagger keeps it, for later stages: `ext` holds what the NER keeps per analysis of the form,
 * so that it finds it from the token without a second lookup by text.
 */
export interface TaggedForm {
  readonly form: string;
  ext: unknown;
}

/**
 * The tagger's entries of a document's tokens (by index; undefined where a token was not tagged), set by the tag
 * component for its token array and valid while the tokens' texts are the ones tagged (check `form`).
 */
const tokenForms = new WeakMap<readonly unknown[], (TaggedForm | undefined)[]>();

export function taggedForms(tokens: readonly unknown[]): (TaggedForm | undefined)[] | undefined {
  return tokenForms.get(tokens);
}

let townNames: Set<string> | null = null;
/** Case endings of town names: masculine in a consonant ("Саратов"), feminine in -а ("Гома"). */
const TOWN_ENDINGS: { end: string; add: string; tag: string }[] = [
  { end: 'ові', add: '', tag: 'noun:inanim:m:v_mis:prop:geo' }, { end: 'ом', add: '', tag: 'noun:inanim:m:v_oru:prop:geo' },
  { end: 'і', add: '', tag: 'noun:inanim:m:v_mis:prop:geo' }, { end: 'а', add: '', tag: 'noun:inanim:m:v_rod:prop:geo' },
  { end: 'у', add: '', tag: 'noun:inanim:m:v_dav:prop:geo' },
  { end: 'ою', add: 'а', tag: 'noun:inanim:f:v_oru:prop:geo' }, { end: 'и', add: 'а', tag: 'noun:inanim:f:v_rod:prop:geo' },
  { end: 'і', add: 'а', tag: 'noun:inanim:f:v_mis:prop:geo' }, { end: 'у', add: 'а', tag: 'noun:inanim:f:v_zna:prop:geo' },
];
/** Consonants of a dative or locative in -і and the ones of the nominative they alternate with. */
const ALTERNATION: Record<string, string> = { с: 'х', з: 'г', ц: 'к' };

/** Readings of a form of a one-word town of the gazetteer by its ending; empty when none fits. */
function townForms(form: string): Candidate[] {
  if (!townNames) {
    townNames = new Set();
    for (const e of gazetteerEntries()) if (e.kind === 'city' || e.kind === 'capital') for (const n of e.names) if (!/\s/.test(n)) townNames.add(n);
  }
  const out: Candidate[] = [];
  for (const x of TOWN_ENDINGS) {
    if (!form.endsWith(x.end) || form.length - x.end.length < 3) continue;
    const stem = form.slice(0, form.length - x.end.length);
    const lemma = stem + x.add;
    if (townNames.has(lemma) && (x.add !== '' || !/[аяоеиіїєуюь]$/u.test(lemma))) out.push({ tag: x.tag, lemma, weight: 1, source: 'rule' });
    // (a feminine town's dative and locative in -і alternate its last consonant: "Доха" → "Досі", "Рига" → "Ризі")
    const alt = x.end === 'і' && x.add === 'а' ? ALTERNATION[stem.slice(-1)] : undefined;
    if (alt && townNames.has(stem.slice(0, -1) + alt + 'а')) out.push({ tag: x.tag, lemma: stem.slice(0, -1) + alt + 'а', weight: 1, source: 'rule' });
  }
  return out;
}

let placeNames: Set<string> | null = null;

/** The names of states and capitals in the gazetteer (nominative, as lemmas are). */
function statesAndCapitals(): Set<string> {
  if (!placeNames) {
    placeNames = new Set();
    for (const e of gazetteerEntries()) if (e.kind === 'country' || e.kind === 'capital') for (const n of e.names) if (!/\s/.test(n)) placeNames.add(n);
  }
  return placeNames;
}

/** A letter or a digit (Latin, Cyrillic, or any other letter above them): a word, not punctuation. */
function wordStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/**
 * Per UTF-16 code unit, filled on first use: bit 1 set when the unit's one-character string changes under toLowerCase,
 * bit 2 under toUpperCase (bit 0: filled). The same answers as `a !== a.toLowerCase()` without making a string per
 * character: a Cyrillic letter's is a new string each time, two to four per token.
 */
const caseBits = new Uint8Array(65536);

function caseOfUnit(c: number): number {
  let b = caseBits[c]!;
  if (b === 0) {
    const s = String.fromCharCode(c);
    b = caseBits[c] = 1 | (s !== s.toLowerCase() ? 2 : 0) | (s !== s.toUpperCase() ? 4 : 0);
  }
  return b;
}

/** An upper-case letter followed by a lower-case one ("Молдові"; not "ЄС", not "Київ" written in capitals). */
function isCapitalised(f: string): boolean {
  return (caseOfUnit(f.charCodeAt(0)) & 2) !== 0 && (caseOfUnit(f.charCodeAt(1)) & 4) !== 0;
}

/** The gender (or plural) and case of a nominal VESUM tag: "f:v_zna", "p:v_rod"; '' when it has none. */
function agreement(tag: string): string {
  const m = /^(?:noun|adj)(?::[a-z]+)*?:([mfnp]):(v_[a-z]+)/.exec(tag);
  return m ? `${m[1]}:${m[2]}` : '';
}

/**
 * A feminine adjective in -ська/-цька/-зька that the tagger read as its substantive ("литовська", the language) right
 * before a noun of the same gender and case is the adjective: "звинуватив литовську владу в …".
 */
function adjectiveBeforeNoun(entries: readonly FormEntry[], picks: Int32Array | number[], n: number): void {
  for (let i = 0; i + 1 < n; i++) {
    const c = entries[i]!.cands[picks[i]!]!;
    if (!c.tag.startsWith('noun') || !/(?:с|ц|з)ьк(?:а|ої|ій|у|ою)$/.test(entries[i]!.form)) continue;
    const next = entries[i + 1]!.cands[picks[i + 1]!]!;
    if (!next.tag.startsWith('noun')) continue;
    const agr = agreement(c.tag);
    if (!agr || agreement(next.tag) !== agr) continue;
    const adj = entries[i]!.cands.findIndex((a) => a.tag.startsWith('adj') && agreement(a.tag) === agr);
    if (adj !== -1) picks[i] = adj;
  }
}

export class Tagger {
  private readonly cache = new Map<string, FormEntry>();

  constructor(readonly lexicon: Lexicon, private readonly scorer: PerceptronScorer) {}

  private entry(form: string): FormEntry {
    let e = this.cache.get(form);
    if (!e) {
      const cands = capitalsAbbreviation(form, possessiveAsDative(candidatesFor(this.lexicon, form)));
      e = { form, ext: undefined, cands, ids: this.scorer.formIdsOf(form, cands), resolved: [] };
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(form, e);
    }
    return e;
  }

  candidates(form: string): Candidate[] {
    return this.entry(form).cands;
  }

  private readonly properCache = new Map<string, FormEntry>();

  /** A form with a reading as a pronoun, preposition, conjunction, particle or adverb ("Того"). */
  private functionWord(form: string): boolean {
    return this.entry(form).cands.some((c) => /^(conj|prep|part|adv)|:pron/.test(c.tag));
  }

  /**
   * A capitalised form inside a sentence that can be a form of a state or a capital the gazetteer knows: those
   * readings only ("Молдові" is the dative of "Молдова", not of a guessed "молд"; "Литва" is not a form of "литво").
   * At a sentence's start a capital says nothing ("Досі" is the adverb, not Доха's locative). (Only these names:
   * preferring every proper reading of every capitalised word cost a few hundredths on BRUK and UD and 0.3 of NER F1.)
   */
  private properEntry(form: string): FormEntry {
    let e = this.properCache.get(form);
    if (!e) {
      const all = this.entry(form);
      const places = statesAndCapitals();
      let cands = all.cands.filter((c) => places.has(c.lemma));
      // (the proper readings of those, where the lexicon has them: "Вільнюсу" is Вільнюс's dative, not a guessed
      // abbreviation's genitive with the same lemma)
      const proper = cands.filter((c) => c.tag.includes(':prop'));
      if (proper.length) cands = proper;
      // The instrumental of a feminine name in -ь doubles its consonant ("Білоруссю"), a form the lexicon's table
      // of capitalised paradigms lacks (it read a first name "Білорусся").
      if (!cands.length) {
        const m = /^(\p{Lu}\p{Ll}*?)(\p{Ll})\2ю$/u.exec(form);
        const lemma = m ? m[1]! + m[2]! + 'ь' : '';
        if (m && places.has(lemma)) cands = [{ tag: 'noun:inanim:f:v_oru:prop:geo', lemma, weight: 1, source: 'rule' }];
      }
      // A town of the gazetteer the lexicon does not know ("у Саратові", read as a guessed surname): its case forms by
      // the endings of its declension, where no reading of the lexicon names a place.
      if (!cands.length && !all.cands.some((c) => c.tag.includes(':geo'))) cands = townForms(form);
      e = cands.length && cands.length < all.cands.length ? { form, ext: undefined, cands, ids: this.scorer.formIdsOf(form, cands), resolved: [] } : all;
      if (this.properCache.size > 50_000) this.properCache.clear();
      this.properCache.set(form, e);
    }
    return e;
  }

  // Scratch arrays for one sentence (reused: the tagger runs on one thread, one sentence at a time; a sentence's
  // analyses are written to its tokens or to new objects before the next one).
  private sEntries: FormEntry[] = [];
  private sIds: FormIds[] = [];
  private readonly sLemma: string[] = [];
  private readonly sUpos: string[] = [];
  private readonly sFeats: string[] = [];
  private readonly sTag: string[] = [];

  /** Tags one sentence given its word forms. */
  tagForms(forms: string[]): TaggedWord[] {
    const n = forms.length;
    this.tagInto(forms, n);
    const out = new Array<TaggedWord>(n);
    for (let i = 0; i < n; i++) out[i] = { lemma: this.sLemma[i], tag: this.sTag[i], upos: this.sUpos[i], feats: this.sFeats[i] };
    return out;
  }

  /**
   * Tags forms[0, n) into the scratch arrays sLemma, sTag, sUpos, sFeats (valid until the next call): what tagForms
   * returns, without an object per token.
   */
  private tagInto(forms: readonly string[], n: number): void {
    if (this.sEntries.length < n) {
      this.sEntries = new Array<FormEntry>(2 * n);
      this.sIds = new Array<FormIds>(2 * n);
    }
    const entries = this.sEntries;
    const ids = this.sIds;
    for (let i = 0; i < n; i++) {
      const f = forms[i];
      // (inside the sentence: after a word or a comma, not after an opening quote, a dash or a colon)
      const inside = i > 0 && f.length > 1 && isCapitalised(f) && (forms[i - 1] === ',' || wordStart(forms[i - 1]!.charCodeAt(0)));
      // (where a capital says nothing — a sentence's start, after a quotation mark, a dash or a colon — a form that is
      // itself the name of a state or capital is that name: "Баку звинуватив" is not a locative of "бак"; unless it is
      // also a function word: "Того" is the pronoun)
      const e = inside || (f.length > 2 && isCapitalised(f) && statesAndCapitals().has(f) && !this.functionWord(f)) ? this.properEntry(f) : this.entry(f);
      entries[i] = e;
      ids[i] = e.ids;
    }
    const picks = this.scorer.decode(ids, n);
    adjectiveBeforeNoun(entries, picks, n);
    const { sLemma, sUpos, sFeats, sTag } = this;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      const k = picks[i];
      const c = e.cands[k];
      // worked out once per form and candidate
      let r = e.resolved[k];
      if (!r) {
        const lemma = keepApostrophe(forms[i], c.lemma);
        const tag = withAspect(c.tag, lemma);
        r = e.resolved[k] = { lemma, tag, ud: vesumToUdShared(tag, forms[i], lemma) };
      }
      sLemma[i] = r.lemma;
      sTag[i] = r.tag;
      sUpos[i] = r.ud.upos;
      sFeats[i] = r.ud.feats;
    }
    this.udInContext(forms, n);
  }

  /**
   * Tags tokens [from, from + n) of a document (one sentence) and sets their lemma, pos, feats and tag; the forms'
   * entries go to `entries` at the same indices.
   */
  tagTokens(tokens: Token[], from: number, n: number, entries: (TaggedForm | undefined)[]): void {
    const forms = this.sForms;
    for (let k = 0; k < n; k++) forms[k] = tokens[from + k].text;
    this.tagInto(forms, n);
    const { sLemma, sUpos, sFeats, sTag, sEntries } = this;
    for (let k = 0; k < n; k++) {
      entries[from + k] = sEntries[k];
      const t = tokens[from + k];
      t.lemma = sLemma[k];
      t.pos = sUpos[k];
      t.feats = sFeats[k];
      t.tag = sTag[k];
    }
  }

  private readonly sForms: string[] = [];

  private readonly genderCache = new Map<string, string>();

  /** Lexical gender of a noun lemma (UD keeps Gender on plural nouns; VESUM plural tags carry none). */
  private lemmaGender(lemma: string): string {
    let g = this.genderCache.get(lemma);
    if (g === undefined) {
      g = '';
      for (const a of this.lexicon.analyze(lemma)) {
        const m = /^noun:(?:[a-z]+:)?([mfn]):v_naz/.exec(a.tag);
        if (m && a.lemma.toLowerCase() === lemma.toLowerCase()) {
          g = UD_GENDER[m[1]];
          break;
        }
      }
      this.genderCache.set(lemma, g);
    }
    return g;
  }

  /** UD features that depend on neighbours or the lexicon: ADP case, plural-noun gender, year/day numbers as ADJ. */
  private udInContext(forms: readonly string[], n: number): void {
    const { sLemma: lemma, sUpos: upos, sFeats: feats, sTag: tag } = this;
    for (let i = 0; i < n; i++) {
      const u = upos[i];
      if (u === 'ADP') {
        for (let j = i + 1; j < Math.min(n, i + 4); j++) {
          const m = CASE_FEAT.exec(feats[j]);
          if (m && NOMINAL_UPOS.has(upos[j])) {
            feats[i] = setFeat(feats[i], 'Case', m[1]);
            break;
          }
          if (!NOMINAL_UPOS.has(upos[j]) && upos[j] !== 'ADV') break;
        }
      } else if (u === 'ADV' && i + 2 < n && HYPHEN.test(forms[i + 1]) && upos[i + 2] === 'ADJ' && /о$/.test(forms[i])) {
        // first half of a compound adjective split at the hyphen ("військово - морські"): UD-IU reads it as ADJ
        upos[i] = 'ADJ';
        feats[i] = 'Hyph=Yes';
        const adj = lemma[i].toLowerCase().replace(/о$/, 'ий');
        if (this.lexicon.analyze(adj).some((a) => a.tag.startsWith('adj') && a.lemma.toLowerCase() === adj)) lemma[i] = adj;
      } else if ((u === 'NOUN' || u === 'PROPN') && feats[i].includes('Number=Plur') && !feats[i].includes('Gender=')) {
        const g = this.lemmaGender(lemma[i]);
        if (g) feats[i] = setFeat(feats[i], 'Gender', g);
      } else if (tag[i] === 'number' && YEAR_OR_DAY.test(forms[i]) && i + 1 < n) {
        const nl = lemma[i + 1].toLowerCase();
        const month = MONTHS.has(nl);
        if (nl === 'рік' || nl === 'р.' || nl === 'р' || month) {
          const c = CASE_VALUE.exec(feats[i + 1])?.[1] ?? 'Gen';
          upos[i] = 'ADJ';
          feats[i] = `Case=${c}|Gender=${month ? 'Neut' : 'Masc'}|Number=Sing|NumType=Ord|Uninflect=Yes`;
        }
      }
    }
  }
}

export function readTaggerModel(path = TAGGER_MODEL_PATH): TaggerModel {
  if (!existsSync(path)) {
    throw new LitopysError('MODEL_MISSING', `tagger model not found: ${path}`, { file: path }, 'run `npm run train:tagger` (needs ../shared/data/bruk)');
  }
  try {
    const bytes = gunzipSync(readFileSync(path));
    const fast = parseTaggerModel(bytes);
    if (fast) return fast;
    const model = JSON.parse(bytes.toString('utf8')) as TaggerModel | LegacyTaggerModel;
    return typeof model.weights === 'object' ? compactModel(model) : (model as TaggerModel);
  } catch (e) {
    throw new LitopysError('MODEL_CORRUPT', `cannot read tagger model: ${(e as Error).message}`, { file: path });
  }
}

let cachedTagger: Tagger | null = null;

/** The default tagger (lexicon + committed model), loaded once. */
export function loadTagger(): Tagger {
  if (!cachedTagger) cachedTagger = new Tagger(loadLexicon(), new PerceptronScorer(readTaggerModel()));
  return cachedTagger;
}

export function createTagger(): Component {
  return {
    name: 'tag',
    reads: ['doc.sentences', 'doc.tokens'],
    assigns: ['token.lemma', 'token.pos', 'token.feats', 'token.tag'],
    score: 'BRUK dev POS / full tag / lemma accuracy; UD-IU dev UPOS / lemma (npm run eval)',
    run(adoc: AnalyzedDocument): void {
      const tagger = loadTagger();
      const tokens = adoc.tokens;
      const entries = new Array<TaggedForm | undefined>(tokens.length);
      tokenForms.set(tokens, entries);
      for (const s of adoc.sentences) {
        const from = s.tokenStart;
        const n = Math.min(s.tokenEnd, tokens.length) - from;
        if (n <= 0) continue;
        tagger.tagTokens(tokens, from, n, entries);
      }
    },
  };
}
