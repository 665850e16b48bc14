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
  return String(n).padStart(w, '0');
}

export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parseIso(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDay(y, mo, d)) return null;
  return { y, m: mo, d };
}

export function daysInMonth(y: number, m: number): number {
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

function fromUtc(ms: number): string {
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
  const wd = new Date(toUtc(s)).getUTCDay();
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

/** Middle of an interval (for choosing the nearest of several candidates). */
export function midpoint(iv: Interval): string {
  return addDays(iv.start, Math.floor(diffDays(iv.start, iv.end) / 2));
}
