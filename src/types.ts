/**
 * The litopys document model — defined once, used by every stage.
 *
 * Every span is a pair of character offsets [start, end) into `Document.text` (UTF-16 code units, as JavaScript
 * strings index them). Stages read what earlier stages assigned and add their own layer; nothing re-parses text
 * another stage already parsed.
 */

/** Half-open character range into the original document text. */
export interface Span {
  start: number;
  end: number;
}

/** An article as ingested: the unit of storage and of analysis. */
export interface Document {
  /** Stable id: the record's own id when given (JSONL `id`), else derived from the content hash. */
  id: string;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  title?: string;
  source?: string;
  url?: string;
  /** ISO 639-1 language code; `uk` by default. */
  lang: string;
  text: string;
}

export interface Sentence extends Span {
  /** Index of the sentence in the document (0-based). */
  index: number;
  /** Token range [tokenStart, tokenEnd) into AnalyzedDocument.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';

export interface Token extends Span {
  /** Index in AnalyzedDocument.tokens. */
  i: number;
  /** Surface text, exactly `Document.text.slice(start, end)`. */
  text: string;
  kind: TokenKind;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** True when whitespace follows the token in the original text (for detokenisation / CoNLL-U SpaceAfter). */
  spaceAfter: boolean;
  /** Lemma (dictionary form), assigned by the tagger. */
  lemma?: string;
  /** Universal Dependencies UPOS, assigned by the tagger. */
  pos?: string;
  /** Universal Dependencies FEATS, `Case=Nom|Gender=Fem|Number=Sing` (sorted, `|`-joined), assigned by the tagger. */
  feats?: string;
  /** The VESUM tag the tagger chose (e.g. `noun:inanim:f:v_naz`): the richest morphology, kept for later stages. */
  tag?: string;
}

/** The 13 NER-UK 2.0 entity types. */
export const ENTITY_TYPES = [
  'PERS', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'PERIOD', 'JOB', 'DOC', 'ART', 'MON', 'PCT', 'QUANT',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of a named thing in the text. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  sentence: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Nominative (dictionary) form of the whole mention: "Великої Британії" → "Велика Британія". */
  canonical?: string;
  /** Id of the Entity this mention was linked to (set by the resolve stage). */
  entity?: string;
}

/** Actor coding, PLOVER/CAMEO style. */
export interface ActorCode {
  /** ISO 3166-1 alpha-3 (UKR, USA, RUS …) or an IGO code (NATO, EU, UN …). */
  country?: string;
  /** Sector: GOV, MIL, LEG, JUD, DIP, PTY, MED, BUS, CVL, IGO, REB, SPY, COP … */
  sector?: string;
  /** Role held by a person, as written in the text ("державний секретар"). */
  role?: string;
  /** Knowledge-base id, when the entity matched the actor KB. */
  kbId?: string;
}

/** A canonical thing mentioned in the document (in-document linking joins mentions of the same thing). */
export interface Entity {
  /** Document-local id: `E1`, `E2`, … */
  id: string;
  type: EntityType;
  /** Canonical name (nominative, full form). */
  name: string;
  mentions: Mention[];
  actor?: ActorCode;
  /** Gazetteer coordinates for places. */
  geo?: { lat: number; lon: number; country?: string };
}

/** A date expression resolved against the document date. */
export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  /** Resolved interval, ISO dates (inclusive), or null when it could not be resolved. */
  value: { start: string; end: string } | null;
  /** True when resolved relative to the document date ("вчора", "у понеділок"). */
  relative: boolean;
}

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Modality = 'occurred' | 'planned' | 'threatened' | 'requested' | 'denied';

export interface Event {
  /** Document-local id: `V1`, `V2`, … */
  id: string;
  type: EventType;
  /** PLOVER mode: CONSULT phone/video/visit/meeting; ASSAULT missile/drone/…; AID military/economic/… */
  mode?: string;
  /** Entity ids. */
  source: string[];
  target: string[];
  /** Resolved date interval (ISO), or null when unknown. */
  date: { start: string; end: string } | null;
  /** True when the date is only the article date (the event was reported then, not dated in its clause). */
  dateReported?: boolean;
  /** Entity id of the place, or null. */
  location: string | null;
  trigger: Span & { text: string };
  /** Sentence index. */
  sentence: number;
  negated: boolean;
  modality: Modality;
}

export interface Quote extends Span {
  /** Document-local id: `Q1`, … */
  id: string;
  /** Entity id of the speaker, or null when unknown. */
  speaker: string | null;
  text: string;
  /** True for quoted words («…»), false for indirect speech ("заявив, що …"). */
  direct: boolean;
  /** Span of the cue verb / phrase ("написав", "за словами"), when found. */
  cue?: Span & { text: string };
}

/** A document with every layer the pipeline has assigned so far. */
export interface AnalyzedDocument {
  doc: Document;
  sentences: Sentence[];
  tokens: Token[];
  /** Raw NER output, before linking. */
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpression[];
  events: Event[];
  quotes: Quote[];
}

/** The attributes a component may read or assign (spaCy-style declarations). */
export type Attribute =
  | 'doc.text'
  | 'doc.sentences'
  | 'doc.tokens'
  | 'token.lemma'
  | 'token.pos'
  | 'token.feats'
  | 'token.tag'
  | 'doc.mentions'
  | 'mention.canonical'
  | 'doc.entities'
  | 'entity.actor'
  | 'entity.geo'
  | 'doc.times'
  | 'doc.events'
  | 'doc.quotes';

/** A pipeline stage: pure, per document, one job. */
export interface Component {
  /** Registry name: `segment`, `tag`, `ner`, `resolve`, `time`, `events`, `quotes`. */
  name: string;
  reads: Attribute[];
  /** Read when an earlier component assigned them; the component works without them (events use quotes' speakers). */
  uses?: Attribute[];
  assigns: Attribute[];
  /** Which score measures it (reported by `npm run eval`). */
  score?: string;
  /** Adds this stage's layer to `adoc` in place. Must not throw on odd text: degrade, don't crash. */
  run(adoc: AnalyzedDocument): void;
}
