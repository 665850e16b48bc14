/**
 * Quote extraction: direct quotes in quotation marks («…», “…”, „…“, "…") attributed through a cue verb after a dash
 * ("«…», – наголосив X") or before ("X заявив: «…»", "X назвав пакет «…»"), partial quotes inside a sentence,
 * multi-sentence quotes and cue-less continuations; indirect speech ("X заявив, що …", "…, повідомили в X",
 * "За словами X, …"). Speakers are resolved by SpeakerFinder (speaker.ts).
 */
import type { AnalyzedDocument, Quote, Token } from '../../types.js';
import {
  CUE_ENDINGS, INDIRECT_VERBS, LEADING_CONNECTORS, NAME_HEADS, POSSESSIVES, PRONOUNS, SELF_NAMING_VERBS, SENTENCING_VERBS, SOURCE_PHRASES, SPEECH_VERBS,
} from '../../lang/uk/speech.js';
import { SpeakerFinder, featOf, isObliqueRelative, lemmaOf } from './speaker.js';
import { clauseOf } from '../time/tense.js';
import { EndsFilter, LazyWords, plainLower } from '../time/words.js';
import { foldWord } from '../../lang/uk/fold.js';

const DASHES = new Set(['–', '—', '-', '―', '‒']);
const OPEN_MARKS = new Set(['«', '“', '„', '"']);
const TERMINAL = /^[.!?…]+$/;

const norm = foldWord;

function stemsOf(verbs: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const v of verbs) {
    if (v.endsWith('тися')) out.push(v.slice(0, -4));
    else if (v.endsWith('ти')) out.push(v.slice(0, -2));
  }
  return out;
}
const SPEECH_STEMS = stemsOf(SPEECH_VERBS);
const INDIRECT_STEMS = stemsOf(INDIRECT_VERBS);

/** First characters of a list of stems (null, no shortcut, if one of them is empty). */
function firstChars(stems: string[]): ReadonlySet<number> | null {
  return stems.some((s) => !s.length) ? null : new Set(stems.map((s) => s.charCodeAt(0)));
}
const SPEECH_FIRST_CHARS = firstChars(SPEECH_STEMS);
const INDIRECT_FIRST_CHARS = firstChars(INDIRECT_STEMS);

/** Whether a surface form is a cue stem + one of CUE_ENDINGS, memoised per surface form (bounded). */
function stemCue(text: string, stems: string[], firsts: ReadonlySet<number> | null, memo: Map<string, boolean>): boolean {
  // a word whose folded form cannot begin as one of the stems or end as one of CUE_ENDINGS is none, without a
  // lookup (most words; plainLower(c) is the folded word's first or last character where it is not -1)
  const last = plainLower(text.charCodeAt(text.length - 1));
  if (CUE_LAST_CHARS && last >= 0 && !CUE_LAST_CHARS.has(last)) return false;
  const first = plainLower(text.charCodeAt(0));
  if (firsts && first >= 0 && !firsts.has(first)) return false;
  let r = memo.get(text);
  if (r === undefined) {
    const low = norm(text);
    r = false;
    for (const s of stems) {
      if (low.startsWith(s) && CUE_ENDINGS.includes(low.slice(s.length))) {
        r = true;
        break;
      }
    }
    if (memo.size >= 50_000) memo.clear();
    memo.set(text, r);
  }
  return r;
}
/** Last characters of CUE_ENDINGS (null, no shortcut, if one of them is empty). */
const CUE_LAST_CHARS: ReadonlySet<number> | null = CUE_ENDINGS.some((e) => !e.length)
  ? null
  : new Set(CUE_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
const SPEECH_STEM_MEMO = new Map<string, boolean>();
const INDIRECT_STEM_MEMO = new Map<string, boolean>();

function isCue(t: Token | undefined, verbs: ReadonlySet<string>, stems: string[], firsts: ReadonlySet<number> | null, memo: Map<string, boolean>): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.pos && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  // (the word tests first: most tokens are no cue, and they need not have their features read)
  const cueWord = (t.lemma && (!t.pos || t.pos === 'VERB') && verbs.has(norm(t.lemma))) || stemCue(t.text, stems, firsts, memo);
  if (!cueWord) return false;
  // Reports are in the 3rd person: "Нагадаємо, що …", "скажу", "заявіть" are the writer's or an imperative.
  const person = featOf(t, 'Person');
  return !(person === '1' || person === '2' || featOf(t, 'Mood') === 'Imp');
}

export const isSpeechCue = (t: Token | undefined): boolean => isCue(t, SPEECH_VERBS, SPEECH_STEMS, SPEECH_FIRST_CHARS, SPEECH_STEM_MEMO);
export const isIndirectCue = (t: Token | undefined): boolean => isCue(t, INDIRECT_VERBS, INDIRECT_STEMS, INDIRECT_FIRST_CHARS, INDIRECT_STEM_MEMO);

/** isSpeechCue / isIndirectCue by token index, each worked out once per document (0 unknown, 1 no, 2 yes). */
class CueMemo {
  private readonly speech: Uint8Array;
  private readonly indirect: Uint8Array;

  constructor(private readonly tokens: Token[]) {
    this.speech = new Uint8Array(tokens.length);
    this.indirect = new Uint8Array(tokens.length);
  }

  isSpeech(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    let v = this.speech[i]!;
    if (v === 0) v = this.speech[i] = isSpeechCue(this.tokens[i]) && !this.topicOfTalk(i) ? 2 : 1;
    return v === 2;
  }

  isIndirect(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    let v = this.indirect[i]!;
    if (v === 0) v = this.indirect[i] = isIndirectCue(this.tokens[i]) && !this.infinitiveOfAct(i) && !this.topicOfTalk(i) ? 2 : 1;
    return v === 2;
  }

  /** "йшлося (насамперед) про X" names a talk's topic; only "йдеться в заяві", "у заяві йдеться, що" report words. */
  private topicOfTalk(i: number): boolean {
    if (this.tokens[i]!.lemma !== 'йтися') return false;
    let k = i + 1;
    while (k < this.tokens.length && /^adv/.test(this.tokens[k]!.tag ?? '')) k++;
    return this.tokens[k]?.text.toLowerCase() === 'про';
  }

  /** An infinitive right after a verb is that verb's complement, no report of its own ("пригрозила вважати цілями судна, що …"). */
  private infinitiveOfAct(i: number): boolean {
    const t = this.tokens[i]!;
    if (i === 0 || !(t.tag ?? '').includes(':inf')) return false;
    const prev = this.tokens[i - 1]!;
    return prev.sentence === t.sentence && /^verb:/.test(prev.tag ?? '') && !(prev.tag ?? '').includes(':inf');
  }
}

/** A pair of quotation-mark tokens (outermost only); `inner` lists nested pairs. */
export interface MarkPair {
  open: number;
  close: number;
  inner: MarkPair[];
}

/** Pairs quotation marks: «» nest; „“ and “” pair; straight " alternates. */
export function pairMarks(tokens: Token[]): MarkPair[] {
  const top: MarkPair[] = [];
  const stack: { tok: number; kind: string; pair: MarkPair }[] = [];
  const push = (i: number, kind: string): void => {
    const pair: MarkPair = { open: i, close: -1, inner: [] };
    stack.push({ tok: i, kind, pair });
  };
  const pop = (i: number): void => {
    const s = stack.pop()!;
    s.pair.close = i;
    if (stack.length) stack[stack.length - 1].pair.inner.push(s.pair);
    else top.push(s.pair);
  };
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    const c = t.text;
    const topKind = stack.length ? stack[stack.length - 1].kind : '';
    if (c === '«') push(t.i, '«');
    else if (c === '»') {
      if (topKind === '«') pop(t.i);
    } else if (c === '„') push(t.i, '„');
    else if (c === '“') {
      if (topKind === '„') pop(t.i);
      else push(t.i, '“');
    } else if (c === '”') {
      if (topKind === '“') pop(t.i);
    } else if (c === '"') {
      if (topKind === '"') pop(t.i);
      else push(t.i, '"');
    }
  }
  return top.sort((a, b) => a.open - b.open);
}

interface Draft {
  start: number;
  end: number;
  /** Token range of the content. */
  tokStart: number;
  tokEnd: number;
  speaker: string | null;
  direct: boolean;
  cue?: Token;
  /** Mark pairs nested inside an indirect quote. */
  kind: 'dash' | 'colon' | 'partial' | 'continuation' | 'indirect-that' | 'indirect-after' | 'indirect-source';
}

/** Character span [start, end) and token range [tokStart, tokEnd) of a quote's content. */
interface ContentRange {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
}

/** A draft (every draft built alike: one object shape for the passes over them). */
function draft(r: ContentRange, speaker: string | null, direct: boolean, cue: Token | undefined, kind: Draft['kind']): Draft {
  return { start: r.start, end: r.end, tokStart: r.tokStart, tokEnd: r.tokEnd, speaker, direct, cue, kind };
}

export function findQuotes(adoc: AnalyzedDocument): Quote[] {
  if (!adoc.tokens.length) return [];
  const f = new QuoteFinder(adoc);
  f.sourcePhrases();
  f.directQuotes();
  f.continuedSources();
  f.dashQuotes();
  f.indirectSpeech();
  return f.result();
}

/** A source phrase of a sentence ("за словами X,"): the speaker it names and whether it opens the sentence. */
interface SourcePhrase {
  speaker: string | null;
  atStart: boolean;
  indirect: boolean;
  contentFrom: number;
  cue: Token;
}

/**
 * One document's quote search, pass by pass (source phrases, direct quotes, indirect speech, then the drafts
 * settled). Each pass is its own method: as one function of 280 lines, with the speaker finder inlined into it, V8
 * took 65–90 ms to optimise it — on the main thread under `node --single-threaded` — and did so again each time a
 * document first took one of its rarer branches.
 */
class QuoteFinder {
  private readonly tokens: Token[];
  private readonly sentences: AnalyzedDocument['sentences'];
  private readonly text: string;
  private readonly sp: SpeakerFinder;
  /** foldWord of the tokens' texts, by index, each worked out when first needed. */
  private readonly words: LazyWords;
  private readonly cues: CueMemo;
  private readonly drafts: Draft[] = [];
  private readonly pairs: MarkPair[];
  /** Source phrases ("за словами X,") per sentence. */
  private readonly sources = new Map<number, SourcePhrase>();
  /** skipConnectors over each sentence, once. */
  private readonly leads: Int32Array;

  constructor(private readonly adoc: AnalyzedDocument) {
    const { tokens, sentences } = adoc;
    this.tokens = tokens;
    this.sentences = sentences;
    this.text = adoc.doc.text;
    this.sp = new SpeakerFinder(adoc);
    this.words = new LazyWords(tokens);
    this.cues = new CueMemo(tokens);
    this.pairs = pairMarks(tokens);
    this.leads = new Int32Array(sentences.length);
    for (let k = 0; k < sentences.length; k++) this.leads[k] = skipConnectors(tokens, this.words, sentences[k].tokenStart, sentences[k].tokenEnd);
  }

  private sentOf(i: number): number {
    return this.tokens[i].sentence;
  }

  /** Source phrases ("за словами X,") per sentence: the speaker they name and whether they open the sentence. */
  sourcePhrases(): void {
    const { tokens, sentences, words, sp, leads, sources } = this;
    for (const sen of sentences) {
      const lead = leads[sen.index];
      for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
        const hit = matchSourcePhrase(tokens, words, i, sen.tokenEnd);
        if (!hit) continue;
        // ("…, за словами якого китайські кораблі діяли «…»": the relative ends the phrase, the content follows it)
        const relative = hit.end < sen.tokenEnd && isObliqueRelative(tokens[hit.end]);
        let comma = hit.end;
        if (relative) {
          const speaker = sp.sourceIn(hit.end, hit.end + 1);
          if (!speaker) continue;
          sources.set(sen.index, { speaker, atStart: false, indirect: hit.phrase.indirect, contentFrom: hit.end + 1, cue: tokens[hit.end - 1] });
          break;
        }
        while (comma < sen.tokenEnd && tokens[comma].text !== ',' && comma < hit.end + 12) comma++;
        if (comma >= sen.tokenEnd || tokens[comma].text !== ',') continue;
        const speaker = hit.phrase.words[0] === 'як' ? sp.speakerAfter(hit.end - 1) : sp.sourceIn(i + 1, comma);
        sources.set(sen.index, {
          speaker, atStart: i === lead, indirect: hit.phrase.indirect, contentFrom: comma + 1, cue: tokens[hit.end - 1],
        });
        break;
      }
    }
  }

  /**
   * "«…», – сказав шведський прем’єр. За його словами, …": a source phrase opening the sentence right after a direct
   * quote names with its possessive the person who just spoke, when the gender agrees — not the last person named.
   */
  continuedSources(): void {
    const { tokens, sp, sources, drafts } = this;
    for (const [index, src] of sources) {
      if (!src.atStart || !src.cue) continue;
      let prev: Draft | undefined;
      for (const d of drafts) if (d.direct && d.speaker !== null && tokens[d.tokEnd - 1]!.sentence === index - 1) prev = d;
      if (!prev || prev.speaker === src.speaker) continue;
      const said = sp.possessiveOf(src.cue.i, src.contentFrom, prev.speaker!);
      if (said) src.speaker = said;
    }
  }

  /** Token range [from, to) → trimmed character span. */
  private contentSpan(from: number, to: number): { start: number; end: number } | null {
    if (to <= from) return null;
    const start = this.tokens[from].start;
    const end = this.tokens[to - 1].end;
    return end > start ? { start, end } : null;
  }

  /**
   * «A, – наголосив X. – B»: the comma (or stop) and dash before a speech cue inside the marks, and the dash after the
   * cue's clause that resumes the quote. Null when the marks hold no such break.
   */
  private splitByCue(p: MarkPair): { aEnd: number; cue: number; bStart: number } | null {
    const { tokens, cues } = this;
    for (let d = p.open + 2; d < p.close - 2; d++) {
      if (!DASHES.has(tokens[d].text)) continue;
      const prev = tokens[d - 1].text;
      if (prev !== ',' && !TERMINAL.test(prev)) continue;
      let v = d + 1;
      while (v < Math.min(p.close, d + 3) && !cues.isSpeech(v) && tokens[v].kind === 'word') v++;
      if (v >= p.close || !cues.isSpeech(v)) continue;
      for (let e = v + 1; e < p.close - 1; e++) {
        const pe = tokens[e - 1].text;
        if (DASHES.has(tokens[e].text) && (pe === '.' || pe === ',' || pe === ':')) {
          return { aEnd: prev === ',' ? d - 1 : d, cue: v, bStart: e + 1 };
        }
      }
      return null;
    }
    return null;
  }

  /**
   * Direct speech introduced by a dash, without quotation marks: "– Будапешт може забороняти мені в’їзд скільки
   * завгодно, – відповів Бровді." A sentence that opens with a dash and has ", –" (or "?"/"!" and a dash) before a
   * speech cue: the words between are the quote, the cue's subject its speaker.
   */
  dashQuotes(): void {
    const { tokens, sentences, sp, cues, drafts } = this;
    for (const sen of sentences) {
      const d0 = sen.tokenStart;
      if (sen.tokenEnd - d0 < 5 || !DASHES.has(tokens[d0]!.text)) continue;
      for (let k = d0 + 2; k + 1 < sen.tokenEnd; k++) {
        if (!DASHES.has(tokens[k]!.text) || !/^[,?!…]$/.test(tokens[k - 1]!.text)) continue;
        let v = k + 1;
        while (v < Math.min(sen.tokenEnd, k + 3) && !cues.isSpeech(v) && tokens[v]!.kind === 'word') v++;
        if (v >= sen.tokenEnd || !cues.isSpeech(v)) continue;
        const to = tokens[k - 1]!.text === ',' ? k - 1 : k;
        const span = this.contentSpan(d0 + 1, to);
        if (!span || drafts.some((x) => x.start < span.end && span.start < x.end)) break;
        const speaker = sp.speakerAfter(v) ?? sp.subjectBefore(v, k);
        drafts.push(draft({ start: span.start, end: span.end, tokStart: d0 + 1, tokEnd: to }, speaker, true, tokens[v], 'dash'));
        break;
      }
    }
  }

  /** Direct quotes in quotation marks. */
  directQuotes(): void {
    const { tokens, sentences, text, sp, cues, drafts, pairs, leads, sources, adoc } = this;
    let lastDirect: { speaker: string | null; sentence: number } | null = null;
    for (const p of pairs) {
      if (p.close < 0 || p.close - p.open < 2) continue;
      const span = this.contentSpan(p.open + 1, p.close);
      if (!span) continue;
      const base = { start: span.start, end: span.end, tokStart: p.open + 1, tokEnd: p.close };
      // (e) A quote broken by its cue: «A, – наголосив X. – B» is two direct quotes of X.
      const split = this.splitByCue(p);
      if (split) {
        const speaker = sp.speakerAfter(split.cue) ?? sp.subjectBefore(split.cue, split.aEnd);
        for (const [from, to] of [[p.open + 1, split.aEnd], [split.bStart, p.close]] as const) {
          const sp2 = this.contentSpan(from, to);
          if (sp2) drafts.push(draft({ start: sp2.start, end: sp2.end, tokStart: from, tokEnd: to }, speaker, true, tokens[split.cue], 'dash'));
        }
        lastDirect = { speaker, sentence: this.sentOf(p.close) };
        continue;
      }
      // (a) «…», – наголосив X
      let k = p.close + 1;
      while (k < tokens.length && tokens[k].kind === 'punct' && (tokens[k].text === ',' || TERMINAL.test(tokens[k].text))) k++;
      if (k < tokens.length && DASHES.has(tokens[k].text)) {
        let v = k + 1;
        while (v < Math.min(tokens.length, k + 3) && !cues.isSpeech(v) && tokens[v].kind === 'word') v++;
        if (cues.isSpeech(v)) {
          const speaker = sp.speakerAfter(v) ?? sp.subjectBefore(v, p.close + 1);
          drafts.push(draft(base, speaker, true, tokens[v], 'dash'));
          lastDirect = { speaker, sentence: this.sentOf(v) };
          continue;
        }
      }
      // (b) X заявив: «…» (also with a dash: "сформулював коротко – «…»")
      const before = tokens[p.open - 1];
      if (before && (before.text === ':' || DASHES.has(before.text))) {
        let v = p.open - 2;
        while (v >= 0 && v > p.open - 6 && !cues.isSpeech(v) && tokens[v].kind === 'word') v--;
        if (v >= 0 && cues.isSpeech(v)) {
          const speaker = sp.subjectBefore(v) ?? sp.speakerAfter(v);
          drafts.push(draft(base, speaker, true, tokens[v], 'colon'));
          lastDirect = { speaker, sentence: this.sentOf(p.close) };
          continue;
        }
      }
      const sen = sentences[this.sentOf(p.open)];
      const nTok = p.close - p.open - 1;
      const firstChar = text.slice(span.start, span.start + 1);
      const upper = firstChar !== firstChar.toLowerCase();
      let hasVerb = false;
      for (let q = p.open + 1; q < p.close && !hasVerb; q++) hasVerb = tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX';
      const atSentenceStart = p.open === sen.tokenStart || leads[sen.index] === p.open;
      const endsSentence = p.close + 1 >= sentences[this.sentOf(p.close)].tokenEnd - 1;
      // (d) A whole-sentence quote with no cue, right after a quote: the same speaker goes on.
      if (atSentenceStart && endsSentence && upper && (hasVerb || nTok >= 5)) {
        if (lastDirect && this.sentOf(p.open) - lastDirect.sentence <= 2) {
          drafts.push(draft(base, lastDirect.speaker, true, undefined, 'continuation'));
          lastDirect = { speaker: lastDirect.speaker, sentence: this.sentOf(p.close) };
        }
        continue;
      }
      // (c) Partial quotes inside a sentence with a speech verb or a source phrase: "назвав пакет «…»".
      if (upper && nTok <= 4 && !hasVerb) continue; // a name: «Укренерго», «Грузинської мрії»
      let cue = -1;
      for (let i = p.open - 1; i >= sen.tokenStart; i--) {
        // (not an infinitive, nor "відповісти" of a deed to come — "закликав … відповісти Москві «так, як …»", "пригрозив,
        // що Москва відповість «дзеркально»": the speaker is the one who speaks before them)
        if (cues.isSpeech(i) && !actedAnswer(tokens[i]!)) {
          cue = i;
          break;
        }
      }
      // "засудив до 14 років колонії у справі про «…»": a sentence handed down, not words judged
      if (cue >= 0 && SENTENCING_VERBS.has(lemmaOf(tokens[cue]))) {
        for (let i = cue + 1; i < p.open && i <= cue + 3; i++) if (norm(tokens[i].text) === 'до') cue = -1;
      }
      // A name a group gives itself ("які називають себе «поколінням Z»"): a self-designation, not words quoted.
      if (cue >= 0 && p.open - cue <= 3 && SELF_NAMING_VERBS.has(lemmaOf(tokens[cue])) && tokens.slice(cue + 1, p.open).some((t) => norm(t.text) === 'себе')) continue;
      // A name after its kind ("саміт «коаліції охочих»"), unless a speech verb governs the same clause ("назвав
      // рішення про передачу ракет «питанням кількох тижнів»").
      const prevWord = tokens[p.open - 1];
      if (prevWord && prevWord.kind === 'word' && NAME_HEADS.has(lemmaOf(prevWord)) && !(cue >= 0 && cue >= clauseOf(adoc, p.open - 1).start)) continue;
      const src = sources.get(sen.index);
      if (cue < 0 && !src) {
        // A cue after the quote in the same sentence: "«…» – так назвав X"
        continue;
      }
      let speaker: string | null = null;
      if (cue >= 0) {
        // Ellipsis: "X пригрозив «…», а Y – ударами по «…»": a named subject with a dash between cue and quote.
        for (let i = p.open - 1; i > cue; i--) {
          if (DASHES.has(tokens[i].text)) {
            const lm = sp.mentionAt(i - 1);
            if (lm && lm.entity.type === 'PERS') speaker = lm.entity.id;
            break;
          }
        }
        // ("Пекін вимагає …, інакше, за словами Ліня, Китай «рішуче відповість»": a source phrase between the cue
        // and the quote names whose words they are)
        if (src && src.speaker && src.contentFrom > cue && src.contentFrom <= p.open) speaker ??= src.speaker;
        speaker ??= sp.subjectBefore(cue) ?? src?.speaker ?? null;
      } else {
        speaker = src!.speaker;
      }
      drafts.push(draft(base, speaker, true, cue >= 0 ? tokens[cue] : src!.cue, 'partial'));
    }
  }

  /** The end of indirect content from `from`: before the sentence's closing punctuation or a next act of the speaker. */
  private endOfContent(from: number, senEnd: number): number {
    const { tokens, cues } = this;
    let e = senEnd;
    while (e > from && tokens[e - 1].kind === 'punct' && (TERMINAL.test(tokens[e - 1].text) || tokens[e - 1].text === ',')) e--;
    // ", а <clause with its own speech verb>": the speaker's next act, not part of what was said.
    for (let i = from; i < e - 1; i++) {
      if (tokens[i].text !== ',') continue;
      const conj = norm(tokens[i + 1].text);
      if (conj !== 'а' && conj !== 'але' && conj !== 'і' && conj !== 'й') continue;
      let j = i + 2;
      let cueFound = false;
      while (j < e && tokens[j].text !== ',' && !TERMINAL.test(tokens[j].text)) {
        if (cues.isSpeech(j) && featOf(tokens[j], 'Tense') === 'Past') cueFound = true;
        j++;
      }
      if (cueFound) return i;
    }
    return e;
  }

  /** Indirect speech, sentence by sentence. */
  indirectSpeech(): void {
    const { tokens, sentences, sp, cues, drafts, pairs, leads, sources } = this;
    for (const sen of sentences) {
      // (i) "X заявив, що …"
      let prevSpeaker: string | null | undefined;
      for (let v = sen.tokenStart; v < sen.tokenEnd; v++) {
        if (!cues.isIndirect(v)) continue;
        if (insideMarks(pairs, v)) continue;
        // "заявив, що", "заявив у вівторок, що", "пояснювали зволікання … тим, що": words without a verb up to ", що".
        let c = v + 1;
        while (c < sen.tokenEnd && c < v + 9 && (tokens[c].kind === 'word' || tokens[c].kind === 'number') &&
          !cues.isSpeech(c) && tokens[c].pos !== 'VERB' && tokens[c].pos !== 'AUX') c++;
        if (!(tokens[c]?.text === ',' && norm(tokens[c + 1]?.text ?? '') === 'що')) continue;
        const from = c + 2;
        const to = this.endOfContent(from, sen.tokenEnd);
        const span = this.contentSpan(from, to);
        if (!span) continue;
        // (a cue coordinated after the content before it — "…, і додав, що" — is the same speaker's)
        const coord = prevSpeaker !== undefined && v >= 2 && ['і', 'й', 'та', 'а'].includes(norm(tokens[v - 1]!.text)) && tokens[v - 2]!.text === ',';
        const speaker = coord ? prevSpeaker! : sp.subjectBefore(v);
        drafts.push(draft({ start: span.start, end: span.end, tokStart: from, tokEnd: to }, speaker, false, tokens[v], 'indirect-that'));
        // ("заявив, що …, і додав, що …": the speaker's next act of speech after the content is a quote of its own;
        // cues inside the content are not)
        prevSpeaker = speaker;
        v = to - 1;
      }
      // (ii) "…, повідомив X." closing the sentence.
      const lead = leads[sen.index];
      if (tokens[lead] && !OPEN_MARKS.has(tokens[lead].text)) {
        for (let c = lead + 2; c < sen.tokenEnd - 1; c++) {
          if (tokens[c].text !== ',') continue;
          const v = c + 1;
          if (!cues.isIndirect(v) || insideMarks(pairs, v)) continue;
          if (norm(tokens[v + 1]?.text ?? '') === 'що' || tokens[v + 1]?.text === ',') break;
          if (featOf(tokens[v], 'VerbForm') === 'Conv') break;
          const speaker = sp.speakerAfter(v);
          const hasSource = speaker !== null || /^(в|у)$/i.test(tokens[v + 1]?.text ?? '') || (tokens[v + 1]?.kind === 'word' && tokens[v + 1].pos !== 'ADP');
          if (!hasSource) break;
          // (a subject with a relative clause is no report: "Латвія і Литва, які мають спільний кордон …, висловили")
          const rel = tokens.slice(lead, c).findIndex((t, k) => t.text === ',' && lemmaOf(tokens[lead + k + 1]!) === 'який');
          // (the relative clause running up to the cue, with no verb before it; "Обмін, який відбувся …, пройшов …" is)
          if (rel > 0 && !tokens.slice(lead + rel + 1, c).some((t) => t.text === ',') && !tokens.slice(lead, lead + rel).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && featOf(t, 'VerbForm') === 'Fin')) break;
          const span = this.contentSpan(lead, c);
          if (!span) break;
          drafts.push(draft({ start: span.start, end: span.end, tokStart: lead, tokEnd: c }, speaker, false, tokens[v], 'indirect-after'));
          break;
        }
      }
      // (iii) "За словами X, …" opening the sentence.
      const src = sources.get(sen.index);
      if (src && src.atStart && src.indirect) {
        const to = this.endOfContent(src.contentFrom, sen.tokenEnd);
        const span = this.contentSpan(src.contentFrom, to);
        if (span) drafts.push(draft({ start: span.start, end: span.end, tokStart: src.contentFrom, tokEnd: to }, src.speaker, false, src.cue, 'indirect-source'));
      } else if (src && src.indirect && !pairs.some((p) => tokens[p.open].sentence === sen.index)) {
        // "Ініціатива, за його словами, вже забезпечила …": the whole sentence is reported speech (a sentence with a
        // partial quote keeps only that quote, attributed through the phrase).
        const from = leads[sen.index];
        const to = this.endOfContent(from, sen.tokenEnd);
        const span = this.contentSpan(from, to);
        if (span) drafts.push(draft({ start: span.start, end: span.end, tokStart: from, tokEnd: to }, src.speaker, false, src.cue, 'indirect-source'));
      }
    }
  }

  /** The drafts settled (nested partial quotes, pronoun speakers, overlaps) and written out as quotes. */
  result(): Quote[] {
    const { tokens, text, sp, drafts } = this;
    // --- Partial quotes nested in indirect speech: keep the one that carries the content.
    const drop = new Set<Draft>();
    for (const ind of drafts) {
      if (ind.direct) continue;
      for (const d of drafts) {
        if (!d.direct || d.start < ind.start || d.end > ind.end) continue;
        // Words of the indirect content outside the quote, up to the next comma after it.
        let after = 0;
        for (let i = d.tokEnd + 1; i < ind.tokEnd && tokens[i].text !== ','; i++) if (tokens[i].kind !== 'punct') after++;
        let outside = after;
        for (let i = ind.tokStart; i < d.tokStart - 1; i++) if (tokens[i].kind !== 'punct') outside++;
        if (outside <= 5) {
          drop.add(ind);
          d.speaker ??= ind.speaker;
        } else drop.add(d);
      }
    }
    // A pronoun no named person answers ("– заявив секретар РНБО. За його словами, …"): the speaker of the quote
    // just before, within two sentences.
    const ordered = drafts.filter((d) => !drop.has(d)).sort((a, b) => a.start - b.start);
    ordered.forEach((d, n) => {
      if (d.speaker !== null || !d.cue) return;
      const cueTok = tokenStartingAt(tokens, d.cue.start);
      const near = tokens.slice(Math.max(0, cueTok - 2), cueTok + 3).some((t) => PRONOUNS.has(norm(t.text)) || POSSESSIVES.has(norm(t.text)));
      if (!near) return;
      for (let k = n - 1; k >= 0; k--) {
        const prev = ordered[k];
        if (tokens[d.tokStart].sentence - tokens[prev.tokEnd - 1].sentence > 2) break;
        if (prev.speaker !== null) {
          d.speaker = prev.speaker;
          break;
        }
      }
    });
    // "За словами Сибіги, Варшава запевнила, що …": what a source phrase opening the sentence reports is that source's
    // words, an assurance it tells of included — the phrase's speaker, not the inner cue's subject
    for (const d of ordered) {
      if (d.direct || d.kind !== 'indirect-that' || !d.cue) continue;
      const cueTok = tokenStartingAt(tokens, d.cue.start);
      const src = this.sources.get(tokens[cueTok]!.sentence);
      if (src && src.atStart && src.indirect && src.speaker !== null && src.contentFrom <= cueTok && src.speaker !== d.speaker) d.speaker = src.speaker;
    }
    // "«…», – сказав фінський президент. Він також оголосив, що …": a pronoun opening the sentence right after a
    // direct quote, as the subject of the cue a few words on, is that quote's speaker when the gender agrees (not the
    // last person named as a subject before the quote).
    ordered.forEach((d, n) => {
      if (!d.cue || n === 0) return;
      const cueTok = tokenStartingAt(tokens, d.cue.start);
      const sen = tokens[cueTok]!.sentence;
      const lead = this.leads[sen]!;
      const g = PRONOUNS.get(norm(tokens[lead]!.text));
      if (!g || cueTok <= lead || cueTok - lead > 3) return;
      const prev = ordered[n - 1]!;
      if (!prev.direct || prev.speaker === null || prev.speaker === d.speaker || tokens[prev.tokEnd - 1]!.sentence !== sen - 1) return;
      const pg = sp.entityGender(prev.speaker);
      if (g !== 'p' && pg !== null && pg !== g) return;
      if (g === 'p') return;
      d.speaker = prev.speaker;
    });
    // Overlapping indirect drafts (two patterns on one sentence): keep the first found.
    const kept: Draft[] = [];
    for (const d of drafts) {
      if (drop.has(d)) continue;
      if (kept.some((k) => k.start < d.end && d.start < k.end)) continue;
      kept.push(d);
    }
    kept.sort((a, b) => a.start - b.start);
    return kept.map((d, n) => {
      const q: Quote = {
        id: `Q${n + 1}`,
        start: d.start,
        end: d.end,
        text: text.slice(d.start, d.end),
        speaker: sp.asSpeaker(d.speaker),
        direct: d.direct,
      };
      if (d.cue) q.cue = { start: d.cue.start, end: d.cue.end, text: d.cue.text };
      return q;
    });
  }
}

/** An answer that is a deed, not words: "відповісти" as an infinitive or in the future ("Москва відповість"). */
function actedAnswer(t: Token): boolean {
  const l = lemmaOf(t);
  if (featOf(t, 'VerbForm') === 'Inf') return true;
  return (l === 'відповісти' || l === 'відповідати') && featOf(t, 'Tense') === 'Fut';
}

/** A source phrase ("за словами", "за його словами", "як заявив") at token `i`. */
const SOURCE_FIRST = new Set(SOURCE_PHRASES.map((p) => p.words[0]!));
const SOURCE_FIRST_ENDS = new EndsFilter(SOURCE_FIRST);

function matchSourcePhrase(tokens: Token[], words: LazyWords, i: number, end: number): { phrase: (typeof SOURCE_PHRASES)[number]; end: number } | null {
  if (i >= end || !SOURCE_FIRST_ENDS.mayBe(tokens[i].text) || !SOURCE_FIRST.has(words.at(i))) return null;
  for (const phrase of SOURCE_PHRASES) {
    let k = i;
    let ok = true;
    for (const w of phrase.words) {
      if (w === '*') {
        if (k < end && POSSESSIVES.has(words.at(k))) k++;
        continue;
      }
      if (k >= end || words.at(k) !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return { phrase, end: k };
  }
  return null;
}

/** First token after sentence-opening connectors ("Тим часом", "Водночас"). */
function skipConnectors(tokens: Token[], words: LazyWords, from: number, to: number): number {
  if (from >= to) return from;
  if (!CONNECTOR_FIRST_ENDS.mayBe(tokens[from].text)) return from;
  const first = words.at(from);
  if (!CONNECTOR_FIRST.has(first)) return from;
  for (const c of LEADING_CONNECTORS) {
    let ok = true;
    for (let k = 0; k < c.length && ok; k++) ok = from + k < to && (k === 0 ? first : words.at(from + k)) === c[k];
    if (ok) {
      let i = from + c.length;
      if (tokens[i]?.text === ',') i++;
      return i;
    }
  }
  return from;
}
const CONNECTOR_FIRST = new Set(LEADING_CONNECTORS.map((c) => c[0]!));
const CONNECTOR_FIRST_ENDS = new EndsFilter(CONNECTOR_FIRST);

/** Index of the token that starts at character `start` (tokens are in text order), or -1: as a findIndex would. */
function tokenStartingAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start === start ? lo : -1;
}

function insideMarks(pairs: MarkPair[], i: number): boolean {
  return pairs.some((p) => p.open < i && i < p.close);
}
