/**
 * Ukrainian gazetteers and the actor knowledge base: language data kept apart from the NER/resolve algorithms in
 * src/nlp/ner and src/nlp/resolve. Loaded once from the JSON files beside this module (users extend those files —
 * see docs/entities.md) and from the `i18n-iso-countries` package (Ukrainian country names).
 *
 * - places.json: Ukrainian oblasts, oblast centres and major cities, world capitals — with coordinates;
 * - countries.json: extra names of countries (aliases) and centre coordinates, keyed by ISO alpha-3;
 * - actors.json: organisations and a few persons with actor codes (country, sector);
 * - roles.json: lemmas of post/occupation nouns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { PACKAGE_ROOT } from '../../../paths.js';
import { LitopysError } from '../../../errors.js';
import type { EntityType } from '../../../types.js';

export const GAZETTEER_DIR = join(PACKAGE_ROOT, 'src', 'lang', 'uk', 'gazetteer');

/** One named thing the gazetteer knows, with every name it goes by (nominative). */
export interface GazetteerEntry {
  /** Stable id: `country:UKR`, `place:Харків`, or the actor KB id. */
  id: string;
  type: EntityType;
  /** Finer class: country, capital, city, oblast, region, org, person. */
  kind: string;
  /** Canonical nominative name. */
  name: string;
  /** Every name, the canonical one included. */
  names: string[];
  /** ISO 3166-1 alpha-3 or an IGO code. */
  country?: string;
  sector?: string;
  /**
   * Case forms of a one-word place name the morphology may not know ("Гуаякіля", "Гуаякілі"): the matcher matches
   * them as written, where the tagger left such a word's form as its lemma.
   */
  forms?: string[];
  /** Case forms written out in places.json for a name the endings cannot decline ("Суми" → "Сум"): matched even where the dictionary reads the word otherwise. */
  declined?: string[];
  /** A person of the actor knowledge base whose name the NER stage's gazetteer feature fires on (actors.json `cue`). */
  cue?: boolean;
  /**
   * An organisation of the actor knowledge base that only entity linking matches (actors.json `linkOnly`): the NER
   * stage's gazetteer feature leaves it out, as the model was trained without it (a name such as "МЗС Ірану" as one
   * match moved the person span after it).
   */
  linkOnly?: boolean;
  /**
   * Posts a person of the knowledge base held, with the days they began and ended (ISO, both optional): a title
   * standing alone later in an article ("– написав український президент") can name them by the post they held on
   * the article's day, where the article did not introduce them with it.
   */
  roles?: KbRole[];
  lat?: number;
  lon?: number;
}

/** A post in the knowledge base: its title in the nominative ("президент", "міністр закордонних справ"). */
export interface KbRole {
  role: string;
  from?: string;
  to?: string;
}

/** The posts of a knowledge-base entry held on `day` (ISO); all of them when the day is unknown. */
export function rolesOn(entry: GazetteerEntry, day: string | null | undefined): KbRole[] {
  if (!entry.roles) return [];
  return day ? entry.roles.filter((r) => (!r.from || r.from <= day) && (!r.to || day < r.to)) : entry.roles;
}

interface PlacesFile {
  /** `forms`: oblique forms of a plural name the endings cannot guess ("Суми" → "Сум", "Сумам", …). */
  places: { name: string; kind: string; country?: string; lat: number; lon: number; aliases?: string[]; forms?: string[] }[];
}
interface CountriesFile {
  /** Lemmas of words naming a state's form before its name ("Держава Катар", "Королівство Нідерландів"). */
  stateForms?: string[];
  /** The short form news use as a country's canonical name where the package's first name is the official one. */
  short?: Record<string, string>;
  aliases: Record<string, string[]>;
  centres: Record<string, [number, number]>;
}
interface ActorsFile {
  actors: { id: string; name: string; aliases?: string[]; forms?: string[]; type: EntityType; country?: string; sector?: string; cue?: boolean; linkOnly?: boolean; roles?: KbRole[] }[];
}
interface RolesFile {
  heads: string[];
}

function readJson<T>(file: string): T {
  const path = join(GAZETTEER_DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new LitopysError('MODEL_CORRUPT', `cannot read gazetteer: ${(e as Error).message}`, { file: path });
  }
}

let cached: GazetteerEntry[] | null = null;

/** Countries (i18n-iso-countries uk names + our aliases), places and actors, in that order. */
export function gazetteerEntries(): GazetteerEntry[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/uk.json'));
  const extra = readJson<CountriesFile>('countries.json');
  const out: GazetteerEntry[] = [];
  const names = countries.getNames('uk', { select: 'all' }) as Record<string, string[]>;
  for (const [a2, list] of Object.entries(names)) {
    const a3 = countries.alpha2ToAlpha3(a2);
    if (!a3) continue;
    const plain = list.filter((n) => !/[,()]/.test(n));
    const all = [...new Set([...(extra.short?.[a3] ? [extra.short[a3]!] : []), ...(extra.aliases[a3] ?? []), ...plain])];
    if (!all.length) continue;
    const centre = extra.centres[a3];
    out.push({
      id: `country:${a3}`,
      type: 'LOC',
      kind: 'country',
      name: extra.short?.[a3] ?? plain[0] ?? all[0],
      names: all,
      country: a3,
      ...(centre ? { lat: centre[0], lon: centre[1] } : {}),
    });
  }
  for (const p of readJson<PlacesFile>('places.json').places) {
    const own = [p.name, ...(p.aliases ?? [])];
    const forms = own.flatMap(placeForms).filter((f) => !own.includes(f));
    out.push({
      id: `place:${p.name}`,
      type: 'LOC',
      kind: p.kind,
      name: p.name,
      names: own,
      ...(forms.length ? { forms } : {}),
      ...(p.forms ? { declined: p.forms } : {}),
      ...(p.country ? { country: p.country } : {}),
      lat: p.lat,
      lon: p.lon,
    });
  }
  const ids = new Set<string>();
  for (const a of readJson<ActorsFile>('actors.json').actors) {
    if (ids.has(a.id)) throw new LitopysError('MODEL_CORRUPT', `duplicate actor id "${a.id}"`, { file: join(GAZETTEER_DIR, 'actors.json'), field: 'id' });
    ids.add(a.id);
    const forms = a.type === 'PERS' ? surnameForms(a.aliases ?? []) : [];
    out.push({
      id: a.id,
      type: a.type,
      kind: a.type === 'PERS' ? 'person' : 'org',
      name: a.name,
      names: [a.name, ...(a.aliases ?? [])],
      ...(a.country ? { country: a.country } : {}),
      ...(a.sector ? { sector: a.sector } : {}),
      ...(a.cue ? { cue: true } : {}),
      ...(a.linkOnly ? { linkOnly: true } : {}),
      ...(a.roles?.length ? { roles: a.roles } : {}),
      ...(forms.length ? { forms } : {}),
      ...(a.forms?.length ? { declined: a.forms } : {}),
    });
  }
  cached = out;
  return out;
}

/**
 * Case forms of a one-word place name of five letters or more by its ending (genitive, dative, instrumental,
 * locative): "Гуаякіль" → "Гуаякіля", "Гуаякілю", "Гуаякілем", "Гуаякілі"; "Манта" → "Манти", "Манті", "Манту",
 * "Мантою". Names in other letters, of several words, or indeclinable (in -о, -е, -і, -у; not the neuter -ово,
 * -єво, -ино) get none.
 */
export function placeForms(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(name)) return [];
  const stem = name.slice(0, -1);
  const last = name.slice(-1);
  if (last === 'ь') return [stem + 'я', stem + 'ю', stem + 'ем', stem + 'і'];
  if (last === 'й') return [stem + 'я', stem + 'ю', stem + 'єм', stem + 'ї'];
  if (name.endsWith('ія')) return [stem + 'ї', stem + 'ю', stem + 'єю'];
  // (a stem in г/к/х changes its consonant before -і: not guessed)
  if (last === 'а') return /[гкх]$/.test(stem) ? [stem + 'и', stem + 'у', stem + 'ою'] : [stem + 'и', stem + 'і', stem + 'у', stem + 'ою'];
  if (/[бвгґджзклмнпрстфхцчшщ]/.test(last)) return [name + 'а', name + 'у', name + 'ом', name + 'і', name + 'ові'];
  // (a neuter name in -ово, -єво, -ино declines as a noun: "Кстово" → "у Кстові", "Сараєво" → "до Сараєва")
  if (/(ов|ев|єв|ин|ін)о$/.test(name)) return [stem + 'а', stem + 'у', stem + 'ом', stem + 'і'];
  return [];
}

/**
 * Case forms of a person's one-word surname ending in a consonant, which the morphology may lemmatise wrongly
 * ("Шольцем" → "Шольець"): genitive, dative (two), instrumental. Other surnames (in -ий, -а, -о …) get none.
 */
export function surnameForms(aliases: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of aliases) {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(a) || !/[бвгґджзклмнпрстфхцчшщ]$/.test(a)) continue;
    out.push(a + 'а', a + 'у', a + 'ові', a + (/[жчшщц]$/.test(a) ? 'ем' : 'ом'));
  }
  return out;
}

let roleHeads: Set<string> | null = null;

/** Lowercase lemmas of post/occupation nouns (roles.json). */
export function roleHeadLemmas(): Set<string> {
  if (!roleHeads) roleHeads = new Set(readJson<RolesFile>('roles.json').heads.map((h) => h.toLowerCase()));
  return roleHeads;
}

interface SectorsFile {
  heads: Record<string, string>;
  roles: Record<string, string>;
  roleSynonyms: string[][];
}

export interface SectorLexicon {
  /** Sector of an organisation by the lemma of its head noun. */
  heads: Map<string, string>;
  /** Sector of a person by the lemma of their role's head noun. */
  roles: Map<string, string>;
  /** Role phrase (lemmas, space-joined) → the key of its synonym group. */
  roleKey(phrase: string): string;
}

let sectors: SectorLexicon | null = null;

/** sectors.json: organisation head nouns and roles → sector; synonymous role phrases. */
export function sectorLexicon(): SectorLexicon {
  if (!sectors) {
    const f = readJson<SectorsFile>('sectors.json');
    const syn = new Map<string, string>();
    for (const group of f.roleSynonyms) for (const p of group) syn.set(p.toLowerCase(), group[0].toLowerCase());
    sectors = {
      heads: new Map(Object.entries(f.heads)),
      roles: new Map(Object.entries(f.roles)),
      // (apostrophes as the file writes them: a lemma's "прем’єрка" is the file's "прем'єрка")
      roleKey: (phrase) => {
        const p = phrase.toLowerCase().replace(/[’ʼ`]/g, "'");
        return syn.get(p) ?? p;
      },
    };
  }
  return sectors;
}

let particles: Set<string> | null = null;
let stateForms: Set<string> | null = null;

/** Lowercase lemmas of the words naming a state's form before its name (countries.json `stateForms`). */
export function stateFormWords(): Set<string> {
  if (!stateForms) stateForms = new Set(readJson<CountriesFile>('countries.json').stateForms ?? []);
  return stateForms;
}

let weapons: Set<string> | null = null;
/** Names of weapon systems (weapons.json): an entity span that opens with one is an artefact, not an actor. */
export function weaponNames(): Set<string> {
  if (!weapons) weapons = new Set(readJson<{ names: string[] }>('weapons.json').names);
  return weapons;
}

/** Lowercase particles inside personal names (names.json): «фон», «дер», «де» … */
export function nameParticles(): Set<string> {
  if (!particles) particles = new Set(readJson<{ particles: string[] }>('names.json').particles);
  return particles;
}

let nicknames: [string, string][] | null = null;
/** Two words before a nickname ("на прізвисько"): the name after them is the person named right before it. */
export function nicknameCues(): [string, string][] {
  if (!nicknames) nicknames = readJson<{ nicknameCues?: [string, string][] }>('names.json').nicknameCues ?? [];
  return nicknames;
}

/** Head nouns of a treaty's name ("Угода про …", "Договір про …"): with "про …" after them, one document (NER stage). */
/**
 * Nouns of a kind of organisation whose name follows in quotation marks ("руху «Атеш»", "партії «Наш край»"): the
 * name inside the marks is an organisation (NER-UK marks it without them).
 */
export const QUOTED_ORG_HEAD_LEMMAS: ReadonlySet<string> = new Set([
  'рух', 'партія', 'угруповання', 'компанія', 'концерн', 'корпорація', 'холдинг', 'банк', 'фонд', 'організація', 'об’єднання',
  'спільнота', 'фракція', 'блок', 'синдикат', 'коаліція', 'альянс', 'банда', 'телеканал', 'видання', 'газета', 'агентство', 'агенція', 'товариство', 'підприємство',
  'соцмережа', 'мережа', 'платформа', 'месенджер', 'сервіс', 'стартап',
]);

/** Abbreviations of military groupings named by a word after them ("ОСУВ Хортиця", "ОТУ Харків"): that word is the
 * grouping's name, not a person's first name. */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['ОСУВ', 'ОТУ', 'ОУВ', 'ОСГВ', 'ОК']);

/** Adjectives that describe a party or body, written with a capital only at a sentence's start and no part of its name
 * ("Опозиційна Демократична партія …"). */
export const DESCRIPTIVE_ADJECTIVES: ReadonlySet<string> = new Set(['опозиційний', 'правлячий', 'провладний', 'колишній', 'проросійський', 'прозахідний', 'ультраправий', 'праворадикальний', 'ліворадикальний', 'правоцентристський', 'лівоцентристський', 'найбільший']);

/** Heads of bodies named by what they stand for, after "за" ("Народна партія за свободу і демократію", "Міжнародна
 * кампанія за заборону наземних мін", "Національний альянс за зміни"). */
export const PROGRAMME_HEAD_LEMMAS: ReadonlySet<string> = new Set(['партія', 'рух', 'альянс', 'кампанія', 'коаліція', 'фронт', 'союз', 'об’єднання', 'конгрес', 'ліга', 'комітет', 'спілка', 'блок']);

/** Discourse particles and time adverbs a name never runs over ("місія ЄС EUFOR Althea | ще минулого місяця"). */
export const NAME_BREAK_WORDS: readonly string[] = ['ще', 'вже', 'також', 'теж', 'лише', 'навіть', 'тільки', 'знову', 'вчора', 'сьогодні', 'нині'];

/**
 * Heads of a state's service named in lower case with an adjective of its kind and the state after it ("берегова
 * охорона Японії", "прикордонна служба Польщі", "національна гвардія США"): one organisation.
 */
export const SERVICE_HEAD_LEMMAS: readonly string[] = ['охорона', 'служба', 'гвардія', 'поліція', 'розвідка'];

/** Nouns of a vessel whose name follows them ("танкер Kiwala", "судно «Ірида»"). */
export const VESSEL_NOUN_LEMMAS: readonly string[] = ['судно', 'човен', 'танкер', 'суховантаж', 'траулер', 'корабель', 'баржа', 'яхта'];

/** Nouns of a body of water or a sea feature named before them ("у Фінській затоці"). */
export const WATER_NOUN_LEMMAS: readonly string[] = ['затока', 'море', 'протока', 'океан', 'озеро', 'річка', 'лиман'];

/** Nouns of a kind of settlement whose name follows them ("поблизу міста Кулікоро", "селище Антонівка"). */
export const SETTLEMENT_NOUN_LEMMAS: readonly string[] = ['місто', 'село', 'селище', 'смт', 'хутір', 'містечко', 'станція', 'острів', 'переправа', 'провінція'];

/**
 * Head nouns of a body's proper name that opens with a capitalised adjective in mid-sentence ("в Об’єднаному комітеті
 * начальників штабів", "Африканського союзу"): with such an adjective before them, an organisation.
 */
export const NAMED_BODY_HEAD_LEMMAS: ReadonlySet<string> = new Set([
  'комітет', 'комісія', 'рада', 'міністерство', 'служба', 'агентство', 'бюро', 'штаб', 'управління', 'командування',
  'організація', 'фонд', 'суд', 'департамент', 'інспекція', 'палата', 'асамблея', 'трибунал', 'альянс', 'союз', 'банк',
  // (unions of members: "Конфедерація корінних національностей Еквадору", "Федерація вантажних перевізників")
  'федерація', 'конфедерація', 'асоціація',
]);

/** Abbreviations of a company's legal form written before its name in quotation marks ("АТ «Укроборонпром»"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['АТ', 'ПАТ', 'ПрАТ', 'ВАТ', 'ЗАТ', 'ТОВ', 'ТзОВ', 'ДП', 'НАК', 'ДК', 'КП', 'ПП', 'ДАК', 'ДПЗКУ']);

export const TREATY_HEAD_LEMMAS: ReadonlySet<string> = new Set(['угода', 'договір', 'конвенція', 'меморандум', 'пакт', 'хартія']);

/** Nouns of a company whose one-word name follows unquoted ("холдинг Агроферт", "концерн Купол", "авіакомпанії Air India"). */
export const COMPANY_HEAD_LEMMAS: ReadonlySet<string> = new Set(['холдинг', 'концерн', 'авіакомпанія']);

/** Head nouns of a plant or works named with the place it stands in after it ("завод у Нижньогородській області"). */
export const FACILITY_HEAD_LEMMAS: ReadonlySet<string> = new Set(['завод', 'комбінат', 'нпз', 'електростанція', 'тес', 'тец', 'аес', 'термінал']);
/** Prepositions of the place such a plant stands in. */
export const FACILITY_PLACE_PREPS: ReadonlySet<string> = new Set(['у', 'в']);

/**
 * Head nouns of state bodies that are named with their state in the genitive right after them ("Міністерство оборони
 * Білорусі", "Посольство Росії"): the NER stage joins such a body and its state into one organisation.
 */
export const BODY_HEAD_LEMMAS: ReadonlySet<string> = new Set([
  'міністерство', 'посольство', 'уряд', 'парламент', 'генштаб', 'консульство', 'прокуратура', 'поліція', 'служба', 'агентство', 'адміністрація',
  'командування', 'мерія',
  // the short names of ministries, which news writes with the state as often as the full ones ("МЗС Азербайджану")
  'мзс', 'міноборони', 'мвс', 'мінфін', 'суд',
  // (and of the armed services: "ВМС Шрі-Ланки", not Ukraine's navy the short name alone stands for)
  'вмс', 'впс', 'сбу',
]);

/** Genitive of an oblast's short name → genitive of its full name ("Львівщини" → "Львівської області"), built once. */
let oblastGenitives: Map<string, string> | undefined;
export function fullOblastGenitive(word: string): string | undefined {
  if (!oblastGenitives) {
    oblastGenitives = new Map();
    for (const e of gazetteerEntries()) {
      if (e.kind !== 'oblast' || !/[сцз]ька область$/.test(e.name)) continue;
      const full = e.name.replace(/ька область$/, 'ької області');
      for (const n of e.names) if (/(щина|ччина)$/.test(n)) oblastGenitives.set(n.slice(0, -1) + 'и', full);
    }
  }
  return oblastGenitives.get(word);
}
