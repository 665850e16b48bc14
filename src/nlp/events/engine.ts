/**
 * The event engine: finds PLOVER event triggers by lemma, fills source and target from case and preposition cues,
 * and sets mode, modality, negation, date and place. Language-independent; the words come from an EventLanguage
 * (src/lang/<lang>/events.ts). Conventions: eval/gold/README.md; design notes: docs/events.md.
 */
import type { AnalyzedDocument, Entity, EntityType, Event, EventType, Modality, TimeExpression, Token } from '../../types.js';
import {
  applyApposition, buildView, codeOfState, F_ADJ, F_ADJP, F_ADVP, F_ADVP0, F_ANIM, F_FUTR, F_IMPERS, F_INANIM, F_INF, F_INFX, F_NOUN,
  F_NUMBER, F_PASV, F_PLNAZ, F_PLURAL, F_PRONDEM, F_POS_ADV, F_POS_PART, F_POS_PRON, F_POS_VERB, F_PREP, F_PROP, F_PROPER, F_SUBORD, F_VERB, F_WORD, F_CAPWORD,
  genderOfTag, isAdjLike, isNounLike, isPrep, isVerbLike, newActor, sigOf, type Actor, type DocView,
} from './analysis.js';
import type { Case, EventLanguage, TriggerEntry } from './lexicon.js';
import { timeForToken } from '../time/index.js';
import { lemmaCandidates } from '../morph/index.js';

interface Draft {
  type: EventType;
  mode?: string;
  source: number[];
  target: number[];
  /** Where the source came from (explicit phrase, discourse, default …). */
  sourceHow: 'explicit' | 'discourse' | 'default' | 'none';
  trigger: number;
  triggerEnd: number;
  entry: TriggerEntry;
  sentence: number;
  negated: boolean;
  modality: Modality;
  location: number | null;
  /** The source came from the trigger's own phrase ("засідання Коаліції"), not from the clause. */
  ownSource: boolean;
  /** Refers back with a demonstrative ("Це … санкції"). */
  anaphoric: boolean;
  /** A target given by name (the perpetrator of a condemned act that had no written source). */
  targetName: string | undefined;
  /** Repeats the act of the clause before for another actor (gapping): an act of its own. */
  gapped: boolean;
  /** A noun trigger that is the object of a light verb of its subject ("запровадили обмеження", "оголосили про вихід"). */
  lightObject: boolean;
  /** The token whose clause dates the event: the trigger, or a later mention of the same act that gives its date. */
  dateFrom: number;
}

/**
 * Every draft is made here, with every field in one order: one hidden class for all of them, so the engine's
 * optimised code is not thrown away when a draft of another shape turns up (a field added later, a spread copy).
 */
function newDraft(
  type: EventType, mode: string | undefined, source: number[], target: number[], sourceHow: Draft['sourceHow'], trigger: number,
  triggerEnd: number, entry: TriggerEntry, sentence: number, negated: boolean, modality: Modality, location: number | null,
  ownSource: boolean, lightObject: boolean, anaphoric: boolean, gapped: boolean, targetName: string | undefined,
): Draft {
  return {
    type, mode, source, target, sourceHow, trigger, triggerEnd, entry, sentence, negated, modality, location, ownSource, anaphoric,
    targetName, gapped, lightObject, dateFrom: trigger,
  };
}

interface Compiled {
  L: EventLanguage;
  byLemma: Map<string, TriggerEntry[]>;
  neg: Set<string>;
  planned: Set<string>;
  denied: Set<string>;
  threaten: Set<string>;
  request: Set<string>;
  report: Set<string>;
  complementizers: Set<string>;
  aboutPreps: Set<string>;
  quantities: Set<string>;
  coord: Set<string>;
  relatives: Set<string>;
  pronouns: Set<string>;
  verbal: Set<EventType>;
  locPreps: Set<string>;
  starters: Set<string>;
  capitalsLower: Map<string, string>;
  conditionals: Set<string>;
  /** First words of the hypothetical phrases. */
  hypotheticalStarts: Set<string>;
  twoSided: Set<EventType>;
  noTarget: Set<EventType>;
  agreeToAct: Set<string>;
  accusationWords: Set<string>;
  topicHeads: Set<string>;
  topicVerbs: Set<string>;
  readiness: Set<string>;
  hostile: Set<EventType>;
  parties: Set<string>;
  light: Set<string>;
  roles: Set<string>;
  codeByName: Map<string, string>;
  proposals: Set<string>;
  obligation: Set<string>;
  delegations: Set<string>;
  rejectCues: Set<string>;
  /** The requires / excludes words of each trigger entry, as sets. */
  entrySets: Map<TriggerEntry, { requires: Set<string> | null; excludes: Set<string> | null }>;
  /** Mode cues by event type, in the language data's order, with their words as a set. */
  modeCues: Map<EventType, { mode: string; lemmas: Set<string> }[]>;
  /** Lemmas with a noun trigger entry. */
  nounTriggers: Set<string>;
  /** sigOf of every key of byLemma. */
  triggerSigs: Set<number>;
  /** participleEntries by lemma (memo). */
  participles: Map<string, TriggerEntry[] | undefined>;
}

/**
 * A trigger entry with every field present, in one order. The language data writes each entry with only the fields it
 * sets (dozens of shapes), which made the engine's reads of entries megamorphic, and each function that first met a
 * shape in a later document was deoptimised and compiled again.
 */
function uniformEntry(e: TriggerEntry): TriggerEntry {
  return {
    lemma: e.lemma, pos: e.pos, type: e.type, mode: e.mode, modality: e.modality, requires: e.requires, excludes: e.excludes,
    window: e.window, target: e.target, source: e.source, passive: e.passive, weak: e.weak, negatedOnly: e.negatedOnly,
    defaultTarget: e.defaultTarget, joinsLast: e.joinsLast, recipientSubject: e.recipientSubject, personTarget: e.personTarget,
    needsObject: e.needsObject, needsTarget: e.needsTarget, groupSubject: e.groupSubject, notPast: e.notPast, excludesWindow: e.excludesWindow,
    undoesLast: e.undoesLast, personalOnly: e.personalOnly, requiresBefore: e.requiresBefore, requiresAfter: e.requiresAfter,
  };
}

export function compile(L: EventLanguage): Compiled {
  // (the engine sees only these copies; an entry listed twice stays one object)
  const uniform = new Map<TriggerEntry, TriggerEntry>();
  for (const e of L.triggers) if (!uniform.has(e)) uniform.set(e, uniformEntry(e));
  const triggers = L.triggers.map((e) => uniform.get(e)!);
  const byLemma = new Map<string, TriggerEntry[]>();
  for (const e of triggers) {
    for (const l of Array.isArray(e.lemma) ? e.lemma : [e.lemma]) {
      const list = byLemma.get(l) ?? [];
      list.push(e);
      byLemma.set(l, list);
    }
  }
  // Entries with a context requirement are more specific: try them first.
  for (const list of byLemma.values()) list.sort((a, b) => (b.requires ? 1 : 0) - (a.requires ? 1 : 0));
  const capitalsLower = new Map<string, string>();
  for (const [k, v] of Object.entries(L.capitals)) capitalsLower.set(k.toLowerCase(), v);
  const entrySets = new Map<TriggerEntry, { requires: Set<string> | null; excludes: Set<string> | null }>();
  for (const e of triggers) entrySets.set(e, { requires: e.requires ? new Set(e.requires) : null, excludes: e.excludes ? new Set(e.excludes) : null });
  const modeCues = new Map<EventType, { mode: string; lemmas: Set<string> }[]>();
  for (const cue of L.modeCues) {
    const list = modeCues.get(cue.type) ?? [];
    list.push({ mode: cue.mode, lemmas: new Set(cue.lemmas) });
    modeCues.set(cue.type, list);
  }
  const nounTriggers = new Set<string>();
  for (const [l, list] of byLemma) if (list.some((e) => e.pos === 'noun')) nounTriggers.add(l);
  return {
    rejectCues: new Set(L.rejectCues), entrySets, modeCues, nounTriggers, participles: new Map(), triggerSigs: new Set([...byLemma.keys()].map(sigOf)),
    L, byLemma, neg: new Set(L.negation), planned: new Set(L.plannedCues), denied: new Set(L.deniedCues),
    threaten: new Set(L.threatenCues), request: new Set(L.requestCues), report: new Set(L.reportVerbs), complementizers: new Set(L.complementizers ?? []), aboutPreps: new Set(L.aboutPreps ?? []), quantities: new Set(L.quantities ?? []),
    coord: new Set(L.coordinators), relatives: new Set(L.relatives), pronouns: new Set(L.pronouns),
    verbal: new Set(L.verbalTypes), locPreps: new Set(L.locativePreps), starters: new Set(L.clauseStarters), capitalsLower,
    conditionals: new Set(L.conditionals), hypotheticalStarts: new Set(L.hypotheticals.map((p) => p[0]!)), twoSided: new Set(['CONSULT', 'CONCEDE', 'AGREE', 'COOPERATE']),
    noTarget: new Set(['MOBILIZE', 'COERCE', 'PROTEST', 'RETREAT']),
    agreeToAct: new Set(L.agreeToAct), parties: new Set(L.parties), accusationWords: new Set(L.accusationWords),
    topicHeads: new Set(L.topicHeads), topicVerbs: new Set(L.topicVerbs), readiness: new Set(L.readiness),
    hostile: new Set(['SANCTION', 'ASSAULT', 'COERCE']), light: new Set(L.lightVerbs), roles: new Set(L.roleNouns),
    proposals: new Set(L.proposals), obligation: new Set(L.obligation), delegations: new Set(L.delegations),
    codeByName: new Map(Object.entries(L.countryNames).map(([code, name]) => [name.toLowerCase(), code])),
  };
}

const partsMemo = new Map<string, string[]>();
/** Lemma candidates of the parts of a hyphenated compound but its last ("дронів-перехоплювачів" → дрон). */
function compoundParts(text: string): string[] {
  let x = partsMemo.get(text);
  if (!x) {
    const parts = text.split('-').slice(0, -1).filter((p) => p.length > 1);
    x = parts.flatMap((p) => lemmaCandidates(p));
    if (partsMemo.size > 10000) partsMemo.clear();
    partsMemo.set(text, x);
  }
  return x;
}

/** Grammatical gender (m, f, n) or plural (p) in a token's tag. */
function genderOf(t: Token): string | null {
  return genderOfTag(t.tag);
}

/**
 * xs.map(f) for actor lists that become a draft's source or target. Array.prototype.map makes a holey array in
 * optimised code and a packed one otherwise, so the kind of such lists changed with the optimisation state of whoever
 * made them, and the code reading them (`d.target.length`) was deoptimised again and again; this one is always packed.
 */
function packedMap(xs: number[], f: (a: number) => number): number[] {
  const out: number[] = [];
  for (let k = 0; k < xs.length; k++) out.push(f(xs[k]!));
  return out;
}

/** The prepositions "з", "із", "зі" (and with "по"), asked for in loops. */
const WITH = new Set(['з', 'із', 'зі']);
const WITH_PO = new Set(['з', 'із', 'зі', 'по']);
/** Punctuation before an attribution's dash ("«…», – наголосив"). */
const ATTRIBUTION_BEFORE = new Set([',', '»', '“', '"']);
/** Gender/number agreement of a relative pronoun with a noun (lenient when either is untagged). */
function agrees(rel: Token, noun: Token): boolean {
  const a = genderOf(rel);
  const b = genderOf(noun);
  return !a || !b || a === b;
}

/** The token with flag bits f (DocView.flags) has the part of speech an entry asks for. */
function posMatches(f: number, pos: TriggerEntry['pos']): boolean {
  switch (pos) {
    case 'any': return true;
    case 'noun': return (f & F_NOUN) !== 0;
    case 'verb': return (f & (F_VERB | F_ADJP)) !== 0;
    case 'adj': return (f & F_ADJ) !== 0 && (f & F_NOUN) === 0;
  }
}

/** What the parts of Extractor.draft pass on to each other. */
interface DraftWork {
  readonly entry: TriggerEntry;
  readonly i: number;
  readonly t: Token;
  readonly cr: { start: number; end: number };
  readonly sr: { start: number; end: number };
  readonly isNoun: boolean;
  readonly passive: boolean;
  /** The governing preposition of the trigger, or -1. */
  readonly gv: number;
  readonly type: EventType;
  readonly modality: Modality;
  source: number[];
  how: Draft['sourceHow'];
  ownSource: boolean;
  participantTarget: number[];
  partiesTarget: number[];
  spoken: boolean;
  exclude: Set<number> | null;
  target: number[];
  /** The verb whose subject the act came upon ("Одеса зазнала атаки"): that subject is its target; -1 when none. */
  sufferedAt: number;
  /** The subject is a crowd of no one in particular ("тисячі людей"): the act has no source, none is looked for. */
  crowd: boolean;
}

/** Forms of the relative pronouns that may be nominative (the subject of their clause). */
const NOMINATIVE_RELATIVES = new Set(['який', 'яка', 'яке', 'які', 'котрий', 'котра', 'котре', 'котрі']);

class Extractor {
  private readonly v: DocView;
  private readonly modifiers: Set<number>;
  /** The first event of each noun entry with a context requirement, found with both sides ("обмін полоненими"). */
  private readonly kinds = new Map<TriggerEntry, Draft>();
  /** While drafting a noun that names such a kind again without its context word: that first event. */
  private kindRef: Draft | null = null;
  /** Subject of the most recent sentence that had one (actor indices). */
  private lastSubject: number[] = [];
  /** The sentence `lastSubject` was taken from. */
  private lastSubjectSentence = -1;

  private readonly roles: Set<string>;
  /** The last consultation found (its sides are "сторони"). */
  private lastConsult: Draft | null = null;
  /** The drafts found so far in the sentence being read (extractRaw). */
  private sentenceFound: Draft[] = [];
  /** The last act between two parties neither of which is a city ("приїхали до Стамбула" is not one). */
  private lastSides: Draft | null = null;
  /** The last act whose two sides are persons ("привітав обох лідерів" names its persons, not their states). */
  private lastPersonSides: Draft | null = null;
  /** The last act drafted ("привітав цей крок" is that act's doer's step). */
  private lastDraft: Draft | null = null;
  /** The types of the acts found so far ("Про удар повідомив …" tells one of them again). */
  private readonly seenTypes = new Set<EventType>();
  /** The parties of the last act among three sides or more, by their number ("трьох союзників"). */
  private lastMany = new Map<number, number[]>();
  /** The last draft of each type with both sides (for a sequel: "Попередній обмін", "наступний етап обміну"). */
  private readonly lastByType = new Map<EventType, Draft>();
  /** The group that last protested ("фермери"): who "протестувальники", "аграрії" and the like later stand for. */
  private lastProtesters: number[] | null = null;
  /** The last act found with both sides named. */
  private lastPair: Draft | null = null;
  /** Demonym adjectives fill slots (set per trigger type). */
  private demonymTargets = false;
  /** Demonym targets only on a person noun, animate or by its suffix (the entry's type is in demonymTargetAnimateTypes). */
  private demonymAnimate = false;
  /** The preposition governing the noun trigger whose slots are being filled (-1: none). */
  private slotGov = -1;
  /** While looking before a verb, a nominative is its subject, never its object. */
  private strictCase = false;
  private readonly entityById = new Map<string, Entity>();
  /** The view's per-token arrays (flag bits, lower-case texts, lemmas). */
  private readonly fl: Int32Array;
  private readonly lowers: string[];
  private readonly lemmas: string[];
  /** Text and sentence of every token (the view's arrays: tokens' hidden classes vary, these do not). */
  private readonly texts: string[];
  private readonly sents: Int32Array;
  /** Token range of each sentence (by index), and of the whole document for a token outside them. */
  private readonly sentRanges: { start: number; end: number }[];
  private readonly docRange: { start: number; end: number };

  constructor(private readonly C: Compiled, private readonly adoc: AnalyzedDocument) {
    this.v = buildView(adoc, C.L);
    this.modifiers = applyApposition(this.v, C.L);
    this.roles = C.roles;
    for (const e of adoc.entities) this.entityById.set(e.id, e);
    this.fl = this.v.flags;
    this.lowers = this.v.lowers;
    this.lemmas = this.v.lemmas;
    this.texts = this.v.texts;
    this.sents = this.v.sents;
    this.sentRanges = adoc.sentences.map((s) => ({ start: s.tokenStart, end: s.tokenEnd }));
    this.docRange = { start: 0, end: this.v.tokens.length };
  }

  private tok(i: number): Token {
    return this.v.tokens[i]!;
  }
  private lem(i: number): string {
    return this.lemmas[i]!;
  }
  /** Token i has any of the flag bits f (false outside the document). */
  private is(i: number, f: number): boolean {
    return (this.fl[i]! & f) !== 0;
  }
  /** lower(text) of token i. */
  private low(i: number): string {
    return this.lowers[i]!;
  }
  private clauseRange(i: number): { start: number; end: number } {
    return this.v.clauses[this.v.clause[i]!]!;
  }
  // (shared range objects: no caller changes them)
  private sentenceRange(i: number): { start: number; end: number } {
    return this.sentRanges[this.sents[i]!] ?? this.docRange;
  }

  /** Case agreement, lenient where Ukrainian forms coincide (inanimate accusative = nominative, animate = genitive). */
  private caseMatches(c: Case | 'any' | null, want: string): boolean {
    if (want === '*') return true;
    if (c === null) return false;
    if (c === 'any' || c === want) return true;
    return want === 'zna' && !this.strictCase && (c === 'naz' || c === 'rod');
  }

  /** Actor index at token i when i starts (or is inside) an actor that may be an argument. */
  private actorIdx(i: number): number {
    const a = this.v.actorAt[i]!;
    if (a === -1 || this.modifiers.has(a)) return -1;
    return a;
  }

  /**
   * Resolves the noun phrase starting at token i to actors: an actor head; or a common noun head followed by a
   * person in apposition or by genitive actors ("пропозицію України та Франції"); plus coordinated actors.
   */
  private resolveNp(i: number, end: number, want: string): number[] {
    let h = i;
    // (an opening quotation mark: "з «Укренерго»")
    if (h < end && this.texts[h] === '«' && h + 1 < end && this.v.actorAt[h + 1] !== -1) h++;
    // (coordinated adjectives too: "на ядерні та військові об’єкти Ірану")
    while (h < end && !this.is(h, F_NOUN) && this.v.actorAt[h] === -1
      && (this.is(h, F_ADJ | F_NUMBER | F_POS_ADV | F_POS_PART) || (h > i && this.C.coord.has(this.low(h)) && this.is(h - 1, F_ADJ) && h + 1 < end && this.is(h + 1, F_ADJ) && !this.is(h + 1, F_NOUN)))) h++;
    if (h >= end) return [];
    const a0 = this.v.actorAt[h]!;
    let first = -1;
    if (a0 !== -1) {
      if (!this.caseMatches(this.v.actors[a0]!.case, want) && !this.modifiers.has(a0)) return [];
      first = a0;
      // (not a place after a preposition, which is where the person serves: "посла в Тбілісі Петера Фішера")
      if (this.modifiers.has(a0) && !(i > 0 && this.is(i - 1, F_PREP) && this.v.actors[a0]!.type === 'LOC' && !this.v.actors[a0]!.group)) {
        // A modifier actor heading the phrase: the person in apposition after it.
        for (let k = this.v.actors[a0]!.e; k < end; k++) {
          const b = this.v.actorAt[k]!;
          if (b !== -1 && this.v.actors[b]!.person) { first = b; break; }
          if (b === -1 && (this.texts[k] === '«' || this.texts[k] === '»')) continue;
          if (b === -1 && !this.is(k, F_NOUN | F_ADJ)) break;
        }
        // A modifier with no person after it fills a slot only in the slot's own case.
        if (first === a0 && !this.caseMatches(this.v.actors[a0]!.case, want)) return [];
      }
    } else {
      if (!this.is(h, F_NOUN)) return [];
      if (!this.caseMatches(this.v.cases[h]!, want)) return [];
      // "фінському лідерові", "американського президента": a role with its state's demonym and no name is the person
      // of that state named before.
      if ((this.roles.has(this.lem(h)) || !!this.C.L.stateDemonymPersons?.includes(this.lem(h))) && !this.personAfter(h, end)) {
        for (let k = h - 1; k >= 0 && k >= h - 3 && this.is(k, F_ADJ) && this.v.actorAt[k] === -1; k--) {
          const st = this.C.L.demonyms[this.lem(k)];
          const p = st ? this.personOfState(st, i) : -1;
          if (p !== -1) return [p];
          // ("вислав камбоджійського посла": with no such person named, the state the role serves)
          if (st && this.demonymTargets) return [this.demonymActor(k, st)];
        }
        // "вимагаючи від президента": a bare title is the person who holds it, named before with that title.
        if (h + 1 >= end || this.v.actorAt[h + 1] === -1) {
          const p = this.personByRole(this.lem(h), h, true);
          if (p.length) return p;
        }
      }
      // Genitive chain after a common noun.
      for (let k = h + 1; k < end; k++) {
        const b = this.v.actorAt[k]!;
        const tk = this.texts[k]!;
        if (b !== -1) {
          const a = this.v.actors[b]!;
          // (a quoted name right after the noun is its apposition in any case: "проти компанії «Роснефть»")
          // (not a weapon's name: "дронів «Шахед»" names the weapon, not an object)
          // (also after a dash that opens a list of them: "двох банків – «Совкомбанку» та «Зеніту»")
          const dash = this.texts[h + 1] === '–' || this.texts[h + 1] === '—';
          const quotedApposition = this.texts[k - 1] === '«' && (k === h + 2 || (k === h + 3 && dash)) && !this.weaponNoun(h);
          // (a place's name in the nominative after its kind: "обстріляли селище Антонівка")
          // (a neuter name reads as the accusative it shares with the nominative: "звільнили село Новоекономічне")
          const placeApposition = k === h + 1 && a.type === 'LOC' && (a.case === 'naz' || (a.case === 'zna' && this.v.cases[h] === 'zna')) && !!this.C.L.settlementNouns?.includes(this.lem(h));
          // (the agent of an act named by its noun, in the instrumental right after it: "проти підвищення урядом цін")
          const actAgent = k === h + 1 && a.case === 'oru' && this.v.governedBy[k] === null && /(нн|тт)я$/u.test(this.lem(h));
          if (actAgent) {
            first = b;
            break;
          }
          if (a.person || a.case === 'rod' || a.case === 'any' || this.modifiers.has(b) || quotedApposition || placeApposition) {
            first = b;
            // ("розкритикувала уряд Стармера": the government a head of it is named for is his state's)
            // (as the verb's object: a demand "від уряду Орбана" is made of the man — unseen41 names him)
            // (also inside the chain: "відкинув вимоги адміністрації Дональда Трампа")
            const gov = this.C.L.governmentNouns?.includes(this.lem(h)) ? h : k > h + 1 && this.C.proposals.has(this.lem(h)) && this.C.L.governmentNouns?.includes(this.lem(k - 1)) ? k - 1 : -1;
            if (a.person && gov !== -1 && k === gov + 1 && this.v.governedBy[h] === null) {
              const g = this.governmentOf(gov, b);
              if (g !== -1) return [g];
            }
            // ("арешт президента Республіки Сербської Мілорада Додика": a title's body, then the person who holds it)
            // (also a title in the chain: "пропозицію співголови АдН Аліси Вайдель")
            if (!a.person && (this.roles.has(this.lem(h)) || (k > h + 1 && this.is(k - 1, F_NOUN) && this.roles.has(this.lem(k - 1)))) && a.e < end) {
              const at = this.overRemit(a.e, end);
              const p = this.v.actorAt[at]!;
              if (p !== -1 && this.v.actors[p]!.person && this.v.actors[p]!.s === at) {
                first = p;
                break;
              }
            }
            if (this.modifiers.has(b)) continue; // keep looking for a person in apposition
            break;
          }
          break;
        }
        if (tk === '«' || tk === '»') continue;
        // "цілісність і суверенітет України": coordinated common nouns share the genitive actor after them.
        if (first === -1 && this.C.coord.has(this.low(k)) && k + 1 < end && this.is(k + 1, F_NOUN) && this.v.actorAt[k + 1] === -1
          && (this.v.cases[k + 1] === this.v.cases[h] || this.caseMatches(this.v.cases[k + 1] ?? null, 'zna') === this.caseMatches(this.v.cases[h] ?? null, 'zna'))) {
          k++;
          continue;
        }
        if ((tk === '–' || tk === '—') && first === -1 && (this.texts[k + 1] === '«' || this.v.actorAt[k + 1] !== -1)) continue;
        if (first !== -1 && !this.is(k, F_NOUN | F_ADJ)) break;
        // (a title's fixed phrase: "тимчасового повіреного у справах Росії")
        if (first === -1 && this.is(k, F_PREP) && k + 1 < end && this.C.L.titlePhrases?.some(([p, n]) => this.low(k) === p && this.lem(k + 1) === n)) {
          k++;
          continue;
        }
        if ((this.is(k, F_NOUN) && (this.v.cases[k] === 'rod' || this.v.cases[k] === 'any')) || this.is(k, F_ADJ) || (this.is(k, F_PREP) && WITH_PO.has(this.lem(k)))) continue;
        break;
      }
      if (first !== -1 && this.modifiers.has(first)) {
        // modifier without a person: still the genitive actor of the phrase
      }
      // "з президентом перехідного періоду генералом Ассімі Гоїтою": a title, its genitive and a second title before
      // the name — the person named in the slot's case a few words on.
      if (first === -1 && this.roles.has(this.lem(h))) {
        // (over a comma before a second title in the same case: "з віцепрем’єр-міністром, главою МЗС Молдови Міхаєм
        // Попшоєм")
        const title2 = (k: number): boolean => this.roles.has(this.lem(k)) || !!this.C.L.secondTitles?.includes(this.lem(k));
        const stacked = this.texts[h + 1] === ',' && h + 2 < end && title2(h + 2) && this.v.cases[h + 2] === this.v.cases[h];
        for (let k = stacked ? h + 2 : h + 1; k < end && k <= h + (stacked ? 8 : 6); k++) {
          const b = this.v.actorAt[k]!;
          // (the second title's body in the genitive, then the person: "главою МЗС Молдови Міхаєм Попшоєм")
          if (stacked && b !== -1 && !this.v.actors[b]!.person && this.v.actors[b]!.s === k && (this.v.actors[b]!.case === 'rod' || this.v.actors[b]!.case === 'any') && this.is(k - 1, F_NOUN) && title2(k - 1)) {
            k = this.v.actors[b]!.e - 1;
            continue;
          }
          if (b !== -1) {
            // (or right after a title in that case: a foreign name's case is often misread — "генералом Ассімі Гоїтою")
            if (this.v.actors[b]!.person && (this.caseMatches(this.v.actors[b]!.case, want) || (k > h + 1 && this.is(k - 1, F_NOUN) && this.caseMatches(this.v.cases[k - 1]!, want)))) first = b;
            break;
          }
          if (!this.is(k, F_NOUN | F_ADJ)) break;
        }
      }
      if (first === -1) {
        // "проти російської агресії", "по російській нафтопереробці": the state of a demonym adjective.
        if (this.demonymTargets && !(this.demonymAnimate && !this.is(h, F_ANIM) && !this.C.L.personNounSuffix?.test(this.lem(h)))) {
          // (after a hostile act's noun the demonym names its victims, not its author: "депортацію українських дітей")
          const act = !!this.C.byLemma.get(this.lem(h))?.some((e) => this.C.hostile.has(e.type));
          for (let k = i; k < end && k < h + 6; k++) {
            if (k > h && (!this.is(k, F_NOUN | F_ADJ | F_NUMBER) || act)) break;
            const d = this.C.L.demonyms[this.lem(k)];
            if (d) return [this.demonymActor(k, d)];
          }
        }
        // "відкинув вимогу республіканців": a proposal's authors named by a plural noun of people, as a group
        // (the people of a protest told before are those protesters: "відкинула вимогу аграріїв" after "фермери
        // заблокували"; partners are states named otherwise)
        if (this.C.proposals.has(this.lem(h)) && !this.C.L.partnerNouns?.includes(this.lem(h + 1))) {
          const g = this.peopleAfter(h + 1, end);
          if (g !== -1) return this.lastProtesters ?? [g];
        }
        return [];
      }
    }
    return this.coordinated(first, end);
  }

  /**
   * A plural noun of people in the genitive at k, no actor, no role and no one's quantity ("республіканців"): a group
   * actor named in the nominative plural ("республіканці"); -1 when there is none or the language cannot inflect.
   */
  private peopleAfter(k: number, end: number): number {
    const inflect = this.C.L.inflect;
    if (!inflect || k >= end || this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN) || !this.is(k, F_PLURAL) || this.v.cases[k] !== 'rod') return -1;
    if (!(this.is(k, F_ANIM) || !!this.C.L.personNounSuffix?.test(this.lem(k))) || this.roles.has(this.lem(k)) || this.C.L.anonymousNouns?.includes(this.lem(k))) return -1;
    // (not when a genitive tail or a name follows: "вимогу жителів Порт-о-Пренса" is the place's people, named so elsewhere)
    if (k + 1 < end && (this.v.actorAt[k + 1] !== -1 || (this.is(k + 1, F_NOUN | F_ADJ) && this.v.cases[k + 1] === 'rod'))) return -1;
    const name = inflect(this.lem(k).toLowerCase(), 'noun:p:v_naz');
    if (!name) return -1;
    return this.v.actors.push(newActor({ s: k, e: k + 1, name, type: 'ORG', case: 'rod', person: false, group: true })) - 1;
  }

  /** A group of people, named by a plural noun of persons ("польські фермери"), not a body ("поліція …"). */
  private isPeople(a: number): boolean {
    const x = this.v.actors[a]!;
    if (!x.group) return false;
    for (let k = x.s; k < x.e; k++) {
      if (this.is(k, F_NOUN)) return this.is(k, F_PLURAL) && (this.is(k, F_ANIM) || !!this.C.L.personNounSuffix?.test(this.lem(k)));
    }
    return false;
  }

  /**
   * "жителів прикордонних сіл", "родинам загиблих": a plural noun of `nouns` at k with a genitive of common words after
   * it (no actor), as a group named in the nominative with the words after it as written; -1 otherwise.
   */
  private peopleWithTail(k: number, end: number, nouns: string[] | undefined): number {
    const inflect = this.C.L.inflect;
    // (a singular after a distributive: "кожній родині загиблих" are the families)
    const each = k > 0 && !!this.C.L.genericDeterminers?.includes(this.lem(k - 1));
    if (!inflect || this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN) || !(this.is(k, F_PLURAL) || each) || !nouns?.includes(this.lem(k))) return -1;
    let e = k + 1;
    while (e < end && e < k + 4 && this.v.actorAt[e] === -1 && this.is(e, F_NOUN | F_ADJ) && this.v.cases[e] === 'rod') e++;
    // (the place those words are of may close it: "жителів сіл Сіверської громади")
    const place = e > k + 1 && e < end && this.is(e - 1, F_NOUN) ? this.v.actorAt[e]! : -1;
    if (place !== -1 && this.v.actors[place]!.s === e && !this.v.actors[place]!.person && (this.v.actors[place]!.case === 'rod' || this.v.actors[place]!.case === 'any')) e = this.v.actors[place]!.e;
    if (e === k + 1 || !this.is(e - 1, F_NOUN) || (e < end && this.v.actorAt[e] !== -1)) return -1;
    const head = inflect(this.lem(k).toLowerCase(), 'noun:p:v_naz');
    if (!head) return -1;
    const tail = this.adoc.doc.text.slice(this.tok(k + 1).start, this.tok(e - 1).end);
    return this.v.actors.push(newActor({ s: k, e, name: `${head} ${tail}`, type: 'ORG', case: this.v.cases[k] ?? 'any', person: false, group: true })) - 1;
  }

  /**
   * "закликав прихильників Партії Конгресу Малаві": the followers of a body or person named right after their plural
   * noun, as a group named "прихильники <the name as written>"; -1 otherwise.
   */
  private followersOf(k: number, end: number): number {
    const inflect = this.C.L.inflect;
    if (!inflect || k + 1 >= end || this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN) || !this.is(k, F_PLURAL) || !this.C.L.followerNouns?.includes(this.lem(k))) return -1;
    const o = this.v.actorAt[k + 1]!;
    if (o === -1 || this.v.actors[o]!.s !== k + 1 || (this.v.actors[o]!.case !== 'rod' && this.v.actors[o]!.case !== 'any')) return -1;
    const head = inflect(this.lem(k).toLowerCase(), 'noun:p:v_naz');
    if (!head) return -1;
    const who = this.adoc.doc.text.slice(this.tok(k + 1).start, this.tok(this.v.actors[o]!.e - 1).end);
    return this.v.actors.push(newActor({ s: k, e: this.v.actors[o]!.e, name: `${head} ${who}`, type: 'ORG', case: this.v.cases[k] ?? 'any', person: false, group: true })) - 1;
  }

  /** The government (noun at h) of the state of person b, as an actor named with the state's genitive; -1 if unknown. */
  private governmentOf(h: number, b: number): number {
    const st = this.countryOfPerson(b);
    const gen = st !== null ? this.C.L.genitive?.(this.v.actors[st]!.name) : null;
    if (st === null || !gen) return -1;
    const head = this.C.L.inflect?.(this.lem(h), 'noun:m:v_naz') ?? this.lem(h);
    const name = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${gen}`;
    return this.v.actors.push(newActor({ s: h, e: this.v.actors[b]!.e, name, type: 'ORG', country: this.v.actors[st]!.country, case: this.v.cases[h] ?? 'any', person: false, sector: 'GOV' })) - 1;
  }

  /** A word that tells an attack's mode ("дрон", "ракета"): what it names is a weapon. */
  private weaponNoun(h: number): boolean {
    const cues = this.C.modeCues.get('ASSAULT');
    const l = this.lem(h);
    return !!cues && cues.some((c) => c.lemmas.has(l));
  }

  /** "заперечили причетність російських структур до атаки": an act one's involvement in is talked of was told before. */
  private involvedIn(i: number, cr: { start: number; end: number }): boolean {
    const nouns = this.C.L.involvementNouns;
    if (!nouns || !this.v.governedBy[i]) return false;
    for (let k = i - 2; k >= cr.start && k >= i - 6; k--) if (nouns.includes(this.lem(k))) return true;
    return false;
  }

  /** Whether noun i is the object of a coercion verb right before it ("розігнали демонстрацію", "заборонили мітинг"). */
  private coercedObject(i: number, cr: { start: number; end: number }): boolean {
    for (let k = i - 1; k >= cr.start && k >= i - 3; k--) {
      if (this.is(k, F_VERB) && !this.is(k, F_INFX | F_ADVP)) return !!this.C.byLemma.get(this.lem(k))?.some((e) => e.type === 'COERCE');
      if (!this.is(k, F_ADJ | F_NUMBER)) return false;
    }
    return false;
  }

  /** The attacker named by a weapon's demonym right after the light verb that follows noun trigger i. */
  private subjectAfterLight(i: number, cr: { start: number; end: number }, entry: TriggerEntry): number[] {
    for (let k = i + 1; k < cr.end && k < i + 3; k++) {
      if (!this.is(k, F_VERB) || this.is(k, F_INFX | F_ADVP)) continue;
      if (!this.C.light.has(this.lem(k)) && !entry.requires?.includes(this.lem(k))) return [];
      for (let m = k + 1; m < cr.end && m < k + 4; m++) {
        const dw = this.actorIdx(m) === -1 ? this.demonymWeaponAt(m, cr.end) : -1;
        if (dw !== -1) return [dw];
      }
      return [];
    }
    return [];
  }

  /** The nominative actor between a fronted noun trigger and its light verb later in the clause, or none. */
  private subjectBeforeLight(i: number, cr: { start: number; end: number }): number[] {
    for (let k = i + 1; k < cr.end && k < i + 12; k++) {
      if (!this.is(k, F_VERB) || this.is(k, F_INFX | F_ADVP)) continue;
      if (!this.C.light.has(this.lem(k))) return [];
      for (let m = k - 1; m > i; m--) {
        const a = this.actorIdx(m);
        if (a !== -1 && this.v.governedBy[m] === null && (this.v.actors[a]!.case === 'naz' || this.v.actors[a]!.case === 'any')) return [a];
      }
      return [];
    }
    return [];
  }

  /**
   * A demonym at k in the nominative before (up to two more adjectives and) a weapon or war vehicle in the nominative
   * ("українські морські дрони"): that state, as an actor; -1 when there is none.
   */
  private demonymWeaponAt(k: number, end: number): number {
    // (an inanimate plural's accusative is its nominative: "завдали сирійські ударні дрони", read as accusatives)
    const st = this.is(k, F_ADJ) && (this.v.cases[k] === 'naz' || (this.v.cases[k] === 'zna' && this.is(k, F_PLURAL))) ? this.C.L.demonyms[this.lem(k)] : undefined;
    if (!st) return -1;
    let h = k + 1;
    while (h < end && h < k + 3 && this.is(h, F_ADJ) && !this.is(h, F_NOUN)) h++;
    // (the noun's own case may read as the accusative it shares with the nominative: "дрони")
    if (h < end && this.is(h, F_NOUN) && (this.v.cases[h] === 'naz' || this.v.cases[h] === 'zna') && (this.weaponNoun(h) || !!this.C.L.attackVehicles?.includes(this.lem(h)))) return this.demonymActor(k, st);
    return -1;
  }

  /**
   * The state named by a demonym on the weapon in the genitive right after an attack noun ("удар російських ракет",
   * "атаки російських дронів"); -1 when none.
   */
  private genitiveWeaponState(i: number, end: number): number {
    let k = i + 1;
    while (k < end && k < i + 3 && this.is(k, F_ADJ) && !this.is(k, F_NOUN) && this.v.cases[k] === 'rod') {
      const st = this.C.L.demonyms[this.lem(k)];
      let h = k + 1;
      while (h < end && h < k + 3 && this.is(h, F_ADJ) && !this.is(h, F_NOUN)) h++;
      if (st && h < end && this.is(h, F_NOUN) && this.v.cases[h] === 'rod' && (this.weaponNoun(h) || !!this.C.L.attackVehicles?.includes(this.lem(h)))) return this.demonymActor(k, st);
      k++;
    }
    return -1;
  }

  /** A clause that only attributes what follows ("Як повідомляє агентство Reuters,"): its opener and a verb. */
  private attributionClause(rng: { start: number; end: number }): boolean {
    const src = this.C.L.attributionSources;
    return (!!this.C.L.attributionOpeners?.includes(this.low(rng.start)) && this.is(rng.start + 1, F_VERB))
      || (!!src && this.low(rng.start) === src.prep && src.nouns.includes(this.low(rng.start + 1)) && this.texts[rng.end - 1] === ',');
  }

  /**
   * The verb whose subject an act noun came upon ("Одеса зазнала атаки", "під удар … потрапила ТЕС"): its index in the
   * clause, or -1. That subject is the act's target, never its author.
   */
  private sufferedBy(i: number, cr: { start: number; end: number }): number {
    const under = this.C.L.underPreps.includes(this.v.governedBy[i] ?? '');
    for (let k = Math.max(cr.start, i - 4); k < cr.end && k < i + 8; k++) {
      if (k === i || !this.is(k, F_VERB)) continue;
      if (under && this.C.L.underVerbs.includes(this.lem(k))) return k;
      if (!under && k < i && this.v.governedBy[i] === null && this.C.L.sufferVerbs?.includes(this.lem(k))) return k;
    }
    return -1;
  }

  /** The actor and those coordinated with it ("Німеччини, Італії і Франції"). */
  private coordinated(first: number, end: number): number[] {
    const out = [first];
    const fa = this.v.actors[first]!;
    // The list is one phrase wherever the search entered it: conjuncts before the actor found join too ("подякувавши
    // Естонії, Латвії та Литві" when only the last form reads as the slot's case). Not across a preposition that
    // governs the earlier one alone.
    for (let b = this.titleBefore(fa), prev = first; b >= 1;) {
      const sep = this.texts[b]!;
      if (sep !== ',' && !this.C.coord.has(this.low(b))) break;
      let j = b - 1;
      if (this.texts[j] === '»') j--;
      const c = j >= 0 ? this.v.actorAt[j]! : -1;
      if (c === -1 || c === prev || this.modifiers.has(c)) break;
      const ca = this.v.actors[c]!;
      if (ca.e !== j + 1 || this.sents[ca.s] !== this.sents[fa.s] || this.v.governedBy[ca.s] !== this.v.governedBy[fa.s]) break;
      if (!(ca.person === fa.person || ca.type === fa.type || ca.group || fa.group)) break;
      // (not a subject before its verb's object: "Литва, Україні …" never stands so; a finished clause before the comma)
      if (sep === ',' && this.v.clause[ca.s] !== this.v.clause[fa.s]) break;
      out.unshift(c);
      prev = c;
      b = this.titleBefore(ca);
    }
    let k = fa.e;
    let skipped = 0;
    for (;;) {
      if (k < end && this.texts[k] === '»') k++;
      if (k >= end) break;
      const tx = this.texts[k]!;
      const isCo = tx === ',' || this.C.coord.has(this.low(k));
      if (!isCo) break;
      let j = k + 1;
      if (j < end && this.C.coord.has(this.low(j))) j++;
      if (j < end && this.texts[j] === '«') j++;
      // skip role nouns / adjectives / genitive modifiers to the next actor
      let found = -1;
      const j0 = j;
      for (; j < end && j < k + 8; j++) {
        const b = this.v.actorAt[j]!;
        if (b !== -1) {
          const ba = this.v.actors[b]!;
          if (this.modifiers.has(b) && fa.person) continue;
          // (or of the kind of the conjunct before it: "Трампу та посередникам з Єгипту, Катару і Туреччини")
          const last = this.v.actors[out[out.length - 1]!]!;
          if (ba.person === fa.person || ba.type === fa.type || ba.group || fa.group || (out.length > 1 && !last.person && !ba.person && ba.type === last.type)) found = b;
          break;
        }
        // (a possessive opens the title of a coordinated person: "Денис Шмигаль і його норвезький колега Туре Сандвік")
        const possessive = fa.person && (this.tok(j).tag ?? '').includes('pron:pos');
        // (a coordinator inside the title's remit: "міністр торгівлі та промисловості Індії Піюш Гоял")
        const remitCoord = fa.person && j > j0 && this.C.coord.has(this.low(j)) && this.is(j - 1, F_NOUN) && this.v.cases[j - 1] === 'rod' && j + 1 < end && this.is(j + 1, F_NOUN) && this.v.cases[j + 1] === 'rod';
        if (!(this.is(j, F_NOUN | F_ADJ) || possessive || remitCoord || (this.is(j, F_PREP) && fa.person && WITH.has(this.lem(j))) || (this.texts[j] === '«' && !fa.person))) break;
        // (an organisation's common-noun head before its name: "«Укренерго» та польський оператор PSE")
        // (and its opening mark: "… і державного підприємства «Завод імені Малишева»")
        if (!fa.person && !(fa.type === 'ORG' && tx !== ',' && this.v.governedBy[j] === null && (/^\p{Ll}/u.test(this.texts[j]!) || (this.texts[j] === '«' && j > k + 1)) && j - k <= 4)) break;
      }
      // (a state or body and a person with his title: "Дамаск і духовний лідер друзів шейх Юсеф Джарбуа")
      if (found === -1 && !fa.person && tx !== ',') {
        let y = k + 1;
        while (y < end && y < k + 9 && this.v.actorAt[y] === -1 && this.is(y, F_NOUN | F_ADJ)) y++;
        const p = y < end ? this.v.actorAt[y]! : -1;
        if (p !== -1 && y > k + 1 && this.v.actors[p]!.person && this.v.actors[p]!.s === y && this.titleBefore(this.v.actors[p]!) === k) found = p;
      }
      // ("проти президента Колумбії Густаво Петро, його дружини, сина та міністра … Армандо Бенедетті": relatives named
      // by a common noun are conjuncts with no actor of their own — the list goes on past them, in the person's case)
      if (found === -1 && fa.person && skipped < 3 && j > j0 && j < end && (this.texts[j] === ',' || this.C.coord.has(this.low(j)))
        && this.conjunctInCase(j0, j, fa.case)) {
        skipped++;
        k = j;
        continue;
      }
      if (found === -1) break;
      // "Нідерланди …, Норвегія – ще 150 млн": a new clause with its verb left out, not a coordinated actor.
      const after = this.texts[this.v.actors[found]!.e];
      if (tx === ',' && after !== undefined && (after === '–' || after === '—')) break;
      out.push(found);
      k = this.v.actors[found]!.e;
    }
    return out;
  }

  /** Tokens [s, e) are a common-noun conjunct (possessive, adjectives, a noun) whose noun fits case c. */
  private conjunctInCase(s: number, e: number, c: Case | 'any' | null): boolean {
    let noun = false;
    for (let k = s; k < e; k++) {
      if (this.v.actorAt[k] !== -1) return false;
      if (this.is(k, F_NOUN)) {
        if (noun || this.roles.has(this.lem(k)) || !this.caseMatches(this.v.cases[k]!, c === null || c === 'any' ? '*' : c)) return false;
        noun = true;
      } else if (!this.is(k, F_ADJ) && !(this.tok(k).tag ?? '').includes('pron:pos')) return false;
    }
    return noun;
  }

  /**
   * The token before a person's name, or before the title words in apposition that stand right before it when a
   * coordinator precedes them ("Ліндсі Грем та його колега-демократ Річард Блюменталь"): the titled name is a conjunct
   * as a whole. Title words agree in case with the name and hold no actor.
   */
  private titleBefore(a: Actor): number {
    const b = a.s - 1;
    if (!a.person) return b;
    let noun = false;
    // (a title noun may have its genitive: "Дамаск і духовний лідер друзів шейх Юсеф Джарбуа")
    let genitive = false;
    for (let k = b; k >= 1 && k >= a.s - (genitive ? 8 : 3); k--) {
      // (a state or body in the genitive inside the title, and a coordinator inside its remit: "міністр торгівлі та
      // промисловості Індії | Піюш Гоял")
      const owner = this.v.actorAt[k]!;
      if (owner !== -1 && owner !== this.v.actorAt[a.s] && !this.v.actors[owner]!.person && (this.v.actors[owner]!.case === 'rod' || this.v.actors[owner]!.case === 'any') && a.case !== 'rod'
        && this.v.actors[owner]!.s > 1 && this.is(this.v.actors[owner]!.s - 1, F_NOUN) && this.v.actorAt[this.v.actors[owner]!.s - 1] === -1) {
        genitive = true;
        k = this.v.actors[owner]!.s;
        continue;
      }
      if (genitive && k > 1 && this.C.coord.has(this.low(k)) && this.is(k - 1, F_NOUN) && this.v.cases[k - 1] === 'rod' && this.is(k + 1, F_NOUN) && this.v.cases[k + 1] === 'rod') continue;
      if (this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN | F_ADJ) || this.v.governedBy[k] !== this.v.governedBy[a.s]) break;
      const c = this.v.cases[k];
      const rod = c === 'rod' && a.case !== 'rod' && a.case !== 'any';
      if (!(c === a.case || c === 'any' || a.case === 'any' || rod)) break;
      genitive ||= rod;
      if (rod) continue;
      noun ||= this.is(k, F_NOUN);
      if (noun && this.C.coord.has(this.low(k - 1))) return k - 1;
    }
    return b;
  }

  /** The slots being filled are a symmetric act's (a partner, not what a border or a war is with). */
  private symmetricSlot = false;

  /** Finds a slot's actors in [from, to). */
  private findSlot(slot: string, from: number, to: number, exclude: Set<number>): number[] {
    const plus = slot.indexOf('+');
    if (plus > 0) {
      const variants = this.C.L.prepositionVariants ?? {};
      const prep = slot.slice(0, plus);
      const base = variants[prep] ?? prep;
      const want = slot.slice(plus + 1);
      for (let i = from; i < to; i++) {
        if (this.is(i, F_INF) && i > from) break;
        if (!this.is(i, F_PREP)) continue;
        const l = this.lem(i), w = this.low(i);
        if (l !== prep && w !== prep && (variants[l] ?? l) !== base && (variants[w] ?? w) !== base) continue;
        // ("спільно зводити на кордоні з Росією", "у війні з Росією": a phrase of the noun before it, no partner)
        if (this.symmetricSlot && i > from && this.is(i - 1, F_NOUN) && this.C.L.relationNouns?.includes(this.lem(i - 1))) continue;
        // ("навчання із залученням авіаносця George Washington": a means, no partner)
        if (this.symmetricSlot && i + 1 < to && this.C.L.meansNouns?.includes(this.lem(i + 1))) continue;
        if (i + 1 < to && this.is(i + 1, F_POS_PRON) && this.C.pronouns.has(this.lem(i + 1))) {
          const p = this.objectPronoun(i + 1, exclude);
          if (p.length) return p;
          continue;
        }
        // ("по цій переправі": a demonstrative and a kind noun name the place last named after that noun — "переправу
        // Порт Кавказ")
        if (i + 2 < to && this.C.L.demonstratives.includes(this.lem(i + 1)) && this.is(i + 2, F_NOUN) && this.v.actorAt[i + 2] === -1) {
          const named = this.namedByKind(this.lem(i + 2), i);
          if (named !== -1 && !exclude.has(named)) return [named];
        }
        const r = this.resolveNp(i + 1, to, want).filter((a) => !exclude.has(a));
        if (r.length) return r;
        // ("доступ до 26 соціальних мереж, зокрема Facebook та YouTube": the parties singled out of a group named by a
        // common noun, after its numbers and adjectives)
        let h = i + 1;
        while (h + 1 < to && h < i + 4 && this.v.actorAt[h] === -1 && this.is(h, F_NUMBER | F_ADJ) && !this.is(h, F_NOUN)) h++;
        if (this.v.actorAt[h] === -1 && this.is(h, F_NOUN) && this.is(h, F_PLURAL)) {
          const named = this.singledOut(h + 1, to).filter((a) => !exclude.has(a));
          if (named.length) return named;
        }
      }
      return [];
    }
    // (a hostile act's noun passed on the way: the demonym after it names its victims — "засудила депортацію
    // українських дітей" accuses no Ukraine)
    let afterAct = false;
    for (let i = from; i < to; i++) {
      // The objects of an embedded infinitive are not the trigger's ("зажадав від X зняти санкції з Y").
      if (this.is(i, F_INF) && i > from) break;
      // "викликало тимчасового повіреного у справах Росії": a title's fixed phrase, its owner after it (the title
      // itself may read as an adjective).
      if ((slot === 'rod' || slot === 'zna') && i > from && i + 2 < to && this.is(i, F_PREP) && this.C.L.titlePhrases?.some(([p, n]) => this.low(i) === p && this.lem(i + 1) === n)) {
        const o = this.v.actorAt[i + 2]!;
        if (o !== -1 && !exclude.has(o) && this.v.actors[o]!.s === i + 2 && (this.v.actors[o]!.case === 'rod' || this.v.actors[o]!.case === 'any')) return this.coordinated(o, to);
      }
      // (inside the trigger noun's own prepositional phrase its genitive is its own: "понад 1200 обстрілів Донеччини")
      if (this.v.governedBy[i] !== null && !(this.slotGov >= 0 && this.v.governor[i] === this.slotGov)) continue;
      const a = this.actorIdx(i);
      // (an indeclinable name in apposition to a noun of a prepositional phrase is in that phrase: "в межах механізму
      // PURL" — no dative recipient)
      if (a !== -1 && slot === 'dav' && i > 0 && this.v.actors[a]!.case === 'any' && this.v.actorAt[i - 1] === -1 && this.is(i - 1, F_NOUN) && this.v.governedBy[i - 1] !== null
        && !(this.slotGov >= 0 && this.v.governor[i - 1] === this.slotGov)) continue;
      if (a !== -1 && this.v.actors[a]!.s !== i) continue;
      // (the agent of a passive participle is none of the trigger's: "у заяві, поширеній агентством ЦТАК")
      if (a !== -1 && i > from && slot !== 'oru' && this.participleAgent(i)) continue;
      // (an outlet one spoke to or on is no party to the act: "попередив в ефірі телеканалу Geo News")
      if (a !== -1 && i > 0 && this.C.L.mediaNouns?.includes(this.lem(i - 1))) continue;
      // (a genitive after the subject's noun is the subject's: "підписали керівники шведської BAE Systems …" — the
      // heads are the subject, their companies no object)
      if (a === -1 && slot === 'rod' && this.is(i, F_NOUN) && this.v.cases[i] === 'naz' && this.is(i, F_PLURAL) && this.roles.has(this.lem(i))) return [];
      // (a conjunct of a prepositional phrase is in it: "від Франції та США" — "США" is no bare accusative)
      if (a !== -1 && i >= 2 && this.C.coord.has(this.low(i - 1)) && this.v.governedBy[i - 2] !== null && this.v.actorAt[i - 2] !== -1) continue;
      if (a === -1 && this.is(i, F_NOUN)) afterAct = !!this.C.byLemma.get(this.lem(i))?.some((e) => this.C.hostile.has(e.type));
      // "назвав її заяву «антидержавною»": a possessive before the object names its owner (by the owner's gender,
      // which the possessive's own tag does not give)
      const owner = this.C.L.possessiveOwners?.[this.lem(i)];
      if (owner && a === -1 && (this.tok(i).tag ?? '').includes('pron:pos') && i + 1 < to && this.is(i + 1, F_NOUN) && this.v.actorAt[i + 1] === -1 && this.caseMatches(this.v.cases[i + 1]!, slot)) {
        const p = this.objectPronoun(i, exclude, owner);
        if (p.length) return p;
      }
      // An adjective may open the phrase ("звинувативши українську протиракету": a demonym names the state).
      if (a === -1 && !this.is(i, F_NOUN) && !(this.demonymTargets && this.is(i, F_ADJ) && this.C.L.demonyms[this.lem(i)] && !this.verbBetween(from, i) && !afterAct)) continue;
      if (this.is(i, F_POS_PRON)) {
        // "пригрозила їм": an object pronoun is the nearest fitting party named before
        if (this.C.pronouns.has(this.lem(i)) && this.v.cases[i] !== 'naz' && this.caseMatches(this.v.cases[i]!, slot)) {
          const p = this.objectPronoun(i, exclude);
          if (p.length) return p;
        }
        continue;
      }
      const r = this.resolveNp(i, to, slot).filter((x) => !exclude.has(x));
      // ("закликав партнерів, насамперед Вашингтон, запровадити": the party singled out of a group is the one meant)
      if ((r.length || (a === -1 && this.is(i, F_PLURAL) && this.caseMatches(this.v.cases[i]!, slot))) && (a === -1 || this.v.actors[a]!.group)) {
        const named = this.singledOut(a === -1 ? i + 1 : this.v.actors[a]!.e, to);
        if (named.length) return named;
      }
      if (r.length) return r;
      if (a === -1 && slot !== 'rod' && this.caseMatches(this.v.cases[i]!, slot)) {
        // A common-noun object with no actor in it fills the slot: stop looking further.
        if (slot === 'zna') return [];
      }
    }
    return [];
  }

  /** An indeclinable actor right after a common noun that names no agent, as its genitive ("рішення США"). */
  private ofThing(a: number): boolean {
    const act = this.v.actors[a]!;
    const h = act.s - 1;
    return act.case === 'any' && !act.person && h >= 0 && this.v.actorAt[h] === -1 && this.is(h, F_NOUN) && !this.is(h, F_PROPER)
      // (in the subject's case or singular: not the plural genitive of "Лідери країн НАТО")
      && (this.v.cases[h] === 'naz' || this.v.cases[h] === 'zna' || !this.is(h, F_PLURAL)) && this.v.governedBy[h] === null && !this.agentNoun(h);
  }

  /** A common noun that can act with its owner's name after it: a body, a title, the staff, a group ("уряд США"). */
  private agentNoun(k: number): boolean {
    const l = this.lem(k);
    const L = this.C.L;
    return this.roles.has(l) || L.institutions.includes(l) || L.bodyNouns.includes(l) || !!L.staffNouns?.includes(l) || !!L.missionNouns?.includes(l)
      || this.C.parties.has(l) || !!L.attackVehicles?.includes(l) || this.weaponNoun(k) || (this.is(k, F_PLURAL) && this.tok(k).tag?.includes(':anim') === true);
  }

  /** The last actor before token `before` named right after a common noun of lemma `kind` ("переправу Порт Кавказ"), or -1. */
  private namedByKind(kind: string, before: number): number {
    let best = -1;
    for (let a = 0; a < this.v.actors.length; a++) {
      const x = this.v.actors[a]!;
      if (x.s >= before || x.s < 1 || x.person || this.v.actorAt[x.s - 1] !== -1 || (best !== -1 && this.v.actors[best]!.s >= x.s)) continue;
      if (this.lem(x.s - 1) === kind && this.is(x.s - 1, F_NOUN) && !this.is(x.s - 1, F_PROPER)) best = a;
    }
    return best;
  }

  /** Token i (an actor's start) is a passive participle's agent: right after it, or after its instrumental noun
   * ("поширеній | агентством | ЦТАК"). */
  private participleAgent(i: number): boolean {
    const pasv = (k: number): boolean => k >= 0 && this.is(k, F_ADJP) && this.is(k, F_PASV);
    return pasv(i - 1) || (this.is(i - 1, F_NOUN) && this.v.cases[i - 1] === 'oru' && pasv(i - 2));
  }

  /**
   * An object pronoun ("з ним", "їм") → the nearest party named before it in this or the previous sentence that fits:
   * a person of the pronoun's gender for "він"/"вона", a list of two or more for "вони"; not one of `exclude`.
   */
  private objectPronoun(k: number, exclude: Set<number>, gender?: 'm' | 'f' | 'p'): number[] {
    const g = gender ?? genderOf(this.tok(k));
    const sent = this.sents[k]!;
    // (a foreign name's gender is often misread: the nearest person when none agrees)
    let nearest = -1;
    // (the sentence before, or — when a singular pronoun finds no person there — up to three sentences back: the
    // person named last may stand before a quotation that names no one)
    const floor = (m: number): boolean => this.sents[m]! >= sent - 1 || (g !== 'p' && nearest === -1 && this.sents[m]! >= sent - 3);
    // An act's noun that agrees with the pronoun a few words before it is what it means: "засудило удар, назвавши
    // його …" names the strike, not a person.
    // (past the act's own place: "засудив удар по житловому кварталу, назвавши його")
    for (let m = k - 1; m >= 0 && m >= k - 8 && this.sents[m] === sent && g; m--) {
      if (this.v.actorAt[m] !== -1) break;
      if (this.is(m, F_NOUN) && genderOf(this.tok(m)) === g && this.C.byLemma.get(this.lem(m))?.some((e) => e.pos === 'noun')) return [];
    }
    for (let m = k - 1; m >= 0 && floor(m); m--) {
      const a = this.v.actorAt[m]!;
      // ("викликало тимчасового повіреного у справах Китаю та вручило йому ноту": a title with no name before the
      // pronoun in its sentence is whom it means — its state, named after it, as the party)
      const titled = (x: number): boolean => this.roles.has(this.lem(x)) || (x + 2 < k && !!this.C.L.titlePhrases?.some(([p, n]) => this.low(x + 1) === p && this.lem(x + 2) === n));
      if (a === -1 && g && g !== 'p' && this.sents[m] === sent && this.is(m, F_NOUN | F_ADJ) && genderOf(this.tok(m)) === g && titled(m)) {
        // (a title with no owner after it is someone named before: "з польським прем’єром і запевнив його")
        for (let n = m + 1; n < k && n < m + 6; n++) {
          const o = this.v.actorAt[n]!;
          if (o === -1) continue;
          const y = this.v.actors[o]!;
          // (not the title of a person named right after it: "Генеральний секретар НАТО Марк Рютте")
          const named = y.e < this.v.tokens.length && this.v.actorAt[y.e]! !== -1 && this.v.actors[this.v.actorAt[y.e]!]!.person;
          if (!y.person && !named && !exclude.has(o) && (y.case === 'rod' || y.case === 'any') && y.s === n) return [o];
          break;
        }
        continue;
      }
      if (a === -1 || exclude.has(a) || this.v.actors[a]!.e !== m + 1) continue;
      const x = this.v.actors[a]!;
      if (g === 'p') {
        const list = this.coordinated(a, k);
        if (list.length >= 2 && !list.some((b) => exclude.has(b))) return list;
        continue;
      }
      if (!x.person || this.v.inQuote[m]) continue;
      const ag = this.actorGender(a);
      if (!g || !ag || ag === g) return [a];
      if (nearest === -1) nearest = a;
    }
    return nearest !== -1 ? [nearest] : [];
  }

  /** A finite verb in [from, to): what follows it is that verb's, not a noun trigger's. */
  private verbBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.is(k, F_POS_VERB) && !this.is(k, F_INF | F_ADVP)) return true;
    }
    return false;
  }

  /**
   * "Україні вдалося повернути …", "Польщі довелося закрити …": an infinitive after an impersonal predicate has the
   * dative before the predicate as its subject.
   */
  private dativeExperiencer(i0: number, range: { start: number; end: number }): number[] {
    // (a noun after its infinitive light verb: "вдалося дійти згоди")
    const i = !this.is(i0, F_INF) && this.is(i0, F_NOUN) && i0 - 1 >= range.start && this.is(i0 - 1, F_INF) ? i0 - 1 : i0;
    if (!this.is(i, F_INF)) return [];
    let p = i - 1;
    while (p > range.start && this.is(p, F_POS_ADV | F_POS_PART)) p--;
    if (p < range.start || !this.C.L.dativeSubjectPredicates.includes(this.lem(p))) return [];
    for (let k = p - 1; k >= range.start; k--) {
      const a = this.actorIdx(k);
      if (a !== -1 && this.v.governedBy[k] === null && this.v.actors[a]!.case === 'dav') return this.coordinated(a, p);
    }
    return [];
  }

  /** A predicate that takes its subject in the dative ("вдалося", "довелося") in range r. */
  private dativePredicateIn(r: { start: number; end: number }): boolean {
    for (let k = r.start; k < r.end; k++) if (this.C.L.dativeSubjectPredicates.includes(this.lem(k))) return true;
    return false;
  }

  /** Nominative subject of the clause holding token i (before it, else right after it). */
  private subject(i: number, range: { start: number; end: number }): number[] {
    const dative = this.dativeExperiencer(i, range);
    if (dative.length) return dative;
    // "після того, як його помилував президент США Дональд Трамп": an object pronoun right before the verb puts the
    // subject after it (not a host's "де його прийняв …", which the visit before it takes as its host)
    if (i > range.start && !this.C.byLemma.get(this.lem(i))?.some((e) => e.type === 'CONSULT') && this.is(i - 1, F_POS_PRON) && this.C.pronouns.has(this.lem(i - 1)) && (this.v.cases[i - 1] === 'zna' || this.v.cases[i - 1] === 'rod') && this.is(i, F_VERB) && !this.is(i, F_INFX)) {
      for (let k = i + 1; k < range.end && k < i + 8; k++) {
        const a = this.actorIdx(k);
        if (a !== -1 && this.v.governedBy[k] === null && (this.v.actors[a]!.case === 'naz' || (this.v.actors[a]!.person && this.v.actors[a]!.case === 'any'))) return this.coordinated(a, range.end);
        if (this.is(k, F_VERB) || this.texts[k] === ',') break;
      }
    }
    const before = this.subjectBefore(i, range);
    if (before.length) return before;
    const rel = this.relativeAntecedent(range);
    if (rel) return rel;
    return this.subjectElsewhere(i, range);
  }

  /**
   * A relative clause whose relative pronoun is its subject ("агента …, який коригував удари"): the subject is the
   * antecedent — the actor right before the comma, or nobody when that is a common noun (never the main clause's
   * subject). Null when the clause is not such a relative clause.
   */
  private relativeAntecedent(range: { start: number; end: number }): number[] | null {
    const r = range.start;
    // "компаній, що постачають Росії …": "що" right after a noun and before a verb that agrees with it in number is a
    // relative pronoun, its clause's subject (not after a verb of speech: "заявив журналістам, що готові …").
    if (this.C.L.relativeConjunctions?.includes(this.low(r)) && r >= 2 && this.texts[r - 1] === ',' && r + 1 < range.end
      && this.is(r - 2, F_NOUN) && !this.is(r - 2, F_VERB) && this.is(r + 1, F_POS_VERB) && !this.is(r + 1, F_INF | F_ADVP)) {
      const nounPl = (this.tok(r - 2).tag ?? '').includes(':p:');
      const verbPl = /:p(:|$)/.test(this.tok(r + 1).tag ?? '');
      const prev = this.v.clauses[this.v.clause[r - 2]!]!;
      let spoken = false;
      for (let k = prev.start; k < r - 1 && !spoken; k++) if (this.C.report.has(this.lem(k))) spoken = true;
      if (nounPl === verbPl && !spoken) {
        const a = this.actorIdx(r - 2);
        return a === -1 ? [] : [a];
      }
    }
    if (!this.C.relatives.has(this.lem(r)) || this.v.cases[r] !== 'naz' || r < 2 || this.texts[r - 1] !== ',') return null;
    const a = this.actorIdx(r - 2);
    if (a === -1) {
      // ("у складі російського штурмового підрозділу, який атакував …": a state's forces named by its demonym)
      if (this.C.L.stateForces?.includes(this.lem(r - 2)) && genderOf(this.tok(r)) === genderOf(this.tok(r - 2))) {
        const state = this.demonymBefore(r - 2, Math.max(0, r - 6), 3);
        if (state !== -1) return [state];
      }
      return [];
    }
    // (agreeing in gender and number: "партнерство з КНДР, який передбачає" is not North Korea's)
    const g = genderOf(this.tok(r));
    const ag = this.actorGender(a);
    if (!g || !ag || g === ag) return [a];
    // The actor names the side of a common-noun antecedent it depends on ("компанії з Китаю, які …").
    let h = this.v.actors[a]!.s - 1;
    if (h >= 0 && this.is(h, F_PREP) && WITH.has(this.lem(h))) h--;
    const head = h >= 0 ? this.tok(h) : undefined;
    const c = this.v.actors[a]!.case;
    if (head && (c === 'rod' || c === 'any') && this.v.actorAt[h] === -1 && isNounLike(head) && genderOf(head) === g) return [a];
    return [];
  }

  /**
   * "У відповідь МЗС Росії пообіцяло": an indeclinable name right before the verb that the tagger read as the genitive
   * of the noun of an adverbial prepositional phrase before it is that verb's subject.
   */
  private nvSubjectAt(a: number, i: number, range: { start: number; end: number }): boolean {
    const act = this.v.actors[a]!;
    return (act.case === 'rod' || act.case === 'any') && act.e === i && (this.tok(act.s).tag ?? '').includes(':nv') && act.s - 1 > range.start
      && this.is(act.s - 1, F_NOUN) && this.is(act.s - 2, F_PREP);
  }

  /** The nominative actor before token i in the clause (with those coordinated with it). */
  private subjectBefore(i: number, range: { start: number; end: number }): number[] {
    // "поліція провела обшук в офісі агентства Sputnik і затримала …": a finite verb right after "і" is a predicate
    // coordinated with the finite verb before it of the same form — its subject, not the name before "і"
    if (i - 1 >= range.start && i > 0 && this.C.coord.has(this.low(i - 1)) && this.is(i, F_VERB) && !this.is(i, F_INF | F_ADVP) && this.tok(i).tag?.includes(':past')) {
      const g = genderOf(this.tok(i));
      const sr = this.sentenceRange(i);
      for (let k = i - 2; k >= sr.start; k--) {
        if (this.texts[k] === ',') break;
        if (!this.is(k, F_VERB) || this.is(k, F_INF | F_ADVP) || !this.tok(k).tag?.includes(':past')) continue;
        if (g !== null && genderOf(this.tok(k)) === g) {
          const s = this.subjectBefore(k, this.clauseRange(k));
          // (none found there either: still not the object before "і")
          return s;
        }
        break;
      }
    }
    const led = this.ledOrDelegation(range.start, i);
    if (led.length) return led;
    for (let k = i - 1; k >= range.start; k--) {
      // («Це правильний крок», – написав X: the words quoted before a cue hold no subject of it)
      if (this.texts[k] === '»' && !this.v.inQuote[i] && (this.texts[k + 1] === ',' || this.texts[k + 1] === '–' || this.texts[k + 1] === '—')) break;
      // (a person's name in the nominative after a title's remit is no part of the remit's prepositional phrase: no
      // preposition takes a nominative — "представниця ЄС із закордонних справ | Кая Каллас висловила")
      if (this.v.governedBy[k] !== null && !this.nominativePerson(k) && !(this.actorIdx(k) !== -1 && this.nvSubjectAt(this.actorIdx(k), i, range))) continue;
      const a = this.actorIdx(k);
      // (the outlet an interview was given to is no subject: "Венс в інтерв’ю The Wall Street Journal попередив")
      if (a !== -1 && this.v.actors[a]!.s > range.start && this.isOutlet(a)) {
        k = this.v.actors[a]!.s - 1;
        continue;
      }
      if (a === -1) {
        // ("флоти Італії, Греції та Франції проведуть": the bodies of several states named after them are those states;
        // an inanimate plural reads as an accusative as well)
        if ((this.v.cases[k] === 'naz' || this.v.cases[k] === 'zna') && this.is(k, F_NOUN) && this.is(k, F_PLURAL) && this.C.L.institutions.includes(this.lem(k)) && this.v.actorAt[k + 1] !== -1) {
          const owners = this.remitActor(k, i);
          const list = owners !== -1 && this.isState(owners) ? this.coordinated(owners, i) : [];
          if (list.length >= 2) return list;
        }
        if (this.v.cases[k] !== 'naz') continue;
        if (this.is(k, F_POS_PRON) && this.C.pronouns.has(this.lem(k))) return this.pronounReferent(k);
        // "«Ми вдячні …», – заявив X": a first-person subject in a quotation is its speaker.
        if (this.v.inQuote[k] && this.C.L.firstPersonPronouns.includes(this.lem(k))) {
          const q = this.quoteSpeaker(k);
          if (q.length) return q;
        }
        // "більшість китайських суден відійшла": a share of a state's vessels, forces or people acts as that state
        if (this.is(k, F_NOUN) && !!this.C.L.shareNouns?.includes(this.lem(k)) && k + 2 < i && this.v.cases[k + 1] === 'rod') {
          let h = k + 1;
          while (h < i && h < k + 4 && this.is(h, F_ADJ) && !this.is(h, F_NOUN)) h++;
          const state = h > k + 1 && h < i && this.is(h, F_NOUN) && this.is(h, F_PLURAL) && this.v.cases[h] === 'rod' && this.v.actorAt[h] === -1 ? this.demonymBefore(h, k, h - k - 1) : -1;
          if (state !== -1) return [state];
          // (forces the analysis named as their state already: "більшість китайських військ")
          const g = this.v.actorAt[k + 1]!;
          if (g !== -1 && this.v.actors[g]!.s === k + 1 && !this.v.actors[g]!.person && this.v.actors[g]!.case === 'rod' && this.v.actors[g]!.e <= i && !this.v.actors[g]!.entity) return [g];
        }
        // "Українські далекобійні дрони … уразили", "ізраїльські винищувачі завдали": the state of a weapon's or a war
        // vehicle's demonym is the attacker.
        if (this.is(k, F_NOUN) && (this.weaponNoun(k) || this.C.L.attackVehicles?.includes(this.lem(k)))) {
          for (let j = k - 1; j >= range.start && j >= k - 3 && this.is(j, F_ADJ); j--) {
            const state = this.C.L.demonyms[this.lem(j)];
            if (state) return [this.demonymActor(j, state)];
          }
          // "Кораблі берегової охорони Китаю затримали": the body or state whose vehicles they are
          // (with those coordinated with it: "гелікоптери повітряних сил Індії та Шрі-Ланки спільно евакуюють")
          const owner = this.vehicleOwner(k, i);
          if (owner !== -1) return this.coordinated(owner, i);
        }
        // "глава держави поступився": a title of two words that is a synonym of a role ("президент")
        if (!this.roles.has(this.lem(k)) && k + 1 < i && this.v.cases[k + 1] === 'rod' && this.v.actorAt[k + 1] === -1) {
          // (with the state's demonym between: "глава української держави" is the president of that state)
          const st = this.is(k + 1, F_ADJ) && k + 2 < i && this.v.cases[k + 2] === 'rod' && this.v.actorAt[k + 2] === -1 ? this.C.L.demonyms[this.lem(k + 1).toLowerCase()] : undefined;
          const n = st ? k + 2 : k + 1;
          const key = this.C.L.roleKey?.(`${this.lem(k)} ${this.lem(n)}`);
          if (st && key && key !== `${this.lem(k)} ${this.lem(n)}` && this.roles.has(key)) {
            const p = this.personOfState(st, k, key);
            if (p !== -1) return [p];
          }
          if (key && key !== `${this.lem(k)} ${this.lem(n)}` && this.roles.has(key)) {
            // (a head of state is no head of an international body: "президент Європейської ради")
            const ofState = !!this.C.L.stateWords?.includes(this.lem(n));
            const p = this.personByRole(key, k, true, ofState ? (ai) => this.sectorOf(ai) !== 'IGO' : undefined);
            if (p.length) return p;
          }
        }
        if (this.roles.has(this.lem(k)) && !this.personAfter(k, range.end)) {
          // "російський лідер наказав": the person of the demonym's state named before, whatever his title
          const st = k > range.start && this.is(k - 1, F_ADJ) ? this.C.L.demonyms[this.lem(k - 1).toLowerCase()] : undefined;
          const ofState = st ? this.personOfState(st, k, this.lem(k)) : -1;
          if (ofState !== -1) return [ofState];
          // ("Лідери Великої Британії, Франції та Німеччини привітали": a plural title of states named after it is
          // theirs, no one person named before)
          if (this.is(k, F_PLURAL)) {
            const owners = this.remitActor(k, i);
            if (owners !== -1) return this.coordinated(owners, i);
          }
          const p = this.personByRole(this.lem(k), k);
          if (p.length) return p;
          // "Міністр закордонних справ України привітав …" with no such person named: the body or state the title
          // names speaks, not the subject of the sentence before
          const body = this.remitActor(k, i);
          if (body !== -1) return [body];
        }
        continue;
      }
      const act = this.v.actors[a]!;
      // A quoted label of a noun in a prepositional phrase is not a subject ("в межах програми «Зерно з України»").
      const head = act.s >= 2 && this.texts[act.s - 1] === '«' ? this.tok(act.s - 2) : undefined;
      const label = !!head && this.v.governedBy[act.s - 2] !== null && this.v.actorAt[act.s - 2] === -1 && this.is(act.s - 2, F_NOUN) && !this.is(act.s - 2, F_PROP) && this.v.cases[act.s - 2] !== 'naz' && this.v.cases[act.s - 2] !== null;
      // (nor a place's name after its kind in such a phrase: "поблизу острова Чеджу")
      const kindNamed = act.s - 1 >= range.start && this.v.governedBy[act.s - 1] !== null && this.v.actorAt[act.s - 1] === -1 && this.v.cases[act.s - 1] !== 'naz' && !!this.C.L.settlementNouns?.includes(this.lem(act.s - 1));
      if (kindNamed) {
        k = act.s;
        continue;
      }
      // "Прихильники Додона вийшли на мітинг": a person's followers in the nominative before the name are the group
      // that acts, named as written ("прихильники Додона"), not the person
      // (past the person's title: "Прихильники колишнього президента Болівії Ево Моралеса" → "прихильники Ево Моралеса")
      let fol = act.s - 1;
      // (an indeclinable state's name is in any case: "президента Перу")
      while (act.person && fol > range.start && fol >= act.s - 6 && (this.v.actorAt[fol] === -1
        ? this.v.cases[fol] === 'rod' && this.is(fol, F_NOUN | F_ADJ)
        : !this.v.actors[this.v.actorAt[fol]!]!.person && (this.v.actors[this.v.actorAt[fol]!]!.case === 'rod' || this.v.actors[this.v.actorAt[fol]!]!.case === 'any'))) fol--;
      if (act.person && fol >= range.start && this.v.actorAt[fol] === -1 && this.v.cases[fol] === 'naz' && this.is(fol, F_PLURAL)
        && !!this.C.L.followerNouns?.includes(this.lem(fol))) {
        const who = this.adoc.doc.text.slice(this.tok(act.s).start, this.tok(act.e - 1).end);
        const name = `${this.low(fol)} ${who}`;
        return [this.v.actors.push(newActor({ s: fol, e: act.e, name, type: 'ORG', case: 'naz', person: false, group: true })) - 1];
      }
      // (an indeclinable name coordinated with a word a preposition governs is in that phrase: "запровадить у Лімі та
      // сусідньому Кальяо")
      if (act.case === 'any') {
        let c = act.s - 1;
        while (c > range.start && this.is(c, F_ADJ) && !this.is(c, F_NOUN)) c--;
        if (c > range.start && this.C.coord.has(this.low(c)) && this.v.governedBy[c - 1] !== null) {
          k = act.s;
          continue;
        }
      }
      const nvSubject = this.nvSubjectAt(a, i, range);
      if (((act.case !== 'naz' && act.case !== 'any') || label) && !nvSubject) {
        k = act.s;
        continue;
      }
      // "Президент США наголошує": a role noun with only its country after it stands for the person with that role.
      const roleTok = act.s - 1 >= range.start ? this.tok(act.s - 1) : undefined;
      if (roleTok && !act.person && this.v.cases[act.s - 1] === 'naz' && this.roles.has(this.lem(act.s - 1)) && !this.personAfter(act.s - 1, range.end)) {
        const p = this.personByRole(this.lem(act.s - 1), act.s - 1);
        if (p.length) return p;
      }
      // Go back to the first actor of a coordination ("А, прем’єр Іспанії Б і В").
      let first = a;
      let p = this.chainStart(a) - 1;
      // (over the common noun heading the name: "… і польська державна група PGZ")
      const overHead = (x: number): number => {
        let y = x;
        while (y >= range.start && this.v.actorAt[y] === -1 && this.is(y, F_NOUN | F_ADJ) && !this.is(y, F_PROPER) && this.v.governedBy[y] === null) y--;
        return y;
      };
      // (a quoted name's opening mark: "Rheinmetall та «Укроборонпром»")
      if (p >= range.start && this.texts[p] === '«') p--;
      if (!this.v.actors[a]!.person) p = overHead(p);
      while (p >= range.start) {
        if (!(this.texts[p] === ',' || this.C.coord.has(this.low(p)))) break;
        let q = p - 1;
        // (a quoted name: "концерн «Укроборонпром» і …")
        if (q >= range.start && this.texts[q] === '»') q--;
        while (q >= range.start && this.v.actorAt[q] === -1 && this.is(q, F_NOUN | F_ADJ)) q--;
        const b = q >= range.start ? this.actorIdx(q) : -1;
        // Not across an attribution or another prepositional phrase ("За даними бюро, Росія …").
        if (b === -1 || this.v.governedBy[q] !== null) break;
        const ba = this.v.actors[b]!;
        if (ba.case !== 'naz' && ba.case !== 'any') break;
        // (a name owning the common noun before it is no conjunct: "Головний суперник Бії, колишній урядовий речник
        // Ісса Чірома Бакарі, звинуватив")
        const hb = ba.s - 1;
        // (a name in apposition to its kind stays one: "концерн BAE Systems та «Укроборонпром»")
        if (hb >= range.start && this.v.actorAt[hb] === -1 && this.is(hb, F_NOUN) && !this.is(hb, F_PROPER) && this.v.cases[hb] === 'naz' && !this.roles.has(this.lem(hb))
          && (this.v.cases[ba.s] === 'rod' || this.v.cases[ba.s] === 'dav')) break;
        first = b;
        p = this.chainStart(b) - 1;
      }
      return this.coordinated(first, i);
    }
    return [];
  }

  /** The body or state in the genitive remit of the title at token k ("міністр закордонних справ України" → Україна), or -1. */
  private remitActor(k: number, end: number): number {
    for (let j = k + 1; j < end && j <= k + 5; j++) {
      const a = this.v.actorAt[j]!;
      if (a !== -1) {
        const x = this.v.actors[a]!;
        return !x.person && (x.case === 'rod' || x.case === 'any') && this.v.governedBy[j] === null ? a : -1;
      }
      if (this.v.cases[j] !== 'rod' || !this.is(j, F_NOUN | F_ADJ) || this.v.governedBy[j] !== null) return -1;
    }
    return -1;
  }

  private subjectElsewhere(i: number, range: { start: number; end: number }, depth = 0): number[] {
    const around = this.subjectAroundRelative(range);
    if (around.length) return around;
    // "…, що Віткофф вирушить до Москви, щоб обговорити …": an infinitive of purpose has the subject of the clause it
    // follows, subordinate or not (not the reporter's of the main clause).
    if (this.is(i, F_INF) && this.C.L.purposeWords?.includes(this.low(range.start)) && range.start > 0 && this.texts[range.start - 1] === ',') {
      const prev = this.v.clauses[this.v.clause[range.start - 1]!]!;
      if (prev.sentence === this.sents[i]) {
        for (let k = prev.start; k < prev.end; k++) {
          if (!this.is(k, F_POS_VERB) || this.is(k, F_INF | F_ADVP)) continue;
          const s = this.subjectBefore(k, prev);
          if (s.length) return s;
          break;
        }
      }
    }
    // A coordinated predicate ("… звинуватив Росію … і закликав …") shares the subject of the main clause before it;
    // so does a clause cut off by a parenthesis ("Зеленський, зі свого боку, попросив").
    const first = this.tok(range.start);
    const prevTok = range.start > 0 ? this.tok(range.start - 1) : undefined;
    const second = range.start + 1 < range.end ? this.tok(range.start + 1) : undefined;
    const subordinate = !!second && this.C.coord.has(this.low(range.start)) && this.C.starters.has(this.lem(range.start + 1));
    const advp = this.is(range.start, F_ADVP) && i === range.start;
    // "…, попередив Мерц": a verb opening its clause takes the nominative right after it.
    // (not after a coordinator: "…, і закликала Будапешт" is a coordinated predicate and "Будапешт" its object)
    const afterCoord = range.start > 0 && this.C.coord.has(this.low(range.start - 1));
    if (i === range.start && this.is(i, F_VERB) && !advp && i + 1 < range.end && !afterCoord) {
      const a = this.actorIdx(i + 1);
      const act = a !== -1 ? this.v.actors[a]! : undefined;
      // After a quotation ("«…», – наголосив Шмигаль") the person named after the cue is its subject, whatever case
      // the tagger read for the name.
      const attribution = !!prevTok && (prevTok.text === '–' || prevTok.text === '—') && range.start >= 2 && ATTRIBUTION_BEFORE.has(this.tok(range.start - 2).text);
      if (act && (act.case === 'naz' || (act.case === 'any' && (act.person || this.C.report.has(this.lem(i)))) || (attribution && act.person && this.C.report.has(this.lem(i))))) return this.coordinated(a, range.end);
    }
    if (prevTok && prevTok.sentence === first.sentence && !subordinate && !this.commonSubject(i, range)
      && (this.C.coord.has(this.low(range.start)) || afterCoord || this.is(range.start, F_VERB) || prevTok.text === ',' || prevTok.text === '–' || prevTok.text === '—'
        // ("Київ відповів дзеркально: … вислали угорського дипломата" — what a colon opens tells the act announced)
        || (prevTok.text === ':' && this.is(i, F_PLURAL) && !this.nominativeAfter(i, range)))) {
      for (let c = this.v.clause[range.start - 1]!; c >= 0; c--) {
        const prev = this.v.clauses[c]!;
        if (prev.sentence !== first.sentence) break;
        // ("Як повідомляє агентство Reuters, переговори …": the source named in an attribution shares no act)
        if (this.attributionClause(prev)) break;
        // An adverbial participle shares the subject of the clause it follows, subordinate or not ("…, що вона
        // порушила домовленості, атакувавши …").
        // (unless the verb shares the subordinate verb's tense where the main verb's is another: "оголосив, що Лондон
        // передасть … і профінансує" coordinates inside the reported clause)
        if (!advp && (this.C.starters.has(this.lem(prev.start)) || this.C.starters.has(this.low(prev.start))) && !this.sameTenseInside(i, prev)) continue;
        // (not a clause of place, though: "заблокували вхід до центру, де триває саміт, вимагаючи від Туреччини …" —
        // the participle is the blockers')
        if (advp && this.C.L.placeRelatives?.includes(this.low(prev.start))) continue;
        // The subject is before that clause's verb, not its object after it ("МЗС закликало Тегеран … й попередило").
        let verb = -1;
        for (let k = prev.start; k < prev.end && verb === -1; k++) {
          if (this.is(k, F_POS_VERB) && !this.is(k, F_INF | F_ADVP) && !this.v.inQuote[k]) verb = k;
        }
        const byVerb = verb > prev.start ? this.subjectBefore(verb, prev) : [];
        const s = byVerb.length ? byVerb : this.subjectBefore(prev.end, prev);
        if (s.length) return s;
        // ("наголосив, що Київ …, і повідомив, що відвідає": what a speech verb with no subject of its own reports is
        // said of its speaker, the subject that verb shares — not of the clause before it)
        if (verb === prev.start && this.C.report.has(this.lem(verb)) && depth < 3) return this.subjectElsewhere(verb, prev, depth + 1);
      }
    }
    // Inverted order: "заявив Зеленський" (an adverbial participle has no subject of its own: "обстрілявши Херсон").
    // A title in apposition may come first ("прибули президентка Європейської комісії Урсула фон дер Ляєн, …").
    for (let k = i + 1; k < range.end && k < i + 8 && !advp; k++) {
      const a = this.actorIdx(k);
      // (a place or body whose gender or number the past-tense verb does not share is its object: "Артилерія
      // обстріляла Херсон")
      if (a !== -1 && this.v.governedBy[k] === null && this.v.actors[a]!.case === 'naz' && !this.v.actors[a]!.person && this.disagreesWithPast(i, a)) continue;
      if (a !== -1 && this.v.governedBy[k] === null && this.v.actors[a]!.case === 'naz') return this.coordinated(a, range.end);
      // (a person right after a title in the nominative is in apposition to it, whatever case the tagger read for the
      // first name: "вимагав від нього президент Петр Павел")
      if (a !== -1 && this.v.actors[a]!.s === k && this.v.actors[a]!.person && k > i + 1 && this.is(k - 1, F_NOUN) && this.roles.has(this.lem(k - 1)) && this.v.cases[k - 1] === 'naz' && this.v.governedBy[k - 1] === null) return this.coordinated(a, range.end);
      // ("…, – попередив він в ефірі": a personal pronoun right after the verb)
      if (a === -1 && k === i + 1 && this.is(k, F_POS_PRON) && this.C.pronouns.has(this.lem(k)) && this.v.cases[k] === 'naz') {
        const p = this.pronounReferent(k);
        if (p.length) return p;
      }
      // "обстріляли місто турецькі винищувачі": a weapon's demonym after the verb names the attacker.
      const w = a === -1 ? this.demonymWeaponAt(k, range.end) : -1;
      if (w !== -1) return [w];
      // ("підписали керівники шведської BAE Systems Hägglunds і …": the heads of bodies act for their bodies)
      if (a === -1 && this.is(k, F_NOUN) && this.is(k, F_PLURAL) && this.v.cases[k] === 'naz' && this.roles.has(this.lem(k))) {
        let m = k + 1;
        // (over a kind's adjectives and noun: "шведської", "компаній")
        while (m < range.end && m <= k + 3 && this.actorIdx(m) === -1 && (this.is(m, F_ADJ) || (this.is(m, F_NOUN) && this.v.cases[m] === 'rod'))) m++;
        const b = this.actorIdx(m);
        if (b !== -1 && !this.v.actors[b]!.person && this.v.actors[b]!.s === m && (this.v.actors[b]!.case === 'rod' || this.v.actors[b]!.case === 'any')) return this.coordinated(b, range.end);
      }
      // (over a prepositional phrase before it: "вимагав від нього президент Петр Павел")
      if (a === -1 && this.is(k, F_PREP) && k === i + 1 && k + 2 < range.end && this.is(k + 1, F_POS_PRON) && this.actorIdx(k + 1) === -1) {
        k++;
        continue;
      }
      if (a === -1 && !this.is(k, F_ADJ | F_NOUN)) break;
    }
    return [];
  }

  /** A verb of going on ("триває", "відбувається") in the present tense among tokens [s, e). */
  private ongoingVerbIn(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.C.L.ongoingVerbs?.includes(this.lem(k)) && /:pres(:|$)/.test(this.tok(k).tag ?? '')) return true;
    return false;
  }

  /** Verb i is in the past tense in one gender or number and actor a's first noun in another (both known). */
  private disagreesWithPast(i: number, a: number): boolean {
    const vg = /:past:([mfnp])(:|$)/.exec(this.tok(i).tag ?? '')?.[1];
    if (!vg) return false;
    const x = this.v.actors[a]!;
    for (let k = x.s; k < x.e; k++) {
      if (!this.is(k, F_NOUN)) continue;
      const tag = this.tok(k).tag ?? '';
      // (an indeclinable abbreviation's gender is a guess: "ООН закликала", "МЗС заявило")
      if (tag.includes(':nv')) return false;
      const ng = /:p:v_/.test(tag) ? 'p' : /^noun:(?:[a-z]+:)?([mfn]):/.exec(tag)?.[1];
      // (singular names coordinated take a plural verb: "приєдналися Канада та Нова Зеландія")
      if (vg === 'p' && (this.texts[x.e] === ',' || this.C.coord.has(this.low(x.e)))) return false;
      return !!ng && ng !== vg;
    }
    return false;
  }

  /**
   * "Анвар Ібрагім, країна якого головує в АСЕАН, закликав Бангкок …": a clause that resumes after a relative clause
   * set off by commas has the subject named before that relative clause (not the object after its verb).
   */
  private subjectAroundRelative(range: { start: number; end: number }): number[] {
    const before = this.beforeRelative(range);
    if (!before) return [];
    const s = this.subjectBefore(before.end, before);
    if (s.length) return s;
    // (a person whose name the tagger read in another case, "Сильві Лістгауг" as a dative: the phrase has no verb of
    // its own, so the person it is, alone or after a title, is still the subject)
    const a = before.end > before.start ? this.v.actorAt[before.end - 1]! : -1;
    if (a === -1) return [];
    const x = this.v.actors[a]!;
    return x.person && x.e === before.end && this.v.governedBy[x.s] === null && this.chainStart(a) === before.start ? [a] : [];
  }

  /**
   * A place named after a preposition of nearness after token i ("поблизу окупованого Мелітополя", "біля села
   * Махновка"), within `within` tokens of i when given; -1 when none.
   */
  private placeNear(i: number, cr: { start: number; end: number }, within = Infinity): number {
    for (let k = i + 1; k + 1 < cr.end && k <= i + within; k++) {
      if (!this.is(k, F_PREP) || !this.C.L.nearPreps.includes(this.lem(k))) continue;
      // (past an adjective or the settlement's kind: "поблизу окупованого Мелітополя", "поблизу міста Кулікоро")
      let n = k + 1;
      while (n < cr.end - 1 && n <= k + 2 && this.v.actorAt[n] === -1 && (this.is(n, F_ADJ) || !!this.C.L.settlementNouns?.includes(this.lem(n)))) n++;
      const a = this.actorIdx(n);
      if (a !== -1 && this.v.actors[a]!.type === 'LOC' && !this.v.actors[a]!.group) return a;
    }
    return -1;
  }

  /**
   * The token after a title's remit that starts at k ("з питань регіональної інтеграції"), or k when none starts there:
   * "міністра Руанди з питань регіональної інтеграції Джеймса Кабареби" names the minister after it.
   */
  private overRemit(k: number, end: number): number {
    // (also over the place of a post: "посла ЄС у Грузії | Павела Герчинського")
    if (k + 1 < end && this.C.locPreps.has(this.low(k)) && this.v.actorAt[k + 1] !== -1) {
      const pl = this.v.actors[this.v.actorAt[k + 1]!]!;
      if (pl.type === 'LOC' && pl.s === k + 1 && pl.e < end && this.v.actorAt[pl.e] !== -1 && this.v.actors[this.v.actorAt[pl.e]!]!.person) return pl.e;
    }
    // (over a second title joined to the first: "лідера ХДС | і кандидата в канцлери | Фрідріха Мерца")
    if (k + 2 < end && this.C.coord.has(this.low(k)) && this.v.actorAt[k + 1] === -1 && this.is(k + 1, F_NOUN)
      && (this.roles.has(this.lem(k + 1)) || !!this.C.L.secondTitles?.includes(this.lem(k + 1)))) {
      for (let m = k + 2; m < end && m <= k + 5; m++) {
        const b = this.v.actorAt[m]!;
        if (b !== -1) return this.v.actors[b]!.person && this.v.actors[b]!.s === m ? m : k;
        if (!this.is(m, F_NOUN | F_ADJ | F_PREP)) break;
      }
    }
    // ("з питань клімату", and any remit in the genitive: "Верховним комісаром ООН з прав людини | Фолькером Тюрком")
    if (k + 2 >= end || !WITH.has(this.low(k)) || this.v.cases[k + 1] !== 'rod' || !this.is(k + 1, F_NOUN | F_ADJ) || this.v.actorAt[k + 1] !== -1) return k;
    let m = k + 2;
    while (m < end && m < k + 8 && this.v.actorAt[m] === -1 && this.is(m, F_NOUN | F_ADJ) && (this.v.cases[m] === 'rod' || this.C.coord.has(this.low(m)))) m++;
    // (a person must follow the remit: otherwise the phrase is no title's)
    return m < end && this.v.actorAt[m] !== -1 && this.v.actors[this.v.actorAt[m]!]!.person ? m : k;
  }

  /**
   * Whether token i is in what a warning verb before it says ("попередив, що …") and the sentence sets a condition
   * after the warning ("якщо …"): the act told is held out, not done.
   */
  /**
   * The first of a chain of infinitives joined by a coordinating word that ends at infinitive i ("поширити … і
   * насамперед відмовитися"): i itself when none comes before it in the clause.
   */
  private firstCoordinatedInfinitive(i: number, from: number): number {
    let first = i;
    let coord = false;
    for (let k = i - 1; k >= from && k >= first - 12; k--) {
      // (over quotation marks: "закликала «не ігнорувати сигнали тривоги» й вивезти дітей")
      if (this.tok(k).kind === 'punct' && this.low(k) !== ',' && this.low(k) !== '«' && this.low(k) !== '»') break;
      if (this.C.coord.has(this.low(k))) coord = true;
      else if (this.is(k, F_INF) && coord) { first = k; coord = false; }
    }
    return first;
  }

  private conditionalWarning(i: number): boolean {
    const sr = this.sentenceRange(i);
    let warn = -1;
    for (let k = Math.max(sr.start, i - 12); k < i && warn === -1; k++) {
      if (this.is(k, F_VERB) && !this.is(k, F_INF) && this.C.byLemma.get(this.lem(k))?.some((e) => e.pos === 'verb' && e.type === 'THREATEN' && !!e.requires?.includes('якщо'))) warn = k;
    }
    if (warn === -1) return false;
    for (let k = warn + 1; k < sr.end; k++) if (this.C.L.conditionals.includes(this.low(k))) return true;
    return false;
  }

  /** An actor right after a medium noun in a prepositional phrase: the outlet words were given to ("в інтерв’ю CNN"). */
  private isOutlet(a: number): boolean {
    const s = this.v.actors[a]!.s;
    return s > 0 && !!this.C.L.mediumNouns?.includes(this.lem(s - 1)) && this.v.governedBy[s - 1] !== null;
  }

  /** Whether token k is a word after the first of an organisation's name of three words or more. */
  private insideBodyName(k: number): boolean {
    const a = this.v.actorAt[k]!;
    if (a === -1) return false;
    const x = this.v.actors[a]!;
    // (the staff of a body named by common words are no name: "двох співробітників російського посольства")
    return x.type === 'ORG' && !x.person && k > x.s && x.e - x.s >= 3 && !this.C.L.staffNouns?.includes(this.lem(x.s));
  }

  /**
   * The phrase before a relative clause set off by commas that the clause at `range` resumes after ("Анвар Ібрагім"
   * in "Анвар Ібрагім, країна якого головує в АСЕАН, закликав …"), when that phrase has no verb of its own; its end is
   * the comma opening the relative clause. Null when the clause does not resume so.
   */
  private beforeRelative(range: { start: number; end: number }): { start: number; end: number } | null {
    if (range.start < 2 || this.texts[range.start - 1] !== ',') return null;
    const sent = this.sents[range.start]!;
    // The comma that opens the relative clause: its next or second word a relative pronoun ("який …", "країна
    // якого …"), no finite verb of the main clause after the relative clause's own.
    let open = -1;
    for (let k = range.start - 2; k > 0 && this.sents[k] === sent; k--) {
      if (this.texts[k] !== ',') continue;
      if (this.C.relatives.has(this.lem(k + 1)) || (k + 2 < range.start && this.is(k + 1, F_NOUN) && this.C.relatives.has(this.lem(k + 2)))) open = k;
      break;
    }
    if (open === -1) return null;
    let from = open - 1;
    while (from > 0 && this.sents[from - 1] === sent && this.texts[from - 1] !== ',' && this.texts[from - 1] !== '–' && this.texts[from - 1] !== '—') from--;
    // (the phrase before it has no verb of its own: it is the subject's phrase alone)
    if (this.verbBetween(from, open)) return null;
    return { start: from, end: open };
  }

  /**
   * Whether the verb at i is in the tense of the finite verb of clause `prev` (a subordinate one) and in another than
   * the verb of the clause that governs it: then it coordinates with the subordinate verb. Non-past verbs only (a
   * past verb after a past report tells nothing).
   */
  private sameTenseInside(i: number, prev: { start: number; end: number; sentence: number }): boolean {
    // (future and present as one: the tagger reads a perfective's future as a present — "профінансує")
    const tense = (k: number): string => /:(futr|pres|past)/.exec(this.tok(k).tag ?? '')?.[1]?.replace('futr', 'pres') ?? '';
    const ti = tense(i);
    if (ti !== 'pres') return false;
    let inner = -1;
    for (let k = prev.start; k < prev.end && inner === -1; k++) if (this.is(k, F_POS_VERB) && !this.is(k, F_INF | F_ADVP) && tense(k)) inner = k;
    if (inner === -1 || tense(inner) !== ti) return false;
    for (let c = this.v.clause[prev.start - 1] ?? -1; c >= 0; c--) {
      const outer = this.v.clauses[c]!;
      if (outer.sentence !== prev.sentence) return false;
      for (let k = outer.start; k < outer.end; k++) if (this.is(k, F_POS_VERB) && !this.is(k, F_INF | F_ADVP) && tense(k)) return tense(k) !== ti;
    }
    return false;
  }

  /** First token of a person's apposition chain ("прем’єр Іспанії Педро Санчес" → "прем’єр"). */
  private chainStart(ai: number): number {
    const a = this.v.actors[ai]!;
    let k = a.s - 1;
    if (!a.person) return a.s;
    let start = a.s;
    while (k >= 0 && this.sents[k] === this.sents[a.s]) {
      const b = this.v.actorAt[k]!;
      if (b !== -1 && this.modifiers.has(b)) { k = this.v.actors[b]!.s - 1; continue; }
      if (b === -1 && this.is(k, F_NOUN | F_ADJ)) {
        if (this.is(k, F_NOUN) && this.roles.has(this.lem(k))) start = k;
        else if (this.is(k, F_NOUN) && this.is(k, F_ANIM)) start = k;
        // (the title's adjectives: "і духовний лідер друзів шейх …")
        else if (!this.is(k, F_NOUN) && k === start - 1) start = k;
        k--;
        continue;
      }
      break;
    }
    return start;
  }

  /** The clause has a nominative common noun (not an actor, not a pronoun) before token i: its own subject. */
  /**
   * "Протести спалахнули …", "Хвиля протестів спалахнула …": a noun trigger that is itself the subject (or the
   * genitive of a wave or series that is) tells the act happening, with no one of the sentence before as its agent.
   */
  private actAsSubject(i: number, isNoun: boolean): boolean {
    // (a sequel keeps to its own rule: "Наступна конференція відбудеться …")
    if (!isNoun || this.v.governedBy[i] !== null || this.sequelAdjective(i, this.clauseRange(i)) !== null) return false;
    if (this.v.cases[i] === 'naz') return true;
    return this.v.cases[i] === 'rod' && i > 0 && this.v.cases[i - 1] === 'naz' && this.v.governedBy[i - 1] === null && !!this.C.L.nonAgentNouns?.includes(this.lem(i - 1));
  }

  private commonSubject(i: number, range: { start: number; end: number }): boolean {
    for (let k = range.start; k < i; k++) {
      if (this.v.governedBy[k] !== null || this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN) || this.is(k, F_POS_PRON)) continue;
      if (this.v.cases[k] === 'naz' && this.is(k, F_ANIM) && !this.is(k, F_INANIM) && !this.roles.has(this.lem(k))) return true;
    }
    return false;
  }

  /**
   * A delegation as subject: "делегація на чолі з X" → X; "американська та російська делегації" → the two states.
   */
  private ledOrDelegation(from: number, to: number): number[] {
    const dl = this.C.delegations;
    for (let k = from; k < to; k++) {
      if (this.v.cases[k] !== 'naz' || this.v.actorAt[k] !== -1 || this.v.governedBy[k] !== null) continue;
      const inanimate = this.is(k, F_NOUN) && this.is(k, F_INANIM);
      if (!(inanimate || dl.has(this.lem(k)))) continue;
      // (a name in apposition is the subject itself: "Японське агентство JICA")
      if (k + 1 < to && this.v.actorAt[k + 1] !== -1 && !this.modifiers.has(this.v.actorAt[k + 1]!) && this.v.actors[this.v.actorAt[k + 1]!]!.case !== 'rod') continue;
      // "на чолі з X"
      for (let m = k + 1; m < Math.min(to, k + 4); m++) {
        if (this.C.L.ledBy.includes(this.lem(m)) && m + 1 < this.texts.length && WITH.has(this.lem(m + 1))) {
          const r = this.resolveNp(m + 2, to, 'oru');
          if (r.length) return r;
        }
      }
      // "Делегації України та Росії": the sides named in the genitive after a delegation noun
      if (dl.has(this.lem(k)) && k + 1 < to && this.v.actorAt[k + 1] !== -1) {
        const g = this.v.actorAt[k + 1]!;
        const ga = this.v.actors[g]!;
        if (ga.s === k + 1 && (ga.case === 'rod' || ga.case === 'any') && !ga.person) return this.coordinated(g, to);
      }
      // demonym adjectives before the noun
      const states: number[] = [];
      for (let m = k - 1; m >= from; m--) {
        const l = this.lem(m);
        if (this.C.L.demonyms[l]) states.unshift(this.demonymActor(m, this.C.L.demonyms[l]!));
        else if (!(this.C.coord.has(this.low(m)) || this.texts[m] === ',')) break;
      }
      if (states.length) return states;
    }
    return [];
  }

  /**
   * The state of people who are the object after verb i: a demonym before their noun or a state's genitive after it
   * ("українських дітей", "громадян Литви"); not the source's own.
   */
  private peopleState(i: number, end: number, source: number[]): number[] {
    const people = this.C.L.peopleNouns ?? [];
    for (let k = i + 1; k < end && k <= i + 6; k++) {
      // (a quantity's preposition is no phrase of its own: "понад 19 тисяч українських дітей")
      const gov = this.v.governedBy[k];
      if (!this.is(k, F_NOUN) || !people.includes(this.lem(k)) || (gov !== null && !this.C.L.quantityPreps?.includes(gov))) continue;
      let found = this.demonymBefore(k, i, 2);
      if (found === -1 && k + 1 < end) {
        const a = this.actorIdx(k + 1);
        const x = a !== -1 ? this.v.actors[a]! : undefined;
        if (x && x.s === k + 1 && (x.case === 'rod' || x.case === 'any') && this.isState(a)) found = a;
      }
      if (found === -1) return [];
      const name = this.v.actors[found]!.name;
      const own = (a: number): boolean => {
        if (this.v.actors[a]!.name === name) return true;
        const c = this.countryOfPerson(a);
        return c !== null && this.v.actors[c]!.name === name;
      };
      return source.some(own) ? [] : [found];
    }
    return [];
  }

  /** The state of a demonym among the up to `width` adjectives right before noun k (after token `floor`), or -1. */
  private demonymBefore(k: number, floor: number, width: number): number {
    for (let j = k - 1; j > floor && j >= k - width && this.is(j, F_ADJ); j--) {
      const state = this.C.L.demonyms[this.lem(j).toLowerCase()];
      if (state) return this.demonymActor(j, state);
    }
    return -1;
  }

  /** The state of a vessel object after verb i, named by a demonym before the vessel's noun ("в’єтнамське судно"). */
  private vesselState(i: number, end: number): number[] {
    const vessels = this.C.L.vesselNouns ?? [];
    for (let k = i + 1; k < end && k <= i + 8; k++) {
      if (!this.is(k, F_NOUN) || !vessels.includes(this.lem(k)) || this.v.governedBy[k] !== null) continue;
      const state = this.demonymBefore(k, i, 3);
      return state === -1 ? [] : [state];
    }
    return [];
  }

  /**
   * The owner named in the genitive after a war vehicle's noun k: a state or body ("літаки ВПС Ізраїлю"), or a body
   * named by common words with its state ("кораблі берегової охорони Китаю" → "берегова охорона Китаю", in the
   * nominative when the language can inflect it). -1 when none.
   */
  private vehicleOwner(k: number, end: number): number {
    const at = (x: number): number => (x < end ? this.actorIdx(x) : -1);
    const direct = at(k + 1);
    if (direct !== -1) {
      const a = this.v.actors[direct]!;
      return a.s === k + 1 && a.case === 'rod' && !a.person ? direct : -1;
    }
    const inflect = this.C.L.inflect;
    let h = k + 1;
    while (h < end && this.is(h, F_ADJ) && !this.is(h, F_NOUN) && this.v.cases[h] === 'rod' && this.v.actorAt[h] === -1) h++;
    // ("гелікоптери повітряних сил Індії": forces the analysis already named as their state, after their adjectives)
    if (h > k + 1 && h < end && this.v.actorAt[h] !== -1) {
      const a = this.v.actors[this.v.actorAt[h]!]!;
      if (a.s === h && a.case === 'rod' && !a.person && this.is(h, F_NOUN)) return this.v.actorAt[h]!;
    }
    if (!inflect || h >= end || !this.is(h, F_NOUN) || this.v.cases[h] !== 'rod' || this.v.actorAt[h] !== -1 || this.is(h, F_PLURAL)) return -1;
    const st = at(h + 1);
    if (st === -1 || this.v.actors[st]!.s !== h + 1 || this.v.actors[st]!.person || this.v.actors[st]!.case !== 'rod') return -1;
    const g = genderOf(this.tok(h));
    if (g !== 'm' && g !== 'f' && g !== 'n') return -1;
    const words: string[] = [];
    for (let j = k + 1; j < h; j++) {
      const w = inflect(this.lem(j).toLowerCase(), `adj:${g}:v_naz`);
      if (!w) return -1;
      words.push(w);
    }
    words.push(this.lem(h));
    const st0 = this.v.actors[st]!;
    const name = `${words.join(' ')} ${this.adoc.doc.text.slice(this.tok(st0.s).start, this.tok(st0.e - 1).end)}`;
    const a = newActor({ s: k, e: st0.e, name, type: 'ORG', country: st0.country, case: 'naz', person: false, group: true });
    return this.v.actors.push(a) - 1;
  }

  /**
   * A common-noun group as the subject ("польські фермери заблокували", "дружини і матері військових провели акцію"):
   * an actor named as written, in the nominative.
   */
  private groupSubject(i: number, range: { start: number; end: number }): number {
    const q = this.quantifiedGroup(i, range);
    if (q !== -1) return q;
    // (a plural of people whose accusative the tagger chose is its nominative where the two forms are one: "У столиці
    // Анголи водії таксі протестують" — an accusative of people would be "водіїв")
    const nominativeForm = (k: number): boolean => this.v.cases[k] === 'naz' || (this.v.cases[k] === 'zna' && this.is(k, F_PLURAL)
      && (this.is(k, F_ANIM) || !!this.C.L.personNounSuffix?.test(this.lem(k))) && this.C.L.inflect?.(this.lem(k), 'noun:p:v_naz') === this.low(k));
    for (let k = range.start; k < i; k++) {
      if (this.v.governedBy[k] !== null || this.v.actorAt[k] !== -1 || !this.is(k, F_NOUN) || !nominativeForm(k) || this.is(k, F_POS_PRON)) continue;
      if (this.roles.has(this.lem(k))) continue;
      // (an attempt, a decision or an act is no one who acts: "перша спроба виконати ордер на арешт")
      if (this.C.L.nonAgentNouns?.includes(this.lem(k))) continue;
      // (vehicles of a body or state act for it: "Кораблі берегової охорони Китаю затримали")
      if (this.C.L.attackVehicles?.includes(this.lem(k))) {
        const owner = this.vehicleOwner(k, i);
        if (owner !== -1) return owner;
      }
      let s = k;
      while (s > range.start && this.is(s - 1, F_ADJ) && this.v.cases[s - 1] === 'naz') s--;
      let e = k + 1;
      for (;;) {
        const nx = this.v.tokens[e];
        if (!nx || e >= i) break;
        if (this.C.coord.has(this.low(e)) && this.v.tokens[e + 1] && this.is(e + 1, F_NOUN) && this.v.cases[e + 1] === 'naz') { e += 2; continue; }
        if (this.is(e, F_NOUN) && this.v.cases[e] === 'rod' && this.v.actorAt[e] === -1) { e++; continue; }
        // (also an indeclinable noun, with the adjectives of the genitive before it: "Водії маршрутних таксі")
        if (this.is(e, F_NOUN) && this.v.cases[e] === 'any' && this.v.actorAt[e] === -1 && !this.is(e, F_PROPER) && e > k) { e++; continue; }
        // (not a title: "Адвокати колишнього президента" are the lawyers of a person)
        if (this.is(e, F_ADJ) && !this.is(e, F_NOUN) && this.v.cases[e] === 'rod' && this.v.actorAt[e] === -1 && e + 1 < i && this.is(e + 1, F_NOUN)
          && (this.v.cases[e + 1] === 'rod' || this.v.cases[e + 1] === 'any') && this.v.actorAt[e + 1] === -1 && !this.roles.has(this.lem(e + 1))) { e++; continue; }
        // (a state or body in the genitive names whose group it is: "Берегова охорона Фінляндії")
        const ga = this.v.actorAt[e]!;
        if (ga !== -1 && e > k && this.v.actors[ga]!.s === e && (this.v.actors[ga]!.case === 'rod' || this.v.actors[ga]!.case === 'any') && !this.v.actors[ga]!.person) { e = this.v.actors[ga]!.e; continue; }
        break;
      }
      let between = e;
      // (over where they come from: "Фермери з Польщі знову заблокували")
      let from = false;
      // (and over where they stand, a place in the locative: "прихильники опозиції в кількох кварталах Абіджана
      // вийшли")
      let at = false;
      while (between < i) {
        if (this.is(between, F_POS_ADV | F_POS_PART) || this.inTime(between)) between++;
        else if (this.is(between, F_PREP) && this.C.L.originPreps.includes(this.low(between))) {
          from = true;
          between++;
        } else if (from && (this.v.actorAt[between] !== -1 || this.texts[between] === ',' || this.C.coord.has(this.low(between)))) between++;
        else if (!at && !from && this.is(between, F_PREP) && this.C.locPreps.has(this.low(between)) && between + 1 < i
          && (this.v.cases[between + 1] === 'mis' || this.v.governedBy[between + 1] !== null)) {
          at = true;
          between++;
        } else if (at && !this.is(between, F_VERB) && (this.v.cases[between] === 'mis' || this.v.cases[between] === 'rod' || this.v.governedBy[between] !== null || this.v.actorAt[between] !== -1)) between++;
        else break;
      }
      // (isVerbLike on the token: past the document's end it fails as it always did)
      if (between === i || isVerbLike(this.tok(between))) {
        // ("Молодіжний рух GenZ 212 виводить …": a name that does not decline right after the noun of its kind is the
        // subject itself, the noun its apposition)
        const named = k + 1 < e ? this.v.actorAt[k + 1]! : -1;
        if (named !== -1 && this.C.L.orgKindNouns.includes(this.lem(k)) && this.v.actors[named]!.s === k + 1 && this.v.actors[named]!.e === e
          && this.v.actors[named]!.case === 'any' && !this.v.actors[named]!.person) return named;
        const text = this.adoc.doc.text.slice(this.tok(s).start, this.tok(e - 1).end);
        const a = newActor({ s, e, name: text.charAt(0).toLowerCase() + text.slice(1), type: 'ORG', case: 'naz', person: false, group: true });
        return this.v.actors.push(a) - 1;
      }
    }
    return -1;
  }

  /** "Холодногірському районі Харкова": a place named as a district of a city (its kind, then the city) is the city. */
  private cityOfDistrict(a: number): number {
    const x = this.v.actors[a]!;
    if (x.type !== 'LOC' || x.person || x.e - x.s < 3) return a;
    for (let j = x.s + 1; j + 1 < x.e; j++) {
      if (!this.C.L.districtNouns?.includes(this.lem(j)) || !/^\p{Lu}/u.test(this.texts[j + 1]!) || this.v.cases[j + 1] !== 'rod') continue;
      const city = this.lem(j + 1);
      if (!/^\p{Lu}/u.test(city) || j + 2 !== x.e) return a;
      return stateActor(this.v, j + 1, x.e, city, 'rod');
    }
    return a;
  }

  /** An actor the knowledge base knows as a country. */
  private isState(a: number): boolean {
    const x = this.v.actors[a]!;
    return !!x.entity && !!this.entityById.get(x.entity)?.actor?.kbId?.startsWith('country:');
  }

  /** An actor named by a building's or facility's noun ("Саудівський шпиталь", "Рязанський НПЗ"). */
  private isBuilding(a: number): boolean {
    const x = this.v.actors[a]!;
    if (x.person) return false;
    for (let k = x.s; k < x.e; k++) {
      const l = this.lem(k).toLowerCase();
      if (this.C.L.facilityNouns.includes(l) || this.C.L.buildingNouns?.includes(l)) return true;
    }
    return false;
  }

  /** "це вже тринадцятий обмін": a demonstrative before the noun, over adverbs, particles and adjectives. */
  private demonstrativeBefore(i: number, cr: { start: number; end: number }): boolean {
    for (let k = i - 1; k >= cr.start && k >= i - 4; k--) {
      if (this.C.L.demonstratives.includes(this.lem(k)) && this.v.governedBy[k] === null) return true;
      if (!this.is(k, F_POS_ADV | F_POS_PART | F_ADJ)) return false;
    }
    return false;
  }

  /** "жителів Костянтинівки": the residents of a place named after their noun, as a group in the nominative plural. */
  private residentsOf(a: number): number {
    const x = this.v.actors[a]!;
    const k = x.s - 1;
    const inflect = this.C.L.inflect;
    if (!inflect || x.type !== 'LOC' || x.person || x.group || k < 0 || !this.C.L.residentNouns?.includes(this.lem(k)) || !this.is(k, F_PLURAL)) return a;
    const head = inflect(this.lem(k), 'noun:p:v_naz');
    if (!head) return a;
    const place = this.adoc.doc.text.slice(this.tok(x.s).start, this.tok(x.e - 1).end);
    return this.v.actors.push(newActor({ s: k, e: x.e, name: `${head} ${place}`, type: 'ORG', case: 'naz', person: false, group: true })) - 1;
  }

  /** A figure in digits before a quantity word ("160 тисяч"), outside a date. */
  private isFigure(k: number, i: number): boolean {
    return k + 1 < i && this.is(k, F_NUMBER) && /^\d/.test(this.texts[k]!) && !this.inTime(k) && this.C.quantities.has(this.lem(k + 1).toLowerCase());
  }

  /**
   * "Кілька сотень словацьких перевізників заблокували": a group counted by a quantity word, its genitive words named
   * in the plural nominative ("словацькі перевізники"), when the language can inflect them; -2 for a crowd of no one in
   * particular (no subject at all).
   */
  private quantifiedGroup(i: number, range: { start: number; end: number }): number {
    const inflect = this.C.L.inflect;
    if (!inflect) return -1;
    let k = range.start;
    // (over the conjunction opening a reported clause: "заявили, що тисячі людей вийшли")
    if (k < i && this.C.complementizers.has(this.lem(k))) k++;
    // (over a connector opening the sentence: "Тим часом у неділю кілька тисяч прихильників опозиції вийшли")
    for (const c of this.C.L.openingConnectors ?? []) {
      if (c.every((w, n) => k + n < i && this.low(k + n) === w)) { k += c.length; break; }
    }
    // (after a date or a place at the clause start: "У середу кілька десятків місцевих жителів провели …", "У
    // Тбілісі в неділю десятки тисяч прихильників опозиції вийшли …")
    // (a quantity word right after a date is not inside the date's phrase, whatever case the tagger gave it: "У
    // понеділок тисячі студентів заблокували")
    // (or right after a place in a prepositional phrase: "у центрі Мапуту тисячі прихильників опозиції вийшли")
    const afterDate = (x: number): boolean => x > range.start && !this.inTime(x) && this.C.quantities.has(this.lem(x).toLowerCase())
      && (this.inTime(x - 1) || (this.v.actorAt[x - 1] !== -1 && this.v.actorAt[x] === -1 && this.v.governedBy[this.v.actors[this.v.actorAt[x - 1]!]!.s] !== null));
    // (and over a connector after them: "Під стінами парламенту тим часом кілька сотень родичів … провели акцію")
    const connectorAt = (x: number): number => {
      for (const c of this.C.L.openingConnectors ?? []) if (c.every((w, m) => x + m < i && this.low(x + m) === w)) return c.length;
      return 0;
    };
    while (k < i && !afterDate(k)) {
      // (a figure with the word that rounds it: "понад 160 тисяч людей")
      if (this.is(k, F_PREP) && this.isFigure(k + 1, i)) {
        k++;
        break;
      }
      // (and the comma closing such a phrase: "Попри заборону демонстрацій, сотні прихильників опозиції …")
      if (this.inTime(k) || this.is(k, F_PREP | F_POS_ADV) || this.v.governedBy[k] !== null || (this.texts[k] === ',' && k > range.start && this.v.governedBy[k - 1] !== null)) {
        k++;
        continue;
      }
      const c = k > range.start ? connectorAt(k) : 0;
      if (!c) break;
      k += c;
    }
    if (k < i && this.isFigure(k, i)) k++;
    else if (k >= i || (this.v.governedBy[k] !== null && !afterDate(k)) || !this.C.quantities.has(this.lem(k).toLowerCase())) return -1;
    else k++;
    while (k < i && this.C.quantities.has(this.lem(k).toLowerCase()) && this.v.cases[k] === 'rod') k++;
    // (a possessive before the noun is not part of the group's name: "кілька тисяч його прихильників")
    // (but for followers it names their leader: "кілька тисяч його прихильників" → "прихильники Карлоса Альвареса", the
    // man the possessive refers to, by his full name in the genitive)
    let s = k;
    let leader: string | null = null;
    if (k < i && this.C.L.possessives.includes(this.low(k))) {
      const g = this.low(k) === 'його' ? 'm' : null;
      s = ++k;
      if (g && k < i && !!this.C.L.followerNouns?.includes(this.lem(k))) {
        const ref = this.lastSubject.length === 1 && this.v.actors[this.lastSubject[0]!]!.person ? this.v.actors[this.lastSubject[0]!]! : undefined;
        leader = ref?.entity ? this.genitiveName(ref.entity) : null;
      }
    }
    while (k < i && this.is(k, F_ADJ) && !this.is(k, F_NOUN) && this.v.cases[k] === 'rod' && this.v.actorAt[k] === -1) k++;
    // (animate, or a person noun by its suffix the tagger read as inanimate: "протестувальників")
    if (k >= i || !this.is(k, F_NOUN) || this.v.cases[k] !== 'rod' || this.v.actorAt[k] !== -1 || !(this.is(k, F_ANIM) || !!this.C.L.personNounSuffix?.test(this.lem(k)))) return -1;
    const head = k + 1;
    // (a genitive tail of the group's noun, kept as written: "прихильників опозиції" → "прихильники опозиції")
    let e = head;
    while (e < i && e < head + 3 && this.v.actorAt[e] === -1 && this.v.cases[e] === 'rod' && this.is(e, F_NOUN | F_ADJ) && !this.inTime(e)) e++;
    if (e > head && !this.is(e - 1, F_NOUN)) e = head;
    // (and a place or body in the genitive whose people they are: "тисячі жителів Порт-о-Пренса" → "жителі Порт-о-Пренса")
    const owner = e === head && e < i ? this.v.actorAt[e]! : -1;
    // (a place only: "активістів Руху оборони кордонів" are "активісти")
    // (or the person whose followers they are, as written: "прихильників Траоре" → "прихильники Траоре")
    const ow = owner !== -1 ? this.v.actors[owner]! : undefined;
    // (an indeclinable name is in any case, whatever the name's own reading: "прихильників Дутерте")
    // (a place in "-і" the tagger read as a dative or locative, forms the genitive shares: "жителів Тріполі", "Вінниці")
    const placeCase = !!ow && ow.type === 'LOC' && !ow.person && (ow.case === 'dav' || ow.case === 'mis') && /[іи]$/u.test(this.texts[ow.e - 1] ?? '');
    // (or the party whose followers they are: "кілька сотень прихильників Ліберальної партії")
    const follower = !!this.C.L.followerNouns?.includes(this.lem(head - 1));
    if (ow && ow.s === e && (ow.case === 'rod' || ow.case === 'any' || this.v.cases[ow.s] === 'any' || placeCase) && ((ow.type === 'LOC' && !ow.person) || (follower && (ow.person || ow.type === 'ORG')))) e = ow.e;
    // (also past the person's title: "прихильників опозиційного кандидата Венансіу Мондлане" → "прихильники Венансіу
    // Мондлане", as the person is named)
    let nameFrom = head;
    if (owner === -1 && e > head && e < i && !!this.C.L.followerNouns?.includes(this.lem(head - 1))) {
      const p = this.v.actorAt[e]!;
      const pa = p !== -1 ? this.v.actors[p]! : undefined;
      if (pa && pa.person && pa.s === e && (pa.case === 'rod' || pa.case === 'any' || this.v.cases[pa.s] === 'any')) {
        nameFrom = e;
        e = pa.e;
      }
    }
    // (people as such are no one in particular: "Десятки тисяч людей вийшли на акцію протесту" has no side; "людей
    // у масках" or "жителів міста" are a group)
    if (e === head && this.C.L.anonymousNouns?.includes(this.lem(head - 1)) && !(e < i && this.is(e, F_PREP) && !this.inTime(e))) return -2;
    // (a second group coordinated with the first under one quantity: "десятки тисяч студентів і школярів")
    const ownEnd = e;
    let second: { s: number; e: number; words: string[] } | null = null;
    if (e === head && e + 1 < i && this.C.coord.has(this.low(e))) {
      let c = e + 1;
      while (c < i && this.is(c, F_ADJ) && !this.is(c, F_NOUN) && this.v.cases[c] === 'rod' && this.v.actorAt[c] === -1) c++;
      if (c < i && this.is(c, F_NOUN) && this.v.cases[c] === 'rod' && this.v.actorAt[c] === -1 && this.is(c, F_PLURAL)
        && (this.is(c, F_ANIM) || !!this.C.L.personNounSuffix?.test(this.lem(c)))) {
        const words: string[] = [];
        for (let j = e + 1; j <= c; j++) {
          const w = inflect(this.lem(j).toLowerCase(), this.is(j, F_NOUN) ? 'noun:p:v_naz' : 'adj:p:v_naz');
          if (!w) break;
          words.push(w);
        }
        // (with a genitive tail of its own, kept as written: "студентів і прихильників опозиції")
        let t = c + 1;
        while (t < i && t < c + 4 && this.v.actorAt[t] === -1 && this.v.cases[t] === 'rod' && this.is(t, F_NOUN | F_ADJ) && !this.inTime(t)) t++;
        if (t > c + 1 && !this.is(t - 1, F_NOUN)) t = c + 1;
        if (t > c + 1) words.push(this.adoc.doc.text.slice(this.tok(c + 1).start, this.tok(t - 1).end));
        if (words.length === c - e + (t > c + 1 ? 1 : 0)) {
          second = { s: e + 1, e: t, words };
          e = t;
        }
      }
    }
    let between = e;
    // (over adverbs, dates and prepositional phrases: "тисячі студентів на цілу добу заблокували")
    // ("на кілька годин": the counted genitive after a governed numeral is part of the phrase)
    // (and over where they come from: "кілька тисяч фермерів із Бельгії, Франції та Польщі заблокували")
    let from = false;
    // (and over a run of days: "вже п’ятий вечір поспіль")
    const run = (x: number): boolean => x + 1 < i && this.is(x, F_ADJ) && (this.tok(x).tag ?? '').includes(':numr') && !!this.C.L.runNouns?.includes(this.lem(x + 1));
    while (between < i && run(between)) between += 2;
    while (between < i && (this.is(between, F_POS_ADV | F_POS_PART | F_PREP) || this.inTime(between) || (this.v.governedBy[between] !== null && this.v.actorAt[between] === -1)
      || (between > e && this.v.governedBy[between - 1] !== null && this.v.cases[between] === 'rod' && this.v.actorAt[between] === -1)
      || (from && (this.v.actorAt[between] !== -1 || this.texts[between] === ',' || this.C.coord.has(this.low(between)))))) {
      if (this.is(between, F_PREP)) from = this.C.L.originPreps.includes(this.low(between));
      between++;
      while (between < i && run(between)) between += 2;
    }
    // (the subject of the trigger verb, or of the light verb before a noun trigger: "… жителів провели акцію протесту")
    if (between !== i && !isVerbLike(this.tok(between))) return -1;
    const words: string[] = [];
    for (let j = s; j < head; j++) {
      const w = inflect(this.lem(j).toLowerCase(), this.is(j, F_NOUN) ? 'noun:p:v_naz' : 'adj:p:v_naz');
      if (!w) return -1;
      words.push(w);
    }
    if (ownEnd > head) words.push(this.adoc.doc.text.slice(this.tok(nameFrom).start, this.tok(ownEnd - 1).end));
    else if (leader) words.push(leader);
    const a = newActor({ s, e: ownEnd, name: words.join(' '), type: 'ORG', case: 'naz', person: false, group: true });
    const first = this.v.actors.push(a) - 1;
    if (second) {
      const b = newActor({ s: second.s, e: second.e, name: second.words.join(' '), type: 'ORG', case: 'naz', person: false, group: true });
      this.groupConjuncts.set(first, [this.v.actors.push(b) - 1]);
    }
    return first;
  }

  /** Groups coordinated under one quantity with the group found first ("студентів і школярів"), by the first. */
  private readonly groupConjuncts = new Map<number, number[]>();

  private timeTokens: Uint8Array | null = null;
  /** Token k lies inside a date expression ("Словацькі перевізники у середу заблокували"). */
  private inTime(k: number): boolean {
    if (!this.timeTokens) {
      const m = new Uint8Array(this.v.tokens.length);
      for (const t of this.adoc.times) {
        for (let j = 0; j < this.v.tokens.length; j++) {
          const tk = this.v.tokens[j]!;
          if (tk.start >= t.start && tk.end <= t.end) m[j] = 1;
        }
      }
      this.timeTokens = m;
    }
    return this.timeTokens[k] === 1;
  }

  /** "Трамп заявив, що він …": a subject pronoun refers to a person subject earlier in the sentence, else the last subject. */
  private pronounReferent(k: number): number[] {
    const sr = this.sentenceRange(k);
    // The pronoun's gender/number must agree: "звинуватив Москву в тому, що вона …" is not the accuser.
    const pg = genderOf(this.tok(k));
    // (a singular pronoun is never a coordination of two: "Канада та Нова Зеландія … Він закликав")
    const fits = (xs: number[]): boolean => !pg || !xs.length || (xs.length > 1 ? pg === 'p' : (() => {
      const ag = this.actorGender(xs[0]!);
      return !ag || ag === pg;
    })());
    for (let c = this.v.clause[k]! - 1; c >= 0; c--) {
      const rng = this.v.clauses[c]!;
      if (rng.start < sr.start) break;
      const s = this.subjectBefore(rng.end, rng).filter((a) => this.v.actors[a]!.person);
      if (s.length && fits(s)) return s;
    }
    if (pg === 'm' || pg === 'f') {
      // No agreeing subject: the nearest agreeing party named before it in the sentence.
      const subj = this.subjectBefore(this.clauseRange(k).start, { start: sr.start, end: this.clauseRange(k).start });
      if (!subj.length || !fits(subj)) {
        for (let m = k - 1; m >= sr.start; m--) {
          const a = this.actorIdx(m);
          if (a === -1 || (this.isPlace(a) && !this.C.capitalsLower.has(this.v.actors[a]!.name.toLowerCase()))) continue;
          if (this.actorGender(a) === pg) return [a];
        }
      }
    }
    // (the one that reported the sentence before, when it agrees and the last subject is older: "…, повідомив
    // опозиційний Уряд національної єдності. Він звинуватив військових …")
    if ((pg === 'm' || pg === 'f') && k - sr.start <= 2) {
      const prevSentence = this.tok(k).sentence - 1;
      const reporter = this.lastSubjectSentence < prevSentence ? this.reporterOfSentence(prevSentence) : -1;
      if (reporter !== -1 && this.actorGender(reporter) === pg) return [reporter];
    }
    // The last subject does not agree ("Нідерланди оголосили … – наголосив Шмигаль. Він закликав"): the nearest
    // person named before who does.
    // (also when the sentences before had no subject of their own: "– …, – сказав Качка. Він закликав")
    if ((pg === 'm' || pg === 'f') && (!this.lastSubject.length || !fits(this.lastSubject))) {
      for (let m = k - 1; m >= 0 && m >= k - 80; m--) {
        const a = this.actorIdx(m);
        if (a !== -1 && this.v.actors[a]!.person && this.actorGender(a) === pg) return [a];
      }
    }
    return this.lastSubject;
  }

  private personGenders: Map<string, string> | null = null;
  /**
   * A person's gender by the first name in any mention of the entity ("Кос" alone, an indeclinable surname read as
   * masculine, is "Марта Кос": "Кос відзначила … Він закликав" is someone else).
   */
  private entityGender(id: string): string | undefined {
    if (!this.personGenders) {
      this.personGenders = new Map();
      // (an indeclinable first name's gender is the tagger's guess — "Густаво" read as feminine before "Петро": a
      // declinable first name in any mention says it better)
      const guessed = new Set<string>();
      for (const m of this.adoc.mentions) {
        if (m.type !== 'PERS' || !m.entity || (this.personGenders.has(m.entity) && !guessed.has(m.entity))) continue;
        let nvGender: string | null = null;
        let sure: string | null = null;
        for (let k = m.tokenStart; k < m.tokenEnd && !sure; k++) {
          const tag = this.adoc.tokens[k]?.tag ?? '';
          if (!tag.includes(':prop:fname')) continue;
          const g = genderOf(this.adoc.tokens[k]!);
          if (g !== 'm' && g !== 'f') continue;
          if (tag.includes(':nv')) nvGender ??= g;
          else sure = g;
        }
        if (sure) {
          this.personGenders.set(m.entity, sure);
          guessed.delete(m.entity);
        } else if (nvGender && !this.personGenders.has(m.entity)) {
          this.personGenders.set(m.entity, nvGender);
          guessed.add(m.entity);
        }
      }
    }
    return this.personGenders.get(id);
  }

  /** Grammatical gender (m, f, n) or plural (p) of an actor, from its first noun token. */
  private actorGender(a: number): string | null {
    const act = this.v.actors[a]!;
    if (act.person) {
      const g = act.entity ? this.entityGender(act.entity) : undefined;
      if (g) return g;
      // (else the past-tense verb it is the subject of, right before or after it: "– сказав Качка" is a man, whatever
      // gender the surname has as a common noun)
      for (const k of [act.s - 1, act.e]) {
        const m = k >= 0 && k < this.v.tokens.length && this.is(k, F_VERB) ? /:past:(m|f)(:|$)/.exec(this.tok(k).tag ?? '') : null;
        if (m) return m[1]!;
      }
    }
    // (an indeclinable word's gender is a guess — "Александер" read as a feminine surname — when a declinable one
    // follows: "Стубб")
    let nv: string | null = null;
    for (let k = act.s; k < act.e; k++) {
      if (!this.is(k, F_NOUN)) continue;
      if (!(this.tok(k).tag ?? '').includes(':nv')) return genderOf(this.tok(k));
      nv ??= genderOf(this.tok(k));
    }
    return nv;
  }

  /** A town or region (not a state): the KB id of its entity is not a country's. */
  /** A place other than a state (a city, a region, a place the gazetteer does not know). */
  private cityLike(ai: number): boolean {
    const a = this.v.actors[ai]!;
    if (a.type !== 'LOC' || a.group) return false;
    const kb = a.entity ? this.entityById.get(a.entity)?.actor?.kbId : undefined;
    return !kb || kb.startsWith('place:');
  }

  private isPlace(ai: number): boolean {
    const a = this.v.actors[ai]!;
    if (a.type !== 'LOC' || a.group) return false;
    const kb = a.entity ? this.entityById.get(a.entity)?.actor?.kbId : undefined;
    // (an institution the KB knows — "Кремль" tagged a place — is a party, not a place)
    return !!kb && kb.startsWith('place:');
  }

  /** A clause opened by a subordinator of time ("коли") whose verb is in the past: it tells when, no condition. */
  private pastWhen(cr: { start: number; end: number }): boolean {
    if (!this.C.L.subordinators?.includes(this.low(cr.start))) return false;
    for (let k = cr.start + 1; k < cr.end; k++) if (this.is(k, F_VERB) && (this.tok(k).tag ?? '').includes(':past')) return true;
    return false;
  }

  /** A noun trigger that is only a topic: "посилення санкцій", "обговорили … санкції", "загроза удару". */
  private isTopic(i: number, type?: EventType): boolean {
    const cr = this.clauseRange(i);
    // A bare instrumental is the means, not the topic: "обговорив ситуацію телефоном".
    if (this.v.cases[i] === 'oru' && this.v.governedBy[i] === null) return false;
    // (over a part of a whole and "ще": "скасування ще частини санкцій")
    for (let k = i - 1; k >= Math.max(cr.start, i - 4); k--) {
      if (this.C.topicHeads.has(this.lem(k))) return true;
      if (!this.is(k, F_ADJ | F_PREP) && !TOPIC_PARTS.has(this.lem(k))) break;
    }
    for (let k = cr.start; k < i; k++) if (this.C.topicVerbs.has(this.lem(k))) return true;
    // "готує новий наступ": a prepared attack has not happened.
    if (type && this.C.L.preparation.types.includes(type)) {
      for (let k = Math.max(cr.start, i - 4); k < i; k++) if (this.C.L.preparation.verbs.includes(this.lem(k))) return true;
    }
    return false;
  }

  /**
   * "відкинув запропоноване Туреччиною перемир’я", "відкинув запропонований Єврокомісією кредит": the agent of a passive
   * participle opening the object is the author of what is rejected or backed (a person's state for a person).
   */
  private objectMaker(i: number, end: number, source: number[]): number[] {
    for (let k = i + 1; k + 1 < end && k < i + 4; k++) {
      if (!this.is(k, F_PASV)) continue;
      const ag = this.v.actorAt[k + 1]!;
      // (with those coordinated with it: "запропоноване Францією та Великою Британією")
      if (ag !== -1 && this.v.actors[ag]!.case === 'oru' && !source.includes(ag)) return this.coordinated(ag, end);
      break;
    }
    return [];
  }

  /**
   * "Стубб підтримав ідею", "Іспанія відмовилася брати таке зобов’язання": a proposal with no author named in the
   * clause is that of the previous sentence's subject (when it is not the actor itself).
   */
  private proposalAuthor(i: number, end: number, source: number[]): number[] {
    const words = this.C.proposals;
    const made = this.objectMaker(i, end, source);
    if (made.length) return made;
    // ("Москва цю пропозицію відхилила": the object before the verb, after a demonstrative, in the clause)
    const cr = this.clauseRange(i);
    let from = i + 1;
    for (let k = i - 1; k > cr.start && k >= i - 3; k--) {
      if (words.has(this.lem(k)) && this.is(k - 1, F_PRONDEM)) { from = k; break; }
    }
    for (let k = from; k < end && k < i + 7; k++) {
      if (k === i || !words.has(this.lem(k))) continue;
      const own = this.v.actorAt[k + 1];
      if (own !== undefined && own !== -1) return [];
      // ("привітав цей крок" after "бойовики РПК спалили зброю": a step pointed back to is the last act's, its doer's)
      const last = this.lastDraft;
      if (k > 0 && this.is(k - 1, F_PRONDEM) && this.C.L.stepNouns.includes(this.lem(k)) && last && last.sentence < this.tok(i).sentence && last.source.length
        && !last.source.some((a) => source.some((b) => this.v.actors[b]!.name === this.v.actors[a]!.name))) return last.source;
      // "підтримав турецьку ініціативу": a state's demonym on the proposal names its author.
      for (let j = k - 1; j > i && j >= k - 2 && this.is(j, F_ADJ) && this.v.actorAt[j] === -1; j--) {
        const st = this.C.L.demonyms[this.lem(j).toLowerCase()];
        if (st) return [this.demonymActor(j, st)];
      }
      // ("підтримала ідею переговорів у Ватикані" after "пропозицію Папи … провести переговори у Ватикані": the proposal
      // of the same content made before is its author's)
      const before = this.earlierProposal(k, source);
      if (before !== -1) return [before];
      const prev = this.lastSubject.filter((a) => !source.includes(a));
      if (prev.length !== this.lastSubject.length) return [];
      if (this.lastSubject.some((a) => source.some((b) => this.v.actors[b]!.name === this.v.actors[a]!.name))) return [];
      // A proposal is its author's, the person who made it ("Пєсков відкинув цей заклик" → Рютте, who made the call):
      // the blind sets' writers chose the person each time (unseen2, 12, 16); the first gold articles chose the state
      // (011, 014) — the person is kept, as the later annotations and the quote's speaker have it.
      return prev;
    }
    return [];
  }

  /**
   * The author of an earlier proposal of the same content as the proposal noun at k ("ідею переговорів"): a proposal
   * noun in a sentence before, its author's name right after it, and the content word among the next words; or -1.
   */
  private earlierProposal(k: number, source: number[]): number {
    const content = k + 1 < this.v.tokens.length && this.is(k + 1, F_NOUN) && this.v.cases[k + 1] === 'rod' && this.v.actorAt[k + 1] === -1 ? this.lem(k + 1) : null;
    if (!content) return -1;
    const sent = this.sents[k]!;
    for (let p = k - 1; p >= 0; p--) {
      if (this.sents[p] === sent || !this.C.proposals.has(this.lem(p)) || !this.is(p, F_NOUN)) continue;
      // (past the author's title: "пропозицію Папи Римського Лева XIV")
      let o = p + 1;
      while (o < k && o < p + 4 && this.v.actorAt[o] === -1 && this.is(o, F_NOUN | F_ADJ) && this.v.cases[o] === 'rod') o++;
      const own = this.v.actorAt[o] ?? -1;
      if (own === -1 || this.v.actors[own]!.s !== o || source.includes(own)) continue;
      for (let j = this.v.actors[own]!.e; j < this.v.tokens.length && j < p + 12 && this.sents[j] === this.sents[p]; j++) if (this.lem(j) === content) return own;
    }
    return -1;
  }

  /**
   * Infinitive i completes a noun of proposal before it in its clause, past its author's genitive words
   * ("пропозицію президента Південної Кореї Лі Чже Мьона провести").
   */
  private proposedBy(i: number, floor: number): boolean {
    for (let k = i - 1; k >= floor && k >= i - 9; k--) {
      if (this.C.L.proposalContents?.includes(this.lem(k)) && this.is(k, F_NOUN)) return true;
      if (this.v.actorAt[k] !== -1 || this.is(k, F_ADJ) || (this.is(k, F_NOUN) && this.v.cases[k] === 'rod')) continue;
      return false;
    }
    return false;
  }

  /** The clause of token i opens with the protesters as its subject: "Учасники акції", "Протестувальники". */
  /**
   * Token i's clause opens with protesters, or participants of a protest, in the nominative; with `bareParticipants`
   * (the protest told in the same sentence) participants need no noun of a protest after them ("учасники вимагали …").
   */
  private protestersOpen(i: number, bareParticipants = false): boolean {
    const cr = this.clauseRange(i);
    const h = cr.start;
    if (h >= i || this.v.cases[h] !== 'naz' || !this.is(h, F_NOUN)) return false;
    const l = this.lem(h);
    return this.C.L.protesterNouns.includes(l)
      || (!!this.C.L.participantNouns?.includes(l) && (bareParticipants || (h + 1 < i && !!this.C.L.protestNouns?.includes(this.lem(h + 1)))));
  }

  /**
   * A man's full name in the genitive: a mention of him in the genitive with every word of his name, as written, else
   * his canonical name with the genitive endings of men's names (consonant + "а", "-а" → "-и", "-й"/"-ь" → "-я"; other
   * vowels do not decline). Null for a woman or an unknown entity.
   */
  private genitiveName(entity: string): string | null {
    const ent = this.entityById.get(entity);
    if (!ent || ent.type !== 'PERS' || this.entityGender(entity) !== 'm') return null;
    const words = ent.name.split(/\s+/);
    for (const m of ent.mentions) {
      if (m.tokenEnd - m.tokenStart !== words.length || this.v.cases[m.tokenStart] !== 'rod') continue;
      return m.text;
    }
    return this.C.L.genitiveOfName ? words.map((w) => this.C.L.genitiveOfName!(w)).join(' ') : null;
  }

  /** A word of obligation ("мають", "повинні") governing the trigger: before it in its clause, a few words back. */
  private obligedBefore(i: number): boolean {
    const cr = this.clauseRange(i);
    const words = this.C.obligation;
    for (let k = Math.max(cr.start, i - 4); k < i; k++) {
      if (!words.has(this.lem(k))) continue;
      // "мати" only as a modal: an infinitive right after it ("мають піти").
      if (this.lem(k) === 'мати' && !this.is(k + 1, F_INF)) continue;
      return true;
    }
    return false;
  }

  /** Token i is in the "про …" complement of an agreement noun ("угоду про спільне виробництво"), a few words on. */
  private agreementContent(i: number): boolean {
    const cr = this.clauseRange(i);
    for (let k = i - 1; k > cr.start && k >= i - 3; k--) {
      if (!this.C.aboutPreps.has(this.lem(k)) || !this.is(k, F_PREP)) continue;
      // (and the topic of talks: "переговори щодо спільних операцій" is no joint operation yet)
      return !!this.C.byLemma.get(this.lem(k - 1))?.some((e) => e.pos === 'noun' && (e.type === 'AGREE' || e.type === 'CONSULT'));
    }
    return false;
  }

  /** A hypothetical phrase ("в цьому випадку", "інакше") before token i in its clause. */
  private hypotheticalBefore(i: number): boolean {
    const cr = this.clauseRange(i);
    let any = false;
    for (let k = cr.start; k < i && !any; k++) any = this.C.hypotheticalStarts.has(this.lem(k)) || this.C.hypotheticalStarts.has(this.low(k));
    if (!any) return false;
    for (const ph of this.C.L.hypotheticals) {
      for (let k = cr.start; k + ph.length <= i; k++) {
        let ok = true;
        for (let m = 0; m < ph.length && ok; m++) ok = this.lem(k + m) === ph[m] || this.low(k + m) === ph[m];
        if (ok) return true;
      }
    }
    return false;
  }

  /** "не виключив нових санкцій": a verb of ruling out, negated, shortly before the trigger noun in its clause. */
  private notRuledOut(i: number): boolean {
    const cr = this.clauseRange(i);
    for (let k = Math.max(cr.start + 1, i - 4); k < i; k++) if (this.C.L.rulingOut?.includes(this.lem(k)) && this.low(k - 1) === 'не') return true;
    return false;
  }

  /** "готовий" (or a like word) before the trigger in its clause. */
  private readyBefore(i: number): boolean {
    const cr = this.clauseRange(i);
    for (let k = Math.max(cr.start, i - 8); k < i; k++) if (this.C.readiness.has(this.lem(k))) return true;
    return false;
  }

  /** Token k is in a person's name whose phrase is nominative. */
  private nominativePerson(k: number): boolean {
    const a = this.actorIdx(k);
    return a !== -1 && this.v.actors[a]!.person && this.v.actors[a]!.case === 'naz';
  }

  /** A person in apposition right after a role noun ("міністр … Андрій Сибіга")? */
  private personAfter(k: number, end: number): boolean {
    for (let j = k + 1; j < end && j < k + 8; j++) {
      const a = this.v.actorAt[j]!;
      if (a !== -1 && this.v.actors[a]!.person) return true;
      if (!(this.is(j, F_NOUN | F_ADJ) || a !== -1)) return false;
    }
    return false;
  }

  /** "– наголосив міністр": the person last named with that role (entity.actor.role), else the last subject if a person. */
  /** An actor's sector (GOV, MIL, IGO …): its own, else its entity's. */
  private sectorOf(ai: number): string | undefined {
    const a = this.v.actors[ai]!;
    return a.sector ?? (a.entity ? this.entityById.get(a.entity)?.actor?.sector : undefined);
  }

  private personByRole(role0: string, before: number, strict = false, fits?: (ai: number) => boolean): number[] {
    // (synonymous titles are one role: "омбудсман" for the "уповноважений" introduced before)
    const key = (x: string): string => this.C.L.roleKey?.(x) ?? x;
    const role = key(role0);
    // (the title the text gave the person, else the posts the knowledge base gives them on the article's day: "Роберта
    // Фіцо" named with no title is still "прем’єр")
    const titleOf = (ent: Entity | undefined): string => {
      if (ent?.actor?.role) return ent.actor.role.toLowerCase();
      const id = ent?.type === 'PERS' ? ent.actor?.kbId : undefined;
      return id && this.C.L.kbRoles ? this.C.L.kbRoles(id, this.adoc.doc.date ?? null).join(' ').toLowerCase() : '';
    };
    const roleOf = (ai: number): string[] => {
      const a = this.v.actors[ai]!;
      return titleOf(a.entity ? this.entityById.get(a.entity) : undefined).split(/\s+/).map(key);
    };
    if (!strict && this.lastSubject.length === 1 && this.v.actors[this.lastSubject[0]!]!.person) {
      const r = roleOf(this.lastSubject[0]!);
      if (r.includes(role) || r.join('') === '') return this.lastSubject;
    }
    let best = -1;
    for (let ai = 0; ai < this.v.actors.length; ai++) {
      const a = this.v.actors[ai]!;
      if (!a.person || a.s >= before) continue;
      if (roleOf(ai).includes(role) && (best === -1 || a.s > this.v.actors[best]!.s) && (!fits || fits(ai))) best = ai;
    }
    if (best !== -1) return [best];
    // (the last subject when it holds no other title known from the text: "Посол Китаю … висловив протест" after
    // "Прем’єр-міністр Японії …" is not the prime minister)
    if (!strict && this.lastSubject.length === 1 && this.v.actors[this.lastSubject[0]!]!.person && !this.otherRole(this.lastSubject[0]!, role0, before)) return this.lastSubject;
    return [];
  }

  /** Whether person actor `a` was given a title other than `role` (by the entity's role) and `role`'s title word names a body. */
  private otherRole(a: number, role: string, at: number): boolean {
    const x = this.v.actors[a]!;
    const r = (x.entity ? this.entityById.get(x.entity)?.actor?.role?.toLowerCase() : undefined) ?? '';
    if (!r || r.split(/\s+/).includes(role)) return false;
    // (only when the title before the verb names its own body or state: "Посол Китаю", "Речник Пентагону")
    const next = at + 1 < this.v.tokens.length ? this.v.actorAt[at + 1]! : -1;
    return next !== -1 && !this.v.actors[next]!.person;
  }

  /** "У Кремлі заявили" → Кремль: a place in the locative at the clause start stands for its institution. */
  private locativeSource(range: { start: number; end: number }, before: number): number[] {
    // ("до МЗС Росії викликали посла": the body an envoy is summoned to summons him)
    const summoned = before < this.v.tokens.length && !!this.C.L.summonVerbs?.includes(this.lem(before));
    for (let k = range.start; k < before; k++) {
      if (this.is(k, F_VERB) && !this.is(k, F_INFX)) break;
      if (summoned && this.is(k, F_PREP) && this.lem(k) === 'до') {
        const a = this.actorIdx(k + 1);
        if (a !== -1 && this.v.actors[a]!.type === 'ORG' && !this.v.actors[a]!.person) return [a];
      }
      if (!this.is(k, F_PREP) || !this.C.locPreps.has(this.lem(k))) continue;
      // (a quoted name: "У «Росатомі» звинуватили")
      const a = this.actorIdx(this.texts[k + 1] === '«' ? k + 2 : k + 1);
      // (a dative reading after "у/в/на" is the locative's twin form: "У «Росатомі»")
      const c = a !== -1 ? this.v.actors[a]!.case : null;
      if (a !== -1 && (c === 'mis' || c === 'any' || c === 'dav')) return this.coordinated(a, before);
    }
    return [];
  }

  /** The organisation a report after the clause of token i cites: "…, повідомили в Державному бюро розслідувань" (-1: none). */
  private trailingReportingBody(i: number): number {
    const sr = this.sentenceRange(i);
    const myClause = this.v.clause[i]!;
    for (let k = i + 1; k + 2 < sr.end; k++) {
      if (this.v.clause[k] === myClause || !this.C.report.has(this.lem(k)) || !this.is(k, F_VERB)) continue;
      if (!this.is(k + 1, F_PREP) || !this.C.locPreps.has(this.lem(k + 1))) return -1;
      const a = this.actorIdx(k + 2);
      return a !== -1 && this.v.actors[a]!.type === 'ORG' && !this.v.actors[a]!.person ? a : -1;
    }
    return -1;
  }

  /** Reporter of a clause: "X заявив, що …", "За словами X, …" (first clause of the sentence or earlier). */
  private reporter(i: number): number[] {
    const sr = this.sentenceRange(i);
    const myClause = this.v.clause[i]!;
    for (let k = i - 1; k >= sr.start; k--) {
      if (this.v.clause[k] === myClause) continue;
      if (this.C.report.has(this.lem(k)) && this.is(k, F_VERB)) {
        const s = this.subject(k, this.clauseRange(k));
        if (s.length) return s;
        return this.locativeSource(this.clauseRange(k), k);
      }
    }
    for (const [w1, w2] of this.C.L.attributions) {
      for (let k = sr.start; k + 2 < i; k++) {
        if (this.lem(k) === w1 && this.lem(k + 1) === w2) {
          const a = this.actorIdx(k + 2);
          if (a !== -1) return [a];
        }
      }
    }
    return [];
  }

  /**
   * A verb within `reach` tokens before token i (not before `floor`) with a trigger entry that `fits` and requires
   * token i's lemma: token i is what makes that verb's act ("послабити санкції", "попередив, що … відповість").
   */
  private requiredByVerbBefore(i: number, floor: number, reach: number, fits: (e: TriggerEntry) => boolean): boolean {
    const l = this.lem(i);
    for (let k = Math.max(floor, i - reach); k < i; k++) {
      if (this.is(k, F_VERB) && this.C.byLemma.get(this.lem(k))?.some((e) => e.pos === 'verb' && fits(e) && !!e.requires?.includes(l))) return true;
    }
    return false;
  }

  /** A sea, a gulf, a strait … by the words of its name ("Карибське море"). */
  private waterBody(a: number): boolean {
    const w = this.C.L.waterNouns;
    // (a kind noun beside a name — "Дніпровський лиман", "Чорне море" —, not a town called by one: "Лиман")
    const words = this.v.actors[a]!.name.toLowerCase().split(/\s+/);
    return !!w && words.length > 1 && words.some((x) => w.includes(x));
  }

  /** Token k is in an attribution phrase ("за даними газети X", "за словами X"): the phrase's words, then nouns and adjectives up to k. */
  private inAttribution(k: number): boolean {
    const sent = this.sents[k];
    for (let j = k - 1; j >= 1 && j >= k - 5 && this.sents[j] === sent; j--) {
      if (this.C.L.attributions.some(([w1, w2]) => this.lem(j - 1) === w1 && this.lem(j) === w2)) return true;
      if (!this.is(j, F_NOUN | F_ADJ) && this.v.actorAt[j] === -1) return false;
    }
    return false;
  }

  /** The person reporting, after the clause of token i, what it says: "…, заявив речник … X" (-1: none). */
  private trailingReporter(i: number): number {
    const sr = this.sentenceRange(i);
    const myClause = this.v.clause[i]!;
    for (let k = i + 1; k < sr.end; k++) {
      if (this.v.clause[k] === myClause || !this.C.report.has(this.lem(k)) || !this.is(k, F_VERB)) continue;
      if (this.texts[k - 1] !== ',' && this.texts[k - 1] !== '–' && this.texts[k - 1] !== '—') return -1;
      // the person right after the verb, or after a title ("речник російського президента Дмитро Пєсков")
      const cr = this.clauseRange(k);
      for (let j = k + 1; j < cr.end && j <= k + 8; j++) {
        const a = this.v.actorAt[j]!;
        if (a !== -1 && this.v.actors[a]!.person) return a;
        if (a === -1 && !this.is(j, F_NOUN | F_ADJ)) return -1;
      }
      return -1;
    }
    return -1;
  }

  /** Speaker of the quotation holding token i: "«…», – заявив X" (X after the closing mark). */
  /**
   * "Обидва лідери …" opening the clause before the trigger: the last two persons named side by side ("з Вучичем і
   * Фіцо") in the sentence before, none of them named in the clause itself; [] otherwise.
   */
  private bothSubject(i: number, cr: { start: number; end: number }): number[] {
    const both = this.C.L.bothWords;
    let k = cr.start;
    while (k < i && (this.inTime(k) || this.is(k, F_POS_ADV))) k++;
    if (!both || k + 1 >= i || !both.includes(this.low(k)) || !this.is(k + 1, F_NOUN) || this.is(k + 1, F_CAPWORD)) return [];
    const inClause = new Set<string>();
    for (let m = cr.start; m < cr.end; m++) {
      const a = this.v.actorAt[m]!;
      if (a !== -1 && this.v.actors[a]!.entity) inClause.add(this.v.actors[a]!.entity!);
    }
    // (the last two persons of the sentence before, a coordinating word between them, in one case; or of an earlier
    // one, up to three sentences back, when the sentences between name no such pair: "Алієв і Пашинян підписали …"
    // … a quote … "Того ж дня Трамп …" … "Обидва лідери подякували Трампові")
    let start = cr.start;
    for (let back = 0; back < 3 && start > 0; back++) {
      const prevSent = this.sents[start - 1]!;
      const persons: number[] = [];
      let m = start - 1;
      for (; m >= 0 && this.sents[m] === prevSent; m--) {
        if (persons.length >= 2) continue;
        const a = this.v.actorAt[m]!;
        if (a === -1 || !this.v.actors[a]!.person || this.v.actors[a]!.e !== m + 1) continue;
        if (!persons.some((x) => this.v.actors[x]!.entity === this.v.actors[a]!.entity)) persons.unshift(a);
        m = this.v.actors[a]!.s;
      }
      start = m + 1;
      if (persons.length !== 2) continue;
      const [p1, p2] = persons as [number, number];
      const x1 = this.v.actors[p1]!;
      const x2 = this.v.actors[p2]!;
      let joined = false;
      for (let q = x1.e; q < x2.s && !joined; q++) if (this.C.coord.has(this.low(q))) joined = true;
      if (!joined || x1.case !== x2.case) continue;
      return inClause.has(x1.entity ?? '') || inClause.has(x2.entity ?? '') ? [] : [p1, p2];
    }
    return [];
  }

  /** The speaker the quotes stage found for an indirect quote holding token i: the mention of them nearest before, or -1. */
  private indirectSpeaker(i: number): number {
    const at = this.tok(i).start;
    for (const q of this.adoc.quotes) {
      if (q.direct || q.speaker === null || at < q.start || at >= q.end) continue;
      let best = -1;
      for (let ai = 0; ai < this.v.actors.length; ai++) if (this.v.actors[ai]!.entity === q.speaker && this.v.actors[ai]!.s < i && (best === -1 || this.v.actors[ai]!.s > this.v.actors[best]!.s)) best = ai;
      return best;
    }
    return -1;
  }

  private quoteSpeaker(i: number): number[] {
    // The quotes stage, when it ran before, has found who speaks (through cue verbs, titles and pronouns).
    const at = this.tok(i).start;
    for (const q of this.adoc.quotes) {
      if (!q.direct || q.speaker === null || at < q.start || at >= q.end) continue;
      let best = -1;
      for (let ai = 0; ai < this.v.actors.length; ai++) if (this.v.actors[ai]!.entity === q.speaker && (best === -1 || Math.abs(this.v.actors[ai]!.s - i) < Math.abs(this.v.actors[best]!.s - i))) best = ai;
      if (best !== -1) return [best];
    }
    let k = i;
    const n = this.v.tokens.length;
    while (k < n && this.v.inQuote[k]) k++;
    for (let j = k + 1; j < n && j < k + 8; j++) {
      if (this.C.report.has(this.lem(j))) {
        for (let m = j + 1; m < n && m < j + 4; m++) {
          const a = this.actorIdx(m);
          if (a !== -1) return [a];
        }
        // "– наголосив міністр": the role refers to the last subject
        return this.lastSubject;
      }
    }
    return [];
  }

  /** The actor named after the cue of an indirect quote that closes sentence `s` ("…, повідомив X."); -1 when none. */
  private reporterOfSentence(s: number): number {
    const sen = this.adoc.sentences[s];
    if (!sen) return -1;
    const q = this.adoc.quotes.find((x) => !x.direct && x.speaker && x.cue && x.start >= sen.start && x.end < x.cue.start && x.cue.start < sen.end);
    if (!q) return -1;
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      const a = this.v.actorAt[i]!;
      if (a !== -1 && this.v.actors[a]!.entity === q.speaker && this.tok(i).start > q.cue!.start) return a;
    }
    return -1;
  }

  private firstSubjectOfSentence(s: number): number[] {
    const sen = this.adoc.sentences[s];
    if (!sen) return [];
    // "– Жоден суд …, – заявив Додик журналістам.": a sentence opened by direct speech is its speaker's, named after
    // the cue (the subject of the next sentence's "Він")
    const q = this.adoc.quotes.find((x) => x.direct && x.speaker && x.cue && x.start >= sen.start && x.start <= sen.start + 2 && x.cue.start < sen.end && x.cue.start > x.start);
    if (q) {
      for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
        const a = this.v.actorAt[i]!;
        if (a !== -1 && this.v.actors[a]!.entity === q.speaker && this.v.actors[a]!.person && this.tok(i).start > q.cue!.start) return [a];
      }
    }
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      if (this.is(i, F_VERB) && !this.is(i, F_INFX | F_ADVP) && !this.v.inQuote[i]) {
        const r = this.subject(i, this.clauseRange(i));
        const persons = r.filter((a) => !this.v.actors[a]!.group);
        if (persons.length) return persons;
        return [];
      }
    }
    return [];
  }

  /** Token k ends a purpose phrase of the language ("на знак протесту"): what it names is the aim of another act. */
  private inPurposePhrase(k: number): boolean {
    const pp = this.C.L.purposePhrases;
    return !!pp && pp.some((p) => k >= p.length && p.every((w, n) => this.low(k - p.length + n) === w));
  }

  private entryMatches(e: TriggerEntry, i: number): boolean {
    if (!posMatches(this.fl[i]!, e.pos)) return false;
    // (a purpose phrase names no act: "на знак протесту вийшов з партії" left a party, staged no protest)
    if (this.inPurposePhrase(i)) return false;
    // (what a thing is able to do is no act: "човен, здатний запускати крилаті ракети")
    // (also past a closing quotation mark: "«упустив шанс» домовитися")
    const before = i > 1 && this.texts[i - 1] === '»' ? i - 2 : i - 1;
    if (before >= 0 && this.is(i, F_INF) && this.C.L.capabilityWords?.includes(this.lem(before))) return false;
    if (e.negatedOnly && !this.negatedAt(i)) return false;
    if (e.notPast && this.tok(i).tag?.includes(':past')) return false;
    if (e.personalOnly && this.is(i, F_IMPERS)) return false;
    const w = e.window ?? 4;
    const sr = this.sentenceRange(i);
    const sets = this.C.entrySets.get(e)!;
    if (sets.requires) {
      const lo = e.requiresAfter ? i + 1 : Math.max(sr.start, i - w);
      const req = sets.requires;
      // (a noun's light verb is in its clause: ", оголосив Трамп" after "погодилися на припинення вогню" is the
      // report, not the act; a context noun may be in a relative clause — "список громадян, яким заборонено в’їзд")
      const cr = e.pos === 'noun' ? this.clauseRange(i) : sr;
      // (after the trigger a name counts as one word: "передала Державній службі України з надзвичайних ситуацій ще 20
      // машин"; none counts with `requiresBefore` — the weapon as the subject: "дрони пошкодили церкву", not "знищили
      // 50 ворожих дронів")
      let reqHi = i + 1;
      if (!e.requiresBefore) {
        // (nor does a comma or a coordinating word between names: "виділить Тувалу, Фіджі та іншим острівним державам
        // регіону 500 мільйонів доларів")
        for (let n = 0; reqHi < sr.end && n < w; reqHi++) {
          if (this.v.actorAt[reqHi] !== -1 && this.v.actorAt[reqHi] === this.v.actorAt[reqHi - 1]) continue;
          if (this.v.actorAt[reqHi - 1] !== -1 && (this.C.coord.has(this.low(reqHi)) || (this.low(reqHi) === ',' && reqHi + 1 < sr.end && this.v.actorAt[reqHi + 1] !== -1))) continue;
          n++;
        }
      }
      let ok = false;
      // (a word inside a body's name is no context word: "Управління з розслідування корупції … разом із поліцією")
      for (let k = lo; k < reqHi && !ok; k++) {
        if (k !== i && (req.has(this.lem(k)) || req.has(this.texts[k]!)) && (this.is(k, F_NOUN) || (k >= cr.start && k < cr.end)) && !this.insideBodyName(k) && !this.inPurposePhrase(k)) ok = true;
      }
      // (the first part of a compound counts as a word of its own: "дронів-перехоплювачів" has "дрон")
      for (let k = lo; k < reqHi && !ok; k++) if (k !== i && this.lem(k).includes('-') && compoundParts(this.texts[k]!).some((x) => req.has(x))) ok = true;
      // (a sequel of an act found before needs no context word of its own: "Попередній обмін відбувся …")
      if (!ok && e.pos === 'noun') {
        const last = this.lastByType.get(e.type);
        ok = !!last && this.sequelAdjective(i, this.clauseRange(i)) !== null;
      }
      if (!ok) return false;
    }
    if (sets.excludes) {
      const exc = sets.excludes;
      const xw = e.excludesWindow ?? w;
      const xlo = Math.max(sr.start, i - xw);
      const xhi = Math.min(sr.end, i + xw + 1);
      for (let k = xlo; k < xhi; k++) {
        if (k === i || !(exc.has(this.lem(k)) || exc.has(this.texts[k]!)) || this.inPurposePhrase(k)) continue;
        // (not in an adverbial clause before a verb's own: "Поки тривали переговори, | війська атакували Дніпро" — the
        // talks are no object of the attack; a relative clause's object stands before it and still counts; looked at
        // only on a hit, this being the hot path of trigger matching)
        if (e.pos === 'verb' && k < i) {
          const own = this.clauseRange(i);
          if (k < own.start && own.start > sr.start && !!this.C.L.subordinators?.includes(this.low(this.clauseRange(own.start - 1).start))) continue;
        }
        return false;
      }
    }
    return true;
  }

  private modeFor(type: EventType, i: number, entry: TriggerEntry): string | undefined {
    if (entry.mode) {
      // "персональні санкції": an adjective on the trigger that is a cue of another mode of its type overrides it.
      const sr = this.sentenceRange(i);
      for (let k = i - 1; k >= sr.start && k >= i - 2 && this.is(k, F_ADJ) && !this.is(k, F_NOUN); k--) {
        for (const cue of this.C.modeCues.get(type) ?? []) if (cue.mode !== entry.mode && cue.lemmas.has(this.lem(k))) return cue.mode;
      }
      return entry.mode;
    }
    const sr = this.sentenceRange(i);
    const cr = this.clauseRange(i);
    const lo = Math.max(sr.start, i - 6);
    const hi = Math.min(Math.max(cr.end, i + 8), sr.end);
    for (const cue of this.C.modeCues.get(type) ?? []) {
      for (let k = lo; k < hi; k++) if (cue.lemmas.has(this.lem(k)) || cue.lemmas.has(this.texts[k]!)) return cue.mode;
    }
    return this.C.L.defaultMode[type];
  }

  private negatedAt(i: number, entry?: TriggerEntry): boolean {
    const cr = this.clauseRange(i);
    for (let k = i - 1; k >= Math.max(cr.start, i - 3); k--) {
      // ("не просто постачаємо", "не лише заблокувати": a focus, no negation)
      if ((this.C.neg.has(this.lem(k)) || this.C.neg.has(this.low(k))) && !this.C.L.focusAfterNegation?.includes(this.low(k + 1))) return true;
      if (this.is(k, F_VERB) && k < i - 1) {
        // ("не оголосили жодного внеску", "не запровадили жодних санкцій": the light verb before the noun is negated)
        if (entry && this.is(i, F_NOUN) && (this.C.light.has(this.lem(k)) || entry.requires?.includes(this.lem(k))) && k > cr.start && this.C.neg.has(this.low(k - 1))) return true;
        // ("так і не ухвалив рішення про виділення": a decision on the act not taken)
        if (entry && this.is(i, F_NOUN) && k > cr.start && this.C.neg.has(this.low(k - 1)) && i - k === 3 && this.C.aboutPreps.has(this.lem(i - 1))
          && !!this.C.L.decisionNouns?.includes(this.lem(i - 2))) return true;
        // ("не вдалося дійти згоди": a failed act did not happen)
        if (this.C.L.dativeSubjectPredicates.includes(this.lem(k)) && this.is(k + 1, F_INF) && k > cr.start && this.C.neg.has(this.low(k - 1))) return true;
        break;
      }
    }
    // ("Дійти згоди … сторонам не вдалося": the infinitive fronted before its negated predicate)
    const inf = this.is(i, F_INF) ? i : i > cr.start && this.is(i - 1, F_INF) ? i - 1 : -1;
    if (inf === cr.start) {
      for (let k = i + 1; k < cr.end && k < i + 12; k++) if (this.C.L.dativeSubjectPredicates.includes(this.lem(k)) && this.C.neg.has(this.low(k - 1))) return true;
    }
    // "обмежень … ЄС знову не запровадив": a noun fronted before its light verb takes the verb's negation
    if (entry && this.is(i, F_NOUN)) {
      for (let k = i + 1; k < cr.end && k < i + 12; k++) {
        if (!this.is(k, F_VERB) || this.is(k, F_INFX | F_ADVP)) continue;
        if (this.C.light.has(this.lem(k)) || entry.requires?.includes(this.lem(k))) return this.C.neg.has(this.low(k - 1));
        break;
      }
    }
    return false;
  }

  private modalityAt(i: number, entry: TriggerEntry): Modality | 'drop' {
    const cr = this.clauseRange(i);
    // "країни, яка не дала заблокувати пакет", "завадили ухвалити": a prevented act did not happen
    if (this.is(i, F_INF) && i > cr.start) {
      const p = this.lem(i - 1);
      if (this.C.L.preventVerbs?.includes(p) || (this.C.L.permitVerbs?.includes(p) && i - 2 >= cr.start && this.C.neg.has(this.low(i - 2)))) return 'drop';
    }
    // (the act an infinitive's light verb names, too: "дозволив NIS вести переговори")
    const inf = this.is(i, F_INF) ? i : this.is(i, F_NOUN) && i - 1 > cr.start && this.is(i - 1, F_INF) ? i - 1 : -1;
    if (inf > cr.start) {
      // ("закон, що дозволяє державі вилучати землю", "дозволить Москві й далі заробляти": an act allowed is not done —
      // the permission is the act, where it is one)
      for (let k = inf - 1; k >= cr.start && k >= inf - 6; k--) {
        // (a permission itself asked for or refused is one too: "пропозицію дозволити британським силам перехоплювати")
        if (this.is(k, F_VERB) && this.C.L.permitVerbs?.includes(this.lem(k))) return 'drop';
        if (this.is(k, F_VERB) || this.texts[k] === ',') break;
      }
    }
    // "відкинув вимогу", "відмовився передати": the refused act or demand is the refusal's object.
    // (further back over the infinitive that the act hangs on: "відмовилася приєднуватися до санкцій")
    for (let k = Math.max(cr.start, i - 5); k < i; k++) {
      if (!this.C.rejectCues.has(this.lem(k))) continue;
      if (k >= i - 2 || (this.is(k + 1, F_INF) && k + 1 < i)) return 'drop';
      // (over the noun phrase the act is the genitive of: "заблокувала ухвалення нового пакета санкцій")
      let np = true;
      // (and over "про": "заблокував рішення про виділення Україні …")
      // (and over the demand's owner in the genitive: "відкинули вимогу Брюсселя скасувати обмеження")
      const owner = (j: number): boolean => this.v.actorAt[j] !== -1 && j > k + 1 && this.C.request.has(this.lem(k + 1)) && (this.v.actors[this.v.actorAt[j]!]!.case === 'rod' || this.v.actors[this.v.actorAt[j]!]!.case === 'any');
      for (let j = k + 1; j < i && np; j++) if ((!this.is(j, F_NOUN | F_ADJ) && !(this.is(j, F_PREP) && this.C.aboutPreps.has(this.lem(j))) && !owner(j)) || (this.v.actorAt[j] !== -1 && !owner(j))) np = false;
      if (np && this.is(k + 1, F_NOUN)) return 'drop';
    }
    // ("У Пекіні протест відкинули": a noun fronted right before its refusal is the refused act)
    // (also with its owner between: "вимоги Кенії відкинули")
    if (this.is(i, F_NOUN) && i + 1 < cr.end) {
      const o = this.v.actorAt[i + 1]!;
      const after = o !== -1 && this.v.actors[o]!.s === i + 1 && !this.v.actors[o]!.person && (this.v.actors[o]!.case === 'rod' || this.v.actors[o]!.case === 'any') ? this.v.actors[o]!.e : i + 1;
      if (after < cr.end && this.C.rejectCues.has(this.lem(after)) && this.is(after, F_VERB)) return 'drop';
    }
    // ("Кожне затримане судно означає …": an act of any instance at all is none told)
    if (i > cr.start && this.C.L.genericDeterminers?.includes(this.lem(i - 1)) && this.is(i, F_ADJP | F_NOUN)) return 'drop';
    // ("звинуватив посла в тому, що той «підтримав спробу перевороту»": what a charge says was done is the charge's,
    // no act told of its own)
    const opener = this.C.L.chargeContentOpeners;
    // (and so is a verb coordinated after it in the content: "…, що вона «погано впоралася» … і вимагала від США …")
    let cc = cr;
    for (let hops = 0; hops < 3 && cc.start > 1 && (this.C.coord.has(this.low(cc.start)) || this.C.coord.has(this.low(cc.start - 1))) && this.sents[cc.start - 1] === this.sents[i]; hops++) {
      cc = this.clauseRange(this.C.coord.has(this.low(cc.start)) ? cc.start - 1 : cc.start - 2);
    }
    if (opener && cc.start >= 3 && this.C.complementizers.has(this.lem(cc.start)) && this.texts[cc.start - 1] === ','
      && opener.some(([p, w]) => this.low(cc.start - 3) === p && this.low(cc.start - 2) === w)) {
      const sr = this.sentenceRange(i);
      for (let k = cc.start - 4; k >= sr.start && k >= cc.start - 14; k--) {
        if (this.is(k, F_VERB) && this.C.byLemma.get(this.lem(k))?.some((e) => e.type === 'ACCUSE' && e.pos === 'verb')) return 'drop';
      }
    }
    // ("меморандум про захист інфраструктури від кібератак", "протидії атакам": what is guarded against is no act told)
    if (this.is(i, F_NOUN) && i > cr.start && this.C.L.protectionWords) {
      const guard = this.C.L.protectionWords;
      if (guard.includes(this.lem(i - 1))) return 'drop';
      if (this.C.L.protectionPreps?.includes(this.low(i - 1))) for (let k = i - 2; k >= cr.start && k >= i - 6; k--) if (guard.includes(this.lem(k))) return 'drop';
    }
    // ("готовий послабити санкції проти Мінська": a noun that makes the verb before it an act of another type — easing
    // sanctions is a concession — is that act's object, no act of its own; a reaction's object is the act it reacts to:
    // "назвав атаку …")
    if (this.is(i, F_NOUN) && this.requiredByVerbBefore(i, cr.start, 4, (e) => e.type !== entry.type && !this.C.L.reactionTypes?.includes(e.type))) return 'drop';
    // ("поступився вимогам": the demands yielded to are no request of their own)
    if (this.is(i, F_NOUN) && i > cr.start && this.C.byLemma.get(this.lem(i - 1))?.some((e) => e.type === 'CONCEDE' && e.pos === 'verb' && !e.requires)) return 'drop';
    // (an infinitive a threat governs is its content even where its own word has a fixed modality: "пригрозив
    // звернутися до Ради Безпеки ООН" is no request)
    if (entry.modality && this.is(i, F_INF)) for (let k = Math.max(cr.start, i - 3); k < i; k++) if (this.C.threaten.has(this.lem(k))) return 'drop';
    // (a threat told in what a warning says is that warning's: "попередив, що Москва «рішуче відповість»" is one
    // threat, the warner's — when the warning verb takes this word as what makes it a threat)
    if (entry.type === 'THREATEN' && !this.is(i, F_INF) && this.requiredByVerbBefore(i, this.sentenceRange(i).start, 8, (e) => e.type === 'THREATEN')) return 'drop';
    // (so is the act a warning holds out, named by a noun the warning verb takes as its threat: "попередили, що
    // можуть запустити механізм відновлення санкцій" threatens sanctions, imposes none)
    if (entry.type !== 'THREATEN' && this.is(i, F_NOUN) && this.requiredByVerbBefore(i, this.sentenceRange(i).start, 12, (e) => e.type === 'THREATEN')) return 'drop';
    // (and the act a conditional warning says will follow: "попередив, що Іран згорне співпрацю, якщо …")
    // ("попередив, що Вашингтон може відмовитися від посередництва, якщо …": the act it may take)
    // (or a future the tagger read as a present: "відмовиться")
    const possible = this.is(i, F_INF) && i > 0 && !!this.C.L.possibilityVerbs?.includes(this.lem(i - 1));
    const notPast = this.is(i, F_FUTR) || (this.is(i, F_VERB) && !this.is(i, F_INFX) && !!this.tok(i).tag?.includes(':pres'));
    if (entry.type !== 'THREATEN' && (notPast || possible) && this.conditionalWarning(i)) return 'drop';
    if (entry.modality) return entry.modality;
    const sr = this.sentenceRange(i);
    // Governed by a threat or a request: the threatened/requested act is not an event of its own.
    // (not a predicate coordinated with the cue's: "назвав дії … погрозою та звинуватив …")
    const coordinated = this.is(i, F_VERB) && !this.is(i, F_INF) && i > sr.start && this.C.coord.has(this.low(i - 1));
    // (an infinitive coordinated with one the cue governs is governed too: "закликав Москву поширити режим тиші … і
    // насамперед відмовитися від ударів")
    // (and so is the noun of such an infinitive: "закликав … не зволікати з пакетом і запровадити обмеження")
    const anchor = this.is(i, F_INF) ? this.firstCoordinatedInfinitive(i, sr.start)
      : this.is(i, F_NOUN) && i - 1 > sr.start && this.is(i - 1, F_INF) ? this.firstCoordinatedInfinitive(i - 1, sr.start) : i;
    for (let k = Math.max(sr.start, anchor - 8); k < i && !coordinated; k++) {
      const l = this.lem(k);
      if (this.C.threaten.has(l)) return 'drop';
      // (a demand refused is the refusal's object, not what governs it: "вимоги Кенії відкинули")
      if (this.C.request.has(l) && this.is(k, F_NOUN) && this.C.rejectCues.has(this.lem(i))) continue;
      if (this.C.request.has(l)) return l === 'передбачати' ? 'requested' : 'drop';
    }
    // (an act told in a relative clause about someone is not what the main clause denies: "Конфедерація, яка проводить
    // страйк, заперечила причетність …")
    const rel = cr.start > sr.start && this.C.relatives.has(this.lem(cr.start)) && this.v.cases[cr.start] === 'naz';
    for (let k = rel ? cr.start : sr.start; k < (rel ? cr.end : sr.end); k++) if (k !== i && this.C.denied.has(this.lem(k))) return 'denied';
    // (a form that is future by its ending is, whatever the verb's aspects: "фінансуватиме")
    if (this.is(i, F_FUTR) && (!this.C.L.presentAsFuture.includes(this.lem(i)) || !!this.C.L.futureForm?.test(this.low(i)))) return 'planned';
    // (an adjective cue before a verb in the past tells a sequel, not a plan: "Наступного дня … прибув")
    let past = false;
    for (let k = cr.start; k < cr.end && !past; k++) if (this.is(k, F_POS_VERB) && !this.is(k, F_INFX | F_ADVP) && !!this.tok(k).tag?.includes(':past')) past = true;
    for (let k = cr.start; k < Math.min(cr.end, i + 4); k++) {
      if (k === i) continue;
      if (past && this.is(k, F_ADJ) && !this.is(k, F_VERB)) continue;
      if (this.is(k, F_FUTR) && this.is(k, F_VERB)) return 'planned';
      // (a verb of happening only when not in the past: "має відбутися", not "обмін відбувся")
      if (this.C.planned.has(this.lem(k)) && Math.abs(k - i) <= 8 && !(this.C.L.happenVerbs.includes(this.lem(k)) && this.tok(k).tag?.includes(':past'))) return 'planned';
    }
    // ("вирушить до Москви, щоб обговорити …": what a planned act is for is planned too)
    if (this.is(i, F_INF) && this.C.L.purposeWords?.includes(this.low(cr.start)) && cr.start > 0 && this.sents[cr.start - 1] === this.sents[i]) {
      const prev = this.v.clauses[this.v.clause[cr.start - 1]!]!;
      for (let k = prev.start; k < prev.end; k++) if (this.is(k, F_FUTR) && this.is(k, F_VERB)) return 'planned';
    }
    // A verb not in the past dated after the article ("до кінця березня перерахує", "наступного тижня проводить"): a
    // plan, whatever aspect the tagger gave it.
    if (this.is(i, F_VERB) && !this.tok(i).tag?.includes(':past') && !this.is(i, F_INF)) {
      const day = this.v.adoc.doc.date;
      const t = day ? timeOf(this.v.adoc, this.v, this.C, i) : null;
      if (t?.value && day && t.value.start >= day && t.value.end > day) return 'planned';
    }
    return 'occurred';
  }

  private locationFor(i: number, type: EventType, target: number[], mode: string | undefined): number | null {
    const sr = this.sentenceRange(i);
    if (type === 'ASSAULT' && target.length === 1 && this.v.actors[target[0]!]!.type === 'LOC') return target[0]!;
    // "відвідає Київ": the place a visit verb takes as its object.
    if (mode === 'visit' && this.is(i, F_VERB)) {
      const cr = this.clauseRange(i);
      for (let k = i + 1; k < cr.end && k <= i + 2; k++) {
        const a = this.actorIdx(k);
        if (a === -1) continue;
        const act = this.v.actors[a]!;
        if (act.type === 'LOC' && !act.group && this.v.governedBy[k] === null && (act.case === 'zna' || act.case === 'naz' || act.case === 'any')) return a;
        break;
      }
    }
    for (let k = sr.start; k < sr.end; k++) {
      if (!this.is(k, F_PREP)) continue;
      const l = this.lem(k);
      // (past the settlement's kind: "у місті Мірбале", the name's case then a guess)
      const kind = this.actorIdx(k + 1) === -1 && !!this.C.L.settlementNouns?.includes(this.lem(k + 1)) && this.v.cases[k + 1] === 'mis';
      const a = this.actorIdx(kind ? k + 2 : k + 1);
      if (a === -1) continue;
      const act = this.v.actors[a]!;
      if (act.type !== 'LOC' || act.group) continue;
      if (this.placeOfAnother(i, k)) continue;
      // A verbal act named by a noun: a place in its complement is the object's ("опозиція … до присутності сил в
      // Україні"), not where the act happened.
      if (this.C.verbal.has(type) && this.is(i, F_NOUN) && k > i && this.v.clause[k] === this.v.clause[i]) continue;
      // (where a visit or troops go: "прибув до Одеси", "перекинув до Запорізької області")
      if ((this.C.locPreps.has(l) && (act.case === 'mis' || kind)) || ((mode === 'visit' || type === 'MOBILIZE') && (l === 'до' || l === 'в' || l === 'у'))) return a;
    }
    return null;
  }

  /**
   * A place at token k told in a relative clause of another event noun ("розмова … на продовження засідання, яке
   * відбулося у Парижі": Paris is the meeting's, not the call's).
   */
  private placeOfAnother(i: number, k: number): boolean {
    const c = this.v.clause[k]!;
    if (c === this.v.clause[i]) return false;
    const rc = this.v.clauses[c]!;
    let r = rc.start;
    while (r < k && (this.texts[r] === ',' || this.is(r, F_PREP))) r++;
    if (!this.C.relatives.has(this.lem(r)) || rc.start < i) return false;
    for (let m = i + 1; m < rc.start; m++) {
      if (this.is(m, F_NOUN) && this.C.nounTriggers.has(this.lem(m))) return true;
    }
    return false;
  }

  /**
   * A passive participle the tagger lemmatised as an adjective ("передані Данією": "переданий") triggers as its verb
   * ("передати"): -аний/-яний → -ати/-яти, -тий → -ти.
   */
  private participleEntries(i: number): TriggerEntry[] | undefined {
    if (!this.is(i, F_ADJP) || !this.is(i, F_PASV)) return undefined;
    const l = this.lem(i);
    // (memoised per lemma: the answer depends on it alone; callers only read the list)
    const memo = this.C.participles;
    if (memo.has(l)) return memo.get(l);
    const verb = l.endsWith('аний') ? l.slice(0, -4) + 'ати' : l.endsWith('яний') ? l.slice(0, -4) + 'яти' : l.endsWith('тий') ? l.slice(0, -3) + 'ти' : null;
    const r = verb ? this.C.byLemma.get(verb)?.filter((e) => e.pos === 'verb') : undefined;
    if (memo.size > 20000) memo.clear();
    memo.set(l, r);
    return r;
  }

  /** Finds triggers and builds draft events. */
  extract(): Draft[] {
    const drafts = this.gapped(this.extractRaw());
    const dropped = new Set<Draft>();
    for (let n = 0; n < drafts.length; n++) {
      const d = drafts[n]!;
      if (d.target.length || this.C.noTarget.has(d.type)) continue;
      const cr = this.clauseRange(d.trigger);
      const prev = drafts[n - 1];
      // "закликало Тегеран … й попередило": a coordinated predicate shares the object.
      const coordOpen = this.C.coord.has(this.low(cr.start)) || (cr.start > 0 && this.C.coord.has(this.low(cr.start - 1)));
      // (not when it has an object of its own that names no party: "… і закликала громадян повідомляти")
      const j = d.trigger + 1;
      const ownObject = this.is(d.trigger, F_VERB) && j < cr.end && this.is(j, F_NOUN) && !this.is(j, F_POS_PRON) && this.v.actorAt[j] === -1 && this.v.governedBy[j] === null
        && (this.v.cases[j] === 'zna' || this.v.cases[j] === 'rod');
      if (prev && prev.sentence === d.sentence && coordOpen && prev.target.length && !ownObject
        && prev.source.join() === d.source.join()) {
        d.target = prev.target;
        continue;
      }
      // "X запровадять санкції проти Y, попередив Мерц": the threatened act is the content; its target is the threat's.
      if (d.type === 'THREATEN' && cr.start === d.trigger) {
        const act = [...drafts].reverse().find((o) => o !== d && o.sentence === d.sentence && o.trigger < d.trigger && this.C.hostile.has(o.type));
        if (act) {
          d.target = act.target;
          dropped.add(act);
        }
      }
    }
    // "…санкції проти 56 осіб. Серед них – Марія Львова-Бєлова": the next sentence names the unnamed targets.
    for (const d of drafts) {
      if (d.target.length || !this.C.hostile.has(d.type) || drafts.some((o) => o.sentence === d.sentence && o.trigger > d.trigger)) continue;
      const next = this.adoc.sentences[d.sentence + 1];
      if (!next || next.tokenEnd - next.tokenStart < 3) continue;
      const k = next.tokenStart;
      if (!this.C.L.amongThem.some(([a, b]) => this.lem(k) === a && this.lem(k + 1) === b)) continue;
      for (let m = k + 2; m < next.tokenEnd && m < k + 12; m++) {
        const a = this.actorIdx(m);
        if (a === -1) continue;
        d.target = this.coordinated(a, next.tokenEnd);
        break;
      }
    }
    // "Росія атакувала Україну …, під удар потрапили Дніпро та Кривий Ріг", "війська, які розпочали наступ на …,
    // продовжують штурмувати …": an attack told in a relative clause or as what came under it, beside a main-clause
    // attack of the same author in the sentence, is that attack.
    const background = new Map<Draft, boolean>();
    for (const d of drafts) if (d.type === 'ASSAULT') background.set(d, this.backgroundAct(d));
    for (const d of drafts) {
      if (!background.get(d)) continue;
      const main = drafts.find((o) => o !== d && o.type === 'ASSAULT' && o.sentence === d.sentence && !dropped.has(o) && !background.get(o)
        && (!d.source.length || d.source.join() === o.source.join() || d.source.every((a) => o.source.some((b) => this.v.actors[a]!.name === this.v.actors[b]!.name))));
      if (main) dropped.add(d);
    }
    const out: Draft[] = [];
    for (const d of drafts) {
      if (dropped.has(d)) continue;
      // "домовилися про спільне виробництво": the agreed act is the event (planned), not a separate AGREE.
      if (d.type === 'AGREE' && this.C.agreeToAct.has(this.lem(d.trigger))) {
        const cr = this.clauseRange(d.trigger);
        // (an agreement to stop — "домовилися припинити взаємні атаки", "погодилися припинити вогонь" — is the
        // agreement, a ceasefire, not one side's concession)
        const within = (o: Draft): boolean => o !== d && !dropped.has(o) && o.trigger > d.trigger && o.trigger < this.sentenceRange(d.trigger).end && o.trigger - d.trigger <= 8;
        const halt = drafts.find((o) => within(o) && o.type === 'CONCEDE' && (this.v.flags[o.trigger]! & F_INF) !== 0);
        if (halt) {
          dropped.add(halt);
          out.push(d);
          continue;
        }
        if (drafts.some((o) => o !== d && o.trigger > d.trigger && o.trigger < cr.end && o.trigger - d.trigger <= 5)) continue;
        // "домовилися, що Джайшанкар відвідає Київ": so also the act of the clause agreed on, which is planned.
        if (cr.end < this.v.tokens.length && this.C.complementizers.has(this.lem(cr.end)) && cr.end - d.trigger <= 2) {
          const rc = this.clauseRange(cr.end);
          const agreed = drafts.find((o) => o !== d && !dropped.has(o) && o.trigger >= rc.start && o.trigger < rc.end);
          if (agreed) {
            if (agreed.modality === 'occurred') agreed.modality = 'planned';
            continue;
          }
        }
      }
      out.push(d);
    }
    return out;
  }

  /** An act told in a relative clause, or as what a place came under ("під удар потрапили …"). */
  private backgroundAct(d: Draft): boolean {
    const cr = this.clauseRange(d.trigger);
    let r = cr.start;
    while (r < d.trigger && (this.texts[r] === ',' || this.is(r, F_PREP))) r++;
    if (this.C.relatives.has(this.lem(r))) return true;
    const gv = this.v.governor[d.trigger]!;
    if (gv < 0 || !this.C.L.underPreps.includes(this.v.governedBy[d.trigger] ?? '')) return false;
    for (let k = gv + 1; k < cr.end && k < gv + 6; k++) if (this.C.L.underVerbs.includes(this.lem(k))) return true;
    for (let k = gv - 1; k >= cr.start && k >= gv - 3; k--) if (this.C.L.underVerbs.includes(this.lem(k))) return true;
    return false;
  }

  /**
   * Gapping: "Нідерланди виділили 500 млн євро Україні, Норвегія – ще 150 млн", "Пєсков пригрозив заходами, а
   * Медведєв – ударами по Києву": an actor after a comma or a conjunction, followed by a dash and no verb of its own,
   * repeats the act of the clause before with itself as the source. A noun trigger after the dash is the content of
   * that act (the threatened strike) and gives its target; otherwise the target is the first act's.
   */
  private gapped(drafts: Draft[]): Draft[] {
    const out = [...drafts];
    for (let ai = 0; ai < this.v.actors.length; ai++) {
      const A = this.v.actors[ai]!;
      if (this.modifiers.has(ai) || (A.case !== 'naz' && A.case !== 'any')) continue;
      const dash = this.texts[A.e];
      if (dash === undefined || (dash !== '–' && dash !== '—') || this.sents[A.e] !== this.sents[A.s]) continue;
      const dashSentence = this.sents[A.e]!;
      const start = A.person ? this.chainStart(ai) : A.s;
      const before = this.texts[start - 1];
      if (before === undefined || this.sents[start - 1] !== dashSentence || !(before === ',' || this.C.coord.has(this.low(start - 1)) || this.C.starters.has(this.low(start - 1)))) continue;
      // The rest of the clause after the dash has no verb of its own.
      if (A.e + 1 >= this.texts.length || this.sents[A.e + 1] !== dashSentence) continue;
      const end = this.clauseRange(A.e + 1).end;
      let verb = false;
      for (let k = A.e + 1; k < end && !verb; k++) {
        verb = this.is(k, F_VERB) && !this.is(k, F_ADJP) && !this.v.inQuote[k];
      }
      if (verb) continue;
      const first = [...out].reverse().find((d) => d.sentence === dashSentence && d.trigger < start && d.source.length && !d.source.includes(ai));
      if (!first) continue;
      // ("звинуватила Вашингтон у спробі …, а Київ – у розпродажі …": the dash followed by the preposition that followed
      // the first act's object makes the actor another object of that act, not its agent)
      const t0 = first.target.length ? this.v.actors[first.target[0]!]! : null;
      const prep = (k: number): string | null => (k < this.texts.length && this.is(k, F_PREP) ? this.lem(k) : null);
      if (t0 && t0.e > first.trigger && t0.e < start && prep(t0.e) !== null && prep(t0.e) === prep(A.e + 1)) {
        if (!first.target.includes(ai)) first.target = [...first.target, ai];
        continue;
      }
      const content = out.find((d) => d !== first && d.trigger > A.e && d.trigger < end);
      let target = first.target;
      if (content) {
        if (first.type !== 'THREATEN' && first.type !== 'REQUEST') continue;
        target = content.target;
        out.splice(out.indexOf(content), 1);
      }
      const d = newDraft(first.type, first.mode, [ai], target, 'explicit', A.s, A.e, first.entry, first.sentence, first.negated, first.modality, null,
        false, first.lightObject, false, true, first.targetName);
      out.splice(out.indexOf(first) + 1, 0, d);
    }
    // "Гроссі планує відвідати Москву, а згодом і Київ": a verbless rest after "а" names another target of the same act.
    for (const first of [...out]) {
      if (!first.target.length || !first.source.length || this.is(first.trigger, F_NOUN)) continue;
      const sr = this.sentRanges[first.sentence]!;
      let k = first.trigger + 1;
      while (k < sr.end && this.texts[k] !== ',') k++;
      if (k + 1 >= sr.end || !this.C.L.contrastConjunctions.includes(this.low(k + 1))) continue;
      let j = k + 2;
      while (j < sr.end && (this.is(j, F_POS_ADV | F_POS_PART) || this.C.coord.has(this.low(j))) && this.v.actorAt[j] === -1) j++;
      const b = j < sr.end ? this.actorIdx(j) : -1;
      if (b === -1 || first.target.includes(b) || first.source.includes(b)) continue;
      const e = this.v.actors[b]!.e;
      if (e < sr.end && this.texts[e] !== '.' && this.texts[e] !== ',' && this.texts[e] !== ';') continue;
      const d = newDraft(first.type, first.mode, first.source, [b], 'explicit', j, e, first.entry, first.sentence, first.negated, first.modality, null,
        false, first.lightObject, false, true, undefined);
      out.splice(out.indexOf(first) + 1, 0, d);
    }
    return out;
  }

  private extractRaw(): Draft[] {
    const drafts: Draft[] = [];
    const byLemma = this.C.byLemma;
    const sigs = this.C.triggerSigs;
    for (const sen of this.adoc.sentences) {
      const found: Draft[] = [];
      this.sentenceFound = found;
      for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
        if (!this.is(i, F_WORD)) continue;
        // (keys that cannot be there are not looked up)
        const lem = this.lem(i);
        const low = this.low(i);
        const entries = (sigs.has(sigOf(lem)) ? byLemma.get(lem) : undefined) ?? (sigs.has(sigOf(low)) ? byLemma.get(low) : undefined) ?? this.participleEntries(i);
        if (!entries) continue;
        // (a word of a quoted name is no act: "руху «Поверніть дітей»")
        const named = this.v.actorAt[i]!;
        if (named !== -1 && this.v.inQuote[i] && !this.v.actors[named]!.person && this.v.actors[named]!.e - this.v.actors[named]!.s >= 2) continue;
        let entry: TriggerEntry | undefined;
        for (let x = 0; x < entries.length && !entry; x++) if (this.entryMatches(entries[x]!, i)) entry = entries[x];
        // "Обмін полоненими … Наступний етап обміну заплановано …": a noun whose context word was given when its kind
        // was first named refers to that kind again, between the same sides.
        this.kindRef = null;
        if (!entry && this.is(i, F_NOUN)) {
          for (const e of entries) {
            const before = this.kinds.get(e);
            if (!before || e.pos !== 'noun' || e.negatedOnly) continue;
            const ex = this.C.entrySets.get(e)!.excludes;
            const w = e.window ?? 4;
            let bad = false;
            for (let k = Math.max(sen.tokenStart, i - w); k < Math.min(sen.tokenEnd, i + w + 1) && ex && !bad; k++) if (k !== i && ex.has(this.lem(k))) bad = true;
            if (bad) continue;
            entry = e;
            this.kindRef = before;
            break;
          }
        }
        if (!entry) continue;
        const d = this.draft(entry, i);
        this.kindRef = null;
        if (d) found.push(d);
        if (d && entry.requires && entry.pos === 'noun' && !this.kinds.has(entry) && d.source.length && d.target.length) this.kinds.set(entry, d);
      }
      // Two triggers of one event next to each other ("телефонну розмову", "звернулися з проханням").
      for (const d of found) {
        const prev = drafts.length ? drafts[drafts.length - 1] : undefined;
        // "звернувся до X із проханням": a noun in "з + instrumental" later in the same clause is the same act.
        const withNoun = !!prev && this.v.clause[prev.trigger] === this.v.clause[d.trigger] && WITH.has(this.v.governedBy[d.trigger] ?? '');
        // "заблокували рух, протестуючи проти …": an adverbial participle of the same kind tells the same act.
        // (also past a clause of place between them: "заблокували вхід до центру, де триває саміт, вимагаючи …")
        const dc = this.v.clause[d.trigger]!;
        // (further over a list of places with no verb between: "на вулиці Рабата, Касабланки, Агадира та інших міст,
        // вимагаючи …")
        const participle = !!prev && this.is(d.trigger, F_ADVP0) && (d.trigger - prev.triggerEnd <= 12
          || (prev.sentence === d.sentence && d.trigger - prev.triggerEnd <= 30 && !this.verbBetween(prev.triggerEnd, d.trigger))
          || (dc >= 2 && this.v.clause[prev.trigger] === dc - 2 && !!this.C.L.placeRelatives?.includes(this.low(this.v.clauses[dc - 1]!.start))));
        // "вийшли на проспект, вимагаючи від уряду …": the demand made by a protest is the protest's, and names its target.
        // Its addressee ("від Парижа й Вашингтона") names it over the place picketed; the author of a decision the
        // demand would undo does not ("вимагаючи скасувати рішення суду").
        // "привітала крок Києва, назвавши трибунал «чітким сигналом …»": a label given while praising is the praise's
        // words, no accusation
        if (prev && prev.sentence === d.sentence && participle && prev.type === 'SUPPORT' && d.type === 'ACCUSE' && this.C.L.namingVerbs.includes(this.lem(d.trigger))) continue;
        // "… вийшли на вулиці … Учасники акції вимагали відновити …": the demand the protesters make in the next
        // sentence, with no named party, is the protest's
        if (prev && prev.type === 'PROTEST' && d.type === 'REQUEST' && prev.sentence === d.sentence - 1 && !d.source.length && !d.target.length
          && this.protestersOpen(d.trigger)) continue;
        // (or by its participants, the subject of the demand's clause in the protest's sentence: "пройшли акції протесту
        // …: учасники вимагали від уряду …")
        const byParticipants = !!prev && prev.sentence === d.sentence && prev.type === 'PROTEST' && d.type === 'REQUEST' && !d.source.length && this.protestersOpen(d.trigger, true);
        if (prev && prev.sentence === d.sentence && (participle || byParticipants) && prev.type === 'PROTEST' && d.type === 'REQUEST') {
          const tg = d.target.filter((a) => !prev.source.includes(a));
          const s0 = tg.length ? this.v.actors[tg[0]!]!.s : -1;
          const addressed = s0 >= 0 && this.v.governedBy[s0] === 'від';
          const ofProposal = s0 > 0 && this.C.L.proposals.includes(this.lem(s0 - 1));
          if (addressed || (!prev.target.length && !ofProposal)) prev.target = tg;
          continue;
        }
        if (prev && prev.sentence === d.sentence && prev.type === d.type && (d.trigger - prev.triggerEnd <= 3 || withNoun || participle) && !prev.anaphoric && !d.anaphoric) {
          if (d.trigger - prev.triggerEnd <= 3) prev.triggerEnd = Math.max(prev.triggerEnd, d.triggerEnd);
          prev.mode ??= d.mode;
          if (prev.entry.weak && !d.entry.weak) prev.entry = d.entry;
          if (!prev.source.length || (prev.sourceHow !== 'explicit' && d.sourceHow === 'explicit')) { prev.source = d.source; prev.sourceHow = d.sourceHow; }
          // (the verb holds the object that an adjective before its subject could only guess: "ударні дрони атакували
          // Київ, уламки впали в Оболонському районі")
          // (nor the persons detained after a search: "провела обшук в офісі агентства … і затримала його керівника X")
          if (!prev.target.length || (prev.entry.pos === 'adj' && d.entry.pos === 'verb' && d.target.length)
            || (d.entry.personTarget && !prev.entry.personTarget && d.target.some((a) => this.v.actors[a]!.person))) prev.target = d.target;
          if (prev.entry.pos === 'adj' && d.entry.pos === 'verb' && d.location !== undefined) prev.location = d.location;
          prev.location ??= d.location;
          prev.negated ||= d.negated;
          continue;
        }
        // "викликав до МЗС тимчасового повіреного у справах Китаю і вимагав пояснень": a demand joined by "і" to the
        // act before it, with no addressee of its own, is made of that act's target
        // (a demand of something, whose addressee "від" is not named — not a call on someone: "засудив удар і закликав
        // партнерів")
        if (prev && prev.sentence === d.sentence && d.type === 'REQUEST' && !d.target.length && prev.target.length && d.trigger > 0
          && !!this.C.L.demandVerbs?.includes(this.lem(d.trigger))
          && this.C.coord.has(this.low(d.trigger - 1)) && prev.triggerEnd < d.trigger && sameActors(prev.source, d.source, this.v)) d.target = prev.target;
        drafts.push(d);
        this.lastDraft = d;
        this.seenTypes.add(d.type);
        if (d.type === 'CONSULT' && d.source.length && d.target.length) this.lastConsult = d;
        if (d.source.length && d.target.length) this.lastByType.set(d.type, d);
        if (d.type === 'PROTEST' && d.source.length && d.source.every((a) => this.isPeople(a))) this.lastProtesters = d.source;
        if (d.source.length && d.target.length && d.sourceHow === 'explicit') this.lastPair = d;
        if (d.source.length && d.target.length && !d.target.some((a) => this.cityLike(a))) this.lastSides = d;
        if (d.source.length && d.target.length && [...d.source, ...d.target].every((a) => this.v.actors[a]!.person)) this.lastPersonSides = d;
        if (d.source.length && d.target.length) {
          const parties = [...new Map([...d.source, ...d.target].map((a) => [this.v.actors[a]!.name, a])).values()];
          if (parties.length >= 3 && parties.every((a) => !this.v.actors[a]!.person)) this.lastMany.set(parties.length, parties);
        }
      }
      const subj = this.firstSubjectOfSentence(sen.index);
      if (subj.length) {
        this.lastSubject = subj;
        this.lastSubjectSentence = sen.index;
      }
    }
    return drafts;
  }

  /** The first noun after verb i in its clause (numbers, adjectives, adverbs between) is an actor or a delegation noun. */
  private actorObject(i: number): boolean {
    const cr = this.clauseRange(i);
    for (let k = i + 1; k < cr.end && k <= i + 5; k++) {
      if (this.actorIdx(k) !== -1) return true;
      if (this.is(k, F_NOUN)) return this.C.delegations.has(this.lem(k));
    }
    return false;
  }

  /**
   * A third-person plural verb in a relative clause opened by an oblique relative pronoun ("якого звинувачують",
   * "яку підозрюють"), with no nominative before it in the clause: no one is its subject.
   */
  private impersonalRelative(i: number): boolean {
    if (!/:(pres|futr):p:3/.test(this.tok(i).tag ?? '')) return false;
    const cr = this.clauseRange(i);
    const rel = cr.start < i && this.C.relatives.has(this.lem(cr.start)) ? cr.start : -1;
    if (rel === -1 || this.v.cases[rel] === 'naz') return false;
    for (let k = rel + 1; k < i; k++) if (this.v.cases[k] === 'naz' && this.is(k, F_NOUN)) return false;
    return true;
  }

  /** A token inside the quoted label that a naming verb of its clause gives ("назвав … «неприхованою погрозою»"). */
  private inLabel(i: number): boolean {
    const cr = this.clauseRange(i);
    let k = i;
    while (k > cr.start && this.texts[k] !== '«') k--;
    if (this.texts[k] !== '«') return false;
    for (let j = k - 1; j >= cr.start && j >= k - 6; j--) {
      if (this.C.L.namingVerbs.includes(this.lem(j))) return true;
      if (this.texts[j] === '»' || this.texts[j] === '«') return false;
    }
    return false;
  }

  /** A noun trigger that is the object of one of the verbs (adjectives and numbers between: "відбили масовану атаку"). */
  private objectOf(i: number, verbs: string[]): boolean {
    const cr = this.clauseRange(i);
    for (let k = i - 1; k >= cr.start && k >= i - 4; k--) {
      const t = this.tok(k);
      if (isVerbLike(t) && !t.tag?.includes('adjp')) return verbs.includes(this.lem(k));
      if (isAdjLike(t) || t.kind === 'number' || t.pos === 'ADV') continue;
      return false;
    }
    return false;
  }

  /** Actor a is a place or facility named after a noun of territory, settlement or facility ("з території аеропорту X"). */
  private placeLeft(a: number): boolean {
    const x = this.v.actors[a]!;
    // (a capital stands for its state: "відкликав посла з Москви")
    if (this.C.capitalsLower.has(x.name.toLowerCase())) return false;
    if (this.facility(a) || this.isPlace(a)) return true;
    // (a name right after such a noun is a place's, whatever type the model gave it: "аеропорту Мітіга")
    if (x.type === 'ORG' || x.group || (x.type === 'LOC' && !this.cityLike(a))) return false;
    for (let k = x.s - 1; k >= 0 && k >= x.s - 3 && this.sents[k] === this.sents[x.s]; k--) {
      const l = this.lem(k);
      if (this.C.L.territoryNouns?.includes(l) || this.C.L.facilityNouns.includes(l) || this.C.L.settlementNouns?.includes(l)) return true;
      if (!this.is(k, F_NOUN | F_ADJ)) break;
    }
    return false;
  }

  /** Actor a is a facility named by its noun and a name ("аеродром Морозовськ", facilityNames). */
  private facility(a: number): boolean {
    const x = this.v.actors[a]!;
    return x.type === 'MISC' && this.C.L.facilityNouns.includes(x.name.split(/\s+/)[0]!.toLowerCase());
  }

  /** A verb that deems the noun at i something follows it in its clause ("напад … вважатиметься загрозою"). */
  private deemedAfter(i: number, cr: { start: number; end: number }): boolean {
    const deem = this.C.L.deemVerbs;
    if (!deem) return false;
    for (let k = i + 1; k < cr.end && k <= i + 8; k++) if (this.is(k, F_POS_VERB) && deem.includes(this.lem(k))) return true;
    return false;
  }

  /** The noun at i is repelled by a verb after it ("атаки вдалося відбити", "штурм було відбито"). */
  private repelledAfter(i: number, cr: { start: number; end: number }): boolean {
    for (let k = i + 1; k < cr.end && k <= i + 3; k++) {
      if (this.C.L.repelVerbs.includes(this.lem(k)) && isVerbLike(this.tok(k))) return true;
      if (!isVerbLike(this.tok(k)) && this.tok(k).pos !== 'ADV') return false;
    }
    return false;
  }

  /**
   * A noun trigger right after a light verb of the clause ("запровадили обмеження", "оголосили про вихід",
   * "провели акцію"): the act is the verb's subject's own. Adjectives, numbers and one act preposition may stand
   * between.
   */
  private lightObject(i: number, entry: TriggerEntry): boolean {
    const cr = this.clauseRange(i);
    let prepSeen = false;
    for (let k = i - 1; k >= cr.start && k >= i - 4; k--) {
      const t = this.tok(k);
      if (isVerbLike(t) && !t.tag?.includes('adjp')) return this.C.light.has(this.lem(k)) || !!entry.requires?.includes(this.lem(k));
      if (isPrep(t) && !prepSeen && this.C.L.actPreps.includes(this.lem(k))) { prepSeen = true; continue; }
      if (isAdjLike(t) || t.kind === 'number' || t.pos === 'ADV') continue;
      return false;
    }
    // "про вихід з угоди оголосили Литва": the light verb after the prepositional phrase.
    if (this.v.governedBy[i] !== null && this.C.L.actPreps.includes(this.v.governedBy[i]!)) {
      for (let k = i + 1; k < cr.end && k < i + 6; k++) {
        const t = this.tok(k);
        if (isVerbLike(t) && !t.tag?.includes('adjp')) return this.C.light.has(this.lem(k));
      }
    }
    return false;
  }

  /** The clause's verb (before token i) is a reporting verb ("заявив … на саміті"). */
  private saidAt(i: number): boolean {
    const cr = this.clauseRange(i);
    for (let k = i - 1; k >= cr.start; k--) {
      const t = this.tok(k);
      if (isVerbLike(t) && !t.tag?.includes('adjp') && !t.tag?.includes(':inf')) return this.C.report.has(this.lem(k));
    }
    // (or the verb after it, said or done there by another: "Угорщина на саміті ЄС у Брюсселі заблокувала …")
    for (let k = i + 1; k < cr.end; k++) {
      const t = this.tok(k);
      if (isVerbLike(t) && !t.tag?.includes('adjp') && !t.tag?.includes(':inf')) {
        const l = this.lem(k);
        return this.C.report.has(l) || !!this.C.byLemma.get(l)?.some((e) => e.pos === 'verb' && e.type !== 'CONSULT' && e.type !== 'AGREE');
      }
    }
    return false;
  }

  /** A noun trigger that is the direct object of a verb of a verbal act or of denial ("засудив удар"). */
  private speechObject(i: number, entry?: TriggerEntry): boolean | 'denied' {
    const cr = this.clauseRange(i);
    for (let k = i - 1; k >= cr.start && k >= i - 4; k--) {
      const t = this.tok(k);
      if (isVerbLike(t) && !t.tag?.includes('adjp')) {
        const l = this.lem(k);
        if (this.C.denied.has(l)) return 'denied';
        // (a verb the noun's own entry asks for does the act: "відповіла дзеркальними митами")
        if (entry?.requires?.includes(l)) return false;
        // (a verb that is a verbal act only with some other context word is none here: "схвалив виділення коштів" is
        // no support, "схвалили рішення" is)
        return this.C.L.namingVerbs.includes(l) || !!this.C.byLemma.get(l)?.some((e) => e.pos === 'verb' && this.C.verbal.has(e.type) && (!e.requires || e.requires.includes(this.lem(i))));
      }
      if (!(isAdjLike(t) || t.kind === 'number')) return false;
    }
    return false;
  }

  /**
   * A draft event for the trigger entry at token i, or null when it is no event. In parts (each its own method, in
   * the order they always ran): one method of all of them took V8 half a second to optimise, again after every
   * deoptimisation.
   */
  private draft(entry: TriggerEntry, i: number): Draft | null {
    const w = this.draftStart(entry, i);
    if (!w) return null;
    this.ownSource(w);
    this.partnerSource(w);
    this.passiveSource(w);
    this.partiesSource(w);
    this.clauseSource(w);
    this.sourceDone(w);
    this.slotTargets(w);
    this.placeTargets(w);
    this.partnerTargets(w);
    this.visitTargets(w);
    if (w.target.length) w.target = this.titledPersons(w.target, w.cr.end);
    return this.draftEnd(w);
  }

  /** Token i lies inside a direct quote the quotes stage found. */
  private inDirectQuote(i: number): boolean {
    const t = this.tok(i);
    return this.adoc.quotes.some((q) => q.direct && q.start <= t.start && t.end <= q.end);
  }

  /** What is known of the trigger before its arguments; null when it is no event (a topic, a setting, hypothetical). */
  private draftStart(entry: TriggerEntry, i: number): DraftWork | null {
    const t = this.tok(i);
    const cr = this.clauseRange(i);
    const sr = this.sentenceRange(i);
    let modality = this.modalityAt(i, entry);
    if (modality === 'drop') return null;
    const isNoun = this.is(i, F_NOUN);
    if (isNoun && this.isTopic(i, entry.type)) return null;
    // ("Про удар повідомив Коваленко": an act of a kind already told, named as what someone reported, is that act)
    if (isNoun && this.C.aboutPreps.has(this.v.governedBy[i] ?? '') && i + 1 < cr.end && this.C.report.has(this.lem(i + 1)) && this.seenTypes.has(entry.type)) return null;
    // "«Ворог б’є не лише ракетами, а й кодом»", "– … тому б’ють по символах": an attack told in the present tense
    // inside a direct quote is what someone says of a foe in general, no strike of its own
    if (entry.type === 'ASSAULT' && !isNoun && /:imperf:pres/.test(t.tag ?? '') && this.inDirectQuote(i)) return null;
    // "відкинув пропозицію президента Лі Чже Мьона провести переговори": what a proposal proposes is its content, no
    // act (the proposal itself is the news: made, backed or rejected)
    // (or the noun of its light verb: "… провести переговори")
    const proposedInf = this.is(i, F_INF) ? i : isNoun && i > cr.start && this.is(i - 1, F_INF) ? i - 1 : -1;
    if (proposedInf !== -1 && this.proposedBy(proposedInf, cr.start)) return null;
    // "підписали угоду про спільне виробництво": what an agreement is about is its content, not an act of its own.
    if (entry.type !== 'AGREE' && this.agreementContent(i)) return null;
    // "заявив … на саміті ЄС у Брюсселі": a meeting named only as where something was said is the setting, not news.
    // (a meeting with someone named is news of its own: "сказала вона на зустрічі з Володимиром Зеленським")
    if (entry.type === 'CONSULT' && isNoun && this.C.locPreps.has(this.v.governedBy[i] ?? '') && this.v.cases[i] === 'mis' && this.saidAt(i)
      && !WITH.has(this.lowers[i + 1] ?? '')) return null;
    // "подякував за допомогу", "вдячний за підтримку": what one thanks or is thanked for is the reason of the thanks,
    // told as known, not news of its own.
    if (isNoun && this.v.cases[i] === 'zna' && this.C.L.reasonPreps.includes(this.v.governedBy[i] ?? '')) return null;
    // "звинуватила Росію … через систематичні атаки дронів", "запровадили мита через закупівлі …": the cause of a
    // reaction told in its clause is acts already known (often habitual), not news of its own.
    if (isNoun && this.C.L.causePreps?.includes(this.v.governedBy[i] ?? '') && this.reactionVerbBefore(i, cr)) return null;
    // ("Через атаку Росавіація … запровадила обмеження", after the attack was told: an attack named as the cause of
    // what follows is the one told before)
    if (isNoun && entry.type === 'ASSAULT' && this.seenTypes.has('ASSAULT') && this.C.L.causePreps?.includes(this.v.governedBy[i] ?? '')) return null;
    // "Американську делегацію на переговорах очолювали …": talks already told, named again as where something was
    // done, are their setting, not new talks
    // (or as what something is tied to: "аби його приїзд «пов’язували» з переговорами")
    if (entry.type === 'CONSULT' && isNoun && this.seenTypes.has('CONSULT') && ((this.C.locPreps.has(this.v.governedBy[i] ?? '') && this.v.cases[i] === 'mis')
      || (WITH.has(this.v.governedBy[i] ?? '') && this.v.cases[i] === 'oru' && i > 0 && WITH.has(this.low(i - 1)) && entry.mode !== 'visit'))
      && !WITH.has(this.lowers[i + 1] ?? '') && this.v.actorAt[i + 1] === -1 && this.texts[i + 1] !== '«' && !this.is(i + 1, F_NOUN | F_ADJ | F_PROPER)) return null;
    // "На полях саміту … зустрівся": a meeting named as the sidelines of another act is its setting.
    if (entry.type === 'CONSULT' && isNoun && i >= 2 && this.C.L.sidelines?.some(([a, b]) => this.low(i - 2) === a && this.lem(i - 1) === b)) return null;
    // "до центру, де триває саміт": a meeting going on where something happens is the setting, not news.
    // (going on: not "Київ, де планує провести переговори")
    if (entry.type === 'CONSULT' && isNoun && this.C.L.placeRelatives?.includes(this.low(cr.start)) && this.ongoingVerbIn(cr.start + 1, i)) return null;
    // "об’єктів, пошкоджених російськими ударами": the cause of damage told by a passive participle is background.
    if (isNoun && this.C.hostile.has(entry.type) && this.v.cases[i] === 'oru' && this.v.governedBy[i] === null) {
      let k = i - 1;
      while (k > sr.start && this.is(k, F_ADJ) && !this.is(k, F_PASV) && this.v.cases[k] === 'oru') k--;
      if (k >= sr.start && this.is(k, F_PASV)) return null;
    }
    // "як того вимагає закон": a manner clause says what a rule requires, no request of anyone's.
    if (i >= 2 && this.C.L.mannerClauses?.some(([a, b]) => this.low(i - 2) === a && this.low(i - 1) === b)) return null;
    // In a condition ("якщо Москва не погодиться") the act is hypothetical.
    // (not "коли" before a past verb, which tells when: "Бої почалися, коли камбоджійські військові обстріляли …")
    if (entry.type !== 'THREATEN' && this.C.conditionals.has(this.lem(cr.start)) && cr.start !== sr.start && !this.pastWhen(cr)) return null;
    // "…, що в цьому випадку Москва вийде з переговорів": a hypothetical consequence, not an act.
    if (entry.type !== 'THREATEN' && this.hypotheticalBefore(i)) return null;
    let type = entry.type;
    if (this.C.hostile.has(type) && modality === 'planned' && this.readyBefore(i)) {
      // "готовий запровадити санкції / перейти до етапу санкцій": conditional readiness aimed at the other side.
      type = 'THREATEN';
      modality = 'threatened';
    } else if (this.C.hostile.has(type) && isNoun && this.notRuledOut(i)) {
      // (sanctions only: strikes one does not rule out are mostly a foe's, foreseen, and no act yet — "не виключив
      // нових ударів")
      if (type !== 'SANCTION') return null;
      type = 'THREATEN';
      modality = 'threatened';
    }
    const passive = this.is(i, F_PASV | F_IMPERS);
    return {
      entry, i, t, cr, sr, isNoun, passive, gv: this.v.governor[i]!, type, modality, source: [], how: 'explicit', ownSource: false,
      participantTarget: [], partiesTarget: [], spoken: false, exclude: null, target: [], sufferedAt: -1, crowd: false,
    };
  }

  /** The trigger's own cues for its source ("російська атака", "візит Макрона", "атаку, яку здійснили X"). */
  private ownSource(w: DraftWork): void {
    const { entry, i, t, cr, sr, isNoun } = w;
    // "саміт лідерів країн Північної Європи та Балтії у форматі NB8": a meeting of a named format is the format's.
    if (isNoun && entry.type === 'CONSULT') {
      for (let k = i + 1; k + 1 < cr.end && k <= i + 12; k++) {
        // (a body named before the format is the meeting's: "засідання Контактної групи … у форматі «Рамштайн»")
        const a0 = this.v.actorAt[k]!;
        if (a0 !== -1 && this.v.actors[a0]!.type === 'ORG') break;
        if (!this.C.L.formatNouns.includes(this.lem(k))) continue;
        const a = this.actorIdx(this.texts[k + 1] === '«' ? k + 2 : k + 1);
        if (a !== -1 && !this.v.actors[a]!.person) {
          w.source = [a];
          return;
        }
      }
    }
    for (const s of entry.source ?? []) {
      if (s === 'adj') {
        for (let k = i - 1; k >= Math.max(cr.start, i - 3); k--) {
          const l = this.lem(k);
          const a = this.v.actorAt[k]!;
          if (a !== -1 && this.v.actors[a]!.group) { w.source = [a]; break; }
          if (this.C.L.demonyms[l]) { w.source = [this.demonymActor(k, this.C.L.demonyms[l]!)]; break; }
          if (!this.is(k, F_ADJ)) break;
        }
      } else if ((s === 'after' || (s === 'passiveAfter' && w.passive)) && !isNoun) {
        // ('passiveAfter': only in a passive or impersonal form — "перекинуто додаткові російські комплекси")
        // ("прибула американська авіаносна група", "прибули 1500 військовослужбовців Африканського корпусу": the
        // subject after the verb — its state's demonym, or the body its people belong to)
        for (let k = i + 1; k < cr.end && k <= i + 8 && !w.source.length; k++) {
          // (a count's preposition is no phrase of its own: "близько 1500 військовослужбовців")
          const g = this.v.governedBy[k];
          if (g !== null && !(this.C.L.quantityPreps?.includes(g) && this.v.governor[k] > i)) continue;
          const d = this.C.L.demonyms[this.lem(k)];
          if (d && this.is(k, F_ADJ)) { w.source = [this.demonymActor(k, d)]; break; }
          const a = this.actorIdx(k);
          if (a !== -1 && !this.v.actors[a]!.person && this.v.actors[a]!.s === k && this.is(k - 1, F_NOUN) && entry.requires?.includes(this.lem(k - 1))) { w.source = [a]; break; }
          if (this.is(k, F_VERB)) break;
        }
      } else if (s === 'participleAgent' && isNoun) {
        const sent = this.sents[i]!;
        for (let k = i + 1; k + 1 < this.texts.length && k <= i + 8 && this.sents[k] === sent; k++) {
          if (!this.is(k, F_ADJP) || !this.is(k, F_PASV)) continue;
          const a = this.actorIdx(k + 1);
          if (a !== -1 && this.v.actors[a]!.s === k + 1 && this.v.actors[a]!.case === 'oru') w.source = this.coordinated(a, this.sentRanges[sent]!.end);
          break;
        }
      } else if (s === 'rod' && isNoun) {
        let k = i + 1;
        if (this.texts[k] === '«') k++;
        while (k < cr.end && (this.is(k, F_ADJ) || (this.is(k, F_NOUN) && this.v.actorAt[k] === -1 && this.v.cases[k] === 'rod'))) k++;
        // (a quoted name after the genitive words: "зустрічі лідерів «коаліції охочих»")
        if (k > i + 1 && this.texts[k] === '«' && k + 1 < cr.end && this.v.actorAt[k + 1] !== -1) k++;
        // ("візиту до Каракаса спецпосланця США Річарда Гренелла": a visit's destination may stand before its agent)
        if (entry.mode === 'visit' && k < cr.end && this.is(k, F_PREP)) {
          let m = k + 1;
          while (m < cr.end && this.v.governedBy[m] !== null && this.v.governor[m] === k) m++;
          if (m > k + 1) {
            k = m;
            while (k < cr.end && (this.is(k, F_ADJ) || (this.is(k, F_NOUN) && this.v.actorAt[k] === -1 && this.v.cases[k] === 'rod'))) k++;
          }
        }
        let a = k < cr.end ? this.actorIdx(k) : -1;
        // "візит президента України Володимира Зеленського": the body or state inside a title is the title's; the
        // person named right after it is the one who acts (also where the view marked it as the title's modifier)
        const inTitle = a !== -1 ? a : k < cr.end ? this.v.actorAt[k]! : -1;
        if (inTitle !== -1 && !this.v.actors[inTitle]!.person && k > i + 1 && this.v.actors[inTitle]!.e < cr.end) {
          const p = this.personStartingAt(this.v.actors[inTitle]!.e);
          if (p !== -1) a = p;
        }
        // (a named building in the genitive is what was hit, not who hit it: "в обстрілі Саудівського шпиталю")
        const place = a !== -1 && (this.isPlace(a) || this.isBuilding(a));
        if (a !== -1 && !place && (this.v.governedBy[k] === null || this.v.governedBy[k] === this.v.governedBy[i]) && (this.v.actors[a]!.case === 'rod' || this.v.actors[a]!.case === 'any')) w.source = this.coordinated(a, cr.end);
      } else if (s === 'rel') {
        for (let k = i + 1; k < sr.end && k < i + 16; k++) {
          // The relative agrees with the trigger noun in gender/number ("удар … по Львівщині, який …").
          if (this.C.relatives.has(this.lem(k)) && (k < i + 10 || agrees(this.tok(k), t))) {
            // (not after a preposition: "атаки на підстанції, від яких залежить живлення АЕС" names no attacker)
            if (this.is(k - 1, F_PREP)) break;
            // (nor a relative in the form of an animate object right after a person: "санкції проти … Олександра
            // Цукермана, яких НАБУ вважає фігурантами" speaks of the persons)
            const pa = k >= 2 && this.texts[k - 1] === ',' ? this.v.actorAt[k - 2]! : -1;
            if (pa !== -1 && this.v.actors[pa]!.person && !!this.C.L.animateObjectRelatives?.includes(this.low(k))) break;
            const rc = this.clauseRange(k);
            // (a relative that may be the subject — "які" — leaves only the words before the verb to the agent: "який
            // Росія завдала", not "компаній, які вивозять українське зерно")
            // (by its form: the tagger may read "які" as the accusative it also is)
            const mayBeSubject = this.v.cases[k] === 'naz' || NOMINATIVE_RELATIVES.has(this.low(k));
            let end = rc.end;
            for (let m = k + 1; m < end; m++) {
              if (mayBeSubject && this.is(m, F_VERB) && !this.is(m, F_INFX | F_ADVP)) {
                end = m;
                break;
              }
              const a = this.actorIdx(m);
              if (a !== -1 && (this.v.actors[a]!.case === 'naz' || this.v.actors[a]!.case === 'any')) { w.source = this.coordinated(a, rc.end); break; }
            }
            if (!w.source.length) w.source = this.ledOrDelegation(k + 1, end);
            break;
          }
        }
      } else if (s.includes('+') && isNoun) {
        // ("бої між X та Y": the first of the sides the phrase names; the target slot takes the others)
        // (one side named: that side, no default attacker — "сутички між поліцією Косова та сербами")
        const sides = this.findSlot(s, i + 1, cr.end, new Set());
        if (sides.length) w.source = [sides[0]!];
      }
      if (w.source.length) break;
    }
  }

  /** Taking part in a meeting of a body ("взяв участь у засіданні X"); the agent of "з боку X". */
  private partnerSource(w: DraftWork): void {
    const { entry, i, cr, isNoun, gv } = w;
    // "взяв участь у засіданні Контактної групи": the subject takes part; the genitive body is the partner.
    if (isNoun && entry.type === 'CONSULT' && gv > 0 && this.C.L.participation.includes(this.lem(gv - 1))) {
      const subj = this.subject(gv - 1, cr);
      if (subj.length) {
        w.participantTarget = w.source.filter((a) => !subj.includes(a));
        w.source = subj;
      }
    }
    // "атаку … з боку Росії": the agent named by "з боку" after a noun trigger.
    if (!w.source.length && isNoun) {
      for (let k = i + 1; k + 2 < cr.end && k < i + 8; k++) {
        if (WITH.has(this.lem(k)) && this.C.L.agentNouns.includes(this.lem(k + 1))) {
          const a = this.actorIdx(k + 2);
          if (a !== -1) w.source = this.coordinated(a, cr.end);
          break;
        }
      }
    }
    w.ownSource = w.source.length > 0;
  }

  /** A common-noun group as the subject; the agent of a passive; the body meeting where something was decided. */
  private passiveSource(w: DraftWork): void {
    const { entry, i, cr, passive } = w;
    if (!w.source.length && (this.C.L.groupSubjectTypes.includes(entry.type) || entry.groupSubject)) {
      // (or the group named before a relative clause the trigger's clause resumes after: "тисячі студентів, які …,
      // вийшли на вулиці")
      // (the clause splitter may have left the relative clause and the resumed one together: "…, які називають себе
      // «…», знову вийшли" — the resumed part starts after the last comma before the trigger)
      let g = this.groupSubject(i, cr);
      // ("Водії таксі страйкують і протестують": a predicate coordinated with the verb before shares its group subject)
      if (g === -1 && cr.start > 1 && (this.C.coord.has(this.low(cr.start)) || this.C.coord.has(this.low(cr.start - 1)))) {
        const pr = this.clauseRange(this.C.coord.has(this.low(cr.start)) ? cr.start - 1 : cr.start - 2);
        let verb = -1;
        for (let k = pr.start; k < pr.end && verb === -1; k++) if (this.is(k, F_POS_VERB) && !this.is(k, F_INF | F_ADVP)) verb = k;
        if (pr.start < cr.start && this.sents[pr.start] === this.sents[i] && verb > pr.start && verb >= cr.start - 2) g = this.groupSubject(verb, pr);
      }
      // (a crowd of no one in particular is the subject: the act has no side, and none is looked for elsewhere)
      if (g === -2) {
        w.crowd = true;
        return;
      }
      if (g === -1) {
        let resumed = cr.start;
        if (this.C.relatives.has(this.lem(cr.start))) for (let k = i - 1; k > cr.start; k--) if (this.texts[k] === ',') { resumed = k + 1; break; }
        const rel = this.beforeRelative({ start: resumed, end: cr.end });
        if (rel && !this.verbBetween(resumed, i)) g = this.groupSubject(rel.end, rel);
      }
      if (g >= 0) w.source = [g, ...(this.groupConjuncts.get(g) ?? [])];
    }
    if (!w.source.length && passive) {
      for (let k = i + 1; k < cr.end; k++) {
        const a = this.actorIdx(k);
        if (a !== -1 && this.v.governedBy[k] === null && this.v.actors[a]!.case === 'oru') { w.source = this.coordinated(a, cr.end); break; }
      }
    }
    // "було атаковано українськими безпілотниками": the state whose demonym the agent in the instrumental bears
    if (!w.source.length && passive) {
      for (let k = i + 1; k + 1 < cr.end && k <= i + 6; k++) {
        const st = this.is(k, F_ADJ) && this.v.actorAt[k] === -1 && this.v.cases[k] === 'oru' && this.v.governedBy[k] === null ? this.C.L.demonyms[this.lem(k).toLowerCase()] : undefined;
        if (st && this.is(k + 1, F_NOUN) && this.v.cases[k + 1] === 'oru') { w.source = [this.demonymActor(k, st)]; break; }
      }
    }
    // "погоджені на саміті «коаліції охочих»": what was decided at a meeting is the act of the body meeting.
    if (!w.source.length && passive) {
      for (let k = i + 1; k + 1 < cr.end && k <= i + 2; k++) {
        if (!this.C.locPreps.has(this.lem(k)) || !this.C.byLemma.get(this.lem(k + 1))?.some((e) => e.type === 'CONSULT' && e.pos === 'noun')) continue;
        let m = k + 2;
        while (m < cr.end && (this.is(m, F_ADJ) || this.texts[m] === '«') && this.v.actorAt[m] === -1) m++;
        const a = m < cr.end ? this.actorIdx(m) : -1;
        if (a !== -1 && (this.v.actors[a]!.case === 'rod' || this.v.actors[a]!.case === 'any') && !this.isPlace(a)) w.source = this.coordinated(a, cr.end);
        break;
      }
    }
  }

  /**
   * "Сторони", and a bare plural role noun ("Лідери обговорили", "міністри підписали" — no name, body or state of its
   * own after it) as a subject: the sides of the last act between two parties.
   */
  private sidesNoun(k: number): boolean {
    const l = this.lem(k);
    // ("сторонам не вдалося дійти згоди": the sides in the dative before a predicate that takes its subject so)
    if (this.C.parties.has(l) && this.v.cases[k] === 'dav' && this.is(k, F_PLURAL) && this.dativePredicateIn(this.clauseRange(k))) return true;
    // (a genitive singular of the same form before a plural verb is the plural subject: "… сторони не обговорювали")
    if (!this.is(k, F_PLNAZ) && !(this.C.parties.has(l) && this.v.cases[k] === 'rod' && this.pluralVerbNext(k))) return false;
    if (this.C.parties.has(l)) return true;
    // ("делегації узгодили": bare, with no owner of their own after them)
    if (this.C.L.stateDelegations?.includes(l)) {
      const nx = k + 1;
      return this.is(k, F_PLNAZ) && nx < this.v.tokens.length && this.v.actorAt[nx] === -1 && !(this.is(nx, F_NOUN | F_ADJ) && this.v.cases[nx] === 'rod');
    }
    if (!this.C.roles.has(l) || this.v.actorAt[k] !== -1) return false;
    // "Міністри аграрної політики двох країн": a role of the two sides
    for (let j = k + 1; j < this.v.tokens.length && j <= k + 5 && this.sents[j] === this.sents[k] && this.v.actorAt[j] === -1 && this.v.cases[j] === 'rod'; j++) {
      // (not when the title's holders are named right after it: "міністри оборони обох країн Рустем Умєров і Борис
      // Пісторіус" are those two)
      if (this.dualSides(j)) {
        const named = j + 2 < this.v.tokens.length ? this.v.actorAt[j + 2]! : -1;
        return named === -1 || !this.v.actors[named]!.person;
      }
    }
    const nx = k + 1;
    return nx < this.v.tokens.length && this.sents[nx] === this.sents[k] && this.v.actorAt[nx] === -1 && !this.is(nx, F_NOUN | F_ADJ) && this.texts[nx] !== '«'
      && !this.is(k - 1, F_ADJ);
  }

  /** A dual group in the genitive right after the role noun at k ("лідери двох кавказьких країн"). */
  private dualOwner(k: number): boolean {
    for (let j = k + 1; j < this.v.tokens.length && j <= k + 3 && this.sents[j] === this.sents[k]; j++) if (this.dualSides(j)) return true;
    return false;
  }

  /**
   * "обом делегаціям", "двох країн", "обидві сторони": a group of two sides (a dual numeral before a plural noun of
   * sides, states or roles), which stands for the sides of the last act between two parties.
   */
  private dualSides(k: number): boolean {
    const L = this.C.L.dual;
    if (!L || !L.numerals.includes(this.lem(k).toLowerCase())) return false;
    // ("двох кавказьких країн": adjectives between the numeral and its noun)
    let h = k + 1;
    while (h < k + 3 && this.v.tokens[h] && this.sents[h] === this.sents[k] && this.is(h, F_ADJ) && this.is(h, F_PLURAL) && this.v.actorAt[h] === -1) h++;
    if (!this.v.tokens[h] || this.sents[h] !== this.sents[k]) return false;
    const n = this.lem(h);
    return this.is(h, F_NOUN) && this.is(h, F_PLURAL) && this.v.actorAt[h] === -1
      && (L.nouns.includes(n) || this.C.delegations.has(n) || this.C.parties.has(n) || this.C.roles.has(n));
  }

  /** A verb trigger of a reaction type (accusation, sanction, protest, rejection, threat) before token i in its clause. */
  private reactionVerbBefore(i: number, cr: { start: number; end: number }): boolean {
    const types = this.C.L.causeReactionTypes ?? [];
    for (let k = cr.start; k < i; k++) {
      if (!this.is(k, F_VERB)) continue;
      if (this.C.byLemma.get(this.lem(k))?.some((e) => e.pos === 'verb' && types.includes(e.type) && !e.requires)) return true;
    }
    return false;
  }

  /** A weapon noun in the nominative before token i in its clause, outside prepositional phrases ("ракети влучили"). */
  private weaponSubject(i: number, cr: { start: number; end: number }): boolean {
    for (let k = cr.start; k < i; k++) {
      if (this.v.governedBy[k] === null && this.is(k, F_NOUN) && this.v.cases[k] === 'naz' && this.v.actorAt[k] === -1 && this.weaponNoun(k)) return true;
    }
    return false;
  }

  /** The verb at i has a common noun of its own as its subject right before it ("завод постачає"), no actor. */
  private thingSubject(i: number, cr: { start: number; end: number }): boolean {
    if (!this.is(i, F_POS_VERB) || this.is(i, F_INFX | F_ADVP)) return false;
    let k = i - 1;
    while (k > cr.start && this.is(k, F_POS_ADV | F_POS_PART)) k--;
    return k >= cr.start && this.v.governedBy[k] === null && this.is(k, F_NOUN) && !this.is(k, F_PROPER) && this.v.cases[k] === 'naz' && this.v.actorAt[k] === -1
      && this.is(k, F_PLURAL) === this.is(i, F_PLURAL) && !this.C.parties.has(this.lem(k));
  }

  /** A nominative actor after token i in its clause, outside prepositional phrases. */
  private nominativeAfter(i: number, cr: { start: number; end: number }): boolean {
    for (let k = i + 1; k < cr.end; k++) {
      const a = this.actorIdx(k);
      if (a !== -1 && this.v.governedBy[k] === null && this.v.actors[a]!.case === 'naz') return true;
    }
    return false;
  }

  /** "попередній" / "наступний" before a noun trigger (over its other adjectives and a kind noun: "наступний етап обміну"). */
  private sequelAdjective(i: number, cr: { start: number; end: number }): 'previous' | 'next' | null {
    for (let k = i - 1; k >= cr.start && k >= i - 3; k--) {
      const l = this.lem(k);
      if (this.C.L.sequelAdjectives.previous.includes(l)) return 'previous';
      if (this.C.L.sequelAdjectives.next.includes(l)) return 'next';
      if (!this.is(k, F_ADJ) && !(this.is(k, F_NOUN) && this.C.L.sequelAdjectives.stageNouns.includes(l))) return null;
    }
    return null;
  }

  /** A finite plural verb right after token k (a negation or particle between). */
  private pluralVerbNext(k: number): boolean {
    let j = k + 1;
    while (j < this.v.tokens.length && this.is(j, F_POS_PART) && this.sents[j] === this.sents[k]) j++;
    return j < this.v.tokens.length && this.sents[j] === this.sents[k] && this.is(j, F_POS_VERB) && this.is(j, F_PLURAL) && !this.is(j, F_INF | F_ADVP);
  }

  /** "Сторони домовилися …": the sides of the last consultation (else of the last act between two parties). */
  private partiesSource(w: DraftWork): void {
    const { i, cr, sr } = w;
    // (from the sentence start: "Сторони також домовилися" splits its clause at "також")
    let partiesFrom = cr.start;
    if (!w.source.length && cr.start > sr.start) {
      // (only when "сторони" stand before the clause, and the clause has no subject of its own)
      let before = false;
      // (or a bare plural title: "Лідери також підписали")
      for (let k = sr.start; k < cr.start && !before; k++) before = this.C.parties.has(this.lem(k)) || (this.is(k, F_PLNAZ) && this.C.roles.has(this.lem(k)) && this.sidesNoun(k));
      if (before && !this.subjectBefore(i, cr).length) partiesFrom = sr.start;
    }
    // (also after the act, in the dative: "Дійти згоди … сторонам не вдалося")
    let partiesTo = i;
    if (!w.source.length && this.dativePredicateIn(cr)) partiesTo = cr.end;
    for (let k = partiesFrom; k < partiesTo && !w.source.length; k++) {
      if (k === i) continue;
      // (a prepositional phrase before them does not take in "сторони" before a plural verb: "Під час візиту сторони
      // підписали")
      if (this.v.governedBy[k] !== null && !(this.C.parties.has(this.lem(k)) && this.pluralVerbNext(k))) continue;
      // (a consultation told before the noun in this sentence is the last one: "провів розмову з X, і міністри домовилися")
      let consult = this.lastConsult;
      for (const d of this.sentenceFound) if (d.type === 'CONSULT' && d.source.length && d.target.length && d.triggerEnd <= k) consult = d;
      if (this.sidesNoun(k) && consult) {
        // ("делегації узгодили": the delegations are their states — the persons who led the talks stand for them)
        const states = !!this.C.L.stateDelegations?.includes(this.lem(k));
        const side = (xs: number[]): number[] => (states ? packedMap(xs, (a) => (this.v.actors[a]!.person ? this.countryOfPerson(a) ?? a : a)) : xs);
        w.source = side(consult.source);
        w.partiesTarget = side(consult.target);
        // (two who visited a place together are the two sides: "разом із Макроном відвідав авіабазу … Лідери підписали")
        if (consult.source.length === 2 && consult.target.every((a) => !this.v.actors[a]!.person && !this.isState(a) && (this.v.actors[a]!.type === 'LOC' || this.isBuilding(a) || /^\p{Ll}/u.test(this.v.actors[a]!.name)))) {
          w.source = side([consult.source[0]!]);
          w.partiesTarget = side([consult.source[1]!]);
        }
        // ("Трамп прийняв Алієва та Пашиняна. … лідери двох країн підписали": two sides of a talk among three are the
        // two it received together)
        const pair = consult.target.length === 2 ? consult.target : consult.source.length === 2 ? consult.source : null;
        if (pair && consult.source.length + consult.target.length > 2 && this.dualOwner(k)) {
          w.source = side([pair[0]!]);
          w.partiesTarget = side([pair[1]!]);
        }
      } else if (this.sidesNoun(k) && this.lastPair) {
        // No consultation yet: the two sides of the last act between two parties; a person facing a state stands
        // for their own state ("Кубраков закликав Варшаву … Сторони домовилися" → Україна, Польща).
        const p = this.lastPair;
        const states = (xs: number[]): boolean => xs.every((a) => !this.v.actors[a]!.person);
        const side = (xs: number[], other: number[]): number[] => (states(other) ? packedMap(xs, (a) => this.countryOfPerson(a) ?? a) : xs);
        w.source = side(p.source, p.target);
        w.partiesTarget = side(p.target, p.source);
      }
    }
  }

  /** The subject of the clause (or of the sentence's main clause, or after the verb, or a place in the locative). */
  private clauseSource(w: DraftWork): void {
    const { entry, i, t, cr, sr, isNoun, passive } = w;
    // "Гутерреш засудив удар", "Міністерство заперечило удар по лікарні": a noun object of a verb of speech or denial
    // is not the speaker's act.
    // A denied act is the denier's state's ("Міністерство оборони Росії заперечило удар" → Росія).
    const spokenAs = isNoun && !w.ownSource ? this.speechObject(i, entry) : false;
    const spoken = spokenAs === true;
    w.spoken = spoken;
    if (!w.source.length && spokenAs === 'denied') w.source = packedMap(this.subject(i, cr), (a) => this.stateOf(a) ?? a);
    // "Львова-Бєлова заперечила, що дітей вивозили примусово": an impersonal plural verb in what is denied is the
    // act of the denier's side, not the denier's own.
    if (!w.source.length && !isNoun && w.modality === 'denied' && this.is(i, F_PLURAL) && cr.start > sr.start && this.is(cr.start, F_SUBORD)
      && !this.subjectBefore(i, cr).length && !this.nominativeAfter(i, cr)) {
      const prev = this.v.clauses[this.v.clause[cr.start - 1]!]!;
      const denier = this.subject(cr.start - 1, prev);
      if (denier.length) w.source = packedMap(denier, (a) => this.stateOf(a) ?? this.countryOfPerson(a) ?? a);
    }
    // "Одеса зазнала масованої атаки російських дронів", "Під удар російських ракет потрапила ТЕС": the subject came
    // under the act; its author is the weapon's state, if named.
    if (!w.source.length && isNoun && this.C.hostile.has(entry.type)) w.sufferedAt = this.sufferedBy(i, cr);
    if (w.sufferedAt !== -1) {
      const st = this.genitiveWeaponState(i, cr.end);
      if (st !== -1) w.source = [st];
    }
    if (!w.source.length && !passive && !spoken && w.sufferedAt === -1) {
      // A noun in a prepositional phrase ("відреагував на новий удар") is not an act of the clause's subject.
      // A light verb before the preposition makes the phrase the act itself ("піти на поступки").
      const gov = this.v.governor[i]!;
      // (and so does agreeing to it: "погодився на зустріч" — the agreed act is the subject's)
      const light = gov > 0 && (!!entry.requires?.includes(this.lem(gov - 1)) || this.C.agreeToAct.has(this.lem(gov - 1)));
      const inPp = isNoun && this.v.governedBy[i] !== null && !light && !this.C.L.actPreps.includes(this.v.governedBy[i]!) && !this.C.L.groupSubjectTypes.includes(entry.type);
      // "а в Україні відкидають": a plural verb with no subject before it and a place in the locative — that
      // place's people speak; no subject is borrowed from the clause before.
      // (also over an indeclinable name that is the genitive of a common noun naming no agent: "У Пекіні рішення США
      // засудили" — the decision is condemned, the US is no subject)
      const before = !isNoun && this.is(i, F_PLURAL) ? this.subjectBefore(i, cr) : [];
      const impersonal = !isNoun && !w.crowd && this.is(i, F_PLURAL) && (!before.length || (before.length === 1 && this.ofThing(before[0]!))) ? this.locativeSource(cr, i) : [];
      // ("поліцейські розігнали демонстрацію": a protest that is the object of a coercion is not its subject's)
      const coerced = isNoun && entry.type === 'PROTEST' && this.coercedObject(i, cr);
      if (impersonal.length) {
        w.source = impersonal;
        // ("У понеділок у Вінниці затримали трьох …, повідомили в Державному бюро розслідувань": a detention told in
        // the impersonal at a town is the reporting body's, not the town's)
        if (impersonal.length === 1 && this.C.L.reportingAgentTypes?.includes(entry.type) && this.isPlace(impersonal[0]!) && !this.isState(impersonal[0]!)) {
          const body = this.trailingReportingBody(i);
          if (body !== -1) w.source = [body];
        }
      }
      // ("ударів по позиціях хуситів Вашингтон поки не завдавав": a fronted noun, its light verb's subject between them)
      else if (!inPp && !coerced) {
        const fronted = isNoun ? this.subjectBeforeLight(i, cr) : [];
        // ("У Міноборони Туреччини заявили, що удару завдали сирійські дрони": the weapon's state after the light verb
        // before a subject borrowed from the reporting clause)
        const afterLight = isNoun && !fronted.length ? this.subjectAfterLight(i, cr, entry) : [];
        w.source = fronted.length ? fronted : afterLight.length && !this.subjectBefore(i, cr).length ? afterLight : this.subject(i, cr);
      }
      // "удару завдали українські морські дрони": the subject after the noun's light verb, before any borrowed one.
      if (!w.source.length && !inPp && isNoun && !coerced) w.source = this.subjectAfterLight(i, cr, entry);
      // A noun or an infinitive / adverbial participle takes the subject of the sentence's main clause.
      if (!w.source.length && !inPp && !coerced && (isNoun || this.is(i, F_INFX | F_ADVP | F_ADJ)) && !this.relativeAntecedent(cr)) {
        for (let c = this.v.clause[i]! - 1; c >= 0 && this.v.clauses[c]!.sentence === t.sentence; c--) {
          const rng = this.v.clauses[c]!;
          if (this.C.relatives.has(this.lem(rng.start))) continue;
          // (not the source named in an attribution: "Як повідомляє Reuters, переговори …")
          if (this.attributionClause(rng)) break;
          const s = this.subject(rng.end, rng);
          if (s.length) { w.source = s; break; }
        }
      }
      if (!w.source.length && isNoun) {
        // "Про вихід з угоди оголосили Литва, Латвія …": the subject after the clause's verb.
        for (let k = i + 1; k < cr.end; k++) {
          if (this.is(k, F_VERB) && !this.is(k, F_INFX | F_ADVP)) {
            // ("Під час візиту до Анкари глава МЗС України Андрій Сибіга обговорив …": or the subject before it, for
            // an act told as the time of the clause's own — not "Через обстріл Запорізька ТЕС зупинила роботу")
            const during = i >= 2 && (this.C.L.during ?? []).some(([p, n]) => this.lem(i - 2) === p && this.lem(i - 1) === n);
            for (let m = k - 1; during && m > i && !w.source.length; m--) {
              const a = this.actorIdx(m);
              if (a !== -1 && this.v.actors[a]!.s === m && this.v.governedBy[m] === null && this.v.actors[a]!.case === 'naz') w.source = [a];
            }
            if (w.source.length) break;
            // "обмежень проти «Росатому» ЄС знову не запровадив": the object fronted, the subject right before its
            // light verb
            if (this.C.light.has(this.lem(k)) || entry.requires?.includes(this.lem(k))) {
              let m = k - 1;
              while (m > i && this.is(m, F_POS_ADV | F_POS_PART)) m--;
              const a = m > i ? this.actorIdx(m) : -1;
              if (a !== -1 && this.v.actors[a]!.e === m + 1 && this.v.governedBy[this.v.actors[a]!.s] === null && (this.v.actors[a]!.case === 'naz' || this.v.actors[a]!.case === 'any')) {
                w.source = [a];
                break;
              }
            }
            for (let m = k + 1; m < cr.end && m < k + 4; m++) {
              const a = this.actorIdx(m);
              if (a !== -1 && this.v.governedBy[m] === null && (this.v.actors[a]!.case === 'naz' || this.v.actors[a]!.case === 'any')) { w.source = this.coordinated(a, cr.end); break; }
            }
            break;
          }
        }
      }
      // ("…, що ракети влучили в …": a weapon as the subject is no reporter's act — its user is the attacker)
      // (a protest named by its noun with no side named has none: "Протести у Тбілісі тривають", the README's own case)
      if (!w.source.length && !w.crowd && !this.weaponSubject(i, cr) && !(isNoun && entry.type === 'PROTEST')) {
        w.source = this.locativeSource(cr, i);
        // (nor what a reported clause's own subject does: "У Силах … уточнили, що завод постачає модулі")
        if (!w.source.length && !this.thingSubject(i, cr)) w.source = this.locativeSource({ start: sr.start, end: sr.end }, i);
      }
    }
  }

  /** The source as it stands: a reported act's body or reporter, a quotation's speaker, the discourse, a co-agent. */
  private sourceDone(w: DraftWork): void {
    const { entry, i, cr, isNoun, passive, spoken } = w;
    // "Командувач Сил безпілотних систем Роберт Бровді наголосив, що удари … триватимуть": an act named by a noun in
    // the reported clause, with no author of its own, is that of the body the speaker heads, not the speaker's.
    // Nor, as the subject of that clause ("Келлог заявив, що удар «перетнув …»"), the speaker's own act.
    if (isNoun && !w.ownSource && !this.C.verbal.has(entry.type) && w.source.length && w.source.every((a) => this.v.actors[a]!.s < cr.start)
      && this.is(cr.start, F_SUBORD)) {
      const body = w.source.length === 1 && this.v.actors[w.source[0]!]!.person ? this.bodyOfPerson(w.source[0]!) : -1;
      if (body !== -1) w.source = [body];
      else if (this.v.cases[i] === 'naz') w.source = [];
    }
    if (this.C.verbal.has(entry.type)) {
      const rep = this.reporter(i);
      // (not when the subject is a side named as such — "заявив, що російська сторона відмовилася": one speaks so of
      // the other side, not for one's own)
      const sideNoun = w.source.some((a) => { const x = this.v.actors[a]!; return !!x.group && this.C.parties.has(this.lem(x.e - 1)); });
      if (rep.length && rep.some((a) => this.v.actors[a]!.person) && !w.source.some((a) => this.v.actors[a]!.person) && !sideNoun) w.source = rep;
      // "Кремль відкинув …, заявив речник російського президента Дмитро Пєсков": a person of the subject's own state
      // reporting after the act speaks for it.
      else if (!rep.length && w.source.length === 1 && !this.v.actors[w.source[0]!]!.person) {
        const p = this.trailingReporter(i);
        const st = this.stateOf(w.source[0]!);
        const ps = p === -1 ? null : this.countryOfPerson(p);
        if (p !== -1 && st !== null && ps !== null && this.v.actors[st]!.name === this.v.actors[ps]!.name) w.source = [p];
      }
    }
    // (a noun in a quotation names an act, not the speaker's doing: "«Атаки на підстанції неприпустимі»")
    // (not when a weapon is the verb's subject: "«Ракета влучила в причал», – повідомив X" tells the hit, not X's act)
    if (!w.source.length && this.v.inQuote[i] && !isNoun && !this.weaponSubject(i, cr)) {
      w.source = this.quoteSpeaker(i);
      if (w.source.length) w.how = 'explicit';
    }
    // ("Обидва лідери висловили Орбанові підтримку": "both" and a plural noun as the subject are the two persons last
    // named together)
    // (also over a plural role noun the linking read as one person: "лідери" as the prime minister named before)
    if (!passive) {
      const both = this.bothSubject(i, cr);
      // (the phrase opens the clause: whatever else was taken for its subject — a name after the verb, one borrowed
      // from before — is not)
      if (both.length) w.source = both;
    }
    // ("За його словами, вчора на Покровський напрямок було перекинуто резерви": forces moved, told in the impersonal
    // by a commander, are those of the military body whose title introduced the speaker)
    if (!w.source.length && passive && this.C.L.reporterSideTypes?.includes(entry.type)) {
      const sp = this.indirectSpeaker(i);
      const body = sp !== -1 ? this.bodyOfPerson(sp) : -1;
      // (else the state of the title of an official telling it: "запроваджено воєнний стан", said by a prime minister)
      const state = sp !== -1 && body === -1 ? this.stateOfTitle(sp) : -1;
      if (body !== -1 || state !== -1) w.source = [body !== -1 ? body : state];
    }
    if (!w.source.length && this.lastSubject.length && !passive && !spoken && !this.commonSubject(i, cr) && !this.C.L.defaultSource[entry.type] && !this.actAsSubject(i, isNoun)) {
      w.source = this.lastSubject;
      w.how = 'discourse';
    }
    if (!w.source.length) w.how = 'none';
    // "Разом із президентом X вони вимагали …": the co-agent acts too.
    // (also of a noun whose verb comes after the co-agent: "Польща разом із Литвою запровадила санкції")
    if (w.source.length) {
      for (let k = cr.start; k + 1 < i; k++) {
        if (this.lem(k) !== 'разом' || !WITH.has(this.low(k + 1))) continue;
        if (isNoun && !this.verbBetween(k + 2, i)) break;
        const co = this.resolveNp(k + 2, i, 'oru').filter((a) => !w.source.includes(a));
        w.source = [...w.source, ...co];
        break;
      }
    }
  }

  /** The target from the entry's slots (after the trigger, before it, in a relative clause after a noun). */
  private slotTargets(w: DraftWork): void {
    const { entry, i, cr, sr, isNoun } = w;
    const exclude = new Set(w.source);
    w.exclude = exclude;
    let slots = entry.target ?? [];
    if (this.dualTarget(w)) return;
    // "відмовився передати Україні …": the refused act's recipient; "відмовилася приєднатися до пакета санкцій ЄС",
    // "відмовився підтримати старт переговорів для Києва": the body of what was refused, the one it was for.
    if (entry.type === 'REJECT' && this.is(i + 1, F_INF)) slots = ['dav', ...(this.C.L.joinVerbs?.includes(this.lem(i + 1)) ? ['до+rod'] : []), 'для+rod', ...slots];
    // "назвав удари по НПЗ «терористичними»": an act named as its object accuses its author (accuseTargets), not what
    // the act was aimed at
    if (entry.type === 'ACCUSE' && !isNoun && this.C.L.namingVerbs.includes(this.lem(i))) {
      for (let k = i + 1; k < cr.end && k <= i + 3; k++) {
        if (!this.is(k, F_NOUN)) continue;
        // (unless the label names the author itself: "назвав депортацію дітей «злочином Кремля»")
        let labelled = false;
        for (let m = k + 1; m < cr.end && !labelled; m++) {
          const a = this.v.inQuote[m] === 1 ? this.actorIdx(m) : -1;
          labelled = a !== -1 && !this.v.actors[a]!.person;
        }
        if (!labelled && this.v.actorAt[k] === -1 && (this.C.L.actNouns[this.lem(k)] || this.C.byLemma.get(this.lem(k))?.some((e) => e.pos === 'noun' && e.type !== 'ACCUSE' && this.C.hostile.has(e.type)))) return;
        break;
      }
    }
    // (two sides that agreed together are each other's partners: "Данія та Канада підписали угоду про обмін
    // розвідданими щодо руху російських і китайських суден" names no Chinese party)
    this.demonymTargets = this.C.L.demonymTargetTypes.includes(entry.type) && !(SYMMETRIC.has(entry.type) && w.source.length > 1);
    this.demonymAnimate = !!this.C.L.demonymTargetAnimateTypes?.includes(entry.type);
    this.symmetricSlot = SYMMETRIC.has(entry.type);
    this.slotGov = isNoun && this.v.governedBy[i] !== null ? this.v.governor[i]! : -1;
    // ("закликав жителів прикордонних сіл виїхати", "жителів сіл Сіверської громади": people named by their noun and a
    // genitive of common words, as a group in the nominative with the words after it as written — before the slots
    // take the place those words end in)
    if (!isNoun && entry.type === 'REQUEST' && i + 2 < cr.end) {
      const residents = this.peopleWithTail(i + 1, cr.end, this.C.L.residentNouns);
      let g = residents !== -1 ? residents : this.followersOf(i + 1, cr.end);
      // ("Ерміні закликав своїх прихильників": the followers of the one who calls, by his name in the genitive)
      if (g === -1 && w.source.length === 1 && this.low(i + 1) === 'своїх' && this.is(i + 2, F_NOUN) && this.is(i + 2, F_PLURAL) && !!this.C.L.followerNouns?.includes(this.lem(i + 2))) {
        const who = this.v.actors[w.source[0]!]!;
        const gen = who.person && who.entity ? this.genitiveName(who.entity) : null;
        const head = gen ? this.C.L.inflect?.(this.lem(i + 2).toLowerCase(), 'noun:p:v_naz') : null;
        if (gen && head) g = this.v.actors.push(newActor({ s: i + 1, e: i + 3, name: `${head} ${gen}`, type: 'ORG', case: this.v.cases[i + 2] ?? 'any', person: false, group: true })) - 1;
      }
      if (g !== -1) slots = [];
      if (g !== -1) w.target = [g];
    }
    for (const slot0 of slots) {
      // A noun governs no bare accusative: its object is in the genitive ("обстріл Харкова"); a nominative after
      // it is the subject of its clause ("через атаку Запорізька АЕС була …").
      const slot = isNoun && slot0 === 'zna' ? 'rod' : slot0;
      w.target = this.findSlot(slot, i + 1, cr.end, exclude);
      if (!w.target.length && isNoun && slot === 'dav') w.target = this.findSlot(slot, Math.max(cr.start, i - 3), i, exclude);
      // (not before a participle: the noun it follows is what was handed over — "винищувачі F-16, передані Данією")
      if (!w.target.length && !isNoun && !this.is(i, F_ADJP)) {
        // Before the verb a nominative is its subject — unless the subject stands after the verb: then the phrase
        // before it is the object whatever case its form reads as ("Рішення Лондона привітав міністр …").
        const subjectAfter = w.source.length > 0 && w.source.every((a) => this.v.actors[a]!.s > i && this.v.actors[a]!.s < cr.end);
        // (an impersonal form has no subject: the phrase before it is its object — "Порт Ізмаїл було атаковано")
        this.strictCase = !subjectAfter && !this.is(i, F_IMPERS);
        // (not inside the subject and its title: "представниця Президента України … Ольга Куришко засудила")
        let from = cr.start;
        for (const a of w.source) {
          const x = this.v.actors[a]!;
          if (x.s < i && x.e <= i && x.s >= cr.start) from = Math.max(from, x.e);
        }
        // (nor the body of a nominative title that stood for its person: "Гендиректор МАГАТЕ знову закликав")
        for (let k = cr.start; k < i && k < cr.start + 3; k++) {
          if (!this.roles.has(this.lem(k)) || this.v.cases[k] !== 'naz') continue;
          const b = this.v.actorAt[k + 1]!;
          if (b !== -1 && this.v.actors[b]!.e <= i && w.source.length && !w.source.includes(b)) from = Math.max(from, this.v.actors[b]!.e);
        }
        w.target = this.findSlot(slot, from, i, exclude);
        this.strictCase = false;
      }
      if (w.target.length) break;
    }
    this.slotGov = -1;
    this.symmetricSlot = false;
    // ("провів саміт … за участі президента Володимира Зеленського та генерального секретаря НАТО Марка Рютте": those
    // taking part in a meeting its host held are its partners)
    if (!w.target.length && isNoun && entry.type === 'CONSULT') {
      for (let k = i + 1; k + 2 < cr.end && k <= i + 10; k++) {
        if (!this.C.L.participationPreps?.includes(this.low(k)) || !this.C.L.participation.includes(this.lem(k + 1))) continue;
        w.target = this.resolveNp(k + 2, cr.end, 'rod').filter((a) => !w.source.includes(a));
        break;
      }
    }
    // ("висловив співчуття родинам загиблих": the families condoled with, as a group; "виділить по мільйону гривень
    // кожній родині загиблих": the families aided)
    if ((!w.target.length || (entry.type === 'AID' && w.target.every((a) => this.isState(a) && this.v.actors[a]!.s < i))) && (entry.type === 'SUPPORT' || entry.type === 'AID') && this.C.L.kinNouns) {
      for (let k = i + 1; k + 1 < cr.end && k <= i + 8; k++) {
        if (!this.C.L.kinNouns.includes(this.lem(k)) || this.v.cases[k] !== 'dav') continue;
        // (not when an assurance follows with its own addressee: "висловила співчуття родинам загиблих і запевнила
        // українців …" is told to them)
        let more = false;
        // (an assurance with an addressee of its own: "запевнила українців" — not "запевнила, що Україна …")
        for (let m = k + 1; m < this.sentenceRange(i).end && !more; m++) {
          more = this.is(m, F_VERB) && !!this.C.byLemma.get(this.lem(m))?.some((e) => e.type === 'SUPPORT') && m + 1 < this.sentenceRange(i).end
            && (this.v.actorAt[m + 1] !== -1 || (this.is(m + 1, F_NOUN) && this.is(m + 1, F_ANIM)));
        }
        // (nor condolences a call was made for: "зателефонував Зеленському, щоб висловити співчуття родинам загиблих" is
        // told to the one called, as the founding gold articles have it)
        if (cr.start > 0 && this.C.L.purposeWords?.includes(this.low(cr.start)) && this.sentenceFound?.some((o) => o.type === 'CONSULT' && o.target.length > 0)) more = true;
        const g = more ? -1 : this.peopleWithTail(k, cr.end, this.C.L.kinNouns);
        if (g !== -1) w.target = [g];
        break;
      }
    }
    if (!w.target.length && isNoun) {
      // "По Сумах було завдано ракетного удару": a prepositional object fronted before the light verb of the noun.
      // (the light verb up to seven words before the noun: "завдала по Києву одного з наймасованіших ударів")
      for (let k = i - 1; k >= cr.start && k >= i - 7; k--) {
        if (!this.C.L.lightVerbs.includes(this.lem(k))) continue;
        // (the object also between the light verb and the noun)
        for (const slot of slots.filter((x) => x.includes('+'))) {
          w.target = this.findSlot(slot, cr.start, k, exclude);
          if (!w.target.length) w.target = this.findSlot(slot, k + 1, i, exclude);
          if (w.target.length) break;
        }
        break;
      }
    }
    if (!w.target.length && isNoun) {
      // "пакет санкцій, який Лондон запровадив проти танкерів російського флоту": the relative clause's slots.
      for (let k = i + 1; k < sr.end && k < i + 4; k++) {
        if (!this.C.relatives.has(this.lem(k))) continue;
        const rc = this.clauseRange(k);
        this.demonymTargets = this.C.L.demonymTargetTypes.includes(entry.type);
        for (const slot of slots.filter((x) => x.includes('+'))) {
          w.target = this.findSlot(slot, k + 1, rc.end, exclude);
          if (w.target.length) break;
        }
        break;
      }
    }
  }

  /** A lower-case form that begins with a role noun of four letters or more ("прем’єрами", read as "прем’єра"). */
  private roleByForm(low: string): boolean {
    for (const r of this.roles) if (r.length >= 4 && low.startsWith(r)) return true;
    return false;
  }

  /**
   * "із президентами Литви, Латвії та Естонії Гітанасом Наусєдою, Едгарсом Рінкевичем і Аларом Карісом": states or
   * bodies in the genitive inside a title, with the persons of the title named right after them, stand for those
   * persons. Otherwise the actors as found.
   */
  private titledPersons(found: number[], end: number): number[] {
    let last = -1;
    for (const a of found) {
      const x = this.v.actors[a]!;
      // (a later conjunct's form may read as another case: "Латвії та Естонії" with "Естонії" as a dative)
      if (x.person || (a === found[0] ? x.case !== 'rod' && x.case !== 'any' : x.case === 'naz' || x.case === 'zna' || x.case === 'oru')) return found;
      last = Math.max(last, x.e);
    }
    const first = this.v.actors[found[0]!]!.s;
    // (by lemma, or by form where the tagger took another lemma: "прем’єрами" read as "прем’єра")
    if (first < 1 || last >= end || !(this.roles.has(this.lem(first - 1)) || this.roleByForm(this.low(first - 1)))) return found;
    const p = this.personStartingAt(last);
    return p === -1 ? found : this.coordinated(p, end);
  }

  /** The person actor that starts at token k (named right after a title's state or body), or -1. */
  private personStartingAt(k: number): number {
    const p = this.v.actorAt[k] ?? -1;
    return p !== -1 && this.v.actors[p]!.person && this.v.actors[p]!.s === k ? p : -1;
  }

  /**
   * "подякував обом делегаціям": a group of two sides right after a verb is both sides of the last act between two
   * parties (not the actor itself; a visit to a city is no such act: "приїхали до Стамбула").
   */
  private dualTarget(w: DraftWork): boolean {
    const { i, cr, isNoun } = w;
    // (a noun's partner with "з" anywhere in its clause: "провели з обома сторонами закриті консультації")
    const from = isNoun ? cr.start + 1 : i + 1;
    const to = isNoun ? cr.end : Math.min(cr.end, i + 3);
    for (let k = from; k < to; k++) {
      if (isNoun && !WITH.has(this.lem(k - 1))) continue;
      // ("привітав зусилля трьох союзників": the parties of the last act among three)
      let sides = this.groupSides(k);
      if (!sides.length) {
        if (!this.dualSides(k)) continue;
        const p = (this.C.roles.has(this.lem(k + 1)) ? this.lastPersonSides : null) ?? this.lastSides;
        if (!p) return false;
        sides = [...p.source, ...p.target];
      }
      const own = new Set(w.source.map((a) => this.v.actors[a]!.name));
      w.target = sides.filter((a) => !own.has(this.v.actors[a]!.name));
      return w.target.length > 0;
    }
    return false;
  }

  /** "трьох союзників": a numeral of three or more before a plural noun of sides — the parties of the last act among that many. */
  private groupSides(k: number): number[] {
    const G = this.C.L.groupOf;
    const count = G?.numerals[this.lem(k).toLowerCase()];
    if (!G || !count || !this.v.tokens[k + 1] || this.sents[k + 1] !== this.sents[k] || this.v.actorAt[k + 1] !== -1) return [];
    if (!this.is(k + 1, F_NOUN) || !this.is(k + 1, F_PLURAL) || !G.nouns.includes(this.lem(k + 1))) return [];
    return this.lastMany.get(count) ?? [];
  }

  /** A place that came under the act; the state the rejected words are called after; the last consultation's sides. */
  private placeTargets(w: DraftWork): void {
    const { entry, i, cr, sr, isNoun, gv } = w;
    // ("Одеса зазнала атаки", "Під удар … потрапила ТЕС": the subject of the verb the act came upon, before or after)
    if (w.sufferedAt !== -1) w.target = this.subject(w.sufferedAt, cr).filter((a) => !w.source.includes(a));
    // "Харків знову потрапив під удар керованих авіабомб": the subject of coming under the act is its target.
    if (!w.target.length && isNoun && this.C.hostile.has(entry.type) && gv > 0 && this.C.L.underPreps.includes(this.v.governedBy[i] ?? '')) {
      let k = gv - 1;
      while (k >= cr.start && this.is(k, F_POS_ADV | F_POS_PART)) k--;
      if (k >= cr.start && this.C.L.underVerbs.includes(this.lem(k))) {
        const s2 = this.subject(k, cr).filter((a) => !w.source.includes(a));
        if (s2.length) w.target = s2;
      }
    }
    // "відкинув твердження, назвавши їх «російською дезінформацією»": the state the rejected words are called after.
    if (!w.target.length && (entry.type === 'REJECT' || entry.type === 'ACCUSE')) {
      for (let k = i + 1; k < sr.end && !w.target.length; k++) {
        if (!this.is(k, F_ADVP0) || !this.C.L.namingVerbs.includes(this.lem(k))) continue;
        for (let m = k + 1; m < sr.end && m < k + 8; m++) {
          const st = this.C.L.demonyms[this.lem(m)];
          if (st && this.is(m, F_ADJ)) {
            const d = this.demonymActor(m, st);
            if (!w.source.some((a) => this.v.actors[a]!.name === st)) w.target = [d];
            break;
          }
        }
      }
    }
    // "…, за даними джерел, не обговорювали": a plural consultation verb with no subject and no partner is the
    // sides of the last consultation talking again.
    // (also when the subject is one side of it, as the sides' plural noun gives: "Міністри домовилися …, а … не
    // порушували")
    const lc = this.lastConsult;
    if (!w.target.length && entry.type === 'CONSULT' && !isNoun && this.is(i, F_PLURAL) && lc
      && (w.how !== 'explicit' || (w.source.length === lc.source.length && w.source.every((a, k) => this.v.actors[a]!.name === this.v.actors[lc.source[k]!]!.name)))) {
      w.source = lc.source;
      w.target = lc.target;
      w.how = 'explicit';
    }
  }

  /** A body whose meeting is requested; bare "partners"; the parties, the meeting's body, the proposal's author. */
  private partnerTargets(w: DraftWork): void {
    const { entry, i, t, cr, isNoun } = w;
    // "звернулися з проханням скликати засідання Ради Безпеки ООН": a request for a meeting of a body is addressed to it.
    if (!w.target.length && entry.type === 'REQUEST') {
      for (let k = i + 1; k < cr.end && k < i + 10; k++) {
        if (!this.is(k, F_NOUN) || this.v.actorAt[k] !== -1 || !this.C.byLemma.get(this.lem(k))?.some((e) => e.type === 'CONSULT' && e.pos === 'noun')) continue;
        let m = k + 1;
        while (m < cr.end && this.is(m, F_ADJ) && this.v.actorAt[m] === -1) m++;
        const a = m < cr.end ? this.actorIdx(m) : -1;
        if (a !== -1 && this.v.actors[a]!.s === m && (this.v.actors[a]!.case === 'rod' || this.v.actors[a]!.case === 'any') && !w.source.includes(a)) w.target = [a];
        break;
      }
    }
    // "Він також закликав партнерів …": bare "partners" are those the actor last consulted.
    if (!w.target.length && !isNoun && w.source.length && this.lastConsult) {
      const lc = this.lastConsult;
      const same = w.source.every((a) => lc.source.some((b) => this.v.actors[b]!.name === this.v.actors[a]!.name));
      for (let k = i + 1; k < cr.end && k <= i + 2 && same; k++) {
        if (!this.C.L.partnerNouns.includes(this.lem(k)) || !this.is(k, F_NOUN)) continue;
        const nx = this.v.tokens[k + 1];
        if (nx && nx.sentence === t.sentence && (this.v.actorAt[k + 1] !== -1 || (isNounLike(nx) && this.v.cases[k + 1] === 'rod'))) break;
        w.target = lc.target.filter((a) => !w.source.includes(a));
        break;
      }
    }
    // (the sides act with each other, whatever the act's content names: "лідери підписали декларацію про пошук жертв
    // Волинської трагедії")
    if (w.partiesTarget.length && (!w.target.length || this.C.L.mutualTypes?.includes(entry.type))) w.target = w.partiesTarget;
    if (w.participantTarget.length && !w.target.length) w.target = w.participantTarget;
    if (!isNoun && this.C.L.proposalTypes.includes(entry.type)) {
      // (the maker named in the object before any other party the slots found: "відкинув запропонований Єврокомісією
      // кредит …, більшість якого зберігається в депозитарії Euroclear")
      const made = this.objectMaker(i, cr.end, w.source);
      if (made.length) w.target = made;
      else if (!w.target.length) w.target = this.proposalAuthor(i, cr.end, w.source);
    }
    // ("Токіо не запроваджуватиме дзеркальних обмежень": a mirror act answers the last act of its kind aimed at its
    // author — the target is that act's author)
    if (!w.target.length && w.source.length) {
      let mirror = false;
      for (let k = i; k >= cr.start && k >= i - 3 && !mirror; k--) mirror = !!this.C.L.mirrorWords?.includes(this.lem(k));
      for (let k = i + 1; k < cr.end && k <= i + 2 && !mirror; k++) mirror = !!this.C.L.mirrorWords?.includes(this.lem(k));
      const last = mirror ? this.lastByType.get(entry.type) : undefined;
      const mine = new Set(w.source.map((a) => this.stateName(a)));
      // (a state answers a state: "Міністерство комерції КНР" is answered as China)
      if (last && last.target.some((a) => mine.has(this.stateName(a)))) w.target = packedMap(last.source.filter((a) => !w.source.includes(a)), (a) => (this.v.actors[a]!.person ? a : this.stateOf(a) ?? a));
    }
  }

  /** The name of the state an actor stands for (itself when none is known). */
  private stateName(a: number): string {
    const st = this.stateOf(a);
    const name = this.v.actors[st ?? a]!.name;
    // (a capital stands for its state)
    return this.C.capitalsLower.get(name.toLowerCase()) ?? name;
  }

  /** The place attacked; the host a visit met; the side a threat's condition is put to. */
  private visitTargets(w: DraftWork): void {
    const { entry, i, cr, sr } = w;
    const exclude = w.exclude!;
    if (!w.target.length && entry.type === 'ASSAULT') {
      // "атакували … завод у Рязані": the place named for the object.
      for (let k = i + 1; k < cr.end; k++) {
        const a = this.actorIdx(k);
        // (or near it, the first place named: "штурм позицій поблизу Лимана на Донеччині" → Лиман)
        const g = this.v.governedBy[k] ?? '';
        // (a named facility too: "склад … на військовому аеродромі Борисоглєбськ" → аеродром Борисоглєбськ)
        if (a !== -1 && (this.v.actors[a]!.type === 'LOC' || this.facility(a)) && !this.v.actors[a]!.group && (this.C.locPreps.has(g) || this.C.L.nearPreps.includes(g)) && !this.waterBody(a)) { w.target = [a]; break; }
      }
    }
    if (entry.type === 'CONSULT' && this.modeFor(entry.type, i, entry) === 'visit') {
      // A visit's target is the host met ("прибув до Києва, де зустрівся з X"), else the host country.
      // (the slot's "з" takes "із" and "зі" too: prepositionVariants)
      const met = this.findSlot('з+oru', i + 1, sr.end, exclude).filter((a) => this.v.actors[a]!.person);
      if (met.length) w.target = met;
      else {
        // ("прибув до Канберри … на запрошення свого колеги X": who invited the visitor hosts him)
        const host = this.invitedBy(i, sr.end, exclude);
        if (host !== -1) w.target = [host];
      }
    }
    if (!w.target.length && entry.type === 'THREATEN') {
      // "пригрозив …, якщо Москва не …": the side the condition is put to.
      for (let k = i + 1; k < sr.end; k++) {
        if (this.C.conditionals.has(this.lem(k))) {
          const rc = this.clauseRange(k);
          const s = this.subject(rc.end, { start: k + 1, end: rc.end });
          if (s.length) { w.target = s; break; }
          for (let m = k + 1; m < rc.end; m++) {
            if (this.is(m, F_NOUN) && this.v.cases[m] === 'naz') {
              w.target = this.resolveNp(m, rc.end, 'naz');
              break;
            }
          }
          // ("якщо з території Афганістану знову нападуть": an impersonal act's origin is the side put to)
          for (let m = k + 1; m + 1 < rc.end && !w.target.length; m++) {
            if (!this.C.L.originPreps.includes(this.low(m))) continue;
            const n = this.C.L.territoryNouns?.includes(this.lem(m + 1)) ? m + 2 : m + 1;
            const a = this.actorIdx(n);
            if (a !== -1 && this.v.actors[a]!.s === n && !this.v.actors[a]!.person && !this.cityLike(a)) w.target = [a];
          }
          break;
        }
      }
      // ("Пекін вимагає від Токіо …, інакше … Китай «рішуче відповість»": a threat after "інакше" is aimed at whom the
      // demand before it is put to)
      for (let k = i - 1; k > sr.start && !w.target.length; k--) {
        if (!this.C.L.otherwiseWords?.includes(this.low(k))) continue;
        // (the addressee after the demand's verb: "вимагає від Токіо", "закликала Сеул")
        for (let j = sr.start; j < k && !w.target.length; j++) {
          if (!this.C.request.has(this.lem(j)) || !this.is(j, F_VERB)) continue;
          for (let m = j + 1; m < k && m <= j + 3; m++) {
            const a = this.actorIdx(m);
            if (a !== -1 && this.v.actors[a]!.s === m && !w.source.includes(a)) { w.target = [a]; break; }
          }
        }
        break;
      }
      // ("пригрозив завдати ударів по позиціях картелів на території Мексики": the state whose land a threatened
      // attack would hit — not the host of weapons placed there, so only after an attack's word)
      let attack = false;
      for (let k = i + 1; k + 2 < cr.end && !w.target.length; k++) {
        if (this.C.byLemma.get(this.lem(k))?.some((e) => e.type === 'ASSAULT')) attack = true;
        if (!attack || !this.C.L.territoryPreps?.includes(this.low(k)) || !this.C.L.territoryNouns?.includes(this.lem(k + 1))) continue;
        const a = this.actorIdx(k + 2);
        if (a !== -1 && this.v.actors[a]!.s === k + 2 && !this.v.actors[a]!.person && !this.cityLike(a)) w.target = [a];
      }
    }
  }

  /** The actor after "на запрошення" in tokens (i, end): a person first, else a body or state; -1 when none. */
  private invitedBy(i: number, end: number, exclude: ReadonlySet<number>): number {
    for (let k = i + 1; k + 2 < end; k++) {
      if (this.low(k) !== 'на' || !this.C.L.invitationNouns?.includes(this.lem(k + 1))) continue;
      for (let m = k + 2; m < end && m <= k + 8; m++) {
        if (this.texts[m] === ',' || this.is(m, F_POS_VERB)) break;
        const a = this.actorIdx(m);
        if (a !== -1 && !exclude.has(a) && !this.v.actors[a]!.group && !this.cityLike(a)) return a;
      }
      break;
    }
    return -1;
  }

  /** The nominative actor opening the purpose clause right after token i ("…, щоб Москва вивела"), not one of `not`. */
  private purposeSubject(i: number, not: number[]): number[] {
    let j = i + 1;
    if (this.texts[j] === ',') j++;
    if (!this.v.tokens[j] || this.sents[j] !== this.sents[i] || !this.C.L.purposeWords?.includes(this.low(j))) return [];
    for (let k = j + 1; k < j + 5 && this.v.tokens[k] && this.sents[k] === this.sents[i]; k++) {
      if (this.is(k, F_POS_VERB)) return [];
      const a = this.actorIdx(k);
      if (a === -1 || this.v.governedBy[k] !== null || not.includes(a)) continue;
      const x = this.v.actors[a]!;
      return x.s === k && (x.case === 'naz' || x.case === 'any') ? [a] : [];
    }
    return [];
  }

  /** The draft from its arguments: a reported obligation, two-sided acts, mode, place, negation; null when no event. */
  private draftEnd(w: DraftWork): Draft | null {
    const { entry, i, t, cr, isNoun, type } = w;
    let { source, target, modality } = w;
    // ("за даними газети The Washington Post, Москва передала": who reports it is no side of the act)
    if (source.length > 1) {
      const own = source.filter((a) => !this.inAttribution(this.v.actors[a]!.s));
      if (own.length) source = own;
    }
    // "Україна отримала від Данії …": the giver is in the slot, the subject receives
    if (entry.recipientSubject) {
      // (with no giver named, receiving is no act between parties: "Україна отримає ще 40 генераторів")
      if (!target.length) return null;
      [source, target] = [target, source];
    }
    // "Попередній обмін відбувся …", "наступний етап обміну", "Наступну конференцію": another act of the kind, between
    // the sides of the last one unless it names its own; the next one is planned.
    const sequel = isNoun ? this.sequelAdjective(i, cr) : null;
    if (sequel) {
      // (talks with no talks before them: between the sides of the last agreement or joint act — "домовилися про
      // перемир’я … наступний раунд переговорів призначено")
      let pair: Draft | null = null;
      if (SYMMETRIC.has(type)) for (const t2 of SYMMETRIC) { const o = this.lastByType.get(t2); if (o && (!pair || o.trigger > pair.trigger)) pair = o; }
      const sides = pair ? new Set([...pair.source, ...pair.target].map((a) => this.v.actors[a]!.name)) : null;
      const last = this.lastByType.get(type) ?? (sides && source.every((a) => sides.has(this.v.actors[a]!.name)) ? pair : null);
      if (last && !target.length && !w.ownSource) {
        source = last.source;
        target = last.target;
        w.how = 'explicit';
      }
      if (sequel === 'next' && modality === 'occurred') modality = 'planned';
    }
    // "до британських обмежень приєдналися Канада та Нова Зеландія": against the target of the act joined
    if (entry.joinsLast && !target.length) {
      const last = this.lastByType.get(type);
      if (last) target = last.target.filter((a) => !source.includes(a));
    }
    // "вимагає, щоб Москва вивела війська": a request's addressee is the subject of the purpose clause after it
    if (type === 'REQUEST' && !isNoun && !target.length) target = this.purposeSubject(i, source);
    // "китайська сторона відпустила рибалок" after their detention: the release is toward whom the detention was aimed
    if (entry.undoesLast && !target.length) {
      const last = this.lastByType.get(entry.undoesLast);
      if (last) target = last.target.filter((a) => !source.includes(a));
    }
    const how = w.how;
    // (a sequel is an act of its own: kept apart from the one it follows, like a gapped act)
    const own = (d: Draft): Draft => {
      if (sequel) d.gapped = true;
      return d;
    };
    // "X наголошує, що Росія й Україна мають піти на поступки": the speaker's request of the clause's subject.
    if (type === entry.type && this.C.L.obligationTypes.includes(type) && source.length && this.obligedBefore(i)) {
      const rep = this.reporter(i).filter((a) => !source.includes(a));
      if (rep.length) {
        return newDraft('REQUEST', undefined, rep, source, 'explicit', i, i + 1, entry, t.sentence, this.negatedAt(i), 'requested', null, false, false, false, false, undefined);
      }
    }
    if (!target.length && source.length > 1 && this.C.twoSided.has(entry.type) && how === 'explicit' && !this.C.L.jointVerbs.includes(this.lem(i))) {
      // "Україна та Росія провели обмін": the first-named side is the source, the other the target.
      target = source.slice(1);
      source = source.slice(0, 1);
    }
    let how2 = how;
    if (this.kindRef && !target.length && how !== 'explicit') {
      source = this.kindRef.source;
      target = this.kindRef.target;
      how2 = 'discourse';
    }
    if (this.kindRef && !target.length) return null;
    // (a mention that only refers back to a kind first named as not done is no act between its sides: "обмежень проти
    // «Росатому» ЄС не запровадив … нові обмеження вдарять по економіках")
    if (this.kindRef && how2 === 'discourse' && this.kindRef.negated) return null;
    if (isNoun && !target.length && how2 !== 'explicit' && !this.C.noTarget.has(entry.type)) return null;
    // ("Орбан на мітингу в Дебрецені звинуватив …": a rally where one person speaks is the setting of what they say, no
    // protest of theirs)
    if (entry.type === 'PROTEST' && isNoun && this.C.L.settingPreps?.includes(this.v.governedBy[i] ?? '') && this.v.cases[i] === 'mis'
      && source.length === 1 && this.v.actors[source[0]!]!.person) return null;
    // "Зеленський підписав документ": one side signing with no partner is not an agreement between actors.
    if (entry.type === 'AGREE' && !isNoun && !target.length && source.length <= 1 && this.C.L.signingVerbs.includes(this.lem(i))) return null;
    // ("компаній, що постачають Росії комплектуючі": supplies by those a relative clause describes, no actor among
    // them, are trade, not aid)
    if (entry.type === 'AID' && !source.length && !isNoun && this.relativeAntecedent(cr)?.length === 0) return null;
    // ("постачає пальне та боєприпаси до окупованого Криму": supplies sent into occupied land are the occupier's
    // logistics, not aid to anyone)
    if (entry.type === 'AID' && target.length && target.every((a) => this.v.actors[a]!.s > 0 && this.C.L.occupiedWords?.includes(this.lem(this.v.actors[a]!.s - 1)))) return null;
    let mode = this.modeFor(entry.type, i, entry);
    // ("санкції проти бізнесмена X та підприємця Y": an act of a type's default mode aimed at named persons alone is
    // of the mode the language gives such acts)
    const onPersons = this.C.L.personsMode?.[entry.type];
    if (onPersons && mode === this.C.L.defaultMode[entry.type] && target.length && target.every((a) => this.v.actors[a]!.person && this.v.actors[a]!.type === 'PERS')) mode = onPersons;
    // "персональні санкції проти 12 російських посадовців, зокрема … Марії Львової-Бєлової": sanctions on persons
    // target the persons named, not the state of a group.
    if (mode === 'personal' && target.length && target.every((a) => !!this.v.actors[a]!.group)) {
      const named = this.includedPersons(i, cr.end);
      if (named.length) target = named;
    }
    // "заборонила в’їзд трьом українським посадовцям із Закарпаття": people named by their state's demonym are
    // that state, not the region they come from.
    if (mode === 'personal' && target.length === 1 && this.isPlace(target[0]!) && this.v.actors[target[0]!]!.s > i) {
      for (let k = i + 1; k < this.v.actors[target[0]!]!.s; k++) {
        const st = this.is(k, F_ADJ) ? this.C.L.demonyms[this.lem(k).toLowerCase()] : undefined;
        if (st) {
          target = [this.demonymActor(k, st)];
          break;
        }
      }
    }
    // "затримала понад 40 учасників протесту, серед них … Давіта Кезерелі": only a named person is detained, also one
    // named among the many (not "жителя Одеси") — or a named vessel seized ("затримала танкер Silver Mariner").
    if (entry.personTarget) {
      target = target.filter((a) => this.v.actors[a]!.person || (this.v.actors[a]!.type === 'MISC' && !this.v.actors[a]!.entity));
      if (!target.length) target = this.includedPersons(i, this.sentenceRange(i).end);
      // ("затримала двох його співробітників, громадян Росії Ігоря Картавих та Євгена Бєлоусова": the persons named in
      // apposition to the detained)
      if (!target.length) target = this.appositionPersons(i, this.sentenceRange(i).end);
      // ("затримали … в’єтнамське рибальське судно": a vessel named by its state's adjective is that state's)
      if (!target.length) target = this.vesselState(i, cr.end);
      // ("депортувала понад 19 тисяч українських дітей", "затримала двох громадян Литви": people of a state)
      if (!target.length) target = this.peopleState(i, cr.end, source);
    }
    // ("передали Червоному Хресту чотирьох ізраїльських заручників": people handed over are returned to their state,
    // not to the go-between)
    if (type === 'CONCEDE' && entry.personalOnly && !target.some((a) => this.isState(a))) {
      const ps = this.peopleState(i, cr.end, source);
      if (ps.length) target = ps;
    }
    // (a town is where people were searched or held, never whom: "провела обшуки в офісах … у Дніпрі")
    if (type === 'COERCE') target = target.filter((a) => !this.isPlace(a));
    // (the outlet an interview was given to is no side: "в інтерв’ю The Wall Street Journal попередив")
    if (target.some((a) => this.isOutlet(a))) target = target.filter((a) => !this.isOutlet(a));
    // "аташе в Бухаресті було оголошено персоною нон грата": a diplomat's expulsion told with no agent is by the state
    // in whose capital the diplomat serves
    // (and an arrest told with no agent, "У Лейпцигу та Кельні затримано трьох чоловіків", by the state of its town —
    // a passive or impersonal verb only)
    const agentless = type === 'COERCE' && !isNoun && !source.length && (this.tok(i).tag?.includes('impers') === true || this.is(i, F_PASV));
    if ((type === 'SANCTION' && mode === 'diplomatic' && !source.length) || agentless) {
      for (let k = cr.start; k + 1 < cr.end && !source.length; k++) {
        if (!this.C.locPreps.has(this.lem(k))) continue;
        const a = this.actorIdx(k + 1);
        const ent = a !== -1 && this.cityLike(a) ? this.entityById.get(this.v.actors[a]!.entity ?? '') : undefined;
        const name = ent?.geo?.country ? this.C.L.countryNames[ent.geo.country] : undefined;
        if (name && !target.some((x) => this.v.actors[x]!.name === name)) source = [this.demonymActor(k + 1, name)];
      }
    }
    // ("закликав жителів Костянтинівки виїхати": words are addressed to the residents, not to the town)
    if (this.C.verbal.has(type)) target = packedMap(target, (a) => this.residentsOf(a));
    const location = this.locationFor(i, entry.type, target, mode);
    // ("у Холодногірському районі Харкова": a city's district is the city)
    if (entry.type === 'ASSAULT') target = packedMap(target, (a) => this.cityOfDistrict(a));
    // "атакували українські позиції поблизу села Махновка": an object a demonym only describes stands in the place
    // named after it — that place is the target, as for an unnamed object.
    // (so does one a body's name only owns: "штурмували позиції Сил оборони поблизу Степногірська")
    const t0 = target.length === 1 ? this.v.actors[target[0]!]! : null;
    const described = !!t0 && t0.s > i && this.is(t0.s, F_ADJ) && t0.e === t0.s + 1;
    const owned = !!t0 && !t0.person && t0.s > i + 1 && (t0.case === 'rod' || (t0.case === 'any' && this.v.cases[t0.s - 1] === 'rod' && !this.C.L.orgKindNouns.includes(this.lem(t0.s - 1)))) && this.is(t0.s - 1, F_NOUN) && this.v.actorAt[t0.s - 1] === -1 && !this.is(t0.s - 1, F_PROPER);
    if (entry.type === 'ASSAULT' && t0 && (described || owned) && !this.isPlace(target[0]!)) {
      const near = this.placeNear(owned ? t0.e - 1 : t0.e, cr, 3);
      if (near !== -1) target = [near];
      // (or in the town named right after the owner: "уразив вантажівку гуманітарного конвою ООН у Нікополі")
      // (not a state's own body in its own town: "по будівлі уряду України в Києві" hits the state)
      else if (owned && this.C.locPreps.has(this.low(t0.e)) && t0.e + 1 < cr.end) {
        const at = this.actorIdx(t0.e + 1);
        const town = at !== -1 ? this.entityById.get(this.v.actors[at]!.entity ?? '')?.geo?.country ?? this.v.actors[at]!.country : undefined;
        if (at !== -1 && this.cityLike(at) && this.v.actors[at]!.s === t0.e + 1 && !(t0.country && town && t0.country === town)) target = [at];
      }
    }
    // "уразили склад боєприпасів поблизу Валуйок": an attack on an unnamed object targets the place it stands in.
    if (entry.type === 'ASSAULT' && !target.length) {
      if (location !== null && this.v.actors[location]!.s > i && this.clauseRange(this.v.actors[location]!.s) === cr && !this.waterBody(location)) target = [location];
      const near = this.placeNear(i, cr);
      if (near !== -1) target = [near];
      // "скинули на центр міста чотири авіабомби": the town named by its kind alone is the last town named before
      for (let k = i + 1; k < cr.end && k <= i + 4 && !target.length; k++) {
        // (not the town's kind before its name: "на місто Кулікоро")
        if (!this.C.L.settlementNouns?.includes(this.lem(k)) || this.is(k, F_PLURAL) || this.actorIdx(k + 1) !== -1 || /^\p{Lu}/u.test(this.texts[k + 1] ?? '')) continue;
        const g = this.v.governedBy[k];
        if (g === null || !this.C.L.attackPreps?.includes(g)) {
          // (or the genitive of a noun in the attack's phrase: "на центр міста")
          if (!(this.v.cases[k] === 'rod' && k - 1 > i && this.v.governedBy[k - 1] !== null && this.C.L.attackPreps?.includes(this.v.governedBy[k - 1]!))) continue;
        }
        for (let j = i - 1; j >= 0; j--) {
          const a = this.v.actorAt[j]!;
          if (a !== -1 && this.cityLike(a)) {
            target = [a];
            break;
          }
        }
      }
    }
    // ("за яким збройний напад на одну зі сторін вважатиметься загрозою для обох": a kind of act a treaty deems
    // something is a definition, no act)
    if (isNoun && this.deemedAfter(i, cr)) return null;
    // ("…, однак усі атаки вдалося відбити" after an assault told: the attacks repelled are that assault's, no new act)
    if (isNoun && entry.type === 'ASSAULT' && !target.length && this.seenTypes.has('ASSAULT') && (this.objectOf(i, this.C.L.repelVerbs) || this.repelledAfter(i, cr))) return null;
    // "сили ППО відбили атаку": the subject of a verb that repels the act is its target's defender, not its author.
    if (isNoun && source.length && this.objectOf(i, this.C.L.repelVerbs)) source = [];
    // "назвав дії Каракаса «неприхованою погрозою»": a noun in the label a naming verb gives is no act of its own.
    if (isNoun && this.v.inQuote[i] && this.inLabel(i)) return null;
    // "порти прийняли понад 300 суден": a verb that hosts someone only when its object is an actor or a delegation.
    if (entry.needsObject && !this.actorObject(i)) return null;
    // "зловмисники проникли в мережу ще в січні": an intrusion told with no target is a detail of the attack told.
    if (entry.needsTarget && !target.length) return null;
    // ("вивело своїх бійців з території аеропорту Мітіга": the place left is where, no party to the withdrawal)
    if (entry.type === 'RETREAT' && target.length) target = target.filter((a) => !this.placeLeft(a));
    // "попри атаки, порти прийняли …": an act named under a concessive preposition is background, no event.
    if (isNoun && this.C.L.concessivePreps.includes(this.v.governedBy[i] ?? '')) return null;
    // "Давіта Ломідзе, якого звинувачують в організації заворушень": an impersonal verb of a relative clause about
    // someone is the charge against him, no act of an author.
    if (!isNoun && this.C.verbal.has(type) && this.impersonalRelative(i)) return null;
    const negated = modality === 'denied' || entry.negatedOnly ? false : this.negatedAt(i, entry);
    const lightObject = isNoun && !target.length && this.lightObject(i, entry);
    const anaphoric = isNoun && (this.C.L.demonstratives.includes(this.lem(cr.start)) || this.demonstrativeBefore(i, cr) || this.C.L.temporalPreps.includes(this.v.governedBy[i] ?? '') || this.involvedIn(i, cr));
    return own(newDraft(type, type === entry.type ? mode : undefined, source, target, how2, i, i + 1, entry, t.sentence, negated, modality, location, w.ownSource,
      lightObject, anaphoric, false, undefined));
  }

  /** The actors named right after a group and a comma with a word that singles them out (", насамперед Вашингтон"). */
  private singledOut(k: number, end: number): number[] {
    if (k + 2 >= end || this.texts[k] !== ',' || !this.C.L.singlingOut?.includes(this.low(k + 1))) return [];
    const a = this.v.actorAt[k + 2]!;
    return a !== -1 && this.v.actors[a]!.s === k + 2 ? this.coordinated(a, end) : [];
  }

  /** Persons named after an including word ("зокрема", "у тому числі") in tokens (i, end). */
  private appositionPersons(i: number, end: number): number[] {
    let c = i + 1;
    while (c < end && c <= i + 8 && this.texts[c] !== ',' && !this.is(c, F_VERB)) c++;
    if (c >= end || this.texts[c] !== ',') return [];
    for (let j = c + 1; j < end && j <= c + 6; j++) {
      if (this.is(j, F_VERB) || this.texts[j] === ',') return [];
      const a = this.v.actorAt[j]!;
      if (a !== -1 && this.v.actors[a]!.person) return this.coordinated(a, end).filter((x) => this.v.actors[x]!.person);
    }
    return [];
  }

  private includedPersons(i: number, end: number): number[] {
    const inc = this.C.L.including ?? [];
    for (let k = i + 1; k < end; k++) {
      if (!inc.includes(this.low(k))) continue;
      for (let j = k + 1; j < end && j <= k + 8; j++) {
        const a = this.v.actorAt[j]!;
        if (a !== -1 && this.v.actors[a]!.person) return this.coordinated(a, end).filter((x) => this.v.actors[x]!.person);
      }
      return [];
    }
    return [];
  }

  /** The state an actor stands for: a person's or a body's country (as an actor), a state itself; null if unknown. */
  private stateOf(a: number): number | null {
    const x = this.v.actors[a]!;
    if (x.person) return this.countryOfPerson(a);
    const ent = x.entity ? this.entityById.get(x.entity) : undefined;
    if (ent?.actor?.kbId?.startsWith('country:') || x.group) return a;
    const code = x.country ?? ent?.actor?.country;
    const name = code ? this.C.L.countryNames[code] : undefined;
    return name && x.type === 'ORG' ? this.demonymActor(x.s, name) : null;
  }

  /** The military body in a person's title ("Командувач Сил безпілотних систем Роберт Бровді"), or -1. */
  private bodyOfPerson(p: number): number {
    // (a military body: the commander's unit acts; "Генсек НАТО" speaks for no strike)
    return this.inTitleOf(p, (b, x, kb) => x.type === 'ORG' && !x.person && !kb?.startsWith('country:') && this.sectorOf(b) === 'MIL');
  }

  /** The first actor of person p's title chain, walking back from the name, that `accept` takes; or -1. */
  private inTitleOf(p: number, accept: (b: number, x: Actor, kb: string | undefined) => boolean): number {
    const a = this.v.actors[p]!;
    for (let k = a.s - 1; k >= this.chainStart(p); k--) {
      const b = this.v.actorAt[k]!;
      if (b === -1 || b === p) continue;
      const x = this.v.actors[b]!;
      if (accept(b, x, x.entity ? this.entityById.get(x.entity)?.actor?.kbId : undefined)) return b;
      k = x.s;
    }
    return -1;
  }

  /** The state named in the title before person p ("прем’єр-міністра Таїланду Пхумтхам Вечаячай" → Таїланд), or -1. */
  private stateOfTitle(p: number): number {
    return this.inTitleOf(p, (_b, x, kb) => x.type === 'LOC' && !x.person && !!kb?.startsWith('country:'));
  }

  /** The person of a state (by name) named last before token `before`, or -1. */
  /** The state of a demonym in the title right before token s (over its nouns and adjectives), or undefined. */
  private titleDemonym(s: number): string | undefined {
    for (let k = s - 1; k >= 0 && k >= s - 6 && this.sents[k] === this.sents[s] && this.v.actorAt[k] === -1 && this.is(k, F_NOUN | F_ADJ); k--) {
      const st = this.is(k, F_ADJ) ? this.C.L.demonyms[this.lem(k).toLowerCase()] : undefined;
      if (st) return st;
    }
    return undefined;
  }

  private personOfState(state: string, before: number, title?: string): number {
    let best = -1;
    // (one holding the title, or for "лідер" a leader's title, over any later person of the state: "Путін … провів
    // нараду з начальником Генштабу РФ Валерієм Герасимовим. Російський лідер пригрозив …")
    const leader = title === undefined ? null : title === 'лідер' || title === 'лідерка' ? new Set(this.C.L.leaderTitles ?? []) : new Set([title]);
    let titled = -1;
    for (let ai = 0; ai < this.v.actors.length; ai++) {
      const a = this.v.actors[ai]!;
      if (!a.person || a.s >= before) continue;
      const ent = a.entity ? this.entityById.get(a.entity) : undefined;
      const c = a.country ?? ent?.actor?.country;
      // (or the state of a demonym in the title the person was introduced with: "лідерку французьких ультраправих Марін
      // Ле Пен" … "французькій політикині")
      if (c ? this.C.L.countryNames[c] !== state : this.titleDemonym(a.s) !== state) continue;
      if (best === -1 || this.v.actors[best]!.s <= a.s) best = ai;
      if (!leader || (titled !== -1 && this.v.actors[titled]!.s > a.s)) continue;
      const role = ent?.actor?.role?.toLowerCase();
      // (a leader named with no title in the text: a government person, not a commander)
      if (role ? role.split(/\s+/).some((w) => leader.has(w)) : ent?.actor?.sector === 'GOV' && title === 'лідер') titled = ai;
    }
    return titled !== -1 ? titled : best;
  }

  /**
   * A visit called off by the visitor's own side is withdrawn from the host ("Білий дім скасував візит до Гренландії
   * спецпосланця США" → Гренландія); called off by the host, from the visitor (the slots' genitive).
   */
  cancelledVisits(drafts: Draft[]): void {
    for (const d of drafts) {
      if (d.type !== 'RETREAT' || d.target.length !== 1 || !d.source.length || !this.v.actors[d.target[0]!]!.person) continue;
      const visitor = this.countryOfPerson(d.target[0]!);
      const own = this.stateOf(d.source[0]!);
      if (visitor === null || own === null || this.v.actors[own]!.name !== this.v.actors[visitor]!.name) continue;
      const host = this.findSlot('до+rod', d.trigger + 1, this.clauseRange(d.trigger).end, new Set(d.source));
      if (host.length) d.target = host;
    }
  }

  /**
   * Missiles launched into a sea hit no one: a launch "в бік Японського моря" is a show of force (MOBILIZE, no
   * target), not an attack on the sea (a strike on a boat there stays one).
   */
  launchesIntoSea(drafts: Draft[]): void {
    for (const d of drafts) {
      if (d.type !== 'ASSAULT' || !d.target.length || !this.C.L.launchVerbs?.includes(this.lem(d.trigger))
        || !d.target.every((a) => this.C.L.waterBodies?.test(this.v.actors[a]!.name))) continue;
      d.type = 'MOBILIZE';
      d.target = [];
      d.mode = undefined;
    }
  }

  /**
   * "до Росії вивезли 150 українських дітей": people taken away told in the impersonal — the state they were taken to
   * is the side that took them, the demonym of the people taken the side they were taken from.
   */
  deportations(drafts: Draft[]): void {
    const verbs = this.C.L.deportationVerbs;
    if (!verbs?.length) return;
    for (const d of drafts) {
      // (a subject carried over from the sentence before is no agent of an impersonal verb)
      if (d.type !== 'COERCE' || (d.source.length && d.sourceHow !== 'discourse') || !verbs.includes(this.lem(d.trigger))) continue;
      const cr = this.clauseRange(d.trigger);
      const to = this.findSlot('до+rod', cr.start, cr.end, new Set());
      const state = to.length === 1 && this.v.actors[to[0]!]!.type === 'LOC' ? this.stateOf(to[0]!) : null;
      if (state === null) continue;
      d.source = [state];
      d.sourceHow = 'explicit';
      if (d.target.length) continue;
      for (let k = d.trigger + 1; k < cr.end && k <= d.trigger + 6; k++) {
        const from = this.is(k, F_ADJ) && this.v.actorAt[k] === -1 && this.is(k + 1, F_NOUN) && this.is(k + 1, F_ANIM) ? this.C.L.demonyms[this.lem(k).toLowerCase()] : undefined;
        if (from && !d.source.some((a) => this.v.actors[a]!.name === from)) {
          d.target = [this.demonymActor(k, from)];
          break;
        }
      }
    }
  }

  /** Aid goes to a state or a body: a person named as its recipient stands for their state ("провів переговори з
   * Зеленським і пообіцяв новий пакет допомоги" is aid to Ukraine). */
  /** "оголосив персонами нон грата співробітників російського посольства": a diplomatic sanction falls on the state whose mission it is. */
  diplomaticTargetsToStates(drafts: Draft[]): void {
    for (const d of drafts) {
      if (d.type !== 'SANCTION' || d.mode !== 'diplomatic') continue;
      d.target = packedMap(d.target, (a) => (this.v.actors[a]!.type === 'ORG' && !this.v.actors[a]!.person ? this.stateOf(a) ?? a : a));
    }
  }

  /**
   * "Трамп ухвалив рішення вивести країну з Паризької угоди": a leader who takes his state out of something (its object
   * the word for a state) has the state leave it.
   */
  statesMoved(drafts: Draft[]): void {
    for (const d of drafts) {
      if (d.type !== 'RETREAT' || d.source.length !== 1 || !this.v.actors[d.source[0]!]!.person) continue;
      const k = d.triggerEnd;
      if (k >= this.v.tokens.length || !this.C.L.dual?.nouns.includes(this.lem(k)) || this.is(k, F_PLURAL) || this.v.actorAt[k] !== -1 || this.v.cases[k] !== 'zna') continue;
      const st = this.countryOfPerson(d.source[0]!);
      if (st !== null) d.source = [st];
    }
  }

  aidToStates(drafts: Draft[]): void {
    for (const d of drafts) {
      if (d.type === 'AID' && d.target.some((a) => this.v.actors[a]!.person)) d.target = packedMap(d.target, (a) => (this.v.actors[a]!.person ? this.countryOfPerson(a) ?? a : a));
    }
  }

  /** A person's state as an actor (from the entity's country code), or null. */
  private countryOfPerson(a: number): number | null {
    const act = this.v.actors[a]!;
    if (!act.person) return null;
    const c = act.country ?? (act.entity ? this.entityById.get(act.entity)?.actor?.country : undefined);
    const name = c ? this.C.L.countryNames[c] : undefined;
    if (name) return this.demonymActor(act.s, name);
    // The state named in the person's title ("Міністр закордонних справ України Андрій Сибіга").
    const sen = this.tok(act.s).sentence;
    for (let k = act.s - 1; k >= 0 && k >= act.s - 8 && this.tok(k).sentence === sen; k--) {
      const b = this.v.actorAt[k]!;
      if (b === -1) {
        // (a title's remit: "уповноважена з прав дитини")
        if (this.is(k, F_PREP)) continue;
        if (!isNounLike(this.tok(k)) && !isAdjLike(this.tok(k))) break;
        // "речник російського президента Дмитро Пєсков": a state's demonym in the title.
        const st = this.is(k, F_ADJ) ? this.C.L.demonyms[this.lem(k).toLowerCase()] : undefined;
        if (st) return this.demonymActor(act.s, st);
        continue;
      }
      const ba = this.v.actors[b]!;
      if (ba.person) break;
      const ent = ba.entity ? this.entityById.get(ba.entity) : undefined;
      if (ent?.actor?.kbId?.startsWith('country:')) return b;
      const cn = ent?.actor?.country ? this.C.L.countryNames[ent.actor.country] : undefined;
      if (cn && ba.type === 'ORG') return this.demonymActor(act.s, cn);
      k = ba.s;
    }
    return null;
  }

  private demonymActor(k: number, name: string): number {
    return stateActor(this.v, k, k + 1, name, 'any');
  }

  /** The person last named before token `before` with the role (or a synonym), for the steps after extraction. */
  personWithRole(role: string, before: number): number[] {
    return this.personByRole(role, before, true);
  }

  get view(): DocView {
    return this.v;
  }
}

/** Two actor lists name the same parties (by name), both non-empty. */
function sameActors(a: number[], b: number[], v: DocView): boolean {
  if (!a.length || a.length !== b.length) return false;
  const names = new Set(a.map((x) => v.actors[x]!.name));
  return b.every((x) => names.has(v.actors[x]!.name));
}

/** A state as an actor over tokens [s, e) (a demonym, a capital, a region's member), added to the view; its index. */
function stateActor(v: DocView, s: number, e: number, name: string, kase: Actor['case']): number {
  return v.actors.push(newActor({ s, e, name, type: 'LOC', case: kase, person: false, group: true })) - 1;
}

/** The first noun within three tokens after a draft's trigger, in its clause (or a token `also` accepts); -1 if none. */
function nounAfterTrigger(v: DocView, d: Draft, also?: (k: number) => boolean): number {
  const cr = v.clauses[v.clause[d.trigger]!]!;
  for (let k = d.trigger + 1; k < cr.end && k <= d.trigger + 3; k++) if ((v.flags[k]! & F_NOUN) !== 0 || also?.(k)) return k;
  return -1;
}

const SYMMETRIC = new Set<EventType>(['CONSULT', 'AGREE', 'COOPERATE']);

/** Deduplicates: one event per real-world event per document (README conventions). */
function dedupe(drafts: Draft[], actorName: (a: number) => string, dayOfDraft: (d: Draft) => string | null, isPerson: (a: number) => boolean, sideOf: (a: number) => string | null,
  stateSideOf: (a: number) => string | null = sideOf, isStateGroup: (a: number) => boolean = () => false): Draft[] {
  // (the day of a draft is asked for again and again below: once each)
  const days = new Map<Draft, string | null>();
  const dayOf = (d: Draft): string | null => {
    let x = days.get(d);
    if (x === undefined) {
      x = dayOfDraft(d);
      days.set(d, x);
    }
    return x;
  };
  const out: Draft[] = [];
  const key = (xs: number[]): string => [...new Set(xs.map(actorName))].sort().join('|');
  const sub = (a: number[], b: number[]): boolean => {
    const bs = new Set(b.map(actorName));
    return a.every((x) => bs.has(actorName(x)));
  };
  for (const d of drafts) {
    if (d.entry.weak && !d.negated && drafts.some((o) => o !== d && o.type === d.type && !o.entry.weak)) continue;
    // An adjective trigger yields to the verb of the same act in its sentence when it is the subject's ("ударні дрони …
    // атакували аеродром": the verb holds the target) or its mode would split the act in two ("атакувала Одесу
    // балістичними ракетами та ударними дронами"); not "обговорив … в телефонній розмові", which keeps the call.
    // (not to a weak verb, which itself gives way to it: "провели телефонну розмову, під час якої обговорили …")
    if (d.entry.pos === 'adj' && drafts.some((o) => o.type === d.type && o.sentence === d.sentence && o.entry.pos === 'verb' && !o.entry.weak && o.negated === d.negated
      && (o.trigger > d.trigger || (o.mode !== undefined && o.mode !== d.mode)))) continue;
    // "Це перші великі санкції …": a demonstrative subject refers back (and a denial of it denies the act told:
    // "заперечили причетність … до атаки").
    if (d.anaphoric && out.some((o) => o.type === d.type)) {
      // (by its author or its author's side: "Конфедерація заперечила причетність своїх членів до нападу" after
      // protesters attacked denies no attack)
      const side = (xs: number[]): Set<string | null> => new Set(xs.map((a) => stateSideOf(a) ?? actorName(a)));
      const by = side(d.source);
      if (d.modality === 'denied') for (const o of out) if (o.type === d.type && o.modality === 'occurred' && (!o.source.length || !d.source.length || [...side(o.source)].some((x) => by.has(x)))) o.modality = 'denied';
      continue;
    }
    // A later noun mention with no target of its own refers back to an event already found ("санкції лише …").
    // …unless it is dated differently ("Попередній обмін відбувся 3 грудня").
    const day = dayOf(d);
    // (…nor when it is the object of another author's verb: "Японія та Канада запровадили обмеження", "про вихід з
    // угоди оголосили Литва, Латвія …")
    const ownAct = (o: Draft): boolean => !!d.lightObject && d.sourceHow === 'explicit' && d.source.length > 0
      && !sub(d.source, o.source) && !sub(o.source, d.source);
    // (with no side at all it is that event whatever date its sentence gives: "У компанії заявили, що затримання «не має
    // підстав», … якщо директора не звільнять до кінця тижня")
    const bare = !d.source.length && !d.target.length;
    if (d.entry.pos === 'noun' && !d.target.length && !d.gapped
      && out.some((o) => o.type === d.type && o.negated === d.negated && (!d.ownSource || key(o.source) === key(d.source))
        && !ownAct(o) && (bare || !(day && dayOf(o) && day !== dayOf(o))))) continue;
    // A meeting with a person during a visit whose host was only a place: that person is the host met
    // ("прибули до Києва … на зустрічі з Володимиром Зеленським").
    // (also when told as the visit again: "Під час візиту Пісторіус зустрівся з …")
    if (d.type === 'CONSULT' && (d.mode === 'meeting' || d.mode === 'visit') && d.target.length && d.target.every(isPerson) && !d.negated) {
      const visit = out.find((o) => o.type === 'CONSULT' && o.mode === 'visit' && !o.negated && d.sentence - o.sentence <= 2 && d.sentence >= o.sentence
        && !o.target.some(isPerson) && d.source.length > 0 && sub(d.source, o.source));
      // (and another person met on a visit told in the same sentence is met on it too: "прибув до Мадрида, де провів
      // переговори з Санчесом, а також зустрівся з королем Феліпе VI")
      const same = !visit && d.mode === 'meeting' ? out.find((o) => o.type === 'CONSULT' && o.mode === 'visit' && !o.negated && o.sentence === d.sentence
        && o.target.length > 0 && o.target.every(isPerson) && d.source.length > 0 && sub(d.source, o.source) && !sub(d.target, o.target)) : undefined;
      if (same) {
        same.target = [...same.target, ...d.target.filter((a) => !same.target.some((x) => actorName(x) === actorName(a)))];
        continue;
      }
      if (visit) {
        visit.target = d.target;
        if (dayOf(visit) === null && day !== null) {
          visit.dateFrom = d.dateFrom;
          days.set(visit, day);
        }
        continue;
      }
    }
    // ("прибув до Парижа, де разом із Макроном відвідав авіабазу": a place visited on the visit the sentence told is that
    // visit)
    // (not a state or its capital visited next: "відвідає Москву, а згодом і Київ" are two visits)
    if (d.type === 'CONSULT' && d.mode === 'visit' && d.target.length && d.target.every((a) => !isPerson(a) && stateSideOf(a) === null) && !d.negated
      && out.some((o) => o.type === 'CONSULT' && o.mode === 'visit' && !o.negated && o.sentence === d.sentence && o.trigger < d.trigger
        && o.source.some((a) => d.source.some((b) => actorName(a) === actorName(b))))) continue;
    const same = d.gapped ? undefined : out.find((o) => {
      if (o.type !== d.type || o.negated !== d.negated) return false;
      // (one trigger inside the other's words is one act: "вийшли на акцію протесту" and its "акцію протесту")
      if (o.sentence === d.sentence && o.trigger < d.triggerEnd && d.trigger < o.triggerEnd) return true;
      // Two different modes are two acts ("напередодні візиту … обговорив телефоном").
      if (o.mode && d.mode && o.mode !== d.mode && !(o.type === 'CONSULT' && o.mode === 'visit' && d.mode === 'meeting')) return false;
      // So are an act planned and one denied ("фінансуватиме виготовлення …", then "заперечив, що … передати ракети").
      if (o.modality !== d.modality && o.modality !== 'occurred' && d.modality !== 'occurred') return false;
      // One sentence, one act of a kind between the same sides ("запровадив режим підвищеної готовності … й доручив
      // посилити охорону"), whatever dates its verbs carry.
      if (o.sentence === d.sentence && d.source.length && key(o.source) === key(d.source) && key(o.target) === key(d.target)) return true;
      // Dated differently, two acts ("прибули у суботу … переговори в Стамбулі 15 травня").
      if (day && dayOf(o) && day !== dayOf(o)) return false;
      // A strike claimed with no target by a body of the attacking side is the strike told before ("Росія атакувала
      // Миколаїв … У Міноборони Росії заявили, що вночі уразили «об’єкти енергетики»").
      if (d.type === 'ASSAULT' && !d.target.length && o.target.length && d.source.length && o.source.length && d.sourceHow === 'explicit'
        && d.source.every((a) => sideOf(a) !== null && o.source.some((b) => sideOf(b) === sideOf(a)))) return true;
      // (so is an undated strike named by its noun again by the attacking side with a state for all its target, read off
      // a demonym: "заявили, що удар було завдано по нараді … українського угруповання")
      if (d.type === 'ASSAULT' && d.entry.pos === 'noun' && !day && d.target.length && d.target.every(isStateGroup) && d.source.length && o.source.length
        && d.sentence - o.sentence <= 3 && d.source.every((a) => sideOf(a) !== null && o.source.some((b) => sideOf(b) === sideOf(a)))) return true;
      // The same several partners again: the same act ("його розмова з радниками … Італії й Франції").
      if (d.entry.pos === 'noun' && d.target.length > 1 && key(d.target) === key(o.target)) return true;
      // Far apart, two acts with the same actors are two events unless the later one is bare.
      if (d.sentence - o.sentence > 3 && d.sourceHow === 'explicit' && d.target.length) return false;
      // A later mention of the same act names its target again ("його розмова з радниками …") — not when another
      // side is named as its author (two states sanctioning one person).
      const otherAuthor = !SYMMETRIC.has(d.type) && d.ownSource === false && d.sourceHow === 'explicit' && o.sourceHow === 'explicit'
        && d.source.length > 0 && o.source.length > 0 && !sub(d.source, o.source) && !sub(o.source, d.source) && !d.source.some(isPerson);
      if (d.entry.pos === 'noun' && d.target.length && key(d.target) === key(o.target) && !otherAuthor) return true;
      if (o.mode && d.mode && o.mode !== d.mode && !(o.type === 'CONSULT' && o.mode === 'visit' && d.mode === 'meeting')) return false;
      // Symmetric acts told from the other side ("Макрон → Зеленський" after "Зеленський → Макрон") are the same.
      const sym = SYMMETRIC.has(d.type);
      const srcOk = !d.source.length || !o.source.length || key(o.source) === key(d.source) || (sym && sub(d.source, o.target)) || d.sourceHow !== 'explicit';
      const tgtOk = !d.target.length || !o.target.length || sub(d.target, o.target) || (sym && sub(d.target, o.source));
      return srcOk && tgtOk;
    });
    if (same) {
      // (a bare noun told first, with no side at all, gives way to the act told with its author: "… спричинила
      // протести. … протестувальники підпалили будівлю")
      if (!same.source.length && !same.target.length && same.entry.pos === 'noun' && d.entry.pos === 'verb' && d.source.length && d.sourceHow === 'explicit') {
        out[out.indexOf(same)] = d;
        continue;
      }
      if (!same.target.length) same.target = d.target;
      // (the one whose side is written in its own clause names it: not one borrowed from the sentence before)
      if (same.sentence === d.sentence && same.trigger < d.triggerEnd && d.trigger < same.triggerEnd && same.sourceHow !== 'explicit' && d.sourceHow === 'explicit' && d.source.length) {
        same.source = d.source;
        same.sourceHow = d.sourceHow;
      }
      same.location ??= d.location;
      // An act told undated and then again with its date ("затримала … Зловмисників було затримано минулого тижня")
      // takes that date.
      if (dayOf(same) === null && day !== null) {
        same.dateFrom = d.dateFrom;
        days.set(same, day);
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

/** How many sentences back a reaction looks for the act it answers. */
const RESPONSE_WINDOW = 4;

/**
 * Discourse targets of reactions: a threat, accusation or refusal with no addressee answers the last hostile act or
 * demand aimed at the reacting side ("ЗСУ атакували завод у Рязані. … Пєсков пригрозив «відповіддю»" → Україна);
 * thanks answer the last favourable act towards it; sympathy goes to the victim of the last attack. Sides are
 * countries (a person's, an organisation's, a place's, a state's own). The answered act's author stands as written,
 * except that a person answered by a body, or armed forces, stand for their state.
 */
function respondToDiscourse(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  const codeByName = C.codeByName;
  // (the side of an actor is asked for again and again: once each)
  const sideMemo = new Map<number, string | undefined>();
  const sideOf = (ai: number): string | undefined => {
    if (sideMemo.has(ai)) return sideMemo.get(ai);
    const a = v.actors[ai]!;
    const ent = a.entity ? byId.get(a.entity) : undefined;
    const kb = ent?.actor?.kbId;
    let r: string | undefined;
    if (kb?.startsWith('country:')) r = kb.slice(8);
    else {
      const cap = C.capitalsLower.get(a.name.toLowerCase());
      r = a.country ?? ent?.actor?.country ?? codeByName.get((cap ?? a.name).toLowerCase());
    }
    sideMemo.set(ai, r);
    return r;
  };
  const sides = (xs: number[]): Set<string> => new Set(xs.map(sideOf).filter((x): x is string => !!x));
  const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
  for (const d of drafts) {
    if (d.target.length || d.targetName || !d.source.length) continue;
    const mine = sides(d.source);
    if (!mine.size) continue;
    const before = drafts.filter((o) => o !== d && o.trigger < d.trigger && d.sentence - o.sentence <= RESPONSE_WINDOW).reverse();
    if (d.type === 'SUPPORT' && C.L.sympathy.some((w) => v.lemmas.slice(d.trigger, d.triggerEnd + 1).includes(w))) {
      // "висловити співчуття родинам загиблих": the side that was attacked.
      const hit = before.find((o) => o.type === 'ASSAULT' && o.target.length);
      if (!hit) continue;
      const code = sideOf(hit.target[0]!);
      const name = code ? C.L.countryNames[code] : undefined;
      if (name && !mine.has(code!)) d.targetName = name;
      continue;
    }
    const answers = C.L.responses[d.type];
    // (a stance named by a noun — "опозиція Кремля до …" — is not a reply)
    if (!answers || (v.flags[d.trigger]! & F_NOUN) !== 0) continue;
    const personal = d.source.every((a) => v.actors[a]!.person);
    // (a body answering a person whose state is not known cannot name its side: look further back)
    const act = before.find((o) => answers.includes(o.type) && o.source.length && o.sourceHow === 'explicit' && o.target.length
      && meets(sides(o.target), mine) && !meets(sides(o.source), mine)
      && (personal || o.source.every((a) => !v.actors[a]!.person || !!sideOf(a))));
    if (!act) continue;
    const asState = (a: number): string | undefined => {
      const x = v.actors[a]!;
      const ent = x.entity ? byId.get(x.entity) : undefined;
      const code = sideOf(a);
      if (!code) return undefined;
      if ((x.person && !personal) || (ent?.actor?.sector ?? x.sector) === 'MIL') return C.L.countryNames[code];
      // (a state body answered is answered as its state: "МЗС Азербайджану звинуватило … Захарова пообіцяла, що … не
      // залишиться без відповіді" threatens Azerbaijan)
      if (!x.person && x.type === 'ORG') return C.L.countryNames[code];
      return undefined;
    };
    const states = act.source.map(asState);
    if (states.every(Boolean)) d.targetName = states[0];
    else d.target = act.source;
  }
}

/**
 * The time expression dating token i: `timeForToken`, except that a time inside the reported content of a verb of
 * speech ("Федоров подякував … й повідомив, що цього тижня …") dates only what is reported there, not an act outside it.
 */
function timeOf(adoc: AnalyzedDocument, v: DocView, C: Compiled, i: number): TimeExpression | null {
  const best = timeForToken(adoc, i);
  if (!best) return null;
  // (a clause a relative opens: "який …", or "що" right after a noun and a comma — not a verb of speech's "що")
  const opensRelative = (cs: number): boolean => C.relatives.has(v.lemmas[cs]!) || (C.L.relativeConjunctions?.includes(v.lowers[cs]!) === true
    && cs >= 2 && v.texts[cs - 1] === ',' && (v.flags[cs - 2]! & F_NOUN) !== 0 && !C.report.has(v.lemmas[cs - 2]!));
  const reportedElsewhere = (t: TimeExpression): boolean => {
    let k = i;
    while (k < v.tokens.length && v.tokens[k]!.start < t.start) k++;
    // (a time before the act: back to its first token)
    while (k > 0 && v.tokens[k - 1]!.start >= t.start) k--;
    if (k >= v.tokens.length) return false;
    // (a relative clause the clause splitter did not close, a comma between it and the act: "…, що діє з листопада
    // 2024 року, Ізраїль досі не вивів")
    if (v.clause[k] === v.clause[i] && k < i) {
      let comma = false;
      for (let m = k + 1; m < i && !comma; m++) comma = v.texts[m] === ',';
      const cs = v.clauses[v.clause[k]!]!.start;
      if (comma && cs < k && opensRelative(cs)) return true;
    }
    if (v.clause[k] === v.clause[i]) return false;
    const c = v.clauses[v.clause[k]!]!;
    // (a relative clause about an actor holds its own time: "Дбейба, який очолює уряд з 2021 року, звинуватив"; so
    // does "що" after a noun and a comma: "режиму припинення вогню, що діє з листопада 2024 року")
    if (opensRelative(c.start) && !(c.start <= i && i < c.end)) return true;
    if (c.start <= i) return false;
    // the clause holding the time opens with a complementiser after "<verb of speech>,"
    return C.complementizers.has(v.lemmas[c.start]!) && c.start >= 2 && v.texts[c.start - 1] === ',' && C.report.has(v.lemmas[c.start - 2]!);
  };
  // ("вчора … вперше з травня 2023 року провели переговори": the time since the last such act dates no act)
  const since = (t: TimeExpression): boolean => {
    if (!C.L.sinceMarkers?.length) return false;
    let k = 0;
    while (k < v.tokens.length && v.tokens[k]!.end <= t.start) k++;
    return k > 0 && C.L.sinceMarkers.includes(v.lowers[k - 1]!);
  };
  if (!reportedElsewhere(best) && !since(best)) return best;
  const others = adoc.times.filter((t) => t !== best && t.value !== null && t.sentence === best.sentence && !reportedElsewhere(t) && !since(t));
  return others.length ? others.reduce((a, b) => (Math.abs(a.start - v.tokens[i]!.start) <= Math.abs(b.start - v.tokens[i]!.start) ? a : b)) : null;
}

function dateOf(adoc: AnalyzedDocument, v: DocView, C: Compiled, d: Draft): { date: Event['date']; reported: boolean } {
  const best: TimeExpression | null = timeOf(adoc, v, C, d.dateFrom);
  const day = adoc.doc.date;
  // (an act that took place took place by the day of the report: a later time is a term of what was agreed —
  // "погодилася продовжити доступ … до 2038 року")
  if (best?.value && !(d.modality === 'occurred' && day && best.value.start > day)) return { date: { ...best.value }, reported: false };
  return { date: day ? { start: day, end: day } : null, reported: true };
}

/** Entity ids of actors, and the entities made for actors the NER stage did not give (shared by the steps below). */
interface EntityIds {
  byId: Map<string, Entity>;
  entityFor: (name: string, type: EntityType, country: string | undefined, a: Actor | null) => string;
  idFor: (ai: number, asPlace: boolean) => string;
  actorName: (ai: number) => string;
}

function entityIds(adoc: AnalyzedDocument, v: DocView, C: Compiled): EntityIds {
  const entities = adoc.entities;
  // (the next free id and the entities by name are made when first asked for — most documents never ask — from the
  // entities as they were: only entityFor adds to them)
  let next = 0;
  let byNameMap: Map<string, Entity> | null = null;
  const byNameOf = (): Map<string, Entity> => {
    if (!byNameMap) {
      byNameMap = new Map<string, Entity>();
      for (const e of entities) {
        const k = e.name.toLowerCase();
        if (!byNameMap.has(k)) byNameMap.set(k, e);
      }
      // (an abbreviation the linker joined to its expansion names that entity: "керівництво АНВ" is the Армія
      // національного визволення introduced as "(АНВ)")
      for (const e of entities) {
        for (const m of e.mentions) {
          if (!/^[\p{Lu}\d-]{2,}$/u.test(m.text) || /^\d/.test(m.text)) continue;
          const k = m.text.toLowerCase();
          if (!byNameMap.has(k)) byNameMap.set(k, e);
        }
      }
    }
    return byNameMap;
  };
  const byId = new Map<string, Entity>();
  for (const e of entities) if (!byId.has(e.id)) byId.set(e.id, e);

  const entityFor = (name: string, type: EntityType, country: string | undefined, a: Actor | null): string => {
    const byName = byNameOf();
    const hit = byName.get(name.toLowerCase());
    if (hit) return hit.id;
    if (next === 0) {
      next = 1;
      for (const e of entities) {
        const m = /^E(\d+)$/.exec(e.id);
        if (m) next = Math.max(next, Number(m[1]) + 1);
      }
    }
    // (built as the resolve stage builds its entities — the four fields in a literal, then `actor` — so that all
    // entities share one family of hidden classes; a five-field literal made a class of its own)
    const id = `E${next++}`;
    const ent: Entity = { id, type, name, mentions: [] };
    if (country) ent.actor = { country };
    if (a) {
      const toks = v.tokens.slice(a.s, a.e);
      const first = toks[0]!;
      const last = toks[toks.length - 1]!;
      ent.mentions.push({
        start: first.start, end: last.end, text: adoc.doc.text.slice(first.start, last.end), type, sentence: first.sentence,
        tokenStart: a.s, tokenEnd: a.e, canonical: name, entity: ent.id,
      });
    }
    entities.push(ent);
    if (!byId.has(ent.id)) byId.set(ent.id, ent);
    byName.set(name.toLowerCase(), ent);
    return ent.id;
  };
  // An actor as a party (not a place): a capital stands for its government.
  const partyName = (a: Actor): string => {
    const cap = C.capitalsLower.get(a.name.toLowerCase());
    if (cap) return cap;
    const ent = a.entity ? byId.get(a.entity) : undefined;
    // Armed forces stand for their state; a ministry of defence is a body of its own ("Міністерство оборони Росії").
    // (also one named again by a generic noun: "Відомство також посилило охорону" after "Міноборони Росії")
    const institution = C.L.institutions.includes(v.lemmas[a.s] ?? '') || (!!ent && C.L.institutions.includes(ent.name.split(/\s+/)[0]!.toLowerCase()));
    const own = !!ent?.actor?.kbId && !!C.L.ownNamedForces?.includes(ent.actor.kbId);
    // (a commander is a person, not the forces: "з начальником Генштабу РФ Валерієм Герасимовим")
    const forces = ent?.actor?.sector === 'MIL' && ent.type !== 'PERS' && ent.actor.country && !institution && !own ? C.L.forcesOf[ent.actor.country] : undefined;
    return forces ?? a.name;
  };
  const idFor = (ai: number, asPlace: boolean): string => {
    const a = v.actors[ai]!;
    const name = asPlace ? a.name : partyName(a);
    if (a.entity && name === a.name) return a.entity;
    return entityFor(name, name === a.name ? a.type : 'LOC', a.country, name === a.name ? a : null);
  };
  // (asked for again and again by the deduplication: once per actor)
  const partyNames = new Map<number, string>();
  const actorName = (ai: number): string => {
    let x = partyNames.get(ai);
    if (x === undefined) {
      x = partyName(v.actors[ai]!);
      partyNames.set(ai, x);
    }
    return x;
  };
  return { byId, entityFor, idFor, actorName };
}

/** Condemning or naming an act accuses its author: "засудив удар" → the attacker. */
function accuseTargets(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  for (const d of drafts) {
    if ((d.type !== 'ACCUSE' && d.type !== 'REJECT') || d.target.length) continue;
    // The object noun names a kind of act ("нові обмеження назвав …" → the sanctions told before).
    const cr = v.clauses[v.clause[d.trigger]!]!;
    // ("відкинули підписану в Гаазі угоду": rejecting an agreement told before rejects its sides)
    if (d.type === 'REJECT') {
      let agreement = false;
      for (let k = d.triggerEnd; k < cr.end && k < d.triggerEnd + 5 && !agreement; k++) {
        if ((v.flags[k]! & F_NOUN) !== 0 && C.byLemma.get(v.lemmas[k]!)?.some((e) => e.type === 'AGREE' && e.pos === 'noun')) agreement = true;
      }
      if (!agreement) continue;
    }
    const kinds = new Set<EventType>(d.type === 'REJECT' ? ['AGREE'] : ['ASSAULT']);
    for (let k = cr.start; k < cr.end; k++) {
      if (d.type === 'REJECT') break;
      if (k === d.trigger || (v.flags[k]! & F_NOUN) === 0) continue;
      for (const e of C.byLemma.get(v.lemmas[k]!) ?? []) if (e.type !== 'ACCUSE') kinds.add(e.type);
      const kind = C.L.actNouns[v.lemmas[k]!];
      if (kind) kinds.add(kind);
    }
    // ("назвав американські обмеження «економічною агресією»": an act noun after the trigger with its author's
    // demonym names that state, whoever did the last act of the kind)
    if (d.type === 'ACCUSE') {
      let named: string | undefined;
      for (let k = d.triggerEnd; k + 1 < cr.end && k <= d.triggerEnd + 2 && !named; k++) {
        const state = (v.flags[k]! & F_ADJ) !== 0 ? C.L.demonyms[v.lemmas[k]!] : undefined;
        const noun = k + 1;
        if (state && (v.flags[noun]! & F_NOUN) !== 0 && (C.L.actNouns[v.lemmas[noun]!] || C.byLemma.get(v.lemmas[noun]!)?.some((e) => e.pos === 'noun' && C.hostile.has(e.type)))) named = state;
      }
      if (named && !d.source.some((a) => v.actors[a]!.name === named)) {
        d.targetName = named;
        continue;
      }
    }
    // ("спільні навчання, які Пхеньян назвав «репетицією вторгнення»": the act a relative pronoun refers to)
    const antecedent = d.type === 'ACCUSE' && C.relatives.has(v.lemmas[cr.start]!) && cr.start > 0 && v.texts[cr.start - 1] === ','
      ? [...drafts].reverse().find((o) => o !== d && o.type !== 'ACCUSE' && o.sentence === d.sentence && o.trigger < cr.start && cr.start - o.trigger <= 4)
      : undefined;
    // (an object noun: a coordinated verb — "засудило … і закликало" — is another act, not the object)
    const obj = antecedent ?? drafts.find((o) => o !== d && o.sentence === d.sentence && o.trigger > d.trigger && o.trigger - d.trigger <= 4 && o.type !== 'ACCUSE' && (d.type === 'ACCUSE' || kinds.has(o.type)) && (v.flags[o.trigger]! & F_NOUN) !== 0)
      ?? [...drafts].reverse().find((o) => o.trigger < d.trigger && kinds.has(o.type) && o.type !== 'ACCUSE');
    if (!obj) continue;
    // The object may be a re-mention ("засудив удар") whose own subject is the accuser: take the first mention.
    let act = obj;
    if (!obj.source.length || obj.source.every((a) => d.source.includes(a))) {
      act = drafts.find((o) => o.type === obj.type && o.trigger < d.trigger && o !== obj) ?? obj;
    } else if (obj.sourceHow !== 'explicit') {
      // (a re-mention that took its author from the discourse: the first mention with a written author)
      act = drafts.find((o) => o.type === obj.type && o.trigger < d.trigger && o !== obj && o.sourceHow === 'explicit' && o.source.length) ?? obj;
    }
    // (an agreement, a meeting or a joint act is the act of both its sides: "засудив угоду" of two states)
    const authors = (SYMMETRIC.has(act.type) ? [...act.source, ...act.target] : act.source).filter((a) => !d.source.includes(a));
    // A person condemning what a government body of another state did accuses that state ("Путін назвав
    // обмеження [Мінфіну США] «недружнім кроком»" → США).
    const govState = (a: number): string | undefined => {
      const x = v.actors[a]!;
      const ent = x.entity ? byId.get(x.entity) : undefined;
      const code = x.country ?? ent?.actor?.country;
      return !x.person && x.type === 'ORG' && (ent?.actor?.sector ?? x.sector) === 'GOV' && code ? C.L.countryNames[code] : undefined;
    };
    const personal = d.source.length > 0 && d.source.every((a) => v.actors[a]!.person);
    // (a state condemning what any body of another state did accuses that state: "У Москві назвали затримання
    // «піратством»" → Фінляндія, not its border guard)
    const stately = d.source.length > 0 && d.source.every((a) => {
      const x = v.actors[a]!;
      return !x.person && (x.group || !!C.L.capitals[x.name] || !!(x.entity && byId.get(x.entity)?.actor?.kbId?.startsWith('country:')));
    });
    const bodyState = (a: number): string | undefined => {
      const x = v.actors[a]!;
      const ent = x.entity ? byId.get(x.entity) : undefined;
      // (a body named by its words takes the state named inside it: "прикордонна охорона Фінляндії")
      const inner = (): string | undefined => {
        for (const m of v.adoc.mentions) {
          if (m.tokenStart < x.s || m.tokenEnd > x.e || !m.entity) continue;
          const e = byId.get(m.entity);
          if (e?.actor?.kbId?.startsWith('country:')) return e.actor.country;
        }
        return undefined;
      };
      const code = x.country ?? ent?.actor?.country ?? inner();
      return !x.person && x.type === 'ORG' && !ent?.actor?.kbId?.startsWith('country:') && code ? C.L.countryNames[code] : undefined;
    };
    if (authors.length && act.sourceHow === 'explicit' && personal && authors.length === 1 && govState(authors[0]!)) d.targetName = govState(authors[0]!);
    else if (authors.length === 1 && act.sourceHow === 'explicit' && stately && bodyState(authors[0]!)) d.targetName = bodyState(authors[0]!);
    else if (authors.length && act.sourceHow === 'explicit') d.target = authors;
    else if (C.L.defaultSource[act.type] && inDefaultDomain(v.adoc, C)) d.targetName = C.L.defaultSource[act.type];
  }
}

/** Words between a topic's head and the act it is about ("скасування ще частини санкцій"). */
const TOPIC_PARTS: ReadonlySet<string> = new Set(['частина', 'решта', 'низка', 'ряд', 'пакет', 'ще']);

/** Whether the language's default actors apply to the document: it names an actor or place of their war's countries. */
function inDefaultDomain(adoc: AnalyzedDocument, C: Compiled): boolean {
  const domain = C.L.defaultDomain;
  if (!domain || adoc.entities.some((e) => { const c = e.actor?.country ?? e.geo?.country; return !!c && domain.includes(c); })) return true;
  // (or a demonym of one of them: "обстріл українських міст")
  let words = domainDemonyms.get(C);
  if (!words) {
    const states = new Set(domain.map((c) => C.L.countryNames[c]).filter(Boolean));
    words = new Set(Object.entries(C.L.demonyms).filter(([, st]) => states.has(st)).map(([w]) => w));
    domainDemonyms.set(C, words);
  }
  for (const t of adoc.tokens) if (t.lemma && words.has(t.lemma)) return true;
  return false;
}
const domainDemonyms = new WeakMap<Compiled, Set<string>>();

/**
 * "… в обстрілі Саудівського шпиталю. Дагало заперечив, що його бійці обстрілювали шпиталь": a denied act whose object
 * names again the target of an act of its kind told before is the denial of that act (one event, denied).
 */
function deniedAgain(drafts: Draft[], v: DocView, C: Compiled): void {
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n]!;
    if (d.modality !== 'denied' || !C.hostile.has(d.type)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const words = new Set<string>();
    for (let k = d.trigger + 1; k < cr.end && k <= d.trigger + 4; k++) if ((v.flags[k]! & F_NOUN) !== 0 && v.actorAt[k] === -1) words.add(v.lemmas[k]!.toLowerCase());
    if (!words.size) continue;
    const o = drafts.find((x) => x !== d && x.type === d.type && x.trigger < d.trigger && x.modality === 'occurred'
      && x.target.some((a) => v.actors[a]!.name.toLowerCase().split(/\s+/).some((w) => words.has(w))));
    if (!o) continue;
    o.modality = 'denied';
    drafts.splice(n, 1);
  }
}

/** "звинуватив бойовиків в обстрілі шпиталю": the act one is accused of, told with no author, is the accused's. */
function accusedActs(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.source.length || !C.hostile.has(d.type) || (v.flags[d.trigger]! & F_NOUN) === 0 || !C.L.accusedActPreps?.includes(v.governedBy[d.trigger] ?? '')) continue;
    const acc = drafts.find((o) => o.type === 'ACCUSE' && o.sentence === d.sentence && o.trigger < d.trigger && d.trigger - o.trigger <= 6 && o.target.length
      && v.clause[o.trigger] === v.clause[d.trigger]);
    if (acc) d.source = acc.target.filter((a) => !d.target.includes(a));
  }
}

/**
 * "знищили катер, який нібито належав угрупованню Tren de Aragua": a strike on a thing with no actor named, told as
 * belonging to someone in the relative clause right after it, is aimed at its owner.
 */
function ownersOfTargets(drafts: Draft[], v: DocView, C: Compiled): void {
  const verbs = C.L.ownershipVerbs;
  if (!verbs?.length) return;
  for (const d of drafts) {
    if (d.type !== 'ASSAULT' || d.target.length) continue;
    const c = v.clause[d.trigger]!;
    const next = v.clauses[c + 1];
    if (!next || next.sentence !== v.clauses[c]!.sentence || !C.relatives.has(v.lemmas[next.start]!)) continue;
    for (let k = next.start + 1; k < next.end && k < next.start + 5; k++) {
      if (!verbs.includes(v.lemmas[k]!)) continue;
      const a = v.actorAt[k + 1]!;
      if (a !== -1 && !d.source.includes(a) && (v.actors[a]!.case === 'dav' || v.actors[a]!.case === 'any')) d.target = [a];
      // (over the owner's kind noun: "належав угрупованню Tren de Aragua")
      else if (k + 2 < next.end && (v.flags[k + 1]! & F_NOUN) !== 0 && v.cases[k + 1] === 'dav' && v.actorAt[k + 2] !== -1 && !d.source.includes(v.actorAt[k + 2]!)) d.target = [v.actorAt[k + 2]!];
      break;
    }
  }
}

/**
 * "назвала закон «кроком назад» і закликала Київ …": an accusation with no object of its own shares the object of
 * the predicate coordinated after it.
 */
function accuseShares(drafts: Draft[], v: DocView, C: Compiled): void {
  const coordAt = (k: number): boolean => v.lowers[k] !== undefined && C.coord.has(v.lowers[k]!);
  drafts.forEach((d, n) => {
    if (d.type !== 'ACCUSE' || d.target.length || d.targetName || (v.flags[d.trigger]! & F_NOUN) !== 0) return;
    const next = drafts[n + 1];
    if (!next || next.sentence !== d.sentence || !next.target.length || next.source.join() !== d.source.join() || !C.verbal.has(next.type)) return;
    const ncr = v.clauses[v.clause[next.trigger]!]!;
    if (ncr.start > v.clauses[v.clause[d.trigger]!]!.start && (coordAt(ncr.start) || coordAt(ncr.start - 1))) d.target = next.target;
  });
}

/** Rejecting an accusation ("відкинули звинувачення") targets the accuser — a person's country when a state rejects. */
function rejectTargets(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  for (const d of drafts) {
    if (d.type !== 'REJECT' || d.target.length) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let about = false;
    for (let k = d.trigger + 1; k < Math.min(cr.end, d.trigger + 3); k++) if (C.accusationWords.has(v.lemmas[k]!)) about = true;
    // (the object told before the verb: "повідомлення про … назвали «фейком»")
    for (let k = Math.max(cr.start, d.trigger - 5); k < d.trigger && !about; k++) {
      if (C.accusationWords.has(v.lemmas[k]!) && v.governedBy[k] === null && (v.flags[k]! & F_NOUN) !== 0) about = true;
    }
    if (!about) continue;
    const acc = [...drafts].reverse().find((o) => o.trigger < d.trigger && (o.type === 'ACCUSE' || o.type === 'SANCTION') && o.source.length);
    if (!acc) continue;
    d.target = acc.source.filter((a) => !d.source.includes(a));
    const st = d.source.map((a) => v.actors[a]!);
    if (st.length && st.every((a) => !a.person)) {
      const countryOf = (a: Actor): string | undefined => a.country ?? (a.entity ? byId.get(a.entity)?.actor?.country : undefined);
      const names = d.target.map((a) => v.actors[a]!).map((a) => (a.person && countryOf(a) ? C.L.countryNames[countryOf(a)!] : undefined));
      if (names.length && names.every(Boolean)) {
        d.target = [];
        d.targetName = names[0];
      }
    }
  }
}

/**
 * "У Києві вимогу Братислави … відкинули", "скасував запланований візит до Саудівської Аравії": an act named only as
 * the object of its rejection or of calling it off is no event of its own — the rejection or the retreat is.
 */
function rejectedObjects(drafts: Draft[], v: DocView): Draft[] {
  const rejections = drafts.filter((o) => (o.type === 'REJECT' || o.type === 'RETREAT') && (v.flags[o.trigger]! & F_NOUN) === 0);
  if (!rejections.length) return drafts;
  return drafts.filter((d) => {
    if ((v.flags[d.trigger]! & F_NOUN) === 0 || d.type === 'REJECT' || d.type === 'RETREAT' || v.governedBy[d.trigger] !== null || v.cases[d.trigger] !== 'zna') return true;
    const cl = v.clause[d.trigger]!;
    return !rejections.some((o) => v.clause[o.trigger] === cl && Math.abs(o.trigger - d.trigger) <= 6);
  });
}

/**
 * "проєкту, який обговорювали в лютому", "країни, які відмовилися …": an act told in a relative clause with no agent of
 * its own — none at all, or only the subject carried over from the sentence before — describes the thing it is
 * attached to and is no event.
 */
function backgroundRelatives(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  // ("ухвалила резолюцію, …, яка закликає Росію …": the call of a document the sentence's subject adopted is that
  // subject's, told by the relative clause — callingResolutions then drops the adoption)
  for (const d of drafts) {
    if (d.type !== 'REQUEST') continue;
    const cl = v.clauses[v.clause[d.trigger]!]!;
    if (!(cl.start > 0 && v.texts[cl.start - 1] === ',' && C.relatives.has(v.lemmas[cl.start]!))) continue;
    // (one whose source was read off before the clause, as the document's preparer: "резолюцію, підготовлену Францією, яка …")
    if (d.source.length && d.sourceHow !== 'discourse' && !d.source.every((a) => v.actors[a]!.s < cl.start)) continue;
    const adopted = drafts.find((o) => o.type === 'AGREE' && o.sentence === d.sentence && o.trigger < cl.start && d.trigger - o.triggerEnd <= 14 && o.source.length > 0);
    if (adopted) {
      d.source = adopted.source;
      d.sourceHow = 'explicit';
    }
  }
  return drafts.filter((d) => {
    const cl = v.clauses[v.clause[d.trigger]!]!;
    // ("угоду про вільну торгівлю, переговори про яку тривали з 2022 року": the noun that opens a relative clause,
    // its pronoun after a preposition, tells the thing's history, whoever acts in the sentence)
    if (d.entry.pos === 'noun' && d.trigger === cl.start && cl.start > 0 && v.texts[cl.start - 1] === ',' && d.trigger + 2 < cl.end
      && (v.flags[d.trigger + 1]! & F_PREP) !== 0 && C.relatives.has(v.lemmas[d.trigger + 2]!)) return false;
    if (d.sourceHow !== 'discourse' && d.source.length) return true;
    return !(cl.start > 0 && v.texts[cl.start - 1] === ',' && C.relatives.has(v.lemmas[cl.start]!));
  });
}

/**
 * «Жодна поліція не виведе мене з міста», «Молодь вийшла на вулиці через ціни»: what a speaker tells of in a direct
 * quote of a sentence or more is their words, not a report of an act — but for what the words themselves do
 * (thanking, asking, accusing, rejecting, threatening: «Дякуємо Катару», «просимо ЄС …») and for the kinds of act a
 * quote is the report of (`quotedActTypes`: an official telling of a strike — the founding article's largest air
 * attack is told so). Short labels in quotation marks inside a sentence of the report («…» of a few words) are not
 * such quotes.
 */
function quotedActs(drafts: Draft[], adoc: AnalyzedDocument, v: DocView, C: Compiled): Draft[] {
  const quotes = adoc.quotes.filter((q) => q.direct && q.text.length > QUOTED_ACT_MIN_CHARS);
  return drafts.filter((d) => {
    // (a label a naming verb gives is words about the act named, not an act: "рішення Варшави назвали «ударом по
    // звичайних людях»")
    if (v.inQuote[d.trigger] && inNamingLabel(d.trigger, v, C)) return false;
    if (!quotes.length) return true;
    if (C.verbal.has(d.type) || C.L.quotedActTypes?.includes(d.type)) return true;
    const t = v.tokens[d.trigger]!;
    return !quotes.some((q) => t.start >= q.start && t.end <= q.end);
  });
}

/** Whether token k lies in «…» given as a label by a naming verb a few words before the opening mark. */
function inNamingLabel(k: number, v: DocView, C: Compiled): boolean {
  const sent = v.sents[k]!;
  let o = k - 1;
  while (o >= 0 && v.sents[o] === sent && v.texts[o] !== '«' && v.texts[o] !== '»') o--;
  if (o < 0 || v.texts[o] !== '«') return false;
  for (let j = o - 1; j >= 0 && j >= o - 6 && v.sents[j] === sent; j--) if (C.L.namingVerbs.includes(v.lemmas[j]!)) return true;
  return false;
}

/** A direct quote longer than this (characters) is the speaker's own words rather than a label. */
const QUOTED_ACT_MIN_CHARS = 40;

/**
 * "не можемо підтвердити, хто запустив дрон", "невідомо, чи відбудеться зустріч", "пригрозив тим, хто підпалює
 * будівлі": an act in a clause that a question word opens right after a comma (the verb within three words of it) is
 * asked about or stands for whoever does it — no act told as done.
 */
function questioned(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  const words = C.L.questionWords;
  if (!words?.length) return drafts;
  return drafts.filter((d) => {
    if ((v.flags[d.trigger]! & F_VERB) === 0) return true;
    const sent = v.sents[d.trigger]!;
    for (let k = d.trigger - 1; k >= 1 && k >= d.trigger - 3 && v.sents[k] === sent; k--) {
      if (v.texts[k] === ',' || (v.flags[k]! & F_VERB) !== 0) return true;
      if (words.includes(v.lowers[k]!) && v.texts[k - 1] === ',') return false;
    }
    return true;
  });
}

/**
 * "дорікнув Києву, що той мав три роки, аби домовитися з Росією", "домовилися про патрулювання, аби перекрити канали":
 * an infinitive of purpose names a goal, not an act — but for a meeting a trip is made for ("вирушить до Москви, щоб
 * обговорити …"), which the trip's planned consultation is.
 */
function purposes(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  const words = C.L.purposeWords ?? [];
  return drafts.filter((d) => {
    if (d.type === 'CONSULT') return true;
    if ((v.flags[d.trigger]! & F_INF) !== 0 && d.trigger > 0 && words.includes(v.lowers[d.trigger - 1]!)) return false;
    // ("закликав Пекін використати вплив, щоб Росія погодилася на припинення вогню": a purpose clause's own verb tells
    // what is sought, no act — nor does an infinitive further on in it: "щоб переконати Москву погодитися …")
    const cl = v.clauses[v.clause[d.trigger]!]!;
    // (not a clause a demonstrative before the comma introduces, what was voted for: "проголосувала за те, щоб …
    // спрямувати Україні …")
    const correlative = cl.start > 1 && (v.flags[cl.start - 2]! & F_PRONDEM) !== 0;
    if ((v.flags[d.trigger]! & F_INF) !== 0 && cl.start > 0 && v.texts[cl.start - 1] === ',' && words.includes(v.lowers[cl.start]!) && !correlative) return false;
    return !((v.flags[d.trigger]! & F_VERB) !== 0 && (v.flags[d.trigger]! & F_INF) === 0 && cl.start > 0 && v.texts[cl.start - 1] === ',' && words.includes(v.lowers[cl.start]!));
  });
}

/**
 * "відкинув ідею перемир’я, яку озвучив Макрон", "відкинув угоди, які Вашингтон і Пекін можуть укласти": a rejected
 * object with a relative clause naming who put it forward or would make it — the relative pronoun its object, the
 * clause's subject named — targets that author (over the author of an earlier act of the object's kind).
 */
function rejectedAuthors(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'REJECT' || (v.flags[d.trigger]! & F_NOUN) !== 0) continue;
    const sent = v.sents[d.trigger]!;
    let k = d.trigger + 1;
    while (k < v.tokens.length && k < d.trigger + 8 && v.sents[k] === sent && v.texts[k] !== ',' && !(v.actorAt[k] !== -1 && v.governedBy[k] === null)) k++;
    if (k + 1 >= v.tokens.length || v.texts[k] !== ',' || k === d.trigger + 1 || v.sents[k + 1] !== sent || !C.relatives.has(v.lemmas[k + 1]!)) continue;
    // (a form that is also the nominative — "які", "який" — is the object when the clause names a subject of its own)
    if (v.cases[k + 1] !== 'zna' && !C.L.ambiguousRelatives?.includes(v.lowers[k + 1]!)) continue;
    const authors: number[] = [];
    for (let m = k + 2; m < v.tokens.length && m < k + 14 && v.sents[m] === sent && v.texts[m] !== ','; m++) {
      const a = v.actorAt[m]!;
      if (a === -1 || v.governedBy[m] !== null || authors.includes(a)) continue;
      const c = v.actors[a]!.case;
      if (c === 'naz' || c === 'any') authors.push(a);
    }
    const own = new Set(d.source.map((a) => v.actors[a]!.name));
    const target = authors.filter((a) => !own.has(v.actors[a]!.name));
    if (target.length) {
      d.target = target;
      d.targetName = undefined;
    }
  }
}

/**
 * "Сибіга привітав нові санкції": a reaction whose object is the noun of an act told before (its type's noun trigger,
 * with determiners and adjectives only between) targets the author of that act — the latest earlier event of that
 * type with a source. An object with a named owner of its own ("санкції ЄС") is left to the slots.
 */
function reactionTargets(drafts: Draft[], v: DocView, C: Compiled): void {
  const reactions = C.L.reactionTypes ?? [];
  if (!reactions.length) return;
  for (const d of drafts) {
    if (!reactions.includes(d.type) || d.target.length || d.targetName || (v.flags[d.trigger]! & F_NOUN) !== 0) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let k = d.trigger + 1;
    while (k < cr.end && k < d.trigger + 4 && (v.flags[k]! & F_ADJ) !== 0 && v.actorAt[k] === -1) k++;
    if (k >= cr.end || (v.flags[k]! & F_NOUN) === 0 || v.governedBy[k] !== null || v.actorAt[k] !== -1) continue;
    if (k + 1 < cr.end && v.actorAt[k + 1] !== -1) continue;
    const types = new Set((C.byLemma.get(v.lemmas[k]!) ?? []).filter((e) => e.pos === 'noun' && !e.weak).map((e) => e.type));
    if (!types.size) continue;
    const act = [...drafts].reverse().find((o) => o !== d && o.trigger < d.trigger && types.has(o.type) && o.source.length && !o.negated);
    if (!act) continue;
    const names = new Set(d.source.map((a) => v.actors[a]!.name));
    d.target = act.source.filter((a) => !d.source.includes(a) && !names.has(v.actors[a]!.name));
  }
}

/**
 * "відкинув ці звинувачення, назвавши їх «цинічною маніпуляцією»": a label given by a naming participle after a
 * rejection is how the rejection was put, not an accusation of its own.
 */
function namingInRejection(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  return drafts.filter((d) => {
    if (d.type !== 'ACCUSE' || (v.flags[d.trigger]! & F_ADVP0) === 0 || !C.L.namingVerbs.includes(v.lemmas[d.trigger]!)) return true;
    if (drafts.some((o) => o.type === 'REJECT' && o.sentence === d.sentence && o.trigger < d.trigger && o.source.join() === d.source.join())) return false;
    // ("заперечили причетність до атаки, назвавши звинувачення Києва «русофобією»": the accusation named after a
    // denial is the one denied — the label is how the denial was put)
    const named = d.trigger + 1 < v.tokens.length && C.L.accusationWords.includes(v.lemmas[d.trigger + 1]!);
    return !(named && (d.modality === 'denied' || drafts.some((o) => o.sentence === d.sentence && o.trigger < d.trigger && o.modality === 'denied')));
  });
}

/**
 * "ухвалив резолюцію, у якій закликав владу звільнити …": a document adopted to make a call is that call, told by the
 * relative clause — no agreement of its own.
 */
function callingResolutions(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  return drafts.filter((d) => {
    if (d.type !== 'AGREE') return true;
    const call = drafts.find((o) => o.type === 'REQUEST' && o.sentence === d.sentence && o.trigger > d.triggerEnd && o.trigger - d.triggerEnd <= 14);
    if (!call) return true;
    for (let k = d.triggerEnd; k < call.trigger; k++) if (C.relatives.has(v.lemmas[k]!)) return false;
    return true;
  });
}

/** Leaving a place: the place is where, not whom ("вийшли з Суджі"). */
function retreatPlaces(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  // (a state is a party withdrawn from — "відкликала посла з Білорусі" — not a place)
  const state = (a: number): boolean => {
    const x = v.actors[a]!;
    return !!x.entity && !!byId.get(x.entity)?.actor?.kbId?.startsWith('country:');
  };
  for (const d of drafts) {
    if (d.type !== 'RETREAT') continue;
    const places = d.target.filter((a) => v.actors[a]!.type === 'LOC' && !v.actors[a]!.group && !state(a));
    if (places.length) {
      d.location ??= places[0]!;
      // (a capital withdrawn from is its state: "відкликав посла з Москви" → Росія)
      const states = places.map((a) => C.L.capitals[v.actors[a]!.name]).filter((x): x is string => !!x)
        .map((name) => stateActor(v, v.actors[places[0]!]!.s, v.actors[places[0]!]!.s + 1, name, 'any'));
      d.target = [...d.target.filter((a) => !places.includes(a)), ...states];
    }
  }
}

/** "відкликав посла … для консультацій": the purpose of a recall is no consultation of its own. */
function recallPurposes(drafts: Draft[], v: DocView, C: Compiled): void {
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n]!;
    if (d.type !== 'CONSULT' || (v.flags[d.trigger]! & F_NOUN) === 0 || !C.L.purposePreps.includes(v.governedBy[d.trigger] ?? '')) continue;
    if (drafts.some((o) => o.type === 'RETREAT' && o.sentence === d.sentence && o.trigger < d.trigger)) drafts.splice(n, 1);
  }
}

/**
 * "Кишинів привітали президент Франції … і канцлер Німеччини …": a plural verb does not agree with one singular name
 * before it (a place's nominative and accusative coincide) — the persons named in the nominative after it are its
 * subject, the name before it its object.
 */
function pluralVerbSubjects(drafts: Draft[], v: DocView): void {
  for (const d of drafts) {
    const f = v.flags[d.trigger]!;
    if ((f & F_POS_VERB) === 0 || (f & F_PLURAL) === 0 || (f & (F_INF | F_ADVP)) !== 0) continue;
    // ("Позицію Литви підтримали прем’єри Латвії та Естонії Сіліня і Міхал": an object noun in the accusative opens
    // the clause, with its owner in the genitive; the persons after the verb are its subject)
    // (whatever case the tagger gave the names, with the accusative taken before the verb: "Евіка Сіліня" as a
    // genitive, "Дональд Туск" as an object)
    if (d.source.length <= 1 && d.target.length >= 2 && d.target.every((a) => v.actors[a]!.person && v.actors[a]!.s > d.trigger && !['oru', 'dav', 'mis'].includes(v.actors[a]!.case))) {
      const cl = v.clauses[v.clause[d.trigger]!]!;
      let k = cl.start;
      while (k < d.trigger && v.governedBy[k] !== null) k++;
      const owner = k + 1 < d.trigger && (v.flags[k]! & F_NOUN) !== 0 && v.cases[k] === 'zna' && v.actorAt[k] === -1 ? v.actorAt[k + 1]! : -1;
      if (owner !== -1 && v.actors[owner]!.case === 'rod' && (!d.source.length || v.actors[d.source[0]!]!.name === v.actors[owner]!.name)) {
        d.source = d.target;
        d.target = [owner];
        continue;
      }
    }
    if (d.source.length !== 1 || d.target.length < 2) continue;
    const src = v.actors[d.source[0]!]!;
    const tag = v.tokens[src.e - 1]!.tag ?? '';
    if (src.person || src.group || src.e > d.trigger || /:(p|nv)(:|$)/.test(tag) || !/:v_naz(:|$)/.test(tag)) continue;
    if (!d.target.every((a) => v.actors[a]!.person && v.actors[a]!.s > d.trigger && (v.actors[a]!.case === 'naz' || v.actors[a]!.case === 'any'))) continue;
    const object = d.source[0]!;
    d.source = d.target;
    d.target = [object];
  }
}

/**
 * "США, Південна Корея та Японія розпочали … навчання": exercises held by several states together are their
 * cooperation (the first named with the others), not one state's mobilisation.
 */
function jointExercises(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'MOBILIZE' || d.source.length < 2 || d.target.length || !C.L.exerciseNouns?.includes(v.lemmas[d.trigger]!)) continue;
    d.type = 'COOPERATE';
    d.mode = undefined;
    d.target = d.source.slice(1);
    d.source = d.source.slice(0, 1);
  }
}

/**
 * "Росія повернула Україні ще 14 дітей з окупованих районів …": a state in the dative right after the verb of a return
 * is whom they were returned to, over the place they came from.
 */
function returnedToDative(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    // (returned, not handed over: "передали Червоному Хресту" names the go-between)
    if (d.type !== 'CONCEDE' || (v.flags[d.trigger]! & F_VERB) === 0 || d.triggerEnd >= v.tokens.length || !C.L.returnVerbs?.includes(v.lemmas[d.trigger]!)) continue;
    const a = v.actorAt[d.triggerEnd]!;
    if (a === -1 || v.actors[a]!.s !== d.triggerEnd || v.actors[a]!.case !== 'dav' || v.actors[a]!.person || d.source.includes(a)) continue;
    d.target = [a];
  }
}

/**
 * "подякував Конгресу США та американському народові": a people named by its demonym beside a body of its own state
 * adds no side — the body is the target.
 */
function peopleBesideTheirBodies(drafts: Draft[], v: DocView, C: Compiled, sideOf: (a: number) => string | null): void {
  for (const d of drafts) {
    if (d.target.length < 2) continue;
    d.target = d.target.filter((a) => {
      const x = v.actors[a]!;
      // (the people's state, from its demonym)
      if (x.type !== 'LOC' || x.person || (v.flags[x.s]! & F_ADJ) === 0) return true;
      const code = codeOfState(C.L, x.name);
      const gen = C.L.genitive?.(x.name);
      return !code || !d.target.some((b) => b !== a && (sideOf(b) === code || (!!gen && v.actors[b]!.name.endsWith(' ' + gen))));
    });
  }
}

/**
 * "Учора в місті Льяльягуа … прихильники опозиції атакували правоохоронців": an attack on no one named is an attack on
 * the place where it happened (the conventions' target of an attack is the place or the object as named).
 */
function attackedPlaces(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  const towns = C.L.townIds?.();
  for (const d of drafts) {
    if (d.type !== 'ASSAULT' || d.target.length || d.location === null || d.source.includes(d.location) || (v.flags[d.trigger]! & F_VERB) === 0) continue;
    const x = v.actors[d.location]!;
    if (x.type !== 'LOC' || x.person || x.group || v.sents[x.s] !== d.sentence || d.source.some((a) => v.actors[a]!.name === x.name)) continue;
    // (a town only — one the knowledge base knows, or named after its kind: "в місті Льяльягуа"; not a sea, a region or
    // a state)
    const kb = x.entity ? byId.get(x.entity)?.actor?.kbId : undefined;
    const town = (!!kb && !!towns?.has(kb)) || (x.s > 0 && !!C.L.settlementNouns?.includes(v.lemmas[x.s - 1]!));
    if (town) d.target = [d.location];
  }
}

/**
 * "скасував усі культурні заходи …, а також запланований візит до Баку віцепрем’єра Росії": a visit called off is no
 * visit; its visitor is whom the one calling it off withdraws from.
 */
function visitsCalledOff(drafts: Draft[], v: DocView): void {
  for (const d of drafts) {
    if (d.type !== 'RETREAT' || (v.flags[d.trigger]! & F_VERB) === 0 || !d.entry.requires?.length) continue;
    const visit = drafts.find((o) => o.type === 'CONSULT' && o.sentence === d.sentence && o.trigger > d.trigger && (v.flags[o.trigger]! & F_NOUN) !== 0
      && d.entry.requires!.includes(v.lemmas[o.trigger]!));
    if (!visit) continue;
    if (!d.target.length) d.target = visit.source.filter((a) => !d.source.includes(a));
    drafts.splice(drafts.indexOf(visit), 1);
  }
}

/**
 * "назвав атаку «терористичним актом» і звинуватив Київ у …": a label coordinated with the accusation that follows it
 * in the sentence is that accusation's words, no act of its own (whatever the label's type or aim).
 */
function namingBeforeAccusations(drafts: Draft[], v: DocView, C: Compiled): void {
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n]!;
    if ((d.type !== 'ACCUSE' && d.type !== 'REJECT') || !C.L.namingVerbs.includes(v.lemmas[d.trigger]!) || (v.flags[d.trigger]! & F_VERB) === 0) continue;
    const next = drafts.find((o) => o !== d && o.type === 'ACCUSE' && o.sentence === d.sentence && o.trigger > d.trigger && (v.flags[o.trigger]! & F_VERB) !== 0
      && o.trigger > 0 && C.coord.has(v.lowers[o.trigger - 1]!) && !C.L.namingVerbs.includes(v.lemmas[o.trigger]!));
    if (next && (!d.source.length || !next.source.length || d.source.every((a) => next.source.includes(a)))) drafts.splice(n, 1);
  }
}

/**
 * "зібралися на акцію протесту біля будівлі мерії Стамбула": a town reached through a place one protests near is where
 * the protest is, not whom it is aimed at (a state or a body reached so is: "біля посольства Росії").
 */
function protestSitesOut(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  const near = C.L.nearPreps ?? [];
  for (const d of drafts) {
    if (d.type !== 'PROTEST' || !d.target.length) continue;
    d.target = d.target.filter((a) => {
      const x = v.actors[a]!;
      if (x.type !== 'LOC' || x.person || x.group || (x.entity && byId.get(x.entity)?.actor?.kbId?.startsWith('country:'))) return true;
      // back over the genitive nouns the town is the owner of, to the preposition
      let k = x.s - 1;
      while (k > 0 && k > x.s - 5 && v.sents[k] === v.sents[x.s] && v.actorAt[k] === -1 && (v.flags[k]! & (F_NOUN | F_ADJ)) !== 0 && v.cases[k] === 'rod') k--;
      return !(k < x.s - 1 && (v.flags[k]! & F_PREP) !== 0 && near.includes(v.lemmas[k]!));
    });
  }
}

/**
 * "Учора обох моряків звільнили": a release told in the impersonal, with no side named, is by the side that detained
 * them — the latest coercion with a source in the three sentences up to it.
 */
function releasedByDetainers(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'CONCEDE' || d.source.length || (v.flags[d.trigger]! & (F_VERB | F_PLURAL)) !== (F_VERB | F_PLURAL) || !C.L.releaseVerbs?.includes(v.lemmas[d.trigger]!)) continue;
    let by: Draft | undefined;
    for (const x of drafts) if (x.type === 'COERCE' && x.source.length && x.trigger < d.trigger && x.sentence >= d.sentence - 3) by = x;
    if (by) d.source = by.source.slice();
  }
}

/**
 * "десятки тисяч українців вийшли на протест": a people protesting is a group of them, named by the noun ("українці"),
 * not its state — the state a people's noun stands for elsewhere ("допомога українцям").
 */
function peopleProtesters(drafts: Draft[], v: DocView, C: Compiled): void {
  const inflect = C.L.inflect;
  for (const d of drafts) {
    if (d.type !== 'PROTEST') continue;
    d.source = packedMap(d.source, (a) => {
      const x = v.actors[a]!;
      if (!x.group || x.type !== 'LOC' || x.e - x.s !== 1 || (v.flags[x.s]! & F_NOUN) === 0 || (v.flags[x.s]! & F_PLURAL) === 0 || !/^\p{Ll}/u.test(v.lemmas[x.s]!)) return a;
      const name = (v.cases[x.s] === 'naz' ? v.lowers[x.s] : inflect?.(v.lemmas[x.s]!.toLowerCase(), 'noun:p:v_naz')) ?? null;
      if (!name) return a;
      return v.actors.push(newActor({ s: x.s, e: x.e, name, type: 'ORG', case: x.case, person: false, group: true })) - 1;
    });
  }
}

/**
 * "прихильники Венансіу Мондлане перекрили вулиці, вимагаючи визнати його переможцем": followers do not act against
 * the person they are named for — he is no target of theirs.
 */
function followersOwnLeader(drafts: Draft[], v: DocView): void {
  for (const d of drafts) {
    if (!d.target.length || d.source.length !== 1 || !v.actors[d.source[0]!]!.group) continue;
    const g = v.actors[d.source[0]!]!;
    // (the person whose name lies inside the group's words; a pronoun for him resolves to that name)
    d.target = d.target.filter((a) => !(v.actors[a]!.person && v.actors[a]!.s >= g.s && v.actors[a]!.e <= g.e));
  }
}

/**
 * "польські та українські фахівці спільно проведуть ексгумації": joint work with no side named, done by a group whose
 * two demonyms coordinated before it name the states — the first the source, the second the target.
 */
function jointDemonyms(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    // (a source read off one of the two demonyms is replaced too: "британські та французькі прикордонники")
    if (d.type !== 'COOPERATE' || d.target.length || d.source.length > 1) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const own = d.source.length ? v.actors[d.source[0]!]! : null;
    for (let k = cr.start + 3; k < d.trigger; k++) {
      if ((v.flags[k]! & F_NOUN) === 0 || v.cases[k] !== 'naz' || (v.actorAt[k] !== -1 && v.actorAt[k] !== d.source[0])) continue;
      // (adjectives of the group's kind may follow the second: "британські та українські оборонні компанії")
      let j = k - 1;
      while (j > k - 3 && j - 2 > cr.start && (v.flags[j]! & F_ADJ) !== 0 && !C.L.demonyms[v.lemmas[j]!.toLowerCase()] && v.actorAt[j] === -1) j--;
      // (a source from outside the clause, the one who reports it, gives way: "У Міністерстві оборони уточнили, що …")
      if (own && own.e > cr.start && (own.s < j - 2 || own.e > k + 1)) continue;
      const a = C.L.demonyms[v.lemmas[j - 2]!.toLowerCase()];
      const b = C.L.demonyms[v.lemmas[j]!.toLowerCase()];
      if (!a || !b || a === b || !C.coord.has(v.lowers[j - 1]!) || (v.flags[j - 2]! & F_ADJ) === 0 || (v.flags[j]! & F_ADJ) === 0) continue;
      d.source = [stateActor(v, j - 2, j - 1, a, 'naz')];
      d.target = [stateActor(v, j, j + 1, b, 'naz')];
      d.sourceHow = 'explicit';
      break;
    }
  }
}

/**
 * "визнав поразку й привітав Стьоре з перемогою": a defeat conceded is a concession to the winner. The winner is the
 * one congratulated on the victory, in the same sentence first, else anywhere in the article, else the one told as
 * having won ("переміг", "перемогла") before. A congratulation of the rival ("привітав суперника з перемогою") is one
 * of that winner too. A conceded defeat with no winner named is dropped: what was conceded to whom is then unknown, and
 * the older blind sets leave such a bare concession out.
 */
function concededDefeats(drafts: Draft[], v: DocView, C: Compiled): void {
  const w = C.L.victory;
  if (!w || !drafts.some((d) => d.type === 'CONCEDE' && d.entry.requires?.includes(w.defeat))) return;
  // congratulations on a victory: the SUPPORT drafts of a verb of congratulating with "з перемогою" after it
  const onVictory = (d: Draft): boolean => {
    if (d.type !== 'SUPPORT' || !w.congratulate.includes(v.lemmas[d.trigger]!)) return false;
    const end = v.adoc.sentences[d.sentence]!.tokenEnd;
    for (let k = d.triggerEnd; k < end && k <= d.triggerEnd + 8; k++) if (w.nouns.includes(v.lemmas[k]!) && v.governedBy[k] === 'з') return true;
    return false;
  };
  const congratulations = drafts.filter(onVictory);
  // the one told as having won: the person nearest before a verb of winning in its clause, else its nominative
  const toldWinner = (before: number): number => {
    for (let k = 0; k < before; k++) {
      if (!w.verbs.includes(v.lemmas[k]!) || (v.flags[k]! & F_VERB) === 0) continue;
      const cr = v.clauses[v.clause[k]!]!;
      let naz = -1;
      for (let j = k - 1; j >= cr.start; j--) {
        const a = v.actorAt[j]!;
        if (a === -1) continue;
        if (v.actors[a]!.person) return a;
        if (naz === -1 && (v.actors[a]!.case === 'naz' || v.actors[a]!.case === 'any')) naz = a;
      }
      if (naz !== -1) return naz;
    }
    return -1;
  };
  const rival = (d: Draft): boolean => {
    const end = v.adoc.sentences[d.sentence]!.tokenEnd;
    for (let k = d.triggerEnd; k < end && k <= d.triggerEnd + 2; k++) if (w.rivals.includes(v.lemmas[k]!)) return true;
    return false;
  };
  // (a rival congratulated is the winner told before, or congratulated by another)
  for (const d of congratulations) {
    if (d.target.length || !rival(d)) continue;
    const other = congratulations.find((x) => x !== d && x.target.length && !x.target.some((a) => d.source.includes(a)));
    const a = other ? other.target[0]! : toldWinner(d.trigger);
    if (a !== -1 && !d.source.includes(a)) d.target = [a];
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type !== 'CONCEDE' || !d.entry.requires?.includes(w.defeat) || d.target.length) continue;
    const foreign = (x: Draft): boolean => x.target.length > 0 && !x.target.some((a) => d.source.includes(a));
    const same = congratulations.find((x) => x.sentence === d.sentence && foreign(x));
    const any = same ?? congratulations.find(foreign);
    let winner = any ? any.target.filter((a) => !d.source.includes(a)) : [];
    if (!winner.length) {
      const a = toldWinner(d.trigger);
      if (a !== -1 && !d.source.includes(a)) winner = [a];
    }
    if (winner.length) d.target = winner;
    else drafts.splice(i, 1);
  }
}

/**
 * "прибули до Києва, де їх зустрів президент Володимир Зеленський": a visit to a place whose host is named as the one
 * who met the visitors there is a visit to that person.
 */
function hostsMeeting(drafts: Draft[], v: DocView, C: Compiled): void {
  const verbs = C.L.hostVerbs;
  if (!verbs) return;
  for (const d of drafts) {
    if (d.type !== 'CONSULT' || d.mode !== 'visit' || d.target.some((a) => v.actors[a]!.person)) continue;
    const end = v.adoc.sentences[d.sentence]!.tokenEnd;
    for (let k = d.triggerEnd; k + 2 < end && k < d.triggerEnd + 8; k++) {
      if (v.texts[k] !== ',' || !C.L.placeRelatives?.includes(v.lowers[k + 1]!)) continue;
      let m = k + 2;
      while (m < end && m <= k + 5 && !(verbs.includes(v.lemmas[m]!) && (v.flags[m]! & F_VERB) !== 0)) m++;
      if (m >= end || m > k + 5) break;
      for (let j = m + 1; j < end && j <= m + 7; j++) {
        const a = v.actorAt[j]!;
        if (a === -1) continue;
        const x = v.actors[a]!;
        // (over the body or state of the host's title: "президент Польщі Кароль Навроцький")
        if (!x.person && (x.case === 'rod' || x.case === 'any')) {
          j = x.e - 1;
          continue;
        }
        if (x.person && (x.case === 'naz' || x.case === 'any')) d.target = [a];
        break;
      }
      break;
    }
  }
}

/**
 * "штурмували позиції ЗСУ в районі Суджі", "атакували українські позиції поблизу Лимана": an attack on positions with
 * the place they are at named after them is an attack on that place (the later blind sets name it; the owner of the
 * positions stays the target where no place follows).
 */
function positionsAtPlaces(drafts: Draft[], v: DocView, C: Compiled): void {
  const nouns = C.L.positionNouns;
  if (!nouns) return;
  for (const d of drafts) {
    if (d.type !== 'ASSAULT') continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let p = -1;
    for (let k = d.triggerEnd; k < cr.end && k <= d.triggerEnd + 3; k++) if (nouns.includes(v.lemmas[k]!) && (v.flags[k]! & F_NOUN) !== 0) { p = k; break; }
    if (p === -1) continue;
    for (let k = p + 1; k < cr.end && k <= p + 9; k++) {
      const a = v.actorAt[k]!;
      if (a === -1) continue;
      const x = v.actors[a]!;
      // (the owner of the positions right after them is passed over: "позиції ЗСУ", "позиції українських підрозділів")
      if (v.governedBy[k] === null && k <= p + 3) {
        k = x.e - 1;
        continue;
      }
      // (not a front's direction named "на": "позиції на Покровському напрямку" stay the state's)
      if (x.type === 'LOC' && !x.person && v.governedBy[k] !== null && !C.L.directionPreps?.includes(v.governedBy[k]!) && !C.L.isOblastName?.(x.name)) d.target = [a];
      break;
    }
  }
}

/**
 * "тривають протести місцевих жителів": a protest named by its noun with a plural noun of people in the genitive after
 * it is that group's, named in the nominative ("місцеві жителі") — not the place's it is held in.
 */
function protestersOfNoun(drafts: Draft[], v: DocView, C: Compiled): void {
  const inflect = C.L.inflect;
  if (!inflect) return;
  for (const d of drafts) {
    // (one whose side is a place, as read off a locative — "В Еппінгу тривають протести" — or none)
    if (d.type !== 'PROTEST' || d.entry.pos !== 'noun' || d.source.some((a) => v.actors[a]!.type !== 'LOC' && v.governedBy[v.actors[a]!.s] === null)) continue;
    // (not one told as the object of a coercion: "розігнали демонстрацію студентів" keeps no side, as stop 17 has it)
    if (drafts.some((o) => o.type === 'COERCE' && o.trigger < d.trigger && d.trigger - o.trigger <= 3)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let k = d.triggerEnd;
    // ("протести руху GenZ 212": a movement or body named after its kind is the protest's side)
    if (k + 1 < cr.end && C.L.orgKindNouns.includes(v.lemmas[k]!) && v.actorAt[k + 1] !== -1 && v.actors[v.actorAt[k + 1]!]!.s === k + 1 && v.actors[v.actorAt[k + 1]!]!.type === 'ORG') {
      d.source = [v.actorAt[k + 1]!];
      dropAim(d, v.actors[v.actorAt[k + 1]!]!.e);
      continue;
    }
    const words: string[] = [];
    while (k < cr.end && (v.flags[k]! & F_ADJ) !== 0 && (v.flags[k]! & F_NOUN) === 0 && v.cases[k] === 'rod' && v.actorAt[k] === -1 && !C.L.demonyms[v.lemmas[k]!.toLowerCase()]) {
      const w = inflect(v.lemmas[k]!.toLowerCase(), 'adj:p:v_naz');
      if (!w) break;
      words.push(w);
      k++;
    }
    if (k >= cr.end || (v.flags[k]! & F_NOUN) === 0 || (v.flags[k]! & F_PLURAL) === 0 || v.cases[k] !== 'rod' || v.actorAt[k] !== -1) continue;
    if (!((v.flags[k]! & F_ANIM) !== 0 || !!C.L.personNounSuffix?.test(v.lemmas[k]!)) || C.roles.has(v.lemmas[k]!) || C.L.anonymousNouns?.includes(v.lemmas[k]!)) continue;
    const head = inflect(v.lemmas[k]!.toLowerCase(), 'noun:p:v_naz');
    if (!head || words.length !== k - d.triggerEnd) continue;
    d.source = [v.actors.push(newActor({ s: d.triggerEnd, e: k + 1, name: [...words, head].join(' '), type: 'ORG', case: 'rod', person: false, group: true })) - 1];
    dropAim(d, k + 1);
  }

  /**
   * What the protesters demand in a relative clause about them right after their name is the protest's aim, no request
   * of its own ("…, які вимагають виселити …", "…, учасники яких вимагають …").
   */
  function dropAim(d: Draft, e: number): void {
    if (v.texts[e] !== ',') return;
    const rel = C.relatives.has(v.lemmas[e + 1] ?? '') ? e + 1 : C.L.participantNouns?.includes(v.lemmas[e + 1] ?? '') && C.relatives.has(v.lemmas[e + 2] ?? '') ? e + 2 : -1;
    if (rel === -1) return;
    const aim = drafts.findIndex((o) => o.type === 'REQUEST' && o.trigger > rel && o.trigger <= rel + 2);
    if (aim === -1) return;
    // (the one the demand is made of is whom the protest is against: "…, учасники яких вимагають від уряду …")
    if (!d.target.length) d.target = drafts[aim]!.target;
    drafts.splice(aim, 1);
  }
}

/**
 * "санкції проти 15 російських компаній, …, зокрема проти концерну Купол": sanctions on a group named by its state's
 * demonym fall on the body singled out after an including word, where one is named.
 */
function sanctionedNamed(drafts: Draft[], v: DocView, C: Compiled): void {
  const inc = C.L.including ?? [];
  for (const d of drafts) {
    if (d.type !== 'SANCTION' || d.target.length > 1) continue;
    const t = d.target.length ? v.actors[d.target[0]!]! : null;
    if (t && ((v.flags[t.s]! & F_ADJ) === 0 || t.s < d.trigger)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const end = v.adoc.sentences[d.sentence]!.tokenEnd;
    for (let k = d.triggerEnd; k < end && k < d.triggerEnd + 25; k++) {
      if (!inc.includes(v.lowers[k]!) || k < cr.start) continue;
      let j = k + 1;
      if (j < end && (v.flags[j]! & F_PREP) !== 0) j++;
      if (j < end && v.actorAt[j] === -1 && C.L.orgKindNouns.includes(v.lemmas[j]!)) j++;
      const a = j < end ? v.actorAt[j]! : -1;
      if (a !== -1 && v.actors[a]!.s === j && !v.actors[a]!.person && !v.actors[a]!.group) d.target = [a];
      break;
    }
  }
}

/**
 * "пікетують будівлю Конституційного суду": a protest at a body's building, the building its object, is aimed at
 * that body (a rally merely held "під будівлею парламенту" names where, not whom).
 */
function picketedBodies(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'PROTEST' || d.target.length || (v.flags[d.trigger]! & F_NOUN) !== 0) continue;
    const k = nounAfterTrigger(v, d);
    if (k === -1 || v.governedBy[k] !== null || v.cases[k] !== 'zna' || !C.L.premisesNouns?.includes(v.lemmas[k]!)) continue;
    const a = v.actorAt[k + 1]!;
    if (a !== -1 && v.actors[a]!.s === k + 1 && v.actors[a]!.type === 'ORG' && !v.actors[a]!.person && (v.actors[a]!.case === 'rod' || v.actors[a]!.case === 'any')) d.target = [a];
  }
}

/**
 * "Міністр … підтримав протестувальників": the protesters of an act with no target of its own are the group that
 * protested before, as first named ("Кілька тисяч фермерів … заблокували" → "фермери").
 */
function protestersTargets(drafts: Draft[], v: DocView, C: Compiled): void {
  const nouns = C.L.protesterNouns;
  if (!nouns.length) return;
  for (const d of drafts) {
    // (a detention takes named persons only: "затримала 27 протестувальників" is some of them)
    if (d.target.length || d.type === 'PROTEST' || d.entry.personTarget) continue;
    const k = nounAfterTrigger(v, d);
    if (k === -1 || !nouns.includes(v.lemmas[k]!)) continue;
    const protest = drafts.find((o) => o.type === 'PROTEST' && o.trigger < d.trigger && o.source.length && o.source.every((a) => v.actors[a]!.group));
    if (protest) d.target = protest.source;
  }
}

/**
 * "У МЗС Данії назвали слова дипломата «…»": a verbal act with no target whose object is a title alone (after the
 * noun of what he said, or itself) is aimed at the person last named with that title ("Посол Росії … Владімір Барбін").
 */
function roleObjects(drafts: Draft[], v: DocView, C: Compiled, ex: Extractor): void {
  for (const d of drafts) {
    if (d.target.length || d.targetName || !C.verbal.has(d.type)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let k = nounAfterTrigger(v, d);
    if (k === -1 || v.actorAt[k] !== -1) continue;
    // (the words of the titled person: "слова дипломата", "заяву посла")
    const words = C.L.wordsOf.includes(v.lemmas[k]!);
    if (words) k++;
    // (a title that is no post, "дипломата", one person only: "вислали двох дипломатів" are no one named before)
    const title = k < cr.end && (C.roles.has(v.lemmas[k]!) || (C.L.objectTitles.includes(v.lemmas[k]!) && (words || (v.flags[k]! & F_PLURAL) === 0)));
    if (!title || v.actorAt[k] !== -1 || (k + 1 < cr.end && v.actorAt[k + 1] !== -1)) continue;
    const p = ex.personWithRole(v.lemmas[k]!, k);
    if (p.length === 1 && !d.source.includes(p[0]!)) d.target = p;
  }
}

/**
 * "Кривонос привітав цей крок": a reaction to "this step" (a demonstrative and a noun for an act right after the
 * trigger) is aimed at the author of the act told just before.
 */
function demonstrativeActs(drafts: Draft[], v: DocView, C: Compiled): void {
  drafts.forEach((d, n) => {
    if (!C.L.reactionTypes?.includes(d.type) || n === 0) return;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const k = d.trigger + 1;
    // (a proposal or a demand is its own author's, found by the proposal rules: "відкинув цю вимогу")
    // "назвали рішення «юридично нікчемним»": a bare decision, with no author after it, is the act just told
    const authorless = !(k + 1 < cr.end && (v.actorAt[k + 1] !== -1 || ((v.flags[k + 1]! & (F_NOUN | F_ADJ)) !== 0 && v.cases[k + 1] === 'rod')));
    const bare = !d.target.length && k < cr.end && C.L.decisionNouns?.includes(v.lemmas[k]!) && authorless;
    const prev = drafts[n - 1]!;
    // "Білорусь назвала навчання «провокацією»": the noun of the act just told, named again with no author
    // (two-sided acts are both sides')
    let again = false;
    if (!bare && !d.target.length && k < cr.end && (v.flags[k]! & F_NOUN) !== 0 && v.actorAt[k] === -1 && authorless && prev.sentence < d.sentence) {
      for (let j = Math.max(0, prev.trigger - 1); j < prev.triggerEnd + 3 && j < v.tokens.length && !again; j++) if (v.lemmas[j] === v.lemmas[k]) again = true;
    }
    // "Рубіо привітав підписання угоди": a two-sided act told earlier, named again by a noun of its type with no author,
    // is both its sides' (the last such act, within seven sentences)
    if (!bare && !again && !d.target.length && k < cr.end && (v.flags[k]! & F_NOUN) !== 0 && v.actorAt[k] === -1) {
      const types = C.byLemma.get(v.lemmas[k]!)?.map((e) => e.type) ?? [];
      for (let m = n - 1; m >= 0 && types.length; m--) {
        const x = drafts[m]!;
        if (d.sentence - x.sentence > 7) break;
        if (x.sentence >= d.sentence || !types.includes(x.type) || !C.L.mutualTypes?.includes(x.type) || !x.source.length || !x.target.length) continue;
        const sides = [...x.source, ...x.target].filter((a) => !d.source.some((b) => v.actors[b]!.name === v.actors[a]!.name));
        if (sides.length) d.target = sides;
        return;
      }
    }
    if (!bare && !again && (k + 1 >= cr.end || !C.L.demonstratives.includes(v.lemmas[k]!) || !C.L.stepNouns.includes(v.lemmas[k + 1]!))) return;
    if (d.sentence - prev.sentence > 2 || !prev.source.length || prev.source.some((a) => d.source.includes(a))) return;
    d.target = again && C.L.mutualTypes?.includes(prev.type) ? [...prev.source, ...prev.target.filter((a) => !d.source.includes(a))] : prev.source;
  });
}

/**
 * "Посольство США в Малі закликало американців «негайно виїхати»": a call a body makes on its own state's people has
 * no target (not a request to that state).
 */
function ownCitizensCalled(drafts: Draft[], v: DocView, sideOf: (a: number) => string | null): void {
  for (const d of drafts) {
    if (d.type !== 'REQUEST' || d.source.length !== 1 || d.target.length !== 1) continue;
    const s = v.actors[d.source[0]!]!;
    const t = v.actors[d.target[0]!]!;
    // (the target a state named by its people's noun, no entity of the text: "американців")
    // (a people, not a body of the state: "закликала уряд" is a call on the government)
    if (s.person || t.person || t.entity || !t.group) continue;
    const own = sideOf(d.source[0]!);
    if (own && own === sideOf(d.target[0]!) && s.type === 'ORG') d.target = [];
  }
}

/**
 * "вислати з країни співробітника посольства Росії": an expulsion with no target of its own is aimed at the state whose
 * mission or staff is named after it in the clause (not the expelling state itself).
 */
function expelledStates(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  for (const d of drafts) {
    if (d.type !== 'SANCTION' || d.mode !== 'diplomatic' || d.target.length || d.targetName) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const own = new Set(d.source.map((a) => v.actors[a]!.country ?? (v.actors[a]!.entity ? byId.get(v.actors[a]!.entity!)?.actor?.country : undefined)));
    for (let k = d.trigger + 1; k < cr.end; k++) {
      const a = v.actorAt[k]!;
      if (a === -1 || v.actors[a]!.s !== k) continue;
      const x = v.actors[a]!;
      const ent = x.entity ? byId.get(x.entity) : undefined;
      // (a genitive the tagger read as a dative or locative after the envoy's noun: "вислав посла Афганістану")
      const afterNoun = k > 0 && (v.flags[k - 1]! & F_NOUN) !== 0 && v.actorAt[k - 1] === -1;
      // ("співробітника Верховної комісії Пакистану": a mission of another state after the envoy's noun is that state)
      const mission = x.type === 'ORG' && !x.person && (x.case === 'rod' || x.case === 'zna') && ent?.actor?.country && !own.has(ent.actor.country) ? C.L.countryNames[ent.actor.country] : undefined;
      if (mission) {
        d.target = [stateActor(v, x.s, x.e, mission, 'rod')];
        break;
      }
      if (!ent?.actor?.kbId?.startsWith('country:') || (x.case !== 'rod' && x.case !== 'any' && !(afterNoun && (x.case === 'dav' || x.case === 'mis'))) || own.has(ent.actor.country)) continue;
      d.target = [a];
      break;
    }
    // ("вислала з країни французького посла": the envoy's state by its demonym, past a prepositional phrase)
    for (let k = d.trigger + 1; k + 1 < cr.end && !d.target.length; k++) {
      const state = C.L.demonyms[v.lemmas[k]!.toLowerCase()];
      if (!state || v.actorAt[k] !== -1 || !C.L.envoyNouns?.includes(v.lemmas[k + 1]!)) continue;
      const code = codeOfState(C.L, state);
      if (code && own.has(code)) continue;
      d.target = [stateActor(v, k, k + 1, state, 'any')];
    }
  }
}

/**
 * "пригрозив ударами по Берліну": a threat with no target of its own is aimed at the target of the act it threatens
 * (a capital as its state).
 */
function threatObjects(drafts: Draft[], v: DocView, C: Compiled, byId: Map<string, Entity>): void {
  for (const d of drafts) {
    if (d.type !== 'THREATEN' || d.target.length || d.targetName) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    for (let k = d.trigger + 1; k + 2 < cr.end && k <= d.trigger + 3; k++) {
      if ((v.flags[k]! & F_NOUN) === 0 || !C.byLemma.get(v.lemmas[k]!)?.some((e) => C.hostile.has(e.type))) continue;
      // ("відповісти на нові мита ЄС": an answer to an act is aimed at its author, in the genitive after it)
      const author = v.actorAt[k + 1]!;
      if (author !== -1 && v.actors[author]!.s === k + 1 && !v.actors[author]!.person && (v.actors[author]!.case === 'rod' || v.actors[author]!.case === 'any')
        && ((v.flags[k - 1]! & F_PREP) !== 0 || ((v.flags[k - 2]! & F_PREP) !== 0 && (v.flags[k - 1]! & F_ADJ) !== 0))) {
        d.target = [author];
        break;
      }
      if ((v.flags[k + 1]! & F_PREP) === 0 || !C.L.threatPreps.includes(v.lemmas[k + 1]!)) break;
      const a = v.actorAt[k + 2]!;
      if (a === -1 || v.actors[a]!.s !== k + 2) break;
      const x = v.actors[a]!;
      const state = C.L.capitals[x.name];
      d.target = state ? [stateActor(v, x.s, x.e, state, x.case)] : [a];
      break;
    }
    if (!d.target.length) d.target = threatenedState(d, v, C, byId);
    if (!d.target.length) d.target = quotedThreatTargets(d, v, C, byId);
  }
}

/**
 * "– Якщо …, Сеул і Вашингтон отримають відповідь, – попередила вона": a threat spoken in a dash-introduced quote
 * before its cue is aimed at the states the quote names as its subjects (not the threatener's own).
 */
function quotedThreatTargets(d: Draft, v: DocView, C: Compiled, byId: Map<string, Entity>): number[] {
  const sentence = v.tokens[d.trigger]!.sentence;
  let s = d.trigger;
  while (s > 0 && v.tokens[s - 1]!.sentence === sentence) s--;
  const dash = (k: number): boolean => v.texts[k] === '–' || v.texts[k] === '—';
  if (!dash(s)) return [];
  let close = -1;
  for (let k = s + 1; k < d.trigger; k++) if (dash(k)) { close = k; break; }
  if (close < 0 || d.trigger - close > 3) return [];
  const stateOf = (a: number): string | undefined => {
    const x = v.actors[a]!;
    if (x.person) return undefined;
    if (C.L.capitals[x.name]) return C.L.capitals[x.name];
    const ent = x.entity ? byId.get(x.entity) : undefined;
    return ent?.actor?.kbId?.startsWith('country:') ? x.name : undefined;
  };
  const own = new Set<string>();
  for (const a of d.source) {
    const x = v.actors[a]!;
    const c = x.person ? (x.entity ? byId.get(x.entity)?.actor?.country : x.country) : undefined;
    if (c && C.L.countryNames[c]) own.add(C.L.countryNames[c]!);
    const st = stateOf(a);
    if (st) own.add(st);
  }
  const out: number[] = [];
  const seen = new Set<string>();
  for (let k = s + 1; k < close; k++) {
    const a = v.actorAt[k]!;
    if (a === -1 || v.actors[a]!.s !== k || v.governedBy[k] !== null) continue;
    const x = v.actors[a]!;
    const st = stateOf(a);
    if (!st || own.has(st) || seen.has(st) || (x.case !== 'naz' && x.case !== 'any')) continue;
    seen.add(st);
    out.push(C.L.capitals[x.name] ? stateActor(v, x.s, x.e, st, x.case) : a);
  }
  return out;
}

/**
 * "пригрозив, що Будапешт може припинити експорт електроенергії в Україну", "попередив, що Москва може переглянути
 * умови постачання газу до Сербії": a threat told in a clause after it is aimed at the state that clause names in a
 * prepositional phrase or the dative — not the threatener's own state nor the clause's subject (what will act).
 */
function threatenedState(d: Draft, v: DocView, C: Compiled, byId: Map<string, Entity>): number[] {
  const cr = v.clauses[v.clause[d.trigger]!]!;
  const sentence = v.tokens[d.trigger]!.sentence;
  if (cr.end >= v.tokens.length || v.tokens[cr.end]!.sentence !== sentence || !C.complementizers.has(v.lemmas[cr.end]!)) return [];
  const stateOfActor = (a: number): string | undefined => {
    const x = v.actors[a]!;
    if (x.person) {
      const c = x.entity ? byId.get(x.entity)?.actor?.country : x.country;
      return c ? C.L.countryNames[c] : undefined;
    }
    if (C.L.capitals[x.name]) return C.L.capitals[x.name];
    const ent = x.entity ? byId.get(x.entity) : undefined;
    return ent?.actor?.kbId?.startsWith('country:') || x.group ? x.name : undefined;
  };
  const own = new Set(d.source.map(stateOfActor).filter((x): x is string => !!x));
  let subjectSeen = false;
  for (let k = cr.end + 1; k < v.tokens.length && v.tokens[k]!.sentence === sentence; k++) {
    if (C.L.conditionals.includes(v.lowers[k]!)) break;
    const a = v.actorAt[k]!;
    if (a === -1 || v.actors[a]!.s !== k) continue;
    const x = v.actors[a]!;
    const state = stateOfActor(a);
    if (!subjectSeen && v.governedBy[k] === null && (x.case === 'naz' || x.case === 'any')) {
      subjectSeen = true;
      if (state) own.add(state);
      continue;
    }
    if (!state || x.person || own.has(state) || (v.governedBy[k] === null && x.case !== 'dav')) continue;
    return [C.L.capitals[x.name] ? stateActor(v, x.s, x.e, state, x.case) : a];
  }
  return [];
}

/** "Зеленський подякував гостеві": the guest right after the trigger is the one who came on the visit told before. */
function guestTargets(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    // (by lemma or by form: the tagger reads "гостеві" as the possessive adjective "гостів")
    const guest = (x: number): boolean => C.L.guestNouns.includes(v.lemmas[x]!) || C.L.guestNouns.includes(v.lowers[x]!);
    const k = nounAfterTrigger(v, d, guest);
    if (k === -1 || !guest(k)) continue;
    const visit = [...drafts].reverse().find((o) => o.type === 'CONSULT' && o.mode === 'visit' && o.trigger < d.trigger && o.source.length && o.source.every((a) => v.actors[a]!.person));
    if (visit) d.target = visit.source;
  }
}

/**
 * "Депутати заблокували трибуну, вимагаючи … Згодом голова Ради погодився створити комісію": one side agreeing to do
 * something right after another side's protest or demand aimed at it yields to that side (CONCEDE, the demand's
 * source as target), not an agreement between parties.
 */
function yieldedDemands(drafts: Draft[], v: DocView, C: Compiled): void {
  drafts.forEach((d, n) => {
    // ("поступився вимогам протестувальників": a concession to demands is to those who made them, named before)
    const toDemands = d.type === 'CONCEDE' && !d.target.length && d.source.length > 0 && d.trigger + 1 < v.tokens.length && !!C.L.proposals.includes(v.lemmas[d.trigger + 1]!);
    if (!toDemands && (d.type !== 'AGREE' || d.target.length || !d.source.length || !C.L.yieldVerbs?.includes(v.lemmas[d.trigger]!) || (v.flags[d.trigger + 1]! & F_INF) === 0)) return;
    // (demands yielded to are those made of the one who yields)
    const made = demandBefore(drafts, n, v, toDemands ? 6 : 2, toDemands);
    if (!made) return;
    d.type = 'CONCEDE';
    d.target = made.source;
  });
}

/**
 * "Путін погодився на 30 днів припинити удари по об’єктах енергетики України": agreeing to stop one's attacks is a
 * concession (a ceasefire step) to the side attacked, the state named in the attacks' phrase.
 */
function ceasedAttacks(drafts: Draft[], v: DocView, C: Compiled): void {
  const cease = C.L.ceaseVerbs;
  if (!cease) return;
  for (const d of drafts) {
    if (d.type !== 'AGREE' || !C.L.yieldVerbs?.includes(v.lemmas[d.trigger]!)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    let k = d.triggerEnd;
    while (k < cr.end && k < d.triggerEnd + 5 && !((v.flags[k]! & F_INF) !== 0 && cease.includes(v.lemmas[k]!))) k++;
    if (k >= cr.end || k >= d.triggerEnd + 5) continue;
    let n = k + 1;
    while (n < cr.end && n <= k + 3 && !C.byLemma.get(v.lemmas[n]!)?.some((e) => e.type === 'ASSAULT' && e.pos === 'noun')) n++;
    if (n >= cr.end || n > k + 3) continue;
    d.type = 'CONCEDE';
    d.target = [];
    for (let m = n + 1; m < cr.end && m <= n + 10; m++) {
      const a = v.actorAt[m]!;
      if (a !== -1 && v.actors[a]!.type === 'LOC' && !v.actors[a]!.person && (v.actors[a]!.case === 'rod' || v.actors[a]!.case === 'any')) {
        d.target = [a];
        break;
      }
    }
  }
}

/**
 * The last protest or request before drafts[n] (within `back` sentences) by another side than drafts[n]'s source —
 * made of that source (among its targets) when `ofSource` — or undefined.
 */
function demandBefore(drafts: Draft[], n: number, v: DocView, back: number, ofSource: boolean): Draft | undefined {
  const d = drafts[n]!;
  const names = new Set(d.source.map((a) => v.actors[a]!.name));
  for (let m = n - 1; m >= 0; m--) {
    const o = drafts[m]!;
    if (d.sentence - o.sentence > back) break;
    if ((o.type !== 'PROTEST' && o.type !== 'REQUEST') || !o.source.length || o.source.some((a) => names.has(v.actors[a]!.name))) continue;
    if (ofSource && !o.target.some((a) => names.has(v.actors[a]!.name))) continue;
    return o;
  }
  return undefined;
}

/**
 * "назвав домовленість Києва та Парижа «пропагандистським шоу»": a label given to a thing of named owners accuses
 * those owners (the genitives after the object the naming verb takes).
 */
function labelledOwners(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'ACCUSE' || d.target.length || !C.L.namingVerbs.includes(v.lemmas[d.trigger]!)) continue;
    let k = d.trigger + 1;
    while (k < v.tokens.length && (v.flags[k]! & F_ADJ) !== 0 && (v.flags[k]! & F_NOUN) === 0 && v.actorAt[k] === -1) k++;
    if (k + 1 >= v.tokens.length || (v.flags[k]! & F_NOUN) === 0 || v.actorAt[k] !== -1 || v.governedBy[k] !== null || v.sents[k + 1] !== v.sents[d.trigger]) continue;
    const owners: number[] = [];
    let m = k + 1;
    while (m < v.tokens.length && v.sents[m] === v.sents[d.trigger]) {
      const a = v.actorAt[m]!;
      if (a === -1 || v.actors[a]!.s !== m || (v.actors[a]!.case !== 'rod' && v.actors[a]!.case !== 'any')) break;
      if (!d.source.some((x) => v.actors[x]!.name === v.actors[a]!.name)) owners.push(a);
      m = v.actors[a]!.e;
      if (m < v.tokens.length && C.coord.has(v.lowers[m]!)) m++;
      else break;
    }
    if (owners.length) d.target = owners;
  }
}

/**
 * "санкції проти двох … російських нафтових компаній – Роснефті та Лукойлу": sanctions on bodies named by a common
 * noun and then, after a dash, by their names fall on those names, not on the state a demonym among the noun's words
 * names.
 */
function dashNamedTargets(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'SANCTION' || d.target.length > 1 || (d.target.length === 1 && !v.actors[d.target[0]!]!.group)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    for (let k = d.triggerEnd; k + 1 < cr.end && k < d.triggerEnd + 10; k++) {
      if (v.texts[k] !== '–' && v.texts[k] !== '—') continue;
      if ((v.flags[k - 1]! & F_NOUN) === 0 || v.actorAt[k - 1] !== -1) break;
      const out: number[] = [];
      let m = k + 1;
      while (m < cr.end) {
        const a = v.actorAt[m]!;
        if (a === -1 || v.actors[a]!.s !== m || v.actors[a]!.person || v.actors[a]!.group || (v.actors[a]!.type !== 'ORG' && v.actors[a]!.type !== 'LOC')) break;
        out.push(a);
        m = v.actors[a]!.e;
        if (m < cr.end && (C.coord.has(v.lowers[m]!) || v.texts[m] === ',')) m++;
        else break;
      }
      if (out.length) d.target = out;
      break;
    }
  }
}

/**
 * "NIS перебуває під санкціями Міністерства фінансів США": sanctions a side is "under" are the genitive's, and fall on
 * the clause's subject (the nominative before them), not on their author.
 */
function underSanctions(drafts: Draft[], v: DocView, C: Compiled): void {
  const under = C.L.underPreps;
  for (const d of drafts) {
    if (d.type !== 'SANCTION' || (v.flags[d.trigger]! & F_NOUN) === 0 || d.trigger === 0 || !under.includes(v.lowers[d.trigger - 1]!)) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    const by = d.triggerEnd < cr.end ? v.actorAt[d.triggerEnd]! : -1;
    if (by === -1 || v.actors[by]!.s !== d.triggerEnd || (v.actors[by]!.case !== 'rod' && v.actors[by]!.case !== 'any')) continue;
    let subj = -1;
    for (let k = cr.start; k < d.trigger - 1 && subj === -1; k++) {
      const a = v.actorAt[k]!;
      if (a !== -1 && v.actors[a]!.s === k && v.governedBy[k] === null && (v.actors[a]!.case === 'naz' || v.actors[a]!.case === 'any')) subj = a;
    }
    d.source = [by];
    d.target = subj === -1 ? [] : [subj];
  }
}

/**
 * "засудив навчання, назвавши Китай «головним порушником миру»": a condemnation whose naming participle right after
 * it labels a party by name accuses that party, whoever the condemned thing's author was (a party in the accusative
 * right after the participle; not a pronoun, which names the thing condemned).
 */
function labelledParties(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'ACCUSE' || C.L.namingVerbs.includes(v.lemmas[d.trigger]!)) continue;
    const sen = v.sents[d.trigger];
    let k = d.trigger + 1;
    while (k < v.tokens.length && v.sents[k] === sen && k < d.trigger + 8 && !((v.flags[k]! & F_ADVP0) !== 0 && C.L.namingVerbs.includes(v.lemmas[k]!))) k++;
    if (k >= v.tokens.length || v.sents[k] !== sen || v.texts[k - 1] !== ',' || (v.flags[k]! & F_ADVP0) === 0 || !C.L.namingVerbs.includes(v.lemmas[k]!)) continue;
    const a = k + 1 < v.tokens.length ? v.actorAt[k + 1]! : -1;
    if (a === -1 || v.actors[a]!.s !== k + 1 || (v.actors[a]!.case !== 'zna' && v.actors[a]!.case !== 'any')) continue;
    if (d.source.some((x) => v.actors[x]!.name === v.actors[a]!.name)) continue;
    d.target = [a];
  }
}

/**
 * "вимагаючи відставки президента Хері та розпуску Конгресу": a demand of two acts, each with its owner in the
 * genitive, is aimed at both owners.
 */
function coordinatedDemands(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if ((d.type !== 'PROTEST' && d.type !== 'REQUEST') || d.target.length !== 1) continue;
    const t = v.actors[d.target[0]!]!;
    const c = t.e;
    if (c + 2 >= v.tokens.length || v.sents[c] !== v.sents[t.s] || !C.coord.has(v.lowers[c]!)) continue;
    // (the first owner depends on an act noun: "відставки (президента) Хері")
    let h = t.s - 1;
    while (h > 0 && v.actorAt[h] === -1 && v.cases[h] === 'rod' && (v.flags[h]! & F_NOUN) !== 0 && (v.flags[h - 1]! & F_NOUN) !== 0 && v.cases[h - 1] === 'rod') h--;
    if (h < 0 || v.cases[h] !== 'rod' || (v.flags[h]! & F_NOUN) === 0 || v.actorAt[h] !== -1) continue;
    const n = c + 1;
    if ((v.flags[n]! & F_NOUN) === 0 || v.cases[n] !== 'rod' || v.actorAt[n] !== -1) continue;
    const b = v.actorAt[n + 1]!;
    if (b === -1 || v.actors[b]!.s !== n + 1 || (v.actors[b]!.case !== 'rod' && v.actors[b]!.case !== 'any') || d.source.includes(b)) continue;
    d.target = [...d.target, b];
  }
}

/**
 * "Хері відкинув вимоги піти у відставку": demands rejected with no owner named are those made of the one who rejects
 * them, by the side that made them last (up to six sentences back) — the protesters, not whoever the slots found.
 */
function rejectedDemands(drafts: Draft[], v: DocView, C: Compiled): void {
  drafts.forEach((d, n) => {
    if (d.type !== 'REJECT' || !d.source.length || (v.flags[d.trigger]! & F_NOUN) !== 0) return;
    let k = d.trigger + 1;
    while (k < v.tokens.length && (v.flags[k]! & F_ADJ) !== 0 && (v.flags[k]! & F_NOUN) === 0) k++;
    if (k + 1 >= v.tokens.length || !C.L.demandNouns?.includes(v.lemmas[k]!) || v.actorAt[k + 1] !== -1 || v.actorAt[k] !== -1) return;
    // (nor with its owner named past a genitive noun: "вимоги адміністрації Дональда Трампа")
    if (k + 2 < v.tokens.length && (v.flags[k + 1]! & F_NOUN) !== 0 && v.cases[k + 1] === 'rod' && v.actorAt[k + 2] !== -1) return;
    // ("Желязков відкинув цю вимогу" after "Радев закликав уряд піти у відставку": a demonstrative points to the demand
    // told just before, whoever it was made of)
    const pointed = k - 1 > d.trigger && C.L.demonstratives.includes(v.lemmas[k - 1]!);
    const made = pointed ? demandBefore(drafts, n, v, 2, false) : demandBefore(drafts, n, v, 6, true);
    if (made) d.target = made.source;
  });
}

/**
 * "схвалив виділення 900 млн доларів на допомогу Ізраїлю": aid with no recipient of its own goes to the one named
 * after "на допомогу" in its clause, whatever case the tagger read for it.
 */
function aidRecipients(drafts: Draft[], v: DocView, C: Compiled): void {
  for (const d of drafts) {
    if (d.type !== 'AID' || d.target.length || d.targetName) continue;
    const cr = v.clauses[v.clause[d.trigger]!]!;
    for (let k = d.trigger + 1; k + 1 < cr.end; k++) {
      if (!C.L.aidPurposeNouns?.includes(v.lemmas[k]!) || v.governedBy[k] === null) continue;
      const a = v.actorAt[k + 1]!;
      if (a !== -1 && v.actors[a]!.s === k + 1 && !d.source.includes(a)) d.target = [a];
      break;
    }
    // ("виділить 40 мільйонів доларів на відновлення … в прифронтових громадах Донецької області": an oblast where the
    // aid is to be spent, in a locative phrase after it, receives it)
    if (d.target.length || !C.L.isOblastName) continue;
    for (let k = d.triggerEnd; k < cr.end; k++) {
      const a = v.actorAt[k]!;
      if (a === -1 || v.actors[a]!.s !== k) continue;
      const x = v.actors[a]!;
      if (x.type === 'LOC' && C.L.isOblastName(x.name) && (v.governedBy[k] !== null || (k > 0 && v.governedBy[k - 1] !== null && C.locPreps.has(v.governedBy[k - 1]!)))) {
        d.target = [a];
        break;
      }
      k = x.e - 1;
    }
  }
}

/** "погодилися … й припинити удари": a ceasefire step the sides agreed on is part of their agreement, no event of its own. */
function agreedSteps(drafts: Draft[], v: DocView, C: Compiled): void {
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n]!;
    if (d.type !== 'CONCEDE' || (v.flags[d.trigger]! & F_INF) === 0) continue;
    if (drafts.some((o) => o.type === 'AGREE' && o.sentence === d.sentence && o.trigger < d.trigger && d.trigger - o.trigger <= 12 && C.agreeToAct.has(v.lemmas[o.trigger]!))) drafts.splice(n, 1);
  }
}

/** "країн Балтії": a region that stands for a group of states is those states, as source or target. */
function regionGroups(drafts: Draft[], v: DocView, C: Compiled): void {
  const made = new Map<number, number[]>();
  const expand = (xs: number[]): number[] => xs.flatMap((a) => {
    const x = v.actors[a]!;
    const states = C.L.regionGroups[x.name];
    if (!states || x.person) return [a];
    let out = made.get(a);
    if (!out) {
      out = states.map((name) => stateActor(v, x.s, x.e, name, x.case));
      made.set(a, out);
    }
    return out;
  });
  for (const d of drafts) {
    d.source = expand(d.source);
    d.target = expand(d.target);
  }
}

/** The events of the kept drafts, with entity ids (adding entities for actors NER did not give). */
/**
 * "Під час візиту Пісторіус … підписав угоду", "питання під час розмови не порушували": an act told as happening during
 * an event named by its noun takes the date of that event, found before it, when its own clause has no date.
 */
function duringDates(kept: Draft[], adoc: AnalyzedDocument, v: DocView, C: Compiled): void {
  const during = C.L.during ?? [];
  if (!during.length) return;
  for (const d of kept) {
    const own = timeOf(adoc, v, C, d.trigger);
    if (own && tokenClause(v, adoc, own) === v.clause[d.trigger]) continue;
    const sen = adoc.sentences[d.sentence];
    if (!sen) continue;
    for (let k = sen.tokenStart; k + 2 < d.trigger; k++) {
      if (!during.some(([a, b]) => v.lemmas[k] === a && v.lemmas[k + 1] === b)) continue;
      const types = new Set((C.byLemma.get(v.lemmas[k + 2]!) ?? []).filter((e) => e.pos === 'noun').map((e) => e.type));
      if (!types.size) continue;
      // (the latest event told by that noun, else the latest of its type: "розмови" → the call, not a visit since)
      const noun = v.lemmas[k + 2]!;
      const byNoun = (x: Draft): boolean => {
        for (let j = x.trigger; j < x.triggerEnd + 1 && j < v.tokens.length; j++) if (v.lemmas[j] === noun) return true;
        return false;
      };
      let o: Draft | undefined;
      for (const x of kept) if (x !== d && x.trigger < k && byNoun(x) && (!o || x.trigger > o.trigger)) o = x;
      if (!o) for (const x of kept) if (x !== d && x.trigger < k && types.has(x.type) && (!o || x.trigger > o.trigger)) o = x;
      if (o && timeOf(adoc, v, C, o.dateFrom)) d.dateFrom = o.dateFrom;
      break;
    }
  }
}

/**
 * "Моді відвідав Велику Британію. Під час візиту міністри … підписали угоду": the noun of a during-phrase names an act
 * of its type told in a sentence before — no new one, whoever acts in its sentence.
 */
function duringReferences(drafts: Draft[], v: DocView, C: Compiled): Draft[] {
  const during = C.L.during ?? [];
  // (one by the same side is left to the deduplication, which gives the act told first what it names: "Під час візиту
  // Пісторіус зустрівся з …" names the host of his visit)
  const names = (xs: number[]): Set<string> => new Set(xs.map((a) => v.actors[a]!.name));
  return drafts.filter((d) => !(d.entry.pos === 'noun' && d.trigger >= 2 && during.some(([a, b]) => v.lemmas[d.trigger - 2] === a && v.lemmas[d.trigger - 1] === b)
    && drafts.some((o) => o !== d && o.type === d.type && o.sentence < d.sentence && d.sentence - o.sentence <= 2
      && !d.source.some((x) => names([...o.source, ...o.target]).has(v.actors[x]!.name))))
    // (nor is the meeting a meeting verb before it was held at: "зустрілися в Пекіні … на саміті")
    && !(d.type === 'CONSULT' && d.entry.pos === 'noun' && v.governedBy[d.trigger] !== null
      && drafts.some((o) => o !== d && o.type === 'CONSULT' && o.entry.pos === 'verb' && o.sentence === d.sentence && o.trigger < d.trigger && v.clause[o.trigger] === v.clause[d.trigger])));
}

/** The clause of the first token of a time expression. */
function tokenClause(v: DocView, adoc: AnalyzedDocument, t: TimeExpression): number {
  let k = adoc.sentences[t.sentence]?.tokenStart ?? 0;
  while (k < v.tokens.length && v.tokens[k]!.end <= t.start) k++;
  return v.clause[k] ?? -1;
}

function eventsOf(kept: Draft[], adoc: AnalyzedDocument, v: DocView, C: Compiled, ids: EntityIds): Event[] {
  const { byId, entityFor, idFor } = ids;
  const events: Event[] = [];
  // (the defaults are the priors of one war's news: a document about another conflict gets none)
  const inDomain = inDefaultDomain(adoc, C);
  for (const d of kept) {
    const targetIsPlace = d.type === 'ASSAULT';
    let source = [...new Set(d.source.map((a) => idFor(a, false)))];
    const target = [...new Set(d.target.map((a) => idFor(a, targetIsPlace)))].filter((x) => !source.includes(x));
    if (!source.length && C.L.defaultSource[d.type] && inDomain) {
      const name = C.L.defaultSource[d.type]!;
      const targetNames = target.map((id) => byId.get(id)?.name);
      if (!targetNames.includes(name)) source = [entityFor(name, 'LOC', undefined, null)];
    }
    if (!target.length && d.targetName) target.push(entityFor(d.targetName, 'LOC', undefined, null));
    // "Будапешт назвав ідею «юридично небезпечною»": a label with no one it is aimed at accuses no one
    if (d.type === 'ACCUSE' && !target.length && C.L.namingVerbs.includes(v.lemmas[d.trigger]!)) continue;
    if (!target.length && C.L.defaultTarget[d.type] && inDomain) {
      const name = C.L.defaultTarget[d.type]!;
      const sourceNames = source.map((id) => byId.get(id)?.name);
      if (source.length && !sourceNames.includes(name)) target.push(entityFor(name, 'LOC', undefined, null));
    }
    const { date, reported } = dateOf(adoc, v, C, d);
    const first = v.tokens[d.trigger]!;
    const last = v.tokens[d.triggerEnd - 1]!;
    const id = `V${events.length + 1}`;
    const location = d.location === null ? null : idFor(d.location, true);
    const trigger = { start: first.start, end: last.end, text: adoc.doc.text.slice(first.start, last.end) };
    // (one literal per shape, properties in the order they always had: `mode`, then `dateReported`, after the rest)
    const mode = d.mode;
    const ev: Event = mode
      ? (reported
        ? { id, type: d.type, source, target, date, location, trigger, sentence: d.sentence, negated: d.negated, modality: d.modality, mode, dateReported: true }
        : { id, type: d.type, source, target, date, location, trigger, sentence: d.sentence, negated: d.negated, modality: d.modality, mode })
      : (reported
        ? { id, type: d.type, source, target, date, location, trigger, sentence: d.sentence, negated: d.negated, modality: d.modality, dateReported: true }
        : { id, type: d.type, source, target, date, location, trigger, sentence: d.sentence, negated: d.negated, modality: d.modality });
    events.push(ev);
  }
  return events;
}

/**
 * An extractor of an empty document, alive as long as the module. V8 holds the hidden classes an instance goes
 * through as its fields are set only weakly: with no extractor alive (between documents, when the other stages run) a
 * full garbage collection frees them, and with them goes every optimised method of the engine, recompiled for the
 * next document. This one keeps them (and holds nothing of any real document).
 */
let sentinel: Extractor | undefined;

/**
 * Runs the engine over an analysed document: returns its events, adding entities for actors NER did not give. (Step
 * by step, each its own function, in the order they always ran.)
 */
export function extractEvents(adoc: AnalyzedDocument, C: Compiled): Event[] {
  sentinel ??= new Extractor(C, {
    doc: { id: '', date: null, lang: C.L.lang, text: '' }, sentences: [], tokens: [], mentions: [], entities: [], times: [], events: [], quotes: [],
  });
  const ex = new Extractor(C, adoc);
  const v = ex.view;
  const drafts0 = quotedActs(questioned(purposes(rejectedObjects(namingInRejection(ex.extract(), v, C), v), v, C), v, C), adoc, v, C);
  const drafts = callingResolutions(backgroundRelatives(drafts0, v, C), v, C);
  const ids = entityIds(adoc, v, C);
  accuseTargets(drafts, v, C, ids.byId);
  accuseShares(drafts, v, C);
  accusedActs(drafts, v, C);
  ownersOfTargets(drafts, v, C);
  rejectTargets(drafts, v, C, ids.byId);
  reactionTargets(drafts, v, C);
  rejectedAuthors(drafts, v, C);
  respondToDiscourse(drafts, v, C, ids.byId);
  retreatPlaces(drafts, v, C, ids.byId);
  recallPurposes(drafts, v, C);
  agreedSteps(drafts, v, C);
  yieldedDemands(drafts, v, C);
  ceasedAttacks(drafts, v, C);
  rejectedDemands(drafts, v, C);
  coordinatedDemands(drafts, v, C);
  labelledOwners(drafts, v, C);
  labelledParties(drafts, v, C);
  underSanctions(drafts, v, C);
  dashNamedTargets(drafts, v, C);
  aidRecipients(drafts, v, C);
  ex.aidToStates(drafts);
  ex.statesMoved(drafts);
  ex.diplomaticTargetsToStates(drafts);
  visitsCalledOff(drafts, v);
  ex.cancelledVisits(drafts);
  ex.deportations(drafts);
  ex.launchesIntoSea(drafts);
  regionGroups(drafts, v, C);
  jointExercises(drafts, v, C);
  jointDemonyms(drafts, v, C);
  followersOwnLeader(drafts, v);
  peopleProtesters(drafts, v, C);
  returnedToDative(drafts, v, C);
  releasedByDetainers(drafts, v, C);
  pluralVerbSubjects(drafts, v);
  protestersTargets(drafts, v, C);
  picketedBodies(drafts, v, C);
  sanctionedNamed(drafts, v, C);
  protestersOfNoun(drafts, v, C);
  hostsMeeting(drafts, v, C);
  positionsAtPlaces(drafts, v, C);
  protestSitesOut(drafts, v, C, ids.byId);
  guestTargets(drafts, v, C);
  roleObjects(drafts, v, C, ex);
  threatObjects(drafts, v, C, ids.byId);
  expelledStates(drafts, v, C, ids.byId);
  demonstrativeActs(drafts, v, C);
  deniedAgain(drafts, v, C);
  namingBeforeAccusations(drafts, v, C);
  attackedPlaces(drafts, v, C, ids.byId);
  concededDefeats(drafts, v, C);
  const sideOf = (a: number): string | null => {
    const x = v.actors[a]!;
    return x.country ?? (x.entity ? ids.byId.get(x.entity)?.actor?.country : undefined) ?? null;
  };
  ownCitizensCalled(drafts, v, sideOf);
  peopleBesideTheirBodies(drafts, v, C, sideOf);
  // (a state named by its name alone, "Росія" from "Російські хакери", is that state's side too)
  const stateSideOf = (a: number): string | null => sideOf(a) ?? codeOfState(C.L, v.actors[a]!.name) ?? null;
  const kept = dedupe(duringReferences(drafts, v, C), ids.actorName, (d) => timeOf(adoc, v, C, d.dateFrom)?.value?.start ?? null, (a) => !!v.actors[a]?.person, sideOf, stateSideOf,
    (a) => !!v.actors[a]?.group && v.actors[a]!.type === 'LOC');
  duringDates(kept, adoc, v, C);
  return eventsOf(kept, adoc, v, C, ids);
}
