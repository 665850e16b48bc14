/**
 * Finds date expressions in the tokens of a document and resolves each against the article date (doc.date), in
 * document order: absolute dates ("4 вересня", "04.09.2025", "у 2022 році", "у березні"), relative days
 * ("вчора", "у понеділок", "у ніч на середу"), periods ("минулого тижня", "протягом вихідних", "цієї зими"),
 * deadlines ("до кінця березня", "до середи") and expressions anchored on the last dated event ("того ж дня",
 * "наступної ночі", "напередодні візиту", "протягом 50 днів").
 *
 * Conventions (eval/gold/README.md): intervals are inclusive ISO dates; weekdays, year-less months and dates are the
 * nearest in the direction of the clause's tense; "у ніч на понеділок" is that Monday; "протягом вихідних" the last
 * Saturday–Sunday; "минулого тижня" the previous Monday–Sunday; months/years are the whole period (also after
 * "з"/"до"); "на початку наступного року" its first quarter; "до кінця X" the article date to the end of X.
 */
import type { AnalyzedDocument, TimeExpression, Token } from '../../types.js';
import {
  AFTER_PREPS, AS_OF_WORDS, normDateWord, ONGOING_VERBS, POSTPONE_VERBS, DATE_PREPS, DAY_JOINERS, DEADLINE_PREPS, DURATION_PREPS, DURATION_UNITS, EVE_WORDS, FORWARD_PREPS, MONTHS, NEUTER_SHIFT_WORDS, NIGHT_ON, NIGHT_WORDS,
  NUMBER_WORDS, PART_PHRASES, PERIOD_NOUNS, RANGE_FROM, RANGE_TO, RELATIVE_DAY_ADJ, RELATIVE_DAYS, SAME_PARTICLES,
  SAME_WORDS, SEASON_ADVERBS, SEASON_NOUNS, SEASON_START, SHIFT_WORDS, SINCE_START, TIMES_OF_DAY, TIME_OF_DAY_DEGREES, TIME_OF_DAY_PHRASES, UNTIL_END, WEEKDAYS,
  YEAR_ADVERBS, YEAR_WORDS, type Part, type PeriodUnit, type Season, type Shift,
} from '../../lang/uk/dates.js';
import {
  addDays, addUnits, day, daysInMonth, diffDays, iso, isValidDay, midpoint, monthInterval, parseIso, weekInterval,
  weekday, yearInterval, type Interval,
} from './calendar.js';
import { isPerfectiveLemma } from '../morph/index.js';
import { clauseOf, directionAt, type Direction } from './tense.js';
import { EndsFilter, LazyWords } from './words.js';

/** What the resolver needs besides the expression itself. */
export interface ResolveContext {
  /** Article date (ISO) or null. */
  ref: string | null;
  /** The last single-day date resolved before this expression (the event just mentioned), else the article date. */
  anchor: string | null;
  /** Tense direction of the clause: −1 past, 0 unknown/present, +1 future. */
  dir: Direction;
  /** Whether `anchor` comes from a date in the same sentence. */
  anchorInSentence?: boolean;
  /** The last single-day date of an earlier sentence that names an event by this noun's lemma ("саміт"), if any. */
  anchorFor?: (lemma: string) => string | null;
}

type Resolver = (ctx: ResolveContext) => Interval | null;

interface Match {
  /** Token range [start, end). */
  start: number;
  end: number;
  resolve: Resolver;
  relative: boolean;
  /** A day a state goes on from ("де з 9 листопада триває"): no day of an event, so no anchor for what follows. */
  ongoingFrom?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution helpers

function refYmd(ref: string): { y: number; m: number; d: number } {
  return parseIso(ref)!;
}

/** The weekday `wd` nearest to `ref` in direction `dir` (same day allowed; unknown direction looks back). */
export function resolveWeekday(ref: string, wd: number, dir: Direction): string {
  const a = weekday(ref);
  if (dir > 0) return addDays(ref, (wd - a + 7) % 7);
  return addDays(ref, -((a - wd + 7) % 7));
}

/** Chooses among yearly candidates the one nearest to `ref`, penalising the wrong side of the tense. */
function nearestYear(ref: string, dir: Direction, make: (y: number) => Interval | null): Interval | null {
  const y0 = refYmd(ref).y;
  let best: Interval | null = null;
  let bestScore = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const iv = make(y);
    if (!iv) continue;
    const mid = midpoint(iv);
    let score = Math.abs(diffDays(ref, mid));
    // A past verb cannot report a day still to come, nor a future one a day gone (tagger errors aside).
    if (dir < 0 && iv.start > ref) score += 400;
    if (dir > 0 && iv.end < ref) score += 400;
    if (score < bestScore) {
      best = iv;
      bestScore = score;
    }
  }
  return best;
}

function seasonInterval(s: Season, y: number): Interval {
  // Winter y = December of y − 1 to the end of February of y.
  const m0 = SEASON_START[s];
  const start = s === 'winter' ? iso(y - 1, 12, 1) : iso(y, m0, 1);
  const endMonth = s === 'winter' ? 2 : m0 + 2;
  return { start, end: iso(y, endMonth, daysInMonth(y, endMonth)) };
}

function resolveSeason(ref: string, s: Season, shift: Shift | null, dir: Direction): Interval {
  const y0 = refYmd(ref).y;
  const cands = [y0 - 1, y0, y0 + 1, y0 + 2].map((y) => seasonInterval(s, y));
  const containing = cands.find((c) => c.start <= ref && ref <= c.end);
  const lastPast = [...cands].reverse().find((c) => c.end < ref)!;
  const nextFuture = cands.find((c) => c.start > ref)!;
  if (shift === -1) return lastPast;
  if (shift === 1) return nextFuture;
  if (containing) return containing;
  // "цієї зими", "цього літа" outside it: the season of the same calendar year (the winter that begins in its
  // December), whatever the tense — in September "цієї зими" is the coming one, "цього літа" the one just past.
  if (shift === 0) return seasonInterval(s, s === 'winter' ? y0 + 1 : y0);
  if (dir < 0) return lastPast;
  if (dir > 0) return nextFuture;
  return Math.abs(diffDays(ref, lastPast.end)) <= Math.abs(diffDays(ref, nextFuture.start)) ? lastPast : nextFuture;
}

/** Narrows a period to its beginning, middle or end. */
function partOf(iv: Interval, unit: 'month' | 'year' | 'week', part: Part | null): Interval {
  if (!part) return iv;
  const s = parseIso(iv.start)!;
  if (part.startsWith('q') || part.startsWith('h')) {
    if (unit !== 'year') {
      // halves of a month: 1–15, 16–end; quarters of a month make no sense
      if (part === 'h1') return { start: iv.start, end: iso(s.y, s.m, 15) };
      if (part === 'h2') return { start: iso(s.y, s.m, 16), end: iv.end };
      return iv;
    }
    const first = part.startsWith('q') ? (Number(part[1]) - 1) * 3 + 1 : part === 'h1' ? 1 : 7;
    const last = first + (part.startsWith('q') ? 2 : 5);
    return { start: iso(s.y, first, 1), end: iso(s.y, last, daysInMonth(s.y, last)) };
  }
  if (unit === 'year') {
    if (part === 'begin') return { start: iso(s.y, 1, 1), end: iso(s.y, 3, 31) };
    if (part === 'middle') return { start: iso(s.y, 4, 1), end: iso(s.y, 9, 30) };
    return { start: iso(s.y, 10, 1), end: iso(s.y, 12, 31) };
  }
  if (unit === 'month') {
    if (part === 'begin') return { start: iv.start, end: iso(s.y, s.m, 10) };
    if (part === 'middle') return { start: iso(s.y, s.m, 11), end: iso(s.y, s.m, 20) };
    return { start: iso(s.y, s.m, 21), end: iv.end };
  }
  if (part === 'begin') return { start: iv.start, end: addDays(iv.start, 2) };
  if (part === 'middle') return { start: addDays(iv.start, 2), end: addDays(iv.start, 3) };
  return { start: addDays(iv.start, 4), end: iv.end };
}

/** "до кінця X": from the article date to the end of X (X itself when it ended before the article date). */
function untilEnd(ref: string | null, iv: Interval | null): Interval | null {
  if (!iv) return null;
  if (!ref || ref > iv.end) return iv;
  return { start: ref, end: iv.end };
}

/** "з початку X": from the start of X to the article date. */
function sinceStart(ref: string | null, iv: Interval | null): Interval | null {
  if (!iv) return null;
  if (!ref || ref < iv.start || ref > iv.end) return iv;
  return { start: iv.start, end: ref };
}

/** "до середи", "до 24 лютого": a deadline from the article date to that day. */
function deadline(ref: string | null, iv: Interval | null): Interval | null {
  if (!iv) return null;
  if (!ref || ref > iv.end) return iv;
  return { start: ref, end: iv.end };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** Phrases indexed by their first word, in their original order (a phrase can only match where its first word is). */
function byFirstWord<T>(phrases: readonly T[], words: (p: T) => readonly string[]): Map<string, T[]> | null {
  const m = new Map<string, T[]>();
  for (const p of phrases) {
    const w = words(p);
    if (!w.length) return null; // an empty phrase matches anywhere: no index
    const list = m.get(w[0]);
    if (list) list.push(p);
    else m.set(w[0], [p]);
  }
  return m;
}

/** Words that can open the expression proper (Matcher.body): keep in step with the tables body() looks words up in. */
const BODY_WORDS: ReadonlySet<string> = new Set([
  RELATIVE_DAYS, RELATIVE_DAY_ADJ, EVE_WORDS, YEAR_ADVERBS, SEASON_ADVERBS, SEASON_NOUNS, PERIOD_NOUNS, SAME_WORDS, SHIFT_WORDS,
  NUMBER_WORDS, DURATION_UNITS, WEEKDAYS, MONTHS,
].flatMap((t) => [...t.keys()]));

/**
 * Words that can open any expression (matchAt → core → body): a time of day, the first word of an "until the end",
 * "since the start" or part-of-period phrase, a date preposition, "під" (під час), or a word body() starts with. Null
 * (no shortcut) if a phrase table has an empty phrase, which would match anywhere.
 */
const START_WORDS: ReadonlySet<string> | null = [UNTIL_END, SINCE_START, PART_PHRASES.map((p) => p.words)].some((t) => t.some((p) => !p.length))
  ? null
  : new Set([
    ...TIMES_OF_DAY.keys(), ...UNTIL_END.map((p) => p[0]), ...SINCE_START.map((p) => p[0]), ...PART_PHRASES.map((p) => p.words[0]),
    ...DATE_PREPS.keys(), 'під', ...BODY_WORDS,
  ]);

/**
 * First words of the "until the end", "since the start" and part-of-period phrases: core() tries those three tables
 * only at one of them (null, no shortcut, when a table has an empty phrase, as for START_WORDS).
 */
const PHRASE_FIRST: ReadonlySet<string> | null = START_WORDS
  ? new Set([...UNTIL_END.map((p) => p[0]!), ...SINCE_START.map((p) => p[0]!), ...PART_PHRASES.map((p) => p.words[0]!)])
  : null;

/**
 * Word classes, as bits: which of the sets above (and TIMES_OF_DAY, DATE_PREPS) a folded word is in. Worked out once
 * per token of a document (wordClasses), so that a token costs one table lookup however many of the sets are asked.
 */
const C_START = 1;
const C_TIME_OF_DAY = 2;
const C_PHRASE_FIRST = 4;
const C_DATE_PREP = 8;
const C_BODY = 16;
const WORD_CLASS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  if (START_WORDS) mark(START_WORDS, C_START);
  mark(TIMES_OF_DAY.keys(), C_TIME_OF_DAY);
  if (PHRASE_FIRST) mark(PHRASE_FIRST, C_PHRASE_FIRST);
  mark(DATE_PREPS, C_DATE_PREP);
  mark(BODY_WORDS, C_BODY);
  return m;
})();
/** The classes of the empty word (what w() gives outside the sentence). */
const EMPTY_CLASS = WORD_CLASS.get('') ?? 0;

/** Tells most tokens of no class apart without folding them or looking them up. */
const CLASS_FILTER = new EndsFilter(WORD_CLASS.keys());

/** A number token: a class bit of its own, so that findTimes skips words of no class and no numbers at once. */
const C_NUMBER = 32;

/**
 * WORD_CLASS of each token's folded word (0 for none), plus C_NUMBER for number tokens. (A plain array of small
 * integers: a typed array of a document's length would have its memory outside the heap, costlier per document.)
 */
function wordClasses(tokens: Token[], words: LazyWords): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const num = t.kind === 'number' ? C_NUMBER : 0;
    out.push(CLASS_FILTER.mayBe(t.text) ? (WORD_CLASS.get(words.at(i)) ?? 0) | num : num);
  }
  return out;
}

const phraseIndex = new WeakMap<readonly string[][], Map<string, string[][]> | null>();
const PART_INDEX = byFirstWord(PART_PHRASES, (p) => p.words);

class Matcher {
  private readonly tokens: Token[];
  private readonly sentEnd: number;
  /** The document's words, normalised (foldWord, which normDateWord is; once, when first asked for): by token index. */
  private readonly words: LazyWords;

  /** WORD_CLASS bits of each word of the document, by token index. */
  private readonly classes: number[];

  constructor(private readonly adoc: AnalyzedDocument, sentence: number, words: LazyWords, classes: number[]) {
    this.tokens = adoc.tokens;
    const sen = adoc.sentences[sentence];
    this.sentEnd = sen.tokenEnd;
    this.words = words;
    this.classes = classes;
  }

  /** Whether the word at token `i` is of class `bit` (as the set behind it would answer for w(i)). */
  private is(i: number, bit: number): boolean {
    return ((i < 0 || i >= this.sentEnd ? EMPTY_CLASS : this.classes[i]!) & bit) !== 0;
  }

  /** Normalised word at token `i` ('' after the sentence). */
  w(i: number): string {
    if (i < 0 || i >= this.sentEnd) return '';
    return this.words.at(i);
  }

  isNum(i: number): boolean {
    return i < this.sentEnd && this.tokens[i].kind === 'number';
  }

  /** Integer value of a plain number token ("5", "5-го", "2022-му"), else null. */
  num(i: number): number | null {
    if (!this.isNum(i)) return null;
    const m = /^(\d{1,4})(?:-[а-яіїєґ’]+)?$/u.exec(this.tokens[i].text);
    return m ? Number(m[1]) : null;
  }

  /**
   * Whether the clause around token i has a finite verb in the imperfective present ("стартують") and none in the
   * past or future.
   */
  private presentVerbNear(i: number): boolean {
    const cl = clauseOf(this.adoc, i);
    let present = false;
    for (let k = cl.start; k < cl.end; k++) {
      const t = this.tokens[k];
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      const f = t.feats ?? '';
      if (/Tense=(Past|Fut)/.test(f) || f.includes('Aspect=Perf')) return false;
      if (f.includes('Tense=Pres') && f.includes('VerbForm=Fin')) present = true;
    }
    return present;
  }

  /** The first verb within three tokens from `end`, in its sentence, is a finite imperfective present ("з понеділка
   * страйкують …, а … переросли"). */
  private presentVerbRightAfter(end: number): boolean {
    for (let k = end; k < this.tokens.length && k < end + 3 && this.tokens[k]!.sentence === this.tokens[end - 1]!.sentence; k++) {
      const t = this.tokens[k]!;
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      const f = t.feats ?? '';
      // (a verb of both aspects read as perfective is a present all the same: "з четверга атакують")
      if (t.tag?.startsWith('verb:perf:futr') && !!t.lemma && !isPerfectiveLemma(t.lemma)) return true;
      return f.includes('Tense=Pres') && f.includes('VerbForm=Fin') && !f.includes('Aspect=Perf');
    }
    return false;
  }

  /** Year from a number token followed by a year word ("2022 року", "2022-го"); returns the year and end token. */
  yearAt(i: number): { y: number; end: number } | null {
    const n = this.num(i);
    if (n === null || n < 1900 || n > 2100) return null;
    if (/-/.test(this.tokens[i].text)) return { y: n, end: i + 1 }; // 2022-го, 2022-му
    const yw = this.w(i + 1);
    if (YEAR_WORDS.has(yw)) return { y: n, end: i + 2 };
    if (yw === 'р' && this.w(i + 2) === '.') return { y: n, end: i + 3 };
    return null;
  }

  /** A bare year number right after a month ("березня 2024 року", "березня 2024"). */
  yearAfterMonth(i: number): { y: number; end: number } | null {
    const withWord = this.yearAt(i);
    if (withWord) return withWord;
    const n = this.num(i);
    if (n !== null && n >= 1900 && n <= 2100 && !/-/.test(this.tokens[i].text)) return { y: n, end: i + 1 };
    return null;
  }

  isDash(i: number): boolean {
    const t = this.w(i);
    return t === '–' || t === '—' || t === '-';
  }

  isAdj(i: number): boolean {
    if (i >= this.sentEnd) return false;
    const t = this.tokens[i];
    return t.kind === 'word' && (t.pos === 'ADJ' || (t.tag?.startsWith('adj') ?? false));
  }

  /** Matches one of several word sequences at `i`; returns the end token or -1. */
  seq(i: number, phrases: readonly string[][]): number {
    let index = phraseIndex.get(phrases);
    if (index === undefined) phraseIndex.set(phrases, (index = byFirstWord(phrases, (p) => p)));
    const list = index ? index.get(this.w(i)) : phrases;
    if (list === undefined) return -1;
    for (const p of list) {
      if (this.wordsAt(i, p)) return i + p.length;
    }
    return -1;
  }

  /** Whether the words from token `i` on are `p`. */
  private wordsAt(i: number, p: readonly string[]): boolean {
    for (let k = 0; k < p.length; k++) if (this.w(i + k) !== p[k]) return false;
    return true;
  }

  part(i: number): { part: Part; end: number } | null {
    const list = PART_INDEX ? PART_INDEX.get(this.w(i)) : PART_PHRASES;
    if (list === undefined) return null;
    for (const p of list) {
      if (this.wordsAt(i, p.words)) return { part: p.part, end: i + p.words.length };
    }
    return null;
  }

  /** Day + month (+ year): "4 вересня", "4 вересня 2025 року". */
  dayMonth(i: number): { d: number; m: number; y: number | null; end: number; yearShift?: number } | null {
    const d = this.num(i);
    if (d === null || d < 1 || d > 31) return null;
    const m = MONTHS.get(this.w(i + 1));
    if (!m) return null;
    const yr = this.yearAfterMonth(i + 2);
    if (!yr) {
      // "30 грудня минулого року": the year named by its direction from the article's
      const ys = this.shiftedYear(i + 2);
      if (ys) return { d, m, y: null, end: ys.end, yearShift: ys.shift };
    }
    return { d, m, y: yr ? yr.y : null, end: yr ? yr.end : i + 2 };
  }

  /** A verb of going on ("тривають", "триває") among the three words before token i (its preposition in between). */
  /** A verb of putting off within five tokens before token `i` (in its sentence): "відклала підписання на …". */
  postponedBefore(i: number): boolean {
    for (let k = i - 2; k >= 0 && k >= i - 6 && this.tokens[k]!.sentence === this.tokens[i]!.sentence; k--) {
      const l = this.tokens[k]!.lemma?.toLowerCase();
      if (l && POSTPONE_VERBS.has(l)) return true;
    }
    return false;
  }

  ongoingVerbBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3 && this.tokens[k]!.sentence === this.tokens[i]!.sentence; k--) {
      const l = this.tokens[k]!.lemma?.toLowerCase();
      // (not in the future: "діятимуть з 1 травня" is a start to come)
      if (l && ONGOING_VERBS.has(l)) return !this.tokens[k]!.tag?.includes(':futr');
    }
    return false;
  }

  /** A verb of going on, not in the future, right after an expression ending before token `end` ("з 9 листопада триває"). */
  ongoingVerbAfter(end: number): boolean {
    const t = this.tokens[end];
    const l = t && t.sentence === this.tokens[end - 1]!.sentence && !t.tag?.includes(':futr') ? t.lemma?.toLowerCase() : undefined;
    return !!l && ONGOING_VERBS.has(l);
  }

  /** "минулого року", "наступного року", "цього року" at token i: the shift and the end token. */
  shiftedYear(i: number): { shift: number; end: number } | null {
    const sh = SHIFT_WORDS.get(this.w(i));
    if (sh === undefined || PERIOD_NOUNS.get(this.w(i + 1)) !== 'year') return null;
    return { shift: sh, end: i + 2 };
  }

  /** "04.09.2025" as one number token. */
  numericDate(i: number): { y: number; m: number; d: number } | null {
    if (!this.isNum(i)) return null;
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(this.tokens[i].text);
    if (!m) return null;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
  }

  /** A period with an optional direction modifier: "наступного року", "цього тижня", "року" (bare), "2025 року". */
  period(i: number, allowBare: boolean): { unit: 'month' | 'year' | 'week'; shift: Shift; y?: number; m?: number; end: number } | null {
    const yr = this.yearAt(i);
    if (yr) return { unit: 'year', shift: 0, y: yr.y, end: yr.end };
    const shift = SHIFT_WORDS.get(this.w(i));
    const at = shift !== undefined ? i + 1 : i;
    const month = MONTHS.get(this.w(at));
    if (month) {
      const y = this.yearAfterMonth(at + 1);
      return { unit: 'month', shift: shift ?? 0, m: month, y: y?.y, end: y ? y.end : at + 1 };
    }
    const unit = PERIOD_NOUNS.get(this.w(at));
    if (unit === 'year' || unit === 'month' || unit === 'week') {
      if (shift === undefined && !allowBare) return null;
      return { unit, shift: shift ?? 0, end: at + 1 };
    }
    return null;
  }

  periodInterval(p: { unit: 'month' | 'year' | 'week'; shift: Shift; y?: number; m?: number }, ctx: ResolveContext, forward: boolean): Interval | null {
    if (p.unit === 'year') {
      if (p.y !== undefined) return yearInterval(p.y);
      if (!ctx.ref) return null;
      return yearInterval(refYmd(ctx.ref).y + p.shift);
    }
    if (p.unit === 'month') {
      if (p.m !== undefined) {
        if (p.y !== undefined) return monthInterval(p.y, p.m);
        if (!ctx.ref) return null;
        const r = refYmd(ctx.ref);
        if (p.shift !== 0) return monthInterval(r.y + p.shift, p.m);
        return nearestYear(ctx.ref, forward ? 1 : ctx.dir, (y) => monthInterval(y, p.m!));
      }
      if (!ctx.ref) return null;
      const r = refYmd(ctx.ref);
      return monthInterval(r.y, r.m + p.shift);
    }
    if (!ctx.ref) return null;
    return weekInterval(ctx.ref, p.shift);
  }

  /** Tries every pattern at token `i`. */
  matchAt(i: number): Match | null {
    // an expression starts with a number or a word of START_WORDS (else every pattern below fails at once)
    if (START_WORDS && !this.is(i, C_START) && !this.isNum(i)) return null;
    // Leading time of day joins a following expression: "Увечері в четвер".
    if (this.is(i, C_TIME_OF_DAY)) {
      // (core() returns a new object each time: widened in place)
      const inner = this.core(i + 1);
      if (inner) {
        // (with a word of degree before it: "Пізно ввечері в понеділок")
        inner.start = i > 0 && TIME_OF_DAY_DEGREES.has(this.w(i - 1)) ? i - 1 : i;
        return inner;
      }
      if (NIGHT_WORDS.has(this.w(i))) {
        return { start: i, end: i + 1, relative: true, resolve: (c) => (c.ref ? day(c.ref) : null) };
      }
      return null;
    }
    const m = this.core(i);
    if (!m) return null;
    // Trailing time of day: "вчора ввечері", "у четвер уночі", "вчора пізно ввечері", "вчора по обіді".
    m.end = this.timeOfDayEnd(m.end);
    return m;
  }

  /** The end of a time of day that starts at token k and joins the expression before it, or k when none starts there. */
  private timeOfDayEnd(k: number): number {
    if (this.is(k, C_TIME_OF_DAY)) return k + 1;
    const w = this.w(k);
    if (TIME_OF_DAY_DEGREES.has(w) && this.is(k + 1, C_TIME_OF_DAY)) return k + 2;
    for (const p of TIME_OF_DAY_PHRASES) if (w === p[0] && this.w(k + 1) === p[1]) return k + 2;
    return k;
  }

  private core(i: number): Match | null {
    const w0 = this.w(i);
    if (!w0) return null;
    if (PHRASE_FIRST && !this.is(i, C_PHRASE_FIRST)) return this.afterPhrases(i, w0);
    const r = this.phrases(i);
    return r !== undefined ? r : this.afterPhrases(i, w0);
  }

  /** The "until the end", "since the start" and part-of-period patterns at `i`: a match, null for none, or undefined to go on. */
  private phrases(i: number): Match | null | undefined {
    // "до кінця березня", "до кінця року", "до кінця 2025 року", "до кінця наступного тижня".
    const ue = this.seq(i, UNTIL_END);
    if (ue > 0) {
      // "до кінця літа", "до кінця цієї зими"
      const sh = SHIFT_WORDS.get(this.w(ue));
      const season = SEASON_NOUNS.get(this.w(sh !== undefined ? ue + 1 : ue));
      if (season) {
        return { start: i, end: (sh !== undefined ? ue + 1 : ue) + 1, relative: true,
          resolve: (c) => (c.ref ? untilEnd(c.ref, resolveSeason(c.ref, season, sh ?? null, 1)) : null) };
      }
      const p = this.period(ue, true);
      if (p) return { start: i, end: p.end, relative: true, resolve: (c) => untilEnd(c.ref, this.periodInterval(p, c, true)) };
      return null;
    }
    // "з початку року".
    const ss = this.seq(i, SINCE_START);
    if (ss > 0) {
      const p = this.period(ss, true);
      if (p) return { start: i, end: p.end, relative: true, resolve: (c) => sinceStart(c.ref, this.periodInterval(p, c, false)) };
      return null;
    }
    // "на початку наступного року", "наприкінці березня", "у середині 2024 року".
    const pt = this.part(i);
    if (pt) {
      const p = this.period(pt.end, true);
      if (p) {
        return { start: i, end: p.end, relative: p.y === undefined, resolve: (c) => {
          const iv = this.periodInterval(p, c, false);
          return iv ? partOf(iv, p.unit, pt.part) : null;
        } };
      }
      // "вже в першому кварталі" with no year: that quarter of the article's year, or of the next one where the clause
      // points forward and it is over (the previous one where it points back and it has not begun)
      if (/^[qh]\d$/.test(pt.part)) {
        return { start: i, end: pt.end, relative: true, resolve: (c) => {
          if (!c.ref) return null;
          const y = refYmd(c.ref).y;
          let iv = partOf(yearInterval(y), 'year', pt.part);
          if (iv && c.dir > 0 && iv.end < c.ref) iv = partOf(yearInterval(y + 1), 'year', pt.part);
          else if (iv && c.dir < 0 && iv.start > c.ref) iv = partOf(yearInterval(y - 1), 'year', pt.part);
          return iv;
        } };
      }
    }
    return undefined;
  }

  /** The patterns after an optional preposition (`w0` is the word at `i`). */
  private afterPhrases(i: number, w0: string): Match | null {
    // Optional preposition.
    let prep = '';
    let j = i;
    if (this.is(i, C_DATE_PREP)) {
      prep = w0;
      j = i + 1;
    } else if (w0 === 'під' && this.w(i + 1) === 'час') {
      prep = 'під час';
      j = i + 2;
    }
    if (!this.mayOpenBody(j, prep)) return null;
    const body = this.body(j, prep);
    if (!body) return null;
    // (body() returns a new object each time: it takes the preposition in place)
    if (body.start === j && prep && body.keepPrep !== false) body.start = i;
    return body;
  }

  /**
   * Whether body() can match at `j`: every pattern there starts with a number token, an adjective after a
   * preposition ("у Вербну неділю"), or a word of one of the tables in BODY_WORDS; anything else is no date, without
   * calling body() and trying them one by one.
   */
  private mayOpenBody(j: number, prep: string): boolean {
    const w = this.w(j);
    if (!w) return false;
    return this.is(j, C_BODY) || this.isNum(j) || (prep !== '' && this.isAdj(j));
  }

  /** The date expression proper, after an optional preposition `prep` (already consumed, ending at `j`). */
  private body(j: number, prep: string): (Match & { keepPrep?: boolean }) | null {
    // (called only where mayOpenBody(j, prep) holds)
    const w = this.w(j);
    const dl = DEADLINE_PREPS.has(prep);
    const fwd = FORWARD_PREPS.has(prep);

    // Relative days: "вчора", "сьогодні", "до завтра".
    const off = RELATIVE_DAYS.get(w);
    if (off !== undefined && (prep === '' || prep === 'до' || prep === 'з' || prep === 'із' || prep === 'від')) {
      return { start: j, end: j + 1, relative: true, resolve: (c) => {
        if (!c.ref) return null;
        const d = day(addDays(c.ref, off));
        return dl ? deadline(c.ref, d) : d;
      } };
    }
    // "з завтрашнього дня".
    const adjOff = RELATIVE_DAY_ADJ.get(w);
    if (adjOff !== undefined && PERIOD_NOUNS.get(this.w(j + 1)) === 'day') {
      return { start: j, end: j + 2, relative: true, resolve: (c) => (c.ref ? day(addDays(c.ref, adjOff)) : null) };
    }
    // "напередодні" (the day before the article date) / "напередодні візиту" (the day before the last dated event).
    if (EVE_WORDS.has(w) && prep === '') {
      const n = this.tokens[j + 1];
      const governsNoun = j + 1 < this.sentEnd && n.kind === 'word' && n.text === n.text.toLowerCase() &&
        (n.tag?.startsWith('noun') ?? false) && (n.tag?.includes('v_rod') ?? false) && !(n.tag?.includes('pron') ?? false);
      // ("Напередодні саміту": the day before the summit's own date, when a sentence before dated it)
      if (governsNoun) {
        const lemma = (n.lemma ?? n.text).toLowerCase();
        return { start: j, end: j + 2, relative: true, resolve: (c) => {
          const a = c.anchorFor?.(lemma) ?? c.anchor;
          return a ? day(addDays(a, -1)) : null;
        } };
      }
      return { start: j, end: j + 1, relative: true, resolve: (c) => (c.ref ? day(addDays(c.ref, -1)) : null) };
    }
    // "торік", "цьогоріч".
    const ya = YEAR_ADVERBS.get(w);
    if (ya !== undefined && prep === '') {
      // ("торік у січні": a month of that year)
      const mo = j + 2 < this.sentEnd && ['у', 'в'].includes(this.w(j + 1)) ? MONTHS.get(this.w(j + 2)) : undefined;
      if (mo !== undefined) return { start: j, end: j + 3, relative: true, resolve: (c) => (c.ref ? monthInterval(refYmd(c.ref).y + ya, mo) : null) };
      return { start: j, end: j + 1, relative: true, resolve: (c) => (c.ref ? yearInterval(refYmd(c.ref).y + ya) : null) };
    }
    // Seasons: "взимку", "взимку 2023 року".
    const sa = SEASON_ADVERBS.get(w);
    if (sa && prep === '') {
      const yr = this.yearAt(j + 1);
      if (yr) return { start: j, end: yr.end, relative: false, resolve: () => seasonInterval(sa, sa === 'winter' ? yr.y + 1 : yr.y) };
      return { start: j, end: j + 1, relative: true, resolve: (c) => (c.ref ? resolveSeason(c.ref, sa, null, c.dir) : null) };
    }

    // "у ніч на понеділок", "у ніч з неділі на понеділок", "у ніч проти 5 березня", "у ніч перед візитом".
    if ((prep === 'у' || prep === 'в') && PERIOD_NOUNS.get(w) === 'night') {
      let k = j + 1;
      if (RANGE_FROM.has(this.w(k)) && (WEEKDAYS.has(this.w(k + 1)) || this.dayMonth(k + 1))) {
        k = WEEKDAYS.has(this.w(k + 1)) ? k + 2 : this.dayMonth(k + 1)!.end;
      }
      if (NIGHT_ON.has(this.w(k))) {
        const wd = WEEKDAYS.get(this.w(k + 1));
        if (wd) return { start: j, end: k + 2, relative: true, resolve: (c) => (c.ref ? day(resolveWeekday(c.ref, wd, c.dir > 0 ? 1 : -1)) : null) };
        const dm = this.dayMonth(k + 1);
        if (dm) return { start: j, end: dm.end, relative: dm.y === null, resolve: (c) => this.dayMonthInterval(dm, c, false) };
      }
      if (this.w(k) === 'перед' && k + 1 < this.sentEnd && this.tokens[k + 1].kind === 'word') {
        return { start: j, end: k + 2, relative: true, resolve: (c) => (c.anchor ? day(c.anchor) : null) };
      }
      return null;
    }

    // Same day / night as the event just mentioned: "того ж дня", "тієї самої ночі", "в той же день".
    if (SAME_WORDS.has(w) && SAME_PARTICLES.has(this.w(j + 1))) {
      const u = PERIOD_NOUNS.get(this.w(j + 2));
      if (u === 'day' || u === 'night' || u === 'morning' || u === 'evening') {
        return { start: j, end: j + 3, relative: true, resolve: (c) => (c.anchor ? day(c.anchor) : null) };
      }
    }

    // Direction-modified periods: "минулого тижня", "наступної ночі", "протягом вихідних", "цієї зими", "минулої середи".
    const shift = SHIFT_WORDS.get(w);
    if (shift !== undefined || PERIOD_NOUNS.get(w) === 'weekend') {
      const at = shift !== undefined ? j + 1 : j;
      const nw = this.w(at);
      const unit: PeriodUnit | undefined = PERIOD_NOUNS.get(nw);
      if (unit !== undefined && shift !== undefined && NEUTER_SHIFT_WORDS.has(w)) return null;
      const season = SEASON_NOUNS.get(nw);
      const wd = WEEKDAYS.get(nw);
      if (unit === 'weekend') {
        if (shift === undefined && !(prep === 'протягом' || prep === 'на' || prep === 'у' || prep === 'в' || prep === 'під час' ||
          prep === 'впродовж' || prep === 'упродовж' || prep === 'після')) return null;
        return { start: j, end: at + 1, relative: true, resolve: (c) => {
          if (!c.ref) return null;
          const forward = shift === 1 || (shift === undefined && c.dir > 0);
          if (forward) {
            const sat = resolveWeekday(addDays(c.ref, 1), 6, 1);
            return { start: sat, end: addDays(sat, 1) };
          }
          // Looking back: the weekend in progress on a Saturday or Sunday, else the last one.
          const sat = resolveWeekday(c.ref, 6, -1);
          return { start: sat, end: addDays(sat, 1) };
        } };
      }
      if (shift === undefined) return null;
      if (unit === 'week' || unit === 'month' || unit === 'year') {
        const p = { unit, shift };
        return { start: j, end: at + 1, relative: true, resolve: (c) => this.periodInterval(p, c, false) };
      }
      if (unit === 'night' || unit === 'day' || unit === 'morning' || unit === 'evening') {
        if (shift === 1) return { start: j, end: at + 1, relative: true, resolve: (c) => (c.anchor ? day(addDays(c.anchor, 1)) : null) };
        // "цієї ночі", "минулої ночі": the night before the article date ("цього дня" alone is no date).
        if (unit === 'night') return { start: j, end: at + 1, relative: true, resolve: (c) => (c.ref ? day(c.ref) : null) };
        return null;
      }
      if (season) return { start: j, end: at + 1, relative: true, resolve: (c) => (c.ref ? resolveSeason(c.ref, season, shift, c.dir) : null) };
      if (wd) {
        const d: Direction = shift > 0 ? 1 : -1;
        return { start: j, end: at + 1, relative: true, resolve: (c) => {
          if (!c.ref) return null;
          if (shift === 0) return day(resolveWeekday(c.ref, wd, c.dir > 0 ? 1 : -1));
          // "минулої середи": strictly before the article date; "наступної середи": strictly after.
          const base = addDays(c.ref, shift === -2 ? -8 : d);
          return day(resolveWeekday(base, wd, d));
        } };
      }
      const mo = MONTHS.get(nw);
      if (mo) {
        const p = { unit: 'month' as const, shift, m: mo };
        return { start: j, end: at + 1, relative: true, resolve: (c) => this.periodInterval(p, c, false) };
      }
      return null;
    }

    // Durations from the last dated event: "протягом 50 днів", "протягом двох тижнів".
    if (DURATION_PREPS.has(prep)) {
      const n = this.yearAt(j) ? null : this.num(j) ?? NUMBER_WORDS.get(w) ?? null;
      const unitTok = n !== null ? j + 1 : j;
      const unit = DURATION_UNITS.get(this.w(unitTok));
      if (unit && (n !== null || ['тижня', 'місяця', 'року', 'доби'].includes(this.w(unitTok)))) {
        const count = n ?? 1;
        return { start: j, end: unitTok + 1, relative: true, resolve: (c) => {
          // From the date of the event in the same sentence ("у понеділок пригрозив … протягом 50 днів"), else
          // from the article date.
          const a = c.anchorInSentence ? c.anchor : c.ref;
          if (!a) return null;
          // A single unit in a past clause runs back to the date ("Протягом доби ворог 40 разів обстріляв" — the
          // day before the report); a counted term is a deadline forward even there ("дав … протягом 10 днів").
          const back = c.dir < 0 && n === null;
          const k = back ? -count : count;
          const other = addUnits(a, unit, k);
          return back ? { start: other, end: a } : { start: a, end: other };
        } };
      }
    }

    // "через два тижні", "через 10 днів": that many units after the article date.
    if (AFTER_PREPS.has(prep)) {
      const n = this.num(j) ?? NUMBER_WORDS.get(w) ?? null;
      const unitTok = n !== null ? j + 1 : j;
      const unit = DURATION_UNITS.get(this.w(unitTok));
      if (unit && (n === null || n < 1900)) {
        const count = n ?? 1;
        return { start: j, end: unitTok + 1, relative: true, resolve: (c) => {
          if (!c.ref) return null;
          return day(addUnits(c.ref, unit, count));
        } };
      }
    }

    // Weekday ranges: "з понеділка по середу".
    if (RANGE_FROM.has(prep) && WEEKDAYS.has(w) && RANGE_TO.has(this.w(j + 1)) && WEEKDAYS.has(this.w(j + 2))) {
      const w1 = WEEKDAYS.get(w)!;
      const w2 = WEEKDAYS.get(this.w(j + 2))!;
      return { start: j, end: j + 3, relative: true, resolve: (c) => {
        if (!c.ref) return null;
        const a = resolveWeekday(c.ref, w1, c.dir < 0 ? -1 : 1);
        return { start: a, end: addDays(a, (w2 - w1 + 7) % 7) };
      } };
    }

    // Weekdays: "у четвер", "з понеділка", "до середи", "у Вербну неділю".
    {
      let k = j;
      if (prep && this.isAdj(k) && WEEKDAYS.has(this.w(k + 1))) k++;
      const wd = WEEKDAYS.get(this.w(k));
      if (wd && prep && prep !== 'по' && prep !== 'через' && prep !== 'після' && prep !== 'протягом') {
        // (a day something is set for looks ahead whatever the verb's tense: "оголосили на п’ятницю страйк" — not the
        // night before a day, "в ніч на п’ятницю"; so does a day with a verb in the present, which tells what is
        // scheduled: "у п’ятницю стартують навчання")
        // (a named day, an adjective before the weekday, is a date, not a day set: "удар на Вербну неділю")
        const setFor = prep === 'на' && this.w(j - 2) !== 'ніч' && k === j;
        const present = this.presentVerbNear(j);
        const scheduled = setFor || present;
        // ("з понеділка страйкують", "із четверга виходять на вулиці": a start with a verb in the imperfective present
        // is one gone by, the act going on since — the blind sets' writers read it so four times of four)
        const since = fwd && !dl && (present || this.presentVerbRightAfter(k + 1) || this.ongoingVerbBefore(j) || this.ongoingVerbAfter(k + 1));
        return { start: j, end: k + 1, relative: true, resolve: (c) => {
          if (!c.ref) return null;
          const dir: Direction = since ? -1 : fwd ? (c.dir < 0 && !dl ? -1 : 1) : c.dir > 0 || (scheduled && (c.dir === 0 || setFor)) ? 1 : -1;
          const d = day(resolveWeekday(c.ref, wd, dir));
          return dl ? deadline(c.ref, d) : d;
        } };
      }
    }

    // Numeric date "04.09.2025".
    const nd = this.numericDate(j);
    if (nd) {
      const iv = day(iso(nd.y, nd.m, nd.d));
      return { start: j, end: j + 1, relative: false, keepPrep: dl, resolve: (c) => (dl ? deadline(c.ref, iv) : iv) };
    }

    // Day + month, ranges: "4 вересня", "з 1 по 5 березня", "1–5 березня", "з 28 лютого по 3 березня".
    if (this.isNum(j)) {
      const d1 = this.num(j);
      // "з 1 по 5 березня" / "з 28 лютого по 3 березня"
      if (RANGE_FROM.has(prep) && d1 !== null) {
        const first = this.dayMonth(j);
        const toAt = first ? first.end : j + 1;
        if (RANGE_TO.has(this.w(toAt))) {
          const second = this.dayMonth(toAt + 1);
          if (second) {
            const a = first ?? { d: d1, m: second.m, y: second.y, end: j + 1 };
            return { start: j, end: second.end, relative: second.y === null, keepPrep: true, resolve: (c) => this.rangeInterval(a, second, c) };
          }
        }
      }
      // "1 і 2 вересня": two days of one month, one expression.
      if (d1 !== null && d1 <= 31 && DAY_JOINERS.has(this.w(j + 1)) && !MONTHS.has(this.w(j + 1))) {
        const second = this.dayMonth(j + 2);
        if (second && second.d > d1) {
          const a = { d: d1, m: second.m, y: second.y, end: j + 1 };
          return { start: j, end: second.end, relative: second.y === null, keepPrep: true, resolve: (c) => this.rangeInterval(a, second, c) };
        }
      }
      // Decades: "у 90-х роках", "2010-х років".
      const dec = /^(\d{2}|\d{4})-х$/.exec(this.tokens[j].text);
      if (dec && YEAR_WORDS.has(this.w(j + 1))) {
        const v = Number(dec[1]);
        const y0 = v >= 100 ? v : v >= 30 ? 1900 + v : 2000 + v;
        if (y0 % 10 === 0) return { start: j, end: j + 2, relative: false, resolve: () => ({ start: iso(y0, 1, 1), end: iso(y0 + 9, 12, 31) }) };
      }
      // "1–5 березня"
      if (d1 !== null && this.isDash(j + 1)) {
        const second = this.dayMonth(j + 2);
        if (second && d1 <= 31) {
          const a = { d: d1, m: second.m, y: second.y, end: j + 1 };
          return { start: j, end: second.end, relative: second.y === null, keepPrep: true, resolve: (c) => this.rangeInterval(a, second, c) };
        }
      }
      const dm = this.dayMonth(j);
      if (dm) {
        // The preposition joins the span only when it changes the value ("до 24 лютого") or tells where a period
        // starts ("з 1 лютого": the day from which, written with its "з" as in "з 2022 року").
        // ("де з 9 листопада триває конференція": a start gone by, whatever the verb's tense)
        // (or any verb in the imperfective present: "з 1 жовтня проводять … «референдум»")
        const ongoing = fwd && !dl && (this.ongoingVerbBefore(j) || this.ongoingVerbAfter(dm.end) || this.presentVerbNear(j));
        return { start: j, end: dm.end, relative: dm.y === null, keepPrep: dl || RANGE_FROM.has(prep), ongoingFrom: ongoing, resolve: (c) => {
          // (a deadline in a past clause is the nearest such day, ahead as often as gone: "ввів стан облоги до 17
          // лютого" in January)
          const pastDeadline = dl && !ongoing && c.dir < 0;
          const iv = this.dayMonthInterval(dm, ongoing ? { ...c, dir: -1 } : pastDeadline ? { ...c, dir: 0 } : c, fwd && !ongoing && !pastDeadline);
          return dl ? deadline(c.ref, iv) : iv;
        } };
      }
      // Year ranges: "2022–2024 років", "у 2022-2024 роках".
      const y1 = this.num(j);
      if (y1 !== null && y1 >= 1900 && y1 <= 2100 && this.isDash(j + 1)) {
        const y2 = this.yearAt(j + 2);
        if (y2 && y2.y >= y1) return { start: j, end: y2.end, relative: false, resolve: () => ({ start: iso(y1, 1, 1), end: iso(y2.y, 12, 31) }) };
      }
      // ("із 2016 по 2022 рік": the first year bare, the year word after the second only)
      if (y1 !== null && y1 >= 1900 && y1 <= 2100 && RANGE_FROM.has(prep) && RANGE_TO.has(this.w(j + 1))) {
        const y2 = this.yearAt(j + 2);
        if (y2 && y2.y >= y1) return { start: j, end: y2.end, relative: false, resolve: () => ({ start: iso(y1, 1, 1), end: iso(y2.y, 12, 31) }) };
      }
      // Years: "у 2022 році", "з 2022 року", "до 2028 року" (the whole year), "з 2022 по 2024 рік".
      const yr = this.yearAt(j);
      if (yr) {
        if (RANGE_FROM.has(prep) && RANGE_TO.has(this.w(yr.end))) {
          const y2 = this.yearAt(yr.end + 1);
          const y2n = this.num(yr.end + 1);
          if (y2) return { start: j, end: y2.end, relative: false, resolve: () => ({ start: iso(yr.y, 1, 1), end: iso(y2.y, 12, 31) }) };
          if (y2n !== null && y2n >= yr.y && y2n <= 2100) {
            return { start: j, end: yr.end + 2, relative: false, resolve: () => ({ start: iso(yr.y, 1, 1), end: iso(y2n, 12, 31) }) };
          }
        }
        if (prep === 'протягом' || prep === 'через' || prep === 'після' || prep === 'по') return { start: j, end: yr.end, relative: false, keepPrep: false, resolve: () => yearInterval(yr.y) };
        return { start: j, end: yr.end, relative: false, resolve: () => yearInterval(yr.y) };
      }
      // Year before a comma-free "р." etc. is handled by yearAt; a bare year with a preposition: "у 2022-му".
      return null;
    }

    // Seasons with their year: "з весни 2022 року", "восени минулого року" as a noun ("осені 2024 року").
    const sn = SEASON_NOUNS.get(w);
    if (sn && prep !== '') {
      const yr = this.yearAt(j + 1);
      if (yr) return { start: j, end: yr.end, relative: false, resolve: () => seasonInterval(sn, sn === 'winter' ? yr.y + 1 : yr.y) };
      const ys = this.shiftedYear(j + 1);
      if (ys) return { start: j, end: ys.end, relative: true, resolve: (c) => (c.ref ? seasonInterval(sn, refYmd(c.ref).y + ys.shift + (sn === 'winter' ? 1 : 0)) : null) };
      // ("з літа передаватиме": a start at a season with no year is the nearest one the clause's tense points to)
      if (RANGE_FROM.has(prep)) return { start: j, end: j + 1, relative: true, resolve: (c) => (c.ref ? resolveSeason(c.ref, sn, null, c.dir) : null) };
    }

    // Months: "у березні", "з березня", "до березня", "березня 2024 року", "в березні–квітні".
    const mo = MONTHS.get(w);
    if (mo) {
      const yr = this.yearAfterMonth(j + 1);
      if (!prep && !yr && !this.shiftedYear(j + 1)) return null;
      if (prep === 'через' || prep === 'після' || prep === 'по') return null;
      // "у березні–квітні"
      if (!yr && this.isDash(j + 1)) {
        const mo2 = MONTHS.get(this.w(j + 2));
        if (mo2) {
          const yr2 = this.yearAfterMonth(j + 3);
          return { start: j, end: yr2 ? yr2.end : j + 3, relative: !yr2, resolve: (c) => {
            if (yr2) return { start: monthInterval(yr2.y, mo).start, end: monthInterval(yr2.y, mo2).end };
            if (!c.ref) return null;
            const first = nearestYear(c.ref, c.dir, (y) => monthInterval(y, mo));
            if (!first) return null;
            const y = parseIso(first.start)!.y;
            return { start: first.start, end: monthInterval(mo2 >= mo ? y : y + 1, mo2).end };
          } };
        }
      }
      // "з січня до травня 2024 року", "з березня по грудень": one span of months, the year after the second for both
      if (!yr && RANGE_FROM.has(prep) && RANGE_TO.has(this.w(j + 1))) {
        const mo2 = MONTHS.get(this.w(j + 2));
        if (mo2) {
          const yr2 = this.yearAfterMonth(j + 3);
          return { start: j, end: yr2 ? yr2.end : j + 3, relative: !yr2, keepPrep: true, resolve: (c) => {
            if (yr2) return mo2 >= mo ? { start: monthInterval(yr2.y, mo).start, end: monthInterval(yr2.y, mo2).end } : { start: monthInterval(yr2.y - 1, mo).start, end: monthInterval(yr2.y, mo2).end };
            if (!c.ref) return null;
            const first = nearestYear(c.ref, c.dir, (y) => monthInterval(y, mo));
            if (!first) return null;
            const y = parseIso(first.start)!.y;
            return { start: first.start, end: monthInterval(mo2 >= mo ? y : y + 1, mo2).end };
          } };
        }
      }
      if (yr) return { start: j, end: yr.end, relative: false, resolve: () => monthInterval(yr.y, mo) };
      // "з листопада минулого року"
      const ys = this.shiftedYear(j + 1);
      if (ys) return { start: j, end: ys.end, relative: true, resolve: (c) => (c.ref ? monthInterval(refYmd(c.ref).y + ys.shift, mo) : null) };
      // ("з березня" after a verb of going on — "що тривають з березня" — or in a past clause is a start gone by; else
      // the coming one, as "з березня запрацюють" (the tagger often reads such a future as a present))
      const ongoing = fwd && !dl && (this.ongoingVerbBefore(j) || this.ongoingVerbAfter(j + 1) || this.presentVerbNear(j));
      // ("відклала підписання на січень": the term put off to is to come)
      const putOff = prep === 'на' && this.postponedBefore(j);
      return { start: j, end: j + 1, relative: true, resolve: (c) => (c.ref ? nearestYear(c.ref, putOff ? 1 : ongoing ? -1 : fwd && !dl ? (c.dir < 0 ? -1 : 1) : c.dir, (y) => monthInterval(y, mo)) : null) };
    }

    // "на вихідних" handled above; "цього/наступного року" above. Bare period noun after "з"/"до": none.
    return null;
  }

  dayMonthInterval(dm: { d: number; m: number; y: number | null; yearShift?: number }, c: ResolveContext, forward: boolean): Interval | null {
    if (dm.y !== null) return isValidDay(dm.y, dm.m, dm.d) ? day(iso(dm.y, dm.m, dm.d)) : null;
    if (!c.ref) return null;
    if (dm.yearShift !== undefined) {
      const y = refYmd(c.ref).y + dm.yearShift;
      return isValidDay(y, dm.m, dm.d) ? day(iso(y, dm.m, dm.d)) : null;
    }
    return nearestYear(c.ref, forward && c.dir >= 0 ? 1 : c.dir, (y) => (isValidDay(y, dm.m, dm.d) ? day(iso(y, dm.m, dm.d)) : null));
  }

  rangeInterval(a: { d: number; m: number; y: number | null }, b: { d: number; m: number; y: number | null }, c: ResolveContext): Interval | null {
    const end = this.dayMonthInterval(b, c, false);
    if (!end) return null;
    const ey = parseIso(end.end)!.y;
    const y = a.y ?? (a.m > b.m ? ey - 1 : ey);
    if (!isValidDay(y, a.m, a.d)) return null;
    const start = iso(y, a.m, a.d);
    return start <= end.end ? { start, end: end.end } : null;
  }
}

/** Finds and resolves every date expression of an analysed document (tokens required; tags improve tense). */
export function findTimes(adoc: AnalyzedDocument): TimeExpression[] {
  const out: TimeExpression[] = [];
  const ref = adoc.doc.date && parseIso(adoc.doc.date) ? adoc.doc.date : null;
  let anchor: string | null = ref;
  let anchorSentence = -1;
  // (the last day not after the article's: what a past clause's "того ж дня" can be — not a day to come named between,
  // "набуде чинності 22 січня 2026 року. Того ж дня Трамп ухвалив …")
  let pastAnchor: string | null = ref;
  // (single-day dates by sentence, for "напередодні <event noun>": the event's sentence is found by its noun)
  const daysBySentence = new Map<number, string>();
  const anchorFor = (sentence: number) => (lemma: string): string | null => {
    for (let s = sentence - 1; s >= 0; s--) {
      const d = daysBySentence.get(s);
      if (!d) continue;
      const sen = adoc.sentences[s]!;
      for (let k = sen.tokenStart; k < sen.tokenEnd; k++) if (adoc.tokens[k]!.lemma?.toLowerCase() === lemma) return d;
    }
    return null;
  };
  const words = new LazyWords(adoc.tokens);
  const classes = wordClasses(adoc.tokens, words);
  for (const sen of adoc.sentences) {
    const m = new Matcher(adoc, sen.index, words, classes);
    const eventAnchor = anchorFor(sen.index);
    let i = sen.tokenStart;
    while (i < sen.tokenEnd) {
      // an expression starts with a number or a word of START_WORDS (matchAt says no to any other token)
      if (START_WORDS && (classes[i]! & (C_START | C_NUMBER)) === 0) {
        i++;
        continue;
      }
      const hit = m.matchAt(i);
      if (!hit || hit.end <= hit.start) {
        i++;
        continue;
      }
      const first = adoc.tokens[hit.start];
      const last = adoc.tokens[hit.end - 1];
      let value: Interval | null = null;
      try {
        const dir = directionAt(adoc, hit.start);
        const usable = dir < 0 && anchor && ref && anchor > ref ? pastAnchor : anchor;
        value = hit.resolve({ ref, anchor: usable, dir, anchorInSentence: anchorSentence === sen.index && usable === anchor, anchorFor: eventAnchor });
      } catch {
        value = null; // impossible dates degrade to unresolved, never crash the pipeline
      }
      out.push({
        start: first.start,
        end: last.end,
        text: adoc.doc.text.slice(first.start, last.end),
        sentence: sen.index,
        value,
        relative: hit.relative,
      });
      // (a day a count stands "as of" is no event's: "станом на сьогодні загинули 35 людей … Того ж дня" is the strike's)
      const low = (k: number): string => (k >= sen.tokenStart ? adoc.tokens[k]!.text.toLowerCase() : '');
      const asOf = AS_OF_WORDS.some((ws) => ws.every((w, n) => low(hit.start - ws.length + n) === w));
      if (value && value.start === value.end && !hit.ongoingFrom && !asOf) {
        anchor = value.start;
        anchorSentence = sen.index;
        if (!ref || value.start <= ref) pastAnchor = value.start;
        if (!daysBySentence.has(sen.index)) daysBySentence.set(sen.index, value.start);
      }
      i = hit.end;
    }
  }
  return weekdaysWithDates(out, adoc.doc.text);
}

/** A weekday word alone, or after a preposition ("середу", "у вівторок"), by the weekday table. */
function weekdayWords(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 2 && WEEKDAYS.has(normDateWord(words[words.length - 1]!)) && (words.length === 1 || DATE_PREPS.has(normDateWord(words[0]!)));
}

/**
 * A weekday and the date after it are one day ("у вівторок, 21 квітня"): the date tells which weekday is meant, so
 * the pair is one expression with the date's value (alone, the weekday would be the nearest such day).
 */
function weekdaysWithDates(out: TimeExpression[], text: string): TimeExpression[] {
  for (let k = out.length - 1; k >= 0; k--) {
    const b = out[k]!;
    if (!b.value || b.value.start !== b.value.end) continue;
    const a = out[k - 1];
    if (a && a.sentence === b.sentence && text.slice(a.end, b.start) === ', ' && weekdayWords(a.text)) {
      out.splice(k - 1, 2, { ...b, start: a.start, text: text.slice(a.start, b.end) });
      k--;
      continue;
    }
    // (a bare weekday the matcher leaves alone, an object: "оголосила середу, 15 квітня, днем жалоби")
    const bare = /(\p{L}[\p{L}’']*), $/u.exec(text.slice(Math.max(0, b.start - 16), b.start));
    if (bare && WEEKDAYS.has(normDateWord(bare[1]!))) {
      const start = b.start - bare[1]!.length - 2;
      out[k] = { ...b, start, text: text.slice(start, b.end) };
    }
  }
  return out;
}
