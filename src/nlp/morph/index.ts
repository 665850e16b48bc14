/**
 * Public morphology API: word analysis, lemma candidates for search, and inflection (for nominative canonical names).
 * Everything goes through the lexicon (lexicon.ts), loaded once on first use.
 */
import { casingOf, capitalize, lookupKey } from './normalize.js';
import { loadLexicon, type Analysis } from './lexicon.js';

export type { Analysis, Lexicon, WeightedAnalysis } from './lexicon.js';
export { loadLexicon } from './lexicon.js';
export { normalizeForm, lookupKey } from './normalize.js';

/** Every analysis (lemma + VESUM tag) of a word form, most likely first; unknown words get the guesser's. */
export function analyzeWord(form: string): Analysis[] {
  const out: Analysis[] = [];
  const seen = new Set<string>();
  for (const a of loadLexicon().analyze(form)) {
    const k = a.lemma + '\t' + a.tag;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ lemma: a.lemma, tag: a.tag });
  }
  return out;
}

const perfectiveMemo = new Map<string, boolean>();
/**
 * Whether a verb lemma is perfective by the forms the corpus attests (every attested form tagged `perf`): its
 * present-looking forms are future ("відвідає"), whatever aspect a guessed analysis gave them.
 */
export function isPerfectiveLemma(lemma: string): boolean {
  let r = perfectiveMemo.get(lemma);
  if (r === undefined) {
    let perf = 0;
    let imperf = 0;
    for (const [, tag] of loadLexicon().formsOfLemma(lookupKey(lemma))) {
      if (!tag.startsWith('verb')) continue;
      if (tag.includes(':imperf')) imperf++;
      else if (tag.includes(':perf')) perf++;
    }
    r = perf > 0 && imperf === 0;
    if (perfectiveMemo.size > 50000) perfectiveMemo.clear();
    perfectiveMemo.set(lemma, r);
  }
  return r;
}

/** Lowercased lemma candidates of a query word (at least one: the word itself lowercased when nothing else). */
export function lemmaCandidates(form: string): string[] {
  const key = lookupKey(form);
  const out: string[] = [];
  const analyses = loadLexicon().analyze(form);
  const guessed = analyses.length > 0 && analyses.every((a) => a.source === 'guess');
  for (const a of analyses) {
    const l = a.lemma.toLowerCase();
    if (!out.includes(l)) out.push(l);
    if (guessed && out.length >= 3) break;
  }
  if (guessed && !out.includes(key)) out.push(key);
  return out.length ? out : [key];
}

function tagMatches(tag: string, wanted: string[]): boolean {
  const bits = tag.split(':');
  if (bits[0] !== wanted[0]) return false;
  for (let i = 1; i < wanted.length; i++) if (!bits.includes(wanted[i])) return false;
  return true;
}

function applyCasing(form: string, like: string): string {
  switch (casingOf(like)) {
    case 'upper':
      return form.toUpperCase();
    case 'title':
      return capitalize(form.toLowerCase());
    case 'lower':
      return form.toLowerCase();
    default:
      return form;
  }
}

/**
 * The form of `lemma` whose VESUM tag has every part of `wanted` (`adj:f:v_naz`, `noun:v_rod:p`; the first part is
 * the part of speech), cased like `lemma`; null when the lexicon cannot generate it.
 */
export function inflect(lemma: string, wanted: string): string | null {
  const lex = loadLexicon();
  const want = wanted.split(':').filter(Boolean);
  const lowerLemma = lookupKey(lemma);
  let best: string | null = null;
  let bestScore = 0;
  // forms attested in BRUK train (counts are not kept per lemma, so an attested form scores 2)
  for (const [form, tag] of lex.formsOfLemma(lowerLemma)) {
    if (tagMatches(tag, want) && bestScore < 2) {
      best = form;
      bestScore = 2;
    }
  }
  if (!best) {
    for (const g of lex.hunspell.generate(lowerLemma)) {
      for (const [tag, p] of lex.ruleTags(g.rule)) {
        if (p > bestScore && tagMatches(tag, want)) {
          best = g.form;
          bestScore = p;
        }
      }
    }
  }
  if (!best) {
    // indeclinable or unknown: the lemma itself when one of its analyses as a lemma fits (Рубіо, Зеленський's forms)
    for (const a of lex.analyze(lemma)) {
      if (a.lemma.toLowerCase() === lowerLemma && tagMatches(a.tag, want)) return lemma;
    }
    return null;
  }
  return applyCasing(best, lemma);
}
