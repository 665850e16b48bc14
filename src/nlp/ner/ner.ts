/**
 * The `ner` pipeline component: tagged tokens → features (morphology, shape, context, gazetteers) → structured
 * perceptron with BILOU labels (model.ts) → mentions with character offsets into the original text.
 * Model: models/uk-ner.json.gz (scripts/train-ner.ts, NER-UK 2.0 train). Gazetteers: src/lang/uk/gazetteer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../paths.js';
import { LitopysError } from '../../errors.js';
import type { AnalyzedDocument, Component, Mention, Token } from '../../types.js';
import { BODY_HEAD_LEMMAS, COMPANY_HEAD_LEMMAS, FACILITY_HEAD_LEMMAS, FACILITY_PLACE_PREPS, gazetteerEntries, NAMED_BODY_HEAD_LEMMAS, nameParticles, QUOTED_ORG_HEAD_LEMMAS, roleHeadLemmas, SERVICE_HEAD_LEMMAS, SETTLEMENT_NOUN_LEMMAS, stateFormWords, NAME_BREAK_WORDS, TREATY_HEAD_LEMMAS, UNIT_ABBREVIATIONS, DESCRIPTIVE_ADJECTIVES, PROGRAMME_HEAD_LEMMAS, VESSEL_NOUN_LEMMAS, WATER_NOUN_LEMMAS, weaponNames, type GazetteerEntry } from '../../lang/uk/gazetteer/index.js';
import { segment } from '../segment/segmenter.js';
import { FORWARD_PREPS, MONTHS, normDateWord, PERIOD_NOUNS, SHIFT_WORDS, WEEKDAYS } from '../../lang/uk/dates.js';
import { loadLexicon } from '../morph/index.js';
import { loadTagger, taggedForms, type TaggedForm, type Tagger } from '../tag/tagger.js';
import { GazetteerMatcher, makeNameToken, normKey, type Compiled, type GazetteerMatch, type NameToken } from './gazetteer.js';
import { sentenceFeatureGroups, sentenceFeatures, type NerToken, type TokenCues } from './features.js';
import { balanceQuotes, decode, type TokenSpan } from './labels.js';
import { IntScorer, NerScorer, type NerModel, type WordType } from './model.js';
import { WordClassIndex } from './clusters.js';
import { docCues } from './doc.js';

export const NER_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'uk-ner.json.gz');

// Patterns the rules test on many tokens, compiled once: a regular expression literal inside a function makes a new
// RegExp object each time it is evaluated (56 bytes of garbage per test, and the young-generation collections they
// cause), and the rules below run over every token of every sentence.
/** A capital letter, then a lower-case one ("Київ", "Об’єднаний"). */
const TITLE_START = /^\p{Lu}\p{Ll}/u;
/** A capital letter, then lower-case letters only ("Київ"; not "Об’єднаний", not "ЄС"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const ROMAN_NUMERAL = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
/** A number with a short letter ending: "5-ти", "10-ї". */
const NUMBER_ENDING = /^\d+-\p{Ll}{1,3}$/u;
const LATIN_LETTER = /[A-Za-z]/;
const LATIN_UPPER_START = /^[A-Z]/;
const DIGITS = /^\d+$/;

/** An ASCII digit (what \d matches, with or without the u flag): a test before a pattern that starts with one. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tokenises and lemmatises a gazetteer name with the same segmenter and tagger as running text. */
export function nameAnalyzer(tagger: Tagger): (name: string) => { text: string; lemma: string }[] {
  return (name) => {
    const { tokens } = segment(name);
    if (!tokens.length) return [];
    const tagged = tagger.tagForms(tokens.map((t) => t.text));
    return tokens.map((t, i) => {
      // (a neuter adjective before a noun is that adjective, not the noun made of it: "Головне управління розвідки"
      // is matched in every case, "у Головному управлінні")
      if (i + 1 < tokens.length && /^noun:inanim:n:v_naz/.test(tagged[i].tag) && /^noun/.test(tagged[i + 1].tag)) {
        const adj = loadLexicon().analyze(t.text).find((a) => a.tag.startsWith('adj:n:v_naz'));
        if (adj) return { text: t.text, lemma: adj.lemma };
      }
      return { text: t.text, lemma: tagged[i].lemma };
    });
  };
}

let cachedMatcher: GazetteerMatcher<GazetteerEntry> | null = null;
let cachedKbMatcher: GazetteerMatcher<GazetteerEntry> | null = null;
let formsFiltered = false;

/** The entries with a place's case forms kept only where the dictionary does not know the word (once). */
function matchedEntries(): GazetteerEntry[] {
  if (!formsFiltered) {
    // (a place's case forms only where the dictionary does not know the word — "Гуаякіля"; a known one, as
    // "Володимиру", is read by its lemma, and may be a person's name)
    const lexicon = loadLexicon();
    const unknown = (f: string): boolean => lexicon.analyze(f).every((a) => a.source === 'guess');
    // (the entries keep the forms used, so that a rule can tell a place matched by one: joinFirstNames)
    // (forms written out for the name are kept whatever the dictionary reads: "Сум" is also a first name)
    for (const e of gazetteerEntries()) if (e.forms || e.declined) e.forms = [...(e.forms ?? []).filter(unknown), ...(e.declined ?? [])];
    formsFiltered = true;
  }
  return gazetteerEntries();
}

/**
 * The gazetteer matcher of the NER stage (built once): every entry of src/lang/uk/gazetteer but the persons of the
 * actor knowledge base without `cue` and the organisations with `linkOnly` — the model was trained with the gazetteer
 * feature on the persons that have `cue` only and without the organisations added later (stop 26), and the span
 * rules read a name the gazetteer knows as no unknown name ("Глава Пентагону | Піт Гегсет").
 */
export function gazetteerMatcher(): GazetteerMatcher<GazetteerEntry> {
  if (!cachedMatcher) {
    const entries = matchedEntries().filter((e) => (e.kind !== 'person' || e.cue) && !e.linkOnly);
    cachedMatcher = new GazetteerMatcher(entries, (e) => (e.forms ? [...e.names, ...e.forms] : e.names), nameAnalyzer(loadTagger()));
  }
  return cachedMatcher;
}

/** The matcher over every entry, the knowledge base's persons included: entity linking (built once). */
export function kbMatcher(): GazetteerMatcher<GazetteerEntry> {
  if (!cachedKbMatcher) cachedKbMatcher = new GazetteerMatcher(matchedEntries(), (e) => (e.forms ? [...e.names, ...e.forms] : e.names), nameAnalyzer(loadTagger()));
  return cachedKbMatcher;
}

const roleCache = new Map<string, boolean>();

/** Whether a lemma is a role noun of the gazetteer (cached per lemma). */
function isRoleLemma(lemma: string): boolean {
  let r = roleCache.get(lemma);
  if (r === undefined) {
    r = roleHeadLemmas().has(normKey(lemma));
    if (roleCache.size > 100_000) roleCache.clear();
    roleCache.set(lemma, r);
  }
  return r;
}

/** Gazetteer position + class per token ('' outside matches: `B-LOC:city` …). */
function gazetteerCues(n: number, matches: GazetteerMatch<GazetteerEntry>[]): string[] {
  const gz = new Array<string>(n).fill('');
  for (const m of matches) {
    const cls = m.entry.type + ':' + m.entry.kind;
    if (m.end - m.start === 1) gz[m.start] = 'U-' + cls;
    else {
      gz[m.start] = 'B-' + cls;
      for (let k = m.start + 1; k < m.end - 1; k++) gz[k] = 'I-' + cls;
      gz[m.end - 1] = 'L-' + cls;
    }
  }
  return gz;
}

/** Language-data cues of a sentence: gazetteer positions/classes and role nouns. */
export function sentenceCues(toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenCues {
  return { gz: gazetteerCues(toks.length, matches), role: toks.map((t) => isRoleLemma(t.lemma)) };
}

/**
 * One token analysis (text, lemma, tag, POS) as the tagger uses it, cached: its matching view and the gazetteer
 * names that may start at it, whether its lemma is a role noun, and the integer scorer's word type. Equal in text,
 * lemma, tag and POS to the tokens it stands for, so it serves as their NerToken.
 */
interface WordInfo extends NerToken {
  name: NameToken;
  /** The gazetteer names that may start at this word (matcher.startsOf). */
  starts: readonly Compiled<GazetteerEntry>[];
  role: boolean;
  /** The first-pass scorer's word type (IntScorer), null otherwise. */
  type: WordType | null;
}

/** A token as the pipeline hands it over: the analysis may be missing (then text, '' and '' stand in). */
interface TaggedToken {
  text: string;
  lemma?: string;
  tag?: string;
  pos?: string;
}

/** A sentence prepared once for decoding: gazetteer matches and cues. */
interface Prepared {
  matches: GazetteerMatch<GazetteerEntry>[];
  cues: TokenCues;
}

/** Two person spans separated only by name particles are one name ("Урсулою фон дер Ляєн"). */
export function joinNameParticles(spans: TokenSpan[], forms: string[], particles = nameParticles()): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PERS' && s.start > prev.end) {
      let ok = true;
      for (let i = prev.end; i < s.start && ok; i++) ok = particles.has(forms[i]);
      if (ok && s.type === 'PERS') {
        prev.end = s.end;
        continue;
      }
      // ("Урсула фон дер | Ляєн наступного тижня": a span of another type that opens with the surname after the
      // particles, the rest in lower case, gives the surname to the name and is no name itself)
      if (ok && /^\p{Lu}/u.test(forms[s.start] ?? '') && s.end - s.start >= 2 && forms.slice(s.start + 1, s.end).every((f) => /^\p{Ll}/u.test(f))) {
        prev.end = s.start + 1;
        continue;
      }
    }
    out.push({ ...s });
  }
  // ("Абдель Фаттах | аль-Бурхан": a surname that opens with a hyphenated particle continues the name)
  for (const s of out) {
    if (s.type !== 'PERS') continue;
    while (s.end < forms.length && PARTICLE_NAME.test(forms[s.end]!) && particles.has(forms[s.end]!.slice(0, forms[s.end]!.indexOf('-')))) s.end++;
  }
  return out;
}

/** A surname joined to its particle by a hyphen ("аль-Бурхан", "ель-Сісі"). */
const PARTICLE_NAME = /^\p{Ll}+-\p{Lu}\p{Ll}/u;

/**
 * A first name read as a place right before a person's span is the person's first name
 * ("Володимир | Мединський": the town Володимир is in the gazetteer). Only where the morphology tagger read the token
 * as a first name (`fname`) in the case of the surname, so "Києві Віталій Кличко" and "Франції Емманюель Макрон"
 * keep their places.
 */
export function joinFirstNames(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[] = []): TokenSpan[] {
  // (in the case of the name after it: "Франції" before "Емманюель Макрон" is a genitive — and a first name too;
  // a country is never joined, since the tagger can misread the case of a foreign name after it: "Сербії | Мілош
  // Вучевич" with the name read as a genitive too)
  // (and a one-word first name or surname right before a person span in its case is one name the model cut: "Гордан |
  // Грлич Радман" — persons listed are separated by a comma or a conjunction)
  // (or with a first-name reading in the dictionary in that case, whatever reading the tagger chose: "країни | Домінік |
  // Леблан", read as a genitive plural of "Домініка")
  return mergeWithNext(spans, (s, n) => (s.type === 'LOC' && n.type === 'PERS' && s.end - s.start === 1 && /:fname(:|$)/.test(toks[s.start].tag)
    && ((caseOf(toks[s.start]) === caseOf(toks[n.end - 1])
      && !matches.some((m) => m.start === s.start && m.end === s.end && (m.entry.kind === 'country' || !!m.entry.forms?.includes(toks[s.start]!.text))))
      // (only where the tagger read the word as another word's form: a place written as itself, "Гаїті", stays one)
      || (caseOf(toks[n.end - 1]) === 'v_naz' && toks[s.start]!.lemma !== toks[s.start]!.text && firstNameIn(toks[s.start]!.text, 'v_naz')
        // (not a form written out for a place: "міського голови Сум | Артем Кобзар")
        && !matches.some((m) => m.start === s.start && m.end === s.end && !!m.entry.declined?.includes(toks[s.start]!.text)))
      // (or before a surname that can only be an accusative, "-у" of a name in "-а": a place there would be in the
      // accusative too, and "Сальвадора" is not one — "ліберала | Сальвадора | Насраллу")
      || (caseOf(toks[n.end - 1]) === 'v_zna' && /\p{Ll}у$/u.test(toks[n.end - 1]!.text) && /а$/u.test(toks[n.end - 1]!.lemma) && /:anim:/.test(toks[n.end - 1]!.tag)
        && firstNameIn(toks[s.start]!.text, 'v_zna'))))
    // (a vocative reading is a nominative misread — news address no one: "Туре" read as the vocative of "Тур")
    // (an indeclinable word's case is a guess: "Х’ю | Тодд")
    || (s.type === 'PERS' && n.type === 'PERS' && s.end - s.start === 1 && /:(fname|lname)(:|$)/.test(toks[s.start]!.tag)
      && (nomOrVoc(caseOf(toks[s.start]!)) === nomOrVoc(caseOf(toks[n.start]!)) || (/:nv(:|$)/.test(toks[s.start]!.tag) && n.end - n.start === 1)))
    // (and a first name with a middle name before a one-word surname in the same case: "Йонас Гар | Стьоре")
    || (s.type === 'PERS' && n.type === 'PERS' && s.end - s.start === 2 && n.end - n.start === 1 && /:fname(:|$)/.test(toks[s.start]!.tag)
      && TITLE_WORD.test(toks[n.start]!.text) && nomOrVoc(caseOf(toks[s.end - 1]!)) === nomOrVoc(caseOf(toks[n.start]!)))
    // (an indeclinable first name the model typed otherwise right before a person's span: "країни | Хосе | Раулем
    // Муліно" — it fits any case the name after it is in)
    // (before a name of two words at least: "Мао | Нін" is a surname written first)
    || (s.type !== 'PERS' && n.type === 'PERS' && s.end - s.start === 1 && n.end - n.start >= 2 && TITLE_WORD.test(toks[s.start]!.text) && /:nv(:|$)/.test(toks[s.start]!.tag)
      && /:prop:fname(:|$)/.test(toks[s.start]!.tag) && !matches.some((m) => m.start <= s.start && s.start < m.end))
    // (a one-word span of another type right after a title and before a person's span is the first name the model
    // mistyped: "президент | Рам | Чандра Паудел", "Рам" read as a form of "рама")
    // (or a word the dictionary does not know at all: "Глава хунти | Мін | Аун Хлайн")
    || (s.type !== 'PERS' && n.type === 'PERS' && s.end - s.start === 1 && s.start > 0 && TITLE_WORD.test(toks[s.start]!.text) && (isRoleLemma(toks[s.start - 1]!.lemma) || toks[s.start]!.tag === 'unclass')
      && !matches.some((m) => m.start <= s.start && s.start < m.end)
      // (not another person's surname in the genitive: "Адвокатка | Міндіча | Марія Іваненко")
      && !(/:prop:(fname|lname)(:|$)/.test(toks[s.start]!.tag) && nomOrVoc(caseOf(toks[s.start]!)) !== nomOrVoc(caseOf(toks[n.start]!)))) ? 'PERS' : null);
}

/** Whether the dictionary reads `form` as a first name in case `c` ("Домінік" as a nominative). */
function firstNameIn(form: string, c: string | undefined): boolean {
  if (!c) return false;
  return loadLexicon().analyze(form).some((a) => a.tag.includes(':prop:fname') && a.tag.includes(':' + c + ':'));
}

/**
 * A name with a regnal number ("Левом XIV", "Карла III") is a person, the number part of it; the title words before it
 * ("Папою Римським") are his title, no place or body: "новообраним [Папою Римським] | Левом XIV".
 */
export function regnalNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    // (the number first: a pattern of Latin letters, far cheaper than a test of Unicode letter classes)
    if (!ROMAN_NUMERAL.test(toks[i + 1]!.text) || !TITLE_WORD.test(toks[i]!.text)) continue;
    out = regnalName(out ?? spans, toks, i) ?? out;
  }
  return out ?? spans;
}

/** regnalNames' spans with the name at `i` and the number after it a person (null: it is one already; see overlaps). */
function regnalName(cur: TokenSpan[], toks: NerToken[], i: number): TokenSpan[] | null {
  if (cur.some((x) => x.type === 'PERS' && x.start === i && x.end === i + 2)) return null;
  // (the title before it, tagged as a name by the model: "Папою Римським")
  let from = i;
  while (from > 0 && cur.some((x) => x.start <= from - 1 && from - 1 < x.end && x.end <= i + 2) && REGNAL_TITLES.has(toks[from - 1]!.lemma.toLowerCase())) from--;
  const title: TokenSpan[] = from < i ? [{ start: from, end: i, type: 'JOB' }] : [];
  return cur.filter((x) => x.end <= from || x.start >= i + 2).concat(title, { start: i, end: i + 2, type: 'PERS' }).sort((a, b) => a.start - b.start);
}

/**
 * A person's span that opens with an inanimate common noun and goes on with a place's name the gazetteer knows is a body
 * of that place ("Армія Непалу", "Уряд Перу"): no person's name starts with such a noun.
 */
export function bodiesOfPlaces(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((n, k) => {
    if (n.type !== 'PERS' || n.end - n.start !== 2) return;
    const a = toks[n.start]!;
    // (the place by the gazetteer: the tagger may read a foreign place's name as a surname — "Непалу" as a dative)
    if (!/^noun:inanim:/.test(a.tag) || a.tag.includes(':prop') || !matches.some((m) => m.start === n.start + 1 && m.end === n.end && m.entry.type === 'LOC')) return;
    out ??= spans.slice();
    out[k] = { ...n, type: 'ORG' };
  });
  return out ?? spans;
}

/** Both tokens have a case, the second's another and no genitive (a genitive after a name is part of it: "Альянс
 * трьох братств"). */
function differentCaseNotGenitive(a: NerToken, b: NerToken): boolean {
  const ca = caseOf(a), cb = caseOf(b);
  return ca !== undefined && cb !== undefined && ca !== cb && cb !== 'v_rod';
}

/**
 * A one-word place or body span on a capitalised adjective right before a role noun is the title's first word, no name
 * ("з Верховним | комісаром ООН з прав людини"): dropped.
 */
export function titleAdjectives(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  const drop = (n: TokenSpan): boolean => (n.type === 'LOC' || n.type === 'ORG') && n.end - n.start === 1 && n.end < toks.length
    && /^adj/.test(toks[n.start]!.tag) && LOWER_START.test(toks[n.end]!.text) && isRoleLemma(toks[n.end]!.lemma);
  return spans.some(drop) ? spans.filter((n) => !drop(n)) : spans;
}

/**
 * A place's span of two capitalised words or more the gazetteer does not know, right after a title (a role noun, and the
 * place or body it serves), is the title holder's name: "прем’єр-міністерки | Японії | Санае Такаіті".
 */
export function namesAfterTitles(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((n, k) => {
    if (n.type !== 'LOC' || n.end - n.start < 2 || n.start < 1) return;
    for (let j = n.start; j < n.end; j++) if (!/^\p{Lu}\p{Ll}/u.test(toks[j]!.text)) return;
    // (a word of the name that is also a place's is no bar — "Віджитою Гератом", Herat — the whole name being one is)
    if (matches.some((m) => m.start <= n.start && m.end >= n.end)) return;
    // (not the body before the title holder's name: "президента | Республіки Сербської | Мілорада Додика"; nor a
    // place opened by a common noun, "Республіки")
    const next = spans[k + 1];
    // (a first word the tagger read as no common noun counts too: "Маріанне", read as an adjective)
    const first = toks[n.start]!.tag;
    if ((next && next.start === n.end && next.type === 'PERS') || !(first.includes(':prop') || !first.startsWith('noun'))) return;
    // the title: a role noun right before, or before a known place or body right before
    let t = n.start - 1;
    const prev = k > 0 ? spans[k - 1]! : undefined;
    if (prev && prev.end === n.start && prev.type !== 'PERS' && matches.some((m) => m.start === prev.start && m.end === prev.end)) t = prev.start - 1;
    // (over the title's remit in lower-case genitives: "міністерка рибальства та океанів | Норвегії | Маріанне …")
    if (t !== n.start - 1) {
      let r = t;
      while (r > 0 && t - r < 5 && LOWER_START.test(toks[r]!.text) && !isRoleLemma(toks[r]!.lemma) && (/:v_rod/.test(toks[r]!.tag) || toks[r]!.pos === 'CCONJ')) r--;
      if (r !== t && r >= 0 && LOWER_START.test(toks[r]!.text) && isRoleLemma(toks[r]!.lemma)) t = r;
    }
    if (t < 0 || !LOWER_START.test(toks[t]!.text) || !isRoleLemma(toks[t]!.lemma)) return;
    out ??= spans.slice();
    out[k] = { ...n, type: 'PERS' };
  });
  return out ?? spans;
}

/**
 * A name of two capitalised words or more right after a title and the state it serves, left unmarked by the model
 * because the tagger read its words as particles or the like ("Міністр закордонних справ Китаю | Ван І"): the title
 * holder's name. (A capital "І" in mid-sentence is no conjunction.)
 */
export function unmarkedNamesAfterTitles(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  for (const p of spans) {
    if ((p.type !== 'LOC' && p.type !== 'ORG') || p.start < 1 || !matches.some((m) => m.start === p.start && m.end === p.end && m.entry.kind === 'country')) continue;
    let t = p.start - 1;
    while (t > 0 && p.start - t < 5 && LOWER_START.test(toks[t]!.text) && !isRoleLemma(toks[t]!.lemma) && (/:v_rod/.test(toks[t]!.tag) || toks[t]!.pos === 'ADJ')) t--;
    // (the title may open the sentence: "Міністр закордонних справ Китаю Ван І")
    if (!(LOWER_START.test(toks[t]!.text) || t === 0) || !isRoleLemma(toks[t]!.lemma.toLowerCase())) continue;
    let e = p.end;
    while (e < toks.length && e < p.end + 3 && /^\p{Lu}/u.test(toks[e]!.text) && !overlaps(spans, e, e + 1)) e++;
    if (e - p.end < 2 || !toks.slice(p.end, e).some((x) => x.pos === 'PART' || x.pos === 'X' || x.text === 'І')) continue;
    (added ??= []).push({ start: p.end, end: e, type: 'PERS' });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Heads of a state's missions ("представництво", "місія"): with "при" and a body after them, one name. */
const MISSION_LEMMAS: ReadonlySet<string> = new Set(['представництво', 'місія', 'делегація']);

/**
 * A mission's span followed by "при" and a body's span is one organisation: "Постійне представництво України | при |
 * ООН" → "Постійне представництво України при ООН".
 */
export function missionsAtBodies(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < (out ?? spans).length; k++) {
    const cur = (out ?? spans)[k]!, next = (out ?? spans)[k + 1]!;
    if (cur.type !== 'ORG' || next.type !== 'ORG' || next.start !== cur.end + 1 || toks[cur.end]!.text !== 'при') continue;
    if (!toks.slice(cur.start, cur.end).some((t) => MISSION_LEMMAS.has(t.lemma.toLowerCase()))) continue;
    out ??= spans.slice();
    out.splice(k, 2, { start: cur.start, end: next.end, type: 'ORG' });
  }
  return out ?? spans;
}

/**
 * A mission's span followed by its remit after "з" and the place it serves runs on over them: "Місії ООН | зі
 * стабілізації в | ДР Конго" → "Місія ООН зі стабілізації в ДР Конго" (the remit alone too: "Місія ООН з підтримки").
 */
export function missionRemits(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < (out ?? spans).length; k++) {
    const cur = (out ?? spans)[k]!;
    if (cur.type !== 'ORG' || cur.end + 1 >= toks.length || !/^(з|зі|із)$/.test(toks[cur.end]!.text)) continue;
    if (!toks.slice(cur.start, cur.end).some((t) => t.lemma.toLowerCase() === 'місія')) continue;
    let e = genitiveRun(toks, cur.end + 1, 4);
    if (e === cur.end + 1) continue;
    const next = (out ?? spans)[k + 1];
    if (next && next.start < e) continue;
    // (and the place it serves: "… в ДР Конго")
    if (next && next.type === 'LOC' && next.start === e + 1 && /^(в|у)$/.test(toks[e]!.text)) e = next.end;
    out ??= spans.slice();
    out.splice(k, next && next.end === e ? 2 : 1, { start: cur.start, end: e, type: 'ORG' });
  }
  return out ?? spans;
}

/** Compass adjectives that open places' names ("Північний Кордофан"). */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['північний', 'південний', 'східний', 'західний', 'центральний', 'верхній', 'нижній', 'північно-східний', 'північно-західний', 'південно-східний', 'південно-західний']);

/**
 * A person's span of two words or more opening with a compass adjective is a place the model did not know ("штату
 * Північний Кордофан"): no person's name starts with "Північний". (Spans after a place's kind noun were tried too —
 * "штату | X" — and cost NER-UK dev 0.2 points: "голова району" is followed by persons.)
 */
export function compassPlaces(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((n, k) => {
    if (n.type !== 'PERS' || n.end - n.start < 2) return;
    const first = toks[n.start]!;
    if (!/^adj/.test(first.tag) || !COMPASS_ADJECTIVES.has(first.lemma.toLowerCase())) return;
    out ??= spans.slice();
    out[k] = { ...n, type: 'LOC' };
  });
  return out ?? spans;
}

/** Title words before a regnal name ("Папа Римський", "король", "королева"). */
const REGNAL_TITLES: ReadonlySet<string> = new Set(['папа', 'римський', 'король', 'королева', 'імператор', 'патріарх']);

/**
 * A span the model ran over two names the gazetteer knows, or over a body, a title in lower case and a person, is split
 * where they meet: "Європейський Союз | і | Китай" (two known names joined by a conjunction), "Берлін | Україні" (two
 * known places side by side), "Святого Престолу | кардинал | П’єтро Паролін" (a body, a role word, then capitalised
 * words of a name).
 */
export function splitAtKnownParts(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let pieces: TokenSpan[][] | null = null;
  const typeOf = (m: GazetteerMatch<GazetteerEntry>): TokenSpan['type'] => (m.entry.type === 'LOC' ? 'LOC' : m.entry.type === 'PERS' ? 'PERS' : 'ORG');
  spans.forEach((s, k) => {
    if (s.end - s.start < 2 || s.type === 'DATE' || s.type === 'TIME' || s.type === 'MON' || s.type === 'PCT' || s.type === 'QUANT' || s.type === 'PERIOD') return;
    const a = matches.find((m) => m.start === s.start && m.end < s.end && m.entry.type !== 'PERS');
    let parts: TokenSpan[] | null = null;
    if (a) {
      const conj = /^(і|й|та)$/.test(toks[a.end]!.text) ? a.end + 1 : a.end;
      const b = matches.find((m) => m.start === conj && m.end === s.end && m.entry.type !== 'PERS');
      // (places side by side only: "Берлін | Україні"; bodies joined by a conjunction may be one name)
      if (b && (conj > a.end || (a.entry.type === 'LOC' && b.entry.type === 'LOC'))) parts = [{ start: a.start, end: a.end, type: typeOf(a) }, { start: b.start, end: b.end, type: typeOf(b) }];
    }
    // (a person's span opening with a body or place the gazetteer knows, in the genitive, then two capitalised words or
    // more: "Президентка | Єврокомісії | Урсула фон дер Ляєн" — the body is the title's)
    if (!parts && s.type === 'PERS' && a && a.entry.type !== 'PERS' && /:v_rod(:|$)/.test(toks[a.end - 1]!.tag) && s.end - a.end >= 2
      && /^\p{Lu}\p{Ll}/u.test(toks[a.end]!.text) && /^\p{Lu}\p{Ll}/u.test(toks[s.end - 1]!.text)) {
      parts = [{ start: a.start, end: a.end, type: typeOf(a) }, { start: a.end, end: s.end, type: 'PERS' }];
    }
    // (a body the gazetteer knows, then words in lower case in another case: "запропонований Єврокомісією |
    // репараційний кредит" — what the body did is no part of its name)
    if (!parts && s.type !== 'PERS' && a && a.entry.type !== 'LOC' && toks.slice(a.end, s.end).every((x) => LOWER_START.test(x.text))
      && differentCaseNotGenitive(toks[a.end - 1]!, toks[a.end]!)) {
      parts = [{ start: a.start, end: a.end, type: typeOf(a) }];
    }
    if (!parts && s.type !== 'PERS') {
      for (let r = s.start + 1; r < s.end - 2; r++) {
        const t = toks[r]!;
        if (!LOWER_START.test(t.text) || !isRoleLemma(t.lemma)) continue;
        const rest = toks.slice(r + 1, s.end);
        if (rest.length < 2 || !rest.every((x) => TITLE_START.test(x.text))) break;
        parts = [{ start: s.start, end: r, type: s.type }, { start: r + 1, end: s.end, type: 'PERS' }];
        break;
      }
    }
    if (!parts) return;
    pieces ??= spans.map((x) => [x]);
    pieces[k] = parts;
  });
  return pieces ? (pieces as TokenSpan[][]).flat() : spans;
}

/**
 * A one-letter capital word mid-sentence right before a person's name of two words or more is its surname ("керівник
 * управління О | Дон Ун", "У | Тан"): no preposition or interjection is written in capitals after a word in lower case.
 */
export function oneLetterSurnames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((n, k) => {
    const o = n.start - 1;
    if (n.type !== 'PERS' || n.end - n.start < 2 || o < 1 || !/^[ОУ]$/u.test(toks[o]!.text) || !LOWER_START.test(toks[o - 1]!.text)) return;
    if (k > 0 && spans[k - 1]!.end > o) return;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { ...n, start: o };
  });
  return out ?? spans;
}

/**
 * A word in title case read as an abbreviation ("Го" as "ГО") that ends an organisation right before a person is that
 * person's first word: "МЗС КНР Го | Цзякунь" → "МЗС КНР | Го Цзякунь" (abbreviations are written in capitals).
 */
export function shiftMisreadAbbreviation(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!, n = spans[k + 1]!;
    if (s.type !== 'ORG' || n.type !== 'PERS' || n.start !== s.end || s.end - s.start < 2) continue;
    const t = toks[s.end - 1]!;
    if (!/:abbr(:|$)/.test(t.tag) || !TITLE_WORD.test(t.text) || !/^\p{Lu}+$/u.test(t.lemma)) continue;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { ...s, end: s.end - 1 };
    out[k + 1] = { ...n, start: s.end - 1 };
  }
  return out ?? spans;
}

/**
 * A span that opens with a weapon system's name (weapons.json) is that artefact: "системи IRIS-T" is no organisation,
 * and in "ракет Taurus Україна … не отримає" the words after the name keep a span of their own (typed as before).
 */
export function splitWeaponNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  const names = weaponNames();
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (s.type === 'ART' || !names.has(toks[s.start]!.text)) return;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: s.start, end: s.start + 1, type: 'ART' };
    if (s.end > s.start + 1) out.push({ start: s.start + 1, end: s.end, type: s.type });
  });
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : spans;
}

const SPAN_BREAKERS: ReadonlySet<string> = new Set(NAME_BREAK_WORDS);

/**
 * A name ends before a discourse particle or time adverb (NAME_BREAK_WORDS) outside quotation marks, with no
 * capitalised word after it: "місія ЄС EUFOR Althea | ще минулого місяця посилила" (the model ran the span on into
 * the time phrase).
 */
export function trimAtAdverbs(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    let depth = 0;
    for (let j = s.start; j < s.end; j++) {
      const t = toks[j]!;
      if (t.text === '«') depth++;
      else if (t.text === '»') depth = Math.max(0, depth - 1);
      else if (depth === 0 && j > s.start && SPAN_BREAKERS.has(t.text) && toks.slice(j + 1, s.end).every((x) => !UPPER_START.test(x.text))) {
        (out ??= spans.map((x) => ({ ...x })))[k] = { start: s.start, end: j, type: s.type };
        return;
      }
    }
  });
  return out ?? spans;
}

const VESSELS: ReadonlySet<string> = new Set(VESSEL_NOUN_LEMMAS);
const WATERS: ReadonlySet<string> = new Set(WATER_NOUN_LEMMAS);

/**
 * A span the model ran over a vessel's noun into its name ("у | Фінській затоці танкер Kiwala") is two: the vessel's
 * name after the noun (an organisation, as names in Latin letters after a kind noun are) and the words before it (a
 * place when they end in a noun of water).
 */
export function splitAtVesselNouns(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    for (let j = s.start + 1; j < s.end - 1; j++) {
      const t = toks[j]!;
      if (!LOWER_START.test(t.text) || !VESSELS.has(t.lemma.toLowerCase()) || !/^[A-Z«]/.test(toks[j + 1]!.text)) continue;
      out ??= spans.map((x) => ({ ...x }));
      out[k] = { start: j + 1, end: s.end, type: 'ORG' };
      if (WATERS.has(toks[j - 1]!.lemma.toLowerCase())) out.push({ start: s.start, end: j, type: 'LOC' });
      return;
    }
  });
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : spans;
}

/**
 * A treaty named by its capitalised head and "про …" is one document: "з Угоди | про створення | Співдружності
 * Незалежних Держав", which the model cut at the head, is "Угоди про створення Співдружності Незалежних Держав" (DOC,
 * as NER-UK writes such names). The name runs over the words of the "про" phrase, up to punctuation or a verb.
 */
export function extendTreatyNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.start < 0 || s.end - s.start > 2) continue;
    const head = toks[s.end - 1]!;
    if (!TREATY_HEAD_LEMMAS.has(head.lemma.toLowerCase()) || !UPPER_START.test(head.text) || toks[s.end]?.text !== 'про') continue;
    let e = s.end + 1;
    const wordy = (t: NerToken | undefined): boolean => !!t && ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(t.pos);
    while (e < toks.length && (wordy(toks[e]) || (['і', 'та', 'й'].includes(toks[e]!.text) && wordy(toks[e + 1])))) e++;
    if (e === s.end + 1) continue;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: s.start, end: e, type: 'DOC' };
    for (let j = k + 1; j < out.length; j++) if (out[j]!.start < e && out[j]!.start >= s.end) out[j] = { start: -1, end: -1, type: out[j]!.type };
  }
  return out ? (out as TokenSpan[]).filter((x) => x.start >= 0) : spans;
}

/**
 * Whether a token is the noun of a kind of organisation (QUOTED_ORG_HEAD_LEMMAS), also as the first part of a
 * hyphenated compound, which the tagger lemmatises by its last part only ("компанії-операторі" → "компанії-оператор":
 * the first part's feminine ending -ії/-ію/-ією read back to -ія).
 */
function orgKindWord(t: NerToken): boolean {
  if (QUOTED_ORG_HEAD_LEMMAS.has(t.lemma.toLowerCase())) return true;
  const first = t.text.toLowerCase().split('-')[0]!;
  return t.text.includes('-') && (QUOTED_ORG_HEAD_LEMMAS.has(first) || QUOTED_ORG_HEAD_LEMMAS.has(first.replace(/(ії|ію|ією|ія)$/u, 'ія')));
}

const LATIN_WORD = /^[A-Z][A-Za-z0-9]*$|^[A-Za-z]*[0-9][A-Za-z0-9]*$/;

/**
 * The end of a name in Latin letters starting at token `s` ("Los Lobos", "NoName057 ( 16 )", "3 R" — the tokenizer
 * splits digits from letters), or -1: capitalised Latin words, numbers joined to Latin letters, and a number in
 * brackets after them; at least one Latin letter in it.
 */
function latinNameEnd(toks: NerToken[], s: number): number {
  let e = s;
  let latin = false;
  while (e < toks.length && e < s + 4) {
    const t = toks[e]!.text;
    if (LATIN_WORD.test(t) && (LATIN_LETTER.test(t) || LATIN_UPPER_START.test(toks[e + 1]?.text ?? ''))) {
      latin ||= LATIN_LETTER.test(t);
      e++;
    } else if (latin && t === '(' && DIGITS.test(toks[e + 1]?.text ?? '') && toks[e + 2]?.text === ')') e += 3;
    else break;
  }
  return latin ? e : -1;
}

/**
 * A name in quotation marks right after the noun of its kind that the model left unmarked ("руху «Атеш»", "компанії
 * «Субота»") is that organisation: the words inside the marks (two to six tokens on, the first in capitals), where no
 * span touches them.
 */
export function quotedOrgNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  // (a name in Latin letters right after such a noun is that organisation whatever type the model gave it: "в
  // компанії-операторі DP World"; the noun's first part counts in a hyphenated compound)
  for (let k = 0; k < spans.length; k++) {
    const x = spans[k]!;
    if (x.type === 'ORG' || x.start === 0 || !LATIN_UPPER_START.test(toks[x.start]!.text)) continue;
    if (!orgKindWord(toks[x.start - 1]!)) continue;
    spans = spans.map((y) => (y === x ? { ...y, type: 'ORG' } : y));
  }
  // (a name in Latin letters or with digits that the model left unmarked is that organisation too: "угруповання
  // NoName057(16)", "угруповання 3R", "банди Los Lobos")
  for (let i = 0; i + 1 < toks.length; i++) {
    const e = latinNameEnd(toks, i + 1);
    if (e === -1 || !orgKindWord(toks[i]!) || overlaps(spans, i + 1, e)) continue;
    (added ??= []).push({ start: i + 1, end: e, type: 'ORG' });
  }
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i + 1]!.text !== '«' || !QUOTED_ORG_HEAD_LEMMAS.has(toks[i]!.lemma.toLowerCase()) || !UPPER_START.test(toks[i + 2]!.text)) continue;
    let e = i + 2;
    while (e < toks.length && e < i + 8 && toks[e]!.text !== '»' && toks[e]!.text !== '«') e++;
    if (toks[e]?.text !== '»') continue;
    const s = i + 2;
    if (overlaps(spans, s - 1, e + 1)) continue;
    (added ??= []).push({ start: s, end: e, type: 'ORG' });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * A capitalised word right after the noun of a settlement that the model left unmarked ("поблизу міста Кулікоро",
 * a town no gazetteer knows) is that place, and so is a person's span there; a two- or three-word name is taken
 * whole when its words are all capitalised ("село Велика Новосілка").
 */
export function settlementNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    // (the cheap test first: a set lookup, not a test of Unicode letter classes)
    if (!SETTLEMENTS.has(toks[i]!.lemma) || !TITLE_START.test(toks[i + 1]!.text) || UPPER_START.test(toks[i]!.text)) continue;
    let e = i + 2;
    while (e < toks.length && e < i + 4 && TITLE_START.test(toks[e]!.text) && toks[e]!.pos !== 'VERB') e++;
    if (overlaps(spans, i + 1, e)) {
      spans = settlementOverSpans(spans, toks, i + 1, e);
      continue;
    }
    (added ??= []).push({ start: i + 1, end: e, type: 'LOC' });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** settlementNames where the name [from, e) after the settlement's noun overlaps the model's spans (see overlaps). */
function settlementOverSpans(spans: TokenSpan[], toks: NerToken[], from: number, e: number): TokenSpan[] {
  // (a person's span there is the place's name the model misread: "біля міста Тамбакунда")
  const x = spans.find((y) => y.start < e && from < y.end)!;
  if (x.type === 'PERS' && x.start === from && !spans.some((y) => y !== x && y.start < e && from < y.end)) {
    return spans.map((y) => (y === x ? { ...y, type: 'LOC' } : y));
  }
  // (a name the model cut in pieces there, none of them a personal name: "переправу Порт | Кавказ")
  const parts = spans.filter((y) => y.start < e && from < y.end);
  const personal = (y: TokenSpan): boolean => { for (let k = y.start; k < y.end; k++) if (/:(fname|lname)/.test(toks[k]!.tag)) return true; return false; };
  if (parts.length > 1 && x.start === from && parts.every((y) => y.end <= e && !personal(y))) {
    const end = Math.max(...parts.map((y) => y.end));
    return [...spans.filter((y) => !parts.includes(y)), { start: from, end, type: 'LOC' as const }].sort((a, b) => a.start - b.start);
  }
  return spans;
}
const SETTLEMENTS: ReadonlySet<string> = new Set(SETTLEMENT_NOUN_LEMMAS);

/** The place span starting at token `at` that the gazetteer knows as a country, if any. */
function countrySpanAt(spans: TokenSpan[], matches: GazetteerMatch<GazetteerEntry>[], at: number): TokenSpan | undefined {
  // (typed a person too, a name read as a surname: "Трибунал з міжнародних злочинів | Бангладеш")
  return spans.find((x) => x.start === at && (x.type === 'LOC' || x.type === 'PERS') && matches.some((m) => m.start === x.start && m.end === x.end && m.entry.kind === 'country'));
}

/**
 * A body's name that opens with a capitalised adjective in mid-sentence and has a body's head noun ("в Об’єднаному
 * комітеті начальників штабів"), left unmarked by the model, is an organisation: the adjectives, the head and the
 * genitive words after it, where no span touches them. So is a capitalised body noun (also opening the sentence) with
 * lower-case genitives and a country's span right after them ("Палата представників Бельгії"), over that span.
 */
export function capitalisedBodies(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[] = []): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let taken: Set<TokenSpan> | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    // (opening the sentence, where any word is capitalised, only with a remit after the head: "Вище військове
    // командування з відновлення порядку, що очолило країну, …")
    const opening = i === 0 || /^[.!?«"“:–—-]$/.test(toks[i - 1]!.text);
    // (a comparative the tagger read as an adverb: "Вище військове командування")
    const comparative = opening && toks[i]!.pos === 'ADV' && /compc/.test(toks[i]!.tag) && toks[i + 1]!.pos === 'ADJ';
    if ((toks[i]!.pos !== 'ADJ' && !comparative) || !TITLE_START.test(toks[i]!.text)) continue;
    let h = i + 1;
    while (h < toks.length && h < i + 3 && toks[h]!.pos === 'ADJ' && LOWER_START.test(toks[h]!.text)) h++;
    if (h >= toks.length || toks[h]!.pos !== 'NOUN' || !LOWER_START.test(toks[h]!.text) || !NAMED_BODY_HEAD_LEMMAS.has(toks[h]!.lemma)) continue;
    let e = h + 1;
    while (e < toks.length && e < h + 5 && (toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'ADJ') && /:v_rod(:|$)/.test(toks[e]!.tag) && LOWER_START.test(toks[e]!.text)) e++;
    // (and the remit after "з": "командування з відновлення порядку")
    let remit = e;
    if (e === h + 1 && e + 2 < toks.length && /^(з|із)$/.test(toks[e]!.text)) {
      const x = genitiveRun(toks, e + 1, 4);
      if (x - e - 1 >= 2) remit = x;
    }
    // (or with its state after its genitive words: "Загальна конфедерація праці Перу")
    const state = opening && remit === e && e > h + 1 ? countrySpanAt(spans, matches, e) : undefined;
    if (opening && remit === e && !state) continue;
    e = state ? state.end : remit;
    if (overlaps(state ? spans.filter((x) => x !== state) : spans, i, e) || (added !== null && overlaps(added, i, e))) continue;
    if (state) (taken ??= new Set()).add(state);
    (added ??= []).push({ start: i, end: e, type: 'ORG' });
    i = e - 1;
  }
  if (added) spans = [...spans.filter((x) => !taken?.has(x)), ...added].sort((a, b) => a.start - b.start);
  // ("Палата представників Бельгії проголосувала": a capitalised body noun, also opening the sentence, with lower-case
  // genitive words after it and a country's span after those, is the body of that country)
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== 'NOUN' || !TITLE_START.test(t.text) || !NAMED_BODY_HEAD_LEMMAS.has(t.lemma.toLowerCase())) continue;
    let e = i + 1;
    while (e < toks.length && e < i + 4 && (toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'ADJ') && /:v_rod(:|$)/.test(toks[e]!.tag) && LOWER_START.test(toks[e]!.text)) e++;
    if (e === i + 1) continue;
    out = bodyOfCountry(out ?? spans, matches, i, e) ?? out;
  }
  return out ?? spans;
}

/** Nouns of a military unit named by its number after it ("бригада 444"). */
const NUMBER_TYPES: ReadonlySet<string> = new Set(['MON', 'QUANT', 'PCT']);
const NUMBERED_UNIT_LEMMAS: ReadonlySet<string> = new Set(['бригада', 'батальйон', 'полк', 'дивізія', 'корпус']);

/**
 * A military unit named by its number after its noun ("бригада 444, підпорядкована уряду, атакувала …"): the noun and
 * the number are an organisation, where no span touches them and no noun follows the number (not "бригада 40
 * військових").
 */
export function numberedUnits(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let base = spans;
  for (let k = 0; k + 1 < toks.length; k++) {
    // a military unit known by its five-digit number ("військова частина 74455", "частини А0515") is one whatever
    // follows it; a span the model began on the number gives it up ("74455 | російського ГРУ")
    if (toks[k]!.lemma.toLowerCase() === 'частина' && LOWER_START.test(toks[k]!.text) && /^[АA]?\d{4,5}$/.test(toks[k + 1]!.text)) {
      const start = k > 0 && toks[k - 1]!.lemma.toLowerCase() === 'військовий' ? k - 1 : k;
      if (base.some((x) => x.start < start && x.end > start)) continue;
      base = base.flatMap((x) => {
        if (x.end <= start || x.start >= k + 2) return [x];
        let j = k + 2;
        while (j < x.end && !/^\p{Lu}/u.test(toks[j]!.text)) j++;
        // (the model's number type goes with the number: "74455 російського ГРУ" read as money)
        return j < x.end ? [{ ...x, start: j, type: NUMBER_TYPES.has(x.type) ? 'ORG' : x.type }] : [];
      });
      (added ??= []).push({ start, end: k + 2, type: 'ORG' });
      continue;
    }
    if (!NUMBERED_UNIT_LEMMAS.has(toks[k]!.lemma.toLowerCase()) || !/^\d{2,4}$/.test(toks[k + 1]!.text)) continue;
    const after = toks[k + 2];
    if ((after && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'NUM')) || overlaps(base, k, k + 2)) continue;
    (added ??= []).push({ start: k, end: k + 2, type: 'ORG' });
  }
  return added ? [...base, ...added].sort((a, b) => a.start - b.start) : base;
}

/** Nouns of an armed group or gang whose name follows unquoted ("угруповання Барріо-18", "банди Тренд-де-Арагуа"). */
const GROUP_HEAD_LEMMAS: ReadonlySet<string> = new Set(['угруповання', 'банда', 'картель', 'синдикат']);

/**
 * An armed group's or gang's name right after its kind noun, unquoted and left unmarked by the model (a capitalised
 * word the tagger could not read as a word of the language: a number-like "Барріо-18", a foreign "Тренд-де-Арагуа", a
 * proper name), is an organisation.
 */
export function groupNamesAfterKinds(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < toks.length; k++) {
    // (a company's one-word name the model read as a person's, right after its kind: "холдинг Агроферт")
    if (COMPANY_HEAD_LEMMAS.has(toks[k]!.lemma.toLowerCase()) && LOWER_START.test(toks[k]!.text)) {
      // (a company's name run into the name of the person after it: "концерну Алмаз-Антей | Яна Новікова")
      const run = (out ?? spans).findIndex((x) => x.start === k + 1 && x.type === 'PERS' && x.end - x.start >= 3);
      if (run !== -1) {
        const x = (out ?? spans)[run]!;
        if (/:prop:fname(:|$)/.test(toks[k + 2]!.tag) && (!/:prop:fname(:|$)/.test(toks[k + 1]!.tag) || caseOf(toks[k + 1]!) !== caseOf(toks[k + 2]!))) {
          (out ??= spans.map((y) => ({ ...y }))).splice(run, 1, { start: k + 1, end: k + 2, type: 'ORG' }, { start: k + 2, end: x.end, type: 'PERS' });
          continue;
        }
      }
      // (or a thing's, in Latin letters: "авіакомпанії Air India")
      const at = (out ?? spans).findIndex((x) => x.start === k + 1 && ((x.end === k + 2 && x.type === 'PERS')
        || ((x.type === 'ART' || x.type === 'MISC') && x.end - x.start <= 3 && toks.slice(x.start, x.end).every((t) => /^\p{Script=Latin}/u.test(t.text)))));
      if (at !== -1) (out ??= spans.map((y) => ({ ...y })))[at]!.type = 'ORG';
      continue;
    }
    if (!GROUP_HEAD_LEMMAS.has(toks[k]!.lemma.toLowerCase()) || !LOWER_START.test(toks[k]!.text)) continue;
    const t = toks[k + 1]!;
    if (!/^\p{Lu}/u.test(t.text) || !(t.pos === 'X' || t.pos === 'NUM' || t.pos === 'PROPN')) continue;
    // (one the model read as a person or a place of one word is the group too: "угруповання Радаа")
    const at = (out ?? spans).findIndex((x) => x.start === k + 1 && x.end === k + 2 && x.type !== 'ORG');
    if (at !== -1) {
      (out ??= spans.map((y) => ({ ...y })))[at]!.type = 'ORG';
      continue;
    }
    if (overlaps(spans, k + 1, k + 2)) continue;
    (added ??= []).push({ start: k + 1, end: k + 2, type: 'ORG' });
  }
  const base = out ?? spans;
  return added ? [...base, ...added].sort((a, b) => a.start - b.start) : base;
}

/**
 * A span the model typed MISC that opens with a capitalised body's head noun ("до Поліції Шотландії") is an
 * organisation.
 */
export function bodiesTypedMisc(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((x, k) => {
    const t = toks[x.start]!;
    if (x.type !== 'MISC' || x.end - x.start < 2 || t.pos !== 'NOUN' || !TITLE_START.test(t.text)) return;
    const l = t.lemma.toLowerCase();
    if (!BODY_HEAD_LEMMAS.has(l) && !NAMED_BODY_HEAD_LEMMAS.has(l)) return;
    (out ??= spans.map((y) => ({ ...y })))[k] = { ...x, type: 'ORG' };
  });
  return out ?? spans;
}

/**
 * "з Робітничою партією" typed as a place: a span of capitalised adjectives before a party's noun ("партія", "рух") at
 * its end is a party, an organisation, whatever type the model gave it.
 */
export function partiesTypedOtherwise(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((x, k) => {
    if ((x.type !== 'LOC' && x.type !== 'MISC') || x.end - x.start < 2) return;
    const last = toks[x.end - 1]!;
    if (!PARTY_KIND_LEMMAS.has(last.lemma.toLowerCase()) || !LOWER_START.test(last.text)) return;
    for (let i = x.start; i < x.end - 1; i++) if (toks[i]!.pos !== 'ADJ' || !TITLE_START.test(toks[i]!.text)) return;
    (out ??= spans.map((y) => ({ ...y })))[k] = { ...x, type: 'ORG' };
  });
  return out ?? spans;
}

/**
 * The spans with the body noun at `head` and its genitive words up to `e` joined with the country's span at `e`, or
 * null where no country's span starts there or another span is in the way. (Apart from capitalisedBodies' loop: see
 * overlaps.)
 */
function bodyOfCountry(cur: TokenSpan[], matches: GazetteerMatch<GazetteerEntry>[], head: number, e: number): TokenSpan[] | null {
  const country = countrySpanAt(cur, matches, e);
  // (a title in the genitive words is the body's: "Палата | депутатів | Чехії")
  const within = (x: TokenSpan): boolean => x === country || (x.type === 'JOB' && x.start > head && x.end <= e);
  if (!country || cur.some((x) => !within(x) && x.start < country.end && head < x.end)) return null;
  return [...cur.filter((x) => !within(x)), { start: head, end: country.end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
}

/**
 * Whether a span overlaps tokens [start, end). The rules that scan every token use this, or keep their closures in a
 * function apart (as bodyOfCountry): a closure over a loop's variables makes V8 allocate them in a context object per
 * iteration, even where no closure is made (about 50 bytes per token and rule, and the collections they cause).
 */
function overlaps(spans: readonly TokenSpan[], start: number, end: number): boolean {
  for (const x of spans) if (x.start < end && start < x.end) return true;
  return false;
}

/**
 * A body's full name before its acronym in brackets ("Командування США в Африці (AFRICOM)", "Міжнародна організація
 * з міграції (МОМ)"): from a capitalised body noun, or a capitalised adjective before one, up to the bracket is one
 * organisation, over the shorter spans the model found inside it — where no punctuation or verb stands between.
 */
export function namesBeforeAcronyms(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let p = 1; p + 2 < toks.length; p++) {
    if (toks[p]!.text !== '(' || toks[p + 2]!.text !== ')' || !/^[A-ZА-ЯІЇЄҐ]{3,}$/u.test(toks[p + 1]!.text)) continue;
    let start = -1;
    const body = (i: number): boolean => NAMED_BODY_HEAD_LEMMAS.has(toks[i]!.lemma.toLowerCase()) || BODY_HEAD_LEMMAS.has(toks[i]!.lemma.toLowerCase());
    for (let k = p - 1; k >= 0 && k >= p - 7; k--) {
      const t = toks[k]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
      if (TITLE_START.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ')) {
        let h = k;
        while (h < p && toks[h]!.pos === 'ADJ') h++;
        if (h < p && toks[h]!.pos === 'NOUN' && body(h)) start = k;
      }
    }
    if (start < 0 || p - start < 2) continue;
    out = orgOverInner(out ?? spans, start, p) ?? out;
  }
  return out ?? spans;
}

/**
 * namesBeforeAcronyms' spans with [start, end) an organisation over the spans inside it; null where a person's name or
 * a span that runs out of it is in the way (see overlaps).
 */
function orgOverInner(cur: TokenSpan[], start: number, end: number): TokenSpan[] | null {
  if (cur.some((x) => x.start < end && start < x.end && (x.type === 'PERS' || x.start < start || x.end > end))) return null;
  return [...cur.filter((x) => !(x.start >= start && x.end <= end)), { start, end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
}

/**
 * An organisation span that opens with a person's name and runs on in lower-case words with no body's noun among them
 * ("– подякував | Зеленський норвезькому гостеві") is the person: the name words alone.
 */
export function personHeadedOrgs(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((x, k) => {
    // (a surname in -ський the tagger read as an adjective counts: "Зеленський")
    const first = toks[x.start]!;
    if (x.type !== 'ORG' || x.end - x.start < 2 || !TITLE_START.test(first.text) || !(/:prop:(lname|fname)(:|$)/.test(first.tag) || /^\p{Lu}\p{Ll}+(ськ|цьк|зьк)ий$/u.test(first.text))) return;
    let e = x.start + 1;
    while (e < x.end && TITLE_START.test(toks[e]!.text) && /:prop:(lname|fname)(:|$)/.test(toks[e]!.tag)) e++;
    if (e === x.end) return;
    // (an adjective-like surname only where the words after it do not agree with it: "Рязанський нафтопереробний
    // завод" is a name, "Зеленський норвезькому гостеві" is not)
    if (!/:prop:(lname|fname)(:|$)/.test(first.tag) && toks.slice(e, x.end).every((t) => caseOf(t) === caseOf(first))) return;
    for (let j = e; j < x.end; j++) {
      const t = toks[j]!;
      const l = t.lemma.toLowerCase();
      if (!LOWER_START.test(t.text) || BODY_HEAD_LEMMAS.has(l) || NAMED_BODY_HEAD_LEMMAS.has(l) || QUOTED_ORG_HEAD_LEMMAS.has(l) || isRoleLemma(l)) return;
    }
    (out ??= spans.map((y) => ({ ...y })))[k] = { start: x.start, end: e, type: 'PERS' };
  });
  return out ?? spans;
}

/** The vocative as the nominative. */
function nomOrVoc(c: string | undefined): string | undefined {
  return c === 'v_kly' ? 'v_naz' : c;
}

/** The grammatical case of a token (`v_naz` …) from its VESUM tag. */
function caseOf(t: NerToken): string | undefined {
  return /:(v_[a-z]+)/.exec(t.tag)?.[1];
}

/**
 * Adjacent spans (the second starting where the first ends) that `join` gives a type are one span of that type; the
 * spans come back unchanged (the same array) when no pair joins.
 */
function mergeWithNext(spans: TokenSpan[], join: (s: TokenSpan, n: TokenSpan) => TokenSpan['type'] | null): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k], n = spans[k + 1];
    if (n.start !== s.end) continue;
    const type = join(s, n);
    if (!type) continue;
    out ??= spans.map((x) => ({ ...x }));
    out[k + 1] = { start: s.start, end: n.end, type };
    out[k] = { start: -1, end: -1, type: s.type };
    k++;
  }
  return out ? out.filter((x) => x.start !== -1) : spans;
}

/** Body heads joined with their state after them: BODY_HEAD_LEMMAS and a council ("у Президентській раді | Лівії"). */
const JOINED_BODY_HEADS: ReadonlySet<string> = new Set([...BODY_HEAD_LEMMAS, 'рада', 'трибунал']);

/**
 * A body named with its state in the genitive right after it is one organisation ("Міністерство оборони | Білорусі",
 * "Посольство | Росії"): an organisation span opening with a body noun, then a country of the gazetteer in the
 * genitive.
 */
export function joinBodyCountry(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[], bodies: ReadonlySet<string>): TokenSpan[] {
  // The country's case as the tagger read it may be any of the forms that coincide with the genitive ("Росії" is also
  // dative and locative, "Азербайджану" also dative): after "У Міноборони" the tagger read "Росії" as a locative.
  // A body the gazetteer knows with its state ("Міноборони Росії") is matched as a whole, not as the country.
  // (the country's span may have been typed as a person: "МЗС | Азербайджану", with the name read as a surname)
  // (the body noun may follow its adjectives: "Генеральній прокуратурі | Грузії"; and a body of a body in the genitive
  // is one organisation with it: "Оперативному командуванні | Збройних сил | Польщі", joined one pair at a time)
  const head = (s: TokenSpan): number => {
    let k = s.start;
    while (k < s.end - 1 && toks[k]!.pos === 'ADJ') k++;
    return k;
  };
  const join = (s: TokenSpan, n: TokenSpan): TokenSpan['type'] | null => s.type === 'ORG' && bodies.has(toks[head(s)]!.lemma.toLowerCase()) && (
    // (an indeclinable state's case is a guess: "У МЗС | КНР назвали", with "КНР" read as an accusative)
    // (nor is that of a state whose name does not inflect, written as in the gazetteer: "МЗС | Бангладеш")
    ((n.type === 'LOC' || n.type === 'PERS') && (/:v_(rod|dav|mis)/.test(toks[n.start].tag) || (n.end - n.start === 1 && /:nv(:|$)/.test(toks[n.start].tag))
      || (n.end - n.start === 1 && matches.some((m) => m.start === n.start && m.end === n.end && m.entry.kind === 'country' && m.entry.name === toks[n.start]!.text)))
      && matches.some((m) => m.start === n.start && m.end === n.end && m.entry.kind === 'country'))
    || (n.type === 'ORG' && /:v_rod/.test(toks[head(n)]!.tag) && toks[head(n)]!.pos === 'NOUN')
    || matches.some((m) => m.start === s.start && m.end === n.end && m.entry.kind === 'org')) ? 'ORG' : null;
  let out = spans;
  for (let pass = 0; pass < 3; pass++) {
    const next = mergeWithNext(out, join);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Two organisations joined by a conjunction are two spans when the second opens with a quoted name and the first ends
 * in a name ("концерн BAE Systems та «Укроборонпром»"): a conjunction inside one name joins lower-case words
 * ("Міністерство економіки, довкілля та сільського господарства") or stands inside its quotes. (Any capitalised word
 * after it as well cost 0.13 of NER-UK dev F1.)
 */
export function splitCoordinatedOrgs(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'ORG' || s.end - s.start < 3) {
      out.push(s);
      continue;
    }
    let start = s.start;
    let depth = 0;
    for (let j = s.start; j < s.end; j++) {
      const tx = toks[j]!.text;
      if (tx === '«') depth++;
      else if (tx === '»') depth = Math.max(0, depth - 1);
      else if (depth === 0 && j > start && j + 1 < s.end && /^(і|й|та)$/.test(tx)) {
        const left = toks[j - 1]!.text;
        const right = toks[j + 1]!.text;
        if ((left === '»' || UPPER_START.test(left)) && right === '«') {
          out.push({ start, end: j, type: 'ORG' });
          start = j + 1;
          continue;
        }
        // (with the second one's kind in lower case before its quoted name: "BAE Systems Hägglunds і державного
        // підприємства «Завод імені Малишева»" — the kind words belong to neither name)
        let q = j + 1;
        while (q < s.end && q <= j + 3 && LOWER_START.test(toks[q]!.text) && (toks[q]!.pos === 'ADJ' || toks[q]!.pos === 'NOUN')) q++;
        if (q > j + 1 && q + 1 < s.end && toks[q]!.text === '«' && UPPER_START.test(left) && UPPER_START.test(toks[q + 1]!.text)) {
          out.push({ start, end: j, type: 'ORG' });
          start = q + 1;
          j = q;
          depth = 1;
        }
      }
    }
    // (a name opened by its mark ends before the closing one)
    const closed = start > s.start && toks[start - 1]!.text === '«' && toks[s.end - 1]!.text === '»';
    out.push(start === s.start ? s : { start, end: closed ? s.end - 1 : s.end, type: 'ORG' });
  }
  return out;
}

/**
 * A name of one or two capitalised words followed by "в"/"у" and a place is the name and its place, two spans
 * ("станцію Унеча | в Брянській області"); a body's name keeps its place ("Посольство України в Польщі": it opens with
 * a common noun).
 */
export function splitNamePlaces(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let j = -1;
    if ((s.type === 'ORG' || s.type === 'LOC') && s.end - s.start >= 3) {
      for (let k = s.start + 1; k <= s.start + 2 && k < s.end - 1; k++) if (/^(в|у)$/.test(toks[k]!.text)) { j = k; break; }
    }
    const nameOnly = j > 0 && toks.slice(s.start, j).every((t) => TITLE_START.test(t.text) && !BODY_HEAD_LEMMAS.has(t.lemma.toLowerCase()) && (j === s.start + 1 || /:prop/.test(t.tag)));
    if (nameOnly && UPPER_START.test(toks[j + 1]!.text) || (nameOnly && /^adj/.test(toks[j + 1]!.tag) && j + 2 < s.end && UPPER_START.test(toks[j + 1]!.text))) {
      out.push({ start: s.start, end: j, type: s.type }, { start: j + 1, end: s.end, type: 'LOC' });
    } else out.push(s);
  }
  return out;
}

/**
 * "руху GenZ 212": an organisation's name in Latin letters goes on over a number right after it that no span has (the
 * model cut it at the digits).
 */
export function numberedLatinNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  (spans).forEach((x, k) => {
    if (x.type !== 'ORG' || x.end >= toks.length || !/^\p{Script=Latin}/u.test(toks[x.end - 1]!.text) || !/^\d{1,4}$/.test(toks[x.end]!.text)) return;
    if (spans.some((y) => y.start <= x.end && x.end < y.end)) return;
    (out ??= spans.map((y) => ({ ...y })))[k]!.end = x.end + 1;
  });
  return out ?? spans;
}


/**
 * "Кстовський нафтопереробний завод | у | Нижньогородській області": a facility's span the model ran on over the place
 * it stands in ends at the preposition; the place is a place of its own.
 */
export function facilityPlacesOut(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = (out ?? spans).length - 1; k >= 0; k--) {
    const x = (out ?? spans)[k]!;
    if (x.type !== 'ORG' && x.type !== 'MISC') continue;
    for (let j = x.start + 1; j + 1 < x.end; j++) {
      if (!FACILITY_PLACE_PREPS.has(toks[j]!.text) || !FACILITY_HEAD_LEMMAS.has(toks[j - 1]!.lemma.toLowerCase()) || !TITLE_START.test(toks[j + 1]!.text)) continue;
      (out ??= spans.map((y) => ({ ...y }))).splice(k, 1, { start: x.start, end: j, type: x.type }, { start: j + 1, end: x.end, type: 'LOC' });
      break;
    }
  }
  return out ?? spans;
}

/**
 * "радник Макрона | Еммануель Бонн": a title's owner in the genitive, one word, run into the name of the person in
 * apposition to the title (a first name in the nominative after it) is a person of its own.
 */
export function splitTitleOwners(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = (out ?? spans).length - 1; k >= 0; k--) {
    const x = (out ?? spans)[k]!;
    if (x.type !== 'PERS' || x.end - x.start < 3 || x.start === 0 || !isRoleLemma(toks[x.start - 1]!.lemma) || !LOWER_START.test(toks[x.start - 1]!.text)) continue;
    const owner = toks[x.start]!, first = toks[x.start + 1]!;
    // (the owner's genitive in "-у" the tagger may read as a dative: "президент Гарварду | Алан Гарбер")
    if (!/:v_(rod|dav)(:|$)/.test(owner.tag) || !/:prop:(fname|lname)(:|$)/.test(owner.tag) || !/:v_naz:prop:fname(:|$)/.test(first.tag)) continue;
    if (!toks.slice(x.start + 1, x.end).every((t) => /:v_naz(:|$)/.test(t.tag))) continue;
    (out ??= spans.map((y) => ({ ...y }))).splice(k, 1, { start: x.start, end: x.start + 1, type: 'PERS' }, { start: x.start + 1, end: x.end, type: 'PERS' });
  }
  return out ?? spans;
}

/**
 * A person's span does not end in words in lower case ("Зеленський | норвезькому гостеві"): names end in a capital
 * word (particles stand inside them: "Урсула фон дер Ляєн").
 */
export function trimPersonTails(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (s.type !== 'PERS') return;
    let end = s.end;
    // (a word with no capital at all: "аш-Шараа" keeps its part after the hyphen)
    while (end > s.start && LOWER_START.test(toks[end - 1]!.text) && !/\p{Lu}/u.test(toks[end - 1]!.text)) end--;
    // (nor a common adjective opening a name after it, in another case than the name: "Нікола Пашиняна | Громадянський
    // договір")
    const last = toks[end - 1]!;
    if (end - s.start >= 3 && last.pos === 'ADJ' && !/prop/.test(last.tag) && end < toks.length && toks[end]!.pos === 'NOUN' && LOWER_START.test(toks[end]!.text)
      && caseOf(last) !== caseOf(toks[end - 2]!)) end--;
    if (end === s.end || end === s.start) return;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: s.start, end, type: 'PERS' };
  });
  return out ?? spans;
}

/**
 * A describing adjective that opens a sentence before an organisation's capitalised name is no part of the name
 * ("Опозиційна | Демократична партія Кот-д’Івуару").
 */
export function descriptiveAdjectivesOut(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.type !== 'ORG' || s.end - s.start < 3 || toks[s.start]!.pos !== 'ADJ' || !DESCRIPTIVE_ADJECTIVES.has(toks[s.start]!.lemma.toLowerCase())) continue;
    if (!TITLE_WORD.test(toks[s.start + 1]!.text)) continue;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: s.start + 1, end: s.end, type: 'ORG' };
  }
  return out ?? spans;
}

/**
 * An organisation's span the model ran over a date after it ("рух Otpor | з минулої суботи виводить …"): cut before a
 * preposition whose next word is a weekday, a month, or a shift word before one ("з минулої суботи", "до 30 квітня").
 */
export function datesOutOfOrgs(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  const dateWord = (k: number): boolean => k < toks.length && (WEEKDAYS.has(normDateWord(toks[k]!.text)) || MONTHS.has(normDateWord(toks[k]!.text)));
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    // (a day's number ending a name of any type opens the dates after it: "Антоніу Гутерреш | 16 і 17 липня")
    const last = toks[s.end - 1]!;
    if (s.end - s.start >= 2 && /^\d{1,2}$/.test(last.text) && s.end + 2 < toks.length && /^(і|й|та|–|—|-)$/.test(toks[s.end]!.text)
      && /^\d{1,2}$/.test(toks[s.end + 1]!.text) && dateWord(s.end + 2)) {
      out ??= spans.map((x) => ({ ...x }));
      out[k] = { start: s.start, end: s.end - 1, type: s.type };
      continue;
    }
    // (a name that ran over a shifted period after it ends before it: "Велика Британія | наступного тижня" — a name,
    // not a date or period span, which holds such words)
    if ((s.type === 'ORG' || s.type === 'LOC' || s.type === 'PERS' || s.type === 'MISC') && s.end - s.start >= 3 && SHIFT_WORDS.has(normDateWord(toks[s.end - 2]!.text)) && PERIOD_NOUNS.has(normDateWord(last.text))
      && LOWER_START.test(toks[s.end - 2]!.text)) {
      out ??= spans.map((x) => ({ ...x }));
      out[k] = { start: s.start, end: s.end - 2, type: s.type };
      continue;
    }
    if (s.type !== 'ORG') continue;
    for (let j = s.start + 1; j + 1 < s.end; j++) {
      if (!FORWARD_PREPS.has(toks[j]!.text)) continue;
      const next = j + 1;
      const dated = dateWord(next) || (SHIFT_WORDS.has(normDateWord(toks[next]!.text)) && dateWord(next + 1)) || (/^\d{1,2}$/.test(toks[next]!.text) && dateWord(next + 1));
      if (!dated) continue;
      out ??= spans.map((x) => ({ ...x }));
      out[k] = { start: s.start, end: j, type: 'ORG' };
      break;
    }
  }
  return out ?? spans;
}

/**
 * A unit's name after its abbreviation, read as the first word of the person named after it ("речник ОСУВ | Хортиця
 * Віктор Трегубов"): a person's span of three words or more whose first word is no first name and whose second is one,
 * right after a military grouping's abbreviation, gives its first word to the organisation the abbreviation opens.
 * (After any abbreviation it cut three-word names: "Комісії ЕКОВАС Омар Алію Турей".) (After
 * completePersonNames, which would give the word back.)
 */
export function unitNamesBeforePersons(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.type !== 'PERS' || s.end - s.start < 3 || s.start === 0) continue;
    const abbr = toks[s.start - 1]!.text;
    if (!UNIT_ABBREVIATIONS.has(abbr) || /:prop:fname(:|$)/.test(toks[s.start]!.tag) || !/:prop:fname(:|$)/.test(toks[s.start + 1]!.tag)) continue;
    out ??= spans.map((x) => ({ ...x }));
    const prev = k > 0 ? out[k - 1]! : null;
    if (prev && prev.end === s.start && prev.type === 'ORG') {
      prev.end = s.start + 1;
      out[k] = { start: s.start + 1, end: s.end, type: 'PERS' };
    } else {
      out.splice(k, 1, { start: s.start - 1, end: s.start + 1, type: 'ORG' }, { start: s.start + 1, end: s.end, type: 'PERS' });
      k++;
    }
  }
  return out ?? spans;
}

/**
 * A name the model glued before a person's name ("генеральний директор Orano | Нікола Мейс", "командир бригади Птахи
 * Мадяра | Роберт Бровді"): a person's span of three words or more with a first name inside it, whose words before the
 * first name are no personal names and are either all in Latin script before Cyrillic ones or all common nouns in the
 * genitive (two at least) before a nominative first name, gives those words to an organisation of their own.
 */
export function namesBeforePersons(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.type !== 'PERS' || s.end - s.start < 3) continue;
    let j = s.start + 1;
    while (j < s.end - 1 && !/:prop:fname(:|$)/.test(toks[j]!.tag)) j++;
    if (j >= s.end - 1) continue;
    const head = toks.slice(s.start, j);
    const rest = toks.slice(j, s.end);
    if (head.some((t) => /:prop:(fname|lname|patr)(:|$)/.test(t.tag)) || !rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && /\p{Script=Cyrillic}/u.test(t.text))) continue;
    const latin = head.every((t) => /\p{Script=Latin}/u.test(t.text) && !/\p{Script=Cyrillic}/u.test(t.text));
    // (two words at least: one alone is more likely a first name the tagger misread, "Рам Бахадур Тхапа")
    const genitive = head.length >= 2 && head.every((t) => /^noun:/.test(t.tag) && !t.tag.includes(':prop') && t.tag.includes(':v_rod')) && toks[j]!.tag.includes(':v_naz');
    // (or one capitalised word right after "партії"/"руху", the party's name: "Лідер партії | Реформ | Найджел Фарадж")
    // (a word the dictionary reads as a common noun in another case than the name's, not a name word: "речник партії
    // Пал Май Денг" stays whole)
    const party = head.length === 1 && s.start > 0 && PARTY_KIND_LEMMAS.has(toks[s.start - 1]!.lemma.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(head[0]!.text)
      && /^noun:/.test(head[0]!.tag) && !head[0]!.tag.includes(':prop') && !head[0]!.tag.includes(':v_naz') && toks[j]!.tag.includes(':v_naz');
    if (!latin && !genitive && !party) continue;
    out ??= spans.map((x) => ({ ...x }));
    out.splice(k, 1, { start: s.start, end: j, type: 'ORG' }, { start: j, end: s.end, type: 'PERS' });
    k++;
  }
  return personsOutOfOrgs(out ?? spans, toks);
}

/** Nouns of a party or movement whose one-word name may stand unquoted right after them ("партії Реформ"). */
const PARTY_KIND_LEMMAS: ReadonlySet<string> = new Set(['партія', 'рух']);

/**
 * A title's body the model ran on into the holder's name ("Комісар | Ради Європи з прав людини Майкл О’Флаерті"): an
 * organisation's span of four words or more that ends in a nominative first name and one capitalised word, after a
 * lower-case common noun in the genitive, gives the two to a person.
 */
function personsOutOfOrgs(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.type !== 'ORG' || s.end - s.start < 4) continue;
    const j = s.end - 2;
    const first = toks[j]!;
    const before = toks[j - 1]!;
    if (!/:prop:fname(:|$)/.test(first.tag) || !first.tag.includes(':v_naz') || !/^\p{Lu}[\p{Ll}’']/u.test(toks[j + 1]!.text)) continue;
    if (!LOWER_START.test(before.text) || !/^noun:/.test(before.tag) || !before.tag.includes(':v_rod')) continue;
    out ??= spans.map((x) => ({ ...x }));
    out.splice(k, 1, { start: s.start, end: j, type: 'ORG' }, { start: j, end: s.end, type: 'PERS' });
    k++;
  }
  return out ?? spans;
}

/**
 * A personal name the model cut at a word it gave to the organisation before ("Комісії ЕКОВАС Омар | Алію Турей") or
 * left out after ("Амір Хан | Муттакі", the last word guessed as a pronoun): names of three words are common in world
 * news. An organisation span of two words or more that ends in a word read as a first name or surname (and named by
 * no gazetteer entry), right before a person's span, gives that word to the person; one of three words or more that
 * ends in a first name and a capitalised word with no span after it ends in that person ("президента Республіки
 * Сербської Мілорада Додика"); a person's span of two words or more, or a lone first name, takes one more word right
 * after it in title case that no span and no gazetteer entry has and that the tagger read as no preposition or
 * conjunction (a capitalised "verb" in mid-sentence is a name misread: "Джея Тарріели").
 */
export function completePersonNames(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  const cur = (): TokenSpan[] => (out ??= spans.map((x) => ({ ...x })));
  const nameWord = (t: NerToken): boolean => TITLE_WORD.test(t.text) && /:prop:(fname|lname)(:|$)/.test(t.tag);
  const inGazetteer = (i: number): boolean => matches.some((m) => m.start <= i && i < m.end);
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!, n = (out ?? spans)[k + 1];
    // ("президента Республіки Сербської Мілорада Додика": a first name and surname at the end of an organisation's span
    // are the person after it)
    // (the surname may be one the tagger guessed as a common noun: "Додика")
    // (or two name words right after a body's abbreviation, whichever names they are: "ООН | Антоніу Гутерреш")
    const afterAbbr = s.end - s.start === 3 && /^\p{Lu}{2,}$/u.test(toks[s.start]!.text) && nameWord(toks[s.end - 1]!);
    if (s.type === 'ORG' && (!n || n.start > s.end) && s.end - s.start >= 3 && TITLE_WORD.test(toks[s.end - 1]!.text) && nameWord(toks[s.end - 2]!)
      && (/:prop:fname(:|$)/.test(toks[s.end - 2]!.tag) || afterAbbr) && !inGazetteer(s.end - 1) && !inGazetteer(s.end - 2)) {
      // (a name of three words: "… Комісії АС | Махмуда Алі Юсуфа")
      let p = s.end - 2;
      while (p - 1 > s.start && nameWord(toks[p - 1]!) && !inGazetteer(p - 1)) p--;
      const o = cur();
      o[k] = { start: s.start, end: p, type: 'ORG' };
      o.splice(k + 1, 0, { start: p, end: s.end, type: 'PERS' });
      k++;
      continue;
    }
    // (a first name the tagger read otherwise at the end of a body's span, the surname after particles: "Європейської
    // комісії Урсулу | фон дер | Ляєн", "Урсулу" tagged as a place)
    const particlesBetween = !!n && n.start > s.end && toks.slice(s.end, n.start).every((t) => nameParticles().has(t.text));
    if (s.type === 'ORG' && n?.type === 'PERS' && (n.start === s.end || particlesBetween) && s.end - s.start >= 2) {
      const last = toks[s.end - 1]!;
      // (not a state's name the tagger also reads as a surname: "МЗС Ірану | Есмаїл Багаї", "ДР Конго | Терез …")
      // (or a capitalised word the tagger read as a common noun in the nominative after the body's genitive words:
      // "Комісії … Західної Африки Омар | Алію Туре", "Омар" read as the lobster)
      const nominalName = TITLE_WORD.test(last.text) && /^noun:anim:[mf]:v_naz/.test(last.tag) && /:v_(rod|dav|mis|oru)/.test(toks[s.end - 2]!.tag);
      // (or a word the dictionary can read as a first name, before a person's span that has none: "Європейської комісії
      // Урсулу | фон дер Ляєн", "Урсулу" tagged as a place)
      const firstName = TITLE_WORD.test(last.text) && !toks.slice(n.start, n.end).some((t) => /:prop:fname(:|$)/.test(t.tag))
        && loadLexicon().analyze(last.text).some((a) => /:prop:fname(:|$)/.test(a.tag));
      if (particlesBetween && !firstName) continue;
      if (TITLE_WORD.test(last.text) && (/:prop:(fname|lname)(:|$)/.test(last.tag) || nominalName || firstName) && !matches.some((m) => m.start <= s.end - 1 && s.end - 1 < m.end)) {
        const o = cur();
        o[k] = { start: s.start, end: s.end - 1, type: 'ORG' };
        o[k + 1] = { start: s.end - 1, end: n.end, type: 'PERS' };
      }
    }
  }
  // (a name of three words the model cut in two persons: "Джозеф Генг | Акеч" — a lone word right after a person of two
  // words, no first name of its own, is that person's last word)
  for (let k = 0; k + 1 < (out ?? spans).length; k++) {
    const s = (out ?? spans)[k]!, n = (out ?? spans)[k + 1]!;
    if (s.type !== 'PERS' || n.type !== 'PERS' || n.start !== s.end || s.end - s.start < 2 || n.end - n.start !== 1) continue;
    if (!TITLE_WORD.test(toks[n.start]!.text) || /:prop:fname(:|$)/.test(toks[n.start]!.tag)) continue;
    const o = cur();
    o.splice(k, 2, { start: s.start, end: n.end, type: 'PERS' });
  }
  const list = out ?? spans;
  for (let k = 0; k < list.length; k++) {
    const s = list[k]!;
    // (also a lone first name: "Джея | Тарріели"; a capitalised "verb" in mid-sentence is a name misread — "Тарріели")
    const lone = s.end - s.start === 1 && /:prop:fname(:|$)/.test(toks[s.start]!.tag);
    // (a hyphenated given name the dictionary does not know, after a surname written first: "Лай | Цін-де")
    const given = s.end < toks.length ? toks[s.end]! : null;
    if (s.type === 'PERS' && given && HYPHENATED_GIVEN.test(given.text) && !['ADJ', 'VERB', 'NOUN', 'PROPN'].includes(given.pos) && list[k + 1]?.start !== s.end
      && !matches.some((m) => m.start <= s.end && s.end < m.end)) {
      cur()[k] = { start: s.start, end: s.end + 1, type: 'PERS' };
      continue;
    }
    // (an indeclinable first name right before a person's span of two words that no span has: "президентом | Хосе |
    // Раулем Муліно" — it fits any case the name after it is in)
    const before = s.start > 0 ? toks[s.start - 1]! : null;
    if (s.type === 'PERS' && s.end - s.start >= 2 && before && TITLE_WORD.test(before.text) && /:nv(:|$)/.test(before.tag) && /:prop:fname(:|$)/.test(before.tag)
      && !list.some((x) => x.start <= s.start - 1 && s.start - 1 < x.end) && !inGazetteer(s.start - 1)) {
      cur()[k] = { start: s.start - 1, end: s.end, type: 'PERS' };
      continue;
    }
    if (s.type !== 'PERS' || (s.end - s.start < 2 && !lone) || s.end >= toks.length) continue;
    const t = toks[s.end]!;
    // (or a double surname, both parts capitalised, whatever the tagger read it as: "Алікс Дідьє | Фіс-Еме")
    if (!(TITLE_WORD.test(t.text) || DOUBLE_SURNAME.test(t.text)) || ['ADP', 'CCONJ', 'SCONJ'].includes(t.pos) || /:prop:geo/.test(t.tag)) continue;
    // (nor a common adjective opening a name of its own: "Нікола Пашиняна | Громадянський договір")
    if (t.pos === 'ADJ' && !/prop/.test(t.tag) && s.end + 1 < toks.length && toks[s.end + 1]!.pos === 'NOUN' && LOWER_START.test(toks[s.end + 1]!.text) && caseOf(t) !== caseOf(toks[s.end - 1]!)) continue;
    if (list[k + 1]?.start === s.end || matches.some((m) => m.start <= s.end && s.end < m.end)) continue;
    cur()[k] = { start: s.start, end: s.end + 1, type: 'PERS' };
  }
  return out ?? spans;
}

/** A double surname ("Фіс-Еме", "Кюрі-Склодовська"). */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** A Chinese or Korean given name of two syllables joined by a hyphen ("Цін-де", "Ін-вень"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The end of the run of lower-case genitive nouns and adjectives from token `from` (at most `max` words), cut back to
 * its last noun: `from` itself when the run holds no noun.
 */
function genitiveRun(toks: NerToken[], from: number, max: number): number {
  let x = from;
  while (x < toks.length && x < from + max && (toks[x]!.pos === 'NOUN' || toks[x]!.pos === 'ADJ') && /:v_rod(:|$)/.test(toks[x]!.tag) && LOWER_START.test(toks[x]!.text)) x++;
  while (x > from && toks[x - 1]!.pos !== 'NOUN') x--;
  return x;
}

/**
 * A body named by a capitalised head noun and lower-case genitive words after it, left unmarked or cut to its head by
 * the model ("між Силами | спеціального стримування", "Служба зовнішньої розвідки"), is one organisation: "Сили" with
 * one such word or more, any other body's head with two or more (one alone is too often a phrase: "Комісія вирішила").
 * A military unit named by its ordinal ("47-ма окрема механізована бригада", "444-ю бригадою") is one too.
 */
/** Nouns of an organisation's kind a name follows ("в організації Юристи Зімбабве за права людини"). */
const ORG_KIND_BEFORE: ReadonlySet<string> = new Set(['організація', 'рух', 'об’єднання', 'спілка', 'асоціація', 'коаліція', 'альянс', 'мережа', 'фонд']);

/**
 * A body named by what it stands for runs on over "за" and the lower-case words of its cause ("Народна партія | за
 * свободу і демократію", "Міжнародна кампанія | за заборону наземних мін"): an organisation's span ending in a head
 * noun of such bodies, then "за" and a lower-case accusative, takes the accusative and genitive words after it (and
 * those joined by "і"/"та"). So does any name right after the noun of an organisation's kind.
 */
export function programmeRemits(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = (out ?? spans)[k]!;
    if (s.end + 1 >= toks.length || toks[s.end]!.text !== 'за') continue;
    const head = toks[s.end - 1]!;
    // (or any name right after the noun of an organisation's kind, whatever type the model gave it: "в організації
    // Юристи Зімбабве за права людини")
    const kind = s.start > 0 && LOWER_START.test(toks[s.start - 1]!.text) && ORG_KIND_BEFORE.has(toks[s.start - 1]!.lemma.toLowerCase());
    if (!kind && (s.type !== 'ORG' || head.pos !== 'NOUN' || !PROGRAMME_HEAD_LEMMAS.has(head.lemma.toLowerCase()))) continue;
    const word = (x: NerToken): boolean => LOWER_START.test(x.text) && (x.pos === 'NOUN' || x.pos === 'ADJ') && /:v_(zna|rod)/.test(x.tag);
    if (!word(toks[s.end + 1]!) || !/:v_zna/.test(toks[s.end + 1]!.tag)) continue;
    let e = s.end + 1;
    while (e < toks.length && e < s.end + 8) {
      if (word(toks[e]!)) { e++; continue; }
      if (/^(і|й|та)$/.test(toks[e]!.text) && e + 1 < toks.length && word(toks[e + 1]!)) { e += 2; continue; }
      break;
    }
    // (a noun ends it: "за свободу і демократію", not an adjective of a word after)
    while (e > s.end + 1 && toks[e - 1]!.pos !== 'NOUN') e--;
    if (e <= s.end + 1 || (out ?? spans).some((x) => x !== s && x.start < e && x.end > s.end)) continue;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: s.start, end: e, type: 'ORG' };
  }
  return out ?? spans;
}

export function remitBodies(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[] = []): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    let end = -1;
    if (t.pos === 'NOUN' && TITLE_START.test(t.text)) {
      const forces = t.lemma.toLowerCase() === 'сила' && /:p:/.test(t.tag);
      if (!forces && !NAMED_BODY_HEAD_LEMMAS.has(t.lemma.toLowerCase())) continue;
      // (the remit ends in a noun: "Сили спеціального | стримування", not an adjective of a word after it)
      let e = genitiveRun(toks, i + 1, 4);
      // (a remit after "з" — "Управління з розслідування корупції серед високопосадовців", "Комісія з питань
      // біженців": two lower-case genitive words or more, and more after "серед")
      if (e === i + 1 && !forces && e + 2 < toks.length && (toks[e]!.text === 'з' || toks[e]!.text === 'із')) {
        let x = genitiveRun(toks, e + 1, 5);
        if (x - e - 1 >= 2) {
          if (x + 1 < toks.length && toks[x]!.text === 'серед') {
            const y = genitiveRun(toks, x + 1, 5);
            if (y > x + 1) x = y;
          }
          e = x;
        }
      }
      if (e - i - 1 < (forces ? 1 : 2)) continue;
      end = e;
    } else if (isDigit(t.text.charCodeAt(0)) && NUMBER_ENDING.test(t.text)) {
      let h = i + 1;
      while (h < toks.length && h < i + 4 && toks[h]!.pos === 'ADJ' && LOWER_START.test(toks[h]!.text)) h++;
      if (h >= toks.length || toks[h]!.pos !== 'NOUN' || !UNIT_NOUNS.has(toks[h]!.lemma)) continue;
      end = h + 1;
    } else continue;
    const cur: TokenSpan[] = out ?? spans;
    // (with the state right after it, the state's body: "Сили безпеки | Буркіна-Фасо")
    const country = countrySpanAt(cur, matches, end);
    if (country) end = country.end;
    const joined = remitOverSpans(cur, i, end);
    if (!joined) continue;
    out = joined;
    i = end - 1;
  }
  return out ?? spans;
}
/** remitBodies' spans with [start, end) an organisation, or null where the model's spans keep their place (see overlaps). */
function remitOverSpans(cur: TokenSpan[], start: number, end: number): TokenSpan[] | null {
  // (the model's span over the head alone, of any type, gives way; any other span there keeps its place)
  const over = cur.filter((x) => x.start < end && start < x.end);
  if (over.some((x) => !(x.start >= start && x.end <= end))) return null;
  if (over.some((x) => x.start === start && x.end === end)) return null;
  return [...cur.filter((x) => !over.includes(x)), { start, end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
}
const UNIT_NOUNS: ReadonlySet<string> = new Set(['бригада', 'полк', 'дивізія', 'батальйон', 'корпус', 'армія', 'флотилія', 'ескадрилья']);

/**
 * A one-word name right after "поблизу"/"біля"/"неподалік" that the model typed as an organisation or a person is a
 * place ("атакував автомобіль поблизу Набатії"): what one is near is somewhere, not someone (acronyms excepted).
 */
export function placesNearby(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if ((s.type !== 'ORG' && s.type !== 'PERS') || s.end - s.start !== 1 || s.start === 0) return;
    const t = toks[s.start]!;
    // (a hyphenated name is a place even where the guesser reads a surname: "неподалік Сен-Назера")
    const hyphenated = HYPHENATED_NAME.test(t.text);
    if (!NEAR_WORDS.has(toks[s.start - 1]!.text.toLowerCase()) || !(TITLE_WORD.test(t.text) || hyphenated) || (/:(fname|lname)/.test(t.tag) && !hyphenated)) return;
    out ??= spans.slice();
    out[k] = { ...s, type: 'LOC' };
  });
  return out ?? spans;
}
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const NEAR_WORDS: ReadonlySet<string> = new Set(['поблизу', 'біля', 'неподалік', 'поряд', 'поруч', 'під']);

/**
 * A state's service named in lower case, an adjective of its kind, the service's noun and the state's span right after
 * ("берегової охорони | Японії", "прикордонна служба | Польщі"; capitalised where it opens the sentence), is one
 * organisation over the country's span — not after a demonym ("японська прикордонна служба" is the events and speaker stages' to name).
 */
export function stateServices(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let h = 1; h + 1 < toks.length; h++) {
    const t = toks[h]!;
    if (t.pos !== 'NOUN' || !SERVICES.has(t.lemma) || !LOWER_START.test(t.text) || /:p:/.test(t.tag)) continue;
    const adj = toks[h - 1]!;
    // (also capitalised where it opens the sentence: "Пожежна служба Гонконгу залучила")
    const opening = h - 1 === 0 || /^[.!?»"“]$/.test(toks[h - 2]!.text);
    if (adj.pos !== 'ADJ' || !(LOWER_START.test(adj.text) || (opening && !DESCRIPTIVE_ADJECTIVES.has(adj.lemma.toLowerCase())))) continue;
    out = stateService(out ?? spans, toks, matches, h) ?? out;
  }
  return out ?? spans;
}

/** stateServices' spans with the service whose noun is at `h` joined with its state, or null (see overlaps). */
function stateService(cur: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[], h: number): TokenSpan[] | null {
  // (a place after its kind noun that the model ran into the service is the place, the rest the service: "біля
  // острова Кіньмень | берегова охорона Китаю")
  const over = cur.find((x) => x.start < h - 1 && x.end > h + 1 && x.start > 0 && SETTLEMENTS.has(toks[x.start - 1]!.lemma)
    && toks.slice(x.start, h - 1).every((w) => UPPER_START.test(w.text)) && matches.some((m) => m.start === h + 1 && m.end === x.end && m.entry.kind === 'country'));
  if (over) return cur.flatMap((x) => (x === over ? [{ start: over.start, end: h - 1, type: 'LOC' as const }, { start: h - 1, end: over.end, type: 'ORG' as const }] : [x]));
  const country = countrySpanAt(cur, matches, h + 1);
  if (!country || cur.some((x) => x !== country && x.start < country.end && h - 1 < x.end)) return null;
  return [...cur.filter((x) => x !== country), { start: h - 1, end: country.end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
}
const SERVICES: ReadonlySet<string> = new Set(SERVICE_HEAD_LEMMAS);

/**
 * An abbreviation's body does not run on into a lower-case title after it: "викликавши до МЗС | посла Китаю" — the
 * body is the abbreviation; a country at the end of the rest is that place (the title between is the resolve stage's).
 */
export function splitAbbreviationRoles(spans: TokenSpan[], toks: NerToken[], isRole: (lemma: string) => boolean): TokenSpan[] {
  let changed = false;
  const out = spans.flatMap((s): TokenSpan[] => {
    const a = toks[s.start]!;
    const r = toks[s.start + 1];
    if (s.type !== 'ORG' || s.end - s.start < 2 || !r || !/^\p{Lu}{2,}$/u.test(a.text) || r.pos !== 'NOUN' || !LOWER_START.test(r.text) || !isRole(r.lemma)) return [s];
    changed = true;
    // (the capitalised words at the end: the title's state — "посла | Китаю")
    let from = s.end;
    while (from - 1 > s.start + 1 && UPPER_START.test(toks[from - 1]!.text)) from--;
    const body: TokenSpan = { start: s.start, end: s.start + 1, type: 'ORG' };
    return from < s.end ? [body, { start: from, end: s.end, type: 'LOC' }] : [body];
  });
  return changed ? out : spans;
}

/**
 * A title read as an organisation is a title: an organisation span that opens with a role noun (or an adjective and
 * a role noun: "Генеральний секретар Ради Європи") and either ends in a personal name in the case of its head, which
 * is split off as the person ("… Ради Європи | Ален Берсе"), or is followed right away by a person's span ("Папі
 * Римському | Леву XIV").
 */
export function splitTitles(spans: TokenSpan[], toks: NerToken[], isRole: (lemma: string) => boolean): TokenSpan[] {
  let changed = false;
  const out: TokenSpan[] = [];
  // (a person's name right after a title, read as an organisation: "… кабінету міністрів Японії | Мінору Кіхара")
  const named = new Set<number>();
  // (a role noun: "Уповноважений Верховної Ради …", an adjective used as one, is left to the resolve stage)
  const roleNoun = (x: number): boolean => toks[x]!.pos === 'NOUN' && isRole(toks[x]!.lemma);
  spans.forEach((s, k) => {
    if (named.has(k)) {
      out.push({ start: s.start, end: s.end, type: 'PERS' });
      return;
    }
    const head = s.type !== 'ORG' ? -1 : roleNoun(s.start) ? s.start
      : s.start + 1 < s.end && toks[s.start]!.pos === 'ADJ' && roleNoun(s.start + 1) ? s.start + 1 : -1;
    if (head < 0) {
      out.push(s);
      return;
    }
    // the personal name at the end: capitalised words with a first name or surname among them, in the head's case
    let from = s.end;
    while (from - 1 > head && TITLE_START.test(toks[from - 1]!.text) && /:(fname|lname)(:|$)/.test(toks[from - 1]!.tag)) from--;
    const next = spans[k + 1];
    if (from < s.end && from > head + 1 && caseOf(toks[from]!) === caseOf(toks[head]!)) {
      out.push({ start: s.start, end: from, type: 'JOB' }, { start: from, end: s.end, type: 'PERS' });
      changed = true;
    } else if (next && next.start === s.end && (next.type === 'PERS' || (next.type === 'ORG' && personalRest(toks, next.start, next.end)))) {
      out.push({ start: s.start, end: s.end, type: 'JOB' });
      if (next.type === 'ORG') named.add(k + 1);
      changed = true;
    } else out.push(s);
  });
  return changed ? out : spans;
}

/**
 * A span other than a person's does not run over a coordinator into a title in lower case: "Італії Джорджі Мелоні та
 * | президентові Франції" is two titled persons, not one organisation. The span ends before the coordinator (a span of
 * one word left is kept: the model's type is the best guess for it).
 */
export function splitAtTitledConjuncts(spans: TokenSpan[], toks: NerToken[], isRole: (lemma: string) => boolean): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (s.type === 'PERS' || s.end - s.start < 3) return;
    for (let j = s.start + 1; j + 1 < s.end; j++) {
      if (toks[j]!.pos !== 'CCONJ' || !LOWER_START.test(toks[j + 1]!.text) || !isRole(toks[j + 1]!.lemma)) continue;
      out ??= spans.map((x) => ({ ...x }));
      out[k] = { start: s.start, end: j, type: s.type };
      return;
    }
  });
  return out ?? spans;
}

/**
 * Predicted spans lying inside a gazetteer country match (none reaching out of it, and not one span that is the match
 * already) become the match, as a place: "Арабським Еміратам" inside "Об’єднаним Арабським Еміратам", "Боснії" and
 * "Герцеговини" inside "Боснії і Герцеговини".
 */
export function widenToCountries(spans: TokenSpan[], matches: GazetteerMatch<GazetteerEntry>[], toks?: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const m of matches) {
    if ((m.entry.kind !== 'country' && m.entry.kind !== 'org') || m.end - m.start < 2) continue;
    const cur: TokenSpan[] = out ?? spans;
    const inside = cur.filter((s) => s.start < m.end && m.start < s.end);
    if (!inside.length) continue;
    // (one span cut short, or the name's parts as spans of their own: "Боснії | і | Герцеговини")
    if (inside.some((s) => s.start < m.start || s.end > m.end) || (inside.length === 1 && inside[0]!.start === m.start && inside[0]!.end === m.end)) continue;
    // (a body's name only over the model's cut of that body, not over a place inside it: "будівлі уряду | України")
    // (but over a common word the model took for a name of its own: "в Головному | управлінні розвідки" with
    // "Головному" read as a person)
    const misread = (s: TokenSpan): boolean => !!toks && s.end - s.start === 1 && s.start === m.start && !toks[s.start]!.tag.includes('prop');
    if (m.entry.kind === 'org' && inside.some((s) => s.type !== 'ORG' && !misread(s))) continue;
    out = [...cur.filter((s) => !inside.includes(s)), { start: m.start, end: m.end, type: m.entry.type }].sort((a, b) => a.start - b.start);
  }
  return out ?? spans;
}

/**
 * A capitalised state form right before a country is part of its name ("Держави | Катар", "Королівства |
 * Нідерландів"): the resolve stage names it the country.
 */
export function widenStateForms(spans: TokenSpan[], toks: NerToken[], matches: GazetteerMatch<GazetteerEntry>[], forms: ReadonlySet<string>): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    const f = s.start - 1;
    if (s.type !== 'LOC' || f < 0 || !forms.has(toks[f]!.lemma.toLowerCase()) || !UPPER_START.test(toks[f]!.text)) return;
    if (spans.some((o) => o.start <= f && f < o.end)) return;
    if (!matches.some((m) => m.start === s.start && m.end === s.end && m.entry.kind === 'country')) return;
    out ??= spans.map((x) => ({ ...x }));
    out[k] = { start: f, end: s.end, type: 'LOC' };
  });
  return out ?? spans;
}

/**
 * Spans made only of pronouns and determiners name nothing ("Тим часом" read as a place "Того"): the model's
 * capitalisation and case features can outweigh the word itself at a sentence start.
 */
export function dropPronounSpans(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  return spans.some((s) => pronounsOnly(s, toks)) ? spans.filter((s) => !pronounsOnly(s, toks)) : spans;
}

function pronounsOnly(s: { start: number; end: number }, toks: NerToken[]): boolean {
  for (let i = s.start; i < s.end; i++) if (toks[i].pos !== 'PRON' && toks[i].pos !== 'DET') return false;
  return true;
}

/**
 * A person span that starts with a country or place name is split ("Франції | Емманюель Макрон"); so is an
 * organisation span made of a place and then a personal name ("Південної Кореї | Чо Тхе Йоль": the rest capitalised,
 * a first name or surname among it), and a person span that starts with an organisation of the gazetteer before such a
 * name ("Пентагону | Шон Парнелл").
 */
export function splitLeadingPlaces(spans: TokenSpan[], matches: GazetteerMatch<GazetteerEntry>[], toks?: NerToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const m = s.type === 'PERS' || s.type === 'ORG' ? matches.find((x) => x.start === s.start && x.end < s.end && x.entry.type === 'LOC') : undefined;
    // (after a country, two capitalised words or more the gazetteer does not know, none of them a common word, are a
    // name whatever the dictionary reads: "Південної Кореї | Юн Сок Йоля", none of its words a known first name — but
    // not "Банк Розвитку")
    // (name particles inside: "Саудівської Аравії | Мухаммеду бін Салману")
    const countryRest = (from: number): boolean => m!.entry.kind === 'country' && s.end - from >= 2 && TITLE_START.test(toks![from]!.text) && TITLE_START.test(toks![s.end - 1]!.text)
      && toks!.slice(from, s.end).every((t) => (TITLE_START.test(t.text) && UPPER_START.test(t.lemma)) || nameParticles().has(t.text)) && !matches.some((x) => x.start >= from && x.start < s.end);
    if (m && (s.type === 'PERS' || (toks && (personalRest(toks, m.end, s.end) || countryRest(m.end))))) out.push({ start: s.start, end: m.end, type: 'LOC' }, { start: m.end, end: s.end, type: 'PERS' });
    // ("затримала в Краматорську | агента російської воєнної розвідки": a town's name, then common words only)
    else if (m && s.type === 'ORG' && toks && m.end - m.start === 1 && (toks[m.start]!.pos === 'PROPN' || toks[m.start]!.pos === 'NOUN')
      && toks.slice(m.end, s.end).every((t) => LOWER_START.test(t.text))) out.push({ start: s.start, end: m.end, type: 'LOC' });
    else {
      // "Речник Пентагону Шон Парнелл", "Глава МЗС Естонії Маргус Цахкна": a known organisation (with its country) before
      // a personal name is the title's, not the name's
      const o = toks ? matches.find((x) => x.start === s.start && x.end < s.end && x.entry.type === 'ORG') : undefined;
      const c = o ? matches.find((x) => x.start === o.end && x.end < s.end && x.entry.type === 'LOC') : undefined;
      // (two capitalised words or more after the organisation that the gazetteer does not know are a name, whatever the
      // dictionary makes of them: "Пентагону | Піт Гегсет", "Піт" read as a common noun)
      const rest = (from: number): boolean => personalRest(toks!, from, s.end) || (s.end - from >= 2 && toks!.slice(from, s.end).every((t) => TITLE_START.test(t.text))
        && !matches.some((x) => x.start >= from && x.start < s.end));
      let end = c && rest(c.end) ? c.end : o && rest(o.end) ? o.end : -1;
      // ("студентка Белградського університету | Мілиця Йованович": an organisation named by common words, then a
      // personal name in the nominative after a word in lower case)
      if (end < 0 && s.type === 'ORG' && toks) {
        for (let k = s.start + 2; k + 1 < s.end; k++) {
          if (LOWER_START.test(toks[k - 1]!.text) && personalRest(toks, k, s.end) && /:v_naz/.test(toks[k]!.tag)) { end = k; break; }
        }
      }
      // ("президентові Республіки Сербської | Мілораду Додику": a territory named by a common noun and its agreeing
      // adjective before a personal name; "у Боснії і Герцеговині | Крістіан Шмідт": the end of a country that starts
      // before the span)
      if (end < 0 && toks) {
        const head = toks[s.start]!;
        if (s.end - s.start >= 4 && UPPER_START.test(head.text) && LOWER_START.test(head.lemma) && head.pos === 'NOUN' && TERRITORY_HEAD_LEMMAS.has(head.lemma)
          && toks[s.start + 1]!.pos === 'ADJ' && personalRest(toks, s.start + 2, s.end)) {
          out.push({ start: s.start, end: s.start + 2, type: 'LOC' }, { start: s.start + 2, end: s.end, type: 'PERS' });
          continue;
        }
        const across = s.type !== 'PERS' ? undefined : matches.find((x) => x.start < s.start && x.end > s.start && x.end < s.end && x.entry.type === 'LOC');
        if (across && personalRest(toks, across.end, s.end)) {
          out.push({ start: across.end, end: s.end, type: 'PERS' });
          continue;
        }
      }
      if (end > 0) out.push({ start: s.start, end, type: 'ORG' }, { start: end, end: s.end, type: 'PERS' });
      else out.push(s);
    }
  }
  return out;
}

/** Common nouns that head a territory's name ("Республіка Сербська", "Автономна область …"). */
const TERRITORY_HEAD_LEMMAS: ReadonlySet<string> = new Set(['республіка', 'область', 'край', 'провінція', 'штат', 'округ', 'емірат', 'королівство', 'князівство']);

/** One-word names of places the gazetteer knows (countries, capitals, cities), as written in the nominative. */
let onePlaceNames: Set<string> | undefined;
function placeNameWords(): Set<string> {
  if (!onePlaceNames) {
    onePlaceNames = new Set();
    for (const e of gazetteerEntries()) if (e.type === 'LOC') for (const n of e.names) if (!n.includes(' ')) onePlaceNames.add(n);
  }
  return onePlaceNames;
}

/**
 * A person's span of three words or more whose first word is no part of the name after it: a place the gazetteer knows
 * written as itself ("секретар громадської безпеки Мехіко | Пабло Васкес") or named after a settlement's noun ("міста
 * Уруапан | Карлоса Мансо"), which becomes a place, or a word of
 * another gender than the first name and surname after it ("угруповання військ Хортиця | Віктор Трегубов"), the name of
 * what the title before it heads, which is left out.
 */
export function splitLeadingNonNames(spans: TokenSpan[], toks: NerToken[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  const gender = (t: NerToken): string | null => /:([mfn]):/.exec(t.tag)?.[1] ?? null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type !== 'PERS' || s.end - s.start < 3) continue;
    const head = toks[s.start]!;
    const first = toks[s.start + 1]!;
    if (!TITLE_START.test(first.text) || !personalRest(toks, s.start + 1, s.end)) continue;
    // (or any name right after a settlement's noun: "мера міста Уруапан | Карлоса Мансо")
    const place = placeNameWords().has(head.text) || (s.start > 0 && SETTLEMENTS.has(toks[s.start - 1]!.lemma));
    // (a party named by a common noun in the plural after its kind's noun: "партії Трансформатори | Сюксе Масра"; not a
    // word the tagger misread as a common noun, "речник партії Пал Май Денг")
    const party = !place && s.start > 0 && PARTY_KIND_LEMMAS.has(toks[s.start - 1]!.lemma.toLowerCase()) && head.pos === 'NOUN' && !head.tag.includes(':prop')
      && /^noun:(anim|inanim):p:/.test(head.tag);
    if (party) {
      out ??= [...spans];
      out.splice(out.indexOf(s), 1, { start: s.start, end: s.start + 1, type: 'ORG' as const }, { start: s.start + 1, end: s.end, type: 'PERS' });
      continue;
    }
    if (!place && !/:fname(:|$)/.test(first.tag)) continue;
    const g = gender(head);
    // (the rest a first name and surnames only, in the head's case: "Нікола Пашиняна Громадянський" is no such name)
    const kase = (t: NerToken): string | null => /:(v_[a-z]{3})/.exec(t.tag)?.[1] ?? null;
    const other = !place && g !== null && !/:(lname|pname)(:|$)/.test(head.tag)
      && toks.slice(s.start + 1, s.end).every((t) => gender(t) !== null && gender(t) !== g && /:(fname|lname)(:|$)/.test(t.tag) && kase(t) === kase(head));
    if (!place && !other) continue;
    out ??= [...spans];
    const rest: TokenSpan = { start: s.start + 1, end: s.end, type: 'PERS' };
    out.splice(out.indexOf(s), 1, ...(place ? [{ start: s.start, end: s.start + 1, type: 'LOC' as const }, rest] : [rest]));
  }
  return out ?? spans;
}

/** Tokens [from, to) are all capitalised words, at least two, one of them a first name or surname. */
function personalRest(toks: NerToken[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  let named = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (!TITLE_START.test(t.text)) return false;
    named ||= /:(fname|lname)(:|$)/.test(t.tag);
  }
  return named;
}

export class NerTagger {
  private readonly classes: WordClassIndex;

  constructor(readonly scorer: NerScorer | IntScorer, readonly matcher: GazetteerMatcher<GazetteerEntry>) {
    this.classes = new WordClassIndex(scorer.model.classes);
  }

  /** Per token text: the infos of its analyses (few: a text mostly has one lemma and tag). */
  private readonly words = new Map<string, WordInfo[]>();
  private wordCount = 0;

  /**
   * The cached info of a token analysis (by text, then lemma + tags: no key string is built). `form`: the tagger's
   * entry of the token's text when the caller has it; the infos of its analyses are kept there (no lookup by text).
   */
  private infoOf(t: TaggedToken, form?: TaggedForm): WordInfo {
    const text = t.text;
    const lemma = t.lemma ?? text;
    const tag = t.tag ?? '';
    const pos = t.pos ?? '';
    let list: WordInfo[] | undefined;
    if (form !== undefined && form.form === text) {
      list = form.ext as WordInfo[] | undefined;
      if (list) {
        for (const w of list) if (w.lemma === lemma && w.tag === tag && w.pos === pos) return w;
      } else form.ext = list = [];
    } else {
      list = this.words.get(text);
      if (list) {
        for (const w of list) if (w.lemma === lemma && w.tag === tag && w.pos === pos) return w;
      } else {
        if (this.wordCount > 200_000) {
          this.words.clear();
          this.wordCount = 0;
        }
        this.words.set(text, (list = []));
      }
      this.wordCount++;
    }
    const sc = this.scorer;
    // this cache is the one per token analysis: the name view and its names are built without the matcher's caches
    // (a new analysis mostly has a new text, and their lookups would only miss and fill another map)
    const name = makeNameToken(text, lemma);
    const w: WordInfo = { text, lemma, tag, pos, name, starts: this.matcher.namesFrom(name), role: isRoleLemma(lemma), type: null };
    if (sc instanceof IntScorer) w.type = sc.newType(w);
    list.push(w);
    return w;
  }

  /** The cached infos of tokens [start, end) (a sentence of a document; the tagger's entries of the document's tokens when known). */
  private wordsOf(toks: readonly TaggedToken[], start = 0, end = toks.length, forms?: readonly (TaggedForm | undefined)[]): WordInfo[] {
    const out = new Array<WordInfo>(end - start);
    if (forms) for (let i = start; i < end; i++) out[i - start] = this.infoOf(toks[i], forms[i]);
    else for (let i = start; i < end; i++) out[i - start] = this.infoOf(toks[i]);
    return out;
  }

  /** Gazetteer matches and cues of a sentence of infos (the same as matcher.match + sentenceCues, from the cache). */
  private prepare(words: WordInfo[]): Prepared {
    const n = words.length;
    const role = new Array<boolean>(n);
    for (let i = 0; i < n; i++) role[i] = words[i].role;
    const matches = this.matcher.matchWords(words);
    return { matches, cues: { gz: gazetteerCues(n, matches), role } };
  }

  /** Best labels of a prepared sentence under the first-pass integer scorer (its cached word types). */
  private static decodeFirst(sc: IntScorer, words: WordInfo[], p: Prepared): Int32Array {
    return sc.decode(
      words,
      p.cues,
      words.map((w) => w.type as WordType),
    );
  }

  /** Gazetteer matches and cues of a sentence (training of integer models uses these). */
  sentenceCues(toks: NerToken[]): TokenCues {
    return sentenceCues(toks, this.matcher.match(toks));
  }

  private cues(toks: NerToken[]): TokenCues {
    const cues = sentenceCues(toks, this.matcher.match(toks));
    if (this.classes.size) cues.cls = toks.map((t) => this.classes.classes(t.text.toLowerCase()));
    return cues;
  }

  /** Feature strings of each token (training). */
  features(toks: NerToken[]): string[][] {
    return sentenceFeatures(toks, this.cues(toks));
  }

  /**
   * Entity spans (token ranges) of one tagged sentence. With `fallback`, names of the actor knowledge base and
   * countries the model missed are added where they overlap no predicted span.
   */
  spans(toks: NerToken[], opts: { fallback?: boolean } = {}): TokenSpan[] {
    if (!toks.length) return [];
    const sc = this.scorer;
    if (sc instanceof IntScorer) return this.wordSpans(sc, this.wordsOf(toks), opts);
    const matches = this.matcher.match(toks);
    const cues = sentenceCues(toks, matches);
    if (this.classes.size) cues.cls = toks.map((t) => this.classes.classes(t.text.toLowerCase()));
    return this.finishSpans(toks, sc.decodeGroups(sentenceFeatureGroups(toks, cues)), matches, cues, opts);
  }

  /** spans() of a non-empty sentence of cached infos under an integer scorer. */
  private wordSpans(sc: IntScorer, words: WordInfo[], opts: { fallback?: boolean }): TokenSpan[] {
    const p = this.prepare(words);
    return this.finishSpans(words, NerTagger.decodeFirst(sc, words, p), p.matches, p.cues, opts);
  }

  /**
   * Entity spans of the sentences of one document: with a two-pass model, the first pass labels every sentence and
   * the second relabels them with the document cues (doc.ts); otherwise as spans() per sentence.
   */
  docSpans(sentences: NerToken[][], opts: { fallback?: boolean } = {}): TokenSpan[][] {
    const sc = this.scorer;
    if (!(sc instanceof IntScorer)) return sentences.map((t) => this.spans(t, opts));
    return this.wordDocSpans(
      sc,
      sentences.map((t) => this.wordsOf(t)),
      opts,
    );
  }

  /**
   * docSpans() of sentences given as token ranges of one token list (a document's tokens and its sentences'
   * [tokenStart, tokenEnd)); tokens without an analysis stand as their text with an empty tag.
   */
  rangeSpans(tokens: readonly TaggedToken[], ranges: readonly { tokenStart: number; tokenEnd: number }[], opts: { fallback?: boolean } = {}): TokenSpan[][] {
    const sc = this.scorer;
    const forms = taggedForms(tokens);
    if (!(sc instanceof IntScorer)) return this.docSpans(ranges.map((r) => this.wordsOf(tokens, r.tokenStart, r.tokenEnd, forms)), opts);
    return this.wordDocSpans(
      sc,
      ranges.map((r) => this.wordsOf(tokens, r.tokenStart, r.tokenEnd, forms)),
      opts,
    );
  }

  private wordDocSpans(sc: IntScorer, words: WordInfo[][], opts: { fallback?: boolean }): TokenSpan[][] {
    if (!sc.second) return words.map((w) => (w.length ? this.wordSpans(sc, w, opts) : []));
    const second = sc.second;
    const prepared = words.map((w) => this.prepare(w));
    const matches = prepared.map((p) => p.matches);
    const cues = prepared.map((p) => p.cues);
    const first = words.map((w, k) => (w.length ? NerTagger.decodeFirst(sc, w, prepared[k]) : new Int32Array(0)));
    const dc = docCues(
      // the first-pass word types hold the lowercase lemmas (lowerCase: the same strings as toLowerCase)
      words.map((t) => t.map((x) => (x.type as WordType).lemma)),
      first,
    );
    return words.map((t, k) => {
      if (!t.length) return [];
      cues[k].doc = dc[k];
      return this.finishSpans(t, second.decode(t, cues[k]), matches[k], cues[k], opts);
    });
  }

  private finishSpans(toks: NerToken[], y: ArrayLike<number>, matches: GazetteerMatch<GazetteerEntry>[], cues: TokenCues, opts: { fallback?: boolean }): TokenSpan[] {
    let spans = decode(y);
    if (spans.length) {
      const sc = this.scorer;
      if (sc instanceof IntScorer && sc.typer) spans = sc.typer.retype(toks, spans, cues.gz, sc.memory, (a, b) => sc.spanTypeScores(y, a, b));
      const forms = toks.map((t) => t.text);
      spans = splitAbbreviationRoles(splitAtTitledConjuncts(spans, toks, isRoleLemma), toks, isRoleLemma);
      spans = splitLeadingNonNames(joinFirstNames(dropPronounSpans(splitLeadingPlaces(joinNameParticles(balanceQuotes(spans, forms), forms), matches, toks), toks), toks, matches), toks);
      spans = splitNamePlaces(splitCoordinatedOrgs(splitTitleOwners(trimPersonTails(splitTitles(joinBodyCountry(spans, toks, matches, JOINED_BODY_HEADS), toks, isRoleLemma), toks), toks), toks), toks);
      spans = trimAtAdverbs(splitAtVesselNouns(splitWeaponNames(namesBeforePersons(unitNamesBeforePersons(completePersonNames(datesOutOfOrgs(spans, toks), toks, matches), toks), toks), toks), toks), toks);
      spans = facilityPlacesOut(missionsAtBodies(descriptiveAdjectivesOut(spans, toks), toks), toks);
      spans = unmarkedNamesAfterTitles(namesAfterTitles(compassPlaces(bodiesOfPlaces(titleAdjectives(spans, toks), toks, matches), toks), toks, matches), toks, matches);
      spans = extendTreatyNames(regnalNames(splitAtKnownParts(oneLetterSurnames(shiftMisreadAbbreviation(spans, toks), toks), toks, matches), toks), toks);
    }
    spans = personHeadedOrgs(namesBeforeAcronyms(capitalisedBodies(settlementNames(quotedOrgNames(spans, toks), toks), toks, matches), toks), toks);
    spans = programmeRemits(remitBodies(spans, toks, matches), toks);
    spans = numberedLatinNames(numberedUnits(groupNamesAfterKinds(partiesTypedOtherwise(bodiesTypedMisc(placesNearby(spans, toks), toks), toks), toks), toks), toks);
    if (spans.length) spans = stateServices(spans, toks, matches);
    // A country's whole name the model cut short ("Об’єднаним | Арабським Еміратам" read as a person) is the country.
    if (spans.length) spans = missionRemits(widenStateForms(widenToCountries(spans, matches, toks), toks, matches, stateFormWords()), toks);
    // (the fallback below skips pronoun-only matches too: the country "Того" lemmatises like the pronoun "того")
    if (!opts.fallback) return spans;
    const added: TokenSpan[] = [];
    for (const m of matches) {
      if (m.entry.kind !== 'org' && m.entry.kind !== 'country') continue;
      if (pronounsOnly(m, toks)) continue;
      // (a body's lower-case alias after an adjective is a service of whoever the adjective names: "російської | воєнної
      // розвідки" is no Ukrainian intelligence)
      if (LOWER_START.test(toks[m.start]!.text) && m.start > 0 && toks[m.start - 1]!.pos === 'ADJ') continue;
      // (nor is an adjective alias before the noun it qualifies: "Незалежна виборча комісія")
      if (m.end - m.start === 1 && toks[m.start]!.pos === 'ADJ' && m.end < toks.length && (toks[m.end]!.pos === 'ADJ' || toks[m.end]!.pos === 'NOUN')) continue;
      const over = spans.filter((s) => s.start < m.end && m.start < s.end);
      // ("Сили оборони Ізраїлю" with only "Ізраїлю" found: a known body's whole name over the shorter names inside it —
      // not after a noun it may be the genitive of: "по будівлі уряду України" is the building's, and its state is hit)
      const afterNoun = m.start > 0 && (toks[m.start - 1]!.pos === 'NOUN' || toks[m.start - 1]!.pos === 'PROPN');
      if (over.length && !afterNoun && m.entry.kind === 'org' && m.end - m.start >= 2 && over.every((s) => s.start >= m.start && s.end <= m.end && s.end - s.start < m.end - m.start)) {
        spans = spans.filter((s) => !over.includes(s));
      } else if (over.length) continue;
      added.push({ start: m.start, end: m.end, type: m.entry.type });
    }
    return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
  }
}

export function readNerModel(path = NER_MODEL_PATH): NerModel {
  if (!existsSync(path)) {
    throw new LitopysError('MODEL_MISSING', `NER model not found: ${path}`, { file: path }, 'run `npm run train:ner` (needs ../shared/data/ner-uk)');
  }
  try {
    return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModel;
  } catch (e) {
    throw new LitopysError('MODEL_CORRUPT', `cannot read NER model: ${(e as Error).message}`, { file: path });
  }
}

/** The scorer of a model: integer features (format 2) or feature strings. */
export function makeScorer(model: NerModel): NerScorer | IntScorer {
  return model.format === 2 ? new IntScorer(model) : new NerScorer(model);
}

let cachedNer: NerTagger | null = null;

/** The default NER tagger (committed model + gazetteers), loaded once. */
export function loadNer(): NerTagger {
  if (!cachedNer) cachedNer = new NerTagger(makeScorer(readNerModel()), gazetteerMatcher());
  return cachedNer;
}

export function createNer(): Component {
  return {
    name: 'ner',
    reads: ['doc.sentences', 'doc.tokens', 'token.lemma', 'token.tag'],
    assigns: ['doc.mentions'],
    score: 'NER-UK 2.0 dev strict span+type micro-F1 (npm run eval -- ner)',
    run(adoc: AnalyzedDocument): void {
      const ner = loadNer();
      const mentions: Mention[] = [];
      const tokens = adoc.tokens;
      // the sentences of the document together: a two-pass model relabels them with document cues
      const sentences = adoc.sentences;
      const spansOf = ner.rangeSpans(tokens, sentences, { fallback: true });
      const text = adoc.doc.text;
      for (let k = 0; k < sentences.length; k++) {
        const s = sentences[k];
        for (const sp of spansOf[k]) {
          const a = tokens[s.tokenStart + sp.start];
          const b = tokens[s.tokenStart + sp.end - 1];
          mentions.push({
            start: a.start,
            end: b.end,
            text: text.slice(a.start, b.end),
            type: sp.type,
            sentence: s.index,
            tokenStart: a.i,
            tokenEnd: b.i + 1,
          });
        }
      }
      adoc.mentions = repeatNamesByLemma(repeatUninflectedNames(splitKnownSurnameHeads(mentions, tokens, text), tokens, text), tokens, text);
    },
  };
}

/**
 * A name that does not inflect, found once, is the same name wherever else the document writes it word for word
 * ("Рух GenZ 212 …" then "однак GenZ 212 відкинула"): an organisation's or thing's mention with a Latin word or a
 * number ("Барріо-18"), an organisation's one-word name, a person's name of words read as particles ("Ван І"), written
 * again as the same words where no mention lies (for a person, or only a shorter person's mention inside), is a mention
 * of that type there too. (Such names keep their words in every case.)
 */
export function repeatUninflectedNames(mentions: Mention[], tokens: Token[], text: string): Mention[] {
  const names = mentions.filter((m) => (m.type === 'ORG' || m.type === 'MISC' || m.type === 'PERS') && m.text.length >= 3
    // (so does a name with a number in it: "угруповання Барріо-18" … "членів Барріо-18"; and an organisation's one-word
    // name written the same again, Cyrillic or not: "угруповання Радаа" … "закликала уряд та Радаа")
    && ((m.type !== 'PERS' && tokens.slice(m.tokenStart, m.tokenEnd).some((t) => /^[A-Z][A-Za-z]/.test(t.text) || /^\p{Lu}\p{L}+-\d+$/u.test(t.text)))
      || (m.type === 'ORG' && m.tokenEnd - m.tokenStart === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(m.text))
      // (and a person's name of words that do not decline, read as particles: "Ван І")
      || (m.type === 'PERS' && m.tokenEnd - m.tokenStart >= 2 && tokens.slice(m.tokenStart, m.tokenEnd).every((t) => /^\p{Lu}/u.test(t.text))
        && tokens.slice(m.tokenStart, m.tokenEnd).some((t) => t.pos === 'PART' || t.text === 'І'))));
  if (!names.length) return mentions;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = 1;
  const added: Mention[] = [];
  // (a person's name may stand over a shorter person's mention of its first word: "Ван" of "Ван І")
  const dropped = new Set<Mention>();
  const within = (i: number, n: number): Mention[] | null => {
    const inside = mentions.filter((x) => x.tokenStart < i + n && x.tokenEnd > i);
    return inside.every((x) => x.type === 'PERS' && x.tokenStart >= i && x.tokenEnd <= i + n && x.tokenEnd - x.tokenStart < n) ? inside : null;
  };
  for (const m of names) {
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (tokens[i]!.text !== words[0] || words.some((w, k) => tokens[i + k]!.text !== w || tokens[i + k]!.sentence !== tokens[i]!.sentence)) continue;
      if (words.some((_, k) => covered[i + k])) {
        const inside = m.type === 'PERS' && !added.some((x) => x.tokenStart < i + words.length && x.tokenEnd > i) ? within(i, words.length) : null;
        if (!inside || !inside.length) continue;
        for (const x of inside) dropped.add(x);
      }
      // (whole words only: not "Group" inside "Wagner Group" when the name is "Group")
      if ((i > 0 && /^[A-Za-z0-9]/.test(tokens[i - 1]!.text) && tokens[i - 1]!.sentence === tokens[i]!.sentence)
        || (i + words.length < tokens.length && /^[A-Za-z0-9]/.test(tokens[i + words.length]!.text))) continue;
      const a = tokens[i]!;
      const b = tokens[i + words.length - 1]!;
      added.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: m.type, sentence: a.sentence, tokenStart: a.i, tokenEnd: b.i + 1 });
      for (let k = i; k < i + words.length; k++) covered[k] = 1;
    }
  }
  return added.length ? [...mentions.filter((x) => !dropped.has(x)), ...added].sort((x, y) => x.start - y.start) : mentions;
}

/**
 * An organisation's name of two words or more found once is that organisation wherever the document writes the same
 * words in another case ("кібератаку на Казанський вертолітний завод" … "Казанського вертолітного заводу"): a run of
 * tokens with the name's lemmas, capitalised as it is, where no mention lies or only shorter ones inside it (the first
 * word read as a surname), becomes a mention of the organisation.
 */
export function repeatNamesByLemma(mentions: Mention[], tokens: Token[], text: string): Mention[] {
  // (each token's key once per document: the scan below meets every token once per name)
  let keys: string[] | undefined;
  const key = (k: number): string => (keys ??= tokens.map((t) => (t.lemma ?? t.text).toLowerCase()))[k]!;
  const names = mentions.filter((m) => m.type === 'ORG' && m.tokenEnd - m.tokenStart >= 2 && m.tokenEnd - m.tokenStart <= 5 && /^\p{Lu}/u.test(m.text)
    && tokens.slice(m.tokenStart, m.tokenEnd).every((t) => t.kind === 'word'));
  if (!names.length) return mentions;
  let out = mentions;
  // (and, for a name of three words or more ending in its state's genitive, the name without it: "Християнська
  // асоціація Нігерії" … "Християнська асоціація закликала" — the linking stage joins the two)
  const runs: { m: Mention; n: number }[] = [];
  for (const m of names) {
    const n = m.tokenEnd - m.tokenStart;
    runs.push({ m, n });
    const last = tokens[m.tokenEnd - 1]!;
    if (n >= 3 && /^\p{Lu}/u.test(last.text) && /:v_rod(:|$)/.test(last.tag ?? '') && /:prop:geo/.test(last.tag ?? '')) runs.push({ m, n: n - 1 });
  }
  for (const { m, n } of runs) {
    const whole = n === m.tokenEnd - m.tokenStart;
    const lemmas = Array.from({ length: n }, (_, j) => key(m.tokenStart + j));
    for (let i = 0; i + n <= tokens.length; i++) {
      if (key(i) !== lemmas[0] || i === m.tokenStart || tokens[i]!.sentence !== tokens[i + n - 1]!.sentence || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      if (lemmas.some((l, j) => key(i + j) !== l || (j > 0 && tokens[i + j]!.text.charAt(0) !== tokens[m.tokenStart + j]!.text.charAt(0)))) continue;
      // (the shortened name stands alone: not before a capitalised word, which may be another state)
      if (!whole && i + n < tokens.length && tokens[i + n]!.sentence === tokens[i]!.sentence && /^\p{Lu}/u.test(tokens[i + n]!.text)) continue;
      const inside = out.filter((x) => x.tokenStart < i + n && x.tokenEnd > i);
      if (inside.some((x) => x.tokenStart < i || x.tokenEnd > i + n || x.type === 'ORG')) continue;
      const a = tokens[i]!;
      const b = tokens[i + n - 1]!;
      out = [...out.filter((x) => !inside.includes(x)), { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'ORG' as const, sentence: a.sentence, tokenStart: a.i, tokenEnd: b.i + 1 }]
        .sort((x, y) => x.start - y.start);
    }
  }
  return out;
}

/** Whether a word is a surname of the set in another case: the same letters but the last one or two, of five or more. */
function inflectedSurname(word: string, surnames: ReadonlySet<string>): boolean {
  for (const s of surnames) {
    if (s.length < 5 || Math.abs(word.length - s.length) > 2 || word === s) continue;
    const stem = s.slice(0, -1);
    if (word.startsWith(stem) || (s.length > 6 && word.startsWith(s.slice(0, -2)) && word.length >= s.length - 1)) return true;
  }
  return false;
}

/** A patronymic's endings, in any case ("Іванович", "Івановича", "Іванівна", "Іванівни"). */
const PATRONYMIC = /(ович|евич|йович|івн|ївн|овн)\p{Ll}*$/u;

/**
 * "Адвокат Болсонару Селсу Віларді": a person's span of three words or more that opens with the surname, as written,
 * of a person named before in the document, the rest capitalised words, is two persons — the one named before (an
 * indeclinable surname, so its case told the model nothing) and the one the title introduces.
 */
export function splitKnownSurnameHeads(mentions: Mention[], tokens: Token[], text: string): Mention[] {
  const surnames = new Set<string>();
  const lone = new Set<string>();
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // (the model may call such a span a body: "Болсонару Селсу Віларді")
    if (m.type !== 'PERS' && m.type !== 'ORG') {
      out?.push(m);
      continue;
    }
    const words: Token[] = [];
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (tokens[i]!.kind === 'word') words.push(tokens[i]!);
    const head = words[0];
    // (and a surname named before in another case, "президента … Рамафоса" … "речник Рамафоси Вінсент Магвенья", but
    // not before a patronymic: "Кулеби Дмитра Івановича" is one person in the official order)
    // (or named alone before, a word of five letters or more before a first name: "президента … Рамафоси" … "речник
    // Рамафоси Вінсент Магвенья"; not "Юн Габ Гин", a surname first)
    const alone = !!head && head.text.length >= 5 && lone.has(head.text) && !!words[1] && /:prop:fname(:|$)/.test(words[1].tag ?? '');
    const known = !!head && (surnames.has(head.text) || ((alone || inflectedSurname(head.text, surnames)) && !PATRONYMIC.test(words[words.length - 1]!.text)));
    if (head && words.length >= 3 && known && words.slice(1).every((t) => /^\p{Lu}/u.test(t.text)) && m.tokenEnd - m.tokenStart === words.length) {
      const rest = tokens[m.tokenStart + 1]!;
      const last = tokens[m.tokenEnd - 1]!;
      out ??= mentions.slice(0, k);
      out.push({ ...m, type: 'PERS', end: head.end, text: text.slice(head.start, head.end), tokenEnd: head.i + 1 });
      out.push({ ...m, type: 'PERS', start: rest.start, text: text.slice(rest.start, last.end), tokenStart: rest.i });
    } else out?.push(m);
    if (words.length >= 2 && m.type === 'PERS') surnames.add(words[words.length - 1]!.text);
    else if (words.length === 1 && m.type === 'PERS' && m.tokenEnd - m.tokenStart === 1) lone.add(words[0]!.text);
  }
  return out ?? mentions;
}
