/**
 * Ukrainian date vocabulary: month and weekday names in every case, relative day words, period words and the
 * modifiers that shift them. Pure data; the resolver (src/nlp/time/) is language-independent apart from reading
 * these tables. Every key is lowercase with the typographic apostrophe ’ (see `normDateWord`).
 */

import { foldWord } from './fold.js';

/** Lowercases and unifies apostrophes (' ʼ ` → ’) so the tables need one spelling. */
export const normDateWord = foldWord;

function forms(stem: string, endings: string[]): string[] {
  return endings.map((e) => stem + e);
}

const MONTH_SOFT = ['ень', 'ня', 'ні', 'нем', 'ню'];
/** Month word form → month number (1–12), every case of singular. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...forms('січ', MONTH_SOFT).map((f) => [f, 1] as const),
  ...['лютий', 'лютого', 'лютому', 'лютім', 'лютим'].map((f) => [f, 2] as const),
  ...forms('берез', MONTH_SOFT).map((f) => [f, 3] as const),
  ...forms('квіт', MONTH_SOFT).map((f) => [f, 4] as const),
  ...forms('трав', MONTH_SOFT).map((f) => [f, 5] as const),
  ...forms('черв', MONTH_SOFT).map((f) => [f, 6] as const),
  ...forms('лип', MONTH_SOFT).map((f) => [f, 7] as const),
  ...forms('серп', MONTH_SOFT).map((f) => [f, 8] as const),
  ...forms('верес', MONTH_SOFT).map((f) => [f, 9] as const),
  ...forms('жовт', MONTH_SOFT).map((f) => [f, 10] as const),
  ...['листопад', 'листопада', 'листопаді', 'листопадом', 'листопаду'].map((f) => [f, 11] as const),
  ...forms('груд', MONTH_SOFT).map((f) => [f, 12] as const),
]);

/** Weekday word form → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map<string, number>([
  ...['понеділок', 'понеділка', 'понеділку', 'понеділком'].map((f) => [f, 1] as const),
  ...['вівторок', 'вівторка', 'вівторку', 'вівторком'].map((f) => [f, 2] as const),
  ...['середа', 'середи', 'середу', 'середою', 'середі'].map((f) => [f, 3] as const),
  ...['четвер', 'четверга', 'четвергу', 'четвергом'].map((f) => [f, 4] as const),
  ...['п’ятниця', 'п’ятниці', 'п’ятницю', 'п’ятницею'].map((f) => [f, 5] as const),
  ...['субота', 'суботи', 'суботу', 'суботою', 'суботі'].map((f) => [f, 6] as const),
  ...['неділя', 'неділі', 'неділю', 'неділею'].map((f) => [f, 7] as const),
]);

/** Day words relative to the article date: offset in days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['позавчора', -2],
  ['вчора', -1],
  ['учора', -1],
  ['сьогодні', 0],
  ['завтра', 1],
  ['післязавтра', 2],
]);

/** Adjective forms of relative days ("з завтрашнього дня", "вчорашнього дня"): offset in days. */
export const RELATIVE_DAY_ADJ: ReadonlyMap<string, number> = new Map([
  ['вчорашнього', -1], ['учорашнього', -1], ['вчорашній', -1], ['учорашній', -1],
  ['сьогоднішнього', 0], ['сьогоднішній', 0],
  ['завтрашнього', 1], ['завтрашній', 1],
]);

/** The day before (the article date, or the event named after it: "напередодні візиту"). */
export const EVE_WORDS: ReadonlySet<string> = new Set(['напередодні']);

/** Times of day that may stand beside a date expression and join its span ("вчора ввечері", "увечері в четвер"). */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set([
  'вранці', 'уранці', 'зранку', 'ввечері', 'увечері', 'вдень', 'удень', 'вночі', 'уночі', 'опівдні', 'опівночі',
  'пополудні', 'звечора',
]);

/** Words that make a time of day earlier or later and join it ("пізно ввечері в понеділок", "вчора рано вранці"). */
export const TIME_OF_DAY_DEGREES: ReadonlySet<string> = new Set(['пізно', 'рано']);

/** Times of day of two words that join a date expression before them ("вчора по обіді", "у середу на світанку"). */
export const TIME_OF_DAY_PHRASES: readonly (readonly [string, string])[] = [['по', 'обіді'], ['після', 'обіду'], ['на', 'світанку'], ['до', 'обіду']];

/** Night words that alone mean the night before the article date ("Уночі Росія атакувала"). */
export const NIGHT_WORDS: ReadonlySet<string> = new Set(['вночі', 'уночі']);

/** Direction modifiers: past (минулого), current (цього), next (наступного). */
export type Shift = -2 | -1 | 0 | 1;
export const SHIFT_WORDS: ReadonlyMap<string, Shift> = new Map<string, Shift>([
  ...['минулого', 'минулої', 'минулий', 'минула', 'минуле', 'минулому', 'минулій', 'минулих', 'минулі', 'попереднього',
    'попередньої', 'попередній', 'попередньому', 'минулу', 'минулими', 'минулим', 'минулою'].map((w) => [w, -1 as Shift] as const),
  ...['позаминулого', 'позаминулої', 'позаминулий', 'позаминулому', 'позаминулих'].map((w) => [w, -2 as Shift] as const),
  ...['цього', 'цієї', 'цей', 'ця', 'це', 'цьому', 'цій', 'цих', 'ці', 'поточного', 'поточному', 'поточний', 'нинішнього',
    'нинішньому', 'цю'].map((w) => [w, 0 as Shift] as const),
  ...['наступного', 'наступної', 'наступний', 'наступна', 'наступне', 'наступному', 'наступній', 'наступних', 'наступні',
    'майбутнього', 'майбутньому', 'прийдешнього', 'найближчого', 'найближчої', 'найближчому', 'наступну'].map((w) => [w, 1 as Shift] as const),
]);

/**
 * Neuter forms of the direction modifiers: no period noun is neuter ("тиждень", "ніч", "рік"), so "це тижні" ("це тижні
 * роботи") is no period; only a neuter season follows them ("це літо").
 */
export const NEUTER_SHIFT_WORDS: ReadonlySet<string> = new Set(['це', 'минуле', 'наступне']);

/** Words before a date a count stands at ("станом на сьогодні"): no event's day, so no anchor for "того ж дня". */
export const AS_OF_WORDS: readonly string[][] = [['станом'], ['станом', 'на']];

/** "same" words for "того ж дня", "тієї самої ночі" (the day of the event just mentioned). */
export const SAME_WORDS: ReadonlySet<string> = new Set(['того', 'тієї', 'той', 'ту', 'тому', 'тій']);
export const SAME_PARTICLES: ReadonlySet<string> = new Set(['ж', 'же', 'самого', 'самої', 'самий', 'саму', 'самому']);

export type PeriodUnit = 'day' | 'night' | 'week' | 'month' | 'year' | 'weekend' | 'morning' | 'evening';
/** Period nouns (every case) → unit. */
export const PERIOD_NOUNS: ReadonlyMap<string, PeriodUnit> = new Map<string, PeriodUnit>([
  ...['день', 'дня', 'дні', 'дню', 'днем', 'доба', 'доби', 'добу'].map((w) => [w, 'day' as PeriodUnit] as const),
  ...['ніч', 'ночі', 'ніччю'].map((w) => [w, 'night' as PeriodUnit] as const),
  ...['ранку', 'ранок', 'ранком'].map((w) => [w, 'morning' as PeriodUnit] as const),
  ...['вечора', 'вечір', 'вечері', 'вечором'].map((w) => [w, 'evening' as PeriodUnit] as const),
  ...['тиждень', 'тижня', 'тижні', 'тижнем', 'тижню'].map((w) => [w, 'week' as PeriodUnit] as const),
  ...['місяць', 'місяця', 'місяці', 'місяцем', 'місяцю'].map((w) => [w, 'month' as PeriodUnit] as const),
  ...['рік', 'року', 'році', 'роком', 'рокові'].map((w) => [w, 'year' as PeriodUnit] as const),
  ...['вихідні', 'вихідних', 'вихідними'].map((w) => [w, 'weekend' as PeriodUnit] as const),
]);

/** Counted units for durations ("протягом 50 днів", "протягом двох тижнів"). */
export const DURATION_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ...['день', 'дні', 'днів', 'дня', 'доби', 'діб', 'добу'].map((w) => [w, 'day'] as const),
  ...['тиждень', 'тижні', 'тижнів', 'тижня'].map((w) => [w, 'week'] as const),
  ...['місяць', 'місяці', 'місяців', 'місяця'].map((w) => [w, 'month'] as const),
  ...['рік', 'роки', 'років', 'року'].map((w) => [w, 'year'] as const),
]);

/** Prepositions that introduce a duration from the reference date. */
export const DURATION_PREPS: ReadonlySet<string> = new Set(['протягом', 'впродовж', 'упродовж']);

/** Number words used in durations. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['одного', 1], ['однієї', 1], ['двох', 2], ['два', 2], ['дві', 2], ['трьох', 3], ['три', 3], ['чотирьох', 4],
  ['чотири', 4], ['п’яти', 5], ['п’ять', 5], ['шести', 6], ['семи', 7], ['десяти', 10], ['кількох', 3],
]);

export type Season = 'winter' | 'spring' | 'summer' | 'autumn';
/** Season adverbs ("взимку") and nouns ("цієї зими"). */
export const SEASON_ADVERBS: ReadonlyMap<string, Season> = new Map<string, Season>([
  ['взимку', 'winter'], ['узимку', 'winter'], ['зимою', 'winter'], ['навесні', 'spring'], ['весною', 'spring'],
  ['влітку', 'summer'], ['улітку', 'summer'], ['літом', 'summer'], ['восени', 'autumn'], ['осінню', 'autumn'],
]);
export const SEASON_NOUNS: ReadonlyMap<string, Season> = new Map<string, Season>([
  ...['зима', 'зими', 'зиму', 'зимі'].map((w) => [w, 'winter' as Season] as const),
  ...['весна', 'весни', 'весну', 'весні'].map((w) => [w, 'spring' as Season] as const),
  ...['літо', 'літа', 'літі'].map((w) => [w, 'summer' as Season] as const),
  ...['осінь', 'осені'].map((w) => [w, 'autumn' as Season] as const),
]);
/** First month of each season (winter starts in December of the previous year). */
export const SEASON_START: Readonly<Record<Season, number>> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

/** Part of a period: "на початку" (first third / first quarter), "у середині", "наприкінці". */
export type Part = 'begin' | 'middle' | 'end' | 'q1' | 'q2' | 'q3' | 'q4' | 'h1' | 'h2';
/** Multi-word part phrases, as word sequences. */
export const PART_PHRASES: readonly { words: string[]; part: Part }[] = [
  { words: ['на', 'початку'], part: 'begin' },
  { words: ['на', 'самому', 'початку'], part: 'begin' },
  { words: ['у', 'середині'], part: 'middle' },
  { words: ['в', 'середині'], part: 'middle' },
  { words: ['наприкінці'], part: 'end' },
  { words: ['в', 'кінці'], part: 'end' },
  { words: ['у', 'кінці'], part: 'end' },
  { words: ['під', 'кінець'], part: 'end' },
  ...(['у', 'в'] as const).flatMap((p) => [
    { words: [p, 'першому', 'кварталі'], part: 'q1' as Part },
    { words: [p, 'другому', 'кварталі'], part: 'q2' as Part },
    { words: [p, 'третьому', 'кварталі'], part: 'q3' as Part },
    { words: [p, 'четвертому', 'кварталі'], part: 'q4' as Part },
    { words: [p, 'першій', 'половині'], part: 'h1' as Part },
    { words: [p, 'другій', 'половині'], part: 'h2' as Part },
  ]),
];

/** "через два тижні": a day that many units after the article date. */
export const AFTER_PREPS: ReadonlySet<string> = new Set(['через']);

/** Conjunctions joining two days of one month ("1 і 2 вересня"). */
export const DAY_JOINERS: ReadonlySet<string> = new Set(['і', 'й', 'та', ',']);

/** "до кінця …": a deadline from the article date to the end of the period. */
export const UNTIL_END: readonly string[][] = [['до', 'кінця'], ['до', 'завершення']];
/** "з початку …": from the start of the period to the article date. */
export const SINCE_START: readonly string[][] = [['з', 'початку'], ['від', 'початку'], ['із', 'початку']];

/** Prepositions that may open a date expression and belong to its span. */
export const DATE_PREPS: ReadonlySet<string> = new Set(['у', 'в', 'на', 'з', 'із', 'зі', 'від', 'до', 'по', 'протягом',
  'впродовж', 'упродовж', 'під', 'через', 'після']);
/** Prepositions whose date is a deadline: a range from the article date to the date ("до середи", "до 24 лютого"). */
export const DEADLINE_PREPS: ReadonlySet<string> = new Set(['до']);
/** Prepositions that start a range ("з 1 по 5 березня"). */
export const RANGE_FROM: ReadonlySet<string> = new Set(['з', 'із', 'від']);
export const RANGE_TO: ReadonlySet<string> = new Set(['по', 'до']);
/** Prepositions of a weekday that points forward ("з понеділка", "до середи"). */
export const FORWARD_PREPS: ReadonlySet<string> = new Set(['з', 'із', 'до', 'від']);

/** Verbs of going on: "з березня" after them names a start gone by ("переговори тривають з березня"). */
export const ONGOING_VERBS: ReadonlySet<string> = new Set(['тривати', 'продовжуватися', 'точитися', 'тягнутися', 'затягуватися', 'перебувати', 'діяти', 'працювати', 'залишатися']);

/**
 * Verbs of putting off: a month after "на" with them is the term it was put off to, the one to come ("відклала
 * підписання на січень" in December is next January), whatever the tense of the verb.
 */
export const POSTPONE_VERBS: ReadonlySet<string> = new Set(['відкласти', 'відкладати', 'перенести', 'переносити', 'відтермінувати']);

/** Words for year after a number ("2022 року", "2022 р.", "2022-го"). */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['рік', 'року', 'році', 'роком', 'р.', 'р', 'рр.', 'роки', 'років',
  'роках', 'рокам']);

/** "у ніч на понеділок", "в ніч проти середи", "у ніч з неділі на понеділок". */
export const NIGHT_ON: ReadonlySet<string> = new Set(['на', 'проти']);
/** "у ніч перед візитом": relative to the last dated event. */
export const BEFORE_WORDS: ReadonlySet<string> = new Set(['перед', 'напередодні']);

/** "торік" (last year), "цьогоріч" (this year), "наступного року" written as one adverb. */
export const YEAR_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['торік', -1], ['минулоріч', -1], ['цьогоріч', 0], ['сьогоріч', 0], ['позаторік', -2],
]);

/**
 * Verbs of planning and intention that make a clause point forward even in the past tense: "домовилися провести
 * консультації 28 березня", "планує збільшити допомогу взимку". Lemmas.
 */
export const FUTURE_GOVERNORS: ReadonlySet<string> = new Set([
  'планувати', 'запланувати', 'домовитися', 'домовлятися', 'погодитися', 'пообіцяти', 'обіцяти', 'збиратися',
  'зібратися', 'мати', 'намірятися', 'вирішити', 'погодити', 'запропонувати', 'пропонувати', 'закликати', 'вимагати',
  'очікувати', 'сподіватися', 'розраховувати', 'оголосити', 'анонсувати', 'запросити', 'призначити', 'мусити',
]);

/** Particles before a date that, under a past verb, put it in the past ("мав зробити це ще 15 березня"). */
export const ALREADY_PARTICLES: ReadonlySet<string> = new Set(['ще']);

/** Verbs of phase and habit whose infinitive shares their tense ("почали обстрілювати", "продовжують наступати"). */
export const PHASE_VERBS: ReadonlySet<string> = new Set([
  'почати', 'починати', 'розпочати', 'розпочинати', 'продовжити', 'продовжувати', 'перестати', 'переставати',
  'припинити', 'припиняти', 'стати', 'ставати', 'закінчити', 'закінчувати', 'завершити', 'завершувати', 'кинутися',
  'взятися', 'братися', 'встигнути', 'встигати', 'вдатися', 'вдаватися', 'змогти', 'могти', 'зуміти', 'спробувати',
  'пробувати', 'намагатися', 'любити', 'звикнути', 'поспішати', 'відмовитися', 'відмовлятися',
]);
