/**
 * In-document linking and actor coding. Every mention gets its canonical name; mentions of one thing join one
 * Entity: the same canonical name; a person's surname alone joins the full name ("Єрмак" → "Андрій Єрмак", by
 * lemma); an abbreviation joins its expansion (through the actor knowledge base, "ОП" → "Офіс президента", or by
 * initials, "ДБР" → "Державне бюро розслідувань"); names of one gazetteer entry join ("США", "Сполучені Штати").
 * Entities get actor codes (country, sector, KB id) and coordinates from the gazetteers, and a person introduced
 * with a title keeps it as actor.role ("державний секретар США Марко Рубіо": role "державний секретар", USA).
 */
import type { ActorCode, AnalyzedDocument, Entity, Mention, Token } from '../../types.js';
import type { GazetteerEntry, SectorLexicon } from '../../lang/uk/gazetteer/index.js';
import type { GazetteerMatch, GazetteerMatcher } from '../ner/gazetteer.js';
import { normKey } from '../ner/gazetteer.js';
import { canonicalName, tagInfo } from './canonical.js';
import { nameParticles, nicknameCues, SETTLEMENT_NOUN_LEMMAS, stateFormWords } from '../../lang/uk/gazetteer/index.js';
import { COUNTERPART_NOUNS, HEAD_WORDS } from '../../lang/uk/speech.js';
import { lemmaCandidates } from '../morph/index.js';
import { genitiveOfState } from '../../lang/uk/states.js';

/**
 * Two forms of one hyphenated surname ("львова-бєлова", "львової-бєлової"): every hyphen part agrees but for its last
 * two letters (at least four agree). Also used by the events stage to find a person named before.
 */
export function sameStem(a: string, b: string): boolean {
  const pa = a.split('-');
  const pb = b.split('-');
  if (pa.length !== pb.length || pa.length < 2) return false;
  return pa.every((x, i) => {
    const y = pb[i]!;
    const n = Math.min(x.length, y.length) - 2;
    return n >= 4 && x.slice(0, n) === y.slice(0, n);
  });
}

/**
 * Name particles join a person's name ("Урсула фон дер Ляєн"): a person mention followed, across particles only, by
 * one capitalised word the tagger gave another type is one name; a mention right after particles ("Фон дер Ляєн
 * оголосила") takes them in. Mentions are changed in place; those merged into another are returned.
 */
function joinParticles(adoc: AnalyzedDocument, sorted: Mention[]): Set<Mention> {
  const particles = nameParticles();
  const toks = adoc.tokens;
  const isParticle = (k: number): boolean => toks[k]?.kind === 'word' && particles.has(toks[k]!.text.toLowerCase());
  const gone = new Set<Mention>();
  const nameWord = (m: Mention): boolean => m.tokenEnd - m.tokenStart === 1 && /^\p{Lu}/u.test(m.text) && (m.type === 'PERS' || m.type === 'LOC' || m.type === 'ORG');
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (gone.has(m)) continue;
    const n = sorted[i + 1];
    if (m.type === 'PERS' && n && nameWord(n) && n.tokenStart > m.tokenEnd) {
      let ok = true;
      for (let k = m.tokenEnd; k < n.tokenStart && ok; k++) ok = isParticle(k);
      if (ok) {
        m.end = n.end;
        m.tokenEnd = n.tokenEnd;
        m.text = adoc.doc.text.slice(m.start, m.end);
        gone.add(n);
        continue;
      }
    }
    if (nameWord(m) || (m.type === 'PERS' && m.tokenEnd - m.tokenStart === 1)) {
      let k = m.tokenStart;
      while (k > 0 && isParticle(k - 1) && toks[k - 1]!.sentence === toks[m.tokenStart]!.sentence) k--;
      // ("партії, де Імамоглу був …": "де" after a comma opens a relative clause)
      if (k < m.tokenStart && toks[k]!.text === 'де' && k > 0 && toks[k - 1]!.text === ',') k++;
      if (k < m.tokenStart && !sorted.some((o) => o !== m && o.tokenEnd > k && o.tokenStart < m.tokenStart)) {
        m.tokenStart = k;
        m.start = toks[k]!.start;
        m.text = adoc.doc.text.slice(m.start, m.end);
        m.type = 'PERS';
      }
    }
  }
  return gone;
}

export interface LinkResources {
  matcher: GazetteerMatcher<GazetteerEntry>;
  sectors: SectorLexicon;
  roleHeads: Set<string>;
}

/** The cross-document key of a name: lowercase, apostrophes unified, spacing collapsed. */
export function normName(name: string): string {
  return collapseSpaces(normKey(name));
}

/**
 * `s.replace(/\s+/g, ' ').trim()`, without the regex where it would change nothing: no whitespace but single
 * spaces between other characters (a control character, though not whitespace, also takes the regex: that is safe).
 */
function collapseSpaces(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    const odd = c === 32
      ? i === 0 || i === last || s.charCodeAt(i - 1) === 32
      : c < 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
        || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (odd) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/** Prepositions of a posting inside a title ("посол України в Польщі", "представник України при ООН"). */
const POSTING_PREPS = new Set(['в', 'у', 'при']);

const FUNCTION_WORDS = new Set(['з', 'із', 'зі', 'і', 'й', 'та', 'в', 'у', 'на', 'до', 'для', 'по', 'при', 'про', 'о', 'щодо']);

/** Upper-case initials of a name's words ("Державне бюро розслідувань" → "ДБР"), function words skipped. */
export function initials(name: string): string {
  // (a loop, not filter/map/join: Array.prototype.map makes a holey array in optimised code and a packed one
  // otherwise, and the join after it was deoptimised whenever the kind it had seen changed)
  let s = '';
  for (const w of name.split(/[\s-]+/)) {
    if (!w || FUNCTION_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w)) continue;
    s += /^\p{Lu}+$/u.test(w) && w.length > 1 ? w : w[0].toUpperCase();
  }
  return s;
}

/**
 * The initials of a name's words up to the first capitalised word after its second (its owner: "Головне управління
 * розвідки | Міноборони України" → "ГУР"); '' when there is no such head of three words or more.
 */
function headInitials(name: string): string {
  const ws = name.split(/\s+/);
  let k = 1;
  while (k < ws.length && !/^\p{Lu}/u.test(ws[k]!)) k++;
  return k >= 3 && k < ws.length ? initials(ws.slice(0, k).join(' ')) : '';
}

function isAbbreviation(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

interface Work {
  m: Mention;
  toks: Token[];
  kb: GazetteerEntry | null;
  key: string | null;
  /** Word tokens of the mention, and the last of them. */
  words: number;
  lastWord: Token | undefined;
  /** Word and number tokens of the mention. */
  wordsAndNumbers: number;
  /** lastWordKeys() and initialsOf(), worked out on first use. */
  keys: LastWordKeys | null;
  initials: string | null;
  /** A person of the knowledge base found by kbPersonOf (a first name read another way, a name spelt another way). */
  kbLoose?: boolean;
}

/** normKey of the last word's lemma and text, normName of the canonical name: what a surname is compared with. */
interface LastWordKeys {
  lemma: string;
  text: string;
  name: string;
}

function newWork(m: Mention, toks: Token[], kb: GazetteerEntry | null): Work {
  let words = 0;
  let wordsAndNumbers = 0;
  let lastWord: Token | undefined;
  for (const t of toks) {
    if (t.kind === 'word') {
      words++;
      lastWord = t;
    }
    if (t.kind === 'word' || t.kind === 'number') wordsAndNumbers++;
  }
  return { m, toks, kb, key: null, words, lastWord, wordsAndNumbers, keys: null, initials: null };
}

/**
 * The group of a person named before with the same surname, whose first name is another reading of this mention's
 * first word or the other way round: "Марком" is the instrumental of both Марко and Марк, and the tagger may take
 * the wrong one ("Марк Рютте" … "з Марком Рютте" is one person). Null when there is none.
 */
function otherReadingOf(w: Work, groups: Map<string, Work[]>): string | null {
  const words = normName(w.m.canonical ?? '').split(' ');
  if (words.length < 2 || w.words < 2) return null;
  const rest = words.slice(1).join(' ');
  let readings: string[] | null = null;
  for (const [key, g] of groups) {
    if (!key.startsWith('PERS:')) continue;
    const other = key.slice(5).split(' ');
    if (other.length !== words.length || other[0] === words[0] || other.slice(1).join(' ') !== rest) continue;
    readings ??= lemmaCandidates(w.toks.find((t) => t.kind === 'word')!.text).map(normKey);
    const otherFirst = g[0]!.toks.find((t) => t.kind === 'word');
    if (readings.includes(other[0]!) || (otherFirst && lemmaCandidates(otherFirst.text).map(normKey).includes(words[0]!))) return key;
  }
  return null;
}

/**
 * The keys of a grouped mention's last word (its mention and canonical name no longer change once it is in a group:
 * pass 2 changes a mention before adding it).
 */
function lastWordKeys(x: Work): LastWordKeys {
  if (!x.keys) {
    const last = x.lastWord!;
    x.keys = { lemma: normKey(last.lemma ?? last.text), text: normKey(last.text), name: normName(x.m.canonical ?? '') };
  }
  return x.keys;
}

function initialsOf(x: Work): string {
  if (x.initials === null) x.initials = initials(x.m.canonical ?? x.m.text);
  return x.initials;
}

/** Word tokens of a person mention that are not name particles ("фон", "дер"). */
function nameWordCount(toks: Token[], particles: Set<string>): number {
  let n = 0;
  for (const t of toks) if (t.kind === 'word' && !particles.has(t.text.toLowerCase())) n++;
  return n;
}

/** The gazetteer entry naming the whole mention (surrounding quotes/punctuation aside), or null. */
export function kbEntryOf(toks: Token[], matcher: GazetteerMatcher<GazetteerEntry>): GazetteerEntry | null {
  let a = 0;
  let b = toks.length;
  while (a < b && toks[a].kind === 'punct') a++;
  while (b > a && toks[b - 1].kind === 'punct') b--;
  if (a >= b) return null;
  const inner = toks.slice(a, b);
  const hits = matcher.match(inner);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === inner.length ? hits[0].entry : null;
}

/**
 * The person of the knowledge base a full name names that the matcher missed as a whole: its last word is that
 * person's surname (an alias of one word) and its first word is, by one reading, the first word of one of that
 * person's names of two words or more — "Марком Рютте", where the tagger took "Марком" for a form of "Марко";
 * "Реджеп Тайїп Ердоган" beside "Реджеп Таїп Ердоган". Null otherwise.
 */
export function kbPersonOf(toks: Token[], matcher: GazetteerMatcher<GazetteerEntry>): GazetteerEntry | null {
  const words = toks.filter((t) => t.kind === 'word' && !nameParticles().has(t.text));
  if (words.length < 2) return null;
  // (the surname with the particles before it, as the knowledge base writes it: "Урсулу | фон дер Ляєн")
  let from = toks.lastIndexOf(words[words.length - 1]!);
  while (from > 0 && nameParticles().has(toks[from - 1]!.text)) from--;
  const tail = toks.slice(from);
  const hits = matcher.match(tail).filter((h) => h.start === 0 && h.end === tail.length);
  const kb = hits.length === 1 ? hits[0]!.entry : null;
  if (!kb || kb.kind !== 'person') return null;
  const first = words[0]!;
  const readings = new Set([normKey(first.text), normKey(first.lemma ?? first.text), ...lemmaCandidates(first.text).map(normKey)]);
  return kb.names.some((n) => {
    const ws = n.split(/\s+/);
    return ws.length >= 2 && readings.has(normKey(ws[0]!));
  }) ? kb : null;
}

/** Two names of as many words that differ at most in their first word. */
function sameButFirstWord(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  return x.length >= 2 && x.length === y.length && x.every((w, i) => i === 0 || normKey(w) === normKey(y[i]!));
}

/** Countries named inside a token range (gazetteer), first one. */
function countryIn(toks: Token[], matcher: GazetteerMatcher<GazetteerEntry>): string | undefined {
  return countryOfHits(matcher.match(toks));
}

function countryOfHits(hits: GazetteerMatch<GazetteerEntry>[]): string | undefined {
  for (const h of hits) if (h.entry.country && (h.entry.kind === 'country' || h.entry.kind === 'org')) return h.entry.country;
  return undefined;
}

function headLemma(toks: Token[]): string | undefined {
  for (const t of toks) if ((t.tag ?? '').startsWith('noun')) return normKey(t.lemma ?? t.text);
  return undefined;
}

/** Role phrase of a JOB mention: its canonical name without a trailing country name; lowercase unless a proper name. */
function rolePhrase(phrase: Token[], res: LinkResources, text: string): { role: string; country?: string } {
  let toks = phrase;
  let country: string | undefined;
  const hits = res.matcher.match(toks);
  const last = hits[hits.length - 1];
  if (last && last.end === toks.length && last.start > 0 && last.entry.kind === 'country') {
    country = last.entry.country;
    toks = toks.slice(0, last.start);
  } else {
    country = countryIn(toks, res.matcher);
  }
  let role = canonicalName(toks, 'JOB', text);
  const first = toks[0];
  if (first && !(first.tag ?? '').includes('prop') && !isAbbreviation(first.text)) role = role.charAt(0).toLowerCase() + role.slice(1);
  return { role, ...(country ? { country } : {}) };
}

/**
 * Key of a role phrase for matching later role-only mentions: lemmas up to the head noun, through synonyms. With
 * `known`, a phrase without adjectives must be headed by a role noun of roles.json (a JOB mention needs not be).
 */
export function roleKeyOf(toks: Token[], res: LinkResources, known = false): string | null {
  const parts: string[] = [];
  for (const t of toks) {
    const b = (t.tag ?? '').split(':')[0];
    const l = normKey(t.lemma ?? t.text);
    if (b === 'adj') parts.push(l);
    else if (b === 'noun') {
      if (known && !res.roleHeads.has(l) && !parts.length) return null;
      parts.push(l);
      return res.sectors.roleKey(parts.join(' '));
    } else if (t.kind !== 'punct') break;
  }
  return null;
}

/** Organisations are compared by KB id when they have one ("ОП" and "Офіс президента"), else by entity id. */
function orgKey(e: Entity): string {
  return e.actor?.kbId ? 'kb:' + e.actor.kbId : e.id;
}

export interface RoleRecord {
  /** Person entity id. */
  person: string;
  /** Role key (synonym group). */
  key: string;
  /** Entity id of the organisation the role belongs to, when named. */
  org?: string;
  country?: string;
  /** Sector of that organisation, when known. */
  sector?: string;
  /** Token index where the introduction starts. */
  at: number;
}

/** Links the mentions of `adoc` into entities (assigns mention.canonical, mention.entity, doc.entities). */
/**
 * The case of the title a person's name stands in apposition to: walking back from the name over the title's
 * genitive modifiers ("президент Європейської ради Антоніу Кошта", "міністр закордонних справ Угорщини …") to a
 * role noun. Undefined when no title stands right before the name.
 */
/**
 * A place's name after its settlement's kind noun that the tagger read as a genitive where the noun is in another case
 * ("у місті Вілья-Нуева", read as the genitive of "Вілья-Нуево"): a name in apposition that does not agree with the
 * noun is the nominative, as written.
 */
function settlementApposition(tokens: Token[], start: number, end: number): boolean {
  const noun = tokens[start - 1];
  if (!noun || noun.sentence !== tokens[start]!.sentence || !SETTLEMENT_NOUN_LEMMAS.includes((noun.lemma ?? '').toLowerCase()) || !/^\p{Ll}/u.test(noun.text)) return false;
  const nounCase = /:(v_[a-z]+)/.exec(noun.tag ?? '')?.[1];
  const words = tokens.slice(start, end).filter((t) => t.kind === 'word');
  return !!nounCase && nounCase !== 'v_rod' && words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text) && /:v_rod(:|$)/.test(t.tag ?? ''));
}

export function appositionCase(tokens: Token[], start: number, roleHeads: Set<string>, out?: { title?: number }): string | undefined {
  const sentence = tokens[start]?.sentence;
  // a genitive title may itself modify an earlier one ("радником президента Франції …"): the outer one counts
  let found: string | undefined;
  // "Юлія Свириденко і Петр Фіала": a name coordinated right after another person's name is in that name's case
  // (the tagger reads a foreign first name in any case: "Петр" as a genitive plural of "Петра")
  const co = tokens[start - 1];
  // (unless the name's own first name shows an instrumental no other case has: "… Метте Фредеріксен і Йонасом Гаром
  // Стере"; a foreign first name read as a genitive says nothing — "Петр" as the plural of "Петра")
  const own = tokens[start] ? tagInfo(tokens[start]!) : undefined;
  const ownCase = !!own && own.fname && !own.nv && own.kase === 'v_oru';
  if (co && co.sentence === sentence && /^(і|й|та)$/.test(co.text.toLowerCase()) && !ownCase) {
    for (let k = start - 2; k >= 0 && k >= start - 4 && tokens[k]!.sentence === sentence && /:prop:(l|f)name/.test(tokens[k]!.tag ?? ''); k--) {
      const info = tagInfo(tokens[k]!);
      if (!info.nv && info.kase) return info.kase;
    }
  }
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return found;
    // (a quoted name inside the title keeps its nominative: "лідера руху «Грузинський шлях» Давіта Ломідзе")
    if (t.text === '»') {
      let q = k - 1;
      while (q > 0 && q > k - 8 && tokens[q]!.sentence === sentence && tokens[q]!.text !== '«') q--;
      if (tokens[q]?.text === '«') k = q;
      continue;
    }
    if (t.text === '«') continue;
    // (a coordinator inside the title's remit: "із закордонних справ і безпекової політики")
    if ((t.tag ?? '').startsWith('conj:coord') && k > 0 && tagInfo(tokens[k - 1]!).kase === 'v_rod' && tagInfo(tokens[k + 1]!).kase === 'v_rod') continue;
    const info = tagInfo(t);
    const pos = info.pos;
    const kase = info.kase;
    // (by lemma, or by form where the tagger took another lemma: "з прем’єрами" read as "прем’єра")
    // (the words for a body's head are titles here, "глава" too, which is no role of the NER gazetteer — its feature
    // would change: "Глава МЗС Латвії Байба Браже")
    if (pos === 'noun' && t.lemma && (isRoleHead(t.lemma, roleHeads) || HEAD_WORDS.has(t.lemma.toLowerCase()) || COUNTERPART_NOUNS.has(t.lemma.toLowerCase()) || roleByForm(t.text, roleHeads))) {
      // (a person's genitive never ends in -у/-ю: "командувачу" read as an inanimate genitive is the dative)
      found = kase === 'v_rod' && /[ую]$/.test(t.text) ? 'v_dav' : kase;
      if (out) out.title = k;
      if (kase !== 'v_rod') return kase;
      continue;
    }
    // modifiers of the title: adjectives and nouns in the genitive, abbreviations ("США", "ЄС"), a prepositional
    // phrase ("представниця ЄС із закордонних справ", "уповноважений у справах …")
    // (a numeral of the remit too: "міністри оборони двох країн Нуну Мелу та …")
    if ((pos === 'noun' || pos === 'adj' || pos === 'numr') && (kase === 'v_rod' || info.nv || isAbbreviation(t.text))) continue;
    // (a state's genitive in "-у"/"-ю" the tagger read as a dative, the first name it also is: "прем’єр-міністр
    // Маврикію Навінчандра Рамгулам")
    if (pos === 'noun' && kase === 'v_dav' && /^\p{Lu}\p{Ll}+[ую]$/u.test(t.text)) continue;
    if ((pos === 'noun' || pos === 'adj') && kase === 'v_mis') continue;
    if (pos === 'prep' && TITLE_PREPS.has(t.text.toLowerCase())) continue;
    return found;
  }
  return found;
}

/** Feminine title nouns used of men and women alike. */
const COMMON_GENDER_TITLES: ReadonlySet<string> = new Set(['голова', 'глава', 'суддя']);

/** Prepositions inside a title ("представниця ЄС із закордонних справ"). */
const TITLE_PREPS = new Set(['з', 'із', 'зі', 'у', 'в']);

/** Per role-noun set: whether a lemma (lowercased, apostrophes as ') is one of them, memoised per lemma string. */
const roleHeadMemo = new WeakMap<Set<string>, Map<string, boolean>>();

/** A lower-case form that begins with a role noun of four letters or more ("прем’єрами"), whatever its lemma. */
const roleFormMemo = new Map<string, boolean>();
function roleByForm(text: string, roleHeads: Set<string>): boolean {
  let r = roleFormMemo.get(text);
  if (r === undefined) {
    r = false;
    if (/^\p{Ll}/u.test(text)) {
      const low = text.replace(/[’ʼ`]/g, "'");
      for (const h of roleHeads) if (h.length >= 4 && !h.includes(' ') && low.startsWith(h) && low.length - h.length <= 3) { r = true; break; }
    }
    if (roleFormMemo.size > 50_000) roleFormMemo.clear();
    roleFormMemo.set(text, r);
  }
  return r;
}

function isRoleHead(lemma: string, roleHeads: Set<string>): boolean {
  let memo = roleHeadMemo.get(roleHeads);
  if (!memo) roleHeadMemo.set(roleHeads, (memo = new Map()));
  let r = memo.get(lemma);
  if (r === undefined) {
    r = roleHeads.has(lemma.toLowerCase().replace(/[’ʼ`]/g, "'"));
    if (memo.size > 50000) memo.clear();
    memo.set(lemma, r);
  }
  return r;
}

export function linkDocument(adoc: AnalyzedDocument, res: LinkResources): void {
  roleCache.delete(adoc);
  const text = adoc.doc.text;
  // kbEntryOf over a token range depends on the range's tokens alone: asked once per range
  const kbMemo = new Map<number, GazetteerEntry | null>();
  const kbOfRange = (from: number, to: number): GazetteerEntry | null => {
    // a small integer key (a range under 1024 tokens starting before token 2^20), else a negative one that cannot collide
    const key = to >= from && to - from < 1024 && from < 1048576 ? from * 1024 + (to - from) : -(from * 67108864 + to) - 1;
    let kb = kbMemo.get(key);
    if (kb === undefined) {
      kb = kbEntryOf(adoc.tokens.slice(from, to), res.matcher);
      kbMemo.set(key, kb);
    }
    return kb;
  };
  // A title that takes in its organisation ("Керівник Офісу президента" as one JOB span): the organisation the
  // knowledge base knows at its end is a mention of its own, so that "ОП" links to it.
  for (const m of [...adoc.mentions]) {
    if (m.type !== 'JOB' || m.tokenEnd - m.tokenStart < 2) continue;
    for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) {
      const kb = kbOfRange(k, m.tokenEnd);
      if (!kb || kb.type !== 'ORG' || adoc.mentions.some((o) => o.tokenStart === k && o.tokenEnd === m.tokenEnd)) continue;
      const first = adoc.tokens[k]!;
      const last = adoc.tokens[m.tokenEnd - 1]!;
      adoc.mentions.push({ start: first.start, end: last.end, text: adoc.doc.text.slice(first.start, last.end), type: 'ORG', sentence: m.sentence, tokenStart: k, tokenEnd: m.tokenEnd });
      break;
    }
  }
  let sorted = [...adoc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = joinParticles(adoc, sorted);
  if (merged.size) {
    sorted = sorted.filter((m) => !merged.has(m));
    adoc.mentions = adoc.mentions.filter((m) => !merged.has(m));
  }
  const startsAt = new Map<number, Mention>();
  for (const m of sorted) startsAt.set(m.tokenStart, m);
  const foreign = new Map<Mention, string>();
  const works: Work[] = new Array<Work>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const toks = adoc.tokens.slice(m.tokenStart, m.tokenEnd);
    const title: { title?: number } = {};
    const context = appositionCase(adoc.tokens, m.tokenStart, res.roleHeads, title);
    // A capitalised first name and surname after a title are a person's even when tagged a place or a body
    // ("Прем’єр-міністерка Італії Джорджа Мелоні").
    if ((m.type === 'LOC' || m.type === 'ORG') && context) {
      // (name particles inside are no words of their own: "Луїсу Інасіу Лулі да Сілві")
      const words = toks.filter((t) => t.kind === 'word' && !nameParticles().has(t.text));
      // (either name read as one: "Мінору Кіхара" with "Мінору" read as a form of "мінор")
      // (or, unknown words both, in the title's own case other than the genitive: "Радник … з правових питань Асіф
      // Назрул" — a body or place after a title is its genitive)
      const titleCase = context !== 'v_rod' && words.length === 2 && words.every((t) => tagInfo(t).kase === context);
      if (words.length >= 2 && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && (/:(fname|lname)/.test(words[0]!.tag ?? '') || /:(fname|lname)/.test(words[words.length - 1]!.tag ?? '') || titleCase)
        && !kbOfRange(m.tokenStart, m.tokenEnd)) m.type = 'PERS';
    }
    // (a feminine title names a woman: "прем’єр-міністерці Італії Джорджі Мелоні")
    // (not "голова"/"глава", feminine nouns for either sex, before a man's first name: "голови МАГАТЕ Рафаеля Гроссі")
    const titleTok = title.title !== undefined ? adoc.tokens[title.title]! : undefined;
    const female = !!titleTok && /^noun:[a-z]+:f:/.test(titleTok.tag ?? '')
      && !(COMMON_GENDER_TITLES.has((titleTok.lemma ?? '').toLowerCase()) && toks.some((t) => /^noun:anim:m:.*:fname/.test(t.tag ?? '')));
    m.canonical = canonicalName(toks, m.type, text, m.type === 'PERS' ? context : undefined, female);
    if (m.type === 'LOC' && settlementApposition(adoc.tokens, m.tokenStart, m.tokenEnd)) m.canonical = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
    const kbAllowed = m.type === 'ORG' || m.type === 'LOC' || m.type === 'PERS' || m.type === 'MISC';
    let kb = kbAllowed ? kbOfRange(m.tokenStart, m.tokenEnd) : null;
    let kbLoose = false;
    if (!kb && m.type === 'PERS') {
      kb = kbPersonOf(toks, res.matcher);
      // (loose only where the name is written otherwise; a first name the tagger read as another name's case form,
      // the rest as the knowledge base writes it, is the knowledge base's name: "з Марком Карні" is "Марк Карні")
      // (nor where the surname is written in one of the case forms the knowledge base lists and its canonical form is
      // a misreading: "з Олафом Шольцем" read as "Шольець")
      const words = toks.filter((t) => t.kind === 'word');
      const lastForm = !!kb && words.length >= 2 && !!kb.forms?.includes(words[words.length - 1]!.text) && kb.names.some((n) => n.split(/\s+/).length === words.length);
      kbLoose = !!kb && !lastForm && !kb.names.some((n) => sameButFirstWord(n, m.canonical ?? ''));
    }
    // (a mention naming a person of the knowledge base is that person, whatever type the NER stage gave it:
    // "Луїсу Інасіу Лулі да Сілві" read as a body; its canonical name is read as a person's)
    if (kb && kb.type === 'PERS' && (m.type === 'ORG' || m.type === 'LOC')) {
      m.type = 'PERS';
      m.canonical = canonicalName(toks, 'PERS', text, context, female);
    }
    // "Державі Катар", "Королівства Нідерландів": a state's form before a country's name is that country
    if (!kb && (m.type === 'ORG' || m.type === 'LOC') && toks.length >= 2 && stateFormWords().has(normKey(toks[0]!.lemma ?? toks[0]!.text))) {
      const c = kbOfRange(m.tokenStart + 1, m.tokenEnd);
      if (c && c.kind === 'country') {
        kb = c;
        m.type = 'LOC';
      }
    }
    // "МЗС Франції": a body the KB knows for one country, named with another country right after it
    const next = startsAt.get(m.tokenEnd);
    if (kb && kb.kind === 'org' && next && (next.type === 'LOC' || next.type === 'ORG')) {
      const c = kbOfRange(next.tokenStart, next.tokenEnd);
      if (c && c.kind === 'country' && c.country && c.country !== kb.country) {
        foreign.set(m, c.country);
        kb = null;
        // (its name with that state's, as written: "в Збройних силах | Філіппін" → "Збройні сили Філіппін")
        if (m.canonical && /:v_rod(:|$)/.test(adoc.tokens[next.tokenStart]!.tag ?? '')) m.canonical = `${m.canonical} ${text.slice(next.start, next.end)}`;
      }
    }
    // "Рада Безпеки ООН … рішення Ради": a body's first word alone, after that body was named in full, is that body,
    // not the one the knowledge base gives the word alone (the Verkhovna Rada)
    if (m.type === 'ORG' && toks.length === 1 && toks[0]!.kind === 'word') {
      const word = normKey(toks[0]!.lemma ?? toks[0]!.text);
      for (let j = i - 1; j >= 0; j--) {
        const x = works[j];
        if (!x || x.m.type !== 'ORG' || x.words < 2 || x.kb === kb) continue;
        const first = x.toks.find((t) => t.kind === 'word');
        if (!first || normKey(first.lemma ?? first.text) !== word) continue;
        kb = x.kb;
        if (!kb) m.canonical = x.m.canonical;
        break;
      }
    }
    // a place the gazetteer knows is not a person ("до Лондона"); ORG/LOC stay as tagged (metonymy)
    if (kb && kb.type === 'LOC' && m.type === 'PERS') m.type = 'LOC';
    // (and a body the actor knowledge base knows is no person: "Укроборонпром і чеська компанія CSG")
    // (nor a place: "співробітники Росгвардії" with the body read as a place)
    if (kb && kb.type === 'ORG' && kb.kind === 'org' && (m.type === 'PERS' || m.type === 'LOC')) m.type = 'ORG';
    // "у Міністерстві оборони країни": the country is the state the sentence is about, named in its place
    // (the word may stand right after the mention: "в Міністерстві оборони | країни")
    const countryAfter = adoc.tokens[m.tokenEnd]?.text === 'країни' && !startsAt.has(m.tokenEnd);
    // (a body the knowledge base knows for one state is another's when that state is named: "Міністерство оборони")
    if (m.type === 'ORG' && (!kb || (countryAfter && kb.kind === 'org')) && (countryAfter || (toks.length >= 2 && toks[toks.length - 1]!.text === 'країни' && m.canonical?.endsWith(' країни')))) {
      const state = sentenceState(adoc, works, i, m, kbOfRange);
      const gen = state && (!kb || state.country !== kb.country) ? genitiveOfState(state.name) : null;
      if (gen) {
        m.canonical = countryAfter ? `${m.canonical} ${gen}` : m.canonical!.slice(0, -'країни'.length) + gen;
        if (kb && state!.country) foreign.set(m, state!.country);
        kb = null;
      }
    }
    works[i] = newWork(m, toks, kb);
    if (kbLoose) works[i]!.kbLoose = true;
  }
  indeclinableSurnames(adoc, works);
  recoverSurnames(adoc, works);
  samePlaceForms(works);
  const groups = new Map<string, Work[]>();
  const add = (w: Work, key: string): void => {
    w.key = key;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(w);
  };
  // pass 1: full names, KB names, everything that names itself
  const deferred: Work[] = [];
  const particles = nameParticles();
  const surnames = new Set<string>();
  for (const w of works) {
    if (w.m.type === 'PERS' && (!w.kb || w.kb.type === 'PERS') && w.words >= 2) {
      surnames.add(normKey(w.lastWord!.text));
      // (and as its canonical name has it: "Герат" of "Віджитою Гератом", for "За словами Герата" read as the city)
      const c = (w.m.canonical ?? '').split(/\s+/).pop();
      if (c && /^\p{Lu}/u.test(c)) surnames.add(normKey(c));
    }
    const given = foreignGivenName(w);
    if (given) surnames.add(normKey(given));
    // (a name of three words or more may be shortened to a middle one: "Луїс Інасіу Лула да Сілва" … "Лула")
    if (w.m.type === 'PERS' && (!w.kb || w.kb.type === 'PERS') && w.words >= 3) {
      const ws = (w.m.canonical ?? w.m.text).split(/\s+/);
      for (let k = 1; k < ws.length - 1; k++) if (/^\p{Lu}\p{Ll}{2,}$/u.test(ws[k]!)) surnames.add(normKey(ws[k]!));
    }
  }
  // A body of two words or more named again without its state ("Конституційного суду" after "Конституційний суд
  // Румунії"): the one body named before with a place in the genitive after the same words, else null.
  const bodyNamedWithPlace = (key: string): string | null => {
    let found: string | null = null;
    for (const [g, ws] of groups) {
      if (!g.startsWith(key + ' ') || g.slice(key.length + 1).includes(' ') || !/:v_rod:.*prop:geo|prop:geo.*:v_rod/.test(ws[0]?.lastWord?.tag ?? '')) continue;
      if (found) return null;
      found = g;
    }
    return found;
  };
  // A surname in another case ("Львової-Бєлової" for "Львова-Бєлова"): each hyphen part agrees up to its ending.
  const surnameOfText = (text: string): string | null => {
    const k = normKey(text);
    if (surnames.has(k)) return k;
    for (const s of surnames) if (sameStem(s, k)) return s;
    return null;
  };
  // (or by its lemma: "Лубінця" for "Лубінець", where the form is not the name's with another ending)
  const surnameOf = (t: Token): string | null => surnameOfText(t.text) ?? (t.lemma ? surnameOfText(t.lemma) : null);
  const cues = nicknameCues();
  for (const w of works) {
    // ("Жиммі Шерізьє, відомий на прізвисько Барбекю": a nickname is the person named right before it)
    const t0 = w.m.tokenStart;
    if (t0 >= 2 && cues.some(([a, b]) => adoc.tokens[t0 - 2]!.text.toLowerCase() === a && adoc.tokens[t0 - 1]!.text.toLowerCase() === b)) {
      let owner: Work | undefined;
      for (let o = works.length - 1; o >= 0 && !owner; o--) {
        const x = works[o]!;
        if (x.m.start < w.m.start && x.m.type === 'PERS' && x.m.sentence === w.m.sentence && x.key !== null) owner = x;
      }
      if (owner) {
        w.m.type = 'PERS';
        add(w, owner.key!);
        continue;
      }
    }
    // ("Центральної виборчої комісії Молдови … від ЦВК": the abbreviation of a body the knowledge base knows for one
    // state is the other state's body named in full before it)
    if (w.kb && w.m.type === 'ORG' && w.toks.length === 1 && isAbbreviation(w.toks[0]!.text)) {
      const prefix = 'ORG:' + normName(w.kb.name) + ' ';
      const x = works.find((o) => o !== w && o.m.start < w.m.start && !o.kb && o.key?.startsWith(prefix));
      if (x) {
        w.kb = null;
        add(w, x.key!);
        continue;
      }
    }
    // (a surname alone that the knowledge base knows waits for the full names: "Клименко" after "Олександр Клименко"
    // is that man, not the knowledge base's; with none in the document it is the knowledge base's person)
    // (also over the knowledge base's body of that name: "Конституційного суду" after "Конституційний суд Румунії" is
    // not Ukraine's)
    const withPlace = w.kb && w.kb.type === 'ORG' && w.m.type === 'ORG' && w.words >= 2 ? bodyNamedWithPlace('ORG:' + normName(w.m.canonical ?? w.m.text)) : null;
    // (and an abbreviation of a body named before in full with its owner: "ГУР" after "Головного управління розвідки
    // Міноборони України" is that body, not the knowledge base's entry of the abbreviation alone)
    let headOf: string | undefined;
    if (!withPlace && w.kb && w.toks.length === 1 && isAbbreviation(w.m.text)) {
      for (const [k, gg] of groups) if (k.startsWith('ORG:') && headInitials(gg[0]!.m.canonical ?? gg[0]!.m.text) === w.m.text) headOf = k;
    }
    // (a place's name that is the surname of a person named in full before, not after a preposition of place: "За
    // словами Герата" after "міністром … Віджитою Гератом" is the man, not the Afghan city)
    const prevTok = adoc.tokens[w.m.tokenStart - 1];
    const surnameNotPlace = !!w.kb && w.kb.type === 'LOC' && w.kb.kind !== 'country' && w.toks.length === 1 && /^\p{Lu}\p{Ll}/u.test(w.toks[0]!.text)
      && !(prevTok && prevTok.pos === 'ADP') && surnameOf(w.toks[0]!) !== null;
    if (surnameNotPlace) {
      w.kb = null;
      deferred.push(w);
    } else if (withPlace) {
      w.kb = null;
      add(w, withPlace);
    } else if (headOf) {
      w.kb = null;
      w.m.type = 'ORG';
      add(w, headOf);
    } else if (w.kb && !(w.kb.type === 'PERS' && w.m.type === 'PERS' && nameWordCount(w.toks, particles) === 1)) add(w, 'kb:' + w.kb.id);
    else if (w.m.type === 'PERS' && nameWordCount(w.toks, particles) === 1) deferred.push(w);
    // a single capitalised word tagged a place or a body may be a surname named before ("Шмигаль", "Гроссі")
    // (or any other type: "повідомила Браже" tagged a date)
    else if (w.m.type !== 'PERS' && w.m.type !== 'JOB' && w.toks.length === 1 && /^\p{Lu}/u.test(w.toks[0]!.text) && !isAbbreviation(w.toks[0]!.text) && surnameOf(w.toks[0]!)) deferred.push(w);
    else if (w.m.type === 'ORG' && w.toks.length === 1 && isAbbreviation(w.toks[0].text)) deferred.push(w);
    else {
      let key = w.m.type + ':' + normName(w.m.canonical ?? w.m.text);
      // a name read as MISC once and as an organisation before ("депозитарію Euroclear … У Euroclear назвали") is that
      // organisation
      if (w.m.type === 'MISC' && !groups.has(key) && groups.has('ORG:' + normName(w.m.canonical ?? w.m.text))) {
        key = 'ORG:' + normName(w.m.canonical ?? w.m.text);
        w.m.type = 'ORG';
      }
      if (w.m.type === 'ORG' && w.words >= 2 && !groups.has(key)) key = bodyNamedWithPlace(key) ?? key;
      add(w, w.m.type === 'PERS' && !groups.has(key) ? (otherReadingOf(w, groups) ?? key) : key);
    }
  }
  // pass 2: surnames and abbreviations join the nearest preceding full form (else the first following one)
  for (const w of deferred) {
    let best: string | null = null;
    let bestDist = Infinity;
    // (the same for every group: worked out once)
    const asPerson = w.m.type === 'PERS' || (w.m.type !== 'JOB' && !!surnameOf(w.toks[0]!));
    let lemma: string | null = null;
    let surface = '';
    let written = '';
    // (a first name alone — "Дякую, Аніто" — joins the one person of the document named with it first; so does a
    // family name written first: "за словами Ліня" after "Лінь Цзянь")
    const singleWord = w.m.type === 'PERS' && w.words === 1;
    let byOpeningWord = 0;
    let openingWordKey: string | null = null;
    let openingBefore = 0;
    let openingNearestKey: string | null = null;
    for (const [key, g] of groups) {
      const first = g[0];
      // (an abbreviation the model typed otherwise may still be an organisation's: "повідомили в ГУР", read as a place)
      const abbrOfOrg = first.m.type === 'ORG' && w.m.type !== 'PERS' && isAbbreviation(w.m.text);
      if (first.m.type !== w.m.type && !(asPerson && first.m.type === 'PERS') && !abbrOfOrg) continue;
      let ok = false;
      if (asPerson && first.m.type === 'PERS') {
        if (lemma === null) {
          lemma = normKey(w.toks.find((t) => t.kind === 'word')?.lemma ?? w.m.text);
          surface = normKey(w.m.canonical ?? w.m.text);
          written = normKey(w.m.text);
        }
        for (const x of g) {
          if (x.words < 2) continue;
          const keys = lastWordKeys(x);
          // (or the surname as written, where its canonical form is a wrong guess: "аш-Шараа" read as "аш-Шара")
          // (or as written, the full name's canonical surname: "Дбейба відкинув" after "Абдель Хаміда Дбейби", where the
          // short form's own lemma is a wrong guess, "Дбейб")
          if (keys.lemma === lemma || keys.text === surface || keys.text === written || keys.name.endsWith(' ' + surface) || keys.name.endsWith(' ' + written)
            || (x.words >= 3 && keys.name.includes(' ' + surface + ' '))
            || (w.m.type !== 'PERS' && sameStem(keys.text, surface))
            // (a short man's surname in a case form the tagger took for another name: "Дана" after "Нікушор Дан")
            || (singleWord && shortSurnameForm(keys.text, written))
            // (a middle name in a case form the tagger lemmatised wrongly: "Чіромі" → "Чіром" after "Ісса Чірома
            // Бакарі")
            || (singleWord && x.words >= 3 && surnameOfForm(w.m.text, middleWordsOf(x)) !== null)
            // (a surname in "-а" in another case, its lemma guessed as one in a consonant: "Уаттару" after "Алассан
            // Уаттара", read as the dative of "Уаттар")
            || (singleWord && keys.text.endsWith('а') && surnameOfForm(written!, [keys.text]) !== null)
            // (the full name's surname left in the accusative in "-у", the short one in "-а": "Пітера Мутаріку" …
            // "Мутаріка заявив")
            || (singleWord && keys.text.endsWith('у') && written === `${keys.text.slice(0, -1)}а`)) {
            ok = true;
            break;
          }
        }
        // (also a word of another type that is a first name the lexicon does not know: "– сказав Прабово" read as a
        // place)
        if (!ok && (singleWord || w.toks.length === 1)) {
          const x0 = g.find((x) => x.words >= 2);
          const f0 = x0?.toks.find((t) => t.kind === 'word');
          if (f0 && (singleWord ? normKey(f0.lemma ?? f0.text) === lemma : foreignGivenName(x0!) === w.toks[0]!.text)) {
            byOpeningWord++;
            openingWordKey = key;
            // (of several, the only one named before it: "Юн Сок Йоль … Юн … адвокат Юн Габ Гин"; two Anitas named
            // before "Аніті" stay a guess not made)
            if (x0!.m.start < w.m.start) {
              openingBefore++;
              openingNearestKey = key;
            }
          }
        }
      } else {
        // (or an acronym in brackets right after the full name: "Командування США в Африці (AFRICOM)")
        const bracketed = adoc.tokens[w.m.tokenStart - 1]?.text === '(' && adoc.tokens[w.m.tokenEnd]?.text === ')' && isAbbreviation(w.m.text);
        for (const x of g) {
          // (and the acronym again, once a group has it: "… (AFRICOM)" … "У AFRICOM заявили")
          // (or the initials of the name's head before its owner: "ГУР" for "Головне управління розвідки Міноборони
          // України")
          if ((x.toks.length > 1 && (initialsOf(x) === w.m.text || headInitials(x.m.canonical ?? x.m.text) === w.m.text)) || (bracketed && x.m.tokenEnd === w.m.tokenStart - 1 && x.toks.length > 1) || (x.m.text === w.m.text && g.length > 1)) {
            ok = true;
            break;
          }
        }
      }
      if (!ok) continue;
      let nearest = Infinity;
      for (const x of g) {
        const d = x.m.start <= w.m.start ? w.m.start - x.m.start : 1e9 + x.m.start - w.m.start;
        if (d < nearest) nearest = d;
      }
      if (nearest < bestDist) {
        bestDist = nearest;
        best = key;
      }
    }
    if (!best && byOpeningWord === 1) best = openingWordKey;
    else if (!best && byOpeningWord > 1 && openingBefore === 1) best = openingNearestKey;
    if (best && w.m.type !== 'PERS' && best.startsWith('PERS:')) {
      w.m.type = 'PERS';
      w.m.canonical = w.m.text;
    }
    if (w.kb && best && best !== 'kb:' + w.kb.id) w.kb = null;
    add(w, best ?? (w.kb ? 'kb:' + w.kb.id : w.m.type + ':' + normName(w.m.canonical ?? w.m.text)));
  }
  // entities in order of first mention
  const ordered = [...groups.values()].sort((a, b) => a[0].m.start - b[0].m.start);
  const entities: Entity[] = [];
  for (let k = 0; k < ordered.length; k++) entities.push(entityOfGroup(ordered[k]!, k, foreign, res));
  adoc.entities = entities;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const r of roleRecords(adoc, res)) {
    const p = byId.get(r.person);
    if (!p || p.actor?.role) continue;
    const intro = introductionOf(adoc, r.at, res);
    if (!intro) continue;
    const actor: ActorCode = { ...(p.actor ?? {}), role: intro.role };
    if (!actor.country && r.country) actor.country = r.country;
    const sector = r.sector ?? intro.sector;
    if (!actor.sector && sector) actor.sector = sector;
    p.actor = actor;
  }
}

/**
 * The state a sentence is about, for a body "of the country" named in it (works before `i` are done): the state
 * that is the sentence's subject ("Південна Корея … припинила …, повідомили в Міністерстві оборони країни"), else the
 * one named last in the sentence's place ("в Хатлонській області Таджикистану"); its gazetteer entry, or null.
 */
function sentenceState(adoc: AnalyzedDocument, works: Work[], i: number, m: Mention, kbOfRange: (from: number, to: number) => GazetteerEntry | null): GazetteerEntry | null {
  let located: GazetteerEntry | null = null;
  for (let j = 0; j < i; j++) {
    const w = works[j]!;
    if (w.m.sentence !== m.sentence || (w.m.type !== 'LOC' && w.m.type !== 'ORG')) continue;
    if (w.kb?.kind === 'country') {
      const first = adoc.tokens[w.m.tokenStart]!;
      if (/:v_naz(:|$)/.test(first.tag ?? '')) return w.kb;
      const before = adoc.tokens[w.m.tokenStart - 1];
      // (the state of a body that is the subject: "Поліція Азербайджану провела обшук …, повідомили в Міністерстві
      // внутрішніх справ країни")
      if (before && before.sentence === m.sentence && /^noun.*:v_naz(:|$)/.test(before.tag ?? '') && (w.m.tokenStart - 1 === adoc.sentences[m.sentence]?.tokenStart)) return w.kb;
      if (before && (/^noun.*:v_mis(:|$)/.test(before.tag ?? '') || ['в', 'у', 'на'].includes(before.text.toLowerCase()))) located = w.kb;
    } else if (!w.kb && w.m.type === 'LOC' && ['в', 'у', 'на'].includes(adoc.tokens[w.m.tokenStart - 1]?.text.toLowerCase() ?? '')) {
      // (a region with its state after it: "в Хатлонській області Таджикистану")
      for (let k = w.m.tokenStart + 1; k < w.m.tokenEnd; k++) {
        const c = kbOfRange(k, w.m.tokenEnd);
        if (c?.kind === 'country') { located = c; break; }
      }
    }
  }
  return located;
}

/**
 * One place's form read two ways ("частину Гоми" as a plural name, "навколо Гоми" and "у Гомі" as "Гома"): a
 * one-word place written alike is the place the knowledge base found for another of its mentions, else the name
 * most of the document's mentions give.
 */
function samePlaceForms(works: Work[]): void {
  const byForm = new Map<string, Work[]>();
  const count = new Map<string, number>();
  for (const w of works) {
    if (w.m.type !== 'LOC' || w.toks.length !== 1 || !w.m.canonical) continue;
    const g = byForm.get(w.m.text);
    if (g) g.push(w);
    else byForm.set(w.m.text, [w]);
    if (!w.kb) count.set(w.m.canonical, (count.get(w.m.canonical) ?? 0) + 1);
  }
  for (const g of byForm.values()) {
    if (g.length < 2 || g.every((w) => w.m.canonical === g[0]!.m.canonical && w.kb === g[0]!.kb)) continue;
    const kbs = [...new Set(g.map((w) => w.kb).filter((k) => k !== null))];
    if (kbs.length === 1) {
      const known = g.find((w) => w.kb)!;
      for (const w of g) if (!w.kb) {
        w.kb = known.kb;
        w.m.canonical = known.m.canonical;
      }
      continue;
    }
    if (kbs.length) continue;
    const names = [...new Set(g.map((w) => w.m.canonical!))].sort((a, b) => count.get(b)! - count.get(a)!);
    if (count.get(names[0]!)! === count.get(names[1]!)!) continue;
    for (const w of g) w.m.canonical = names[0]!;
  }
  // (a form read as a plural-only name, "Гоми", with another case form of a place the knowledge base knows, "Гомі":
  // that place's genitive)
  for (const w of works) {
    if (w.m.type !== 'LOC' || w.kb || w.toks.length !== 1 || !/:ns(:|$)/.test(w.toks[0]!.tag ?? '') || w.m.text.length < 4) continue;
    const stem = w.m.text.slice(0, -1);
    const known = works.find((x) => x.kb && x.m.type === 'LOC' && x.toks.length === 1 && x.m.text !== w.m.text && x.m.text.slice(0, -1) === stem);
    if (known) {
      w.kb = known.kb;
      w.m.canonical = known.m.canonical;
    }
  }
}

/**
 * A surname written in one form only, that form the subject of a verb at a sentence's start ("Лекорню пообіцяв"), does
 * not decline: every mention keeps it as written ("Себастьєна Лекорню" → "Себастьєн Лекорню"), where the lexicon's
 * guess read it as a form of another word ("Лекорня"). A surname in an oblique ending of a declinable name ("Шольца
 * підтримав …", "Зеленського") is no witness; neither is one the document writes in two forms.
 */
function indeclinableSurnames(adoc: AnalyzedDocument, works: Work[]): void {
  const toks = adoc.tokens;
  // (each witness form with the lemma the lexicon guessed for it)
  let witnesses: Map<string, string> | null = null;
  for (const w of works) {
    if (w.m.type !== 'PERS' || w.words !== 1 || w.toks.length !== 1) continue;
    const t = w.toks[0]!;
    const k = w.m.tokenStart;
    const atStart = k === 0 || toks[k - 1]!.sentence !== t.sentence;
    const verb = toks[k + 1];
    // (a verb in the third person singular or the masculine past agrees with it)
    if (!atStart || !verb || verb.sentence !== t.sentence || !/^verb:.*:(past:m|s:3)(:|$)/.test(verb.tag ?? '')) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || /(а|я|ого|ому|ові|еві|єві|ою|ею|єю|ої|им|ім|ом|ем)$/u.test(t.text) || /:v_naz(:|$)/.test(t.tag ?? '')) continue;
    if (t.lemma && !witnesses?.has(t.text)) (witnesses ??= new Map()).set(t.text, t.lemma);
  }
  if (!witnesses) return;
  for (const [form, lemma] of witnesses) {
    const same = works.filter((w) => w.m.type === 'PERS' && w.lastWord && (w.lastWord.lemma === lemma || w.lastWord.text === form));
    if (same.length < 2 || same.some((w) => w.lastWord!.text !== form)) continue;
    for (const w of same) {
      const parts = (w.m.canonical ?? '').split(' ');
      if (parts.length && parts[parts.length - 1] !== form) {
        parts[parts.length - 1] = form;
        w.m.canonical = parts.join(' ');
      }
    }
  }
}

/**
 * The first word of a person's full name that the lexicon does not know as a first name ("Прабово Субіянто"): such a
 * person may be named by it alone ("Вчора Прабово пообіцяв"), as a surname is. Null otherwise.
 */
function foreignGivenName(w: Work): string | null {
  if (w.m.type !== 'PERS' || (w.kb && w.kb.type !== 'PERS') || w.words < 2) return null;
  const first = w.toks.find((t) => t.kind === 'word');
  if (!first || first === w.lastWord || first.tag?.includes('fname') || !/^\p{Lu}\p{Ll}{3,}$/u.test(first.text)) return null;
  return first.text;
}

/**
 * A surname the NER stage missed where it stands alone ("Сибіга закликав …" after "Андрія Сибігу", the tagger reading
 * it as a common noun): a capitalised word outside every mention that is, as written, the last word of a person's
 * full name in the document (its nominative canonical form or a written form) becomes a person mention, which the
 * linking passes then join to that person. Appends to `works` (kept in text order) and to adoc.mentions.
 */
function recoverSurnames(adoc: AnalyzedDocument, works: Work[]): void {
  // A full name in an oblique case whose surname the lexicon did not know ("Еммерсону Мнангагві", read as "Мнанга"),
  // and the surname alone in the nominative elsewhere ("Мнангагва заявляв"): that is the surname's nominative.
  for (const one of works) {
    if (one.m.type !== 'PERS' || one.words !== 1 || one.toks.length !== 1 || !/^\p{Lu}\p{Ll}{4,}$/u.test(one.toks[0]!.text)) continue;
    if (tagInfo(one.toks[0]!).kase !== 'v_naz') continue;
    const form = one.toks[0]!.text;
    for (const w of works) {
      if (w.m.type !== 'PERS' || w.words < 2 || !w.lastWord || w.lastWord.text === form) continue;
      const last = w.lastWord.text;
      let c = 0;
      while (c < last.length && c < form.length && last[c] === form[c]) c++;
      const parts = (w.m.canonical ?? '').split(/\s+/);
      // (only where the canonical surname lost part of the stem both forms share: "Мнанга", not "Зеленська" beside
      // "Зеленський", another person)
      const canon = parts[parts.length - 1] ?? '';
      if (c < 5 || c < form.length - 2 || c < last.length - 2 || parts.length < 2 || canon === form || canon.startsWith(form.slice(0, c))) continue;
      parts[parts.length - 1] = form;
      w.m.canonical = parts.join(' ');
    }
  }
  const surnames = new Set<string>();
  for (const w of works) {
    if (w.m.type !== 'PERS' || (w.kb && w.kb.type !== 'PERS') || w.words < 2 || !w.lastWord) continue;
    const parts = (w.m.canonical ?? '').split(/\s+/);
    const last = parts[parts.length - 1];
    // (also after a lower-case particle joined by a hyphen: "аль-Бусаїді")
    if (last && /^(\p{Ll}{1,3}-)?\p{Lu}\p{Ll}{2,}/u.test(last)) surnames.add(last);
    if (/^(\p{Ll}{1,3}-)?\p{Lu}\p{Ll}{2,}/u.test(w.lastWord.text)) surnames.add(w.lastWord.text);
    const given = foreignGivenName(w);
    if (given) surnames.add(given);
  }
  if (!surnames.size) return;
  const covered = new Uint8Array(adoc.tokens.length);
  for (const m of adoc.mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  let added = false;
  // A one-word mention of another type that is a case form of such a surname is that person ("подякував Кошті" after
  // "Антоніу Кошта": the model read the dative as a body's name, the lexicon as a form of "кошт").
  for (let n = 0; n < works.length; n++) {
    const w = works[n]!;
    if (w.m.type === 'PERS' || w.kb || w.toks.length !== 1 || w.words !== 1) continue;
    const s = surnameOfForm(w.toks[0]!.text, surnames);
    if (!s) continue;
    w.m.type = 'PERS';
    w.m.canonical = s;
    works[n] = newWork(w.m, w.toks, null);
    added = true;
  }
  for (let k = 0; k < adoc.tokens.length; k++) {
    const t = adoc.tokens[k]!;
    if (covered[k] || t.kind !== 'word' || !surnames.has(t.text)) continue;
    const m: Mention = { start: t.start, end: t.end, text: t.text, type: 'PERS', sentence: t.sentence, tokenStart: k, tokenEnd: k + 1, canonical: t.text };
    adoc.mentions.push(m);
    works.push(newWork(m, [t], null));
    added = true;
  }
  if (added) works.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
}

/** The capitalised words of a person's canonical name between its first and last. */
function middleWordsOf(x: Work): string[] {
  const ws = (x.m.canonical ?? x.m.text).split(/\s+/);
  return ws.slice(1, -1).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
}

/** Case endings a surname in -а/-я or in a consonant takes (the dative and locative "-і", the instrumental "-ою" …). */
const SURNAME_CASE_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'і', 'ою', 'ові', 'ом', 'ем', 'ю', 'я', 'ї', 'ею', 'єю', 'еві', 'єві']);

/** Endings of a man's surname in a consonant in the oblique cases ("Дан": "Дана", "Данові", "Даном", "Дану"). */
const SHORT_SURNAME_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'ові', 'ом', 'і']);

/** `form` is `surname` (three letters or more, ending in a consonant) with an oblique case ending (normKeys both). */
function shortSurnameForm(surname: string, form: string): boolean {
  return /[бвгґджзклмнпрстфхцчшщ]$/.test(surname) && surnameOfForm(form, [surname], 3, SHORT_SURNAME_ENDINGS) !== null;
}

/** The surname of `surnames` that `form` is a case form of ("Кошті" → "Кошта"; stems of four letters or more), else null. */
function surnameOfForm(form: string, surnames: Iterable<string>, minStem = 4, endings = SURNAME_CASE_ENDINGS): string | null {
  for (const s of surnames) {
    if (s === form) continue;
    const stem = /[ая]$/.test(s) ? s.slice(0, -1) : s;
    if (stem.length < minStem || !form.startsWith(stem)) continue;
    if (endings.has(form.slice(stem.length))) return s;
  }
  return null;
}

/** A capitalised name word in consonant + "а", a man's genitive ("Герта", "Вілдерса"). */
const GENITIVE_A = /^\p{Lu}\p{Ll}*[бвгґджзклмнпрстфхцчшщ]а$/u;

/** The entity of one group of linked mentions (`k`: its place in order of first mention); sets mention.entity. */
function entityOfGroup(g: Work[], k: number, foreign: Map<Mention, string>, res: LinkResources): Entity {
  if (g.length > 1) g.sort((a, b) => a.m.start - b.m.start);
  const id = 'E' + (k + 1);
  let kb: GazetteerEntry | null = null;
  for (const x of g) {
    if (x.kb) {
      kb = x.kb;
      break;
    }
  }
  const first = g[0]!;
  let name = first.m.canonical ?? first.m.text;
  let bestLen = 0;
  let bestNominative = false;
  for (const x of g) {
    // the longest name; of a person's equally long ones a mention in the nominative, whose canonical name is its own
    // text and so takes no reading of an ambiguous form ("Марк Рютте", not "Марко Рютте" from "Марком Рютте")
    const nominative = first.m.type === 'PERS' && x.words > 0 && tagInfo(x.toks.find((t) => t.kind === 'word')!).kase === 'v_naz';
    if (x.wordsAndNumbers > bestLen || (x.wordsAndNumbers === bestLen && nominative && !bestNominative)) {
      bestLen = x.wordsAndNumbers;
      bestNominative = nominative;
      name = x.m.canonical ?? x.m.text;
    }
  }
  // (a person's full name left in the genitive, its surname written alone in the nominative elsewhere: "ультраправого
  // політика Герта Вілдерса" … "Вілдерс пригрозив" → "Герт Вілдерс" — a man's name, each word in consonant + "а")
  if (first.m.type === 'PERS') {
    const ws = name.split(' ');
    const last = ws[ws.length - 1] ?? '';
    if (ws.length >= 2 && GENITIVE_A.test(last) && g.some((x) => x.words === 1 && x.m.text === last.slice(0, -1) && tagInfo(x.toks.find((t) => t.kind === 'word')!).kase === 'v_naz')) {
      name = ws.map((w) => (GENITIVE_A.test(w) ? w.slice(0, -1) : w)).join(' ');
    }
    // (and a surname left in the accusative in "-у" whose "-а" form is written alone elsewhere: "привітав Пітера
    // Мутаріку" … "Мутаріка заявив" → "Пітер Мутаріка")
    else if (ws.length >= 2 && /\p{Ll}у$/u.test(last) && g.some((x) => x.words === 1 && x.m.text === `${last.slice(0, -1)}а`)) {
      ws[ws.length - 1] = `${last.slice(0, -1)}а`;
      name = ws.join(' ');
    }
  }
  // (an organisation written in full by one of the names the knowledge base gives it keeps that name, as written —
  // "Нафтогаз", "Міноборони Росії"; the knowledge base's id and codes go with it. Any other form takes the knowledge
  // base's name: a misread canonical form of the written one is no name to keep.)
  // (so does a person named by another of the names the knowledge base gives them: "Майк Волтц")
  const written = kb && ((first.m.type === 'ORG' && kb.kind === 'org') || (first.m.type === 'PERS' && kb.kind === 'person')) && !isAbbreviation(name) && kb.names.some((n) => n !== kb.name && normName(n) === normName(name)) && (kb.kind !== 'person' || name.split(/\s+/).filter((x) => x && !nameParticles().has(x.toLowerCase())).length >= 2);
  // (a person's full name written otherwise than the knowledge base's names keeps its own: "Ларс Люкке Расмуссен")
  const ownName = kb && kb.kind === 'person' && g.some((x) => x.words >= 2 && x.kbLoose) && !g.some((x) => x.words >= 2 && x.kb && !x.kbLoose);
  if (kb && (kb.type === first.m.type || g.every((x) => isAbbreviation(x.m.text))) && !written && !ownName) name = kb.name;
  // (a country or place the model called a body keeps its name as written only where that is one of its names: not
  // "Папуа Нової Гвінеї", the genitive it was written in, nor "Волинській область")
  else if (kb && kb.type === 'LOC' && first.m.type === 'ORG' && !kb.names.some((n) => normName(n) === normName(name))) name = kb.name;
  const mentions: Mention[] = new Array<Mention>(g.length);
  for (let i = 0; i < g.length; i++) {
    g[i]!.m.entity = id;
    mentions[i] = g[i]!.m;
  }
  const e: Entity = { id, type: first.m.type, name, mentions };
  // (built in the same key order as before: country, sector, kbId; set on the entity only when it has any)
  const actor: ActorCode = {};
  let hasActor = false;
  if (kb) {
    if (kb.country) actor.country = kb.country;
    if (kb.sector) actor.sector = kb.sector;
    actor.kbId = kb.id;
    hasActor = true;
    if (kb.lat !== undefined && kb.lon !== undefined && e.type === 'LOC') {
      const geo: NonNullable<Entity['geo']> = { lat: kb.lat, lon: kb.lon };
      if (kb.country) geo.country = kb.country;
      e.geo = geo;
    }
  } else if (e.type === 'ORG') {
    let full = first;
    for (const x of g) if (x.toks.length > full.toks.length) full = x;
    let c = countryIn(full.toks.slice(1), res.matcher);
    if (c === undefined) {
      for (const x of g) {
        const f = foreign.get(x.m);
        if (f) {
          c = f;
          break;
        }
      }
    }
    if (c) {
      actor.country = c;
      hasActor = true;
    }
    const h = headLemma(full.toks);
    const s = h ? res.sectors.heads.get(h) : undefined;
    if (s) {
      actor.sector = s;
      hasActor = true;
    }
  }
  if (hasActor) e.actor = actor;
  return e;
}

interface Introduction {
  role: string;
  sector?: string;
}

function introductionOf(adoc: AnalyzedDocument, jobStart: number, res: LinkResources): Introduction | null {
  const job = adoc.mentions.find((m) => m.type === 'JOB' && m.tokenStart === jobStart);
  if (job) {
    const toks = adoc.tokens.slice(job.tokenStart, job.tokenEnd);
    const { role } = rolePhrase(toks, res, adoc.doc.text);
    const h = headLemma(toks);
    const orgAfter = adoc.mentions.find((m) => m.tokenStart === job.tokenEnd && m.type === 'ORG');
    const sector = h ? res.sectors.roles.get(h) : undefined;
    let full = role;
    if (orgAfter) full += ' ' + orgAfter.text;
    return { role: full, ...(sector ? { sector } : {}) };
  }
  const t = adoc.tokens[jobStart];
  if (!t) return null;
  const l = normKey(t.lemma ?? t.text);
  const sector = res.sectors.roles.get(l);
  return { role: normKey(t.lemma ?? t.text), ...(sector ? { sector } : {}) };
}

/**
 * Persons introduced with a title in the document: a JOB mention (optionally followed by the ORG/LOC it belongs
 * to) right before a PERS mention, or a role noun right before it ("речник Кремля Дмитро Пєсков").
 */
export function roleRecords(adoc: AnalyzedDocument, res: LinkResources): RoleRecord[] {
  const out: RoleRecord[] = [];
  const byEnd = new Map<number, Mention>();
  for (const m of adoc.mentions) byEnd.set(m.tokenEnd, m);
  // the first entity with each id, as adoc.entities.find would give
  const byId = new Map<string, Entity>();
  for (const e of adoc.entities) if (!byId.has(e.id)) byId.set(e.id, e);
  const entityOf = (m: Mention | undefined): Entity | undefined => (m?.entity ? byId.get(m.entity) : undefined);
  for (const p of adoc.mentions) {
    if (p.type !== 'PERS' || !p.entity) continue;
    let at = p.tokenStart;
    let org: string | undefined;
    let country: string | undefined;
    let sector: string | undefined;
    // ORG/LOC mentions right before the person ("секретар РНБО Рустем Умєров", "міністр оборони США …")
    for (let guard = 0; guard < 4; guard++) {
      let prev = byEnd.get(at);
      // "Посол України в Польщі Василь Боднар": the place of a posting, after a preposition, is not the title's
      // country — the name before it is
      if (!prev && at > 1 && POSTING_PREPS.has(adoc.tokens[at - 1]!.text.toLowerCase())) {
        const before = byEnd.get(at - 1);
        if (before && (before.type === 'ORG' || before.type === 'LOC') && adoc.tokens[at - 1]!.sentence === p.sentence) {
          prev = before;
          country = undefined;
        }
      }
      if (!prev || (prev.type !== 'ORG' && prev.type !== 'LOC')) break;
      const e = entityOf(prev);
      if (prev.type === 'ORG' && !org && e) {
        org = orgKey(e);
        sector = e.actor?.sector;
      }
      if (!country) country = e?.actor?.country;
      at = prev.tokenStart;
    }
    const job = byEnd.get(at);
    let key: string | null = null;
    // "Уповноважений Верховної Ради … Дмитро Лубінець" read as one body's name: its first word is the title
    const orgFirst = at < p.tokenStart ? adoc.tokens[at] : undefined;
    const orgTitle = !!orgFirst && (!job || job.type !== 'JOB') && /^(noun|adj)/.test(orgFirst.tag ?? '') && res.roleHeads.has(normKey(orgFirst.lemma ?? orgFirst.text));
    if (job && job.type === 'JOB') {
      const toks = adoc.tokens.slice(job.tokenStart, job.tokenEnd);
      key = roleKeyOf(toks, res);
      // (one match serves both: countryIn is the first country-coded hit of the same list)
      const hits = !country || !org ? res.matcher.match(toks) : null;
      if (!country) country = countryOfHits(hits!);
      if (!org) {
        const kb = hits!.find((h) => h.entry.kind === 'org');
        if (kb) {
          org = 'kb:' + kb.entry.id;
          sector = kb.entry.sector;
          if (!country) country = kb.entry.country;
        }
      }
      at = job.tokenStart;
    } else if (orgTitle) {
      key = res.sectors.roleKey(normKey(orgFirst!.lemma ?? orgFirst!.text));
    } else if (at > 0) {
      const t = adoc.tokens[at - 1];
      const l = normKey(t.lemma ?? t.text);
      // (an adjective used as a noun counts: "уповноважений", "черговий")
      if (t.sentence === p.sentence && /^(noun|adj)/.test(t.tag ?? '') && res.roleHeads.has(l)) {
        key = res.sectors.roleKey(l);
        at -= 1;
      }
    }
    if (key) {
      const r: RoleRecord = { person: p.entity, key, at };
      if (org) r.org = org;
      if (country) r.country = country;
      if (sector) r.sector = sector;
      out.push(r);
    }
  }
  return out;
}

interface RoleCache {
  mentions: Mention[];
  mentionCount: number;
  entities: Entity[];
  entityCount: number;
  records: RoleRecord[];
  byId: Map<string, Entity>;
}
const roleCache = new WeakMap<AnalyzedDocument, RoleCache>();

/**
 * roleRecords and the entities by id of a resolved document, kept while its mention and entity lists stay the same
 * (later stages only add entities, which starts them again; nothing after resolve relinks a mention).
 */
function roleCacheOf(adoc: AnalyzedDocument, res: LinkResources): RoleCache {
  let c = roleCache.get(adoc);
  if (!c || c.mentions !== adoc.mentions || c.mentionCount !== adoc.mentions.length || c.entities !== adoc.entities || c.entityCount !== adoc.entities.length) {
    const byId = new Map<string, Entity>();
    for (const e of adoc.entities) if (!byId.has(e.id)) byId.set(e.id, e);
    c = { mentions: adoc.mentions, mentionCount: adoc.mentions.length, entities: adoc.entities, entityCount: adoc.entities.length, records: roleRecords(adoc, res), byId };
    roleCache.set(adoc, c);
  }
  return c;
}


/**
 * The person a role-only mention refers to ("голова ОП" after "Керівник Офісу президента Андрій Єрмак"), or null.
 * `span` is a token range (a JOB mention, or any phrase whose head is a role noun, optionally followed by the
 * organisation or country it belongs to). Needs the document linked (resolve stage).
 */
export function resolveRoleMentionWith(adoc: AnalyzedDocument, span: { tokenStart: number; tokenEnd: number }, res: LinkResources): string | null {
  const toks = adoc.tokens.slice(span.tokenStart, span.tokenEnd);
  const isJob = adoc.mentions.some((m) => m.type === 'JOB' && m.tokenStart === span.tokenStart && m.tokenEnd === span.tokenEnd);
  const key = roleKeyOf(toks, res, !isJob);
  if (!key) return null;
  const rc = roleCacheOf(adoc, res);
  // the organisation / country the role belongs to: inside the span or right after it
  let org: string | undefined;
  let country: string | undefined;
  for (const m of adoc.mentions) {
    const inside = m.tokenStart >= span.tokenStart && m.tokenEnd <= span.tokenEnd && !(m.tokenStart === span.tokenStart && m.tokenEnd === span.tokenEnd);
    const after = m.tokenStart === span.tokenEnd;
    if (!inside && !after) continue;
    const e = m.entity ? rc.byId.get(m.entity) : undefined;
    if (m.type === 'ORG' && !org && e) org = orgKey(e);
    if ((m.type === 'LOC' || m.type === 'ORG') && !country) country = e?.actor?.country;
  }
  if (!org) {
    const kb = res.matcher.match(toks).find((h) => h.entry.kind === 'org');
    if (kb) org = 'kb:' + kb.entry.id;
  }
  if (!country) country = countryIn(toks, res.matcher);
  const records = rc.records.filter((r) => r.key === key && r.at !== span.tokenStart);
  const fits = records.filter((r) => (org ? r.org === org : !r.org || !country || r.country === country) && (!country || !r.country || r.country === country));
  if (!fits.length) return null;
  const before = fits.filter((r) => r.at < span.tokenStart);
  const pick = before.length ? before[before.length - 1] : fits[0];
  return pick.person;
}
