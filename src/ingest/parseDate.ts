/** Validates a calendar date: `YYYY-MM-DD` (a time part after `T` or a space is ignored), rejecting 2025-02-30. */
import { LitopysError, type ErrorLocation } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** Returns the ISO date, or throws INPUT_DATE naming `where`. */
export function parseDate(value: string, where: ErrorLocation = {}): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) {
    throw new LitopysError('INPUT_DATE', `malformed date "${value}"`, where, 'write dates as YYYY-MM-DD, e.g. 2025-09-06');
  }
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || year < 1000) {
    throw new LitopysError('INPUT_DATE', `impossible date "${value}"`, where, 'check the day and month');
  }
  return `${y}-${mo}-${d}`;
}
