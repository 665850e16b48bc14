/**
 * Surface normalisation shared by the lexicon, the guesser and the tagger: one apostrophe (U+0027, as BRUK and the
 * hunspell dictionary spell it), no stress marks, and a lowercase key for lookups.
 */

const APOSTROPHES = /[’ʼ‘`´ʹ′]/g;
const STRESS = /[\u0301\u0300]/g;

/** Form with apostrophe variants unified and stress marks removed; case kept. */
export function normalizeForm(form: string): string {
  let s = form;
  if (/[’ʼ‘`´ʹ′]/.test(s)) s = s.replace(APOSTROPHES, "'");
  if (s.indexOf('\u0301') >= 0 || s.indexOf('\u0300') >= 0) s = s.replace(STRESS, '');
  return s;
}

/** Lookup key: normalised and lowercased. */
export function lookupKey(form: string): string {
  return normalizeForm(form).toLowerCase();
}

export type Casing = 'lower' | 'title' | 'upper' | 'mixed';

export function casingOf(form: string): Casing {
  const lower = form.toLowerCase();
  if (form === lower) return 'lower';
  const upper = form.toUpperCase();
  if (form === upper && form.length > 1) return 'upper';
  if (form[0] !== lower[0] && form.slice(1) === lower.slice(1)) return 'title';
  return 'mixed';
}

/** First letter uppercase, the rest as given. */
export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
