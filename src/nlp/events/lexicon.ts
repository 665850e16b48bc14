/**
 * The shape of the language data the event engine runs on (src/lang/<lang>/events.ts). The engine
 * (src/nlp/events/engine.ts) is language-independent: everything that names a word of a language lives in an
 * EventLanguage value.
 */
import type { EventType, Modality } from '../../types.js';

/** Grammatical case, as the VESUM tag writes it (v_naz, v_rod …) without the `v_`. */
export type Case = 'naz' | 'rod' | 'dav' | 'zna' | 'oru' | 'mis' | 'kly';

/**
 * Where an argument is found, relative to the trigger:
 * - `naz`, `zna`, `dav`, `oru`, `rod`, `mis`: a bare noun phrase in that case (`rod` right after a noun trigger:
 *   "атака Росії");
 * - `PREP+case` (`по+*`, `з+oru`, `проти+rod`, `до+rod`): a noun phrase after that preposition (lemma), `*` = any case;
 * - `adj`: a relational adjective before a noun trigger ("російська атака" → Росія);
 * - `rel`: the subject of a relative clause right after a noun trigger ("атака, яку здійснили X").
 */
export type Slot = string;

export interface TriggerEntry {
  /** Trigger lemma(s). A lemma with a space is a two-word trigger: both lemmas, adjacent, the first one anchors. */
  lemma: string | string[];
  /** Part of speech of the trigger token (UD UPOS group): `verb` covers VERB, AUX, participles and adverbial participles. */
  pos: 'noun' | 'verb' | 'adj' | 'any';
  type: EventType;
  mode?: string;
  /** Fixed modality (THREATEN → threatened, REQUEST → requested). */
  modality?: Modality;
  /** At least one of these lemmas must occur in the trigger's clause (within `window` tokens). */
  requires?: string[];
  /** None of these lemmas may occur within `window` tokens (`excludesWindow`, when given). */
  excludes?: string[];
  /** The reach of `excludes` when wider than `window` ("запустили в місті … перше спільне виробництво"). */
  excludesWindow?: number;
  /** Not in the past tense ("відповість рішуче" threatens; "відповів дзеркально: вислали …" tells the act done). */
  notPast?: boolean;
  /** The `requires` word stands before the trigger (the weapon as the subject: "дрони пошкодили", not "знищили дронів"). */
  requiresBefore?: boolean;
  /** The `requires` word stands after the trigger (the object: "заблокувати активи", not "заморожених активів, заблокувала кредит"). */
  requiresAfter?: boolean;
  /** Not in an impersonal form ("ракетою було зруйновано під’їзд" tells a strike's damage, no strike of its own). */
  personalOnly?: boolean;
  /** Token window for requires/excludes (default 4). */
  window?: number;
  /** Ordered preferences for the target. */
  target?: Slot[];
  /**
   * Extra source cues (tried before the clause subject), e.g. `adj`, `rod`, `rel` for noun triggers; `after` for a
   * verb (a demonym or body after it), `passiveAfter` the same in a passive or impersonal form only;
   * `participleAgent` for a noun, the agent in the instrumental of a passive participle after it ("мита …,
   * запроваджені Вашингтоном").
   */
  source?: Slot[];
  /** The source must not come from these cues (e.g. a passive participle's subject is the patient). */
  passive?: boolean;
  /** Kept only when negated or when no other event of the type was found in the document ("обговорили"). */
  weak?: boolean;
  /** Counts only when negated, and the negation is part of the act ("не відкриватиме ринок" is a refusal). */
  negatedOnly?: boolean;
  /** The subject receives the act ("Україна отримала від Данії …"): its target slots give the source, the subject the target. */
  recipientSubject?: boolean;
  /** No event unless the verb's object is an actor or a delegation ("прийняв делегацію", not "прийняли 300 суден"). */
  needsObject?: boolean;
  /** No event unless a target was found ("проникли до мереж … компаній", not "проникли в мережу ще в січні"). */
  needsTarget?: boolean;
  /** A common-noun group may be its subject as for groupSubjectTypes ("кілька сотень протестувальників закидали …"). */
  groupSubject?: boolean;
  /** Only named persons (or a named vessel) are targets — a detainee, also one named among many ("серед них …"). */
  personTarget?: boolean;
  /** Joining an act of the type named before ("приєдналися до обмежень"): with no target of its own, the last such act's target. */
  joinsLast?: boolean;
  /** Undoing an act of that type told before (a release after a detention): with no target of its own, that act's target. */
  undoesLast?: EventType;
  /** When the trigger has no target, use this name (a language-independent prior, e.g. none). */
  defaultTarget?: string;
}

/** A context word that sets the mode of an event of a type. Listed in priority order. */
export interface ModeCue {
  type: EventType;
  mode: string;
  lemmas: string[];
}

/** A common noun (phrase) that stands for an actor: "росіяни", "окупанти", "російські війська" → Росія. */
export interface GroupActor {
  /** Head lemma(s). */
  lemmas: string[];
  /** When set, one of these lemmas must precede the head directly (adjective): "російський військо". */
  after?: string[];
  name: string;
  /** NER type for the entity created when it is not in the document yet. */
  type: 'PERS' | 'ORG' | 'LOC';
  country?: string;
}

export interface EventLanguage {
  lang: string;
  /** Conjunctions opening the reported content of a verb of speech ("повідомив, що …"): a time there dates only it. */
  complementizers?: string[];
  /** Prepositions giving what an agreement is about ("угоду про спільне виробництво"): no act of its own there. */
  aboutPreps?: string[];
  /** The genitive of a state's name ("Словаччина" → "Словаччини"), for "поліція Словаччини"; null when unknown. */
  genitive?: (name: string) => string | null;
  /** A lemma's form with a VESUM tag (`noun:p:v_naz`), for group names counted by a quantity word; null when unknown. */
  inflect?: (lemma: string, tag: string) => string | null;
  /** Quantity words opening a counted group ("кілька сотень перевізників", "тисячі фермерів"). */
  quantities?: string[];
  /** Words naming members of a group just named ("посадовців, зокрема X"). */
  including?: string[];
  /** Two-word phrases "during" before an event noun ("під час візиту"): the act takes that event's date. */
  during?: [string, string][];
  /** Staff nouns whose genitive body acts through them ("співробітники служби" → the service). */
  staffNouns?: string[];
  triggers: TriggerEntry[];
  modeCues: ModeCue[];
  /** Default mode per type when no cue is found. */
  defaultMode: Partial<Record<EventType, string>>;
  /** Negation particles. */
  negation: string[];
  /** Lemmas before a trigger (in its clause) that make it planned ("планувати", "готовий", "має намір"). */
  plannedCues: string[];
  /** Lemmas that make it denied ("заперечити", "спростувати"). */
  deniedCues: string[];
  /** Lemmas that make it threatened ("погрожувати") or requested ("закликати") when governing another trigger. */
  threatenCues: string[];
  requestCues: string[];
  /** Words that start a new clause after a comma (subordinators, relatives, adversatives). */
  /** Preposition and noun lemma inside a title, over which its genitive owner follows ("повірений у справах Росії"). */
  titlePhrases?: [string, string][];
  /** Two-sided acts whose both sides are the authors of the act named again ("назвала навчання «провокацією»"). */
  mutualTypes?: EventType[];
  /** Nouns of involvement in an act told before ("причетність до атаки"): the act's noun there refers back. */
  involvementNouns?: string[];
  clauseStarters: string[];
  /** Conjunctions that also serve as a relative pronoun after a noun ("компаній, що постачають"). */
  relativeConjunctions?: string[];
  /** Words that open a clause after a comma only when a demonstrative ends the phrase before it ("після того, як …",
   * "перед тим, як …"; not "такі країни, як Польща"). */
  correlativeStarters?: string[];
  /** Conjunctions of adverbial clauses ("коли", "якщо", "хоча"): such a clause that has its verb ends at a comma
   * followed by a subject and its verb, the main clause. */
  subordinators?: string[];
  /** Conditional conjunctions ("якщо"): a threat's target is the subject of its condition. */
  conditionals: string[];
  /** Nouns of "з боку X" (on the part of X): after a noun trigger, X is its agent. */
  agentNouns: string[];
  /** Verbs of naming ("назвавши їх «російською дезінформацією»"): a demonym in what they call it names the target. */
  namingVerbs: string[];
  /** Signing verbs: an agreement signed by one side with no partner named is a domestic act ("підписав указ"). */
  signingVerbs: string[];
  /** Verbs of coming under an act ("Харків потрапив під удар"): their subject is the act's target. */
  underVerbs: string[];
  /** The preposition of such a phrase ("під"). */
  underPreps: string[];
  /** Phrases (lemma sequences) that make the rest of their clause hypothetical ("в цьому випадку Москва вийде …"). */
  hypotheticals: string[][];
  /** Verbs of agreeing whose object is another act ("домовилися про спільне виробництво" → that act, planned). */
  agreeToAct: string[];
  /** Nouns for an accusation or claim: rejecting one targets the accuser. */
  accusationWords: string[];
  /**
   * Reactions with no addressee written answer the last act aimed at the reacting side (discourse): a threat,
   * accusation or refusal answers the last hostile act or demand, thanks the last favourable act. Types of act each
   * reaction type answers.
   */
  responses: Partial<Record<EventType, EventType[]>>;
  /**
   * Definite noun phrases for bodies named elsewhere in the document: `heads` are common nouns that stand for the
   * organisation whose name has that word ("агентство" → "Міжнародне агентство з атомної енергії"); `aliases` map a
   * noun to the body it stands for when that body is named in the document ("альянс", "союзники" → "НАТО"); `kinds`
   * are groups of heads of one kind that name each other's bodies ("угода" → "Оттавська конвенція").
   */
  /**
   * Definite noun phrases for bodies named elsewhere: `heads` resolve to the body whose name holds them, `aliases` to a
   * fixed body, `kinds` to a body named by another word of the same kind, and `describedBy` to the body introduced with
   * that adjective ("опозиція" → the party named "опозиційна Ліберальна партія" before), `sectors` to the latest body
   * of that actor sector ("бойовики" → the armed group named before, sector REB).
   */
  definiteBodies: { heads: string[]; aliases: Record<string, string>; kinds?: string[][]; describedBy?: Record<string, string>; sectors?: Record<string, string> };
  /**
   * Organisations the actor knowledge base knows, with all their names (nominative): a name of two or more words
   * written out in full that the NER stage missed is still an actor ("Сили оборони України атакували …").
   */
  knownBodies?: () => { name: string; names: string[]; country?: string; sector?: string }[];
  /**
   * Nouns of a town named before ("місто"): alone in the dative, with no name or qualifier of its own, the town the
   * document named last among `townIds` (knowledge-base ids of towns and capitals) — "передасть місту 40 установок"
   * after "Кривий Ріг".
   */
  townNouns?: string[];
  /** The posts the actor knowledge base gives a person (by knowledge-base id) on a day: a bare title finds them too. */
  kbRoles?: (kbId: string, day: string | null) => string[];
  /** Nouns of an oblast ("область"): alone, a recipient, the oblast the document named last (or whose administration it named). */
  oblastNouns?: string[];
  /** Whether an entity's name is an oblast's ("Херсонська область"). */
  isOblastName?: (name: string) => boolean;
  /** The ending of a place's adjective in the masculine nominative ("Туапсинський"), read even where the tagger took it for a surname. */
  placeAdjectiveEnding?: RegExp;
  /** Endings of a masculine nominative adjective, for one the dictionary does not know ("туапсинський"). */
  adjectiveNominative?: RegExp;
  /** Whether an adjective lemma is made from the name of a town the gazetteer knows ("рязанський" of "Рязань"). */
  placeAdjective?: (lemma: string) => boolean;
  /** The oblast a body's name is of ("Херсонська обласна військова адміністрація" → "Херсонська область"), or null. */
  oblastOfBody?: (name: string) => string | null;
  townIds?: () => ReadonlySet<string>;
  /** "Серед них – X": a sentence opening with this phrase names members of the unnamed target of the act before. */
  amongThem: [string, string][];
  /** Nouns of sympathy ("співчуття", "солідарність"): with no addressee, the victim of the last attack. */
  sympathy: string[];
  /** ISO alpha-3 (or IGO) code → the country's name, for a person's country. */
  countryNames: Record<string, string>;
  /** Nouns that make a following trigger noun a topic, not an act ("посилення санкцій", "загроза удару"). */
  topicHeads: string[];
  /** Verbs whose noun objects are topics ("обговорили … санкції"). */
  topicVerbs: string[];
  /** Readiness words: a planned hostile act after one is a threat ("готовий запровадити санкції"). */
  readiness: string[];
  /** Relatives of place ("де", "куди"): a clause they open is a setting, and no subject for a participle after it. */
  placeRelatives?: string[];
  /** Words right before a meeting's noun that make it the setting ("на полях саміту"): [preposition, noun lemma]. */
  sidelines?: [string, string][];
  /** Verbs of belonging ("належати"): a struck thing's owner named in a relative clause is the strike's target. */
  ownershipVerbs?: string[];
  /** Verbs of going on ("триває", "відбувається"): a meeting going on in a clause of place is the setting. */
  ongoingVerbs?: string[];
  /** Two words opening a manner clause right before a trigger ("як того вимагає закон"): no act of its own. */
  mannerClauses?: [string, string][];
  /** Nouns of a part of a state ("штат", "провінція"): a bare body of one in the genitive is no state's body. */
  subnationalNouns?: string[];
  /** Prepositions of a gathering as a setting ("на мітингу"): a rally a single person speaks at is no protest of theirs. */
  settingPreps?: string[];
  /** Words for "both" ("обидва лідери"): with a plural noun as the subject, the two persons last named together. */
  bothWords?: string[];
  /** Types whose act told in the impersonal by a commander is the commander's body's ("було перекинуто резерви"). */
  reporterSideTypes?: EventType[];
  /** Types whose act told in the impersonal at a town is the reporting body's ("у Вінниці затримали …, повідомили в ДБР"). */
  reportingAgentTypes?: EventType[];
  /** The mode of an act of its type's default mode aimed at named persons alone (SANCTION → personal). */
  personsMode?: Partial<Record<EventType, string>>;
  /** Relatives in the form of an animate object or a genitive ("яких", "якого"): after a person, about that person. */
  animateObjectRelatives?: string[];
  /** Verbs of possibility ("може відмовитися"): their infinitive, in a conditional warning, is what is held out. */
  possibilityVerbs?: string[];
  /** Verbs of ruling out: a hostile act one does not rule out ("не виключив нових санкцій") is a threat. */
  rulingOut?: string[];
  /** Nouns for partners ("закликав партнерів"): bare, they are those the actor last consulted. */
  partnerNouns: string[];
  /** Verbs of preparing: a prepared act of these types ("готує новий наступ") is not (yet) an event. */
  preparation: { verbs: string[]; types: EventType[] };
  /** Light verbs whose noun object is their subject's own act ("запровадили обмеження", "оголосили про вихід"): a
   * later mention of a kind of act with another author is a new event, not a reference back. */
  lightVerbs: string[];
  /** Prepositions whose noun still reports the subject's own act ("про вихід" after "оголосили"). */
  actPreps: string[];
  /** Two-aspect verbs the tagger may read as perfective future where they mean the present ("атакують"). */
  presentAsFuture: string[];
  /** Forms future by their ending alone, whatever the verb's aspects ("фінансуватиме"). */
  futureForm?: RegExp;
  /** Nouns that stand for the states named by their demonym adjectives ("американська та російська делегації"). */
  delegations: string[];
  /** "делегація на чолі з X" → X: the noun lemma of "на чолі". */
  ledBy: string[];
  /** Verbs of refusing: an act they govern ("відмовився передати") is the refusal's object, not an event. */
  rejectCues: string[];
  /** Types whose slots a demonym adjective may fill ("протести проти російської агресії" → Росія). */
  demonymTargetTypes: EventType[];
  /** Of those, types whose demonym target must be on an animate noun ("похвалив китайських переговірників", not "подякував … американському народові"). */
  demonymTargetAnimateTypes?: EventType[];
  /** Types whose source may be a common-noun group named as written ("польські фермери"). */
  /** Nouns that name no one who acts, never a group subject ("спроба", "рішення"). */
  nonAgentNouns?: string[];
  /** Nouns for a person's followers, named with that person ("прихильники Траоре"). */
  followerNouns?: string[];
  /** Group nouns that name a side only with no genitive complement ("противник", not "противники уряду"). */
  bareGroupNouns?: string[];
  /** Nouns after which a name is the medium words were given to ("в інтерв’ю The Wall Street Journal"), no subject. */
  mediumNouns?: string[];
  groupSubjectTypes: EventType[];
  /** Verbs whose coordinated subjects act together towards a third party ("Україна та Росія погодилися"), not on each other. */
  jointVerbs: string[];
  /** Armed forces of these states stand for the state as a party ("Збройні сили РФ" → Росія, as "російські війська"). */
  forcesOf: Record<string, string>;
  /** Knowledge-base ids of forces with a name of their own that act as themselves, not as their state (a private military company, an expeditionary corps). */
  ownNamedForces?: string[];
  /** Demonstratives that make a noun mention refer back ("це"). */
  demonstratives: string[];
  /** Prepositions of time: an event noun after them refers to an event already told ("перед візитом"). */
  temporalPreps: string[];
  /** Head lemmas of institutions that take their state in the genitive ("Міністерство фінансів США"). */
  /** Adjectives that make an institution noun no institution ("тіньового флоту Росії"). */
  institutionExcludedAdjectives?: string[];
  institutions: string[];
  /** Nouns for an act just told, after a demonstrative ("привітав цей крок"). */
  stepNouns: string[];
  /** Common nouns of kinds of organisation that take a quoted name in apposition ("компанії «Роснефть»"). */
  orgKindNouns: string[];
  /** Prepositions that name the target of a threatened act ("ударами по Берліну", "санкціями проти Пекіна"). */
  threatPreps: string[];
  /** Titles that name the person last so titled only as the object of a verbal act ("слова дипломата"). */
  objectTitles: string[];
  /** Nouns for what someone said ("слова дипломата"): the person after them is the one meant. */
  wordsOf: string[];
  /** Nouns for a visitor ("подякував гостеві"): the person who came on the visit told before. */
  guestNouns: string[];
  /** Concessive prepositions: an act named under them is background ("попри атаки"). */
  concessivePreps: string[];
  /** Nouns for the people of a protest told before ("протестувальників" → the group that protested). */
  protesterNouns: string[];
  /** Prepositions of purpose ("для консультацій"). */
  purposePreps: string[];
  /** Regions that stand for a group of states ("країни Балтії" → Литва, Латвія, Естонія), expanded in events. */
  regionGroups: Record<string, string[]>;
  /** Verbs whose infinitive is an act prevented ("завадили ухвалити"), and verbs of permitting that do so negated ("не дала заблокувати"). */
  preventVerbs?: string[];
  permitVerbs?: string[];
  /** Possessives by the gender of their owner ("її" → f): before an object noun they name its owner. */
  possessiveOwners?: Record<string, 'm' | 'f' | 'p'>;
  /** Nouns whose prepositional phrase names aid's recipient after them ("на допомогу Ізраїлю"). */
  aidPurposeNouns?: string[];
  /** Verbs of agreeing that, with one side and an infinitive right after a demand on it, are yielding ("погодився створити"). */
  yieldVerbs?: string[];
  /** Names of seas and oceans ("Японське море"): no target of a launch. */
  waterBodies?: RegExp;
  /** Verbs and nouns of launching missiles ("випустила в бік моря"). */
  launchVerbs?: string[];
  /** Words after "не" that make it a focus, not a negation ("не просто", "не лише", "не тільки"). */
  focusAfterNegation?: string[];
  /** Nouns of media outlets ("телеканалу Geo News"): the outlet named after one is no party to the act told. */
  mediaNouns?: string[];
  /** Verbs whose subject suffers the act named by their object ("Одеса зазнала атаки"). */
  sufferVerbs?: string[];
  /** Nouns of a counterpart ("американським колегою"): with a demonym and no name after, that state. */
  counterpartNouns?: string[];
  /** Verbs of joining ("приєднатися до пакета санкцій ЄС"): a refusal to join is aimed at the body joined. */
  joinVerbs?: string[];
  /** Words that open an attribution clause before a verb of speech ("Як повідомляє Reuters, …"). */
  attributionOpeners?: string[];
  /** Source phrases of a preposition and a noun that open an attribution up to their comma ("За даними Reuters, …"):
   * the preposition, then the nouns. */
  attributionSources?: { prep: string; nouns: string[] };
  /** Nouns whose prepositional phrase is their own ("на кордоні з Росією"): no slot of the act is in it. */
  relationNouns?: string[];
  /** Adjectives of a body's rank that are part of its name before the body noun and its state ("Федеральна
   * прокуратура Німеччини"). */
  institutionNameAdjectives?: string[];
  /** Nouns of the authorities that, bare, stand for the state the text is set in ("влада звільнила …"). */
  bareStateNouns?: string[];
  /** Institutions that, named by their state's demonym, stand for the state itself ("американська адміністрація" → США). */
  stateInstitutions?: string[];
  /** The genitive of one word of a man's name ("Альварес" → "Альвареса"), for naming a leader's followers. */
  genitiveOfName?: (word: string) => string;
  /** Verbs whose accusative object, a bare authorities noun, is the state ("звинуватила владу"). */
  authorityObjectVerbs?: string[];
  /** Nouns of those taking part ("учасники"), and of the protest they take part in ("акції", "протесту"): "Учасники
   * акції вимагали …" are the protesters. */
  participantNouns?: string[];
  protestNouns?: string[];
  /** Nouns of a proposal whose infinitive is what it proposes, no act ("пропозицію … провести переговори"). */
  proposalContents?: string[];
  /** Verbs of demanding a thing, whose addressee comes with "від" ("вимагав пояснень"): joined by "і" to an act on
   * someone, with no addressee of their own, they are made of that act's target. */
  demandVerbs?: string[];
  /** Nouns of a means after "з" ("із залученням авіаносця"): what follows them is no partner. */
  meansNouns?: string[];
  /** Prepositions of a quantity ("понад 300", "близько 40 тисяч"), which head no phrase of their own. */
  quantityPreps?: string[];
  /** Nouns of people held or taken away, whose state a demonym or a genitive names ("українських дітей"). */
  peopleNouns?: string[];
  /** Nouns of a state's territory before its name ("з території Афганістану"). */
  territoryNouns?: string[];
  /** Prepositions of the act one is accused of ("звинуватив X в обстрілі …"). */
  accusedActPreps?: string[];
  /** Nouns of buildings a named one may have in its name ("Саудівський шпиталь"): what is hit, not who hits. */
  buildingNouns?: string[];
  /** Nouns of go-betweens named by their state ("посередникам з Єгипту"): that state. */
  mediatorNouns?: string[];
  /** Nouns of mediation ("за посередництва Вашингтона й Анкари"): the go-betweens named after them are no party to the act. */
  mediationNouns?: string[];
  /** Words before a time that tell how long since the last such act ("вперше з травня 2023 року"): it dates no act. */
  sinceMarkers?: string[];
  /** Nouns of military exercises ("навчання", "маневри"): held by several states, they are cooperation. */
  exerciseNouns?: string[];
  /** Abbreviations of a weapon's kind ("ППО"): after a noun ("батареї ППО") they name equipment, no actor. */
  weaponKindAbbreviations?: string[];
  /** The word of a head of state's title ("глава держави"): it names no head of an international body. */
  stateWords?: string[];
  /** Words that single a party out of a group named before ("партнерів, насамперед Вашингтон"). */
  singlingOut?: string[];
  /** Words of ability before an infinitive ("здатний запускати"): the infinitive tells no act. */
  capabilityWords?: string[];
  /** Nouns of a capital city ("афганську столицю"): with a state's demonym, that state's capital. */
  capitalNouns?: string[];
  /** Nouns of a city's district ("у Холодногірському районі Харкова"): an attack there is on the city. */
  districtNouns?: string[];
  /** Prepositions of an attack's target phrase ("по місту", "на центр міста"). */
  attackPreps?: string[];
  /** Nouns of the residents of a place ("жителів Костянтинівки"): addressed as a group, not as the place. */
  residentNouns?: string[];
  /** Nouns of a state's envoys, whose state a demonym before them names ("французького посла"). */
  envoyNouns?: string[];
  /** Nouns of vessels, whose state a demonym before them names ("в’єтнамське судно"). */
  vesselNouns?: string[];
  /** Nouns for a decision that, bare, stand for the act just told ("назвали рішення «нікчемним»"). */
  decisionNouns?: string[];
  /** Adjectives of those regions ("балтійський" → "Балтія"): with a noun for states, the region's group. */
  regionAdjectives?: Record<string, string>;
  /** Possessive pronouns that do not name a group ("його прихильників" → "прихильники"). */
  possessives: string[];
  /** Prepositions of origin whose coordinated places a group's phrase may hold ("фермерів із Бельгії, Франції …"). */
  originPreps: string[];
  /** Verbs that repel an attack: their subject is the defender ("сили ППО відбили атаку"). */
  repelVerbs: string[];
  /** Nouns for a state's side that its demonym makes that state ("японським партнерам", "американська влада"). */
  stateSides: string[];
  /** Nouns for a state's armed forces or troops that its demonym makes that state ("камбоджійські війська",
   * "американські військові"); the groups of `groupActors` take precedence where they name another actor. */
  stateForces?: string[];
  /** Suffixes of nouns for people, for a counted group the tagger read as inanimate ("тисячі протестувальників"). */
  personNounSuffix?: RegExp;
  /** Nouns for the people of a body that, with a state's demonym, name that body ("кенійські поліцейські" → поліція). */
  personnelBodies?: Record<string, string>;
  /** Vehicles of war whose demonym, as a subject, names the attacking state ("ізраїльські винищувачі завдали ударів");
   * not actors elsewhere ("передачі польських винищувачів" is no Poland). */
  attackVehicles?: string[];
  /** Common nouns of facilities and vessels that take their name in apposition ("аеродром Морозовськ"). */
  facilityNouns: string[];
  /** Adjectives of a facility's kind that belong to its name ("нафтоперекачувальна станція Унеча"). */
  facilityAdjectives?: string[];
  /** "Сторони": the sides of the last consultation. */
  parties: string[];
  /** Relative pronouns ("який") that open a relative clause. */
  relatives: string[];
  /** Kinds of act a direct quote reports as facts ("ASSAULT": an official telling of a strike): kept when quoted. */
  quotedActTypes?: EventType[];
  /** Titles of a state's leader: "російський лідер" is the person of that state named before with one of them. */
  leaderTitles?: string[];
  /** Verbs of returning people: a state in the dative right after them is whom they were returned to. */
  returnVerbs?: string[];
  /**
   * Verbs of a release ("звільнили", "відпустили"): told in the impersonal, the side that detained them before
   * releases them ("Учора обох моряків звільнили" after the French detained them).
   */
  releaseVerbs?: string[];
  /** Nouns of a class or model ("класу Абукума", "типу Шахед"): the name after one is a kind of thing, no actor. */
  modelNouns?: string[];
  /** Nouns of a share of a group ("більшість", "частина"): with a demonym's group after them, that state acts. */
  shareNouns?: string[];
  /** Nouns of a run of days counted by an ordinal ("п’ятий вечір поспіль"): a time phrase between a subject and its verb. */
  runNouns?: string[];
  /** Nouns of a region among facilityNouns ("провінція"): the name after one is the place, named alone. */
  regionNouns?: string[];
  /** Prepositional set phrases that take no genitive after them ("у відповідь"): preposition and noun lemmas. */
  closedPhrases?: [string, string][];
  /** Verbs of summoning an envoy ("викликали посла"): told in the impersonal, the body "до" which is the summoner. */
  summonVerbs?: string[];
  /** Nouns of a demand ("вимога", "ультиматум"): rejected with no owner named, they are those last made of the rejecter. */
  demandNouns?: string[];
  /** Verbs of taking people away ("вивезти"): told in the impersonal, the state they went to took them. */
  deportationVerbs?: string[];
  /** A body's premises ("будівля", "офіс"): picketed or blocked as the object of a protest, they stand for the body. */
  premisesNouns?: string[];
  /** Relative pronouns whose nominative and accusative forms are one ("які", "який"): the object of their clause when it names its own subject. */
  ambiguousRelatives?: string[];
  /** Coordinating conjunctions that join actors ("і", "та", "й"). */
  coordinators: string[];
  /** Prepositions that put a noun phrase in the locative of place ("у", "в", "на"). */
  locativePreps: string[];
  /** Reporting verbs: the subject of "X заявив, що …" is the source of a verbal act in the clause. */
  reportVerbs: string[];
  /** "За словами X" and similar attribution phrases (first lemma, second lemma). */
  attributions: [string, string][];
  /** Personal pronouns that refer back to the last subject. */
  pronouns: string[];
  /** Types whose source is the speaker when reported ("Пєсков заявив, що Москва не сприйматиме …" → Пєсков). */
  verbalTypes: EventType[];
  /** Actor phrases made of common nouns. */
  groupActors: GroupActor[];
  /** Relational adjective lemma → country name ("російський" → "Росія"). */
  demonyms: Record<string, string>;
  /** Impersonal predicates whose dative is the subject of the infinitive after them ("Україні вдалося повернути"). */
  dativeSubjectPredicates: string[];
  /** Adjectives of control taking the controller in the dative ("підконтрольний Росії"): the body after them is the controller's. */
  controlledBy: string[];
  /** Nouns of bodies that may be controlled by another (суд, влада, адміністрація …). */
  bodyNouns: string[];
  /** Head nouns of diplomatic missions, named with where they sit ("Посольство України в Румунії"). */
  missionNouns: string[];
  /** Prepositions that are also adverbs ("напередодні"): before a nominative they govern nothing. */
  adverbialPreps: string[];
  /** First-person pronouns (lemmas): as a subject in a quotation they stand for its speaker. */
  firstPersonPronouns: string[];
  /** Adjectives of sequence before a noun trigger: another act of the kind ("Попередній обмін", "наступний етап обміну"). */
  sequelAdjectives: { previous: string[]; next: string[]; stageNouns: string[] };
  /** Nouns naming a meeting's format ("у форматі NB8", "формату «Рамштайн»"): the meeting is the format's. */
  formatNouns: string[];
  /** The key of a role noun's synonym group ("омбудсман" → "уповноважений"); identity when absent. */
  roleKey?: (lemma: string) => string;
  /** Verbs of happening among the planned cues ("має відбутися"): in the past tense they tell that it happened. */
  happenVerbs: string[];
  /** Conjunctions opening a verbless rest with another target ("…, а згодом і Київ"). */
  contrastConjunctions: string[];
  /** Prepositions placing a thing near a place ("поблизу Валуйок"): an attack on an unnamed object there targets the place. */
  nearPreps: string[];
  /** Prepositions that give the reason of an act with an accusative ("за допомогу"): a noun trigger there is no event. */
  reasonPreps: string[];
  /** Capital (or seat) name → the government it stands for ("Москва" → "Росія", "Брюссель" → "ЄС"). */
  capitals: Record<string, string>;
  /** Source assumed when none is written, per type (a prior of the news domain; documented in docs/events.md). */
  defaultSource: Partial<Record<EventType, string>>;
  /** Countries of the news domain those defaults belong to: they apply only in a document that names an actor or place
   * of one of them (a strike in the Caribbean reported with no word of this war gets no default attacker). */
  defaultDomain?: string[];
  /** Target assumed when none is written, per type (e.g. the recipient of aid in this news domain). */
  defaultTarget: Partial<Record<EventType, string>>;
  /** Words of obligation before an act ("Росія й Україна мають піти на поступки"): reported by a speaker, the act
   * becomes that speaker's REQUEST of the clause's subject. */
  obligation: string[];
  /** Types of act that an obligation turns into a request (acts one side is asked to make). */
  obligationTypes: EventType[];
  /** Nouns for a proposal or stance ("ідею", "вимогу", "таке зобов’язання"): supported or rejected with no author
   * named, they are the previous sentence's subject's. */
  proposals: string[];
  /** Prepositions of a cause ("через атаки"), and the reaction types whose cause is no event of its own. */
  causePreps?: string[];
  causeReactionTypes?: EventType[];
  /** Nouns of a kind of settlement whose name follows in the nominative ("селище Антонівка"). */
  settlementNouns?: string[];
  /** Words opening the consequence of a demand not met ("інакше"): a threat after one is aimed at the demand's addressee. */
  otherwiseWords?: string[];
  /** Adjectives of a government's own forces ("урядові війська"): the state of the context. */
  governmentAdjectives?: string[];
  /** Verbs that deem a kind of act something ("напад на одну зі сторін вважатиметься загрозою"): their noun subject is a definition, no act. */
  deemVerbs?: string[];
  /** Nouns after "на" naming who invited a visitor ("на запрошення X"): the visit's host. */
  invitationNouns?: string[];
  /** Prepositions of a share ("частина з яких", "серед яких"): a noun with one and a relative names part of what was told. */
  partitivePreps?: string[];
  /** Prepositions of a front's direction ("на Покровському напрямку"): no place an attack on positions is at. */
  directionPreps?: string[];
  /** Nouns of military positions ("позиція"): an attack on them at a place named after them is on that place. */
  positionNouns?: string[];
  /** Nouns of kin ("родина"): "родинам загиблих" condoled with are a group. */
  kinNouns?: string[];
  /**
   * Words of an election won: nouns of the victory one is congratulated on ("привітав … з перемогою"), verbs of winning
   * ("переміг"), and nouns of the rival ("привітав суперника"), which name the winner of a defeat conceded; `defeat` is
   * the noun a conceding trigger requires ("визнав поразку").
   */
  victory?: { defeat: string; nouns: string[]; verbs: string[]; rivals: string[]; congratulate: string[] };
  /** A place's genitive as written → the genitive of its full name, for bodies named with it ("Львівщини" → "Львівської області"). */
  placeGenitive?: (written: string) => string | undefined;
  /** Verbs of receiving visitors ("де їх зустрів президент …"): their subject is the visit's host. */
  hostVerbs?: string[];
  /** Prepositions before the participation noun that name a meeting's participants ("за участі X"). */
  participationPreps?: string[];
  /** Verbs of stopping an act ("припинити удари"): agreeing to stop one's attacks is a concession. */
  ceaseVerbs?: string[];
  /** Nouns of a person that, with a state's demonym and no name, stand for the person of that state named before, as a title does ("французькій політикині"). */
  stateDemonymPersons?: string[];
  /** Nouns of a government named by its head in the genitive ("уряд Стармера" → "Уряд Великої Британії"). */
  governmentNouns?: string[];
  /** Words that open a purpose phrase ("на знак протесту", "на знак солідарності"): the noun after them names no act of its own. */
  purposePhrases?: string[][];
  /** Title nouns besides roleNouns that open a second title after a comma ("з віцепрем’єр-міністром, главою МЗС …") or a coordinator ("лідера ХДС і кандидата в канцлери …"). */
  secondTitles?: string[];
  /** Nouns of a body of water: a sea named where an attack happened is where, not what, it hit ("по катеру в Карибському морі"). */
  waterNouns?: string[];
  /** Nouns of sides that, bare (no owner after them), stand for the states of the persons who met ("делегації узгодили"). */
  stateDelegations?: string[];
  /** Determiners of any instance at all ("кожне затримане судно"): a trigger after one tells no act. */
  genericDeterminers?: string[];
  /** Nouns of people as such ("людина"): a crowd of them counted is no side of what it does. */
  anonymousNouns?: string[];
  /** Words of protecting against something ("захист … від кібератак", "протидія атакам"): an act named as what is guarded against is none told. */
  protectionWords?: string[];
  /** Prepositions of what is guarded against ("від"). */
  protectionPreps?: string[];
  /** Preposition and pronoun that open a charge's content before a complementiser ("звинуватив … в тому, що …"). */
  chargeContentOpeners?: [string, string][];
  /** Discourse connectors that open a sentence ("Тим часом", lower-case words): no part of its first phrase. */
  openingConnectors?: readonly string[][];
  /** Conjunctions of a purpose clause ("вимагає, щоб Москва вивела"): its subject is whom a request asks. */
  purposeWords?: string[];
  /** Words opening an indirect question or a clause about whoever acts: "не можемо підтвердити, хто запустив дрон". */
  questionWords?: string[];
  /** Prepositions before a territory noun ("на території X"): a threatened attack there targets X. */
  territoryPreps?: string[];
  /** Words of a mirror act ("дзеркальні обмеження"): it answers the last act of its kind aimed at its author. */
  mirrorWords?: string[];
  /** Adjectives of land held by an occupier ("окупований"): supplies sent there are no aid. */
  occupiedWords?: string[];
  /** Spelling variants of a preposition, each to the form the entries' slots write ("із", "зі" → "з"; "у" → "в"): a
   * slot `з+oru` is filled after any of them. */
  prepositionVariants?: Record<string, string>;
  /** Institutions named bare ("від уряду") that stand for the state the sentence's places lie in. */
  bareBodies?: string[];
  /** The names bare bodies go by with their state ("армія" → "Збройні сили Танзанії"); the noun itself where none is given. */
  bareBodyNames?: Record<string, string>;
  /** The actor sector of a bare body's kind ("парламент" → LEG): the body of that sector named before stands for it. */
  bareBodySectors?: Record<string, string>;

  /** Dual numerals ("обидва", "два") and plural nouns of sides ("країни") that make a group of the two sides. */
  dual?: { numerals: string[]; nouns: string[] };
  /** Numerals of three sides and more, with nouns of sides ("трьох союзників"): the parties of the last act among that many. */
  groupOf?: { numerals: Record<string, number>; nouns: string[] };
  /** Types that react to an act told before: its noun as their object names its author as their target. */
  reactionTypes?: EventType[];
  /** Types whose object may be such a proposal. */
  proposalTypes: EventType[];
  /** "взяти участь у засіданні X": the noun before the preposition; the subject takes part, the genitive is the partner. */
  participation: string[];
  /** Nouns that name a kind of act without being a trigger ("засудило переслідування" → the COERCE told before). */
  actNouns: Record<string, EventType>;
  /** Role nouns that head an apposition with a person ("міністр", "президент"): any animate noun counts too. */
  roleNouns: string[];
}
