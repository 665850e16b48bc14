/**
 * Sentence-level structure the event engine works on: token cases, clauses, preposition government and actor
 * candidates (entity mentions, plus proper-noun runs and group nouns the NER stage did not cover).
 * Language-independent: every word it knows comes from the EventLanguage.
 */
import type { AnalyzedDocument, Entity, EntityType, Token } from '../../types.js';
import type { Case, EventLanguage } from './lexicon.js';
import { sameStem } from '../resolve/index.js';

const CASES: Case[] = ['naz', 'rod', 'dav', 'zna', 'oru', 'mis', 'kly'];

/** The case(s) a token's VESUM tag gives; null for tokens without case; 'any' for indeclinable words. */
const caseByTag = new Map<string, Case | 'any' | null>();
export function caseOf(t: Token): Case | 'any' | null {
  const tag = t.tag;
  if (!tag) return null;
  // (memoised per tag string: the tag set is small and this is asked for every token, many times)
  let r = caseByTag.get(tag);
  if (r !== undefined) return r;
  r = null;
  if (tag.includes(':nv')) r = 'any';
  else for (const c of CASES) if (tag.includes(`v_${c}`)) { r = c; break; }
  if (caseByTag.size > 20000) caseByTag.clear();
  caseByTag.set(tag, r);
  return r;
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
/** Lower case of a token text, memoised (asked for every word of every document). */
export function lower(s: string): string {
  let l = lowered.get(s);
  if (l === undefined) {
    if (lowered.size > 50000) lowered.clear();
    l = s.toLowerCase();
    lowered.set(s, l);
  }
  return l;
}

const F_NOUN = 1;
const F_ADJ = 2;
const F_VERB = 4;
const F_PREP = 8;
const F_PROPER = 16;
const F_CAPWORD = 32;

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

const groupCache = new WeakMap<EventLanguage, Map<string, EventLanguage['groupActors']>>();
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

function isProperToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.pos === 'PROPN' || t.tag?.includes(':prop')) return true;
  return t.text.length <= 8 && t.text.length >= 2 && capitalized(t.text) && /^[A-ZА-ЯІЇЄҐ]{2,}$/u.test(t.text);
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

let scratchFlags = new Uint8Array(1024);
let scratchSent = new Int32Array(1024);

/** Builds the document view: clauses, government, actor candidates. */
export function buildView(adoc: AnalyzedDocument, L: EventLanguage): DocView {
  const tokens = adoc.tokens;
  const n = tokens.length;
  // Per-token facts asked for again and again below, computed once (same answers as the predicates).
  // (one pass; the flag and sentence arrays live only in this call, so one pair serves every document)
  const lemmas = new Array<string>(n);
  const cases = new Array<Case | 'any' | null>(n);
  if (scratchFlags.length < n) {
    scratchFlags = new Uint8Array(Math.max(n, scratchFlags.length * 2));
    scratchSent = new Int32Array(scratchFlags.length);
  }
  const flags = scratchFlags;
  const sent = scratchSent;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    lemmas[i] = lemmaOf(t);
    cases[i] = caseOf(t);
    sent[i] = t.sentence;
    flags[i] = (isNounLike(t) ? F_NOUN : 0) | (isAdjLike(t) ? F_ADJ : 0) | (isVerbLike(t) ? F_VERB : 0) | (isPrep(t) ? F_PREP : 0)
      | (isProperToken(t) ? F_PROPER : 0) | (t.kind === 'word' && capitalized(t.text) ? F_CAPWORD : 0);
  }
  const has = (i: number, f: number): boolean => (flags[i]! & f) !== 0;
  const actorAt = new Int32Array(n).fill(-1);
  const actors: Actor[] = [];
  const sets = langSets(L);
  const coordinators = sets.coordinators;

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
  const byId = new Map<string, Entity>();
  for (const e of adoc.entities) byId.set(e.id, e);
  for (const e of adoc.entities) {
    if (!ACTOR_TYPES.has(e.type)) continue;
    const type = treatyName(e) ? 'ORG' : e.type;
    for (const m of e.mentions) {
      if (m.tokenEnd <= m.tokenStart) continue;
      // A pronoun is never a name ("того" is not Togo).
      let pron = true;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (!(tokens[i]?.tag ?? '').includes('pron')) pron = false;
      if (pron) continue;
      let free = true;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (actorAt[i] !== -1) free = false;
      if (!free) continue;
      const toks = tokens.slice(m.tokenStart, m.tokenEnd);
      const a: Actor = {
        s: m.tokenStart, e: m.tokenEnd, entity: e.id, name: e.name, type, country: e.actor?.country,
        case: phraseCase(toks), person: e.type === 'PERS',
      };
      const idx = actors.push(a) - 1;
      for (let i = a.s; i < a.e; i++) actorAt[i] = idx;
    }
  }

  // An institution followed by its state in the genitive is one actor ("Міністерство фінансів" + "США").
  for (let ai = 0; ai < actors.length; ai++) {
    const a = actors[ai]!;
    if (a.type !== 'ORG' || !L.institutions.includes(lemmaOf(tokens[a.s]!))) continue;
    const b = actorAt[a.e] ?? -1;
    if (b === -1) continue;
    const c = actors[b]!;
    const kb = c.entity ? byId.get(c.entity)?.actor?.kbId : undefined;
    if (c.type !== 'LOC' || !kb?.startsWith('country:') || c.e - c.s > 3) continue;
    const cc = phraseCase(tokens.slice(c.s, c.e));
    if (cc !== 'rod' && cc !== 'any') continue;
    const surface = adoc.doc.text.slice(tokens[c.s]!.start, tokens[c.e - 1]!.end);
    if (a.name.endsWith(surface)) continue;
    a.name = `${a.name} ${surface}`;
    delete a.entity;
    for (let i = c.s; i < c.e; i++) actorAt[i] = ai;
    a.e = c.e;
  }
  // 1a. Organisation names the NER stage cut short: a remit after the name ("Рада ООН" + "з прав людини"), and before
  // an abbreviated body the head naming its branch ("Управління" + "ООН" + "з координації …", "Всесвітньою
  // продовольчою програмою" + "ООН"). The remit is lower-case genitive words after "з"; the head a common noun (with
  // its adjectives, the first capitalised), in one case, capitalised inside the sentence or followed by a remit.
  for (let ai = 0; ai < actors.length; ai++) {
    const a = actors[ai]!;
    if (a.type !== 'ORG' || a.e <= a.s) continue;
    const sen = sent[a.s]!;
    let re = a.e;
    if (re + 1 < n && sent[re] === sen && lemmas[re] === 'з' && has(re, F_PREP)) {
      let k = re + 1;
      let noun = false;
      while (k < n && k < re + 6 && sent[k] === sen && actorAt[k] === -1 && !has(k, F_CAPWORD) && cases[k] === 'rod' && has(k, F_NOUN | F_ADJ)) {
        noun ||= has(k, F_NOUN);
        k++;
      }
      if (noun && has(k - 1, F_NOUN)) re = k;
    }
    let rs = a.s;
    if (a.e - a.s === 1 && (tokens[a.s]!.tag ?? '').includes('abbr')) {
      const h = a.s - 1;
      if (h >= 0 && sent[h] === sen && has(h, F_NOUN) && !has(h, F_PROPER) && (actorAt[h] === -1 || actors[actorAt[h]!]!.s === h)) {
        const c = cases[h];
        const t = tokens[h]!;
        const animate = /:anim/.test(t.tag ?? '') && !/inanim/.test(t.tag ?? '');
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
    a.case = phraseCase(tokens.slice(rs, re));
    a.s = rs;
    a.e = re;
    delete a.entity;
  }
  // 1b. Bodies of the actor knowledge base written out in full that the NER stage missed ("Сили оборони України").
  const bodies = bodyIndex(L);
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_CAPWORD)) continue;
    const cands = bodies.get(lower(tokens[i]!.text));
    if (!cands) continue;
    for (const b of cands) {
      const e = i + b.words.length;
      if (e > n) continue;
      let ok = true;
      for (let k = 0; k < b.words.length && ok; k++) ok = actorAt[i + k] === -1 && sent[i + k] === sent[i] && lower(tokens[i + k]!.text) === b.words[k];
      if (!ok) continue;
      const toks = tokens.slice(i, e);
      const a: Actor = { s: i, e, name: b.name, type: 'ORG', country: b.country, sector: b.sector, case: phraseCase(toks), person: false };
      const idx = actors.push(a) - 1;
      for (let k = i; k < e; k++) actorAt[k] = idx;
      break;
    }
  }
  // 2. Group nouns ("окупанти", "російські війська").
  const groups = groupIndex(L);
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1) continue;
    const t = tokens[i]!;
    const lem = lemmas[i]!;
    const cands = groups.get(lem) ?? groups.get(t.text);
    if (!cands) continue;
    for (const g of cands) {
      let s = i;
      if (g.after) {
        const prev = tokens[i - 1];
        if (!prev || prev.sentence !== t.sentence || !g.after.includes(lemmaOf(prev)) || actorAt[i - 1] !== -1) continue;
        s = i - 1;
      }
      const a: Actor = { s, e: i + 1, name: g.name, type: g.type, country: g.country, case: 'any', person: false, group: true };
      const idx = actors.push(a) - 1;
      for (let k = s; k <= i; k++) actorAt[k] = idx;
      break;
    }
  }

  // 2b. Definite noun phrases for bodies named elsewhere ("місії агентства" → МАГАТЕ, "до союзників" → НАТО): a bare
  // common noun with no complement or qualifying adjective of its own, resolved to the one body of the document it
  // names (the latest mentioned before it; for an alias, else the first after it).
  const defHeads = sets.defHeads;
  const kin = sets.kin;
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER)) continue;
    const lem = lemmas[i]!;
    const alias = sets.aliases.get(lem);
    if (!alias && !defHeads.has(lem)) continue;
    const t = tokens[i]!;
    if (capitalized(t.text) && (i === 0 || sent[i - 1] === sent[i])) continue;
    const prev = i > 0 && sent[i - 1] === sent[i] ? i - 1 : -1;
    // (a demonstrative may stand before it — "цього агентства"; a possessive names whose: "своїх союзників")
    if (prev !== -1 && has(prev, F_ADJ) && !(tokens[prev]!.tag ?? '').includes('pron:dem') && !has(prev, F_NOUN)) continue;
    const next = i + 1 < n && sent[i + 1] === sent[i] ? i + 1 : -1;
    if (next !== -1 && (actorAt[next] !== -1 || has(next, F_PROPER) || (has(next, F_NOUN) && cases[next] === 'rod') || tokens[next]!.text === '«')) continue;
    let best: { e: Entity; at: number } | null = null;
    for (const e of adoc.entities) {
      if (e.type !== 'ORG' && !(kin.has(lem) && e.type === 'LOC')) continue;
      const words = e.name.toLowerCase().split(/\s+/);
      const fits = alias ? e.name.toLowerCase() === alias.toLowerCase() : words.includes(lem) || (kin.has(lem) && words.some((w) => kin.get(lem)!.includes(w)));
      if (!fits) continue;
      for (const m of e.mentions) {
        const before = m.tokenStart < i;
        const score = before ? m.tokenStart : alias ? -m.tokenStart - 1 : null;
        if (score === null) continue;
        if (!best || (best.at >= 0 ? score > best.at : score >= 0 || score > best.at)) best = { e, at: score };
      }
    }
    if (!best) continue;
    const a: Actor = { s: i, e: i + 1, entity: best.e.id, name: best.e.name, type: 'ORG', country: best.e.actor?.country, case: cases[i] ?? 'any', person: false };
    actorAt[i] = actors.push(a) - 1;
  }

  // 2c. A common noun that named a quoted name stands for it later ("лікарню країни «Охматдит» … удар по лікарні"):
  // the head noun before the quotation (genitive words between), and later the same noun alone — no qualifier of its
  // own before it, no name or genitive noun after it.
  const named = new Map<string, Actor>();
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text === '«' && i + 1 < n && actorAt[i + 1] !== -1 && !actors[actorAt[i + 1]!]!.person) {
      let h = i - 1;
      while (h >= 0 && sent[h] === sent[i] && has(h, F_NOUN) && actorAt[h] === -1 && cases[h] === 'rod' && h > 0 && has(h - 1, F_NOUN)) h--;
      if (h >= 0 && sent[h] === sent[i] && has(h, F_NOUN) && !has(h, F_PROPER) && actorAt[h] === -1 && !(tokens[h]!.tag ?? '').includes(':anim')) {
        named.set(lemmas[h]!, actors[actorAt[i + 1]!]!);
      }
      continue;
    }
    if (actorAt[i] !== -1 || !has(i, F_NOUN) || has(i, F_PROPER)) continue;
    const ref = named.get(lemmas[i]!);
    if (!ref || ref.s > i) continue;
    const prev = i > 0 && sent[i - 1] === sent[i] ? i - 1 : -1;
    if (prev !== -1 && has(prev, F_ADJ) && !(tokens[prev]!.tag ?? '').includes('pron:dem')) continue;
    const next = i + 1 < n && sent[i + 1] === sent[i] ? i + 1 : -1;
    if (next !== -1 && (actorAt[next] !== -1 || has(next, F_PROPER) || (has(next, F_NOUN) && cases[next] === 'rod') || tokens[next]!.text === '«')) continue;
    const a: Actor = { s: i, e: i + 1, entity: ref.entity, name: ref.name, type: ref.type, country: ref.country, case: cases[i] ?? 'any', person: false };
    actorAt[i] = actors.push(a) - 1;
  }

  // Names the language data knows (countries, capitals), even when the tagger took them for common nouns
  // (sentence-initial "Литва").
  const known = knownNames(L);
  const isKnown = (i: number): boolean => has(i, F_CAPWORD) && known.has(lower(lemmas[i]!));

  // 3. Proper-noun runs the NER stage did not cover (with a capitalised adjective before, and a geo noun after).
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !(has(i, F_PROPER) || isKnown(i))) continue;
    let s = i;
    let e = i + 1;
    const sen = sent[i]!;
    while (e < n && actorAt[e] === -1 && sent[e] === sen && has(e, F_PROPER) && tokens[e - 1]!.spaceAfter && !nameBoundary(tokens[e - 1]!, tokens[e]!)) e++;
    if (s > 0 && actorAt[s - 1] === -1 && sent[s - 1] === sen && has(s - 1, F_ADJ) && has(s - 1, F_CAPWORD)) s--;
    const toks = tokens.slice(s, e);
    const a: Actor = { s, e, name: buildName(toks), type: isKnown(i) && e - s === 1 ? 'LOC' : tokenType(toks), case: phraseCase(toks), person: false };
    a.person = a.type === 'PERS';
    const idx = actors.push(a) - 1;
    for (let k = s; k < e; k++) actorAt[k] = idx;
    i = e - 1;
  }
  const bodyHeads = sets.bodyHeads;
  // A quoted name the NER stage did not cover («Коаліції охочих»): an organisation, named up to its head noun in the
  // nominative and the rest as written.
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text !== '«') continue;
    let e = i + 1;
    while (e < n && e <= i + 6 && tokens[e]!.text !== '»' && tokens[e]!.kind === 'word' && actorAt[e] === -1) e++;
    if (e >= n || tokens[e]!.text !== '»' || e === i + 1) continue;
    const toks = tokens.slice(i + 1, e);
    const head = toks.findIndex((t) => isNounLike(t));
    if (head < 0) continue;
    // (lower case only when headed by a body noun: «коаліції охочих»)
    if (!capitalized(tokens[i + 1]!.text) && !bodyHeads.has(lemmaOf(toks[head]!))) continue;
    const name = (buildName(toks.slice(0, head + 1)) + ' ' + toks.slice(head + 1).map((t) => t.text).join(' ')).trim();
    const a: Actor = { s: i + 1, e, name, type: 'ORG', case: phraseCase(toks), person: false };
    const idx = actors.push(a) - 1;
    for (let k = i + 1; k < e; k++) actorAt[k] = idx;
  }
  // Capitalised adjective + common geo noun ("Київській області").
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    const nx = tokens[i + 1]!;
    if (actorAt[i] !== -1 || actorAt[i + 1] !== -1 || t.sentence !== nx.sentence) continue;
    if (t.kind === 'word' && isAdjLike(t) && capitalized(t.text) && i > 0 && tokens[i - 1]!.sentence === t.sentence && ['область', 'район', 'громада', 'АЕС'].includes(lemmaOf(nx))) {
      const toks = [t, nx];
      const a: Actor = { s: i, e: i + 2, name: buildName(toks), type: 'LOC', case: phraseCase(toks), person: false };
      const idx = actors.push(a) - 1;
      actorAt[i] = idx;
      actorAt[i + 1] = idx;
    }
  }
  // Fallback persons: a single surname refers to the full name written before ("Сибіга" → "Андрій Сибіга").
  const full = actors.filter((a) => a.person && a.name.includes(' '));
  for (const a of actors) {
    if (a.entity || a.name.includes(' ')) continue;
    const last = a.name.toLowerCase();
    const f = full.find((x) => {
      const xl = x.name.toLowerCase().split(' ').pop() ?? '';
      return xl === last || xl === tokens[a.s]!.text.toLowerCase() || sameStem(xl, tokens[a.s]!.text.toLowerCase());
    });
    if (f) {
      a.name = f.name;
      a.person = true;
      a.type = 'PERS';
      if (f.entity) a.entity = f.entity;
    }
  }

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
  for (let i = 0; i < n; i++) {
    if (actorAt[i] !== -1 || !has(i, F_CAPWORD)) continue;
    const t = tokens[i]!;
    let f = surnames.get(t.text.toLowerCase()) ?? (t.lemma ? surnames.get(t.lemma.toLowerCase()) : undefined);
    if (!f && t.text.includes('-')) for (const [k, x] of surnames) if (sameStem(k, t.text.toLowerCase())) f = x;
    if (!f || f.s >= i) continue;
    const a: Actor = { s: i, e: i + 1, entity: f.entity, name: f.name, type: 'PERS', case: phraseCase([t]), person: true };
    actorAt[i] = actors.push(a) - 1;
  }

  // Government: a preposition governs the noun phrase after it (adjectives, nouns, genitive chains, actors).
  const governedBy: (string | null)[] = new Array<string | null>(n).fill(null);
  const governor = new Int32Array(n).fill(-1);
  let cur: string | null = null;
  let curI = -1;
  let headSeen = false;
  let headActor = false;
  let lastActor = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (i > 0 && sent[i - 1] !== sent[i]) cur = null;
    if (has(i, F_PREP) && actorAt[i] === -1) {
      cur = lemmas[i]!;
      curI = i;
      headSeen = false;
      headActor = false;
      lastActor = -1;
      continue;
    }
    let inNp = actorAt[i] !== -1 || has(i, F_NOUN | F_ADJ) || t.kind === 'number' || (t.pos === 'ADV' && i === curI + 1);
    if (inNp && !headSeen && i > curI + 1 && (has(i, F_NOUN) || actorAt[i] !== -1)) {
      // Before the head, a noun in another case than the words after the preposition starts a new phrase
      // ("протягом вихідних | Росія").
      const first = cases[curI + 1]!;
      const c = cases[i]!;
      if (first && c && first !== 'any' && c !== 'any' && first !== c && (actorAt[i] === -1 || actorAt[i] !== actorAt[curI + 1])) inNp = false;
    }
    if (inNp && headSeen && headActor && !(actorAt[i] !== -1 && actorAt[i] === lastActor)) {
      // A proper name ends its phrase: "у Берліні | президента Володимира Зеленського".
      inNp = false;
    } else if (inNp && headSeen && !(actorAt[i] !== -1 && actorAt[i] === lastActor)) {
      // After the head noun only genitive (or indeclinable) words stay in the phrase: "серед родин | Україна".
      const c = cases[i]!;
      if (c !== 'rod' && c !== 'any' && !(actorAt[i] !== -1 && actorAt[i - 1] === actorAt[i])) inNp = false;
    }
    if (cur !== null && inNp && !(t.pos === 'PRON' && !has(i, F_ADJ))) {
      governedBy[i] = cur;
      governor[i] = curI;
      if (!headSeen && (has(i, F_NOUN) || actorAt[i] !== -1)) headActor = actorAt[i] !== -1;
      if (has(i, F_NOUN) || actorAt[i] !== -1) headSeen = true;
      lastActor = actorAt[i]!;
    } else {
      cur = null;
    }
  }

  // Clauses: sentence parts split at ; : dashes, and at commas before a clause starter, a verb or an adverbial participle.
  const clause = new Int32Array(n);
  const clauses: { start: number; end: number; sentence: number }[] = [];
  const starters = sets.starters;
  const coordMax = sets.coordMax;
  let cid = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    let split = !prev || sent[i - 1] !== sent[i];
    if (!split && prev) {
      const pt = prev.text;
      if (pt === ';' || pt === ':') split = true;
      else if (pt === '–' || pt === '—') {
        // A dash after punctuation or before a verb opens a clause ("», – заявив"); between words it joins an
        // apposition ("компаній – «Роснафти» та «Лукойлу»").
        const before = tokens[i - 2];
        const joins = t.text === '«' || has(i, F_NOUN) || actorAt[i] !== -1;
        split = !before || before.sentence !== t.sentence || before.kind === 'punct' || has(i, F_VERB) || !joins;
      }
      else if (pt === ',') {
        if (starters.has(lemmas[i]!) || starters.has(lower(t.text)) || has(i, F_VERB)) split = true;
        else if (has(i, F_PREP) && i + 1 < n && starters.has(lemmas[i + 1]!)) split = true;
        else if (t.text === '–' || t.text === '—') split = true;
      } else if (has(i, F_VERB) && (coordinators.has(pt) || (pt.length <= coordMax && coordinators.has(lower(pt)))) && !t.tag?.includes(':inf')) split = true;
    }
    if (split) {
      cid++;
      clauses.push({ start: i, end: i + 1, sentence: t.sentence });
    } else {
      clauses[cid]!.end = i + 1;
    }
    clause[i] = cid;
  }

  const inQuote = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const tx = tokens[i]!.text;
    if (tx === '«' || tx === '“' || tx === '„') depth++;
    else if ((tx === '»' || tx === '”') && depth > 0) depth--;
    else if (depth > 0) inQuote[i] = 1;
  }
  return { adoc, tokens, actorAt, actors, governedBy, governor, clause, clauses, inQuote, lemmas, cases };
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
      if (c === 'rod' || c === 'any' || isAdjLike(t) || t.text === '-' || isPrep(t) || t.text === '«' || t.text === '»') {
        i--;
        continue;
      }
      break;
    }
  }
  return modifiers;
}
