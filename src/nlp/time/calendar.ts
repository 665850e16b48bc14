/** Calendar arithmetic on ISO `YYYY-MM-DD` dates (proleptic Gregorian, UTC, no time zones involved). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Interval {
  start: string;
  end: string;
}

export function pad(n: number, w = 2): string {
  // the usual cases (a month or day, a four-digit year) without padStart; the result is the same
  if (Number.isInteger(n) && n >= 0) {
    if (w === 2 && n < 100) return n < 10 ? '0' + n : '' + n;
    if (w === 4 && n >= 1000 && n < 10000) return '' + n;
  }
  return String(n).padStart(w, '0');
}

export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The value of the ASCII digit at `s[k]`, or -1. */
function digitAt(s: string, k: number): number {
  const c = s.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses `YYYY-MM-DD` (exactly: four, two and two ASCII digits), null when malformed or not a real day. */
export function parseIso(s: string): Ymd | null {
  // (read by character codes: as /^(\d{4})-(\d{2})-(\d{2})$/ with Number() of each group, without the regex)
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5);
  const m1 = digitAt(s, 6);
  const d0 = digitAt(s, 8);
  const d1 = digitAt(s, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return null;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (!isValidDay(y, mo, d)) return null;
  return { y, m: mo, d };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Gregorian month lengths for the usual years (Date.UTC reads years 0–99 as 1900–1999: those, and anything
  // unusual, go through Date as before)
  if (Number.isInteger(y) && y >= 100 && y <= 200000 && Number.isInteger(m) && m >= 1 && m <= 12) {
    if (m !== 2) return MONTH_DAYS[m - 1]!;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc(s: string): number {
  const p = parseIso(s);
  if (!p) throw new Error(`invalid ISO date ${s}`);
  return Date.UTC(p.y, p.m - 1, p.d);
}

const DAY_MS = 86_400_000;
/** Whole days within the range Date handles (±10^8 days from 1970). */
const MAX_DAYS = 100_000_000;

function fromUtc(ms: number): string {
  const days = ms / DAY_MS;
  if (Number.isInteger(days) && days >= -MAX_DAYS && days <= MAX_DAYS) {
    // the proleptic Gregorian date of a whole day number (H. Hinnant's civil_from_days), as Date's UTC getters give it
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return iso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
  }
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(s: string, n: number): string {
  return fromUtc(toUtc(s) + n * 86_400_000);
}

/** Signed difference b − a in days. */
export function diffDays(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekday(s: string): number {
  const ms = toUtc(s);
  const days = ms / DAY_MS;
  // 1970-01-01 was a Thursday (getUTCDay 4); Date only for what is not a whole day in its range
  const wd = Number.isInteger(days) && days >= -MAX_DAYS && days <= MAX_DAYS ? (((days + 4) % 7) + 7) % 7 : new Date(ms).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function day(s: string): Interval {
  return { start: s, end: s };
}

export function monthInterval(y: number, m: number): Interval {
  // Normalise month overflow (m = 0 → December of y − 1, m = 13 → January of y + 1).
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return { start: iso(yy, mm, 1), end: iso(yy, mm, daysInMonth(yy, mm)) };
}

export function yearInterval(y: number): Interval {
  return { start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

/** Monday–Sunday week containing `s`, shifted by `shift` weeks. */
export function weekInterval(s: string, shift: number): Interval {
  const monday = addDays(s, -(weekday(s) - 1) + 7 * shift);
  return { start: monday, end: addDays(monday, 6) };
}

/** Adds `n` months to a date, clamping the day to the target month's length. */
export function addMonths(s: string, n: number): string {
  const p = parseIso(s)!;
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return iso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Adds `n` counted units (days, weeks, months or years; `n` may be negative) to a date. */
export function addUnits(s: string, unit: 'day' | 'week' | 'month' | 'year', n: number): string {
  return unit === 'day' ? addDays(s, n) : unit === 'week' ? addDays(s, 7 * n) : unit === 'month' ? addMonths(s, n) : addMonths(s, 12 * n);
}

/** Middle of an interval (for choosing the nearest of several candidates). */
export function midpoint(iv: Interval): string {
  return addDays(iv.start, Math.floor(diffDays(iv.start, iv.end) / 2));
}
