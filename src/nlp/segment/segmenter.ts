/**
 * Sentence and word segmentation for Ukrainian news text: one hand-written pass over the characters (measured ~5×
 * faster than Intl.Segmenter, which also splits "т.зв.", "1 500 000" and e-mails wrongly), then a pass over the
 * tokens that decides sentence boundaries.
 *
 * Tokens keep exact offsets into the original text. Abbreviations and initials keep their full stop ("ім.", "т.зв.",
 * "В."); URLs and e-mails are single tokens; apostrophes (' ’ ʼ) and hyphens between letters stay inside words;
 * numbers keep their thousands spaces ("1 500 000") and decimal commas ("3,5").
 */
import type { AnalyzedDocument, Component, Sentence, Token, TokenKind } from '../../types.js';
import { AFTER_NUMBER_ABBREVIATIONS, MAY_END_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from '../../lang/uk/abbreviations.js';

const NON_FINAL = new Set(NON_FINAL_ABBREVIATIONS);
const MAY_END = new Set(MAY_END_ABBREVIATIONS);
const AFTER_NUMBER = new Set(AFTER_NUMBER_ABBREVIATIONS);
const ROMAN = /^[IVXLCM]+$/;

/** Why a token carries its full stop; drives sentence boundaries. */
const enum Dot {
  None = 0,
  NonFinal = 1,
  MayEnd = 2,
  Initial = 3,
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PUNCTUATION = /\p{P}/u;

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482; // Cyrillic (and its combining marks), except ҂
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks: stress accents inside words
  if (c === 0x2bc) return true; // ʼ MODIFIER LETTER APOSTROPHE
  if (c < 0x370) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x0b || c === 0x0c ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    c === 0x85 || c === 0x2028 || c === 0x2029
  );
}

/** Spaces allowed between digit groups of one number ("1 500 000"). */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** ' ’ ʼ ` between two letters belong to the word (м’ята, об'єкт, сімʼя). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isUpperLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const OPENERS = new Set(['«', '„', '“', '"', '(', '[', '‹', '‘', "'"]);
const CLOSERS = new Set(['»', '“', '”', '"', ')', ']', '›', '’', "'"]);
const DASHES = new Set(['–', '—', '-', '―', '‒']);

const URL_PREFIXES = ['https://', 'http://', 'www.'];
const URL_STOP = new Set(['<', '>', '"', '«', '»', '“', '”', '„']);
const URL_TRAILING = '.,;:!?)]}\'’…';
const EMAIL_LOCAL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** One segmentation result: tokens (sentence indices filled) and sentences. */
export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

function matchUrl(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 104 && c !== 119 && c !== 72 && c !== 87) return -1; // h w H W
  let prefixOk = false;
  for (const p of URL_PREFIXES) {
    if (text.length - i > p.length && text.slice(i, i + p.length).toLowerCase() === p) {
      prefixOk = true;
      break;
    }
  }
  if (!prefixOk) return -1;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j)) && !URL_STOP.has(text[j])) j++;
  // Trailing punctuation belongs to the sentence, not the URL — except a ")" closing a "(" inside the URL.
  while (j > i && URL_TRAILING.includes(text[j - 1])) {
    if (text[j - 1] === ')' && text.slice(i, j).includes('(')) break;
    j--;
  }
  return j > i + 4 ? j : -1;
}

function matchEmail(text: string, i: number): number {
  // Only ASCII-initial runs can be e-mails; check cheaply before the regex.
  let j = i;
  while (j < text.length && j - i < 80) {
    const c = text.charCodeAt(j);
    if (c === 64) break; // @
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45)) return -1;
    j++;
  }
  if (j >= text.length || text.charCodeAt(j) !== 64) return -1; // (no read past the end: it would deoptimise)
  const m = EMAIL_LOCAL.exec(text.slice(i, Math.min(text.length, i + 200)));
  return m ? i + m[0].length : -1;
}

/** Splits `text` into tokens; `dots[i]` says why token i carries a full stop. */
function tokenize(text: string): { tokens: Token[]; dots: Dot[] } {
  const tokens: Token[] = [];
  const dots: Dot[] = [];
  const n = text.length;
  let i = 0;
  // The tagger's fields are declared here (undefined until it runs): tokens then keep one object shape, and the
  // tagger's four assignments do not each move the object to a new hidden class with an out-of-object property store
  // (full pipeline on fresh text, single-threaded: faster in 4 of 5 paired runs, median about +5 %).
  const push = (start: number, end: number, kind: TokenKind, dot: Dot = Dot.None): void => {
    tokens.push({ i: tokens.length, start, end, text: text.slice(start, end), kind, sentence: 0, spaceAfter: false, lemma: undefined, pos: undefined, feats: undefined, tag: undefined });
    dots.push(dot);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (tokens.length) tokens[tokens.length - 1].spaceAfter = true;
      i++;
      continue;
    }
    const start = i;
    const ascii = c < 0x80;
    if (ascii && (isLetter(c) || isDigit(c))) {
      const u = matchUrl(text, i);
      if (u > 0) {
        push(start, u, 'url');
        i = u;
        continue;
      }
      const e = matchEmail(text, i);
      if (e > 0) {
        push(start, e, 'email');
        i = e;
        continue;
      }
    }
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (isLetter(d) || isDigit(d)) j++;
          else break;
        }
        if (j + 1 < n) {
          const d = text.charCodeAt(j);
          const next = text.charCodeAt(j + 1);
          if (isApostrophe(d) && isLetter(next)) {
            j += 2;
            continue;
          }
          if (isHyphen(d) && (isLetter(next) || isDigit(next))) {
            j += 2;
            continue;
          }
        }
        break;
      }
      let dot = Dot.None;
      if (text.charCodeAt(j) === 46) {
        // Abbreviation with its full stop, possibly multi-part without spaces ("т.зв.", "т.д.").
        let k = j;
        let best = -1;
        for (let parts = 0; parts < 4 && text.charCodeAt(k) === 46; parts++) {
          const cand = text.slice(i, k).toLowerCase();
          if (NON_FINAL.has(cand)) {
            best = k + 1;
            dot = Dot.NonFinal;
          } else if (MAY_END.has(cand)) {
            best = k + 1;
            dot = Dot.MayEnd;
          }
          let m = k + 1;
          while (m < n && isLetter(text.charCodeAt(m))) m++;
          if (m === k + 1) break;
          k = m;
        }
        if (best > 0) {
          j = best;
        } else if (j - i === 1 && isUpperLetterAt(text, i)) {
          // An initial: "В. І. Вернадський", "В.І.Вернадський".
          let k2 = j + 1;
          while (k2 < n && isGroupSpace(text.charCodeAt(k2))) k2++;
          // …not a one-letter word after it ("у соцмережі X. У посольстві", a preposition opening the next
          // sentence), nor a Latin letter before a Cyrillic word (a name like "X", not an initial of a Ukrainian name)
          const oneLetter = k2 + 1 >= n || !isLetter(text.charCodeAt(k2 + 1));
          const nextInitial = oneLetter && text.charCodeAt(k2 + 1) === 46;
          const latinBeforeCyrillic = text.charCodeAt(i) < 128 && text.charCodeAt(k2) >= 0x400 && text.charCodeAt(k2) < 0x500;
          if (isUpperLetterAt(text, k2) && (!oneLetter || nextInitial) && !latinBeforeCyrillic) {
            j = j + 1;
            dot = Dot.Initial;
          }
        }
      }
      push(start, j, 'word', dot);
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      let groupLen = 1;
      let fraction = false;
      for (;;) {
        while (j < n && isDigit(text.charCodeAt(j))) {
          j++;
          groupLen++;
        }
        if (j + 1 >= n) break;
        const d = text.charCodeAt(j);
        const next = text.charCodeAt(j + 1);
        if ((d === 44 || d === 46 || d === 58) && isDigit(next)) {
          // 3,5 · 04.09.2025 · 10:30
          fraction = true;
          j += 2;
          groupLen = 1;
          continue;
        }
        if (
          !fraction && groupLen <= 3 && isGroupSpace(d) &&
          isDigit(next) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) &&
          !isDigit(text.charCodeAt(j + 4))
        ) {
          // 1 500 000: groups of exactly three digits after a lead group of one to three.
          j += 4;
          groupLen = 3;
          continue;
        }
        if (isHyphen(d) && isLetter(next)) {
          // 5-го, 90-х, 20-річний
          j += 1;
          while (j < n && isLetter(text.charCodeAt(j))) j++;
        }
        break;
      }
      push(start, j, 'number');
      i = j;
      continue;
    }
    // Punctuation and symbols.
    if (c === 46 && text.charCodeAt(i + 1) === 46) {
      let j = i + 1;
      while (text.charCodeAt(j) === 46) j++;
      push(start, j, 'punct');
      i = j;
      continue;
    }
    if (c === 33 || c === 63) {
      let j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (d === 33 || d === 63 || d === 0x2026) j++;
        else break;
      }
      push(start, j, 'punct');
      i = j;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      push(start, i + 2, 'symbol'); // astral character (emoji): keep the surrogate pair whole
      i += 2;
      continue;
    }
    const ch = text[i];
    push(start, i + 1, PUNCTUATION.test(ch) ? 'punct' : 'symbol');
    i++;
  }
  return { tokens, dots };
}

function isTerminator(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Whether the tokens from `k` on look like the start of a new sentence after a sentence-final mark. */
function startsSentence(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return true;
  if (next.kind === 'word') return isUpperLetterAt(text, next.start);
  if (next.kind === 'number' || next.kind === 'url' || next.kind === 'email') return true;
  if (DASHES.has(next.text)) {
    // «Коли?» – запитав він: the dash of attribution continues the sentence.
    const after = tokens[k + 1];
    return !(after && after.kind === 'word' && isLowerLetterAt(text, after.start));
  }
  if (OPENERS.has(next.text)) return true;
  return false;
}

/** Number of line breaks in the whitespace between two offsets (capped at 2). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10 && ++count >= 2) return 2;
  }
  return count;
}

/** Segments `text` into sentences and tokens. */
export function segment(text: string): Segmentation {
  const { tokens, dots } = tokenize(text);
  const sentences: Sentence[] = [];
  const T = tokens.length;
  let sentStart = 0;
  const close = (lastToken: number): void => {
    const idx = sentences.length;
    for (let k = sentStart; k <= lastToken; k++) tokens[k].sentence = idx;
    sentences.push({
      index: idx,
      start: tokens[sentStart].start,
      end: tokens[lastToken].end,
      tokenStart: sentStart,
      tokenEnd: lastToken + 1,
    });
    sentStart = lastToken + 1;
  };
  for (let t = 0; t < T; t++) {
    const tok = tokens[t];
    let last = t;
    let boundary = false;
    if (isTerminator(tok)) {
      // Closing quotes and brackets right after the mark stay in the sentence: «… безпеки.»
      while (last + 1 < T && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      // After an ellipsis only a capitalised word starts a sentence ("в районі ... 2023 року").
      const ellipsis = tok.text === '…' || tok.text.startsWith('..');
      const next = tokens[last + 1];
      boundary = ellipsis && next ? next.kind === 'word' && isUpperLetterAt(text, next.start) : startsSentence(text, tokens, last + 1);
    } else if (dots[t] === Dot.MayEnd) {
      // "у 2022 р. Росія …" ends a sentence; "на р. Дніпро" (river) does not: units end one only after a number.
      const next = tokens[t + 1];
      const prev = tokens[t - 1];
      const unit = AFTER_NUMBER.has(tok.text.slice(0, -1).toLowerCase());
      const numeric = (k: number): boolean => !!tokens[k] && (tokens[k].kind === 'number' || ROMAN.test(tokens[k].text));
      // "11 млн т.": a unit after a multiplier after a number.
      const afterNumber = numeric(t - 1) || (!!prev && AFTER_NUMBER.has(prev.text.replace(/\.$/, '').toLowerCase()) && numeric(t - 2));
      // the next sentence may open with a quotation: "… 20 млн. «Ми …»" (as a capitalised word would)
      const opensCapitalised = !!next && (next.kind === 'word'
        ? isUpperLetterAt(text, next.start)
        : OPENERS.has(next.text) && !!tokens[t + 2] && tokens[t + 2].kind === 'word' && tokens[t + 2].start === next.end && isUpperLetterAt(text, tokens[t + 2].start));
      boundary = (!unit || afterNumber) && (!next || opensCapitalised);
    }
    const next = tokens[last + 1];
    if (!boundary && next) {
      // Line breaks: a blank line always ends a sentence (headlines have no full stop); a single break ends it when
      // the next line starts like a sentence.
      const breaks = lineBreaks(text, tokens[last].end, next.start);
      if (breaks >= 2) boundary = true;
      else if (breaks === 1 && startsSentence(text, tokens, last + 1)) boundary = true;
    }
    if (boundary || last === T - 1) close(last);
    t = last;
  }
  return { tokens, sentences };
}

/** The `segment` pipeline stage: assigns doc.sentences and doc.tokens. */
export function createSegmenter(): Component {
  return {
    name: 'segment',
    reads: ['doc.text'],
    assigns: ['doc.sentences', 'doc.tokens'],
    score: 'sentence boundary F1 / token F1',
    run(adoc: AnalyzedDocument): void {
      const { tokens, sentences } = segment(adoc.doc.text);
      adoc.tokens = tokens;
      adoc.sentences = sentences;
    },
  };
}
