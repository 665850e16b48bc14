/**
 * Clause boundaries and the temporal direction of a clause (past / unknown / future), read from the tagger's verb
 * features. Used to resolve weekday names and year-less dates: "у понеділок провів" → the Monday before the article
 * date, "у понеділок відвідає" → the Monday after.
 */
import type { AnalyzedDocument, Token } from '../../types.js';
import { ALREADY_PARTICLES as ALREADY, FUTURE_GOVERNORS, PHASE_VERBS } from '../../lang/uk/dates.js';

/** Tokens that end a clause. Commas and dashes separate clauses well enough for attaching dates and quotes. */
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '―', '(', ')', '«', '»', '“', '”', '„', '"', '.', '!', '?', '…']);

export function isClauseBreak(t: Token): boolean {
  return t.kind === 'punct' && (CLAUSE_BREAK.has(t.text) || /^[.!?…]+$/.test(t.text));
}

/** Token range [start, end) of the clause around token `i`, within its sentence. */
export function clauseOf(adoc: AnalyzedDocument, i: number): { start: number; end: number } {
  const tokens = adoc.tokens;
  const sen = adoc.sentences[tokens[i].sentence];
  let s = i;
  while (s > sen.tokenStart && !isClauseBreak(tokens[s - 1])) s--;
  let e = i + 1;
  while (e < sen.tokenEnd && !isClauseBreak(tokens[e])) e++;
  return { start: s, end: e };
}

export type Direction = -1 | 0 | 1;

/** Value of feature `name` in the token's UD FEATS ("Aspect=Perf|Tense=Past"), without splitting the string. */
function feat(t: Token, name: string): string | undefined {
  const f = t.feats;
  if (!f) return undefined;
  for (let s = 0; ; ) {
    let e = f.indexOf('|', s);
    if (e < 0) e = f.length;
    const eq = f.indexOf('=', s);
    if (eq >= 0 && eq < e) {
      if (eq - s === name.length && f.startsWith(name, s)) return f.slice(eq + 1, e);
    } else if (e - s - 1 === name.length && f.startsWith(name, s)) {
      return f.slice(s, e); // an item without '=' (never in UD): as `kv.slice(0, -1) === name` → kv
    }
    if (e >= f.length) return undefined;
    s = e + 1;
  }
}

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** Direction of one finite verb: −1 past, +1 future, 0 present or unknown. */
function verbDirection(t: Token): Direction {
  const tense = feat(t, 'Tense');
  if (tense === 'Past') return -1;
  if (tense === 'Fut') return 1;
  // the impersonal in -но/-то ("приведено", "завдано") tells what has been done
  if (feat(t, 'Person') === '0') return -1;
  if (tense === 'Pres') {
    if (feat(t, 'Aspect') === 'Perf') return 1; // perfective present = future
    if (t.tag && t.tag.includes(':futr')) return 1;
    return 0;
  }
  return 0;
}

/** Direction of the clause(s) around token `i`: the nearest finite verb in the clause, else in the sentence. */
export function directionAt(adoc: AnalyzedDocument, i: number): Direction {
  const tokens = adoc.tokens;
  const sen = adoc.sentences[tokens[i].sentence];
  const clause = clauseOf(adoc, i);
  const pick = (from: number, to: number): Direction | null => {
    let best: Token | null = null;
    let bestDist = Infinity;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (!isVerb(t)) continue;
      const form = feat(t, 'VerbForm');
      if (form !== 'Fin') continue;
      // (a capitalised "verb" in mid-sentence or right before a name is a name misread: "Наїм Кассем" as "наїм")
      if (/^\p{Lu}/u.test(t.text) && (k > sen.tokenStart || tokens[k + 1]?.pos === 'PROPN')) continue;
      const d = Math.abs(k - i);
      if (d < bestDist) {
        best = t;
        bestDist = d;
      }
    }
    if (!best) return null;
    // "домовилися провести консультації 28 березня": a verb of intention with an infinitive points forward.
    // Only when the date stands after the infinitive, inside what is planned: "в середу погодилися збільшити" is past.
    // Any infinitive between the verb and the date ("відповів пропозицією провести переговори 15 травня") points
    // forward too, except after verbs of phase ("почали обстрілювати місто 5 травня").
    const lemma = best.lemma?.toLowerCase() ?? '';
    // ("мав зробити це ще 15 березня": "ще" before a date under a past verb tells a deadline already passed)
    if (i > 0 && ALREADY.has(tokens[i - 1]!.text.toLowerCase()) && verbDirection(best) < 0) return -1;
    if ((FUTURE_GOVERNORS.has(lemma) || !PHASE_VERBS.has(lemma)) && best.i < i) {
      for (let k = best.i + 1; k < Math.min(to, i); k++) {
        if (isVerb(tokens[k]) && feat(tokens[k], 'VerbForm') === 'Inf') return 1;
      }
    }
    // "анонсував візит до Києва в грудні": a date after a verb of planning or announcing is not forced into the past.
    const dir = verbDirection(best);
    if (dir < 0 && best.i < i && FUTURE_GOVERNORS.has(lemma)) return 0;
    return dir;
  };
  return pick(clause.start, clause.end) ?? pick(sen.tokenStart, sen.tokenEnd) ?? 0;
}
