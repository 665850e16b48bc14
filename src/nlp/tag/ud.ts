/**
 * VESUM tag → Universal Dependencies UPOS + FEATS, following the conventions of UD Ukrainian-IU: PROPN for proper
 * names, DET for pronominal adjectives (який, цей, свій, весь …), PRON for pronominal nouns, AUX for бути and the
 * conditional particles б/би, numerals NUM, participles ADJ with VerbForm=Part, adverbial participles VERB Conv.
 */

const CASES: Record<string, string> = {
  v_naz: 'Nom', v_rod: 'Gen', v_dav: 'Dat', v_zna: 'Acc', v_oru: 'Ins', v_mis: 'Loc', v_kly: 'Voc',
};
const GENDERS: Record<string, string> = { m: 'Masc', f: 'Fem', n: 'Neut' };
/** VESUM pronoun kinds → UD PronType, in order of preference when a tag has several (який: int:rel → Rel). */
const PRON_TYPES: [string, string][] = [
  ['rel', 'Rel'], ['int', 'Int'], ['dem', 'Dem'], ['neg', 'Neg'], ['pers', 'Prs'], ['refl', 'Prs'], ['pos', 'Prs'],
  ['ind', 'Ind'], ['gen', 'Tot'], ['def', 'Ind'],
];
const POSSESSOR_PERSON: Record<string, string> = {
  мій: '1', наш: '1', твій: '2', ваш: '2', його: '3', її: '3', їх: '3', їхній: '3', їхня: '3',
};
const PUNCT_TYPES: Record<string, string> = {
  '«': 'Quot', '»': 'Quot', '"': 'Quot', '“': 'Quot', '”': 'Quot', '„': 'Quot', '‘': 'Quot', '’': 'Quot',
  '—': 'Dash', '–': 'Dash', '―': 'Dash', '-': 'Hyph', '‐': 'Hyph',
};
/** Words UD-IU tags as DET or PRON whatever their VESUM part of speech. */
const DET_ALWAYS = new Set(['багато', 'кілька', 'декілька', 'небагато', 'чимало', 'стільки', 'скільки', 'один']);
const NEG_PARTICLES = new Set(['не', 'ні', 'ані']);
/** Demonstrative and total pronouns UD-IU tags DET even where VESUM reads them as pronominal nouns ("те", "усі"). */
const DET_LEMMAS = new Set(['той', 'цей', 'весь', 'увесь', 'всі', 'усі', 'сей', 'такий', 'отой', 'оцей']);
/** Conjunctions in VESUM that UD-IU treats as adverbs. */
const ADV_CONJ = new Set(['утім', 'втім', 'проте', 'однак']);
/** Abbreviated nouns VESUM leaves uninflected ("2017 р."). */
const NOUN_ABBR = new Set(['р.', 'рр.', 'ст.', 'тис.', 'млн', 'млрд', 'грн', 'км', 'кг']);


export interface UdAnalysis {
  upos: string;
  feats: string;
}

const lowerNames = new Map<string, string>();

/** A feature name in lower case (a few dozen names: kept, so sorting makes no strings). */
function lowerName(k: string): string {
  let l = lowerNames.get(k);
  if (l === undefined) lowerNames.set(k, (l = k.toLowerCase()));
  return l;
}

function joinFeats(f: Record<string, string>): string {
  // a handful of names, sorted by insertion (stable, as Array.prototype.sort, which allocates a work array per call)
  const keys = Object.keys(f);
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    const lk = lowerName(k);
    let j = i - 1;
    for (; j >= 0 && lowerName(keys[j]) > lk; j--) keys[j + 1] = keys[j];
    keys[j + 1] = k;
  }
  return keys.length ? keys.map((k) => `${k}=${f[k]}`).join('|') : '_';
}

export function vesumToUd(tag: string, form = '', lemma = ''): UdAnalysis {
  const bits = tag.split(':');
  const pos = bits[0];
  const f: Record<string, string> = {};
  const lem = lemma.toLowerCase();
  for (const b of bits) {
    if (CASES[b]) f.Case = CASES[b];
  }
  const nominal = (): void => {
    for (const b of bits) {
      if (GENDERS[b]) {
        f.Gender = GENDERS[b];
        f.Number = 'Sing';
      }
    }
    if (bits.includes('s')) f.Number = 'Sing';
    if (bits.includes('p')) f.Number = bits.includes('ns') ? 'Ptan' : 'Plur';
  };
  const pronType = (): void => {
    for (const [v, ud] of PRON_TYPES) {
      if (bits.includes(v)) {
        f.PronType = ud;
        break;
      }
    }
    if (lem === 'сам' || lem === 'самий') {
      f.PronType = 'Prs';
      f.Reflex = 'Yes';
    }
    if (bits.includes('pos')) {
      f.Poss = 'Yes';
      if (lem === 'свій') f.Reflex = 'Yes';
      else if (POSSESSOR_PERSON[lem]) f.Person = POSSESSOR_PERSON[lem];
    }
    if (bits.includes('refl') && pos === 'noun') f.Reflex = 'Yes';
  };
  let upos = 'X';
  switch (pos) {
    case 'noun': {
      nominal();
      if (bits.includes('pron') && DET_LEMMAS.has(lem)) {
        upos = 'DET';
        pronType();
        if (f.Number === 'Ptan') f.Number = 'Plur';
      } else if (bits.includes('pron')) {
        upos = 'PRON';
        pronType();
        if (bits.includes('pers')) f.PronType = 'Prs';
        for (const b of bits) if (b === '1' || b === '2' || b === '3') f.Person = b;
        if (bits.includes('anim')) f.Animacy = 'Anim';
        else if (bits.includes('inanim')) f.Animacy = 'Inan';
        if (f.Number === 'Ptan') f.Number = 'Plur';
        if (/^(Int|Rel|Neg|Ind)$/.test(f.PronType ?? '')) {
          // хто, що, ніхто, щось: VESUM gives them a grammatical gender/number, UD-IU does not
          delete f.Gender;
          delete f.Number;
        }
      } else {
        upos = bits.includes('prop') ? 'PROPN' : bits.includes('numr') && bits.includes('abbr') ? 'NUM' : 'NOUN';
        if (bits.includes('anim')) f.Animacy = 'Anim';
        else if (bits.includes('inanim') || bits.includes('unanim')) f.Animacy = 'Inan';
        if (bits.includes('fname')) f.NameType = 'Giv';
        else if (bits.includes('lname')) f.NameType = 'Sur';
        else if (bits.includes('patr')) f.NameType = 'Pat';
        if (bits.includes('abbr')) f.Abbr = 'Yes';
        if (bits.includes('nv')) f.Uninflect = 'Yes';
      }
      break;
    }
    case 'adj': {
      nominal();
      if (bits.includes('rinanim')) f.Animacy = 'Inan';
      else if (bits.includes('ranim')) f.Animacy = 'Anim';
      if (bits.includes('pron') || DET_ALWAYS.has(lem)) {
        upos = 'DET';
        pronType();
      } else {
        upos = 'ADJ';
        if (bits.includes('compc')) f.Degree = 'Cmp';
        else if (bits.includes('super')) f.Degree = 'Sup';
        else if (bits.includes('compb')) f.Degree = 'Pos';
        if (bits.includes('adjp')) {
          f.VerbForm = 'Part';
          if (bits.includes('actv')) f.Voice = 'Act';
          if (bits.includes('pasv')) f.Voice = 'Pass';
          if (bits.includes('perf')) f.Aspect = 'Perf';
          if (bits.includes('imperf')) f.Aspect = 'Imp';
        }
        if (bits.includes('nv')) f.Uninflect = 'Yes';
      }
      if (bits.includes('numr')) f.NumType = 'Ord';
      break;
    }
    case 'verb': {
      upos = lem === 'бути' ? 'AUX' : 'VERB';
      if (bits.includes('perf')) f.Aspect = 'Perf';
      else if (bits.includes('imperf')) f.Aspect = 'Imp';
      if (bits.includes('inf')) f.VerbForm = 'Inf';
      else if (bits.includes('impers')) f.VerbForm = 'Conv';
      else {
        f.VerbForm = 'Fin';
        if (bits.includes('impr')) f.Mood = 'Imp';
        else f.Mood = 'Ind';
        if (bits.includes('pres')) f.Tense = 'Pres';
        else if (bits.includes('futr')) f.Tense = 'Fut';
        else if (bits.includes('past')) f.Tense = 'Past';
        for (const b of bits) if (b === '1' || b === '2' || b === '3') f.Person = b;
        for (const b of bits) if (GENDERS[b]) f.Gender = GENDERS[b];
        if (bits.includes('s') || f.Gender) f.Number = 'Sing';
        if (bits.includes('p')) f.Number = 'Plur';
      }
      if (bits.includes('impers')) {
        f.VerbForm = 'Fin';
        f.Mood = 'Ind';
        f.Person = '0';
        delete f.Tense;
      }
      break;
    }
    case 'advp':
      upos = 'VERB';
      f.VerbForm = 'Conv';
      if (bits.includes('perf')) f.Aspect = 'Perf';
      else if (bits.includes('imperf')) f.Aspect = 'Imp';
      f.Tense = bits.includes('perf') ? 'Past' : 'Pres';
      break;
    case 'adv':
      if (DET_ALWAYS.has(lem)) {
        upos = 'DET';
        f.PronType = 'Ind';
        break;
      }
      if (lem === 'просто') {
        upos = 'PART';
        break;
      }
      upos = 'ADV';
      if (bits.includes('pron')) pronType();
      else if (bits.includes('compc')) f.Degree = 'Cmp';
      else if (bits.includes('super')) f.Degree = 'Sup';
      else if (bits.includes('compb')) f.Degree = 'Pos';
      break;
    case 'prep':
      upos = 'ADP';
      break;
    case 'conj':
      if (ADV_CONJ.has(lem) && bits.includes('coord')) {
        upos = 'ADV';
        break;
      }
      if (lem === 'коли' || lem === 'поки') {
        // relative adverbs in UD-IU, subordinating conjunctions in VESUM
        upos = 'ADV';
        f.PronType = 'Rel';
        break;
      }
      upos = lem === 'то' ? 'PART' : bits.includes('subord') ? 'SCONJ' : 'CCONJ';
      if (lem === 'то') f.PartType = 'Conseq';
      break;
    case 'part':
      if (lem === 'б' || lem === 'би') {
        upos = 'AUX';
        f.Mood = 'Cnd';
      } else if (lem === 'це') {
        // the "це" of "це був…" is a particle in VESUM, a demonstrative pronoun in UD
        upos = 'PRON';
        Object.assign(f, { Animacy: 'Inan', Case: 'Nom', Gender: 'Neut', Number: 'Sing', PronType: 'Dem' });
      } else upos = 'PART';
      if (bits.includes('neg') || NEG_PARTICLES.has(lem)) f.Polarity = 'Neg';
      break;
    case 'intj':
      upos = 'INTJ';
      break;
    case 'numr':
      upos = DET_ALWAYS.has(lem) ? 'DET' : 'NUM';
      if (upos === 'DET') f.PronType = 'Ind';
      if (upos === 'NUM' || lem === 'один') f.NumType = 'Card';
      nominal();
      if (bits.includes('p') && !bits.includes('m') && !bits.includes('f') && !bits.includes('n')) delete f.Number;
      break;
    case 'number':
      upos = 'NUM';
      f.NumType = 'Card';
      f.Uninflect = 'Yes';
      break;
    case 'punct':
      upos = 'PUNCT';
      if (PUNCT_TYPES[form]) f.PunctType = PUNCT_TYPES[form];
      break;
    case 'symb':
      // UD-IU treats % and № as nouns ("50 %" = "50 відсотків")
      upos = form === '%' || form === '№' ? 'NOUN' : 'SYM';
      if (upos === 'NOUN') Object.assign(f, { Animacy: 'Inan', Case: 'Gen', Gender: 'Masc', Number: 'Sing', Uninflect: 'Yes' });
      break;
    case 'noninfl':
      if (bits.includes('predic')) {
        upos = lem === 'немає' ? 'VERB' : 'ADV';
        break;
      }
      if (NOUN_ABBR.has(lem)) {
        upos = 'NOUN';
        f.Abbr = 'Yes';
        break;
      }
      if (/^\p{Lu}\.?$/u.test(form) && !/[A-Za-z]/.test(form)) {
        // a lone capital letter: an initial or a letter used as a name ("крива В")
        upos = 'PROPN';
        break;
      }
      upos = 'X';
      if (/[A-Za-z]/.test(form)) f.Foreign = 'Yes';
      break;
    default:
      if (/^\p{Lu}$/u.test(form) && !/[A-Za-z]/.test(form)) {
        upos = 'PROPN';
        break;
      }
      upos = /^\p{P}+$/u.test(form) ? 'PUNCT' : 'X';
      if (upos === 'X' && /[A-Za-z]/.test(form)) f.Foreign = 'Yes';
  }
  if (upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ') delete f.PronType;
  return { upos, feats: joinFeats(f) };
}

/** Every lemma `vesumToUd` tests for (any other lemma gives the same analysis for a tag). */
const LEMMA_SENSITIVE = new Set([
  'сам', 'самий', 'свій', 'бути', 'просто', 'коли', 'поки', 'то', 'б', 'би', 'це', 'один', 'немає',
  ...DET_LEMMAS, ...DET_ALWAYS, ...ADV_CONJ, ...NEG_PARTICLES, ...NOUN_ABBR, ...Object.keys(POSSESSOR_PERSON),
  // what `POSSESSOR_PERSON[lem]` also finds: the names on its prototype
  ...Object.getOwnPropertyNames(Object.prototype),
]);
/** Parts of speech whose analysis does not depend on the form. */
const FORM_FREE_POS = new Set(['noun', 'adj', 'verb', 'advp', 'adv', 'prep', 'conj', 'part', 'intj', 'numr', 'number']);
/** Analysis per tag for the tags and lemmas where the form and lemma do not matter (null: a tag that depends on the form). */
const udByTag = new Map<string, UdAnalysis | null>();

/**
 * `vesumToUd`, the same result, kept per tag where neither the form nor the lemma can change it (a few thousand
 * tags): the object returned may be shared, treat it as read-only.
 */
export function vesumToUdShared(tag: string, form: string, lemma: string): UdAnalysis {
  const lem = lemma.toLowerCase();
  if (LEMMA_SENSITIVE.has(lem)) return vesumToUd(tag, form, lemma);
  let r = udByTag.get(tag);
  if (r === undefined) {
    const colon = tag.indexOf(':');
    r = FORM_FREE_POS.has(colon < 0 ? tag : tag.slice(0, colon)) ? vesumToUd(tag, form, lemma) : null;
    if (udByTag.size >= 20_000) udByTag.clear();
    udByTag.set(tag, r);
  }
  return r ?? vesumToUd(tag, form, lemma);
}
