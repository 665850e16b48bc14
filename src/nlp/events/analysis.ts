/**
 * Sentence-level structure the event engine works on: token cases, clauses, preposition government and actor
 * candidates (entity mentions, plus proper-noun runs and group nouns the NER stage did not cover).
 * Language-independent: every word it knows comes from the EventLanguage.
 */
import type { AnalyzedDocument, Entity, EntityType, Token } from '../../types.js';
import type { Case, EventLanguage } from './lexicon.js';
import { sameStem } from '../resolve/index.js';
import { analyzeWord } from '../morph/index.js';

const CASES: Case[] = ['naz', 'rod', 'dav', 'zna', 'oru', 'mis', 'kly'];

/** Facts a token's VESUM tag gives (its case and the T_ bits below), memoised per tag string. */
interface TagInfo { bits: number; case: Case | 'any' | null; gender: string | null }
// (a prototype-less object, not a Map: the tags are slices of the tagger's model text, and a Map compares such keys
// about twice as slowly as a property lookup finds them)
let tagInfos: Record<string, TagInfo> = Object.create(null) as Record<string, TagInfo>;
let tagInfoCount = 0;
function tagInfo(tag: string): TagInfo {
  // (the tag set is small and this is asked for every token)
  let r = tagInfos[tag];
  if (r !== undefined) return r;
  let c: Case | 'any' | null = null;
  if (tag.includes(':nv')) c = 'any';
  else for (const x of CASES) if (tag.includes(`v_${x}`)) { c = x; break; }
  const bits = (tag.startsWith('noun') ? T_NOUN : 0) | (tag.startsWith('adj') || tag.startsWith('numr') ? T_ADJ : 0)
    | (tag.startsWith('verb') || tag.startsWith('advp') ? T_VERB : 0) | (tag === 'prep' ? T_PREP : 0)
    | (tag.includes(':prop') ? T_COLONPROP : 0) | (tag.includes(':inf') ? F_INF : 0) | (tag.includes('inf') ? F_INFX : 0)
    | (tag.includes('advp') ? F_ADVP : 0) | (tag.startsWith('advp') ? F_ADVP0 : 0) | (tag.includes('adjp') ? F_ADJP : 0)
    | (tag.includes('pasv') ? F_PASV : 0) | (tag.includes('impers') ? F_IMPERS : 0) | (tag.includes(':futr') ? F_FUTR : 0)
    | (tag.includes('subord') ? F_SUBORD : 0) | (/:anim/.test(tag) ? F_ANIM : 0) | (/inanim/.test(tag) ? F_INANIM : 0)
    | (tag.includes('prop') ? F_PROP : 0) | (tag.includes(':p:v_naz') ? F_PLNAZ : 0) | (/:p(:|$)/.test(tag) ? F_PLURAL : 0)
    | (tag.includes('pron') ? F_PRON : 0) | (tag.includes('pron:dem') ? F_PRONDEM : 0);
  r = { bits, case: c, gender: /:(m|f|n|p):/.exec(`${tag}:`)?.[1] ?? null };
  if (++tagInfoCount > 20000) {
    tagInfos = Object.create(null) as Record<string, TagInfo>;
    tagInfoCount = 1;
  }
  tagInfos[tag] = r;
  return r;
}

/** The case(s) a token's VESUM tag gives; null for tokens without case; 'any' for indeclinable words. */
export function caseOf(t: Token): Case | 'any' | null {
  const tag = t.tag;
  if (!tag) return null;
  return tagInfo(tag).case;
}
/** Grammatical gender (m, f, n) or plural (p) in a token's tag. */
export function genderOfTag(tag: string | undefined): string | null {
  return tag ? tagInfo(tag).gender : null;
}

export function isNounLike(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (!!t.tag && t.tag.startsWith('noun'));
}
export function isAdjLike(t: Token): boolean {
  return t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || (!!t.tag && (t.tag.startsWith('adj') || t.tag.startsWith('numr')));
}
export function isVerbLike(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || (!!t.tag && (t.tag.startsWith('verb') || t.tag.startsWith('advp')));
}
export function isPrep(t: Token): boolean {
  return t.pos === 'ADP' || t.tag === 'prep';
}
/** The token's lemma; adverbial participles are brought to their verb ("закликавши" → "закликати"). */
export function lemmaOf(t: Token): string {
  const l = t.lemma ?? t.text.toLowerCase();
  if (t.tag?.startsWith('advp')) {
    if (l.endsWith('вшись')) return l.slice(0, -5) + 'тися';
    if (l.endsWith('вши')) return l.slice(0, -3) + 'ти';
    // imperfective: "протестуючи" → "протестувати", "закликаючи" → "закликати", "погрожуючи" → "погрожувати"
    if (l.endsWith('уючись')) return l.slice(0, -6) + 'уватися';
    if (l.endsWith('уючи')) return l.slice(0, -4) + 'увати';
    if (l.endsWith('аючи')) return l.slice(0, -4) + 'ати';
    if (l.endsWith('яючи')) return l.slice(0, -4) + 'яти';
  }
  return l;
}
const lowered = new Map<string, string>();
/**
 * Lower case of a token text, memoised (asked for every word of every document). A text with no character that
 * lower-casing changes is its own lower case: found by its character codes, without the memo's lookup (most words).
 */
export function lower(s: string): string {
  let plain = true;
  for (let k = 0; k < s.length && plain; k++) {
    const c = s.charCodeAt(k);
    // (no case: ASCII but A-Z, Latin-1 below À, Cyrillic а-я ѐ-џ and ґ, general punctuation)
    plain = c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x430 && c <= 0x45f) || c === 0x491 || (c >= 0x2010 && c <= 0x205e);
  }
  if (plain) return s;
  let l = lowered.get(s);
  if (l === undefined) {
    if (lowered.size > 50000) lowered.clear();
    l = s.toLowerCase();
    lowered.set(s, l);
  }
  return l;
}

/**
 * Per-token flag bits (DocView.flags): word classes as the predicates above answer them, and facts of the tag
 * (the F_ bits that mirror a test on the tag string name it). Tag-only bits come from the memoised TagInfo.
 */
export const F_NOUN = 1 << 0; // isNounLike
export const F_ADJ = 1 << 1; // isAdjLike
export const F_VERB = 1 << 2; // isVerbLike
export const F_PREP = 1 << 3; // isPrep
export const F_PROPER = 1 << 4; // isProperToken
export const F_CAPWORD = 1 << 5; // a word, capitalised
export const F_WORD = 1 << 6; // kind === 'word'
export const F_NUMBER = 1 << 7; // kind === 'number'
export const F_POS_PRON = 1 << 8; // pos === 'PRON'
export const F_POS_ADV = 1 << 9; // pos === 'ADV'
export const F_POS_PART = 1 << 10; // pos === 'PART'
export const F_POS_VERB = 1 << 11; // pos === 'VERB'
export const F_INF = 1 << 12; // tag includes ':inf'
export const F_INFX = 1 << 13; // tag includes 'inf'
export const F_ADVP = 1 << 14; // tag includes 'advp'
export const F_ADVP0 = 1 << 15; // tag starts with 'advp'
export const F_ADJP = 1 << 16; // tag includes 'adjp'
export const F_PASV = 1 << 17; // tag includes 'pasv'
export const F_IMPERS = 1 << 18; // tag includes 'impers'
export const F_FUTR = 1 << 19; // tag includes ':futr'
export const F_SUBORD = 1 << 20; // tag includes 'subord'
export const F_ANIM = 1 << 21; // /:anim/ on the tag
export const F_INANIM = 1 << 22; // /inanim/ on the tag
export const F_PROP = 1 << 23; // tag includes 'prop'
export const F_PLNAZ = 1 << 24; // tag includes ':p:v_naz'
export const F_PLURAL = 1 << 25; // /:p(:|$)/ on the tag
export const F_PRON = 1 << 26; // tag includes 'pron'
export const F_PRONDEM = 1 << 27; // tag includes 'pron:dem'
// Tag-only parts of the word-class bits (combined with the UD pos per token).
const T_NOUN = F_NOUN;
const T_ADJ = F_ADJ;
const T_VERB = F_VERB;
const T_PREP = F_PREP;
const T_COLONPROP = F_PROPER;
/** The bits of a TagInfo that are facts of the tag alone. */
const TAG_ONLY = F_INF | F_INFX | F_ADVP | F_ADVP0 | F_ADJP | F_PASV | F_IMPERS | F_FUTR | F_SUBORD | F_ANIM | F_INANIM | F_PROP
  | F_PLNAZ | F_PLURAL | F_PRON | F_PRONDEM;

const UPPER_START = /^\p{Lu}/u;
function capitalized(s: string): boolean {
  // (the common letters by code, the regular expression for the rest: asked for every word)
  const c = s.charCodeAt(0);
  if ((c >= 0x430 && c <= 0x44f) || (c >= 0x61 && c <= 0x7a) || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) return false;
  if ((c >= 0x410 && c <= 0x42f) || (c >= 0x41 && c <= 0x5a) || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) return true;
  return UPPER_START.test(s);
}

/** A phrase that can fill an argument: an entity mention or a fallback chunk. */
export interface Actor {
  /** Token range [s, e). */
  s: number;
  e: number;
  /** Entity id when the phrase is a mention of an existing entity. */
  entity?: string;
  /** Canonical name (entity name, or the built name of a fallback chunk). */
  name: string;
  type: EntityType;
  country?: string;
  /** Case of the phrase ('any' for indeclinable or unknown). */
  case: Case | 'any';
  person: boolean;
  /** Created from a group noun ("окупанти") or a relational adjective. */
  group?: boolean;
  /** Sector code of a body found by its knowledge-base name (MIL, GOV …). */
  sector?: string;
}

/** What an actor is made with: the optional fields default to undefined. */
type ActorInit = Pick<Actor, 's' | 'e' | 'name' | 'type' | 'case' | 'person'> & Partial<Pick<Actor, 'entity' | 'country' | 'group' | 'sector'>>;

/**
 * An actor with every field present, in one order (an actor that loses its entity gets `entity = undefined`, not a
 * `delete`): one hidden class for all actors. Made as literals of a dozen shapes, actors made the engine's reads of
 * them polymorphic, and each function that first met a shape in a later document was deoptimised and compiled again
 * — on the main thread, under `node --single-threaded`.
 */
export function newActor(x: ActorInit): Actor {
  return {
    s: x.s, e: x.e, entity: x.entity, name: x.name, type: x.type, country: x.country, case: x.case, person: x.person,
    group: x.group, sector: x.sector,
  };
}

/** Per-document token-level view. */
export interface DocView {
  adoc: AnalyzedDocument;
  tokens: Token[];
  /** actorAt[i] = index into actors of the actor starting or covering token i, or -1. */
  actorAt: Int32Array;
  actors: Actor[];
  /** Governing preposition lemma of token i, or null. */
  governedBy: (string | null)[];
  /** Index of the governing preposition token, or -1. */
  governor: Int32Array;
  /** Clause id of token i (unique in the document). */
  clause: Int32Array;
  /** Clause [start, end) by clause id. */
  clauses: { start: number; end: number; sentence: number }[];
  /** Token i lies inside «…». */
  inQuote: Uint8Array;
  /** lemmaOf / caseOf of every token, computed once. */
  lemmas: string[];
  cases: (Case | 'any' | null)[];
  /** F_ bits of every token. */
  flags: Int32Array;
  /** lower(text) of every token. */
  lowers: string[];
  /** text and sentence of every token (read here rather than from the tokens: their hidden classes vary). */
  texts: string[];
  sents: Int32Array;
}

const AGREE_END: Record<string, Record<string, string>> = {
  f: { ий: 'а', ій: 'я', 'їй': 'я' },
  n: { ий: 'е', ій: 'є', 'їй': 'є' },
  p: { ий: 'і', ій: 'і', 'їй': 'ї' },
};

function genderOf(t: Token): string | null {
  const m = /^noun:[a-z]+:(m|f|n|p)/.exec(t.tag ?? '');
  return m ? m[1]! : null;
}

/** Nominative name of a run of tokens: noun lemmas, adjectives agreed with the next noun, capitals kept. */
export function buildName(tokens: Token[]): string {
  const parts: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let w = t.lemma ?? t.text;
    if (t.tag?.includes(':nv') || t.tag?.includes('abbr') || /^[A-ZА-ЯІЇЄҐ0-9-]{2,}$/u.test(t.text)) {
      w = t.text;
    } else if (isAdjLike(t) && !isNounLike(t)) {
      const head = tokens.slice(k + 1).find((x) => isNounLike(x));
      const g = head ? genderOf(head) : null;
      if (g && g !== 'm') {
        const ends = AGREE_END[g]!;
        for (const [from, to] of Object.entries(ends)) {
          if (w.endsWith(from)) {
            w = w.slice(0, -from.length) + to;
            break;
          }
        }
      }
    }
    if (capitalized(t.text) && !capitalized(w)) w = w.charAt(0).toUpperCase() + w.slice(1);
    if (!t.lemma && !capitalized(t.text)) w = t.text;
    parts.push(w);
  }
  return parts.join(' ').replace(/ - /g, '-');
}

const ACTOR_TYPES = new Set<EntityType>(['PERS', 'ORG', 'LOC']);
/** Common geo nouns a capitalised adjective names a place with ("Київській області"). */
const GEO_NOUNS = new Set(['область', 'район', 'громада', 'АЕС']);

const groupCache = new WeakMap<EventLanguage, Map<string, EventLanguage['groupActors']>>();
/** length·65536 + first character code of a string (-1 when empty): a cheap test before a map lookup. */
export function sigOf(s: string): number {
  return s.length === 0 ? -1 : s.length * 65536 + s.charCodeAt(0);
}
const groupSigCache = new WeakMap<EventLanguage, Set<number>>();
/** sigOf of every key of groupIndex. */
function groupSigs(L: EventLanguage): Set<number> {
  let x = groupSigCache.get(L);
  if (!x) {
    x = new Set([...groupIndex(L).keys()].map(sigOf));
    groupSigCache.set(L, x);
  }
  return x;
}
/** Group actors by head lemma. */
function groupIndex(L: EventLanguage): Map<string, EventLanguage['groupActors']> {
  let m = groupCache.get(L);
  if (!m) {
    m = new Map();
    for (const g of L.groupActors) for (const l of g.lemmas) m.set(l, [...(m.get(l) ?? []), g]);
    groupCache.set(L, m);
  }
  return m;
}

interface BodyName { words: string[]; name: string; country?: string; sector?: string }
const bodyCache = new WeakMap<EventLanguage, Map<string, BodyName[]>>();
/** Knowledge-base bodies by the first word of each of their names of two or more words (longest names first). */
function bodyIndex(L: EventLanguage): Map<string, BodyName[]> {
  let m = bodyCache.get(L);
  if (!m) {
    m = new Map();
    for (const b of L.knownBodies?.() ?? []) {
      for (const nm of b.names) {
        const words = nm.toLowerCase().split(/\s+/);
        if (words.length < 2 || words.some((w) => /[«»"]/.test(w))) continue;
        m.set(words[0]!, [...(m.get(words[0]!) ?? []), { words, name: b.name, country: b.country, sector: b.sector }]);
      }
    }
    for (const list of m.values()) list.sort((x, y) => y.words.length - x.words.length);
    bodyCache.set(L, m);
  }
  return m;
}

interface LangSets {
  coordinators: Set<string>;
  coordMax: number;
  starters: Set<string>;
  treaty: Set<string>;
  defHeads: Set<string>;
  bodyHeads: Set<string>;
  kin: Map<string, string[]>;
  aliases: Map<string, string>;
  roles: Set<string>;
  treatyMemo: Map<string, boolean>;
  /** Every noun groupActors reads with a demonym or a state after it (forces, personnel, sides, parties, states). */
  sideNouns: Set<string>;
}
const setsCache = new WeakMap<EventLanguage, LangSets>();
/** Word sets of the language data, built once per language (buildView runs for every document). */
function langSets(L: EventLanguage): LangSets {
  let x = setsCache.get(L);
  if (!x) {
    const kin = new Map<string, string[]>();
    const defHeads = new Set(L.definiteBodies.heads);
    // Heads of one kind name each other's bodies ("з угоди" → "Оттавська конвенція").
    for (const group of L.definiteBodies.kinds ?? []) for (const w of group) { kin.set(w, group); defHeads.add(w); }
    x = {
      coordinators: new Set(L.coordinators), coordMax: Math.max(0, ...L.coordinators.map((c) => c.length)),
      starters: new Set(L.clauseStarters), treaty: new Set((L.definiteBodies.kinds ?? []).flat()), defHeads,
      bodyHeads: new Set(L.definiteBodies.heads), kin, aliases: new Map(Object.entries(L.definiteBodies.aliases)), roles: new Set(L.roleNouns),
      treatyMemo: new Map(),
      sideNouns: new Set([...(L.stateForces ?? []), ...Object.keys(L.personnelBodies ?? {}), ...L.parties, ...L.stateSides, ...(L.counterpartNouns ?? []), ...(L.dual?.nouns ?? [])]),
    };
    setsCache.set(L, x);
  }
  return x;
}

const knownCache = new WeakMap<EventLanguage, Set<string>>();
/** Lowercased country and capital names the language data knows. */
function knownNames(L: EventLanguage): Set<string> {
  let k = knownCache.get(L);
  if (!k) {
    k = new Set([...Object.values(L.demonyms), ...Object.values(L.capitals), ...Object.keys(L.capitals)].map((x) => x.toLowerCase()));
    knownCache.set(L, k);
  }
  return k;
}

/** Two adjacent proper nouns that belong to different names: "Франції | Емманюель Макрон", "США | Марко Рубіо". */
function nameBoundary(a: Token, b: Token): boolean {
  const ta = a.tag ?? '';
  const tb = b.tag ?? '';
  if (/:fname/.test(tb) && !/:fname|:pname/.test(ta)) return true;
  if (/:geo|:abbr/.test(ta) && /:fname|:lname/.test(tb)) return true;
  const ca = caseOf(a);
  const cb = caseOf(b);
  return !!ca && !!cb && ca !== 'any' && cb !== 'any' && ca !== cb && /:geo/.test(ta + tb);
}

function tokenType(toks: Token[]): EntityType {
  const tags = toks.map((t) => t.tag ?? '').join(' ');
  if (/fname|lname|pname/.test(tags)) return 'PERS';
  if (/:geo/.test(tags)) return 'LOC';
  if (toks.some((t) => /anim:/.test(t.tag ?? '') && !/inanim/.test(t.tag ?? '') && t.tag?.includes('prop'))) return 'PERS';
  return 'ORG';
}

/** What the phases of buildView share: the document, its per-token facts, and the actors found so far. */
interface Build {
  adoc: AnalyzedDocument;
  L: EventLanguage;
  /** Heads pluralSubjects re-read as nominative plurals (their names are then the words as written). */
  pluralHeads?: Set<number>;
  /** Tokens inside a time expression, and the last token of each (timeMarks). */
  timeMarks?: { inTime: Uint8Array; timeEnds: Uint8Array };
  sets: LangSets;
  tokens: Token[];
  n: number;
  lemmas: string[];
  cases: (Case | 'any' | null)[];
  lowers: string[];
  texts: string[];
  flags: Int32Array;
  sent: Int32Array;
  actorAt: Int32Array;
  actors: Actor[];
}

/** The apostrophe of a word written as U+2019, the one the language data uses ("в'їзд", "вʼїзд" → "в’їзд"). */
function apostrophes(w: string): string {
  return w.includes("'") || w.includes('ʼ') ? w.replace(/['ʼ]/g, '’') : w;
}

/**
 * Builds the document view: clauses, government, actor candidates. (Phase by phase, each its own function: one
 * function of all of them took V8 half a second to optimise, again after every deoptimisation.)
 */
export function buildView(adoc: AnalyzedDocument, L: EventLanguage): DocView {
  const tokens = adoc.tokens;
  const n = tokens.length;
  // Per-token facts asked for again and again below and by the engine, computed once (same answers as the
  // predicates; the tag's part from the memoised TagInfo).
  const lemmas = new Array<string>(n);
  const cases = new Array<Case | 'any' | null>(n);
  const lowers = new Array<string>(n);
  const flags = new Int32Array(n);
  const texts = new Array<string>(n);
  const sent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const tag = t.tag;
    const info = tag ? tagInfo(tag) : null;
    const tb = info ? info.bits : 0;
    const text = t.text;
    texts[i] = text;
    // (the language data writes the apostrophe as U+2019; a text may use "'" or "ʼ": "в'їзд" is "в’їзд")
    const low = apostrophes(lower(text));
    lowers[i] = low;
    lemmas[i] = apostrophes(tb & F_ADVP0 ? lemmaOf(t) : t.lemma ?? low);
    cases[i] = info ? info.case : null;
    sent[i] = t.sentence;
    const pos = t.pos;
    const word = t.kind === 'word';
    const cap = word && capitalized(text);
    let f = tb & TAG_ONLY;
    if (pos === 'NOUN' || pos === 'PROPN' || tb & T_NOUN) f |= F_NOUN;
    if (pos === 'ADJ' || pos === 'DET' || pos === 'NUM' || tb & T_ADJ) f |= F_ADJ;
    if (pos === 'VERB' || pos === 'AUX' || tb & T_VERB) f |= F_VERB;
    if (pos === 'ADP' || tb & T_PREP) f |= F_PREP;
    // (also a format's code: "G7", "NB8", "B9")
    if ((word || t.kind === 'number') && (pos === 'PROPN' || tb & T_COLONPROP || (text.length <= 8 && text.length >= 2 && cap && /^[A-ZА-ЯІЇЄҐ]{2,}$/u.test(text)) || /^[A-Z]{1,3}\d{1,2}$/.test(text))) f |= F_PROPER;
    if (cap) f |= F_CAPWORD;
    if (word) f |= F_WORD;
    else if (t.kind === 'number') f |= F_NUMBER;
    if (pos === 'PRON') f |= F_POS_PRON;
    else if (pos === 'ADV') f |= F_POS_ADV;
    else if (pos === 'PART') f |= F_POS_PART;
    else if (pos === 'VERB') f |= F_POS_VERB;
    flags[i] = f;
  }
  // (a capital "І" inside a person's name is a word of it, no conjunction: "Ван І та радник Довал підписали")
  for (const m of adoc.mentions) {
    if (m.type !== 'PERS') continue;
    for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) if (texts[k] === 'І') lowers[k] = lemmas[k] = 'І';
  }
  const b: Build = {
    adoc, L, sets: langSets(L), tokens, n, lemmas, cases, lowers, texts, flags, sent, actorAt: new Int32Array(n).fill(-1), actors: [],
  };
  pluralSubjects(b);
  nameDatives(b);
  mentionActors(b);
  pluralNames(b);
  institutionStates(b);
  remits(b);
  knownBodyActors(b);
  groupActors(b);
  capitalsByDemonym(b);
  mediatorStates(b);
  foreignBodies(b);
  institutionNouns(b);
  facilityNames(b);
  quotedAppositions(b);
  regionActors(b);
  missionPlaces(b);
  // (quoted names before the definite heads: "країнам коаліції" after «коаліції охочих» is that body)
  quotedNames(b);
  definiteActors(b);
  staffActors(b);
  namedNounActors(b);
  townNounActors(b);
  properRuns(b);
  geoNouns(b);
  fallbackPersons(b);
  surnameActors(b);
  mediators(b);
  const { governedBy, governor } = government(b);
  locativeAsDative(b, governedBy);
  finiteSubjects(b, governedBy);
  const { clause, clauses } = clausesOf(b);
  const inQuote = quoted(b);
  const { actorAt, actors } = b;
  return { adoc, tokens, actorAt, actors, governedBy, governor, clause, clauses, inQuote, lemmas, cases, flags, lowers, texts, sents: sent };
}

/** The tokens inside the document's time expressions and the last token of each, marked once per document. */
function timeMarks(b: Build): { inTime: Uint8Array; timeEnds: Uint8Array } {
  if (!b.timeMarks) {
    const { n, tokens } = b;
    const inTime = new Uint8Array(n);
    const timeEnds = new Uint8Array(n);
    let k = 0;
    for (const t of [...b.adoc.times].sort((x, y) => x.start - y.start)) {
      while (k < n && tokens[k]!.end <= t.start) k++;
      let last = -1;
      for (let j = k; j < n && tokens[j]!.start < t.end; j++) {
        inTime[j] = 1;
        last = j;
      }
      if (last !== -1) timeEnds[last] = 1;
    }
    b.timeMarks = { inTime, timeEnds };
  }
  return b.timeMarks;
}

/**
 * A plural verb has a nominative subject: the noun phrase right before a plural finite verb, read by the tagger as a
 * genitive singular of the same form ("у ніч на середу Сили оборони України уразили", "… сторони не обговорювали"),
 * is the nominative plural when the clause has no nominative before it. Its adjectives and flags follow; the
 * government pass then ends the prepositional phrase before it.
 */
function pluralSubjects(b: Build): void {
  const { n, cases, flags, sent, texts, lemmas } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // (a time between the subject and its verb is passed over: "Сили … ЗСУ | в суботу | атакували")
  const timeAt = (k: number): boolean => timeMarks(b).inTime[k] === 1;
  for (let i = 1; i < n; i++) {
    if (!has(i, F_POS_VERB) || !has(i, F_PLURAL) || has(i, F_INF | F_ADVP)) continue;
    let j = i - 1;
    while (j > 0 && sent[j] === sent[i] && (has(j, F_POS_ADV | F_POS_PART) || timeAt(j))) j--;
    if (sent[j] !== sent[i]) continue;
    // the end of a genitive chain: back to its head, the first noun of the run
    let h = j;
    // (an indeclinable word ends the chain too: "Сили безпілотних систем ЗСУ")
    while (h > 0 && sent[h - 1] === sent[i] && (cases[h] === 'rod' || cases[h] === 'any') && has(h - 1, F_NOUN | F_ADJ) && (cases[h - 1] === 'rod' || cases[h - 1] === 'any')) h--;
    while (h < j && !has(h, F_NOUN)) h++;
    // (or an inanimate plural read as the accusative it shares with the nominative, after a time: "У ніч на вівторок
    // російські дрони атакували Луцьк")
    const accusative = has(h, F_NOUN) && cases[h] === 'zna' && has(h, F_PLURAL) && !has(h, F_ANIM);
    if (!has(h, F_NOUN) || (!accusative && (cases[h] !== 'rod' || has(h, F_PLURAL)))) continue;
    // (right after its preposition it is that preposition's: "про вихід з угоди оголосили Литва …")
    let p = h - 1;
    while (p >= 0 && sent[p] === sent[i] && has(p, F_ADJ) && !has(p, F_NOUN)) p--;
    // ("напередодні" is also an adverb: "Напередодні Сили … уразили")
    if (p >= 0 && sent[p] === sent[i] && has(p, F_PREP) && !b.L.adverbialPreps.includes(lemmas[p]!)) continue;
    // no nominative subject in the sentence before it (up to the last clause break)
    let k = h - 1;
    let subject = false;
    while (k >= 0 && sent[k] === sent[i] && texts[k] !== ',' && texts[k] !== ';' && texts[k] !== ':' && texts[k] !== '–' && texts[k] !== '—') {
      if (cases[k] === 'naz' && has(k, F_NOUN)) { subject = true; break; }
      k--;
    }
    if (subject) continue;
    const t = b.tokens[h]!;
    if (!analyzeWord(t.text).some((a) => a.tag.startsWith('noun') && a.tag.includes(':p:v_naz'))) continue;
    cases[h] = 'naz';
    flags[h] = flags[h]! | F_PLNAZ | F_PLURAL;
    (b.pluralHeads ??= new Set()).add(h);
    for (let a = h - 1; a >= 0 && sent[a] === sent[i] && has(a, F_ADJ) && cases[a] === (accusative ? 'zna' : 'rod'); a--) cases[a] = 'naz';
  }
}

/**
 * A name whose head pluralSubjects re-read as a nominative plural is written in the nominative: its name is its words
 * as written ("Сили безпілотних систем ЗСУ", where the resolve stage, trusting the tagger, named it "Сила …"), unless
 * the knowledge base names it.
 */
function pluralNames(b: Build): void {
  if (!b.pluralHeads) return;
  const { adoc, tokens, actors } = b;
  const byId = new Map(adoc.entities.map((e) => [e.id, e]));
  for (const a of actors) {
    if (!b.pluralHeads.has(a.s)) continue;
    const ent = a.entity ? byId.get(a.entity) : undefined;
    if (ent?.actor?.kbId) continue;
    a.name = adoc.doc.text.slice(tokens[a.s]!.start, tokens[a.e - 1]!.end);
    a.entity = undefined;
  }
}

/** Letters, a hyphen and a number: a weapon's or vehicle's model ("F-16", "Су-34", "Х-101"). */
const MODEL_DESIGNATION = /^[A-Za-zА-ЯІЇЄҐа-яіїєґ]{1,4}-\d{1,4}[A-Za-zА-ЯІЇЄҐа-яіїєґ]{0,3}$/u;

/** A name after a noun of a class or model ("есмінців класу Абукума"): a kind of thing, no actor. */
function classNamed(b: Build, k: number): boolean {
  return k > 0 && b.sent[k - 1] === b.sent[k] && (b.flags[k - 1]! & F_NOUN) !== 0 && !!b.L.modelNouns?.includes(b.lemmas[k - 1]!);
}

/** The kind of a weapon after its noun ("дві батареї ППО", "систем ППО"): equipment, no actor. */
function weaponKind(b: Build, k: number): boolean {
  return k > 0 && b.sent[k - 1] === b.sent[k] && !!b.L.weaponKindAbbreviations?.includes(b.texts[k]!) && (b.flags[k - 1]! & F_NOUN) !== 0 && /^\p{Ll}/u.test(b.texts[k - 1]!);
}

/** Mentions of actor-like entities (a name headed by a treaty word is a treaty, not a place). */
/** Token i opens its sentence and is a common noun in the dictionary's reading (a lower-case lemma, no proper-name tag). */
function commonWordOpening(b: Build, i: number): boolean {
  const t = b.tokens[i]!;
  return (i === 0 || b.sent[i - 1] !== b.sent[i]) && (b.flags[i]! & F_NOUN) !== 0 && (b.flags[i]! & F_PROP) === 0 && /^noun:/.test(t.tag ?? '')
    && !t.tag!.includes(':abbr') && /^\p{Ll}/u.test(t.lemma ?? '') && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

function mentionActors(b: Build): void {
  const { adoc, sets, tokens, n, cases, flags, actorAt, actors } = b;
  const treaty = sets.treaty;
  // (a name headed by a treaty word is a treaty, not a place: "Стамбульська конвенція")
  const treatyName = (e: Entity): boolean => {
    if (e.type !== 'LOC' || !treaty.size || !e.name.includes(' ')) return false;
    // (memoised by name: the same places come back in every document)
    let r = sets.treatyMemo.get(e.name);
    if (r === undefined) {
      r = e.name.toLowerCase().split(/\s+/).some((w) => treaty.has(w));
      if (sets.treatyMemo.size > 20000) sets.treatyMemo.clear();
      sets.treatyMemo.set(e.name, r);
    }
    return r;
  };
  // 1. Mentions of actor-like entities.
  // (a document named as a treaty is a party to leave or reject: "вийшла з Угоди про створення СНД")
  const treatyDoc = (e: Entity): boolean => e.type === 'DOC' && treaty.has(e.name.split(/\s+/)[0]!.toLowerCase());
  for (const e of adoc.entities) {
    if (!ACTOR_TYPES.has(e.type) && !treatyDoc(e)) continue;
    const type = treatyName(e) || e.type === 'DOC' ? 'ORG' : e.type;
    for (const m of e.mentions) {
      if (m.tokenEnd <= m.tokenStart) continue;
      // A pronoun is never a name ("того" is not Togo).
      // (but a person's surname, written as the full name named before ends, is that person whatever the tagger
      // guessed for it: "з Дісанаяке" read as a pronominal adjective, after "Анура Кумара Дісанаяке")
      let pron = true;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if ((flags[i]! & F_PRON) === 0) pron = false;
      if (pron && !(e.type === 'PERS' && m.tokenEnd - m.tokenStart === 1 && e.name.endsWith(' ' + b.texts[m.tokenStart]!))) continue;
      // (a model designation is a weapon, not an actor: "винищувачі F-16", "Су-34", "С-400")
      if (m.tokenEnd - m.tokenStart === 1 && MODEL_DESIGNATION.test(b.texts[m.tokenStart]!)) continue;
      if (m.tokenEnd - m.tokenStart === 1 && weaponKind(b, m.tokenStart)) continue;
      if (classNamed(b, m.tokenStart)) continue;
      // (a common word capitalised only as the sentence's first, the one word of its mention: "Акції минули мирно")
      // (not a body the knowledge base knows: "Кремль", "Пентагон" read as common nouns)
      if (m.tokenEnd - m.tokenStart === 1 && !e.actor && commonWordOpening(b, m.tokenStart)) continue;
      let free = true;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (actorAt[i] !== -1) free = false;
      if (!free) continue;
      // (a one-word place the tagger read as a personal name, "Гуаякіля" as a woman's name in the nominative: its
      // case is not known)
      // (a place's own nominative name keeps its case: "Люблін")
      // (nor is the case of one written just as its name, which the tagger read in an oblique case: "з Кігалі" read as
      // a genitive of "Кігаля" — the name does not decline)
      // (or read as a nominative another mention shows it is not: "частину Гоми" read as a plural "Гоми", the place
      // being "Гома")
      const misread = type === 'LOC' && m.tokenEnd - m.tokenStart === 1 && ((/:v_naz:.*prop:[fl]name/.test(tokens[m.tokenStart]!.tag ?? '') && tokens[m.tokenStart]!.text !== e.name)
        || (/:v_naz:ns:/.test(tokens[m.tokenStart]!.tag ?? '') && tokens[m.tokenStart]!.text !== e.name)
        || (tokens[m.tokenStart]!.text === e.name && /:v_(rod|dav|zna|oru|mis):.*prop:[fl]name/.test(tokens[m.tokenStart]!.tag ?? '')));
      if (misread) cases[m.tokenStart] = 'any';
      // (a person's surname kept as written because the document shows it does not decline — "Лекорню" for the
      // lexicon's "Лекорня": the case the tagger read for it is a guess)
      const last = tokens[m.tokenEnd - 1]!;
      const asWritten = type === 'PERS' && last.lemma !== undefined && last.text !== last.lemma && e.name.endsWith(' ' + last.text) && !e.name.endsWith(' ' + last.lemma);
      if (asWritten) cases[m.tokenEnd - 1] = 'any';
      const a = newActor({
        s: m.tokenStart, e: m.tokenEnd, entity: e.id, name: e.name, type, country: e.actor?.country,
        case: misread ? 'any' : phraseCaseIn(flags, cases, n, m.tokenStart, m.tokenEnd), person: e.type === 'PERS',
      });
      const idx = actors.push(a) - 1;
      for (let i = a.s; i < a.e; i++) actorAt[i] = idx;
    }
  }
}

/** An institution followed by its state in the genitive is one actor. */
function institutionStates(b: Build): void {
  const { adoc, L, tokens, n, lemmas, cases, flags, actorAt, actors } = b;
  const byId = new Map<string, Entity>();
  for (const e of adoc.entities) byId.set(e.id, e);
  // An institution followed by its state in the genitive is one actor ("Міністерство фінансів" + "США").
  for (let ai = 0; ai < actors.length; ai++) {
    const a = actors[ai]!;
    if (a.type !== 'ORG' || !L.institutions.includes(lemmas[a.s]!)) continue;
    const b = actorAt[a.e] ?? -1;
    if (b === -1) continue;
    const c = actors[b]!;
    const kb = c.entity ? byId.get(c.entity)?.actor?.kbId : undefined;
    if (c.type !== 'LOC' || !kb?.startsWith('country:') || c.e - c.s > 3) continue;
    const cc = phraseCaseIn(flags, cases, n, c.s, c.e);
    if (cc !== 'rod' && cc !== 'any') continue;
    const surface = adoc.doc.text.slice(tokens[c.s]!.start, tokens[c.e - 1]!.end);
    if (a.name.endsWith(surface)) continue;
    a.name = `${a.name} ${surface}`;
    a.entity = undefined;
    for (let i = c.s; i < c.e; i++) actorAt[i] = ai;
    a.e = c.e;
  }
}

/** Organisation names the NER stage cut short (see 1a). */
/** A diplomatic mission names where it sits: "Посольство України | в Румунії" is one body. */
function missionPlaces(b: Build): void {
  const { adoc, tokens, n, lemmas, flags, sent, actorAt, actors, L } = b;
  for (let ai = 0; ai < actors.length; ai++) {
    const a = actors[ai]!;
    const re = a.e;
    if (a.type !== 'ORG' || a.e <= a.s || a.person || re + 1 >= n || sent[re] !== sent[a.s] || !L.missionNouns.includes(lemmas[a.s]!)) continue;
    if ((lemmas[re] !== 'в' && lemmas[re] !== 'у') || (flags[re]! & F_PREP) === 0) continue;
    const p = actorAt[re + 1]!;
    // (an indeclinable place reads as any case: "в Гельсінкі")
    if (p === -1 || actors[p]!.s !== re + 1 || actors[p]!.type !== 'LOC' || (actors[p]!.case !== 'mis' && actors[p]!.case !== 'any') || actors[p]!.person) continue;
    const end = actors[p]!.e;
    a.name = a.name + ' ' + adoc.doc.text.slice(tokens[re]!.start, tokens[end - 1]!.end);
    actors[p]!.e = actors[p]!.s;
    for (let k = re; k < end; k++) actorAt[k] = ai;
    a.e = end;
    a.entity = undefined;
  }
}

function remits(b: Build): void {
  const { adoc, tokens, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // 1a. Organisation names the NER stage cut short: a remit after the name ("Рада ООН" + "з прав людини"), and before
  // an abbreviated body the head naming its branch ("Управління" + "ООН" + "з координації …", "Всесвітньою
  // продовольчою програмою" + "ООН"). The remit is lower-case genitive words after "з"; the head a common noun (with
  // its adjectives, the first capitalised), in one case, capitalised inside the sentence or followed by a remit.
  for (let ai = 0; ai < actors.length; ai++) {
    const a = actors[ai]!;
    if (a.type !== 'ORG' || a.e <= a.s) continue;
    const sen = sent[a.s]!;
    let re = a.e;
    // (not a date's "з": "рух GenZ 212 з минулої суботи виводить …")
    if (re + 1 < n && sent[re] === sen && lemmas[re] === 'з' && has(re, F_PREP) && !timeMarks(b).inTime[re + 1]) {
      let k = re + 1;
      let noun = false;
      while (k < n && k < re + 6 && sent[k] === sen && actorAt[k] === -1 && !has(k, F_CAPWORD) && cases[k] === 'rod' && has(k, F_NOUN | F_ADJ)) {
        noun ||= has(k, F_NOUN);
        k++;
      }
      if (noun && has(k - 1, F_NOUN)) re = k;
    }
    // (a country after the remit is the body's field, part of its name: "Моніторингова місія ООН з прав людини в
    // Україні", "Місія ООН з підтримки в Лівії" — a city is where it sits: "Рада ООН з прав людини в Женеві")
    let remit = re > a.e;
    for (let k = a.s + 1; k + 1 < a.e && !remit; k++) remit = lemmas[k] === 'з' && has(k, F_PREP) && /^\p{Ll}/u.test(tokens[k + 1]!.text);
    const c = remit && re + 1 < n && sent[re + 1] === sen && (lemmas[re] === 'в' || lemmas[re] === 'у') ? actorAt[re + 1]! : -1;
    const place = c !== -1 ? actors[c]! : null;
    if (place && place.s === re + 1 && place.type === 'LOC' && place.country && b.L.countryNames[place.country] === place.name) re = place.e;
    let rs = a.s;
    if (a.e - a.s === 1 && (tokens[a.s]!.tag ?? '').includes('abbr')) {
      const h = a.s - 1;
      if (h >= 0 && sent[h] === sen && has(h, F_NOUN) && !has(h, F_PROPER) && (actorAt[h] === -1 || actors[actorAt[h]!]!.s === h)) {
        const c = cases[h];
        const animate = has(h, F_ANIM) && !has(h, F_INANIM);
        let f = h;
        while (f - 1 >= 0 && sent[f - 1] === sen && has(f - 1, F_ADJ) && !has(f - 1, F_NOUN) && (cases[f - 1] === c || c === 'any') && (actorAt[f - 1] === -1 || actors[actorAt[f - 1]!]!.e === f)) f--;
        const inside = f > 0 && sent[f - 1] === sen;
        const overlap = (k: number): boolean => actorAt[k] !== -1 && (actors[actorAt[k]!]!.s < f || actors[actorAt[k]!]!.e > a.s);
        let clash = false;
        for (let k = f; k < a.s; k++) clash ||= overlap(k);
        if (!animate && !clash && has(f, F_CAPWORD) && (inside || re > a.e) && c !== null) rs = f;
      }
    }
    // (a bare abbreviation takes a remit only with its head: "комісара ООН з прав людини" is a person's title)
    if (rs === a.s && a.e - a.s === 1) re = a.e;
    if (rs === a.s && re === a.e) continue;
    const head = rs < a.s ? buildName(tokens.slice(rs, a.s)) + ' ' : '';
    const tail = re > a.e ? ' ' + adoc.doc.text.slice(tokens[a.e]!.start, tokens[re - 1]!.end) : '';
    const base = rs < a.s ? tokens[a.s]!.text : a.name;
    for (let k = rs; k < re; k++) {
      const b = actorAt[k]!;
      if (b !== -1 && b !== ai) { actors[b]!.e = actors[b]!.s; actors[b]!.person = false; }
      actorAt[k] = ai;
    }
    a.name = head + base + tail;
    a.case = phraseCaseIn(flags, cases, n, rs, re);
    a.s = rs;
    a.e = re;
    a.entity = undefined;
  }
}

/** Bodies of the actor knowledge base written out in full. */
function knownBodyActors(b: Build): void {
  const { L, n, cases, lowers, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // 1b. Bodies of the actor knowledge base written out in full that the NER stage missed ("Сили оборони України").
  const bodies = bodyIndex(L);
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_CAPWORD)) continue;
    const cands = bodies.get(lowers[i]!);
    if (!cands) continue;
    for (const b of cands) {
      const e = i + b.words.length;
      if (e > n) continue;
      let ok = true;
      for (let k = 0; k < b.words.length && ok; k++) ok = actorAt[i + k] === -1 && sent[i + k] === sent[i] && lowers[i + k] === b.words[k];
      if (!ok) continue;
      const a = newActor({ s: i, e, name: b.name, type: 'ORG', country: b.country, sector: b.sector, case: phraseCaseIn(flags, cases, n, i, e), person: false });
      const idx = actors.push(a) - 1;
      for (let k = i; k < e; k++) actorAt[k] = idx;
      break;
    }
  }
}

/** Group nouns. */
const controlSets = new WeakMap<EventLanguage, Set<string>>();
function controlSet(L: EventLanguage): Set<string> {
  let x = controlSets.get(L);
  if (!x) controlSets.set(L, (x = new Set(L.controlledBy)));
  return x;
}

function groupActors(b: Build): void {
  const { adoc, L, n, lemmas, texts, sent, actorAt, actors } = b;
  // "Підконтрольний Росії так званий суд": a body controlled by an actor stands for it.
  const control = controlSet(L);
  for (let i = 0; i + 2 < n; i++) {
    if (!control.has(lemmas[i]!) || actorAt[i] !== -1) continue;
    const x = actorAt[i + 1]!;
    if (x === -1 || actors[x]!.person) continue;
    const c = actors[x]!;
    let h = c.e;
    while (h < n && h < c.e + 3 && sent[h] === sent[i] && actorAt[h] === -1 && (b.flags[h]! & (F_ADJ | F_POS_ADV)) !== 0 && (b.flags[h]! & F_NOUN) === 0) h++;
    if (h >= n || sent[h] !== sent[i] || actorAt[h] !== -1 || !L.bodyNouns.includes(lemmas[h]!)) continue;
    const a = newActor({ s: i, e: h + 1, name: c.name, entity: c.entity, type: c.type, country: c.country, case: b.cases[h] ?? 'any', person: false, group: true });
    const idx = actors.push(a) - 1;
    for (let k = i; k <= h; k++) actorAt[k] = idx;
  }
  // 2. Group nouns ("окупанти", "російські війська").
  // (entities by id, for the state of a bare body's people: made on first use)
  let byId: Map<string, Entity> | undefined;
  // The body of a state whose people a noun names, over tokens [s, i]: the state's body of that kind named before
  // ("бельгійських депутатів" after "Палата представників Бельгії", "від депутатів" after "Верховна Рада"), else the
  // body's noun and the state's genitive ("Поліція Кенії").
  const personnelActor = (s: number, i: number, body: string, gen: string, code: string | undefined, kase: Actor['case']): Actor => {
    const sector = L.bareBodySectors?.[body];
    // (or the one whose name has the body's noun: "Поліційна служба Північної Ірландії … Поліцейські затримали")
    const named = (sector && code ? bodyOfSectorBefore(adoc, sector, i, code) : undefined) ?? namedBodyOfKind(b, body, i, code);
    return named
      ? newActor({ s, e: i + 1, entity: named.id, name: named.name, type: 'ORG', country: code, case: kase, person: false, group: true })
      : newActor({ s, e: i + 1, name: `${body.charAt(0).toUpperCase()}${body.slice(1)} ${gen}`, type: 'ORG', country: code, case: kase, person: false, group: true });
  };
  const groups = groupIndex(L);
  const sigs = groupSigs(L);
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1) continue;
    const lem = lemmas[i]!;
    const text = texts[i]!;
    // (keys that cannot be there are not looked up)
    const cands = (sigs.has(sigOf(lem)) ? groups.get(lem) : undefined) ?? (sigs.has(sigOf(text)) ? groups.get(text) : undefined);
    if (!cands || !cands.some((g) => !g.after || (i > 0 && sent[i - 1] === sent[i] && g.after.includes(lemmas[i - 1]!) && actorAt[i - 1] === -1))) {
      // (most words are none of the nouns below: asked once)
      // ("подякував австралійцям": a people in the dative plural, addressed or given to, is its state — its demonym
      // adjective derived from the noun; not as a subject, where a people's name is a group of them: "африканери вийшли")
      if (b.cases[i] === 'dav' && (b.flags[i]! & F_PLURAL) !== 0 && (b.flags[i]! & F_NOUN) !== 0 && /^\p{Ll}/u.test(text)) {
        const state = peopleState(L, lem);
        if (state) {
          actorAt[i] = actors.push(stateActor(L, i, i + 1, state, 'dav')) - 1;
          continue;
        }
      }
      if (!b.sets.sideNouns.has(lem)) continue;
      // "російська сторона", "саудівській стороні", "японським партнерам", "американська влада": a noun for a state's
      // side with the state's demonym is that state; so are its troops ("камбоджійські війська").
      // "Військові Північної Кореї": troops with their state in the genitive after them are that state.
      // "Урядові війська відійшли": a government's forces are the state the sentence (or the one before, or the
      // document) is set in
      if (L.stateForces?.includes(lem) && i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && !!L.governmentAdjectives?.includes(lemmas[i - 1]!)
        && (b.flags[i]! & F_PLURAL) !== 0 && !(i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] !== -1)) {
        byId ??= new Map(adoc.entities.map((e) => [e.id, e] as const));
        // (or the state of the bodies the sentence names after them: "…, як пояснили в Міністерстві оборони Сомалі")
        const state = stateOfContext(b, byId, i) ?? bodyStateIn(b, i, true);
        if (state) {
          const idx = actors.push(stateActor(L, i - 1, i + 1, state, b.cases[i] ?? 'any')) - 1;
          actorAt[i - 1] = idx;
          actorAt[i] = idx;
          continue;
        }
      }
      if (L.stateForces?.includes(lem) && i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] !== -1) {
        const x = actors[actorAt[i + 1]!]!;
        const ent = x.entity ? adoc.entities.find((e) => e.id === x.entity) : undefined;
        if (x.s === i + 1 && !x.person && ent?.actor?.kbId?.startsWith('country:') && (x.case === 'rod' || x.case === 'any')) {
          x.s = i;
          x.case = b.cases[i] ?? 'any';
          actorAt[i] = actorAt[i + 1]!;
          continue;
        }
      }
      // "кенійські поліцейські": people of a state's body named by its demonym are that body ("Поліція Кенії").
      const body = L.personnelBodies?.[lem];
      if (body && i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && L.genitive) {
        const state = L.demonyms[lemmas[i - 1]!.toLowerCase()];
        const gen = state ? L.genitive(state) : null;
        if (state && gen) {
          const idx = actors.push(personnelActor(i - 1, i, body, gen, codeOfState(L, state), b.cases[i] ?? 'any')) - 1;
          actorAt[i - 1] = idx;
          actorAt[i] = idx;
          continue;
        }
      }
      // "Жандарми … затримали", "поліцейські затримали 46 людей": the body's people, bare and plural, are the body of
      // the state the sentence (or the one before, or the document) is set in
      if (body && (b.flags[i]! & F_PLURAL) !== 0 && !(i > 0 && sent[i - 1] === sent[i] && (b.flags[i - 1]! & F_ADJ) !== 0) && L.genitive
        && !(i + 1 < n && sent[i + 1] === sent[i] && (actorAt[i + 1] !== -1 || b.cases[i + 1] === 'rod'))) {
        byId ??= new Map(adoc.entities.map((e) => [e.id, e] as const));
        const state = stateOfContext(b, byId, i);
        const gen = state ? L.genitive(state) : null;
        if (state && gen) {
          // (right before a plural verb it is that verb's subject, whatever case the tagger read: "поліцейські
          // затримали", read as an accusative adjective)
          const beforeVerb = i + 1 < n && sent[i + 1] === sent[i] && (b.flags[i + 1]! & F_POS_VERB) !== 0 && /:p(:|$)/.test(b.tokens[i + 1]!.tag ?? '');
          actorAt[i] = actors.push(personnelActor(i, i, body, gen, codeOfState(L, state), beforeVerb ? 'naz' : b.cases[i] ?? 'any')) - 1;
          continue;
        }
      }
      // ("зустрілася з американським колегою": a counterpart with no name after it is its state)
      const counterpart = !!L.counterpartNouns?.includes(lem) && !(i + 1 < n && sent[i + 1] === sent[i] && (actorAt[i + 1] !== -1 || (b.flags[i + 1]! & F_CAPWORD) !== 0));
      if (i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && (L.parties.includes(lem) || L.stateSides.includes(lem) || L.stateForces?.includes(lem) || counterpart)) {
        const state = L.demonyms[lemmas[i - 1]!.toLowerCase()];
        if (state) {
          const code = codeOfState(L, state);
          // (with the people the forces' adjective qualifies: "естонські військові моряки")
          const people = L.stateForces?.includes(lem) && (b.flags[i]! & F_ADJ) !== 0 && i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] === -1 && (b.flags[i + 1]! & F_NOUN) !== 0
            && ((b.flags[i + 1]! & F_ANIM) !== 0 || !!L.peopleNouns?.includes(lemmas[i + 1]!))
            && b.cases[i + 1] === b.cases[i];
          const a = newActor({ s: i - 1, e: people ? i + 2 : i + 1, name: state, type: 'LOC', country: code, case: b.cases[i] ?? 'any', person: false, group: true });
          const idx = actors.push(a) - 1;
          actorAt[i - 1] = idx;
          actorAt[i] = idx;
          if (people) actorAt[i + 1] = idx;
        }
      }
      // "балтійські держави", "скандинавським країнам": a region's adjective with a noun for states is the region's
      // group (its states, by regionGroups)
      if (i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && L.dual?.nouns.includes(lem) && L.regionAdjectives?.[lemmas[i - 1]!.toLowerCase()]) {
        const a = newActor({ s: i - 1, e: i + 1, name: L.regionAdjectives[lemmas[i - 1]!.toLowerCase()]!, type: 'LOC', case: b.cases[i] ?? 'any', person: false, group: true });
        const idx = actors.push(a) - 1;
        actorAt[i - 1] = idx;
        actorAt[i] = idx;
      }
      continue;
    }
    // ("противників уряду", "ворогів реформ": opponents of something named are no enemy side)
    if (L.bareGroupNouns?.includes(lem) && i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] === -1 && (b.flags[i + 1]! & F_NOUN) !== 0 && b.cases[i + 1] === 'rod') continue;
    for (const g of cands) {
      let s = i;
      if (g.after) {
        if (i === 0 || sent[i - 1] !== sent[i] || !g.after.includes(lemmas[i - 1]!) || actorAt[i - 1] !== -1) continue;
        s = i - 1;
      }
      const a = newActor({ s, e: i + 1, name: g.name, type: g.type, country: g.country, case: 'any', person: false, group: true });
      const idx = actors.push(a) - 1;
      for (let k = s; k <= i; k++) actorAt[k] = idx;
      break;
    }
  }
}

/**
 * "Іранські ВМС": a body the knowledge base knows as another state's, after a state's demonym, is that state's body
 * of the kind — named as written with the state's genitive ("ВМС Ірану"), not the body of the knowledge base.
 */
function foreignBodies(b: Build): void {
  const { adoc, L, lemmas, sent, actorAt, actors } = b;
  if (!L.genitive) return;
  for (const x of actors) {
    if (x.person || x.s === 0 || !x.entity || actorAt[x.s - 1] !== -1 || sent[x.s - 1] !== sent[x.s]) continue;
    const state = L.demonyms[lemmas[x.s - 1]!.toLowerCase()];
    if (!state) continue;
    const ent = adoc.entities.find((e) => e.id === x.entity);
    const code = codeOfState(L, state);
    if (!ent?.actor?.kbId || ent.actor.kbId.startsWith('country:') || !ent.actor.country || !code || ent.actor.country === code) continue;
    const gen = L.genitive(state);
    if (!gen) continue;
    const surface = adoc.doc.text.slice(b.tokens[x.s]!.start, b.tokens[x.e - 1]!.end);
    // (a name in words in its nominative: "у британському Міністерстві оборони" → "Міністерство оборони Великої
    // Британії"; an abbreviation as written)
    const written = /\s/.test(surface) ? adoc.mentions.find((m) => m.tokenStart === x.s && m.tokenEnd === x.e)?.canonical ?? surface : surface;
    const idx = actors.indexOf(x);
    x.name = `${written} ${gen}`;
    x.entity = undefined;
    x.country = code;
    x.s -= 1;
    actorAt[x.s] = idx;
  }
}

const stateCodes = new WeakMap<EventLanguage, Map<string, string>>();

/**
 * The code of a state by its name in the language's country names (the first code so named), once per language: the
 * list now holds every state of the gazetteer, too long to scan for each demonym.
 */
/**
 * The state a people's noun names through its demonym adjective ("австралієць" → "австралійський" → Австралія,
 * "канадець" → "канадський", "німець" → "німецький", "француз" → "французький"); undefined when none fits.
 */
function peopleState(L: EventLanguage, lemma: string): string | undefined {
  // (asked of every plural noun in the dative: answered once per lemma)
  let memo = peopleStates.get(L);
  if (!memo) peopleStates.set(L, (memo = new Map()));
  let st = memo.get(lemma);
  if (st === undefined) memo.set(lemma, (st = peopleStateOf(L, lemma) ?? null));
  return st ?? undefined;
}
const peopleStates = new WeakMap<EventLanguage, Map<string, string | null>>();

function peopleStateOf(L: EventLanguage, lemma: string): string | undefined {
  const l = lemma.toLowerCase();
  const cands: string[] = [];
  if (l.endsWith('єць')) cands.push(l.slice(0, -3) + 'йський');
  if (l.endsWith('ець')) cands.push(l.slice(0, -3) + 'ський', l.slice(0, -3) + 'цький', l.slice(0, -3) + 'ецький');
  if (l.endsWith('янин') || l.endsWith('анин')) cands.push(l.slice(0, -4) + 'ський', l.slice(0, -2) + 'ський');
  cands.push(l + 'ський', l + 'ький');
  for (const c of cands) {
    const st = L.demonyms[c];
    if (st) return st;
  }
  return undefined;
}

export function codeOfState(L: EventLanguage, state: string): string | undefined {
  let m = stateCodes.get(L);
  if (!m) {
    m = new Map();
    for (const [code, name] of Object.entries(L.countryNames)) if (!m.has(name)) m.set(name, code);
    stateCodes.set(L, m);
  }
  return m.get(state);
}

/**
 * "пригрозили Мадриду": a place's one-word name in -у right after a finite verb is a dative, not a genitive.
 * "Мерцу зателефонував …": a man's surname ending in a consonant, in -у/-ю, is a dative — a person's genitive ends in
 * -а/-я — though the tagger, taking it for a place, reads a genitive.
 */
function nameDatives(b: Build): void {
  const { adoc, cases, texts, lemmas } = b;
  for (const m of adoc.mentions) {
    // (a place's name in -у right after a finite verb is its dative, not a genitive: "пригрозили Мадриду")
    if (m.type === 'LOC' && m.tokenEnd - m.tokenStart === 1 && m.tokenStart > 0) {
      const k = m.tokenStart;
      const prev = adoc.tokens[k - 1]!;
      // (also over a soft sign: "виділили Тайваню")
      const stem = lemmas[k]!.endsWith('ь') ? lemmas[k]!.slice(0, -1) : lemmas[k];
      if (cases[k] === 'rod' && /[ую]$/.test(texts[k]!) && texts[k]!.slice(0, -1) === stem && /^verb:/.test(prev.tag ?? '') && !/:(inf|adjp|advp)/.test(prev.tag ?? '')) cases[k] = 'dav';
      continue;
    }
    if (m.type !== 'PERS') continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      if (cases[k] === 'rod' && /[ую]$/.test(texts[k]!) && /[бвгґджзклмнпрстфхцчшщ]$/i.test(lemmas[k]!) && texts[k]!.slice(0, -1) === lemmas[k]) cases[k] = 'dav';
    }
  }
}

/**
 * A bare institution noun with its state, one actor: the state in the genitive after it ("уряд Словаччини") or its
 * demonym before it ("словацька поліція" → "поліція Словаччини", when the language can give the state's genitive).
 */
function institutionNouns(b: Build): void {
  const { adoc, L, tokens, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  const byId = new Map<string, Entity>();
  for (const e of adoc.entities) byId.set(e.id, e);
  for (let i = 0; i < n; i++) {
    // "Наступного дня влада звільнила …": the authorities, bare, are the state the sentence (or the one before, or the
    // document) is set in — as the state itself
    // (as the subject, or the object of a charge or call: "захоплення влади", "беруть владу" are power, not the
    // authorities — "звинуватила владу у «виборах без вибору»" are they)
    const charged = cases[i] === 'zna' && i > 0 && sent[i - 1] === sent[i] && !!L.authorityObjectVerbs?.includes(lemmas[i - 1]!);
    if (actorAt[i] === -1 && has(i, F_NOUN) && !has(i, F_PROPER) && L.bareStateNouns?.includes(lemmas[i]!) && !has(i, F_PLURAL) && (cases[i] === 'naz' || charged)
      && !(i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_ADJ) && cases[i - 1] === cases[i])
      && !(i + 1 < n && sent[i + 1] === sent[i] && (actorAt[i + 1] !== -1 || (has(i + 1, F_NOUN) && cases[i + 1] === 'rod')))) {
      const state = stateOfContext(b, byId, i);
      if (state) {
        actorAt[i] = actors.push(stateActor(L, i, i + 1, state, cases[i] ?? 'any')) - 1;
      }
      continue;
    }
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER) || !L.institutions.includes(lemmas[i]!)) continue;
    if (i > 0 && L.institutionExcludedAdjectives?.includes(lemmas[i - 1]!)) continue;
    // (capitalised as a body's name, as the quotes stage names "в уряді Канади" → "Уряд Канади")
    const low = lemmas[i]!.toLowerCase();
    const head = low.charAt(0).toUpperCase() + low.slice(1);
    // ("привітала рішення парламенту" after "Верховна Рада …": the body of that kind named before, by its sector — also
    // as a noun's genitive)
    if (L.bareBodySectors?.[low] && !(i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] !== -1) && !(i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_ADJ) && actorAt[i - 1] === -1)) {
      const named = bodyOfSectorBefore(adoc, L.bareBodySectors[low]!, i);
      if (named) {
        const a = newActor({ s: i, e: i + 1, entity: named.id, name: named.name, type: 'ORG', country: named.actor?.country, case: cases[i] ?? 'any', person: false });
        actorAt[i] = actors.push(a) - 1;
        continue;
      }
    }
    // (not a modifier of a noun before it: "по будівлі уряду України" is the building's)
    // (a decision's or proposal's is its author: "проти рішення уряду Косова")
    if (i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_NOUN) && actorAt[i - 1] === -1 && cases[i] === 'rod' && !L.proposals.includes(lemmas[i - 1]!)) continue;
    const c = i + 1 < n && sent[i + 1] === sent[i] ? actorAt[i + 1]! : -1;
    if (c !== -1) {
      const ca = actors[c]!;
      const ent = ca.entity ? byId.get(ca.entity) : undefined;
      // (a police or a government of a place other than a state is named with it too: "Поліція Ессексу")
      const local = !ent?.actor?.kbId?.startsWith('country:') && !!L.bareBodies?.includes(low) && !has(i, F_PLURAL) && ca.e - ca.s <= 2 && !ca.person;
      if (ca.type !== 'LOC' || ca.s !== i + 1 || !(ent?.actor?.kbId?.startsWith('country:') || local) || ca.e - ca.s > 3) continue;
      // (the bodies of several states are those states acting: "флоти Японії, Філіппін і США проведуть")
      if (has(i, F_PLURAL) && ca.e + 1 < n && sent[ca.e] === sent[i] && (b.texts[ca.e] === ',' || L.coordinators?.includes(b.texts[ca.e]!.toLowerCase())) && actorAt[ca.e + 1] !== -1) continue;
      const cc = phraseCaseIn(flags, cases, n, ca.s, ca.e);
      if (cc !== 'rod' && cc !== 'any') continue;
      // (an oblast by its short name named in full: "Поліція Львівщини" → "Поліція Львівської області")
      const written = adoc.doc.text.slice(tokens[ca.s]!.start, tokens[ca.e - 1]!.end);
      const surface = (ca.e - ca.s === 1 && L.placeGenitive?.(written)) || written;
      // (an adjective of the body's rank is part of its name: "Федеральна прокуратура Німеччини")
      let s0 = i;
      let name = `${head} ${surface}`;
      if (i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && has(i - 1, F_ADJ) && L.institutionNameAdjectives?.includes(lemmas[i - 1]!) && L.inflect) {
        const g = /:(m|f|n):/.exec(tokens[i]!.tag ?? '')?.[1];
        const adj = g ? L.inflect(lemmas[i - 1]!, `adj:${g}:v_naz`) : null;
        if (adj) {
          s0 = i - 1;
          name = `${adj.charAt(0).toUpperCase()}${adj.slice(1)} ${low} ${surface}`;
        }
      }
      const a = newActor({ s: s0, e: ca.e, name, type: 'ORG', country: ent?.actor?.country, case: cases[i] ?? 'any', person: false });
      const idx = actors.push(a) - 1;
      for (let k = s0; k < ca.e; k++) actorAt[k] = idx;
      continue;
    }
    if (i === 0 || sent[i - 1] !== sent[i] || actorAt[i - 1] !== -1 || !has(i - 1, F_ADJ) || !L.genitive) {
      // "вимагаючи від уряду" in a sentence set in Prague: a bare government or parliament is the one of the state
      // the sentence's places lie in (one state only)
      // (one body: "від урядів найбагатших країн" are many states')
      // (nor a body of a part of a state named after it: "поліцією штату Джорджія", "уряду провінції")
      const ofOther = i + 1 < n && sent[i + 1] === sent[i] && actorAt[i + 1] === -1 && cases[i + 1] === 'rod' && !!L.subnationalNouns?.includes(lemmas[i + 1]!);
      if (L.genitive && L.bareBodies?.includes(low) && !has(i, F_PLURAL) && !ofOther && !(i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_ADJ) && actorAt[i - 1] === -1)) {
        // (else the previous sentence's: "Протести у Тбілісі тривають … За ніч поліція затримала …")
        // (else the one state the document names at all: "Найбільше профспілкове об’єднання Болівії …")
        // (or of the one state the sentence's demonyms before it name: "литовських перевізників …, вимагаючи від уряду")
        const state = stateOfContext(b, byId, i);
        // ("Поліція … затримала …, повідомив речник Національної поліції Індонезії": the body of that kind the sentence
        // or one before names in full)
        const full = namedBodyOfKind(b, low, i);
        if (full) {
          const a = newActor({ s: i, e: i + 1, entity: full.id, name: full.name, type: 'ORG', country: full.actor?.country, case: cases[i] ?? 'any', person: false });
          actorAt[i] = actors.push(a) - 1;
          continue;
        }
        const gen = state ? L.genitive(state) : null;
        if (gen) {
          const a = newActor({ s: i, e: i + 1, name: `${L.bareBodyNames?.[low] ?? head} ${gen}`, type: 'ORG', country: codeOfState(L, state!), case: cases[i] ?? 'any', person: false });
          actorAt[i] = actors.push(a) - 1;
        }
      }
      continue;
    }
    const state = L.demonyms[lemmas[i - 1]!.toLowerCase()];
    const gen = state ? L.genitive(state) : null;
    if (!gen) continue;
    // ("подякував американській адміністрації": an administration named by its demonym is the state itself)
    if (L.stateInstitutions?.includes(low)) {
      const idx = actors.push(stateActor(L, i - 1, i + 1, state!, cases[i] ?? 'any')) - 1;
      actorAt[i - 1] = idx;
      actorAt[i] = idx;
      continue;
    }
    const code = codeOfState(L, state);
    // ("звинувачення російської розвідки" after "Служба зовнішньої розвідки Росії": a body of that state named before
    // with this noun in its name is the one meant)
    const stem = low.length > 4 ? low.slice(0, -1) : low;
    const named = code ? adoc.entities.find((e) => e.type === 'ORG' && e.actor?.country === code && e.mentions.some((m) => m.tokenEnd <= i - 1)
      && e.name.toLowerCase().split(/\s+/).slice(1).some((w) => w.startsWith(stem))) : undefined;
    const a = named
      ? newActor({ s: i - 1, e: i + 1, entity: named.id, name: named.name, type: 'ORG', country: code, case: cases[i] ?? 'any', person: false })
      : newActor({ s: i - 1, e: i + 1, name: `${head} ${gen}`, type: 'ORG', country: code, case: cases[i] ?? 'any', person: false });
    const idx = actors.push(a) - 1;
    actorAt[i - 1] = idx;
    actorAt[i] = idx;
  }
}

/**
 * The state token i's context is set in, for a bare body or its people ("вимагаючи від уряду", "поліцейські
 * затримали"): the one state of the sentence's places, else of its demonyms before i, else of the sentence before's
 * places, else the document's one state or country; null when none.
 */
function stateOfContext(b: Build, byId: Map<string, Entity>, i: number): string | null {
  const sen = b.sent[i]!;
  // (the places before the body first: "у Єревані … вимагаючи від уряду …, підписані у Вашингтоні" → Вірменія)
  return placeStateOfSentence(b, byId, sen, i) ?? placeStateOfSentence(b, byId, sen) ?? demonymStateBefore(b, i) ?? bodyStateIn(b, i) ?? (sen > 0 ? placeStateOfSentence(b, byId, sen - 1) : null)
    ?? onlyStateOf(b) ?? onlyCountryOf(b)
    // (else the one state of the bodies the sentence before names, and the places of the lead in any case: "…
    // повідомили в МВС Грузії. У неділю поліція затримала …", "у центрі Будапешта"; where the document names other
    // states too)
    ?? (sen > 0 ? bodyStateIn(b, lastTokenBefore(b, i), true) : null) ?? (sen > 0 ? placeStateOfSentence(b, byId, 0, Infinity, true) : null);
}

/** The last token of the sentence before token i's. */
function lastTokenBefore(b: Build, i: number): number {
  let k = i;
  while (k > 0 && b.sent[k] === b.sent[i]) k--;
  return k;
}

/** A state as an actor over tokens [s, e) ("урядові війська", "австралійцям", a bare "влада"): a group, not an entity. */
function stateActor(L: EventLanguage, s: number, e: number, state: string, kase: Actor['case']): Actor {
  return newActor({ s, e, name: state, type: 'LOC', country: codeOfState(L, state) ?? undefined, case: kase, person: false, group: true });
}

/**
 * The one state the bodies or persons named before token i in its sentence belong to ("Християнська асоціація Нігерії
 * закликала уряд" → Нігерія; "Прем’єр-міністр країни X закликав прокуратуру"), or anywhere in it with
 * `wholeSentence`; null when none or several.
 */
function bodyStateIn(b: Build, i: number, wholeSentence = false): string | null {
  let code: string | null = null;
  for (const x of b.actors) {
    if (!(x.type === 'ORG' || x.person) || x.group || (x.e > i && !wholeSentence) || b.sent[x.s] !== b.sent[i] || !x.country) continue;
    if (code && code !== x.country) return null;
    code = x.country;
  }
  return code ? b.L.countryNames[code] ?? null : null;
}

/** The one state the demonym adjectives of token i's sentence before it name; null when none or several. */
function demonymStateBefore(b: Build, i: number): string | null {
  let state: string | null = null;
  for (let k = i - 1; k >= 0 && b.sent[k] === b.sent[i]; k--) {
    if ((b.flags[k]! & F_ADJ) === 0) continue;
    const st = b.L.demonyms[b.lemmas[k]!.toLowerCase()];
    if (!st) continue;
    if (state && state !== st) return null;
    state = st;
  }
  return state;
}

/**
 * The one state the places of sentence `sen` (those before token `before`) lie in ("на Староміській площі в Празі" →
 * Чехія; places in the locative): by a capital's name, or a place's country code in the knowledge base; null when none
 * or more than one.
 */
function placeStateOfSentence(b: Build, byId: Map<string, Entity>, sen: number, before = Infinity, anyCase = false): string | null {
  const { L, actors, sent } = b;
  let state: string | null = null;
  for (const x of actors) {
    if (x.s >= before) continue;
    // (places where things happen, in the locative: not "допомогу Україні")
    const at = x.s > 0 ? b.lowers[x.s - 1] : '';
    if (x.type !== 'LOC' || x.person || sent[x.s] !== sen || !(anyCase || x.case === 'mis' || (x.case === 'any' && (at === 'в' || at === 'у' || at === 'на')))) continue;
    const ent = x.entity ? byId.get(x.entity) : undefined;
    // (a union of states is none of them: "про вступ до ЄС")
    const kb = ent?.actor?.kbId ?? '';
    const st = L.capitals[x.name] ?? (ent?.actor?.country && (kb.startsWith('country:') || kb.startsWith('place:')) ? L.countryNames[ent.actor.country] : undefined);
    if (!st) continue;
    if (state && state !== st) return null;
    state = st;
  }
  return state;
}

/**
 * The body whose name has the bare noun `low` as a word (by its stem), named in token i's sentence or the one before
 * (the nearest such mention), else anywhere before it (the latest: "Поліційна служба Північної Ірландії … поліція вже
 * перекинула"); of state `code` when the body has a state; or none.
 */
function namedBodyOfKind(b: Build, low: string, i: number, code?: string): Entity | undefined {
  const stem = low.length > 4 ? low.slice(0, -1) : low;
  const sentence = b.sent[i]!;
  let best: Entity | undefined;
  let dist = Infinity;
  let earlier: Entity | undefined;
  let at = -1;
  for (const e of b.adoc.entities) {
    if (e.type !== 'ORG' || !e.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(stem))) continue;
    if (code && e.actor?.country && e.actor.country !== code) continue;
    for (const m of e.mentions) {
      if (m.tokenStart === i) continue;
      if (m.sentence !== sentence && m.sentence !== sentence - 1) {
        if (m.tokenEnd <= i && m.tokenStart > at) { at = m.tokenStart; earlier = e; }
        continue;
      }
      const d = Math.abs(m.tokenStart - i);
      if (d < dist) { dist = d; best = e; }
    }
  }
  return best ?? earlier;
}

/** The organisation of actor sector `sector` (of state `country`, when given) mentioned last before token `before`. */
function bodyOfSectorBefore(adoc: AnalyzedDocument, sector: string, before: number, country?: string): Entity | undefined {
  let named: Entity | undefined;
  let at = -1;
  for (const e of adoc.entities) {
    if (e.type !== 'ORG' || e.actor?.sector !== sector || (country && e.actor.country !== country)) continue;
    for (const m of e.mentions) if (m.tokenEnd <= before && m.tokenStart > at) { at = m.tokenStart; named = e; }
  }
  return named;
}

/**
 * The one state every entity with a country belongs to ("Міністерство внутрішніх справ Болгарії", "Софія", a Bulgarian
 * minister), where no country is named on its own; null when none or several.
 */
function onlyCountryOf(b: Build): string | null {
  let code: string | null = null;
  for (const e of b.adoc.entities) {
    const c = e.actor?.country;
    if (!c) continue;
    if (code && code !== c) return null;
    code = c;
  }
  return code ? b.L.countryNames[code] ?? null : null;
}

/** The one country among the document's entities, by name; null when none or several. */
function onlyStateOf(b: Build): string | null {
  let state: string | null = null;
  for (const e of b.adoc.entities) {
    if (!e.actor?.kbId?.startsWith('country:') || !e.actor.country) continue;
    const st = b.L.countryNames[e.actor.country];
    if (!st) continue;
    if (state && state !== st) return null;
    state = st;
  }
  return state;
}

/**
 * A facility or a vessel named by its common noun and a name in apposition, one actor ("аеродром Морозовськ",
 * "суховантаж Nova Bella", "порт Ізмаїл"): what a strike hit is the object as named, not the town it is named after nor
 * the region around it. The name keeps its nominative after any case of the noun; a name in the genitive is the
 * owner ("порт Одеси"), not an apposition, and is left alone. Named by the noun's lemma and the name.
 */
function facilityNames(b: Build): void {
  const { L, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  for (let i = 0; i + 1 < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER) || !L.facilityNouns.includes(lemmas[i]!)) continue;
    if (facilityByPlaceAdjective(b, i)) continue;
    if (sent[i + 1] !== sent[i]) continue;
    const c = actorAt[i + 1]!;
    if (c === -1) {
      // (a name no actor covers, in Latin letters or not: "суховантаж Nova Bella")
      let e = i + 1;
      while (e < n && e < i + 4 && sent[e] === sent[i] && actorAt[e] === -1 && has(e, F_CAPWORD) && (e === i + 1 || b.tokens[e - 1]!.spaceAfter)) e++;
      // (a capitalised word the NER stage named, of a type no actor has: "провінцію Сісакет")
      // (or an acronym-like one: "завод ВНДІР-Прогрес")
      if (e === i + 1 || !has(i + 1, F_PROPER) && !/^[A-Z]/.test(b.texts[i + 1]!) && !/^\p{Lu}{2,}/u.test(b.texts[i + 1]!) && !b.adoc.mentions.some((m) => m.tokenStart === i + 1)) continue;
      const surface = b.adoc.doc.text.slice(b.tokens[i + 1]!.start, b.tokens[e - 1]!.end);
      // (a region is named by its name alone: "провінцію Сісакет" is "Сісакет")
      const region = !!L.regionNouns?.includes(lemmas[i]!);
      const a = newActor({ s: i, e, name: region ? surface : `${lemmas[i]} ${surface}`, type: region ? 'LOC' : 'MISC', case: cases[i] ?? 'any', person: false });
      const idx = actors.push(a) - 1;
      for (let k = i; k < e; k++) actorAt[k] = idx;
      continue;
    }
    const ca = actors[c]!;
    // (a region's own name is the place: "провінції Сурін")
    if (L.regionNouns?.includes(lemmas[i]!) && ca.type === 'LOC') continue;
    // (and a name of another type after one is a place the NER stage misread: "в регіоні Кататумбо" read as a person)
    if (L.regionNouns?.includes(lemmas[i]!)) {
      if (ca.group || ca.s !== i + 1 || ca.e - ca.s > 3 || ca.type === 'ORG') continue;
      const a = newActor({ s: i, e: ca.e, name: ca.name, type: 'LOC', case: cases[i] ?? 'any', person: false });
      const idx = actors.push(a) - 1;
      for (let k = i; k < ca.e; k++) actorAt[k] = idx;
      continue;
    }
    // (a person-typed name too: the noun makes it a place or a ship, "аеродром Кущівка", "танкер Марія")
    if (ca.group || ca.s !== i + 1 || ca.e - ca.s > 3) continue;
    const cc = phraseCaseIn(flags, cases, n, ca.s, ca.e);
    if (cc !== 'naz' && cc !== 'any' && !(cc === 'zna' && (cases[i] === 'zna' || cases[i] === 'naz'))) continue;
    // (a plural noun names no one facility: "перші два кораблі Японія передасть" — the name after it is the subject)
    if (has(i, F_PLURAL) && cc !== cases[i]) continue;
    // ("нафтоперекачувальну станцію Унеча": an adjective of the facility's kind is part of its name, in the nominative)
    let s = i;
    let kind = '';
    if (i > 0 && sent[i - 1] === sent[i] && actorAt[i - 1] === -1 && L.facilityAdjectives?.includes(lemmas[i - 1]!)) {
      const g = /:(m|f|n):/.exec(b.tokens[i]!.tag ?? '')?.[1];
      const nom = g && L.inflect ? L.inflect(lemmas[i - 1]!, `adj:${g}:v_naz`) : null;
      if (nom) {
        s = i - 1;
        kind = nom + ' ';
      }
    }
    const a = newActor({ s, e: ca.e, name: `${kind}${lemmas[i]} ${ca.name}`, type: 'MISC', country: ca.country, case: cases[i] ?? 'any', person: false });
    const idx = actors.push(a) - 1;
    for (let k = s; k < ca.e; k++) actorAt[k] = idx;
  }
}

/**
 * "по Брянському хімічному заводу": a facility named by the capitalised adjective of its place (and its kind's
 * adjectives) before its noun is one actor, named in the nominative ("Брянський хімічний завод") — not a person or
 * place the model made of the adjective. Only inside a sentence, in one case, where the language can inflect.
 */
function facilityByPlaceAdjective(b: Build, i: number): boolean {
  const { L, lemmas, cases, flags, sent, actorAt, actors, texts } = b;
  const has = (k: number, f: number): boolean => (flags[k]! & f) !== 0;
  if (!L.inflect) return false;
  let s0 = i;
  while (s0 > 0 && s0 > i - 3 && sent[s0 - 1] === sent[i] && has(s0 - 1, F_ADJ) && !has(s0 - 1, F_NOUN) && cases[s0 - 1] === cases[i]) s0--;
  // (the place's adjective the tagger read as a surname: "Туапсинський нафтопереробний завод")
  if (s0 > 0 && s0 < i && sent[s0 - 1] === sent[i] && has(s0 - 1, F_NOUN) && /^\p{Lu}\p{Ll}/u.test(texts[s0 - 1]!) && !!L.placeAdjectiveEnding?.test(texts[s0 - 1]!) && cases[s0 - 1] === cases[s0]) s0--;
  // (at a sentence's start every word is capitalised: there the adjective must be made from a town's name —
  // "Рязанський нафтопереробний завод було атаковано")
  const opening = s0 === 0 || sent[s0 - 1] !== sent[i];
  if (s0 === i || !/^\p{Lu}\p{Ll}/u.test(texts[s0]!)) return false;
  if (opening && (!L.placeAdjective?.(lemmas[s0]!) || L.demonyms[lemmas[s0]!.toLowerCase()])) return false;
  const a0 = actorAt[s0]!;
  if (a0 !== -1 && (actors[a0]!.e !== s0 + 1 || actors[a0]!.s !== s0)) return false;
  for (let k = s0 + 1; k < i; k++) if (actorAt[k] !== -1 || /^\p{Lu}/u.test(texts[k]!)) return false;
  const g = /:(m|f|n):/.exec(b.tokens[i]!.tag ?? '')?.[1];
  if (!g) return false;
  const words: string[] = [];
  for (let k = s0; k < i; k++) {
    // (an adjective the dictionary does not know, in the nominative or the inanimate accusative that is the same form:
    // "атакували Туапсинський нафтопереробний завод")
    const asWritten = (cases[k] === 'naz' || (cases[k] === 'zna' && g === 'm' && !has(i, F_ANIM))) && !!L.adjectiveNominative?.test(texts[k]!.toLowerCase()) ? texts[k]!.toLowerCase() : null;
    const nom = L.inflect(lemmas[k]!.toLowerCase(), `adj:${g}:v_naz`) ?? asWritten;
    if (!nom) return false;
    words.push(k === s0 ? nom.charAt(0).toUpperCase() + nom.slice(1) : nom);
  }
  const a = newActor({ s: s0, e: i + 1, name: `${words.join(' ')} ${lemmas[i]}`, type: 'MISC', case: cases[i] ?? 'any', person: false });
  const idx = actors.push(a) - 1;
  for (let k = s0; k <= i; k++) actorAt[k] = idx;
  return true;
}

/**
 * "на компанії «Роснефть» і «Лукойл»": an organisation named in quotation marks right after the common noun of its
 * kind (a company, a bank, a party) stands in that noun's place — the noun is no actor of its own.
 */
function quotedAppositions(b: Build): void {
  const { L, n, flags, sent, actorAt, actors, texts } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  for (let i = 0; i + 2 < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || !L.orgKindNouns.includes(b.lemmas[i]!) || sent[i + 2] !== sent[i]) continue;
    // ("концерн Rheinmetall": a name in Latin letters right after the noun of its kind is that organisation, whatever
    // type the NER stage gave it)
    if (texts[i + 1] !== '«') {
      const c = actorAt[i + 1]!;
      if (c === -1 || actors[c]!.s !== i + 1 || actors[c]!.person) continue;
      // ("атакувала угруповання Радаа": an organisation's one-word name after the noun of its kind stands with the
      // noun's case — the name itself does not decline)
      if (actors[c]!.type === 'ORG' && actors[c]!.e === i + 2 && !/^[A-Z][A-Za-z]/.test(texts[i + 1]!) && b.cases[i] && b.cases[i] !== 'any' && b.cases[i] !== 'rod') {
        actors[c]!.s = i;
        actors[c]!.case = b.cases[i]!;
        actorAt[i] = c;
        continue;
      }
      // ("звинуватив партію Прогресивна Словаччина": a name left in the nominative after the noun of its kind in another
      // case is its apposition, of that case — an organisation, whatever type its words gave it)
      const kase = b.cases[i];
      if (actors[c]!.case === 'naz' && kase && kase !== 'naz' && kase !== 'any' && /^\p{Lu}/u.test(texts[i + 1]!) && (actors[c]!.type === 'LOC' || actors[c]!.type === 'ORG')) {
        actors[c]!.s = i;
        actors[c]!.case = kase;
        actors[c]!.type = 'ORG';
        actorAt[i] = c;
        continue;
      }
      if (!/^[A-Z][A-Za-z]/.test(texts[i + 1]!)) continue;
      actors[c]!.type = 'ORG';
      continue;
    }
    const c = actorAt[i + 2]!;
    if (c === -1 || actors[c]!.s !== i + 2 || actors[c]!.person || (actors[c]!.type !== 'ORG' && actors[c]!.type !== 'MISC')) continue;
    // (after a preposition of any case — the name in quotation marks does not decline, and "компанії" may be any of
    // four; else the name's own: "концерн «Укроборонпром» і … підписали" stays a subject)
    let p = i - 1;
    while (p >= 0 && sent[p] === sent[i] && has(p, F_ADJ) && !has(p, F_NOUN)) p--;
    // (not after a noun, whose genitive it may be: "У присутності міністрів | концерн «Укроборонпром» …")
    if (p >= 0 && sent[p] === sent[i] && has(p, F_NOUN)) continue;
    actors[c]!.s = i;
    if (p >= 0 && sent[p] === sent[i] && has(p, F_PREP)) actors[c]!.case = 'any';
    actorAt[i] = c;
    actorAt[i + 1] = c;
  }
}

/** "країн Балтії": the head noun of a region that stands for a group of states joins the region's actor. */
function regionActors(b: Build): void {
  const { L, n, lemmas, sent, actorAt, actors, cases } = b;
  for (let i = 0; i + 1 < n; i++) {
    if (actorAt[i] !== -1 || sent[i + 1] !== sent[i] || !L.dual?.nouns.includes(lemmas[i]!)) continue;
    const c = actorAt[i + 1]!;
    if (c === -1 || actors[c]!.s !== i + 1 || !L.regionGroups[actors[c]!.name]) continue;
    actors[c]!.s = i;
    actors[c]!.case = cases[i] ?? 'any';
    actorAt[i] = c;
  }
}

/** Definite noun phrases for bodies named elsewhere. */
function definiteActors(b: Build): void {
  const { adoc, L, sets, tokens, n, lemmas, cases, texts, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // 2b. Definite noun phrases for bodies named elsewhere ("місії агентства" → МАГАТЕ, "до союзників" → НАТО): a bare
  // common noun with no complement or qualifying adjective of its own, resolved to the one body of the document it
  // names (the latest mentioned before it; for an alias, else the first after it).
  const defHeads = sets.defHeads;
  const kin = sets.kin;
  let lowNames: string[] | undefined;
  let nameWords: string[][] | undefined;
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER)) continue;
    const lem = lemmas[i]!;
    const alias = sets.aliases.get(lem);
    // (not as a noun's complement: "прихильників опозиції" are a group of their own)
    const described = i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_NOUN) ? undefined : L.definiteBodies.describedBy?.[lem];
    // ("бойовики" → the armed group named before, an organisation of that sector: "операції проти бойовиків")
    const sector = L.definiteBodies.sectors?.[lem];
    if (!alias && !defHeads.has(lem) && !described && !sector) continue;
    const t = tokens[i]!;
    if (capitalized(t.text) && (i === 0 || sent[i - 1] === sent[i])) continue;
    const prev = i > 0 && sent[i - 1] === sent[i] ? i - 1 : -1;
    // (a demonstrative may stand before it — "цього агентства"; a possessive names whose: "своїх союзників")
    if (prev !== -1 && has(prev, F_ADJ) && !has(prev, F_PRONDEM) && !has(prev, F_NOUN)) continue;
    const next = i + 1 < n && sent[i + 1] === sent[i] ? i + 1 : -1;
    // (a quotation after it names it — "агентство «Укрінформ»" — unless it is a label in lower case: "назвав суд
    // «політичним інструментом»")
    const named = next !== -1 && texts[next] === '«' && !(next + 1 < n && /^\p{Ll}/u.test(texts[next + 1]!));
    if (next !== -1 && (actorAt[next] !== -1 || has(next, F_PROPER) || (has(next, F_NOUN) && cases[next] === 'rod') || named)) continue;
    let best: { e: Entity; at: number } | null = null;
    // (each entity's lowercase name and words, split once per document)
    lowNames ??= adoc.entities.map((e) => e.name.toLowerCase());
    nameWords ??= lowNames.map((x) => x.split(/\s+/));
    for (let x = 0; x < adoc.entities.length; x++) {
      const e = adoc.entities[x]!;
      if (e.type !== 'ORG' && !(kin.has(lem) && e.type === 'LOC')) continue;
      const words = nameWords[x]!;
      // (or one the noun introduced before: "французької компанії Orano" … "У компанії заявили")
      const fits = sector ? e.actor?.sector === sector : alias ? lowNames[x] === alias.toLowerCase() : words.includes(lem) || (kin.has(lem) && words.some((w) => kin.get(lem)!.includes(w)))
        || (L.orgKindNouns.includes(lem) && e.mentions.some((m) => m.tokenStart > 0 && m.tokenStart < i && lemmas[m.tokenStart - 1] === lem))
        // ("опозиційної Ліберальної партії" … "звинувативши опозицію": the body introduced with the word's adjective)
        || (!!described && e.mentions.some((m) => m.tokenStart < i && (lemmas[m.tokenStart] === described || (m.tokenStart > 0 && lemmas[m.tokenStart - 1] === described))));
      if (!fits) continue;
      for (const m of e.mentions) {
        const before = m.tokenStart < i;
        const score = before ? m.tokenStart : alias ? -m.tokenStart - 1 : null;
        if (score === null) continue;
        if (!best || (best.at >= 0 ? score > best.at : score >= 0 || score > best.at)) best = { e, at: score };
      }
    }
    // (a body this stage named from the words around an entity — "Моніторингова місія ООН з прав людини" built on
    // "ООН" — is one too: the latest before the noun, when it is later than the entity's mention)
    let built: Actor | null = null;
    if (!alias) {
      for (const x of actors) {
        if (x.type !== 'ORG' || x.person || x.e > i || x.e - x.s < 2 || (built && built.s >= x.s) || (best && best.at >= x.s)) continue;
        if (x.name.toLowerCase().split(/\s+/).includes(lem) && !(best && x.entity === best.e.id)) built = x;
      }
    }
    if (built) {
      const a = newActor({ s: i, e: i + 1, entity: built.entity, name: built.name, type: 'ORG', country: built.country, case: cases[i] ?? 'any', person: false, sector: built.sector });
      actorAt[i] = actors.push(a) - 1;
      continue;
    }
    if (!best) continue;
    const a = newActor({ s: i, e: i + 1, entity: best.e.id, name: best.e.name, type: 'ORG', country: best.e.actor?.country, case: cases[i] ?? 'any', person: false });
    actorAt[i] = actors.push(a) - 1;
  }
}

/** "співробітники служби", "працівники поліції": the staff of a body act as the body. */
function staffActors(b: Build): void {
  const { L, n, lemmas, cases, sent, actorAt, actors } = b;
  const staff = L.staffNouns ?? [];
  if (!staff.length) return;
  for (let i = 0; i + 1 < n; i++) {
    if (actorAt[i] !== -1 || sent[i + 1] !== sent[i] || !staff.includes(lemmas[i]!)) continue;
    const c = actorAt[i + 1]!;
    if (c === -1) continue;
    const ca = actors[c]!;
    if (ca.s !== i + 1 || ca.type !== 'ORG' || ca.person || (ca.case !== 'rod' && ca.case !== 'any')) continue;
    const a = newActor({ s: i, e: ca.e, entity: ca.entity, name: ca.name, type: 'ORG', country: ca.country, case: cases[i] ?? 'any', person: false, sector: ca.sector });
    const idx = actors.push(a) - 1;
    for (let k = i; k < ca.e; k++) actorAt[k] = idx;
  }
}

/**
 * "передасть місту 40 установок": the town noun alone, a recipient, is the town the document named last (see
 * townNouns); "передасть області ще 20 укриттів", the oblast noun alone, the oblast named last — or the one whose
 * administration was named ("Херсонської обласної військової адміністрації" → "Херсонська область").
 */
function townNounActors(b: Build): void {
  const { adoc, L, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  if (!L.townNouns?.length || !L.townIds) return;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // (the candidates of each kind, made when first asked for: the mentions of towns, or of oblasts and the bodies an
  // oblast is read off, with the entity where the mention is one of the place itself)
  let towns: { at: number; e: Entity | null; name: string }[] | null = null;
  let oblasts: { at: number; e: Entity | null; name: string }[] | null = null;
  for (let i = 0; i < n; i++) {
    // (a recipient only, in the dative: as a place — "у місті", "удар по місту" — the town is often another than the
    // one named last, and a genitive is a noun's: "захоплення міста")
    const town = L.townNouns.includes(lemmas[i]!);
    const oblast = !town && !!L.oblastNouns?.includes(lemmas[i]!);
    // (the oblast's dative read as its genitive right after the verb: "передасть області ще 20 укриттів")
    // (or the town as the object right after a verb: "штурмували місто з трьох напрямків" after "залишили Сіверськ")
    const object = town && cases[i] === 'zna' && i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_VERB) && !has(i - 1, F_INF);
    const dative = object || cases[i] === 'dav' || (oblast && cases[i] === 'rod' && i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_VERB) && !has(i - 1, F_INF));
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER) || has(i, F_PLURAL) || !dative || !(town || oblast)) continue;
    // (not "рідне місто", "місто Мірбале", "місто Херсонської області")
    if (i > 0 && sent[i - 1] === sent[i] && has(i - 1, F_ADJ) && !has(i - 1, F_PRONDEM)) continue;
    if (i + 1 < n && sent[i + 1] === sent[i] && (actorAt[i + 1] !== -1 || has(i + 1, F_CAPWORD) || (has(i + 1, F_NOUN | F_ADJ) && cases[i + 1] === 'rod'))) continue;
    if (town && !towns) {
      const ids = L.townIds();
      towns = [];
      for (const e of adoc.entities) if (e.type === 'LOC' && e.actor?.kbId && ids.has(e.actor.kbId)) for (const m of e.mentions) towns.push({ at: m.tokenStart, e, name: e.name });
    }
    if (oblast && !oblasts) {
      oblasts = [];
      for (const e of adoc.entities) {
        const own = e.type === 'LOC' && !!L.isOblastName?.(e.name);
        const name = own ? e.name : e.type === 'ORG' ? L.oblastOfBody?.(e.name) ?? null : null;
        if (name) for (const m of e.mentions) oblasts.push({ at: m.tokenStart, e: own ? e : null, name });
      }
    }
    let best: { at: number; e: Entity | null; name: string } | null = null;
    for (const t of (town ? towns : oblasts)!) if (t.at < i && (!best || t.at > best.at)) best = t;
    if (!best) continue;
    const a = newActor({ s: i, e: i + 1, entity: best.e?.id, name: best.name, type: 'LOC', country: best.e?.actor?.country, case: object ? 'zna' : 'dav', person: false });
    actorAt[i] = actors.push(a) - 1;
  }
}

/** A common noun that named a quoted name stands for it later. */
function namedNounActors(b: Build): void {
  const { n, lemmas, cases, texts, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // 2c. A common noun that named a quoted name stands for it later ("лікарню країни «Охматдит» … удар по лікарні"):
  // the head noun before the quotation (genitive words between), and later the same noun alone — no qualifier of its
  // own before it, no name or genitive noun after it.
  const named = new Map<string, Actor>();
  for (let i = 0; i < n; i++) {
    if (texts[i] === '«' && i + 1 < n && actorAt[i + 1] !== -1 && !actors[actorAt[i + 1]!]!.person) {
      let h = i - 1;
      while (h >= 0 && sent[h] === sent[i] && has(h, F_NOUN) && actorAt[h] === -1 && cases[h] === 'rod' && h > 0 && has(h - 1, F_NOUN)) h--;
      if (h >= 0 && sent[h] === sent[i] && has(h, F_NOUN) && !has(h, F_PROPER) && actorAt[h] === -1 && !has(h, F_ANIM)) {
        named.set(lemmas[h]!, actors[actorAt[i + 1]!]!);
      }
      continue;
    }
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER)) continue;
    const ref = named.get(lemmas[i]!);
    if (!ref || ref.s > i) continue;
    const prev = i > 0 && sent[i - 1] === sent[i] ? i - 1 : -1;
    if (prev !== -1 && has(prev, F_ADJ) && !has(prev, F_PRONDEM)) continue;
    const next = i + 1 < n && sent[i + 1] === sent[i] ? i + 1 : -1;
    if (next !== -1 && (actorAt[next] !== -1 || has(next, F_PROPER) || (has(next, F_NOUN) && cases[next] === 'rod') || texts[next] === '«')) continue;
    const a = newActor({ s: i, e: i + 1, entity: ref.entity, name: ref.name, type: ref.type, country: ref.country, case: cases[i] ?? 'any', person: false });
    actorAt[i] = actors.push(a) - 1;
  }
}

/** Proper-noun runs and known names the NER stage did not cover. */
function properRuns(b: Build): void {
  const { L, tokens, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // Names the language data knows (countries, capitals), even when the tagger took them for common nouns
  // (sentence-initial "Литва").
  const known = knownNames(L);
  const isKnown = (i: number): boolean => has(i, F_CAPWORD) && known.has(lower(lemmas[i]!));

  // (a name the NER stage typed as an artefact is none: "ракет до систем NASAMS")
  // (nor a title's capitalised words, its head above all: "Папою Римським", a JOB mention, "Папою" read as the
  // Hungarian town — the places in a title stay: "Президент України")
  let artefact: Uint8Array | null = null;
  for (const m of b.adoc.mentions) {
    if (m.type !== 'ART' && m.type !== 'JOB') continue;
    artefact ??= new Uint8Array(n);
    for (let k = m.tokenStart; k < m.tokenEnd && k < n; k++) if (m.type === 'ART' || k === m.tokenStart || (!/:geo|:abbr/.test(tokens[k]!.tag ?? '') && !isKnown(k))) artefact[k] = 1;
  }
  // 3. Proper-noun runs the NER stage did not cover (with a capitalised adjective before, and a geo noun after).
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !(has(i, F_PROPER) || isKnown(i)) || artefact?.[i] || weaponKind(b, i) || classNamed(b, i)) continue;
    let s = i;
    let e = i + 1;
    const sen = sent[i]!;
    while (e < n && actorAt[e] === -1 && sent[e] === sen && has(e, F_PROPER) && tokens[e - 1]!.spaceAfter && !nameBoundary(tokens[e - 1]!, tokens[e]!)) e++;
    if (s > 0 && actorAt[s - 1] === -1 && sent[s - 1] === sen && has(s - 1, F_ADJ) && has(s - 1, F_CAPWORD)) s--;
    const toks = tokens.slice(s, e);
    const a = newActor({ s, e, name: buildName(toks), type: isKnown(i) && e - s === 1 ? 'LOC' : tokenType(toks), case: phraseCaseIn(flags, cases, n, s, e), person: false });
    a.person = a.type === 'PERS';
    const idx = actors.push(a) - 1;
    for (let k = s; k < e; k++) actorAt[k] = idx;
    i = e - 1;
  }
}

/** "посередникам з Єгипту, Катару і Туреччини": go-betweens from a state are that state (the first of a list; the rest
 * are coordinated with it). */
function mediatorStates(b: Build): void {
  const { L, n, lemmas, lowers, sent, actorAt, actors, adoc } = b;
  if (!L.mediatorNouns?.length) return;
  for (let i = 0; i + 2 < n; i++) {
    if (actorAt[i] !== -1 || !L.mediatorNouns.includes(lemmas[i]!) || !L.originPreps.includes(lowers[i + 1]!) || sent[i + 2] !== sent[i]) continue;
    const a = actorAt[i + 2]!;
    if (a === -1) continue;
    const x = actors[a]!;
    const ent = x.entity ? adoc.entities.find((e) => e.id === x.entity) : undefined;
    if (x.s !== i + 2 || x.person || !ent?.actor?.kbId?.startsWith('country:')) continue;
    x.s = i;
    x.case = b.cases[i] ?? 'any';
    x.group = true;
    actorAt[i] = a;
    actorAt[i + 1] = a;
  }
}

/**
 * "погодилися за посередництва Вашингтона, Анкари та арабських столиць": the go-betweens named after a noun of
 * mediation are no party to the act — their names stay entities but are no actors of the events around them (they
 * were read as the agreement's partner, or as the subject when nothing else was named).
 */
function mediators(b: Build): void {
  const { L, n, lemmas, cases, flags, texts, lowers, sent, actorAt, actors, sets } = b;
  if (!L.mediationNouns?.length) return;
  for (let i = 0; i + 1 < n; i++) {
    if (actorAt[i] !== -1 || !L.mediationNouns.includes(lemmas[i]!)) continue;
    let k = i + 1;
    for (; k < n && sent[k] === sent[i]; k++) {
      if (texts[k] === ',' || sets.coordinators.has(lowers[k]!)) continue;
      // (a go-between's name is in the genitive; the parties may follow in the nominative: "за посередництва
      // агентства | Росія та Україна погодили")
      if (actorAt[k] !== -1) {
        const c = actors[actorAt[k]!]!.case;
        // (the first name is the noun's genitive whatever the tagger read for an unknown word: "посередництва Омана")
        if (c === 'rod' || k === i + 1 || actorAt[k] === actorAt[k - 1] || (c === 'any' && (texts[k - 1] === ',' || sets.coordinators.has(lowers[k - 1]!)))) continue;
        break;
      }
      // (a genitive phrase of go-betweens without a name: "арабських столиць")
      if ((flags[k]! & (F_NOUN | F_ADJ)) !== 0 && (cases[k] === 'rod' || cases[k] === 'any')) continue;
      break;
    }
    for (let j = i + 1; j < k; j++) actorAt[j] = -1;
    i = k - 1;
  }
}

/** "афганську столицю": a capital named by its state's demonym is that city (the gazetteer's capital of the state). */
function capitalsByDemonym(b: Build): void {
  const { L, n, lemmas, cases, sent, actorAt, actors } = b;
  if (!L.capitalNouns?.length) return;
  for (let i = 1; i < n; i++) {
    if (actorAt[i] !== -1 || actorAt[i - 1] !== -1 || sent[i - 1] !== sent[i] || !L.capitalNouns.includes(lemmas[i]!)) continue;
    const state = L.demonyms[lemmas[i - 1]!.toLowerCase()];
    if (!state) continue;
    let city: string | undefined;
    for (const [c, st] of Object.entries(L.capitals)) if (st === state) { city = c; break; }
    if (!city) continue;
    const idx = actors.push(newActor({ s: i - 1, e: i + 1, name: city, type: 'LOC', case: cases[i] ?? 'any', person: false, group: true })) - 1;
    actorAt[i - 1] = idx;
    actorAt[i] = idx;
  }
}

/** Quoted names the NER stage did not cover. */
function quotedNames(b: Build): void {
  const { sets, tokens, n, cases, texts, flags, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  const bodyHeads = sets.bodyHeads;
  // A quoted name the NER stage did not cover («Коаліції охочих»): an organisation, named up to its head noun in the
  // nominative and the rest as written.
  for (let i = 0; i < n; i++) {
    if (texts[i] !== '«') continue;
    let e = i + 1;
    while (e < n && e <= i + 6 && texts[e] !== '»' && has(e, F_WORD) && actorAt[e] === -1) e++;
    if (e >= n || texts[e] !== '»' || e === i + 1) continue;
    const toks = tokens.slice(i + 1, e);
    const head = toks.findIndex((t) => isNounLike(t));
    if (head < 0) continue;
    // (a quoted clause is words, not a name: «Сторони погодилися на перемир’я», – йдеться в заяві …)
    let verb = false;
    // (an imperative is a name's slogan: «Повернись живим», «Поверніть дітей»)
    for (let k = i + 1; k < e && !verb; k++) verb = has(k, F_VERB) && !has(k, F_ADJ | F_NOUN) && !(tokens[k]!.tag ?? '').includes(':impr');
    if (verb) continue;
    // (lower case only when headed by a body noun: «коаліції охочих»)
    if (!capitalized(tokens[i + 1]!.text) && !bodyHeads.has(lemmaOf(toks[head]!))) continue;
    // (a head after anything but adjectives is no noun phrase to put in the nominative: «Поверніть дітей» as written)
    const np = toks.slice(0, head).every((t) => t.pos === 'ADJ');
    const name = np ? (buildName(toks.slice(0, head + 1)) + ' ' + toks.slice(head + 1).map((t) => t.text).join(' ')).trim() : b.adoc.doc.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
    const a = newActor({ s: i + 1, e, name, type: 'ORG', case: phraseCaseIn(flags, cases, n, i + 1, e), person: false });
    const idx = actors.push(a) - 1;
    for (let k = i + 1; k < e; k++) actorAt[k] = idx;
  }
}

/** Capitalised adjective + common geo noun. */
function geoNouns(b: Build): void {
  const { tokens, n, lemmas, cases, flags, sent, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // Capitalised adjective + common geo noun ("Київській області").
  for (let i = 0; i + 1 < n; i++) {
    if (actorAt[i] !== -1 || actorAt[i + 1] !== -1 || sent[i] !== sent[i + 1]) continue;
    if (has(i, F_CAPWORD) && has(i, F_ADJ) && i > 0 && sent[i - 1] === sent[i] && GEO_NOUNS.has(lemmas[i + 1]!)) {
      const toks = [tokens[i]!, tokens[i + 1]!];
      const a = newActor({ s: i, e: i + 2, name: buildName(toks), type: 'LOC', case: phraseCaseIn(flags, cases, n, i, i + 2), person: false });
      const idx = actors.push(a) - 1;
      actorAt[i] = idx;
      actorAt[i + 1] = idx;
    }
  }
}

/** A single surname refers to the full name written before. */
function fallbackPersons(b: Build): void {
  const { lowers, actors } = b;
  // Fallback persons: a single surname refers to the full name written before ("Сибіга" → "Андрій Сибіга").
  const full = actors.filter((a) => a.person && a.name.includes(' '));
  // (the last word of each full name, lower case: the names of `full` do not change in this loop)
  const fullLast = full.map((x) => x.name.toLowerCase().split(' ').pop() ?? '');
  for (const a of actors) {
    if (!full.length) break;
    if (a.entity || a.name.includes(' ')) continue;
    const last = a.name.toLowerCase();
    const text = lowers[a.s]!;
    let f: Actor | undefined;
    for (let x = 0; x < full.length && !f; x++) {
      const xl = fullLast[x]!;
      if (xl === last || xl === text || sameStem(xl, text)) f = full[x];
    }
    if (f) {
      a.name = f.name;
      a.person = true;
      a.type = 'PERS';
      if (f.entity) a.entity = f.entity;
    }
  }
}

/** Capitalised words written as the surname of a person named before. */
function surnameActors(b: Build): void {
  const { tokens, n, cases, lowers, texts, flags, actorAt, actors } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // A capitalised word the tagger did not see as a name, written as the surname of a person named before.
  const surnames = new Map<string, Actor>();
  for (const a of actors) {
    if (!a.person || a.e - a.s < 2) continue;
    const last = tokens[a.e - 1]!;
    surnames.set(last.text.toLowerCase(), a);
    if (last.lemma) surnames.set(last.lemma.toLowerCase(), a);
    const nm = a.name.split(' ').pop();
    if (nm) surnames.set(nm.toLowerCase(), a);
  }
  for (let i = 0; i < n && surnames.size; i++) {
    if (actorAt[i] !== -1 || !has(i, F_CAPWORD)) continue;
    const t = tokens[i]!;
    let f = surnames.get(lowers[i]!) ?? (t.lemma ? surnames.get(lower(t.lemma)) : undefined);
    if (!f && texts[i]!.includes('-')) for (const [k, x] of surnames) if (sameStem(k, lowers[i]!)) f = x;
    if (!f || f.s >= i) continue;
    const a = newActor({ s: i, e: i + 1, entity: f.entity, name: f.name, type: 'PERS', case: phraseCaseIn(flags, cases, n, i, i + 1), person: true });
    actorAt[i] = actors.push(a) - 1;
  }
}

/** Government: a preposition governs the noun phrase after it. */
function government(b: Build): { governedBy: (string | null)[]; governor: Int32Array } {
  const { n, lemmas, cases, flags, sent, actorAt, actors, tokens } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  // Government: a preposition governs the noun phrase after it (adjectives, nouns, genitive chains, actors).
  const governedBy: (string | null)[] = new Array<string | null>(n).fill(null);
  const governor = new Int32Array(n).fill(-1);
  let cur: string | null = null;
  let curI = -1;
  let headSeen = false;
  let headActor = false;
  let lastActor = -1;
  let headI = -1;
  const animate = (k: number): boolean => /:anim/.test(tokens[k]!.tag ?? '');
  // A date ends the phrase it opens: "У вівторок | російського дипломата …", "У неділю | США, …".
  const { inTime, timeEnds } = timeMarks(b);
  for (let i = 0; i < n; i++) {
    if (i > 0 && sent[i - 1] !== sent[i]) cur = null;
    if (i > 0 && cur !== null && timeEnds[i - 1] && !inTime[i] && inTime[curI + 1]) cur = null;
    // (a preposition that is also an adverb, before a nominative: "Напередодні Сили … уразили"; asked of prepositions
    // only, not of every token)
    if (has(i, F_PREP) && actorAt[i] === -1 && !(i + 1 < n && cases[i + 1] === 'naz' && b.L.adverbialPreps.includes(lemmas[i]!))) {
      cur = lemmas[i]!;
      curI = i;
      headSeen = false;
      headActor = false;
      headI = -1;
      lastActor = -1;
      continue;
    }
    let inNp = actorAt[i] !== -1 || has(i, F_NOUN | F_ADJ | F_NUMBER) || (has(i, F_POS_ADV) && i === curI + 1);
    if (inNp && !headSeen && i > curI + 1 && (has(i, F_NOUN) || actorAt[i] !== -1)) {
      // Before the head, a noun in another case than the words after the preposition starts a new phrase
      // ("протягом вихідних | Росія").
      const first = cases[curI + 1]!;
      const c = cases[i]!;
      if (first && c && first !== 'any' && c !== 'any' && first !== c && (actorAt[i] === -1 || actorAt[i] !== actorAt[curI + 1])) inNp = false;
    }
    if (inNp && headSeen && headI === curI + 1 && !!b.L.closedPhrases?.some(([p, h]) => lemmas[curI] === p && lemmas[headI] === h)) {
      // A set phrase takes no genitive after it: "У відповідь | МЗС Росії заборонило …".
      inNp = false;
    } else if (inNp && headSeen && headActor && !(actorAt[i] !== -1 && actorAt[i] === lastActor)) {
      // A proper name ends its phrase: "у Берліні | президента Володимира Зеленського".
      inNp = false;
    } else if (inNp && headSeen && !(actorAt[i] !== -1 && actorAt[i] === lastActor)) {
      // After the head noun only genitive (or indeclinable) words stay in the phrase: "серед родин | Україна".
      const c = cases[i]!;
      // (a place's name in apposition to its kind stays with it, and ends it as a name does: "в місті Туніс |
      // адвоката …")
      const apposition = i === headI + 1 && actorAt[i] !== -1 && actors[actorAt[i]!]!.type === 'LOC' && !!b.L.settlementNouns?.includes(lemmas[headI]!);
      if (apposition) headActor = true;
      else if (c !== 'rod' && c !== 'any' && !(actorAt[i] !== -1 && actorAt[i - 1] === actorAt[i])) inNp = false;
      // An indeclinable person's name after a thing is no genitive of it but the person a title before the phrase
      // names: "Заступниця генсека ООН з політичних питань | Розмарі Дікарло" ("з колегою Розмарі Дікарло" stays).
      else if (c === 'any' && actorAt[i] !== -1 && actors[actorAt[i]!]!.person && headI !== -1 && !animate(headI)) inNp = false;
      // (nor an indeclinable name right after another name: "Через позицію Угорщини | ЄС так і не ухвалив" — two
      // names in a row are no genitive chain; the second opens the clause)
      else if (c === 'any' && actorAt[i] !== -1 && actorAt[i - 1] !== -1 && actorAt[i - 1] !== actorAt[i]) inNp = false;
    }
    if (cur !== null && inNp && !(has(i, F_POS_PRON) && !has(i, F_ADJ))) {
      governedBy[i] = cur;
      governor[i] = curI;
      if (!headSeen && (has(i, F_NOUN) || actorAt[i] !== -1)) {
        headActor = actorAt[i] !== -1;
        headI = i;
      }
      if (has(i, F_NOUN) || actorAt[i] !== -1) headSeen = true;
      lastActor = actorAt[i]!;
    } else {
      cur = null;
    }
  }
  return { governedBy, governor };
}

/**
 * A locative needs a preposition: a noun phrase the tagger read as locative with none governing it is the dative of
 * the same form ("подякувавши Німеччині" — feminine and many masculine nouns have one form for both). A conjunct
 * of a prepositional phrase keeps its case ("у Франції, Німеччині та Литві", "до Судану та Ефіопії").
 */
function locativeAsDative(b: Build, governedBy: (string | null)[]): void {
  const { n, cases, texts, lowers, sent, actorAt, actors, sets } = b;
  const isCo = (k: number): boolean => texts[k] === ',' || sets.coordinators.has(lowers[k]!);
  let prevLocative = false; // the previous noun phrase of this sentence was a locative (governed or kept)
  for (let i = 0; i < n; i++) {
    if (i > 0 && sent[i] !== sent[i - 1]) prevLocative = false;
    const c = cases[i];
    if (c !== 'mis') {
      if (c !== null && c !== 'any') prevLocative = false;
      continue;
    }
    if (governedBy[i] !== null) { prevLocative = true; continue; }
    // a conjunct: ", Німеччині", "та Литві" right after a locative phrase
    let k = i - 1;
    while (k >= 0 && sent[k] === sent[i] && cases[k] === 'mis') k--;
    if (k >= 0 && sent[k] === sent[i] && isCo(k)) {
      let j = k - 1;
      if (j >= 0 && isCo(j)) j--;
      // (a conjunct of a prepositional phrase: "до Судану та Ефіопії")
      if (prevLocative || (j >= 0 && sent[j] === sent[i] && governedBy[j] !== null)) continue;
    }
    // the whole run of locative words without a preposition becomes dative
    let e = i;
    while (e < n && sent[e] === sent[i] && cases[e] === 'mis' && governedBy[e] === null) e++;
    for (let j = i; j < e; j++) {
      cases[j] = 'dav';
      const a = actorAt[j]!;
      if (a !== -1 && actors[a]!.case === 'mis') actors[a]!.case = 'dav';
    }
    prevLocative = false;
    i = e - 1;
  }
}

/**
 * A finite verb has a nominative subject. Where its clause has none before it, the name right before the verb is that
 * subject whatever the tagger read: a foreign surname read as a place in another case ("Наступного тижня Гроссі
 * планує"), an indeclinable body that the government pass took into a prepositional phrase ("Після удару ФСБ
 * затримала"). Past-tense gender must agree where both show one.
 */
function finiteSubjects(b: Build, governedBy: (string | null)[]): void {
  const { n, cases, flags, sent, texts, actorAt, actors, tokens } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  const gender = (k: number): string | null => /:(m|f|n|p)(:|$)/.exec(tokens[k]!.tag ?? '')?.[1] ?? null;
  for (let i = 1; i < n; i++) {
    if (!has(i, F_POS_VERB) || has(i, F_INF | F_ADVP | F_IMPERS)) continue;
    let j = i - 1;
    while (j > 0 && sent[j] === sent[i] && has(j, F_POS_ADV | F_POS_PART)) j--;
    const a = actorAt[j]!;
    if (a === -1 || sent[j] !== sent[i]) continue;
    const act = actors[a]!;
    if (act.e !== j + 1 || act.case === 'naz') continue;
    const indeclinableInPp = act.case === 'any' && governedBy[act.s] !== null && act.s > 0 && actorAt[act.s - 1] === -1 && has(act.s - 1, F_NOUN);
    const misreadPerson = act.person && (act.case === 'mis' || act.case === 'dav' || act.case === 'any') && governedBy[act.s] === null;
    if (!indeclinableInPp && !misreadPerson) continue;
    // no nominative before it in the clause
    let subject = false;
    for (let k = act.s - 1; k >= 0 && sent[k] === sent[i] && texts[k] !== ',' && texts[k] !== ';' && texts[k] !== ':' && texts[k] !== '–' && texts[k] !== '—'; k--) {
      if (cases[k] === 'naz' && (has(k, F_NOUN) || actorAt[k] !== -1)) { subject = true; break; }
    }
    if (subject) continue;
    // (a dative with the subject after the verb is its object: "Мерцу зателефонував президент України …")
    if (act.case === 'dav') {
      let after = false;
      for (let k = i + 1; k < n && sent[k] === sent[i] && texts[k] !== ',' && texts[k] !== ';' && k <= i + 4 && !after; k++) {
        if (cases[k] === 'naz' && (has(k, F_NOUN) || actorAt[k] !== -1)) after = true;
      }
      if (after) continue;
    }
    // (the head's gender against a past-tense verb's: "ФСБ затримала")
    const gv = gender(i);
    let h = act.s;
    while (h < act.e && !has(h, F_NOUN)) h++;
    const ga = h < act.e ? gender(h) : null;
    if (gv && ga && gv !== ga && /:past/.test(tokens[i]!.tag ?? '') && !act.person) continue;
    for (let k = act.s; k < act.e; k++) {
      governedBy[k] = null;
      if (cases[k] !== null && cases[k] !== 'any') cases[k] = 'naz';
    }
    act.case = 'naz';
  }
}

/** Clauses: sentence parts split at ; : dashes, and at commas before a clause starter, a verb or an adverbial participle. */
function clausesOf(b: Build): { clause: Int32Array; clauses: { start: number; end: number; sentence: number }[] } {
  const { L, sets, tokens, n, lemmas, lowers, texts, flags, sent, actorAt } = b;
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  const coordinators = sets.coordinators;
  // Clauses: sentence parts split at ; : dashes, and at commas before a clause starter, a verb or an adverbial participle.
  const clause = new Int32Array(n);
  const clauses: { start: number; end: number; sentence: number }[] = [];
  const starters = sets.starters;
  const coordMax = sets.coordMax;
  let cid = -1;
  const finite = (k: number): boolean => has(k, F_VERB) && !has(k, F_INF);
  // (the first word of clause c, past an opening quotation mark: "«Якщо Київ …")
  const opener = (c: number): string => {
    const st = clauses[c]!.start;
    return (texts[st] === '«' ? lowers[st + 1] : lowers[st]) ?? '';
  };
  // (whether the clause being built has a finite verb so far: set as its tokens are added, not searched again at each
  // comma)
  let hasFinite = false;
  // (up to six words of a noun phrase — nouns, adjectives, names — and then a finite verb, in the same sentence)
  const subjectThenVerb = (s: number): boolean => {
    let k = s;
    while (k < n && k < s + 6 && sent[k] === sent[s] && (has(k, F_NOUN | F_ADJ) || actorAt[k] !== -1) && !finite(k)) k++;
    if (k === s) return false;
    // (over a negation, an adverb or a pronoun object before the verb: "…, поліція нікого не затримала")
    const np = k;
    while (k < n && k < np + 3 && sent[k] === sent[s] && has(k, F_POS_PART | F_POS_ADV | F_POS_PRON) && !finite(k)) k++;
    return k < n && sent[k] === sent[s] && finite(k);
  };
  // (a prepositional phrase of up to four words — "у понеділок", "в середу вранці" — then a finite verb)
  const adverbialThenVerb = (s: number): boolean => {
    if (!has(s, F_PREP)) return false;
    let k = s + 1;
    while (k < n && k < s + 4 && sent[k] === sent[s] && has(k, F_NOUN | F_ADJ | F_NUMBER | F_POS_ADV) && actorAt[k] === -1 && !finite(k)) k++;
    return k > s + 1 && k < n && sent[k] === sent[s] && finite(k);
  };
  // (a subject set off by an apposition between commas, and its verb after them: "тисячі людей, переважно молодь, |
  // вийшли" — one clause, opening the sentence, with no verb before)
  const apposedSubject = (i: number): boolean => {
    if (!finite(i) || hasFinite || cid < 0) return false;
    const c = clauses[cid]!;
    if (c.start > 0 && sent[c.start - 1] === sent[i]) return false;
    let commas = 0;
    for (let k = c.start; k < i - 1; k++) {
      if (has(k, F_VERB)) return false;
      if (texts[k] === ',') commas++;
    }
    return commas === 1;
  };
  for (let i = 0; i < n; i++) {
    let split = i === 0 || sent[i - 1] !== sent[i];
    if (!split) {
      const pt = texts[i - 1]!;
      if (pt === ';' || pt === ':') split = true;
      else if (pt === '–' || pt === '—') {
        // A dash after punctuation or before a verb opens a clause ("», – заявив"); between words it joins an
        // apposition ("компаній – «Роснафти» та «Лукойлу»").
        const joins = texts[i] === '«' || has(i, F_NOUN) || actorAt[i] !== -1;
        split = i < 2 || sent[i - 2] !== sent[i] || tokens[i - 2]!.kind === 'punct' || has(i, F_VERB) || !joins;
      }
      else if (pt === ',') {
        if (starters.has(lemmas[i]!) || starters.has(lowers[i]!) || (has(i, F_VERB) && !apposedSubject(i))) split = true;
        // ("Як повідомляє агентство Reuters, переговори …": an attribution opened by "як" and a verb ends at its comma)
        else if (cid >= 0 && L.attributionOpeners?.includes(lowers[clauses[cid]!.start]!) && clauses[cid]!.start + 1 < i && has(clauses[cid]!.start + 1, F_VERB)) split = true;
        // ("За даними агентства Reuters, США … провели": a source phrase that opens the sentence ends at its comma)
        else if (cid >= 0 && L.attributionSources && lowers[clauses[cid]!.start] === L.attributionSources.prep && L.attributionSources.nouns.includes(lowers[clauses[cid]!.start + 1]!)
          && clauses[cid]!.start + 1 < i && !Array.from({ length: i - clauses[cid]!.start }, (_, k) => clauses[cid]!.start + k).some((k) => has(k, F_VERB))) split = true;
        else if (has(i, F_PREP) && i + 1 < n && starters.has(lemmas[i + 1]!)) split = true;
        // (a noun with the relative after its preposition opens the relative clause: "угоду, | переговори про яку тривали
        // з 2022 року")
        // (not a share of what was named: "ракет, | частина з яких влучила" goes on telling of them)
        else if (has(i, F_NOUN) && i + 2 < n && has(i + 1, F_PREP) && L.relatives.includes(lemmas[i + 2]!) && !L.partitivePreps?.includes(lowers[i + 1]!)) split = true;
        else if (texts[i] === '–' || texts[i] === '—') split = true;
        else if (i >= 2 && sent[i - 2] === sent[i] && has(i - 2, F_PRON) && L.correlativeStarters?.includes(lowers[i]!)) split = true;
        // A clause with its verb ends at the comma before a subject and its verb: after an adverbial clause ("Того ж
        // дня, коли стало відомо про удар, | Зеленський зустрівся …", a pronoun subject too) and between two clauses
        // joined by a comma alone ("…має відбутися раунд переговорів, | українську групу очолить міністр") — not
        // after a condition, whose consequence it is, and not before a pronoun ("Дякуємо всім, хто …").
        else if (cid >= 0 && hasFinite && subjectThenVerb(i)
          && (!!L.subordinators?.includes(opener(cid)) || (!L.conditionals.includes(opener(cid)) && !has(i, F_POS_PRON)))) split = true;
        // ("Туреччина та Австралія, які спільно головують на переговорах, у понеділок підписали …": a relative clause
        // with its verb ends at the comma before the main clause's verb, a time or place phrase before that verb)
        else if (cid >= 0 && hasFinite && L.relatives.includes(lemmas[clauses[cid]!.start]!) && adverbialThenVerb(i)) split = true;
      } else if (has(i, F_VERB) && (coordinators.has(pt) || (pt.length <= coordMax && coordinators.has(lowers[i - 1]!))) && !has(i, F_INF)) split = true;
    }
    if (split) {
      cid++;
      clauses.push({ start: i, end: i + 1, sentence: sent[i]! });
      hasFinite = false;
    } else {
      clauses[cid]!.end = i + 1;
    }
    if (finite(i)) hasFinite = true;
    clause[i] = cid;
  }
  return { clause, clauses };
}

/** Tokens inside «…». */
function quoted(b: Build): Uint8Array {
  const { n, texts } = b;
  const inQuote = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const tx = texts[i]!;
    if (tx === '«' || tx === '“' || tx === '„') depth++;
    else if ((tx === '»' || tx === '”') && depth > 0) depth--;
    else if (depth > 0) inQuote[i] = 1;
  }
  return inQuote;
}

/** phraseCase of tokens [s, e) (past the document's end: none), from the per-token arrays. */
function phraseCaseIn(flags: Int32Array, cases: (Case | 'any' | null)[], n: number, s: number, e: number): Case | 'any' {
  const end = Math.min(e, n);
  // (a capitalised head the tagger gave no noun reading is an indeclinable word it misread: "Міноборони" as a
  // preposition — the state's genitive after it says nothing of the phrase's case)
  if (s < end && (flags[s]! & (F_NOUN | F_ADJ)) === 0 && (flags[s]! & F_PREP) !== 0 && (flags[s]! & F_CAPWORD) !== 0 && e - s > 1) return 'any';
  for (let k = s; k < end; k++) {
    if ((flags[k]! & F_NOUN) === 0) continue;
    const c = cases[k];
    // (a first name read as a vocative says nothing of the name's case: "Джордже Сіміон")
    if (c === 'kly' && k + 1 < end) continue;
    // An indeclinable head takes the case of the adjectives agreeing with it before it ("Запорізька АЕС" is
    // nominative); with none, the phrase is indeclinable ("МЗС України").
    if (c === 'any') {
      for (let j = s; j < k; j++) {
        const cj = cases[j];
        if (cj && cj !== 'any' && (flags[j]! & F_ADJ) !== 0) return cj;
      }
    }
    // (a head read as a plural after a singular adjective is in the adjective's case: "Харківській області" is a
    // dative, not the plural accusative the noun's form shares)
    if (k > s && (flags[k]! & F_PLURAL) !== 0 && (flags[k - 1]! & F_ADJ) !== 0 && (flags[k - 1]! & (F_PLURAL | F_NOUN)) === 0) {
      const ca = cases[k - 1];
      if (ca && ca !== 'any') return ca;
    }
    if (c) return c;
    break;
  }
  for (let k = s; k < end; k++) {
    const c = cases[k];
    if (c && c !== 'any' && !(c === 'kly' && k + 1 < end)) return c;
  }
  return 'any';
}

/** Case of a phrase: the first token that has a definite case; 'any' when all are indeclinable. */
export function phraseCase(toks: Token[]): Case | 'any' {
  // The head is the first noun ("МЗС України": an indeclinable head makes the whole phrase indeclinable).
  const head = toks.find((t) => isNounLike(t));
  if (head) {
    const c = caseOf(head);
    if (c) return c;
  }
  for (const t of toks) {
    const c = caseOf(t);
    if (c && c !== 'any') return c;
  }
  return 'any';
}

/**
 * Apposition: a person named after a role noun takes the role noun's case ("з державним секретарем США Марко Рубіо"
 * → instrumental), and the genitive names between them ("США") are modifiers of the role, not arguments.
 * Returns the set of modifier actor indices.
 */
export function applyApposition(v: DocView, L: EventLanguage): Set<number> {
  const modifiers = new Set<number>();
  const roles = langSets(L).roles;
  // The head (first word) of what the NER stage marked as a job title ("прем’єр-міністерка") is a role noun too.
  const job = new Set<number>();
  for (const m of v.adoc.mentions ?? []) if (m.type === 'JOB') job.add(m.tokenStart);
  // A hyphenated compound whose last part is a role noun is one ("прем’єр-міністерка", "віце-президент").
  const isRole = (k: number): boolean => {
    const l = lemmaOf(v.tokens[k]!);
    return roles.has(l) || job.has(k) || (l.includes('-') && roles.has(l.slice(l.lastIndexOf('-') + 1)));
  };
  for (let ai = 0; ai < v.actors.length; ai++) {
    const a = v.actors[ai]!;
    // A quoted name right after a common noun names that thing and takes its case ("ракетою «Іскандер»" is
    // instrumental, not an object; after a genitive head the name keeps its own case: "країн «Групи семи»").
    const q = v.tokens[a.s - 1];
    const head = v.tokens[a.s - 2];
    if (!a.person && q?.text === '«' && head && head.sentence === q.sentence && v.actorAt[a.s - 2] === -1 && isNounLike(head) && !head.tag?.includes('prop')) {
      const c = caseOf(head);
      // (a name in the genitive depends on the noun — "на саміті «коаліції охочих»" — and keeps its case)
      if (c && c !== 'any' && c !== 'rod' && a.case !== 'rod') a.case = c;
    }
    if (!a.person) continue;
    let i = a.s - 1;
    const between: number[] = [];
    while (i >= 0 && v.tokens[i]!.sentence === v.tokens[a.s]!.sentence) {
      const t = v.tokens[i]!;
      const act = v.actorAt[i]!;
      if (act !== -1 && act !== ai) {
        if (v.actors[act]!.person) break;
        // (a title the NER stage read as a body, ending in a role noun: "Верховного представника міжнародної спільноти
        // Крістіана Шмідта" — the person takes its case, the title and the genitives are modifiers)
        const title = v.actors[act]!;
        // (adjectives and the role noun only: "Офісу президента" is a body whose head is no role)
        let adjs = true;
        for (let k = title.s; k < title.e - 1; k++) if (!isAdjLike(v.tokens[k]!)) adjs = false;
        if (title.type === 'ORG' && title.e - title.s <= 3 && adjs && isRole(title.e - 1) && isNounLike(v.tokens[title.e - 1]!)) {
          const c = caseOf(v.tokens[title.e - 1]!);
          if (c && c !== 'any') a.case = c;
          for (const b of between) modifiers.add(b);
          modifiers.add(act);
          break;
        }
        between.push(act);
        i = v.actors[act]!.s - 1;
        continue;
      }
      const c = caseOf(t);
      // A noun in the genitive right after another noun depends on it ("з прав людини", "посланець президента"):
      // a modifier of the role phrase, not the role itself.
      const prev = v.tokens[i - 1];
      const dependent = c === 'rod' && !!prev && prev.sentence === t.sentence && isNounLike(prev) && v.actorAt[i - 1] === -1;
      if (dependent) {
        i--;
        continue;
      }
      if (isNounLike(t) && (isRole(i) || (/:anim/.test(t.tag ?? '') && !t.tag?.includes('prop')))) {
        if (c && c !== 'any') a.case = c;
        for (const b of between) modifiers.add(b);
        break;
      }
      // (a coordinator inside a genitive remit: "із закордонних справ і безпекової політики")
      const coordInRemit = (t.pos === 'CCONJ' || /^conj:coord/.test(t.tag ?? '')) && i > 0 && caseOf(v.tokens[i - 1]!) === 'rod' && caseOf(v.tokens[i + 1]!) === 'rod';
      if (c === 'rod' || c === 'any' || isAdjLike(t) || t.text === '-' || isPrep(t) || t.text === '«' || t.text === '»' || coordInRemit) {
        i--;
        continue;
      }
      break;
    }
  }
  return modifiers;
}
