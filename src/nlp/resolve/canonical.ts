/**
 * Canonical (nominative) names of mentions, built from the tagger's morphology: the head noun of the phrase and the
 * adjectives agreeing with it before it are put in the nominative (inflect()), the genitive tail is kept
 * ("Офісу президента" → "Офіс президента", "Великої Британії" → "Велика Британія"); every word of a person's name
 * takes its lemma ("Андрія Єрмака" → "Андрій Єрмак"). Numbers, dates and amounts keep their text.
 */
import type { EntityType, Token } from '../../types.js';
import { inflect, loadLexicon } from '../morph/index.js';
import { fullOblastGenitive, LEGAL_FORMS, nameParticles } from '../../lang/uk/gazetteer/index.js';

const AS_WRITTEN = new Set<EntityType>(['DATE', 'TIME', 'PERIOD', 'MON', 'PCT', 'QUANT']);
const OPEN_Q = new Set(['«', '„', '“', '"']);

function casingLike(form: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return form.toUpperCase();
  const c = like[0];
  if (c !== undefined && c !== c.toLowerCase()) {
    const up = form.charAt(0).toUpperCase() + form.slice(1);
    // ("Південно-Африканської" → "Південно-Африканська": each capitalised part after a hyphen stays so)
    const h = like.indexOf('-');
    if (h > 0 && h === form.indexOf('-') && like[h + 1] !== undefined && like[h + 1] !== like[h + 1]!.toLowerCase()) return up.slice(0, h + 1) + up.charAt(h + 1).toUpperCase() + up.slice(h + 2);
    return up;
  }
  if (c !== undefined && c !== c.toUpperCase()) return form.charAt(0).toLowerCase() + form.slice(1);
  return form;
}

/** What canonicalName and the linker read from a tag, worked out once per distinct tag string. */
export interface TagInfo {
  /** The parts of the tag ("noun:anim:m:v_rod" → noun, anim, m, v_rod). */
  bits: string[];
  /** The first part (part of speech). */
  pos: string;
  /** The first case part ("v_rod"), if any. */
  kase: string | undefined;
  /** Whether the parts include "fname", "nv" (indeclinable), "p" (plural). */
  fname: boolean;
  nv: boolean;
  plural: boolean;
  /** The first gender part (m, f or n), else ''. */
  gender: string;
}

const infoByTag = new Map<string, TagInfo>();

/** The tag's parts and the facts read from them (memoised per tag string; callers never change the result). */
export function tagInfo(t: Token): TagInfo {
  const tag = t.tag ?? '';
  let info = infoByTag.get(tag);
  if (!info) {
    const b = tag.split(':');
    info = {
      bits: b, pos: b[0]!, kase: b.find((x) => x.startsWith('v_')), fname: b.includes('fname'), nv: b.includes('nv'),
      plural: b.includes('p'), gender: b.find((x) => x === 'm' || x === 'f' || x === 'n') ?? '',
    };
    if (infoByTag.size > 20000) infoByTag.clear();
    infoByTag.set(tag, info);
  }
  return info;
}

/** The parts of a token's tag (memoised per tag string; callers never change the array). */
export function bits(t: Token): string[] {
  return tagInfo(t).bits;
}

function caseOf(t: Token): string | undefined {
  return tagInfo(t).kase;
}

/** Cases whose forms coincide in names count as one: genitive = accusative (animate), dative = locative. */
function caseClass(c: string): string {
  return c === 'v_zna' ? 'v_rod' : c === 'v_mis' ? 'v_dav' : c;
}

/** A lowercase word (a title), not a name particle: the particles sit inside names, never first. */
function isLowerWord(t: Token): boolean {
  const c = t.text.charAt(0);
  return t.kind === 'word' && c !== c.toUpperCase() && c === c.toLowerCase() && !nameParticles().has(t.text);
}

function isAbbreviation(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The tokens' texts, as the forms to start from. */
function textsOf(tokens: Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = tokens[i].text;
  return out;
}

/** The wanted tag of an adjective agreeing with a nominative head of gender/number m, f, n or p. */
const ADJ_NOMINATIVE: Record<string, string> = { m: 'adj:m:v_naz', f: 'adj:f:v_naz', n: 'adj:n:v_naz', p: 'adj:p:v_naz' };

/** Joins replacement forms with the original whitespace between tokens. */
function rebuild(tokens: Token[], forms: string[], text: string): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    out += forms[i];
    if (i + 1 < tokens.length) {
      const from = tokens[i].end;
      const to = tokens[i + 1].start;
      // no gap, or one plain space (nearly always): as the replace below would give
      if (to === from) continue;
      if (to === from + 1 && text.charCodeAt(from) === 32) out += ' ';
      else out += text.slice(from, to).replace(/\s+/g, ' ');
    }
  }
  return out;
}

/** Nominative of one word given its lemma and the wanted tag parts, cased like the original; null when not generated. */
const inflected = new Map<string, string | null>();

/** inflect(), memoised: names repeat across documents and generation is the costly part of this stage. */
function inflectCached(lemma: string, wanted: string): string | null {
  const key = lemma + '\u0000' + wanted;
  let f = inflected.get(key);
  if (f === undefined) {
    if (inflected.size > 50000) inflected.clear();
    f = inflect(lemma, wanted);
    inflected.set(key, f);
  }
  return f;
}

function nominative(t: Token, wanted: string): string | null {
  if (!t.lemma) return null;
  const f = inflectCached(t.lemma, wanted) ?? adjectiveByEnding(t.lemma, wanted);
  return f ? casingLike(f, t.text) : null;
}

/** Nominative endings of a hard ("-ий") and a soft ("-ій") adjective by gender and number. */
const ADJ_ENDINGS: Record<string, [string, string]> = { 'adj:m:v_naz': ['ий', 'ій'], 'adj:f:v_naz': ['а', 'я'], 'adj:n:v_naz': ['е', 'є'], 'adj:p:v_naz': ['і', 'і'] };

/**
 * An adjective the lexicon does not know, its lemma guessed ("Хатлонській" → "хатлонський"): its nominative by the
 * regular endings ("Хатлонська область").
 */
function adjectiveByEnding(lemma: string, wanted: string): string | null {
  const e = ADJ_ENDINGS[wanted];
  const m = /^(.*\p{L}{2})(ий|ій)$/u.exec(lemma);
  if (!e || !m) return null;
  return m[1] + (m[2] === 'ий' ? e[0] : e[1]);
}

/**
 * The canonical name of the mention made of `tokens` (of a document whose text is `text`). `context` is the case of
 * the title the name stands in apposition to ("президентка Європейської комісії …" → `v_naz`), when known: a name
 * after a nominative title is itself nominative, so its words are kept as written even where the tagger read an
 * oblique case ("Кая Каллас" read as the genitive of "Кай", "Антоніу Кошта" as that of "Кошт").
 */
/**
 * A hyphenated surname whose lemma changed only its last part ("Львової-Бєлової" → "Львової-Бєлова"): the other parts
 * ending as the last one did take the same ending ("Львова-Бєлова").
 */
function hyphenLemma(form: string, lemma: string, kase?: string): string {
  const fp = form.split('-');
  const lp = lemma.split('-');
  if (fp.length < 2 || fp.length !== lp.length) return lemma;
  // (a Spanish-style double surname whose parts decline apart: "Мартінесом-Ачею" → "Мартінес-Ача" — the first part
  // in the masculine instrumental, the last a noun in "-а" after a hushing consonant, where Ukrainian writes no "я")
  if (kase === 'v_oru' && fp.length === 2 && /^\p{Lu}\p{L}{2,}ом$/u.test(fp[0]!) && lp[0] === fp[0] && /[жчшщ]ею$/u.test(fp[1]!)) {
    return `${fp[0]!.slice(0, -2)}-${fp[1]!.slice(0, -2)}а`;
  }
  const f = fp[fp.length - 1]!;
  const l = lp[lp.length - 1]!;
  let c = 0;
  while (c < f.length && c < l.length && f[c] === l[c]) c++;
  const strip = f.slice(c);
  if (!strip) return lemma;
  const add = l.slice(c);
  // (the same case ending may take another vowel after another consonant: "Косіняком-Камишем" → "Косіняк-Камиш")
  const variants = ENDING_VARIANTS.get(strip) ?? [strip];
  return lp.map((x, i) => {
    if (i >= lp.length - 1 || x !== fp[i]) return x;
    const v = variants.find((e) => x.endsWith(e) && x.length - e.length >= 3);
    return v ? x.slice(0, x.length - v.length) + add : x;
  }).join('-');
}

/** Case endings that differ only by the stem's last consonant (hard / soft / after a vowel). */
const ENDING_VARIANTS = new Map<string, string[]>();
for (const group of [['ом', 'ем', 'єм'], ['ові', 'еві', 'єві'], ['а', 'я'], ['у', 'ю']]) for (const e of group) ENDING_VARIANTS.set(e, group);

/**
 * The nominative of a capitalised name word in the genitive or accusative, by its ending alone (for names the lexicon
 * does not decline): consonant + "а" is a man's genitive/accusative ("Давіта" → "Давіт"); "у"/"ю" after a consonant
 * or "і" is the accusative of a name in "-а"/"-я" ("Ніку" → "Ніка", "Мелію" → "Мелія"); after a dative title, "у"/"ю"
 * after a consonant is a man's dative ("Роберту" → "Роберт") and "-ію" that of "-ій"; after a genitive or accusative
 * title, consonant + "ля" is the case of a name in "-ль" ("Вадефуля" → "Вадефуль"), and after a genitive one consonant +
 * "и" that of a name in "-а" ("Тарріели" → "Тарріела"). Null for any other ending.
 */
function obliqueNameBase(form: string, kase: string): string | null {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(form)) return null;
  const CONS = 'бвгґджзклмнпрстфхцчшщ';
  const last = form.slice(-1);
  const before = form.slice(-2, -1);
  if (last === 'а' && CONS.includes(before)) return form.slice(0, -1);
  // (a man's name after a dative title: "командувачу … Роберту Калниньшу" → "Роберт Калниньш", "Андрію" → "Андрій")
  if (kase === 'v_dav') {
    if (form.endsWith('ію')) return form.slice(0, -1) + 'й';
    if ((last === 'у' || last === 'ю') && CONS.includes(before)) return form.slice(0, -1);
    return null;
  }
  // (after an instrumental title: "-ою" after a consonant is a name in "-а", "-ом" one in a consonant — "міністром …
  // Віджитою Гератом" → "Віджита Герат")
  if (kase === 'v_oru') {
    if (form.endsWith('ою') && CONS.includes(form.slice(-3, -2))) return form.slice(0, -2) + 'а';
    if (form.endsWith('ом') && CONS.includes(form.slice(-3, -2))) return form.slice(0, -2);
    return null;
  }
  // ("речника … Джея Тарріели" → "Тарріела": a name in -а, its genitive in -и after a hard consonant)
  if (kase === 'v_rod' && last === 'и' && CONS.includes(before)) return form.slice(0, -1) + 'а';
  if (kase === 'v_zna' || kase === 'v_rod') {
    // ("міністра … Йоганна Вадефуля" → "Вадефуль": a soft stem in -ль)
    if (/[аеиіоуєї]ля$/.test(form)) return form.slice(0, -1) + 'ь';
    if (last === 'у' && CONS.includes(before)) return form.slice(0, -1) + 'а';
    if (last === 'ю' && (CONS.includes(before) || before === 'і')) return form.slice(0, -1) + 'я';
  }
  return null;
}

export function canonicalName(tokens: Token[], type: EntityType, text: string, context?: string, female = false): string {
  if (!tokens.length) return '';
  // A body of an oblast named by the oblast's short name ("Поліція Львівщини") is named with its full name, as the
  // body written so is: "Поліція Львівської області".
  if (type === 'ORG' && tokens.length >= 2) {
    const full = fullOblastGenitive(tokens[tokens.length - 1]!.text);
    if (full) return `${canonicalName(tokens.slice(0, -1), type, text, context, female)} ${full}`;
  }
  if (type === 'PERS') {
    // A title the mention opens with is not part of the name ("віцепрем’єр-міністерка Ольга Стефанішина").
    let k = 0;
    while (k < tokens.length - 1 && isLowerWord(tokens[k]!)) k++;
    if (k > 0 && k < tokens.length) {
      const c = caseOf(tokens[k - 1]!);
      return canonicalName(tokens.slice(k), type, text, context ?? c, female);
    }
    if (context === 'v_naz') return rebuild(tokens, textsOf(tokens), text);
  }
  // A town in -ськ/-цьк the lexicon does not know, read as an adjective ("в Новоросійську" as "новоросійський"):
  // its oblique endings off ("Новоросійськ").
  if (type === 'LOC' && tokens.length === 1 && /^adj/.test(tokens[0]!.tag ?? '')) {
    const m = /^(\p{Lu}\p{L}*[сц]ьк)(у|а|ом|ові)$/u.exec(tokens[0]!.text);
    if (m) return m[1]!;
  }
  // (or guessed as an indeclinable surname in the genitive: "поблизу Степногірська", "біля Куп’янська")
  if (type === 'LOC' && tokens.length === 1 && /:v_rod(:|$)/.test(tokens[0]!.tag ?? '') && (/:nv(:|$)/.test(tokens[0]!.tag ?? '') || tokens[0]!.lemma === tokens[0]!.text)) {
    const m = /^(\p{Lu}[\p{L}’'-]*[сц]ьк)а$/u.exec(tokens[0]!.text);
    if (m) return m[1]!;
  }
  // A military unit known by its number alone is named in full ("частини 74455" → "військова частина 74455"), as the
  // mention with its adjective is, so the two are one entity.
  if (type === 'ORG' && tokens.length === 2 && tokens[0]!.lemma?.toLowerCase() === 'частина' && /^[АA]?\d{4,5}$/.test(tokens[1]!.text)) {
    return `військова частина ${tokens[1]!.text}`;
  }
  // "Британський оборонний концерн BAE Systems", "оператор Litgrid": a name in Latin letters after the Ukrainian words
  // of its kind is the organisation's name.
  if (type === 'ORG' && tokens.length >= 2) {
    let k = tokens.length;
    while (k > 0 && /^[A-Z][A-Za-z0-9&.-]*$/.test(tokens[k - 1]!.text)) k--;
    // (also after the abbreviation of the body it belongs to: "місії ООН MONUSCO")
    if (k > 0 && k < tokens.length && tokens.slice(0, k).every((t) => /^[\p{Script=Cyrillic}’'-]+$/u.test(t.text)) && tokens.slice(0, k).some((t) => (/^\p{Ll}/u.test(t.text) && tagInfo(t).pos === 'noun') || isAbbreviation(t.text))) {
      return text.slice(tokens[k]!.start, tokens[tokens.length - 1]!.end);
    }
  }
  // "АТ «Українська оборонна промисловість»": a company's legal form is no part of its name, which is in the marks
  if (type === 'ORG' && tokens.length >= 4 && LEGAL_FORMS.has(tokens[0]!.text) && tokens[1]!.text === '«' && tokens[tokens.length - 1]!.text === '»'
    && !tokens.slice(2, -1).some((t) => t.text === '«' || t.text === '»')) {
    return text.slice(tokens[2]!.start, tokens[tokens.length - 2]!.end);
  }
  const forms = textsOf(tokens);
  // (the surface, the forms joined as written, is built only where it is the answer: forms are unchanged up to there)
  if (AS_WRITTEN.has(type)) return rebuild(tokens, forms, text);
  if (type === 'PERS') {
    // The first name fixes the case of the whole name: a word read in another case ("Рафаель Гроссі" with "Гроссі"
    // as a locative, "Марія Захарова" as a genitive, "Девідом Леммі") is a foreign or indeclinable surname the
    // tagger misread, kept as written. Forms that coincide (genitive/accusative, dative/locative) agree; an
    // indeclinable first name ("Фуміо") says nothing.
    let fname: Token | undefined;
    for (const t of tokens) {
      const info = tagInfo(t);
      if (info.fname && !info.nv && info.kase) {
        fname = t;
        break;
      }
    }
    // (a first name the tagger read as a place's form, "президентки Клаудії Шейнбаум" with "Клаудії" as a geo reading:
    // the lexicon reads it as a first name in that case too)
    if (!fname && tokens.length >= 2) {
      for (const t of tokens) {
        const info = tagInfo(t);
        if (info.kase && /:prop:geo/.test(t.tag ?? '') && loadLexicon().analyze(t.text).some((a) => a.tag.includes(':prop:fname') && a.tag.includes(`:${info.kase}:`))) {
          fname = t;
          break;
        }
      }
    }
    // (a title right before the name fixes its case better still: "міністром … Такесі Іваєю", where the tagger read
    // the foreign first name as a genitive)
    const byTitle = !!context && context !== 'v_naz' && /^v_[a-z]{3}$/.test(context);
    // (a first name read in an oblique case before a surname read as a nominative is a foreign first name in "-а"
    // the tagger took for a genitive: "Рамчандра Паудел", not "Рамчандр")
    const foreignFirst = !byTitle && !!fname && caseOf(fname) !== 'v_naz' && /а$/.test(fname.text)
      && tokens.some((o) => o !== fname && tagInfo(o).bits.includes('lname') && tagInfo(o).kase === 'v_naz' && !tagInfo(o).nv && !tagInfo(o).plural
        // (a surname in a consonant: one in a vowel may be indeclinable, any case — "Абдель Рахіма Дагало")
        && /[бвгґджзклмнпрстфхцчшщ]$/u.test(o.text));
    const fcase = foreignFirst ? 'v_naz' : byTitle ? caseClass(context!) : fname ? caseClass(caseOf(fname)!) : undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || !t.lemma || isAbbreviation(t.text)) continue;
      if (foreignFirst && t === fname) {
        forms[i] = t.text;
        continue;
      }
      // (after an instrumental title a name word with no instrumental ending does not decline: "з колегою Кацунобу
      // Като", not a form of "Кацуноб")
      if (byTitle && context === 'v_oru' && /^\p{Lu}/u.test(t.text) && !/(ом|ем|єм|ою|ею|єю|ами|ями|им|ім|ою)$/u.test(t.text)) {
        forms[i] = t.text;
        continue;
      }
      const info = tagInfo(t);
      // (a man's first name in "-ом" whose lemma in "-о" the lexicon does not know is a name in a consonant: "Міхолом
      // Мартіном" → "Міхол", while "Дмитром" stays "Дмитро")
      if (info.fname && info.kase === 'v_oru' && t.text.endsWith('ом') && t.lemma === t.text.slice(0, -1) && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text)
        && inflectCached(t.lemma, 'noun:anim:m:v_naz') === null) {
        forms[i] = t.text.slice(0, -2);
        continue;
      }
      // (a surname in "-а"/"-я" the tagger read as a man's genitive after a woman's first name is hers as written:
      // "Евелін Палла", not "Палл")
      if (i > 0 && fname === undefined && info.gender === 'm' && info.bits.includes('lname') && /^\p{Lu}\p{Ll}+[ая]$/u.test(t.text)
        && tokens.slice(0, i).some((o) => tagInfo(o).fname && tagInfo(o).gender === 'f')) {
        forms[i] = t.text;
        continue;
      }
      // A woman's name after a feminine title in the genitive, dative or locative, in words the lexicon does not read
      // as a woman's: the first name in consonant + "і" is one in "-а" ("Джорджі" → "Джорджа"), the other words do not
      // decline (foreign women's surnames: "Мелоні", not a locative of "мелон").
      // (a man's surname in -ов/-ін in the genitive or accusative after his first name, read as an indeclinable word:
      // "Андрія Юсова" → "Юсов")
      if (i > 0 && fname && fname !== t && tagInfo(fname).gender === 'm' && (caseOf(fname) === 'v_rod' || caseOf(fname) === 'v_zna') && info.nv
        && /^\p{Lu}\p{Ll}+(ов|ев|єв|ін|їн|ин)а$/u.test(t.text)) {
        forms[i] = t.text.slice(0, -1);
        continue;
      }
      // (a name word read as a plural beside a word of the name in the nominative singular is a foreign name the
      // tagger guessed: "Ільгам Алієв", not a dative plural of "Ільг")
      if (info.plural && tokens.some((o) => o !== t && o.kind === 'word' && /^\p{Lu}/u.test(o.text) && tagInfo(o).kase === 'v_naz' && !tagInfo(o).plural && !tagInfo(o).nv)) {
        forms[i] = t.text;
        continue;
      }
      // (a name word of two letters does not decline — Chinese and Korean names: "Ву Цзянхао", not a form of "Ва")
      if (/^\p{Lu}\p{Ll}$/u.test(t.text)) {
        forms[i] = t.text;
        continue;
      }
      // (an instrumental the tagger took for an indeclinable name: "із Сі Цзіньпіном" → "Цзіньпін")
      if (i > 0 && info.nv && /^\p{Lu}\p{Ll}{3,}[бвгґджзклмнпрстфхцчшщ](ом|ем)$/u.test(t.text)) {
        forms[i] = t.text.slice(0, -2);
        continue;
      }
      // (a man's surname in -а in the genitive after his first name, read as some other word's plural: "Петра Фіали" →
      // "Фіала", as "Джея Тарріели" after a title)
      if (i > 0 && fname && fname !== t && tagInfo(fname).gender === 'm' && (caseOf(fname) === 'v_rod' || caseOf(fname) === 'v_zna') && !info.fname
        && (info.plural || info.pos !== 'noun') && /^\p{Lu}\p{Ll}+[бвгґджзклмнпрстфхцчшщ]и$/u.test(t.text)) {
        forms[i] = t.text.slice(0, -1) + 'а';
        continue;
      }
      // (a surname in -их does not decline: "Ігоря Картавих", not a plural adjective's form)
      if (i > 0 && /^\p{Lu}\p{Ll}+их$/u.test(t.text) && (info.pos !== 'noun' || info.plural)) {
        forms[i] = t.text;
        continue;
      }
      // (a surname in the adjective's declension takes its nominative: "Захарової", "Захаровою" → "Захарова")
      if (female && byTitle && context !== 'v_naz' && /^\p{Lu}/u.test(t.text)) {
        const adj = /^(\p{Lu}\p{Ll}*(?:ов|ев|єв|ін|їн|ськ|цьк))(?:ої|ій|ою|у)$/u.exec(t.text);
        if (adj && i > 0) {
          forms[i] = adj[1] + 'а';
          continue;
        }
        if ((context === 'v_rod' || context === 'v_dav' || context === 'v_mis') && !(info.gender === 'f' && (info.fname || info.bits.includes('lname')))
          && !(info.fname && /[ая]$/.test(t.lemma)) && !(t === fname && /[ая]$/.test(t.lemma))) {
          forms[i] = i === 0 && tokens.length > 1 && /^\p{Lu}\p{Ll}*[бвгґджзклмнпрстфхцчшщ]і$/u.test(t.text) ? t.text.slice(0, -1) + 'а' : t.text;
          continue;
        }
      }
      // A name after a genitive or accusative title that the tagger read otherwise (a foreign name it took for a
      // nominative, a dative or no noun at all: "лідера … Давіта Ломідзе", "Ніку Мелію", "мера Стамбула Екрема
      // Імамоглу"): its ending is that case's, taken off by the endings names have ("Давіт", "Ніка", "Мелія", "Екрем").
      if (byTitle && (context === 'v_rod' || context === 'v_zna' || context === 'v_dav' || (context === 'v_oru' && info.pos === 'adj')) && !info.nv && (info.pos !== 'noun' && info.pos !== 'adj' || !info.kase || caseClass(info.kase) !== fcase || (context === 'v_oru' && info.pos === 'adj')
          // (or read as a thing's genitive in "-у", which no person's name has: "співака Паату Бурчуладзе" → "Паата")
          // (a first name only, before an indeclinable surname: "Александру Мунтяну", "Умару Сіссоку" may be names that
          // do not decline at all)
          || (i === 0 && tokens.length > 1 && tagInfo(tokens[1]!).nv && info.bits.includes('inanim') && (context === 'v_rod' || context === 'v_zna') && /у$/.test(t.text)))
        && !(context === 'v_dav' && t.text.startsWith(t.lemma ?? '\u0000') && /^(у|ю|ові|еві|єві)$/.test(t.text.slice((t.lemma ?? '').length)))) {
        const f = obliqueNameBase(t.text, context);
        if (f) {
          forms[i] = f;
          continue;
        }
      }
      // (after a dative title, a surname read as a vocative that is its lemma and a dative ending is that dative:
      // "президентові … Мілораду Додику")
      if (byTitle && context === 'v_dav' && info.kase === 'v_kly' && t.text.startsWith(t.lemma) && /^[ую]$/.test(t.text.slice(t.lemma.length)) && !/[аеиіоуяюєї]$/u.test(t.lemma)) {
        forms[i] = t.lemma;
        continue;
      }
      // (a vocative reading is a nominative misread, kept as written: news address no one — "Туре Сандвік")
      if ((info.pos !== 'noun' && info.pos !== 'adj') || !info.kase || info.kase === 'v_naz' || info.kase === 'v_kly') continue;
      // (after a dative title, a name word read in another case whose lemma is the form without a dative ending:
      // "командувачу … Роберту Бровді" with "Роберту" read as a genitive of "Роберт")
      // (not after a vowel: "Інасіу" is no dative of "Інасі")
      if (byTitle && context === 'v_dav' && caseClass(info.kase) !== fcase && t.text.startsWith(t.lemma) && /^(у|ю|ові|еві|єві)$/.test(t.text.slice(t.lemma.length)) && !/[аеиіоуяюєї]$/u.test(t.lemma)) {
        forms[i] = t.lemma;
        continue;
      }
      if (fcase && (t !== fname || byTitle) && caseClass(info.kase) !== fcase) {
        // …except the accusative of a surname in -а/-я after a first name in the accusative ("Андрія Сибігу" →
        // "Сибіга"): no genitive or accusative of another declension ends so
        const acc = /^(\p{Lu}\p{L}{2,})([ую])$/u.exec(t.text);
        const accusative = (byTitle ? context : fname ? caseOf(fname) : undefined) === 'v_zna';
        if (acc && accusative && i === tokens.length - 1) forms[i] = acc[1] + (acc[2] === 'у' ? 'а' : 'я');
        continue;
      }
      // (a guessed lemma that is the form itself, in "-ля" after a genitive or accusative title: "Вадефуля" → "Вадефуль";
      // not "-у", which foreign names end in undeclined — "Жаїра Болсонару")
      // (a guessed lemma that is the form less a final "у"/"ю" after a vowel is no name's: "Інасіу" stays)
      if (/^[ую]$/.test(t.text.slice(t.lemma.length)) && t.text.startsWith(t.lemma) && /[аеиіоуяюєї]$/u.test(t.lemma)) continue;
      const same = t.lemma === t.text && byTitle && (context === 'v_rod' || context === 'v_zna') && /[аеиіоуєї]ля$/.test(t.text) ? obliqueNameBase(t.text, context) : null;
      forms[i] = same ?? hyphenLemma(t.text, casingLike(t.lemma, t.text), info.kase);
    }
    // (a guessed lemma in "-ьа", which Ukrainian spelling has not, is one in "-я": "Сіліньою" → "Сіліня")
    for (let i = 0; i < forms.length; i++) if (forms[i]!.endsWith('ьа')) forms[i] = forms[i]!.slice(0, -2) + 'я';
    return rebuild(tokens, forms, text);
  }
  // A first word the tagger gave no noun or adjective reading is an indeclinable head it misread ("Міноборони" as a
  // preposition): the name stays as written rather than taking the state after it for the head ("Міноборони Росії").
  const first = tokens[0]!;
  if (first.kind === 'word' && !OPEN_Q.has(first.text) && !['noun', 'adj', 'numr'].includes(tagInfo(first).pos ?? '')) return rebuild(tokens, forms, text);
  // head: the first noun outside quotes
  let head = -1;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tx = tokens[i].text;
    if (OPEN_Q.has(tx) || tx === '»' || tx === '”') {
      depth = OPEN_Q.has(tx) && !(tx === '"' && depth > 0) ? depth + 1 : Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0 && tagInfo(tokens[i]).pos === 'noun') {
      head = i;
      break;
    }
  }
  if (head < 0) return rebuild(tokens, forms, text);
  const h = tokens[head];
  const hinfo = tagInfo(h);
  const kase = hinfo.kase;
  // An abbreviation head stays as written; adjectives before it in an oblique case agree with it and take their
  // nominative in their own gender ("Запорізьку АЕС" → "Запорізька АЕС").
  // (the abbreviation's own case says nothing: an indeclinable one is read as a nominative)
  if (isAbbreviation(h.text)) {
    for (let i = head - 1; i >= 0; i--) {
      const info = tagInfo(tokens[i]!);
      if (info.pos !== 'adj' || !info.kase || info.kase === 'v_naz' || info.plural) break;
      const f = nominative(tokens[i]!, info.gender ? ADJ_NOMINATIVE[info.gender]! : 'adj:v_naz');
      if (f) forms[i] = f;
    }
    return rebuild(tokens, forms, text);
  }
  // An indeclinable head ("бюро") says nothing of the case: the adjectives before it in an oblique case take their
  // nominative in its gender ("Федеральним бюро розслідувань" → "Федеральне бюро розслідувань").
  if (hinfo.nv) {
    for (let i = head - 1; i >= 0; i--) {
      const info = tagInfo(tokens[i]!);
      if (info.pos !== 'adj' || !info.kase || info.kase === 'v_naz' || info.plural) break;
      const f = nominative(tokens[i]!, hinfo.gender ? ADJ_NOMINATIVE[hinfo.gender]! : info.gender ? ADJ_NOMINATIVE[info.gender]! : 'adj:v_naz');
      if (f) forms[i] = f;
    }
    return rebuild(tokens, forms, text);
  }
  // (a vocative reading is a nominative misread: news address no place or body)
  if (!kase || kase === 'v_naz' || kase === 'v_kly') return rebuild(tokens, forms, text);
  // (a capitalised name ending in -о or -е read in an oblique case is one that does not decline — no oblique form of a
  // noun ends so: "біля міста Кулікоро", not a genitive of "Кулікор")
  if (/^\p{Lu}\p{L}*[ое]$/u.test(h.text)) return rebuild(tokens, forms, text);
  const plural = hinfo.plural;
  const gender = plural ? 'p' : hinfo.gender;
  const headForm = plural ? nominative(h, 'noun:p:v_naz') : h.lemma ? casingLike(h.lemma, h.text) : null;
  if (!headForm) return rebuild(tokens, forms, text);
  forms[head] = headForm;
  // (an adjective after the head that agrees with it is part of the name: "Республіки Сербської" → "Республіка
  // Сербська")
  for (let i = head + 1; i < tokens.length; i++) {
    const info = tagInfo(tokens[i]!);
    if (info.pos !== 'adj' || info.kase !== kase || !!info.plural !== !!plural || (info.gender && gender && info.gender !== gender)) break;
    // (not an adjective of a noun after it: "Сил безпілотних систем")
    if (i + 1 < tokens.length && tagInfo(tokens[i + 1]!).pos === 'noun') break;
    const f = nominative(tokens[i]!, gender ? ADJ_NOMINATIVE[gender]! : 'adj:v_naz');
    if (f) forms[i] = f;
  }
  for (let i = head - 1; i >= 0; i--) {
    const t = tokens[i];
    const info = tagInfo(t);
    // (coordinated adjectives agree alike: "Імміграційної та митної служби" → "Імміграційна та митна служба")
    if (i > 0 && COORDINATORS.has(t.text) && tagInfo(tokens[i - 1]!).pos === 'adj' && tagInfo(tokens[i - 1]!).kase === kase) continue;
    if (info.pos !== 'adj' && info.pos !== 'numr') break;
    if (info.kase !== kase) break;
    // (an ordinal in figures takes the nominative ending its last numeral word has: "444-ю бригадою" → "444-та")
    const ord = /^(\d+)-\p{Ll}+$/u.exec(t.text);
    if (ord) {
      forms[i] = `${ord[1]}-${ordinalEnding(ord[1]!, gender)}`;
      continue;
    }
    const f = nominative(t, gender ? ADJ_NOMINATIVE[gender]! : 'adj:v_naz');
    if (f) forms[i] = f;
  }
  return rebuild(tokens, forms, text);
}

/** Conjunctions between coordinated adjectives of a name. */
const COORDINATORS: ReadonlySet<string> = new Set(['та', 'і', 'й']);

/** Feminine nominative endings after an ordinal's last digit where it is not "-та" (перша, друга, третя, сьома, восьма). */
const FEMININE_ORDINAL_ENDINGS: Readonly<Record<number, string>> = { 1: 'ша', 2: 'га', 3: 'тя', 7: 'ма', 8: 'ма' };

/**
 * The nominative ending written after an ordinal in figures ("47-ма", "3-тя", "12-й", "101-ше"): the ending of the last
 * numeral word read out (сьома, третя, дванадцятий, перше), by the noun's gender.
 */
function ordinalEnding(digits: string, gender: string | null | undefined): string {
  const n = Number(digits);
  const last = n % 100 >= 11 && n % 100 <= 19 ? -1 : n % 10;
  if (gender === 'p') return 'і';
  if (gender === 'f' || gender === 'n') {
    const e = FEMININE_ORDINAL_ENDINGS[last] ?? 'та';
    return gender === 'n' ? (e === 'тя' ? 'тє' : e.slice(0, -1) + 'е') : e;
  }
  return 'й';
}
