/**
 * Finding who speaks: the subject before a cue verb ("Туск заявив, що"), the name after it ("– написав мер Ігор
 * Терехов"), a locative source ("У Кремлі заявили", "повідомили в СБУ"), pronouns ("– сказав він") and role nouns
 * ("– додав глава МЗС") resolved back to the person introduced with that title. Speakers are Entity ids from
 * adoc.entities (the ner + resolve stages); without entities every speaker is null.
 */
import type { AnalyzedDocument, Entity, Mention, Token } from '../../types.js';
import { UK_EVENTS } from '../../lang/uk/events.js';
import { codeOfState } from '../events/analysis.js';
import { BODY_KIND_NOUNS, MEDIA_NOUNS, OBLAST_ADMINISTRATION, POSSESSIVE_RELATIVES, SUBJECT_BODY_HEADS, PRESS_OFFICES, STANCE_VERBS, DEMONYM_BODY_HEADS, DISCOURSE_PHRASES, DOCUMENT_NOUNS, GENERIC_BODY_NOUNS, GUEST_NOUNS, HEAD_WORDS, INSTITUTION_HEADS, MISSION_HEADS, MAYOR_WORDS, POSSESSIVES, PRONOUNS, ROLE_SYNONYMS, SPEECH_VERBS, STATE_WORDS, TITLE_EXPANSIONS, VISIT_LEMMAS } from '../../lang/uk/speech.js';
import { gazetteerEntries, roleHeadLemmas, rolesOn, type GazetteerEntry } from '../../lang/uk/gazetteer/index.js';
import { canonicalName, resolveRoleMention } from '../resolve/index.js';
import { foldWord } from '../../lang/uk/fold.js';
import { inflect } from '../morph/index.js';

let capitals: Map<string, string> | null = null;

let countries: Map<string, GazetteerEntry> | null = null;

/** UD cases no subject is in (a genitive name after a nominative-looking noun owns it: "уряд Петра Коваля"). */
const OBLIQUE: ReadonlySet<string> = new Set(['Gen', 'Dat', 'Ins', 'Loc']);

/** Country entries of the gazetteer by code ("RUS" → Росія). */
function countryEntries(): Map<string, GazetteerEntry> {
  if (!countries) {
    countries = new Map();
    for (const e of gazetteerEntries()) if (e.kind === 'country' && e.country && !countries.has(e.country)) countries.set(e.country, e);
  }
  return countries;
}

let countryWords: Map<string, string[]> | null = null;

/**
 * Every single-word name of a country (folded) → all its single-word names ("фрн" → "німеччина", "фрн"), so a title
 * written with one name matches a demonym of another ("міністр оборони ФРН" … "– сказав німецький міністр").
 */
function countryWordsByName(): Map<string, string[]> {
  if (!countryWords) {
    countryWords = new Map();
    for (const e of countryEntries().values()) {
      const words = e.names.filter((n) => !/\s/.test(n)).map((n) => norm(n));
      for (const w of words) if (!countryWords.has(w)) countryWords.set(w, words);
    }
  }
  return countryWords;
}

let bodyByName: Map<string, GazetteerEntry> | null = null;

/** Organisation entries of the actor KB by every folded name ("російське мзс" → МЗС Росії). */
function bodiesByName(): Map<string, GazetteerEntry> {
  if (!bodyByName) {
    bodyByName = new Map();
    for (const e of gazetteerEntries()) {
      if (e.kind !== 'org') continue;
      for (const n of e.names) if (!bodyByName.has(n.toLowerCase())) bodyByName.set(n.toLowerCase(), e);
    }
  }
  return bodyByName;
}

/** Gazetteer ids of capitals → their country code ("place:Москва" → "RUS"). */
let kbById: Map<string, GazetteerEntry> | null = null;

/** A knowledge-base entry by its id (built once). */
function kbEntryById(id: string): GazetteerEntry | undefined {
  if (!kbById) kbById = new Map(gazetteerEntries().map((e) => [e.id, e]));
  return kbById.get(id);
}

function capitalCountries(): Map<string, string> {
  if (!capitals) {
    capitals = new Map();
    for (const e of gazetteerEntries()) if (e.kind === 'capital' && e.country) capitals.set(e.id, e.country);
  }
  return capitals;
}

const SPEAKER_TYPES = new Set(['PERS', 'ORG', 'LOC', 'JOB']);

export interface LinkedMention {
  mention: Mention;
  entity: Entity;
}

const norm = foldWord;

const DASH_TOKENS = new Set(['–', '—', '-', '―', '‒']);

function isSpeechVerb(t: Token): boolean {
  return t.pos === 'VERB' && SPEECH_VERBS.has(norm(t.lemma ?? ''));
}

/** A proper name, or a capitalised noun the tagger took for a common one ("Сибіга" opening a sentence). */
/** A lower-case noun or adjective in the genitive. */
function isGenitiveWord(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(t.text) && featOf(t, 'Case') === 'Gen';
}

function isNameLike(t: Token): boolean {
  return t.pos === 'PROPN' || (t.pos === 'NOUN' && t.text[0] !== t.text[0].toLowerCase());
}

/** A relative pronoun not in the nominative ("за словами якого"): it points back to a name, it is no subject. */
export function isObliqueRelative(t: Token): boolean {
  return lemmaOf(t) === 'який' && featOf(t, 'Case') !== 'Nom';
}

export function lemmaOf(t: Token): string {
  return norm(t.lemma ?? t.text);
}

const featCache = new Map<string, Map<string, string>>();

/** One feature of a token's UD FEATS; each distinct FEATS string is parsed once (asked for every token, often). */
export function featOf(t: Token, name: string): string | undefined {
  if (!t.feats) return undefined;
  let m = featCache.get(t.feats);
  if (!m) {
    m = new Map();
    for (const kv of t.feats.split('|')) {
      const eq = kv.indexOf('=');
      const k = kv.slice(0, eq);
      if (!m.has(k)) m.set(k, kv.slice(eq + 1));
    }
    if (featCache.size > 20000) featCache.clear();
    featCache.set(t.feats, m);
  }
  return m.get(name);
}

/** Gender of a token ('m' | 'f' | 'p'), from its features (verbs and nouns alike). */
export function genderOf(t: Token): 'm' | 'f' | 'p' | null {
  if (featOf(t, 'Number') === 'Plur') return 'p';
  const g = featOf(t, 'Gender');
  if (g === 'Masc') return 'm';
  if (g === 'Fem') return 'f';
  return null;
}

/**
 * A key for a mention's character span: one small integer where both ends are below 2^15 (start·2^15 + end, below
 * 2^30: no heap number), else the "start:end" string; a number and a string are never equal, so keys of distinct
 * spans differ.
 */
function spanKey(m: Mention): number | string {
  return m.start >= 0 && m.end >= 0 && m.start < 32768 && m.end < 32768 && Number.isInteger(m.start) && Number.isInteger(m.end)
    ? m.start * 32768 + m.end
    : `${m.start}:${m.end}`;
}

/** Mentions linked to entities, indexed by token. */
/** Every role noun of ROLE_SYNONYMS, keys and synonyms (built on first use). */
let ROLE_WORDS: Set<string> | undefined;

export class SpeakerFinder {
  readonly linked: LinkedMention[] = [];
  private readonly byToken: Int32Array;
  private readonly entityById = new Map<string, Entity>();

  constructor(private readonly adoc: AnalyzedDocument) {
    const bySpan = new Map<number | string, Entity>();
    for (const e of adoc.entities) {
      this.entityById.set(e.id, e);
      for (const m of e.mentions) bySpan.set(spanKey(m), e);
    }
    const seen = new Set<number | string>();
    const add = (m: Mention): void => {
      const key = spanKey(m);
      if (seen.has(key)) return;
      const e = (m.entity && this.entityById.get(m.entity)) || bySpan.get(key);
      if (!e) return;
      seen.add(key);
      this.linked.push({ mention: m, entity: e });
    };
    for (const e of adoc.entities) for (const m of e.mentions) add(m);
    for (const m of adoc.mentions) add(m);
    this.linked.sort((a, b) => a.mention.tokenStart - b.mention.tokenStart);
    this.byToken = new Int32Array(adoc.tokens.length).fill(-1);
    this.linked.forEach((lm, k) => {
      for (let i = lm.mention.tokenStart; i < lm.mention.tokenEnd && i < this.byToken.length; i++) this.byToken[i] = k;
    });
  }

  /**
   * A capital speaking stands for its country's government ("У Москві заявили" → Росія, as the gold conventions
   * have it): the country's entity when the document names the country, else the capital itself.
   */
  asSpeaker(id: string | null): string | null {
    if (id === null) return null;
    const e = this.entityById.get(id);
    if (e && e.type === 'PERS' && !/\s/.test(e.name.trim())) {
      // A surname alone ("Шмигаль") left unlinked from the full name named earlier ("Денис Шмигаль").
      const full = this.fullNameOf(e);
      if (full) return full.id;
    }
    const kb = e?.actor?.kbId;
    if (!e || e.type !== 'LOC' || !kb) return id;
    const country = capitalCountries().get(kb);
    if (!country) return id;
    const c = this.adoc.entities.find((x) => x.actor?.kbId === `country:${country}`);
    if (c) return c.id;
    // The document does not name the country: it joins the entities, as the events stage adds the parties it names.
    const entry = countryEntries().get(country);
    if (!entry) return id;
    return this.addEntity({ type: 'LOC', name: entry.name, mentions: [], actor: { country, kbId: entry.id } });
  }

  /** Full-name persons by the folded last word of their name, first one each (rebuilt when entities are added). */
  private fullNames: Map<string, Entity[]> | null = null;
  private fullNamesCount = -1;

  /** The first other person entity whose name has several words, the last one being `e`'s name (as a find would). */
  private fullNameOf(e: Entity): Entity | undefined {
    const entities = this.adoc.entities;
    if (!this.fullNames || this.fullNamesCount !== entities.length) {
      this.fullNames = new Map();
      this.fullNamesCount = entities.length;
      for (const x of entities) {
        if (x.type !== 'PERS' || !/\s/.test(x.name.trim())) continue;
        const last = norm(x.name.trim().split(/\s+/).at(-1) ?? '');
        const list = this.fullNames.get(last);
        if (list) list.push(x);
        else this.fullNames.set(last, [x]);
      }
    }
    const list = this.fullNames.get(norm(e.name));
    if (!list) return undefined;
    for (const x of list) if (x !== e) return x;
    return undefined;
  }

  /**
   * Where an institution's name ends: at `end`, or — for a mission ("посольство", "представництво") followed by "в"/"у"
   * and a place — after the place where it sits ("посольство Росії в Гельсінкі").
   */
  private seatEnd(head: Token, end: number): number {
    const nx = this.adoc.tokens[end];
    const place = nx && MISSION_HEADS.has(lemmaOf(head)) && ['в', 'у'].includes(norm(nx.text)) ? this.mentionAt(end + 1) : null;
    return place && place.entity.type === 'LOC' && place.mention.tokenStart === end + 1 ? place.mention.tokenEnd : end;
  }

  /** The entity of an institution named by tokens [from, to) ("адміністрації США" → "Адміністрація США"), added when new. */
  private institutionEntity(from: number, to: number): string {
    const name = canonicalName(this.adoc.tokens.slice(from, to), 'ORG', this.adoc.doc.text);
    const cap = name.charAt(0).toUpperCase() + name.slice(1);
    const hit = this.adoc.entities.find((x) => norm(x.name) === norm(cap));
    if (hit) return hit.id;
    return this.addEntity({ type: 'ORG', name: cap, mentions: [] });
  }

  /**
   * A body named with a demonym before its short name ("в російському МЗС") is the body of that state the actor KB
   * lists as "<demonym> <name>" ("Російське МЗС" → МЗС Росії), not the one the short name alone stands for.
   */
  private demonymBody(lm: LinkedMention): string | null {
    const adj = this.prevWord(lm.mention.tokenStart);
    if (!adj || adj.pos !== 'ADJ' || !adj.lemma) return null;
    const kb = lm.entity.actor?.kbId;
    const written = this.adoc.doc.text.slice(this.adoc.tokens[lm.mention.tokenStart].start, this.adoc.tokens[lm.mention.tokenEnd - 1].end);
    const short = written.toLowerCase();
    let entry: GazetteerEntry | undefined;
    for (const g of ['n', 'm', 'f', 'p']) {
      const form = inflect(adj.lemma.toLowerCase(), g === 'p' ? 'adj:p:v_naz' : `adj:${g}:v_naz`);
      const e = form ? bodiesByName().get(`${form.toLowerCase()} ${short}`) : undefined;
      if (e && e.id !== kb) { entry = e; break; }
    }
    // (an abbreviated body after a state's demonym is named as news name it, the abbreviation and the state —
    // "у британському МЗС" → "МЗС Великої Британії", "в українському МЗС" → "МЗС України" —, with the knowledge
    // base's codes where it lists the body; not the body "МЗС" alone stands for)
    const state = UK_EVENTS.demonyms[adj.lemma.toLowerCase()];
    const gen = state && UK_EVENTS.genitive ? UK_EVENTS.genitive(state) : null;
    // (so is a body named by its kind alone, with no state of its own: "у шведському Міністерстві оборони" →
    // "Міністерство оборони Швеції")
    // (or with the state the knowledge base gives the kind by default, another: "Міністерство оборони" is Ukraine's)
    const stateCode = state ? codeOfState(UK_EVENTS, state) : null;
    const kindOnly = !entry && gen && stateCode && lm.entity.actor?.country !== stateCode && DEMONYM_BODY_HEADS.has(lemmaOf(this.adoc.tokens[lm.mention.tokenStart]!).toLowerCase())
      && !lm.entity.name.includes(gen);
    const name = gen && lm.mention.tokenEnd - lm.mention.tokenStart === 1 && /^\p{Lu}{2,}$/u.test(written) ? `${written} ${gen}` : kindOnly ? `${lm.entity.name} ${gen}` : entry?.name;
    if (!name) return null;
    const have = this.adoc.entities.find((x) => x.name === name || (!!entry && x.actor?.kbId === entry.id));
    if (have) return have.id;
    const code = entry?.country ?? (state ? codeOfState(UK_EVENTS, state) ?? undefined : undefined);
    const sector = entry?.sector ?? lm.entity.actor?.sector;
    return this.addEntity({ type: 'ORG', name, mentions: [], actor: { ...(code ? { country: code } : {}), ...(sector ? { sector } : {}), ...(entry ? { kbId: entry.id } : {}) } });
  }

  /** The institution named by a state's demonym at token k, up to two adjectives and a body noun ("японське посольство", "фінська прикордонна служба"), or null. */
  private demonymInstitution(k: number): string | null {
    const tokens = this.adoc.tokens;
    // (adjectives of its kind may stand between: "фінська прикордонна служба")
    let h = k + 1;
    while (h < k + 3 && tokens[h] && tokens[h]!.pos === 'ADJ' && !this.mentionAt(h)) h++;
    const head = tokens[h];
    if (!head || head.pos !== 'NOUN' || !(INSTITUTION_HEADS.has(lemmaOf(head)) || DEMONYM_BODY_HEADS.has(lemmaOf(head))) || featOf(head, 'Number') === 'Plur' || this.mentionAt(h)) return null;
    const state = UK_EVENTS.demonyms[lemmaOf(tokens[k]!)];
    const gen = state && UK_EVENTS.genitive ? UK_EVENTS.genitive(state) : null;
    if (!gen) return null;
    // ("британська морська служба UKMTO": the body's own name after its kind)
    const named = this.mentionAt(h + 1);
    if (named && named.mention.tokenStart === h + 1 && named.entity.type === 'ORG') return named.entity.id;
    // ("в заяві російського відомства": a generic noun is that state's body named last before)
    if (GENERIC_BODY_NOUNS.has(lemmaOf(head))) {
      const code = codeOfState(UK_EVENTS, state);
      let best: LinkedMention | null = null;
      for (const lm of this.linked) {
        if (lm.mention.tokenStart >= k || lm.entity.type !== 'ORG' || !code || lm.entity.actor?.country !== code) continue;
        if (!best || lm.mention.tokenStart > best.mention.tokenStart) best = lm;
      }
      if (best) return best.entity.id;
    }
    // (with its remit after it: "у філіппінському міністерстві оборони" → "Міністерство оборони Філіппін")
    let e = h + 1;
    while (e < tokens.length && e < h + 3 && tokens[e]!.pos === 'NOUN' && featOf(tokens[e]!, 'Case') === 'Gen' && tokens[e]!.text === norm(tokens[e]!.text) && !this.mentionAt(e)) e++;
    const low = canonicalName(tokens.slice(k + 1, e), 'ORG', this.adoc.doc.text).toLowerCase();
    const name = `${low.charAt(0).toUpperCase()}${low.slice(1)} ${gen}`;
    const hit = this.adoc.entities.find((x) => norm(x.name) === norm(name));
    return hit ? hit.id : this.addEntity({ type: 'ORG', name, mentions: [] });
  }

  /** Adds an entity the document's mentions did not give (as the events stage does for the parties it names). */
  private addEntity(e: Omit<Entity, 'id'>): string {
    let next = 1;
    for (const x of this.adoc.entities) {
      const m = /^E(\d+)$/.exec(x.id);
      if (m) next = Math.max(next, Number(m[1]) + 1);
    }
    // (built as the resolve stage builds its entities — the four fields in a literal, then `actor` — so that every
    // entity shares one family of hidden classes: a `{ id, ...e }` copy made classes of its own, and the first such
    // entity a later document met deoptimised a dozen functions of the events stage that read entities)
    const ent: Entity = { id: `E${next}`, type: e.type, name: e.name, mentions: e.mentions };
    if (e.actor) ent.actor = e.actor;
    this.adoc.entities.push(ent);
    this.entityById.set(ent.id, ent);
    return ent.id;
  }

  mentionAt(i: number): LinkedMention | null {
    const k = this.byToken[i];
    return k === undefined || k < 0 ? null : this.linked[k];
  }

  /** The entity a mention stands for as a speaker: a role mention linked to a person counts as that person. */
  private speakerEntity(lm: LinkedMention): Entity | null {
    if (!SPEAKER_TYPES.has(lm.entity.type) && !SPEAKER_TYPES.has(lm.mention.type)) return null;
    if (lm.entity.type === 'JOB') return null;
    return lm.entity;
  }

  private isNominative(lm: LinkedMention): boolean {
    const toks = this.adoc.tokens.slice(lm.mention.tokenStart, lm.mention.tokenEnd);
    const cases = toks.map((t) => featOf(t, 'Case')).filter((c): c is string => !!c);
    return cases.length === 0 || cases.includes('Nom');
  }

  /**
   * A person named right after a title in the nominative, a place or body in the genitive between ("Прем’єр-міністерка
   * Італії Джорджа Мелоні, …, засудила"): in apposition, so in the nominative whatever case the tagger read for the
   * name ("Джорджа" as the genitive of "Джордж").
   */
  private afterNominativeTitle(lm: LinkedMention): boolean {
    let k = lm.mention.tokenStart - 1;
    const sen = this.adoc.tokens[lm.mention.tokenStart]!.sentence;
    for (let hops = 0; k >= 0 && hops < 3 && this.adoc.tokens[k]!.sentence === sen; hops++) {
      const m = this.mentionAt(k);
      if (!m) return false;
      if (m.mention.type === 'JOB') return featOf(this.adoc.tokens[m.mention.tokenStart]!, 'Case') === 'Nom' && this.adoc.tokens[m.mention.tokenStart]!.pos === 'NOUN';
      if (m.entity.type !== 'LOC' && m.entity.type !== 'ORG') return false;
      k = m.mention.tokenStart - 1;
    }
    return false;
  }

  private prevWord(i: number): Token | null {
    const t = this.adoc.tokens[i - 1];
    return t && t.sentence === this.adoc.tokens[i].sentence ? t : null;
  }

  /**
   * The subject of the cue verb at `cue`: walking back through the sentence, the nearest nominative person or
   * organisation that is not the verb's object, a nominative pronoun or role noun, or a locative source
   * ("У Кремлі заявили"). Several coordinated locatives ("У Литві та Польщі заявили") give null.
   */
  subjectBefore(cue: number, floor = 0): string | null {
    const tokens = this.adoc.tokens;
    const sen0 = this.adoc.sentences[tokens[cue].sentence];
    // (`floor`: not into the quote the cue closes — its words name no speaker: "«… в Росії …», – сказав дипломат")
    const sen = floor > sen0.tokenStart ? { ...sen0, tokenStart: floor } : sen0;
    // "Ломідзе, якого звинувачують в організації «масових заворушень»": an impersonal plural in a relative clause
    // about someone has no speaker (the antecedent is its object).
    if (featOf(tokens[cue], 'Number') === 'Plur' && featOf(tokens[cue], 'Person') === '3') {
      const rel = this.prevWord(cue);
      if (rel && lemmaOf(rel) === 'який' && featOf(rel, 'Case') !== 'Nom') return null;
    }
    // "Незалежна виборча комісія Кот-д’Івуару учора оголосила, що …": a body named by its common words and its state
    // opening the sentence as the cue's subject speaks as that body, not its state
    const body = this.bodyOfStateOpening(sen.tokenStart, cue);
    if (body) return body;
    // "Пєсков заявив, що Москва не визнає обмежень, і пригрозив …": a cue after ", і" coordinated past a complement
    // clause has the subject of the verb that clause hangs on (same tense, number and gender), not the clause's own.
    const joined0 = this.prevWord(cue);
    if (joined0 && ['і', 'й', 'та'].includes(norm(joined0.text)) && this.prevWord(joined0.i)?.text === ',' && featOf(tokens[cue]!, 'VerbForm') === 'Fin') {
      const k = this.complementGovernor(joined0.i - 2, sen.tokenStart);
      const same = (f: string): boolean => featOf(tokens[k]!, f) === featOf(tokens[cue]!, f);
      if (k !== -1 && same('Tense') && same('Number') && same('Gender')) return this.subjectBefore(k, floor);
    }
    // "Дан засудив «…» і заявив, що": a cue coordinated with a verb before it has that verb's subject.
    const joined = this.prevWord(cue);
    if (joined && ['і', 'й', 'та'].includes(norm(joined.text)) && featOf(tokens[cue]!, 'VerbForm') === 'Fin') {
      for (let k = joined.i - 1; k >= sen.tokenStart; k--) {
        const t = tokens[k]!;
        if (t.text === ',' || t.text === ';') break;
        if ((t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin') {
          if (featOf(t, 'Number') === featOf(tokens[cue]!, 'Number')) return this.subjectBefore(k, floor);
          break;
        }
      }
    }
    // "провів зустріч із X, після якої заявив, що …": a cue right after an oblique relative with its preposition (the
    // relative clause has no subject of its own) has the subject of the finite verb before the comma.
    const rel = this.prevWord(cue);
    // (also "після чого заявив")
    const oblique = !!rel && (isObliqueRelative(rel) || (lemmaOf(rel) === 'що' && featOf(rel, 'Case') !== 'Nom' && this.prevWord(rel.i)?.pos === 'ADP'));
    if (rel && oblique && featOf(tokens[cue]!, 'VerbForm') === 'Fin') {
      const prep = this.prevWord(rel.i);
      const comma = prep && prep.pos === 'ADP' ? this.prevWord(prep.i) : prep;
      if (comma && comma.text === ',') {
        for (let k = comma.i - 1; k >= sen.tokenStart; k--) {
          const t = tokens[k]!;
          if ((t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin') {
            if (featOf(t, 'Number') === featOf(tokens[cue]!, 'Number')) return this.subjectBefore(k, floor);
            break;
          }
        }
      }
    }
    // "зустріч із президентом Сербії Александаром Вучичем, який запевнив гостя …": a cue right after a nominative
    // relative after a comma speaks for the person named right before the comma
    if (rel && lemmaOf(rel) === 'який' && featOf(rel, 'Case') === 'Nom' && this.prevWord(rel.i)?.text === ',') {
      const ante = this.mentionAt(rel.i - 2);
      if (ante && ante.entity.type === 'PERS' && this.isNamed(ante) && ante.mention.tokenEnd === rel.i - 1) return ante.entity.id;
    }
    // "Пєсков заперечив, що Москва погодилася …, назвавши …": an adverbial participle cue after a complement clause
    // hangs on the verb that clause depends on, not on the clause's own verb
    if (featOf(tokens[cue]!, 'VerbForm') === 'Conv' && this.prevWord(cue)?.text === ',') {
      const k = this.complementGovernor(cue - 2, sen.tokenStart);
      if (k !== -1 && (isSpeechVerb(tokens[k]!) || STANCE_VERBS.has(lemmaOf(tokens[k]!)))) return this.subjectBefore(k, floor);
    }
    let locative: LinkedMention | null = null;
    let locativeCount = 0;
    let institution: string | null = null;
    let adjacent = true;
    // An adverbial participle cue ("закликав партнерів …, наголосивши, що") says the words of the subject of the finite
    // verb before it: names between the two are that verb's objects, unless one is a speech verb's inverted subject
    // ("– зазначив Умєров, додавши").
    let objects = featOf(tokens[cue], 'VerbForm') === 'Conv';
    // (the names passed over, the nearest to the verb last: after an inverted speech verb the first is its subject)
    let passed: LinkedMention | null = null;
    for (let i = cue - 1; i >= sen.tokenStart; i--) {
      const t = tokens[i];
      // (over a relative clause of possession between the subject and the cue: "партія Кот-д’Івуару, чий лідер Тіджан
      // Тіам не зміг балотуватися, звинуватила" — its names are not the subject)
      if (t.text === ',' && i === cue - 1) {
        let c = i - 1;
        while (c > sen.tokenStart && c > i - 14 && tokens[c]!.text !== ',') c--;
        if (c > sen.tokenStart && tokens[c]!.text === ',' && POSSESSIVE_RELATIVES.has(norm(tokens[c + 1]!.text))) {
          i = c;
          continue;
        }
      }
      const lm = this.mentionAt(i);
      if (objects && (t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin') {
        objects = false;
        const before = this.prevWord(i);
        // (its subject opens right after it, in the nominative: "…, розкритикував кабінет Петра Фіали" names an object)
        const opensNom = passed && (passed.mention.tokenStart === i + 1 || this.titleOpens(tokens[i + 1]!, passed));
        if (passed && opensNom && isSpeechVerb(t) && before && (before.text === ',' || DASH_TOKENS.has(before.text))) return passed.entity.id;
        // (a subject after its verb with its title, past an object pronoun: "вимагав від нього президент Петр Павел,
        // наголосивши")
        if (passed && this.invertedTitled(i, passed)) return passed.entity.id;
      }
      if (lm && objects) {
        if (lm.entity.type === 'PERS' && this.isNamed(lm)) passed = lm;
        i = lm.mention.tokenStart;
        continue;
      }
      if (lm) {
        i = lm.mention.tokenStart;
        // (a date between the subject and its verb keeps them adjacent: "Такаіті 7 листопада заявила")
        if ((lm.mention.type === 'DATE' || lm.mention.type === 'TIME') && this.inTime(i)) continue;
        const ent = this.speakerEntity(lm);
        let prev = this.prevWord(i);
        // (over adjectives before the name: "У британському Міністерстві оборони уточнили")
        let overAdj = prev;
        while (overAdj && overAdj.pos === 'ADJ' && !this.mentionAt(overAdj.i)) overAdj = this.prevWord(overAdj.i);
        if (overAdj !== prev && overAdj && ['у', 'в'].includes(norm(overAdj.text))) prev = overAdj;
        const prevLow = prev ? norm(prev.text) : '';
        const afterPrep = prev && (prev.pos === 'ADP' || ['у', 'в', 'з', 'із', 'до', 'від', 'на', 'по', 'для', 'про'].includes(prevLow));
        // After a verb a noun is its object ("пригрозили ЄС"), except after a speech verb, whose subject follows it
        // ("– зазначив Умєров, додавши, що …").
        const afterVerb = prev && (prev.pos === 'VERB' || prev.pos === 'AUX') && !this.invertedSubject(i);
        const wasAdjacent = adjacent;
        adjacent = false;
        // "Німецький міністр відкинув заклики, заявивши": a title alone as the subject, its person named before.
        if (!ent && lm.mention.type === 'JOB' && !afterPrep && !afterVerb && this.isNominative(lm) && !this.mentionAt(lm.mention.tokenEnd)) {
          const r = this.resolveTitle(this.npStart(lm.mention.tokenStart), lm.mention.tokenEnd, lm.mention.tokenStart);
          if (r) return r;
        }
        if (!ent) continue;
        if (afterPrep) {
          if ((prevLow === 'у' || prevLow === 'в') && (ent.type === 'LOC' || ent.type === 'ORG' || ent.type === 'PERS') && !locative) {
            locative = lm;
            locativeCount = 1 + this.coordinatedAfter(lm);
          }
          continue;
        }
        if (afterVerb) continue; // the object of a verb: "пригрозили ЄС"
        // "Міністерство оборони РФ": a place or organisation right after an organisation modifies it.
        const before = prev ? this.mentionAt(prev.i) : null;
        if ((ent.type === 'ORG' || ent.type === 'LOC') && before && before !== lm && before.entity.type === 'ORG') continue;
        const plainNoun = (k: number): boolean => {
          const m = this.mentionAt(k);
          return tokens[k].pos === 'NOUN' && (!m || m.mention.type === 'JOB' || m.entity.type === 'JOB');
        };
        if ((ent.type === 'ORG' || ent.type === 'LOC') && prev && plainNoun(prev.i)) {
          // The organisation or country modifies a noun. As a subject: "Голова ОП заявив", "Міністр фінансів України
          // заявив" (a role of theirs: the person introduced with it, else the organisation); "Дипломати кількох
          // країн ЄС нагадали" (someone else: no speaker). As a locative source: "В адміністрації США пояснювали".
          // Otherwise (an object, "відкинули пропозицію України") it is not the subject: go on.
          let h = prev.i;
          // (a noun before a noun that is not its genitive ends the phrase: "У відповідь | посольство Росії")
          while (h - 1 >= sen.tokenStart && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(tokens[h - 1].pos ?? '') &&
            (!this.mentionAt(h - 1) || plainNoun(h - 1))
            && !(tokens[h - 1].pos === 'NOUN' && tokens[h].pos === 'NOUN' && featOf(tokens[h], 'Case') === 'Nom')
            // (nor a nominative adjective after a noun in another case: "Після візиту | правозахисна організація X")
            && !(tokens[h - 1].pos === 'NOUN' && tokens[h].pos === 'ADJ' && featOf(tokens[h], 'Case') === 'Nom' && featOf(tokens[h - 1], 'Case') !== 'Nom')) h--;
          let head = h;
          while (head < i && tokens[head].pos !== 'NOUN') head++;
          const headTok = tokens[head];
          const before = this.prevWord(h);
          // "відкинуло звинувачення Варшави, заявивши": a noun phrase right after a verb is its object
          if (before && (before.pos === 'VERB' || before.pos === 'AUX') && !this.invertedSubject(h)) {
            i = h;
            continue;
          }
          if (before && ['у', 'в'].includes(norm(before.text))) {
            // "У посольстві Росії у Великій Британії назвали": the mission, with the place where it sits, speaks —
            // not the place found first from the cue
            const seat = locative && headTok && MISSION_HEADS.has(lemmaOf(headTok)) && locative.mention.tokenStart === lm.mention.tokenEnd + 1
              && ['у', 'в'].includes(norm(tokens[lm.mention.tokenEnd].text));
            if (seat && head === h && featOf(headTok, 'Number') !== 'Plur') {
              institution = this.institutionEntity(h, locative!.mention.tokenEnd);
              locative = lm;
              locativeCount = 1;
            } else if (!locative) {
              locative = lm;
              locativeCount = 1 + this.coordinatedAfter(lm);
              // "В адміністрації США": the institution speaks, named with its head noun.
              if (head === h && headTok && INSTITUTION_HEADS.has(lemmaOf(headTok)) && featOf(headTok, 'Number') !== 'Plur' && headTok.text === norm(headTok.text)) {
                institution = this.institutionEntity(h, lm.mention.tokenEnd);
              }
            }
            i = h;
            continue;
          }
          if (headTok && (featOf(headTok, 'Case') === 'Nom' || h === sen.tokenStart)) {
            if (ROLE_SYNONYMS.has(lemmaOf(headTok)) && featOf(headTok, 'Number') !== 'Plur') {
              // ("Прем’єр-міністр Уряду національної єдності Абдель Хамід Дбейба … заявив": the person named right after
              // the title's body holds it)
              const holder = this.mentionAt(lm.mention.tokenEnd);
              const named = holder && holder !== lm && holder.entity.type === 'PERS' && this.isNamed(holder) ? holder.entity.id : null;
              return this.resolveTitle(h, lm.mention.tokenEnd, h) ?? named ?? ent.id;
            }
            // "Посольство Росії в Гельсінкі назвало …": an institution named by its common noun speaks as itself,
            // a mission with the place where it sits
            if (head === h && INSTITUTION_HEADS.has(lemmaOf(headTok)) && featOf(headTok, 'Number') !== 'Plur') {
              return this.institutionEntity(h, this.seatEnd(headTok, lm.mention.tokenEnd));
            }
            // An institution of theirs ("Генеральний штаб ЗСУ", "прес-служба МЗС") speaks for them; people
            // ("Дипломати кількох країн ЄС", "експерти") do not.
            return featOf(headTok, 'Animacy') === 'Inan' && featOf(headTok, 'Number') !== 'Plur' ? ent.id : null;
          }
          i = h;
          continue;
        }
        if (['та', 'і', 'й', ','].includes(prevLow) && i >= 2) {
          // "У Литві та Польщі": the second of coordinated locatives.
          const first = this.mentionAt(i - 2);
          const firstPrev = first ? this.prevWord(first.mention.tokenStart) : null;
          if (firstPrev && ['у', 'в'].includes(norm(firstPrev.text))) continue;
        }
        if (lm.mention.type === 'JOB') {
          const viaRole = this.resolveTitle(this.npStart(lm.mention.tokenStart), lm.mention.tokenEnd, lm.mention.tokenStart);
          if (viaRole) return viaRole;
          continue;
        }
        if (ent.type === 'PERS' && !this.isNamed(lm)) continue;
        // ("військові … на чолі з полковником X оголосили": a person named after a title in a prepositional phrase)
        if (ent.type === 'PERS' && prev && prev.pos === 'NOUN' && ROLE_SYNONYMS.has(lemmaOf(prev)) && featOf(prev, 'Case') === 'Ins') {
          const before = this.prevWord(this.npStart(prev.i));
          if (before && before.pos === 'ADP') {
            i = before.i;
            continue;
          }
        }
        // ("Адвокат Болсонару Селсу Віларді, …, заявив": a person named right before another is the owner of the
        // other's title, an indeclinable genitive)
        const next = this.mentionAt(lm.mention.tokenEnd);
        if (ent.type === 'PERS' && next && next !== lm && next.entity.type === 'PERS' && next.entity.id !== ent.id && this.isNamed(next)) continue;
        // (and the one after it holds that title, nominative: "Адвокат Болсонару | Селсу Віларді")
        const owner = ent.type === 'PERS' ? this.mentionAt(lm.mention.tokenStart - 1) : null;
        const ownerTitle = owner && owner !== lm && owner.entity.type === 'PERS' ? this.prevWord(owner.mention.tokenStart) : null;
        const titledAfterOwner = !!ownerTitle && ownerTitle.pos === 'NOUN' && featOf(ownerTitle, 'Case') === 'Nom' && (ROLE_SYNONYMS.has(lemmaOf(ownerTitle)) || roleHeadLemmas().has(lemmaOf(ownerTitle)));
        if (wasAdjacent || this.isNominative(lm) || this.invertedSubject(i) || this.afterNominativeTitle(lm) || titledAfterOwner) {
          // ("Мішель О’Ніл і її заступниця Емма Літтл-Пенгеллі засудили …, назвавши …": two speakers at once have none)
          if (ent.type === 'PERS' && this.joinedToPersonBefore(lm, cue)) return null;
          // ("Комісія звинуватила …" after "Національної комісії з прав людини Кенії": a body's common noun alone,
          // capitalised as it opens the sentence, is the body of that kind named before)
          const only = tokens[lm.mention.tokenStart]!;
          if (ent.type === 'ORG' && lm.mention.tokenEnd - lm.mention.tokenStart === 1 && only.i === sen0.tokenStart && only.pos === 'NOUN' && !(only.tag ?? '').includes(':prop') && !/^\p{Lu}{2,}/u.test(only.text)) {
            const body = this.definiteBody(lemmaOf(only), lm.mention.tokenStart);
            if (body) return body;
          }
          return ent.id;
        }
        continue;
      }
      // "У відомстві стверджують", "У компанії запевнили": a body named by a common noun right before the cue, at the
      // clause's start, is the body of that kind named before (by its word, else the last organisation for a generic one).
      if (!locative && i === cue - 1 && t.pos === 'NOUN' && t.text === norm(t.text) && featOf(t, 'Number') !== 'Plur') {
        let prev = this.prevWord(i);
        // (or the body's document: "У рішенні суду йдеться, що …")
        if (prev && prev.pos === 'NOUN' && DOCUMENT_NOUNS.has(lemmaOf(prev)) && featOf(t, 'Case') === 'Gen') prev = this.prevWord(prev.i);
        const opens = prev && ['у', 'в'].includes(norm(prev.text)) && (prev.i === sen.tokenStart || tokens[prev.i - 1]?.text === ',');
        if (opens) {
          const body = this.bodyByNoun(lemmaOf(t), cue);
          if (body) return body;
        }
      }
      // ("Комісія засудила …, назвавши …" after "Національної комісії з прав людини Нігерії": a body's common noun
      // opening the sentence as its subject is the body of that kind named before)
      if (!this.mentionAt(i) && i === sen.tokenStart && adjacent && t.pos === 'NOUN' && featOf(t, 'Case') === 'Nom' && featOf(t, 'Number') !== 'Plur' && !(t.tag ?? '').includes(':prop')) {
        const body = this.definiteBody(lemmaOf(t), i);
        if (body) return body;
      }
      // A surname the NER stage missed here but found elsewhere ("Шакалене, зі свого боку, запевнила").
      if (isNameLike(t) && (adjacent || featOf(t, 'Case') === 'Nom')) {
        const prev = this.prevWord(i);
        const known = prev && prev.pos === 'ADP' ? null : this.personByWord(t, i);
        if (known) return known;
      }
      // A locative source ends the search at its clause: "а в Україні відкидають … й наголошують, що".
      if (locative && (t.text === ',' || t.text === ';' || ['а', 'але', 'проте'].includes(norm(t.text)))) break;
      const low = norm(t.text);
      const g = PRONOUNS.get(low);
      if (g && featOf(t, 'Case') !== 'Acc') {
        const prev = this.prevWord(i);
        if (prev && (prev.pos === 'ADP')) continue;
        return this.resolvePronoun(g === 'p' ? null : g, i);
      }
      if (ROLE_SYNONYMS.has(lemmaOf(t)) && featOf(t, 'Case') === 'Nom') {
        // "Турецький лідер запевнив": a role without a name.
        const next = tokens[i + 1];
        if (!(next && this.mentionAt(next.i)?.entity.type === 'PERS')) {
          const r = this.resolveTitle(this.npStart(i), cue, i);
          if (r) return r;
        }
      }
      // A relative clause between the subject and the cue ("Гілі, який … відвідав полігон у графстві Кент, заявив"):
      // its names are not the speaker.
      // (also before the main verb a participle cue hangs on: "Бабіш, який …, розкритикував кабінет …, назвавши")
      const mainVerbNext = i + 1 < cue && tokens[i + 1]!.pos === 'VERB' && featOf(tokens[i + 1]!, 'VerbForm') === 'Fin';
      if (t.text === ',' && adjacent && (i === this.prevWord(cue)?.i || mainVerbNext)) {
        let k = i - 1;
        while (k > sen.tokenStart && i - k <= 25 && !(tokens[k]!.text === ',' && lemmaOf(tokens[k + 1]!) === 'який' && featOf(tokens[k + 1]!, 'Case') === 'Nom')) k--;
        // (the clause ends at this comma: not one closed before the main verb — "Бабіш, який …, розкритикував …, назвавши")
        const closedBefore = tokens.slice(k + 2, i).some((x) => x.text === ',' && tokens[x.i + 1]!.pos === 'VERB' && featOf(tokens[x.i + 1]!, 'VerbForm') === 'Fin');
        if (k > sen.tokenStart && !closedBefore && tokens[k]!.text === ',' && lemmaOf(tokens[k + 1]!) === 'який' && tokens.slice(k + 2, i).some((x) => x.pos === 'VERB' && featOf(x, 'VerbForm') === 'Fin')) {
          // (coordinated subjects before it speak together, so no one: "Нігер і Малі, які …, висловили «…»")
          const head = this.mentionAt(k - 1);
          const link = head ? this.prevWord(head.mention.tokenStart) : null;
          if (link && ['і', 'й', 'та'].includes(norm(link.text)) && this.mentionAt(link.i - 1)) return null;
          i = k;
          continue;
        }
      }
      // A parenthetical between commas ("Шакалене, зі свого боку, запевнила") keeps the subject adjacent.
      if (t.text === ',' && adjacent) {
        let k = i - 1;
        while (k >= sen.tokenStart && tokens[k].text !== ',' && i - k <= 10) k--;
        if (k >= sen.tokenStart && tokens[k].text === ',' && k < i - 1) {
          const seg = tokens.slice(k + 1, i);
          // (also an attribution of its own: "Лавров, як повідомили в МЗС РФ, попередив")
          const asSaid = norm(seg[0]!.text) === 'як' && seg.some((x) => isSpeechVerb(x));
          // (or an adverbial participle's phrase: "Путін, виступаючи в Сочі, назвав" — its place is no locative source)
          const participle = featOf(seg[0]!, 'VerbForm') === 'Conv' && !isSpeechVerb(seg[0]!) && seg.every((x) => !(x.pos === 'VERB' && featOf(x, 'VerbForm') === 'Fin'));
          if (asSaid || participle || (seg.length <= 4 && seg.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && !this.mentionAt(x.i)))) {
            i = k;
            continue;
          }
        }
      }
      // The subject of a main verb before a participle cue ("відкинуло звинувачення, назвавши") stands next to it.
      if ((t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin') adjacent = true;
      else if (!(t.pos === 'ADV' || t.pos === 'PART' || this.inTime(i))) adjacent = false;
    }
    // (with a state's demonym before the body: "У британському Міністерстві оборони уточнили")
    if (locative && locativeCount === 1) return this.demonymBody(locative) ?? institution ?? locative.entity.id;
    return null;
  }

  /** How many further places/organisations are coordinated after a locative ("У Литві та Польщі"). */
  private coordinatedAfter(lm: LinkedMention): number {
    const tokens = this.adoc.tokens;
    let n = 0;
    let k = lm.mention.tokenEnd;
    while (k < tokens.length && ['та', 'і', 'й', ','].includes(norm(tokens[k].text))) {
      const next = this.mentionAt(k + 1);
      if (!next || (next.entity.type !== 'LOC' && next.entity.type !== 'ORG')) break;
      n++;
      k = next.mention.tokenEnd;
    }
    return n;
  }

  /** Start of the noun phrase ending at token `i`: adjectives before a role noun ("Турецький лідер"). */
  private npStart(i: number): number {
    const sen = this.adoc.sentences[this.adoc.tokens[i].sentence];
    let s = i;
    while (s > sen.tokenStart && this.adoc.tokens[s - 1].pos === 'ADJ') s--;
    return s;
  }

  private timeTokens: Set<number> | null = null;

  /** Whether token `i` lies inside a date expression (adoc.times), which may stand between subject and verb. */
  private inTime(i: number): boolean {
    if (!this.timeTokens) {
      this.timeTokens = new Set();
      const toks = this.adoc.tokens;
      for (const t of this.adoc.times) {
        // tokens are in text order and do not overlap: those inside [t.start, t.end) start at or after t.start
        let lo = 0;
        let hi = toks.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (toks[mid].start < t.start) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < toks.length && toks[k].start < t.end; k++) if (toks[k].end <= t.end) this.timeTokens.add(toks[k].i);
      }
    }
    return this.timeTokens.has(i);
  }

  /**
   * The speaker named after a cue ("– написав міський голова Харкова Ігор Терехов у телеграмі", "повідомили в
   * СБУ", "– сказав він", "– додав голова ОП"): the first person in the clause, else an organisation, else a
   * pronoun or a role noun resolved backwards.
   */
  speakerAfter(cue: number): string | null {
    const tokens = this.adoc.tokens;
    const sen = this.adoc.sentences[tokens[cue].sentence];
    // (over an adverbial participle's phrase between commas: "– заявила, зачитуючи звернення, одна з командирок РПК
    // Бесе Хозат")
    let first = cue + 1;
    if (first + 1 < sen.tokenEnd && tokens[first]!.text === ',' && featOf(tokens[first + 1]!, 'VerbForm') === 'Conv') {
      let c = first + 2;
      while (c < sen.tokenEnd && c < first + 8 && tokens[c]!.text !== ',') c++;
      if (c < sen.tokenEnd && tokens[c]!.text === ',') first = c + 1;
    }
    let end = first;
    while (end < sen.tokenEnd && end < first + 15) {
      const t = tokens[end];
      // (a comma between stacked titles does not end the phrase: "– заявив віцепрем’єр-міністр, міністр закордонних
      // справ Молдови Міхай Попшой")
      const stacked = t.text === ',' && end + 1 < sen.tokenEnd && end > cue + 1 && ROLE_SYNONYMS.has(lemmaOf(tokens[end - 1]!)) && ROLE_SYNONYMS.has(lemmaOf(tokens[end + 1]!));
      // (nor one inside a list of genitives in a body's name: "голова комітету з питань національної безпеки,
      // оборони та розвідки Олександр Завітневич")
      const listed = t.text === ',' && end + 1 < sen.tokenEnd && end > cue + 2 && isGenitiveWord(tokens[end - 1]!) && isGenitiveWord(tokens[end + 1]!) && tokens[end + 1]!.pos === 'NOUN';
      if (t.kind === 'punct' && [',', '.', ';', ':', '!', '?', '(', '…'].includes(t.text) && !stacked && !listed) break;
      end++;
    }
    let org: LinkedMention | null = null;
    let orgCount = 0;
    for (let i = first; i < end; i++) {
      const t = tokens[i];
      const lm = this.mentionAt(i);
      if (lm) {
        i = lm.mention.tokenEnd - 1;
        if (lm.entity.type === 'PERS' && this.isNamed(lm)) {
          const prev = this.prevWord(lm.mention.tokenStart);
          if (prev && (prev.pos === 'ADP' || this.interviewMedium(prev))) continue;
          const own = this.namedAfterOwner(lm);
          if (own) return this.pairedPerson(own) ? null : own.entity.id;
          // "оголосили міністри … Рубен Брекельманс і Борис Пісторіус": words of two speakers at once have none
          return this.pairedPerson(lm) ? null : lm.entity.id;
        }
        if (lm.mention.type === 'JOB' || lm.entity.type === 'JOB' || lm.entity.type === 'PERS') {
          const named = this.namedMentionFrom(lm.mention.tokenEnd, end);
          if (named) return this.pairedPerson(named) ? null : named.entity.id;
          // (with the adjectives before the role: "– сказав німецький міністр")
          const r = this.resolveTitle(Math.max(cue + 1, this.npStart(lm.mention.tokenStart)), end, cue);
          if (r) return r;
          continue;
        }
        // (a name the model typed as a thing, right after the kind of body it is: "повідомила асоціація
        // автоперевізників Linava")
        const kindBefore = lm.entity.type === 'MISC' && this.afterBodyKind(lm.mention.tokenStart, first);
        if (lm.entity.type === 'ORG' || lm.entity.type === 'LOC' || kindBefore) {
          // The first one is the source; later ones count only when coordinated with it ("в Литві та Польщі"),
          // not as its modifiers ("Місія … в Автономній Республіці Крим").
          const prev = this.prevWord(lm.mention.tokenStart);
          // (a place in a prepositional phrase further on is where it was said: "– сказав генерал під час виступу
          // перед військовими в Омдурмані"; "повідомили в МЗС" has it right after the cue)
          if (!org && prev && prev.pos === 'ADP' && prev.i > cue + 1 && lm.entity.type === 'LOC') continue;
          if (!org) {
            org = lm;
            orgCount = 1;
          } else if (prev && ['та', 'і', 'й', ','].includes(norm(prev.text))) orgCount++;
        }
        continue;
      }
      const g = PRONOUNS.get(norm(t.text));
      if (g) return this.resolvePronoun(g === 'p' ? null : g, cue);
      if (isNameLike(t)) {
        const known = this.personByWord(t, cue);
        if (known) return known;
      }
      // "…, повідомило японське посольство в Манілі": a state's demonym before an institution noun is that state's
      // institution ("Посольство Японії"), not the place named after it.
      if (!org && t.pos === 'ADJ' && i + 1 < end) {
        const inst = this.demonymInstitution(i);
        if (inst) return inst;
      }
      // "повідомили в мерії Брюсселя": an institution named by its common noun with its place or state after it speaks
      // as itself, not as the place.
      // (a mission with the place where it sits: "уточнили в посольстві В’єтнаму в Пекіні", "в представництві ЄС в
      // Україні")
      if (!org && i === cue + 2 && ['у', 'в'].includes(norm(tokens[i - 1]!.text)) && t.pos === 'NOUN' && t.text === norm(t.text) && (INSTITUTION_HEADS.has(lemmaOf(t)) || MISSION_HEADS.has(lemmaOf(t)))
        && featOf(t, 'Number') !== 'Plur') {
        const owner = this.mentionAt(i + 1);
        if (owner && owner.mention.tokenStart === i + 1 && (owner.entity.type === 'LOC' || owner.entity.type === 'ORG')) return this.institutionEntity(i, this.seatEnd(t, owner.mention.tokenEnd));
      }
      // "повідомили в агентстві": a body named by its common noun alone is the body of that kind named before ("у
      // відомстві": a generic one, the organisation named last).
      // (also "повідомили в самому русі", with "сам" between)
      const inAfterCue = (i === cue + 2 && ['у', 'в'].includes(norm(tokens[i - 1]!.text)))
        || (i === cue + 3 && ['у', 'в'].includes(norm(tokens[cue + 1]!.text)) && lemmaOf(tokens[cue + 2]!) === 'сам');
      // "повідомили в обласній військовій адміністрації": the administration of the oblast the sentence (or the one
      // before) names ("на Дніпропетровщині" → "Дніпропетровська обласна військова адміністрація")
      if (!org && inAfterCue && t.text === norm(t.text) && lemmaOf(t) === OBLAST_ADMINISTRATION.lemmas[0]) {
        const adm = this.oblastAdministration(i, cue);
        if (adm) return adm;
      }
      if (!org && inAfterCue && t.pos === 'NOUN' && t.text === norm(t.text)) {
        const body = this.bodyByNoun(lemmaOf(t), cue);
        if (body) return body;
        // ("повідомили в пресслужбі відомства": a press office speaks for the body named by the common noun after it;
        // so does its document: "– йдеться в заяві агентства")
        const owner = i + 1 < end ? tokens[i + 1]! : undefined;
        if ((PRESS_OFFICES.has(lemmaOf(t)) || DOCUMENT_NOUNS.has(lemmaOf(t))) && owner && owner.pos === 'NOUN' && owner.text === norm(owner.text) && featOf(owner, 'Case') === 'Gen' && !this.mentionAt(owner.i)) {
          // (named before the quotation, not in it: "«… емблема ООН …», – йдеться в заяві організації")
          const b2 = this.bodyByNoun(lemmaOf(owner), this.quoteOpenBefore(cue), true);
          if (b2) return b2;
        }
      }
      if (GUEST_NOUNS.has(lemmaOf(t)) && !org && !this.mentionAt(i + 1)) {
        const g = this.guest(cue);
        if (g) return g;
      }
      if (ROLE_SYNONYMS.has(lemmaOf(t)) && !org) {
        const named = this.namedMentionFrom(i + 1, end);
        if (named) return this.pairedPerson(named) ? null : named.entity.id;
        const r = this.resolveTitle(Math.max(cue + 1, this.npStart(i)), end, cue);
        if (r) return r;
      }
    }
    if (org && orgCount === 1) return this.demonymBody(org) ?? this.bodyWithRemitAndState(org) ?? org.entity.id;
    // "– сказала журналістам одна з організаторок акції, студентка … Мілиця Йованович": a named person in apposition
    // after the comma that ended the phrase.
    if (!org && end < sen.tokenEnd && tokens[end]!.text === ',') {
      for (let i = end + 1; i < sen.tokenEnd && i < end + 10; i++) {
        const t = tokens[i]!;
        if (t.kind === 'punct') break;
        const lm = this.mentionAt(i);
        if (lm && lm.entity.type === 'PERS' && this.isNamed(lm)) return this.pairedPerson(lm) ? null : lm.entity.id;
        if (t.pos === 'VERB' || t.pos === 'AUX') break;
      }
    }
    return null;
  }

  /**
   * "обласній військовій адміністрації" at token i: the military administration of the one oblast named in the
   * sentence of token `at` or the one before, as an entity; null when the words differ or no single oblast is named.
   */
  private oblastAdministration(i: number, at: number): string | null {
    const tokens = this.adoc.tokens;
    const words = OBLAST_ADMINISTRATION.lemmas;
    if (i + words.length > tokens.length || words.some((w, k) => lemmaOf(tokens[i + k]!) !== w)) return null;
    const s = tokens[at]!.sentence;
    let region: string | null = null;
    for (const lm of this.linked) {
      if (lm.mention.sentence > s || lm.mention.sentence < s - 1 || lm.mention.tokenStart >= at) continue;
      const m = OBLAST_ADMINISTRATION.region.exec(lm.entity.name);
      if (lm.entity.type !== 'LOC' || !m) continue;
      if (region && region !== m[1]) return null;
      region = m[1]!;
    }
    if (!region) return null;
    const name = `${region} ${OBLAST_ADMINISTRATION.name}`;
    const have = this.adoc.entities.find((x) => x.name === name);
    return have ? have.id : this.addEntity({ type: 'ORG', name, mentions: [], actor: { country: OBLAST_ADMINISTRATION.country, sector: OBLAST_ADMINISTRATION.sector } });
  }

  /**
   * Tokens from `start` up to the cue: adjectives, a body's noun in the nominative (lower case but for the first word),
   * its state in the genitive, then only adverbs or a date — that body as an entity ("Незалежна виборча комісія
   * Кот-д’Івуару"); else null.
   */
  private bodyOfStateOpening(start: number, cue: number): string | null {
    const tokens = this.adoc.tokens;
    let k = start;
    while (k < cue && tokens[k]!.pos === 'ADJ' && (k === start || tokens[k]!.text === norm(tokens[k]!.text)) && !this.mentionAt(k)) k++;
    const head = tokens[k];
    if (!head || k >= cue || head.pos !== 'NOUN' || featOf(head, 'Case') !== 'Nom' || (k > start && head.text !== norm(head.text)) || this.mentionAt(k)) return null;
    if (!SUBJECT_BODY_HEADS.has(lemmaOf(head))) return null;
    const state = this.countryMentionAt(k + 1);
    if (!state) return null;
    for (let i = state.mention.tokenEnd; i < cue; i++) if (!(tokens[i]!.pos === 'ADV' || this.inTime(i))) return null;
    return this.institutionEntity(start, state.mention.tokenEnd);
  }

  /**
   * An organisation named short, its lower-case genitive words and its state after it ("в Генеральному штабі | збройних
   * сил Чаду"): the body with all of them, as an entity; null when the words after it are not such.
   */
  private bodyWithRemitAndState(org: LinkedMention): string | null {
    if (org.entity.type !== 'ORG') return null;
    const tokens = this.adoc.tokens;
    let k = org.mention.tokenEnd;
    while (k < tokens.length && k < org.mention.tokenEnd + 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN') && tokens[k]!.text === norm(tokens[k]!.text)
      && featOf(tokens[k]!, 'Case') === 'Gen' && !this.mentionAt(k)) k++;
    if (k === org.mention.tokenEnd) return null;
    const state = this.countryMentionAt(k);
    return state ? this.institutionEntity(org.mention.tokenStart, state.mention.tokenEnd) : null;
  }

  /** The mention of a country (by the knowledge base) that opens at token k, or null. */
  private countryMentionAt(k: number): LinkedMention | null {
    const m = this.mentionAt(k);
    return m && m.mention.tokenStart === k && m.entity.type === 'LOC' && !!m.entity.actor?.kbId?.startsWith('country:') ? m : null;
  }

  /** A body-kind noun ("асоціація", "компанія") opens the phrase before token `start`, a genitive noun at most between. */
  private afterBodyKind(start: number, floor: number): boolean {
    for (let k = start - 1; k >= floor && k >= start - 2; k--) {
      const t = this.adoc.tokens[k]!;
      if (t.pos !== 'NOUN') return false;
      if (BODY_KIND_NOUNS.has(lemmaOf(t)) || GENERIC_BODY_NOUNS.has(lemmaOf(t))) return true;
      if (featOf(t, 'Case') !== 'Gen') return false;
    }
    return false;
  }

  /** The guest: the named person who is the subject of the last visit told before token `before` ("прибув … з візитом"). */
  private guest(before: number): string | null {
    const tokens = this.adoc.tokens;
    for (let k = before - 1; k >= 0; k--) {
      if (!VISIT_LEMMAS.has(lemmaOf(tokens[k]!))) continue;
      const sen = this.adoc.sentences[tokens[k]!.sentence]!;
      let best: LinkedMention | null = null;
      for (const lm of this.linked) {
        if (lm.mention.tokenStart < sen.tokenStart || lm.mention.tokenStart >= k || lm.entity.type !== 'PERS' || !this.isNamed(lm)) continue;
        if (this.isNominative(lm) && (!best || lm.mention.tokenStart < best.mention.tokenStart)) best = lm;
      }
      if (best) return best.entity.id;
    }
    return null;
  }

  /**
   * The organisation named before token `before` whose name has the word `lemma` ("агентство" → "Міжнародне агентство
   * з атомної енергії"): the latest one; null when none.
   */
  private definiteBody(lemma: string, before: number): string | null {
    // (a short noun whole: "у штабі" → "Координаційний штаб …", whose word "штаб" its stem would not tell apart)
    // (a word under four letters only by the word before the name: "рух")
    // (a word of five letters by its first four: "місія" is no "Міст")
    const stem = lemma.length < 4 ? null : lemma.length < 5 ? lemma : lemma.length < 6 ? lemma.slice(0, 4) : lemma.slice(0, lemma.length - 2);
    let best: LinkedMention | null = null;
    for (const lm of this.linked) {
      if (lm.mention.tokenStart >= before || lm.entity.type !== 'ORG') continue;
      // (or right after that word: "руху «Атеш»" … "в самому русі")
      const kind = this.prevWord(lm.mention.tokenStart);
      const kindWord = kind && (kind.text === '«' ? this.prevWord(kind.i) : kind);
      // (a short noun as a whole word of the name: "суд" in "Конституційний суд Грузії")
      const words = lm.entity.name.toLowerCase().split(/\s+/);
      if (!(stem && words.some((w) => w.startsWith(stem))) && !(kindWord && lemmaOf(kindWord) === lemma) && !(lemma.length >= 3 && words.includes(lemma))) continue;
      if (!best || lm.mention.tokenStart > best.mention.tokenStart) best = lm;
    }
    return best ? best.entity.id : null;
  }

  /** The body a common noun names: the one of that kind named before, or — for a generic noun ("відомство") — the
   * organisation named last (with `preferKnown`, the last one with a sector). */
  private bodyByNoun(lemma: string, before: number, preferKnown = false): string | null {
    return this.definiteBody(lemma, before) ?? (GENERIC_BODY_NOUNS.has(lemma) ? this.lastOrganisation(before, preferKnown) : null);
  }

  /** The opening mark of a quotation that closes right before the cue at `cue` (over a comma and a dash), else `cue`. */
  private quoteOpenBefore(cue: number): number {
    const tokens = this.adoc.tokens;
    let k = cue - 1;
    while (k >= 0 && (tokens[k]!.text === ',' || DASH_TOKENS.has(tokens[k]!.text))) k--;
    if (k < 0 || tokens[k]!.text !== '»') return cue;
    let depth = 0;
    for (let j = k; j >= 0 && tokens[j]!.sentence === tokens[cue]!.sentence; j--) {
      if (tokens[j]!.text === '»') depth++;
      else if (tokens[j]!.text === '«' && --depth === 0) return j;
    }
    return cue;
  }

  /** The organisation named last before token `before`, or null. */
  private lastOrganisation(before: number, preferKnown = false): string | null {
    let best: LinkedMention | null = null;
    // (with `preferKnown`, for a press office: a body with a sector — a state's service, ministry, army — over a name
    // the model typed as one, "Кримський міст")
    let known: LinkedMention | null = null;
    // (and one that only owns a thing named before it, "активів Лукойлу", after one that acts: the first is meant)
    let owned: LinkedMention | null = null;
    for (const lm of this.linked) {
      if (lm.mention.tokenStart >= before || lm.entity.type !== 'ORG') continue;
      const prev = this.adoc.tokens[lm.mention.tokenStart - 1];
      const isOwned = !!prev && prev.pos === 'NOUN' && prev.text === norm(prev.text) && !GENERIC_BODY_NOUNS.has(lemmaOf(prev)) && !BODY_KIND_NOUNS.has(lemmaOf(prev))
        && featOf(this.adoc.tokens[lm.mention.tokenStart]!, 'Case') === 'Gen';
      if (isOwned) {
        if (!owned || lm.mention.tokenStart > owned.mention.tokenStart) owned = lm;
        continue;
      }
      if (!best || lm.mention.tokenStart > best.mention.tokenStart) best = lm;
      if (lm.entity.actor?.sector && (!known || lm.mention.tokenStart > known.mention.tokenStart)) known = lm;
    }
    return ((preferKnown ? known : null) ?? best ?? owned)?.entity.id ?? null;
  }

  /** Token `i` follows a speech verb that follows a dash or comma: "«…», – зазначила Коваль", "…, повідомив Бойко". */
  private invertedSubject(i: number): boolean {
    const verb = this.prevWord(i);
    if (!verb || !isSpeechVerb(verb)) return false;
    const before = this.prevWord(verb.i);
    return !!before && (before.text === ',' || DASH_TOKENS.has(before.text));
  }

  /** The person named before token `before` with a mention containing this word (same form or lemma). */
  private personByWord(t: Token, before: number): string | null {
    const form = norm(t.text);
    const lemma = lemmaOf(t);
    for (let k = this.linked.length - 1; k >= 0; k--) {
      const lm = this.linked[k];
      if (lm.entity.type !== 'PERS' || lm.mention.tokenStart >= before) continue;
      const words = this.nameWordsOf(k);
      // (or the form is that word's lemma, the nominative the tagger read otherwise: "Пхумтхам" as a plural dative)
      for (let n = 0; n < words.length; n += 2) if (words[n] === form || words[n + 1] === lemma || words[n + 1] === form) return lm.entity.id;
    }
    return null;
  }

  /** Per linked mention (by index): folded form and lemma of each word longer than two letters, in pairs (once each). */
  private readonly nameWords: (string[] | undefined)[] = [];

  private nameWordsOf(k: number): string[] {
    let words = this.nameWords[k];
    if (!words) {
      words = [];
      const lm = this.linked[k]!;
      for (let i = lm.mention.tokenStart; i < lm.mention.tokenEnd; i++) {
        const m = this.adoc.tokens[i];
        if (m.kind === 'word' && m.text.length > 2) words.push(norm(m.text), lemmaOf(m));
      }
      this.nameWords[k] = words;
    }
    return words;
  }

  private readonly named = new Map<LinkedMention, boolean>();

  /** A mention that carries a name (a capitalised word), not only a role word tagged as a person (once per mention). */
  private isNamed(lm: LinkedMention): boolean {
    let r = this.named.get(lm);
    if (r === undefined) {
      r = false;
      for (let i = lm.mention.tokenStart; i < lm.mention.tokenEnd && !r; i++) {
        const t = this.adoc.tokens[i];
        // (a surname after a lower-case particle counts by its capital: "аш-Шараа", "аль-Бурхан")
        if (t.kind === 'word' && /\p{Lu}/u.test(t.text.slice(0, t.text.indexOf('-') + 2)) && !ROLE_SYNONYMS.has(lemmaOf(t))) r = true;
      }
      this.named.set(lm, r);
    }
    return r;
  }

  /** The first named nominative person in tokens [from, to) ("генеральний прокурор Руслан Кравченко"). */
  private namedPersonFrom(from: number, to: number): string | null {
    return this.namedMentionFrom(from, to)?.entity.id ?? null;
  }

  /**
   * Whether a named person stands right after verb v with a title in the nominative before it, past a preposition
   * and a pronoun ("вимагав від нього президент Петр Павел"): the verb's subject.
   */
  private invertedTitled(v: number, lm: LinkedMention): boolean {
    const tokens = this.adoc.tokens;
    let k = v + 1;
    if (tokens[k]?.pos === 'ADP' && tokens[k + 1]?.pos === 'PRON') k += 2;
    const title = tokens[k];
    // (not a relative clause's verb: "ідею, яку озвучив президент Володимир Зеленський, заявивши")
    for (let j = v - 1; j >= 0 && tokens[j]!.sentence === tokens[v]!.sentence && tokens[j]!.text !== ','; j--) if (lemmaOf(tokens[j]!) === 'який') return false;
    return !!title && k + 1 === lm.mention.tokenStart && title.pos === 'NOUN' && ROLE_SYNONYMS.has(lemmaOf(title)) && featOf(title, 'Case') === 'Nom';
  }

  /** A medium's noun after an interview or a preposition ("в інтерв’ю телеканалу X", "в ефірі радіо X"): not "агентство X" reporting. */
  private interviewMedium(t: Token): boolean {
    if (!MEDIA_NOUNS.has(lemmaOf(t))) return false;
    const before = this.prevWord(t.i);
    return !!before && (before.pos === 'ADP' || ['інтерв’ю', 'ефір', 'програма'].includes(lemmaOf(before)));
  }

  private namedMentionFrom(from: number, to: number): LinkedMention | null {
    for (let i = from; i < to; i++) {
      const lm = this.mentionAt(i);
      if (!lm) continue;
      i = lm.mention.tokenEnd - 1;
      // (not one in a prepositional phrase: "– сказав генерал під час виступу … в Омдурмані" names a place there)
      const prev = this.prevWord(lm.mention.tokenStart);
      if (prev && prev.pos === 'ADP') continue;
      // (nor a medium's name the model read as a person's: "– сказав міністр в інтерв’ю телеканалу Аль-Арабія")
      if (prev && this.interviewMedium(prev)) continue;
      if (lm.entity.type === 'PERS' && this.isNamed(lm)) return this.namedAfterOwner(lm) ?? lm;
    }
    return null;
  }

  /**
   * The person named right after a person in the genitive, whose title's owner that one is ("спецпредставник Путіна
   * Кирило Дмитрієв"): the one in apposition to the title, not its owner; null when no named person follows.
   */
  private namedAfterOwner(lm: LinkedMention): LinkedMention | null {
    const head = this.adoc.tokens[lm.mention.tokenEnd - 1]!;
    // (a genitive in "-у" the tagger may read as a dative: "президент Корнеллу Майкл Котлікофф"; any case right after a
    // title, where a foreign surname's case is often misread: "речник Рамафоси | Вінсент Магвенья", "адвокат Болсонару |
    // Селсу Віларді")
    const title = this.prevWord(lm.mention.tokenStart);
    const afterTitle = !!title && title.pos === 'NOUN' && (ROLE_SYNONYMS.has(lemmaOf(title)) || roleHeadLemmas().has(lemmaOf(title)));
    if (featOf(head, 'Case') !== 'Gen' && featOf(head, 'Case') !== 'Dat' && !afterTitle) return null;
    const next = this.mentionAt(lm.mention.tokenEnd);
    if (!next || next === lm || next.mention.tokenStart !== lm.mention.tokenEnd || next.entity.type !== 'PERS' || !this.isNamed(next)) return null;
    // (the holder of a nominative title is in its apposition, whatever case the tagger gave a foreign name)
    return this.isNominative(next) || (afterTitle && featOf(title!, 'Case') === 'Nom') ? next : null;
  }

  /**
   * A named person joined by "і/та" to a person named before, with a possessive and a title between ("О’Ніл і її
   * заступниця Літтл-Пенгеллі"), as the subject of a plural verb before the cue: two speakers at once.
   */
  private joinedToPersonBefore(lm: LinkedMention, cue: number): boolean {
    const tokens = this.adoc.tokens;
    let k = lm.mention.tokenStart - 1;
    const stop = Math.max(0, k - 5);
    while (k > stop) {
      const t = tokens[k]!;
      const m = this.mentionAt(k);
      if (m && (m.mention.type === 'JOB' || m.entity.type === 'JOB')) { k = m.mention.tokenStart - 1; continue; }
      if (POSSESSIVES.has(norm(t.text)) || ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.text === norm(t.text) && !['і', 'й', 'та'].includes(norm(t.text)))) { k--; continue; }
      break;
    }
    if (k < 1 || !['і', 'й', 'та'].includes(norm(tokens[k]!.text))) return false;
    const before = this.mentionAt(k - 1);
    if (!before || before.entity.type !== 'PERS' || before.entity.id === lm.entity.id) return false;
    for (let j = lm.mention.tokenEnd; j <= cue && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.pos === 'VERB' && featOf(t, 'VerbForm') === 'Fin') return featOf(t, 'Number') === 'Plur';
    }
    return false;
  }

  /** A named person followed by "і/та" and another person: two speakers at once ("Рубен Брекельманс і Борис Пісторіус"). */
  private pairedPerson(lm: LinkedMention): boolean {
    const co = this.adoc.tokens[lm.mention.tokenEnd];
    const second = co && ['і', 'й', 'та'].includes(norm(co.text)) ? this.mentionAt(lm.mention.tokenEnd + 1) : null;
    return !!second && second.entity.type === 'PERS' && second.entity.id !== lm.entity.id;
  }

  /** "за словами Сікорського", "за його словами", "за даними СБУ": the source named in tokens [from, to). */
  sourceIn(from: number, to: number): string | null {
    // ("…, повідомив речник Джей Тарріела, за словами якого …": the relative names the one named before the comma)
    const tokens = this.adoc.tokens;
    if (from < to && isObliqueRelative(tokens[from]!)) {
      let k = from - 1;
      while (k > 0 && k > from - 4 && tokens[k]!.text !== ',') k--;
      const before = k > 0 && tokens[k]!.text === ',' ? this.mentionAt(k - 1) : null;
      if (before && (before.entity.type === 'PERS' || before.entity.type === 'ORG')) return before.entity.id;
    }
    for (let i = from; i < to; i++) {
      const lm = this.mentionAt(i);
      if (lm && lm.entity.type !== 'JOB' && SPEAKER_TYPES.has(lm.entity.type)) {
        if (lm.entity.type === 'PERS') return lm.entity.id;
        // an organisation or place: keep looking for a person ("за словами речника МЗС Георгія Тихого")
        for (let k = lm.mention.tokenEnd; k < to; k++) {
          const p = this.mentionAt(k);
          if (p && p.entity.type === 'PERS') return p.entity.id;
        }
        return lm.entity.id;
      }
    }
    for (let i = from; i < to; i++) {
      const g = POSSESSIVES.get(norm(this.adoc.tokens[i].text));
      if (g) return this.resolvePronoun(g === 'p' ? null : g, from);
    }
    for (let i = from; i < to; i++) {
      if (ROLE_SYNONYMS.has(lemmaOf(this.adoc.tokens[i]))) {
        // (with the adjectives before the role: "литовського міністра")
        const r = this.resolveTitle(Math.max(from, this.npStart(i)), to, from);
        if (r) return r;
      }
    }
    // ("За даними штабу, …", "За даними відомства, …": a body named by its common noun alone is the body of that kind
    // named before)
    const t = to - 1 >= from ? tokens[to - 1]! : null;
    if (t && t.pos === 'NOUN' && t.text === norm(t.text) && featOf(t, 'Number') !== 'Plur' && featOf(t, 'Case') === 'Gen') {
      const body = this.bodyByNoun(lemmaOf(t), from);
      if (body) return body;
    }
    return null;
  }

  /**
   * `speaker` when tokens [from, to) hold a possessive pronoun of its gender ("за його словами") and it is a person;
   * else null.
   */
  possessiveOf(from: number, to: number, speaker: string): string | null {
    const ent = this.adoc.entities.find((e) => e.id === speaker);
    if (!ent || ent.type !== 'PERS') return null;
    // (a source named in the phrase speaks itself: "За словами його адвоката Юн Габ Гина")
    for (let i = from + 1; i < to; i++) if (this.mentionAt(i)) return null;
    for (let i = Math.max(0, from - 2); i < to; i++) {
      const g = POSSESSIVES.get(norm(this.adoc.tokens[i]!.text));
      if (!g || g === 'p') continue;
      const eg = this.entityGender(speaker);
      return !eg || eg === g ? speaker : null;
    }
    return null;
  }

  /** The last person named before token `before`, of gender `g` when known. */
  resolvePronoun(g: 'm' | 'f' | null, before: number): string | null {
    const beforeSentence = this.adoc.tokens[Math.min(before, this.adoc.tokens.length - 1)].sentence;
    for (const subjectsOnly of [true, false]) {
      for (let k = this.linked.length - 1; k >= 0; k--) {
        const lm = this.linked[k];
        // (a body that reported the sentence before, its verb of the pronoun's gender: "…, повідомив опозиційний Уряд
        // національної єдності. Він звинуватив …")
        if (subjectsOnly && g && lm.entity.type === 'ORG' && lm.mention.tokenStart < before && lm.mention.sentence === beforeSentence - 1
          && this.reportedBy(lm, g)) return lm.entity.id;
        if (lm.mention.tokenStart >= before || lm.entity.type !== 'PERS' || !this.isNamed(lm)) continue;
        if (subjectsOnly && (beforeSentence - lm.mention.sentence > 3 || !this.isSubjectLike(lm))) continue;
        if (g) {
          const eg = this.entityGender(lm.entity.id);
          if (eg && eg !== g) continue;
        }
        // (a sentence since then opened with a title for another person: "Глава держави звинуватив …" then "Напередодні
        // він заявив" — the title's person is the one named last)
        if (subjectsOnly) {
          const titled = this.titleSubjectBetween(lm.mention.tokenEnd, before, g);
          if (titled) return titled;
        }
        return lm.entity.id;
      }
    }
    return null;
  }

  /**
   * Mention `lm` closes its sentence as the subject of a speech verb of gender `g` after a comma ("…, повідомив
   * опозиційний Уряд …").
   */
  private reportedBy(lm: LinkedMention, g: 'm' | 'f'): boolean {
    const tokens = this.adoc.tokens;
    const sen = this.adoc.sentences[lm.mention.sentence]!;
    let e = lm.mention.tokenEnd;
    while (e < sen.tokenEnd && tokens[e]!.kind === 'punct' && tokens[e]!.text !== ',') e++;
    if (e < sen.tokenEnd) return false;
    let t0 = lm.mention.tokenStart;
    while (t0 > sen.tokenStart && t0 > lm.mention.tokenStart - 3 && ['ADJ', 'NOUN'].includes(tokens[t0 - 1]!.pos ?? '') && !isSpeechVerb(tokens[t0 - 1]!)) t0--;
    const verb = this.prevWord(t0);
    if (!verb || !isSpeechVerb(verb) || genderOf(verb) !== g) return false;
    const comma = this.prevWord(verb.i);
    return !!comma && comma.text === ',';
  }

  /**
   * The person a role phrase opening a sentence as its subject ("Глава держави звинуватив …") stands for, the last
   * such between tokens `from` and `before`, of gender `g` when known; null when there is none.
   */
  private titleSubjectBetween(from: number, before: number, g: 'm' | 'f' | null): string | null {
    const tokens = this.adoc.tokens;
    const first = tokens[Math.min(from, tokens.length - 1)]!.sentence;
    const last = tokens[Math.min(before, tokens.length - 1)]!.sentence;
    for (let s = last; s > first; s--) {
      const sen = this.adoc.sentences[s]!;
      const h = sen.tokenStart;
      if (h >= before) continue;
      const t = tokens[h]!;
      if (!this.isRoleNoun(t) || featOf(t, 'Case') !== 'Nom' || this.mentionAt(h)) continue;
      let e = h + 1;
      while (e < sen.tokenEnd && e < h + 5 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[e]!.pos ?? '') && !this.mentionAt(e)) e++;
      if (e >= sen.tokenEnd || tokens[e]!.pos !== 'VERB' || e >= before) continue;
      const id = this.resolveTitle(h, e, h);
      if (!id) continue;
      const eg = g ? this.entityGender(id) : null;
      if (eg && eg !== g) continue;
      return id;
    }
    return null;
  }

  private readonly subjectLike = new Map<LinkedMention, boolean>();

  /** A mention in subject position: not after a preposition, followed (past adverbs and dates) by a verb. */
  private isSubjectLike(lm: LinkedMention): boolean {
    let r = this.subjectLike.get(lm);
    if (r === undefined) {
      r = this.isSubjectLikeUncached(lm);
      this.subjectLike.set(lm, r);
    }
    return r;
  }

  private isSubjectLikeUncached(lm: LinkedMention): boolean {
    const tokens = this.adoc.tokens;
    const prev = this.prevWord(lm.mention.tokenStart);
    if (prev && prev.pos === 'ADP') return false;
    // the inverted subject of a speech verb, its title between ("«…», – заявив директор НАБУ Семен Кривонос")
    const sen0 = this.adoc.sentences[lm.mention.sentence]!;
    let t0 = lm.mention.tokenStart;
    // (over a date between the verb and the title: "– сказав у суботу міністр … Андрій Сибіга")
    while (t0 > sen0.tokenStart && t0 > lm.mention.tokenStart - 9 && (['NOUN', 'ADJ', 'PROPN'].includes(tokens[t0 - 1]!.pos ?? '') || this.inTime(t0 - 1))) t0--;
    // (a title opens with a nominative: "…, розкритикував кабінет Петра Фіали" names the object's owner)
    let h0 = t0;
    while (h0 < lm.mention.tokenStart && this.inTime(h0)) h0++;
    if (this.invertedSubject(t0) && (h0 === lm.mention.tokenStart || this.titleOpens(tokens[h0]!, lm))) return true;
    const sen = this.adoc.sentences[lm.mention.sentence];
    for (let i = lm.mention.tokenEnd; i < sen.tokenEnd && i < lm.mention.tokenEnd + 6; i++) {
      const t = tokens[i];
      if (t.pos === 'VERB' || t.pos === 'AUX') return true;
      if (t.pos === 'ADV' || t.pos === 'PART' || this.inTime(i)) continue;
      // (a relative clause between the subject and its verb: "Андрей Бабіш, який готується очолити уряд, розкритикував …"
      // — the clause up to its closing comma)
      if (t.text === ',' && i + 1 < sen.tokenEnd && lemmaOf(tokens[i + 1]!) === 'який') {
        let c = i + 2;
        while (c < sen.tokenEnd && c < i + 16 && tokens[c]!.text !== ',') c++;
        if (c < sen.tokenEnd && tokens[c]!.text === ',' && c + 1 < sen.tokenEnd && tokens[c + 1]!.pos === 'VERB') return true;
        return false;
      }
      // ("тим часом", "зі свого боку")
      const phrase = DISCOURSE_PHRASES.find((ph) => ph.every((w, j) => i + j < sen.tokenEnd && norm(tokens[i + j]!.text) === w));
      if (phrase) {
        i += phrase.length - 1;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * Word `t` right after a speech verb opens the title of the person `lm` names: a nominative role noun, or another
   * nominative with the name not in an oblique case ("…, розкритикував уряд Петра Коваля" names an object's owner).
   */
  private titleOpens(t: Token, lm: LinkedMention): boolean {
    if (featOf(t, 'Case') !== 'Nom') return false;
    if (ROLE_SYNONYMS.has(lemmaOf(t))) return true;
    return !OBLIQUE.has(featOf(this.adoc.tokens[lm.mention.tokenStart]!, 'Case') ?? '');
  }

  private genders = new Map<string, 'm' | 'f' | null>();

  /** Grammatical gender of a person: from past-tense verbs right after its mentions, else from the name's tokens. */
  /** A role noun ("прем’єр-міністерка", "посол"): a key of the role synonyms or one of their words. */
  private isRoleNoun(t: Token): boolean {
    ROLE_WORDS ??= new Set([...ROLE_SYNONYMS.keys(), ...[...ROLE_SYNONYMS.values()].flat()]);
    return ROLE_WORDS.has(lemmaOf(t));
  }

  entityGender(id: string): 'm' | 'f' | null {
    if (this.genders.has(id)) return this.genders.get(id)!;
    let m = 0;
    let f = 0;
    const tokens = this.adoc.tokens;
    for (const lm of this.linked) {
      if (lm.entity.id !== id) continue;
      // (past adverbs and dates: "Оділь Рено-Бассо в понеділок прибула")
      let n = lm.mention.tokenEnd;
      while (n < tokens.length && tokens[n]!.sentence === lm.mention.sentence && n < lm.mention.tokenEnd + 4 && (tokens[n]!.pos === 'ADV' || this.inTime(n))) n++;
      const next = tokens[n];
      if (next && next.sentence === lm.mention.sentence && next.pos === 'VERB' && featOf(next, 'Number') !== 'Plur') {
        const g = genderOf(next);
        if (g === 'm') m += 3;
        if (g === 'f') f += 3;
      }
      // An inverted subject right after a speech verb ("…, оголосила Рено-Бассо"), and a title right before the name
      // ("Президентка … Оділь Рено-Бассо" — the title noun's own gender).
      const prev = tokens[lm.mention.tokenStart - 1];
      if (prev && prev.sentence === lm.mention.sentence && prev.pos === 'VERB' && isSpeechVerb(prev) && featOf(prev, 'Number') !== 'Plur') {
        const g = genderOf(prev);
        if (g === 'm') m += 3;
        if (g === 'f') f += 3;
      }
      let title = this.mentionAt(lm.mention.tokenStart - 1);
      // (over the state or body the title is of: "з прем’єр-міністеркою Японії Санае Такаїчі" — the title noun itself
      // where the NER stage gave it no mention)
      if (title && (title.mention.type === 'LOC' || title.mention.type === 'ORG') && title.mention.sentence === lm.mention.sentence) {
        const before = this.mentionAt(title.mention.tokenStart - 1);
        const noun = tokens[title.mention.tokenStart - 1];
        if (before && before.mention.type === 'JOB') title = before;
        // (a feminine title only: "глава", "міністр" name women too — "Глава МЗС Латвії Байба Браже")
        else if (noun && noun.pos === 'NOUN' && noun.sentence === lm.mention.sentence && this.isRoleNoun(noun) && genderOf(noun) === 'f') f += 2;
      }
      if (title && title.mention.type === 'JOB') {
        // (its first noun or adjective: the head, or an adjective agreeing with it — "Уповноважений Верховної Ради",
        // not the feminine "Ради")
        for (let i = title.mention.tokenStart; i < title.mention.tokenEnd; i++) {
          if (tokens[i]!.pos !== 'NOUN' && tokens[i]!.pos !== 'ADJ') continue;
          const g = genderOf(tokens[i]!);
          if (g === 'm') m += 2;
          if (g === 'f') f += 2;
          break;
        }
      }
      // The name's nouns tell it, a first name best ("Урсула фон дер Ляєн": not the particles, not "Ляєн").
      let hasFirst = false;
      for (let i = lm.mention.tokenStart; i < lm.mention.tokenEnd; i++) if (/:fname/.test(tokens[i].tag ?? '')) hasFirst = true;
      for (let i = lm.mention.tokenStart; i < lm.mention.tokenEnd; i++) {
        const t = tokens[i];
        if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
        if (hasFirst && !/:fname/.test(t.tag ?? '')) continue;
        const g = genderOf(t);
        if (g === 'm') m++;
        if (g === 'f') f++;
      }
    }
    const out = m > f ? 'm' : f > m ? 'f' : null;
    this.genders.set(id, out);
    return out;
  }

  /**
   * The words of the title a person is introduced with: the noun phrase right before the name ("Міністр
   * закордонних справ України Андрій Сибіга") or an apposition right after it ("Андрій Єрмак, керівник ОП").
   */
  private titleWords(lm: LinkedMention): Set<string> {
    const tokens = this.adoc.tokens;
    const sen = this.adoc.sentences[lm.mention.sentence];
    const out = new Set<string>();
    // (a name in Latin letters the tagger left unclassed is part of a title too: "Лідер опозиційної партії Les
    // Transformateurs Сюксе Масра")
    const titleTok = (t: Token): boolean =>
      t.kind === 'word' && ['NOUN', 'ADJ', 'PROPN', 'ADP', 'DET', 'NUM', 'CCONJ', 'X'].includes(t.pos ?? 'NOUN');
    const add = (t: Token): void => {
      out.add(lemmaOf(t));
      out.add(norm(t.text));
    };
    for (let i = lm.mention.tokenStart - 1, n = 0; i >= sen.tokenStart && n < 8; i--, n++) {
      const t = tokens[i];
      const other = this.mentionAt(i);
      if (other && other.entity.type === 'PERS' && this.isNamed(other)) break;
      if (!titleTok(t)) break;
      add(t);
    }
    if (tokens[lm.mention.tokenEnd]?.text === ',') {
      for (let i = lm.mention.tokenEnd + 1, n = 0; i < sen.tokenEnd && n < 6; i++, n++) {
        const t = tokens[i];
        if (!titleTok(t)) break;
        add(t);
      }
    }
    return out;
  }

  /**
   * A role phrase in tokens [from, to) ("голова ОП", "глава МЗС України", "фінський лідер") → the person whose
   * introducing title (the words before one of their mentions, or their actor role) matches best; ties go to the
   * most recent. Null when no person before `before` matches at all.
   */
  resolveTitle(from: number, to: number, before: number): string | null {
    return this.matchTitle(from, to, before) ?? this.titleViaResolve(from, to, before);
  }

  /** The resolve stage's role records ("голова ОП" → the person introduced as "керівник Офісу президента"). */
  private titleViaResolve(from: number, to: number, before: number): string | null {
    const id = resolveRoleMention(this.adoc, { tokenStart: from, tokenEnd: to });
    if (!id || this.entityById.get(id)?.type !== 'PERS') return null;
    return this.linked.some((lm) => lm.entity.id === id && lm.mention.tokenStart < before) ? id : null;
  }

  private readonly ctxWordsOf = new Map<LinkedMention, Set<string>>();

  /** titleWords(lm) and the words of the person's actor role, once per mention (read only by matchTitle). */
  private contextWords(lm: LinkedMention): Set<string> {
    let ctxWords = this.ctxWordsOf.get(lm);
    if (!ctxWords) {
      ctxWords = this.titleWords(lm);
      for (const w of (lm.entity.actor?.role ?? '').split(/\s+/)) if (w) ctxWords.add(norm(w));
      // (and the posts the knowledge base knows the person held on the article's day, where the article named none:
      // "Володимир Зеленський …" then "– написав український президент")
      if (!lm.entity.actor?.role) for (const r of this.kbRoles(lm.entity)) for (const w of r.split(/\s+/)) if (w) ctxWords.add(norm(w));
      // "зустрівся зі своїм німецьким колегою X": a colleague holds the post of the person named before in the sentence
      if (ctxWords.has('колега')) {
        const other = this.linked.find((o) => o.mention.sentence === lm.mention.sentence && o.mention.tokenStart < lm.mention.tokenStart
          && o.entity.type === 'PERS' && o.entity.id !== lm.entity.id && this.isNamed(o));
        if (other) {
          for (const w of [...this.titleWords(other), ...(other.entity.actor?.role ?? '').split(/\s+/)]) if (ROLE_SYNONYMS.has(norm(w))) ctxWords.add(norm(w));
        }
      }
      for (const w of [...ctxWords]) for (const x of countryWordsByName().get(w) ?? []) ctxWords.add(x);
      // "Глава українського МЗС" was introduced as the head of a body whose abbreviation names the post: the
      // minister ("– додав міністр")
      if ([...ctxWords].some((w) => HEAD_WORDS.has(w))) {
        for (const w of [...ctxWords]) for (const x of TITLE_EXPANSIONS.get(w) ?? []) ctxWords.add(x);
      }
      this.ctxWordsOf.set(lm, ctxWords);
    }
    return ctxWords;
  }

  /** The posts the actor knowledge base gives a linked person on the article's day. */
  private kbRoles(e: Entity): string[] {
    const id = e.actor?.kbId;
    if (!id || e.type !== 'PERS') return [];
    const entry = kbEntryById(id);
    return entry ? rolesOn(entry, this.adoc.doc.date).map((r) => r.role) : [];
  }

  /** The person's first name (or first word) is masculine. */
  private masculine(lm: LinkedMention): boolean {
    const first = this.adoc.tokens[lm.mention.tokenStart];
    return !!first && /:m:/.test(first.tag ?? '') && /:(fname|lname)/.test(first.tag ?? '');
  }

  private matchTitle(from: number, to: number, before: number): string | null {
    const tokens = this.adoc.tokens;
    const roleWords: string[][] = [];
    const otherWords: string[][] = [];
    const prefixes: string[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      const l = lemmaOf(t);
      // ("Міський голова" is the mayor: not the head of any other body named before)
      const prev = i > from ? tokens[i - 1]! : null;
      const syn = l === 'голова' && prev && lemmaOf(prev) === 'міський' ? MAYOR_WORDS : ROLE_SYNONYMS.get(l);
      if (syn) {
        roleWords.push([...syn]);
        continue;
      }
      const exp = TITLE_EXPANSIONS.get(l) ?? TITLE_EXPANSIONS.get(norm(t.text));
      if (exp) {
        otherWords.push([...exp]);
        // ("глава уряду": the head of a body its abbreviation or noun expands to is the holder of that post — the prime
        // minister introduced as "Прем’єр-міністр")
        const head = roleWords.length && i > from && HEAD_WORDS.has(lemmaOf(tokens[i - 1]!));
        if (head) roleWords[roleWords.length - 1]!.push(...exp);
      }
      else if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') {
        otherWords.push([l]);
        if (t.pos === 'ADJ' && l.length >= 4) prefixes.push(l.slice(0, 3));
      }
    }
    if (!roleWords.length) return null;
    // A state's demonym in the title ("– додав американський дипломат") names a person of that state: not one whose
    // own state, known from their introduction, is another.
    let stateCode: string | undefined;
    for (let i = from; i < to && !stateCode; i++) {
      const state = tokens[i]!.pos === 'ADJ' ? UK_EVENTS.demonyms[lemmaOf(tokens[i]!)] : undefined;
      if (state) stateCode = codeOfState(UK_EVENTS, state) ?? undefined;
    }
    // A feminine role noun ("– додала міністерка") names a woman: not a man introduced with the same title. (A
    // masculine one may name either: "міністр" is used of women too.)
    let feminine = false;
    for (let i = from; i < to && !feminine; i++) if (ROLE_SYNONYMS.has(lemmaOf(tokens[i]!)) && /^noun:anim:f:/.test(tokens[i]!.tag ?? '')) feminine = true;
    // A head of state ("– наголосив глава держави") is no head of an international body ("президент Європейської ради").
    let ofState = false;
    for (let i = from; i < to && !ofState; i++) if (STATE_WORDS.has(lemmaOf(tokens[i]!))) ofState = true;
    const scores = new Map<string, { score: number; last: number }>();
    for (const lm of this.linked) {
      if (lm.entity.type !== 'PERS' || lm.mention.tokenStart >= before) continue;
      // (the gender the verbs and the title tell goes before the first name's: "Оділь" read as a man's name)
      if (feminine) {
        const g = this.entityGender(lm.entity.id);
        if (g === 'm' || (g === null && this.masculine(lm))) continue;
      }
      const own = lm.entity.actor?.country;
      if (stateCode && own && own !== stateCode) continue;
      if (ofState && lm.entity.actor?.sector === 'IGO') continue;
      const ctxWords = this.contextWords(lm);
      let score = 0;
      for (const syn of roleWords) if (syn.some((w) => ctxWords.has(w))) score += 2;
      if (score === 0) continue;
      for (const words of otherWords) if (words.some((w) => ctxWords.has(w))) score += 1;
      for (const p of prefixes) {
        for (const w of ctxWords) {
          if (w.startsWith(p)) {
            score += 0.5;
            break;
          }
        }
      }
      const prev = scores.get(lm.entity.id);
      if (!prev || prev.score < score) scores.set(lm.entity.id, { score, last: 0 });
    }
    // Recency: the latest mention of each candidate before `before`.
    for (const lm of this.linked) {
      const s = scores.get(lm.entity.id);
      if (s && lm.mention.tokenStart < before) s.last = Math.max(s.last, lm.mention.tokenStart);
    }
    let best: string | null = null;
    let bestScore = 0;
    let bestLast = -1;
    for (const [id, s] of scores) {
      if (s.score > bestScore || (s.score === bestScore && s.last > bestLast)) {
        best = id;
        bestScore = s.score;
        bestLast = s.last;
      }
    }
    // ("– наголосив лідер християнських демократів": a title with a remit of genitives that no candidate's title shares
    // is not the chancellor named before — the person last named as a subject stands for it, as a pronoun would)
    if (best !== null && bestScore < 3 && this.remitNouns(from, to) >= 2) return this.resolvePronoun(feminine ? 'f' : 'm', before);
    return best;
  }

  /**
   * The finite verb a complement clause hangs on: searching back from token `from` (not before `start`) for the ", що"
   * that opens the clause, the first finite verb before it; -1 when there is none.
   */
  private complementGovernor(from: number, start: number): number {
    const tokens = this.adoc.tokens;
    let k = from;
    while (k > start && !(tokens[k]!.text === ',' && norm(tokens[k + 1]?.text ?? '') === 'що')) k--;
    if (k <= start) return -1;
    for (k--; k >= start; k--) {
      const t = tokens[k]!;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin') return k;
    }
    return -1;
  }

  /** How many lower-case nouns and adjectives in the genitive follow the title's role noun in [from, to). */
  private remitNouns(from: number, to: number): number {
    const tokens = this.adoc.tokens;
    let n = 0;
    let seenRole = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (ROLE_SYNONYMS.has(lemmaOf(t))) {
        seenRole = true;
        continue;
      }
      if (seenRole && t.kind === 'word' && t.text === norm(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ') && featOf(t, 'Case') === 'Gen') n++;
    }
    return n;
  }
}
