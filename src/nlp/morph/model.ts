/**
 * The morphology model learnt from BRUK train (models/uk-morph.json.gz): a form table (every training form with its
 * lemma + VESUM tag analyses and counts), the VESUM tags each hunspell affix rule produces, and a suffix guesser for
 * words neither knows. Built by scripts/train-tagger.ts; read by lexicon.ts.
 */

export interface MorphModel {
  version: string;
  /** lower form → "lemma\ttag\tcount" entries joined by '\n', most frequent first. */
  forms: Record<string, string>;
  /** hunspell rule id → "tag\tcount" entries joined by '\n'. */
  rules: Record<string, string>;
  /** guesser key (casing letter + suffix) → "tag\tstrip\tadd\tcount" entries joined by '\n'. */
  suffixes: Record<string, string>;
  maxSuffix: number;
}

/** How a lemma is rewritten from a form: drop `strip` trailing chars, append `add` (both on lowercase). */
export function lemmaRewrite(lowerForm: string, lowerLemma: string): { strip: number; add: string } {
  let i = 0;
  const n = Math.min(lowerForm.length, lowerLemma.length);
  while (i < n && lowerForm[i] === lowerLemma[i]) i++;
  return { strip: lowerForm.length - i, add: lowerLemma.slice(i) };
}

export function guesserKey(form: string, suffix: string): string {
  const c = form[0];
  const cap = c !== undefined && c !== c.toLowerCase();
  return (cap ? 'C' : 'l') + suffix;
}

/** A number with a letter ending: 2017-го, 5-річний, 21-ше (guesser keys `N` + the ending). */
export const NUMBERED = /^\d+-([^\d-]+)$/;
