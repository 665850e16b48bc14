/**
 * Document-level cues for the second pass of the NER model (stacking, in the spirit of Krishnan & Manning 2006): the
 * first pass labels every sentence of a document; the second sees, per token, the types the first pass gave to the
 * same lemma elsewhere in the document, and whether the token lies in a lemma sequence the first pass tagged as an
 * entity in another sentence of the document (a document memory, matched longest-first as the entity memory is).
 * "КСВ" tagged MISC in one sentence and ORG in five: the second pass sees the majority. Opt-in (`--stack`): no gain
 * on dev (docs/entities.md).
 * In training the first-pass labels come from models that did not see the document (scripts/train-ner.ts), so that
 * the second pass learns how far to trust them.
 */
import { ENTITY_TYPES } from '../../types.js';
import { decode, type TokenSpan } from './labels.js';

/** Per token of one sentence: document memory match, document lemma cue ('' = none). */
export interface DocCues {
  /** Document memory: position + majority type of the longest first-pass entity string covering the token. */
  dm: string[];
  /** The lemma elsewhere in the document: majority type of its in-span occurrences, with how often it was one. */
  dl: string[];
}

const NT = ENTITY_TYPES.length;

interface DNode {
  next: Map<string, DNode>;
  counts: Int32Array | null;
}

/** Lemma strings of first-pass spans with type counts; spans can be taken out again (a sentence's own). */
class DocMemory {
  private readonly root: DNode = { next: new Map(), counts: null };

  update(lemmas: string[], spans: TokenSpan[], d: number): void {
    for (const s of spans) {
      let node = this.root;
      for (let i = s.start; i < s.end; i++) {
        let nx = node.next.get(lemmas[i]);
        if (!nx) node.next.set(lemmas[i], (nx = { next: new Map(), counts: null }));
        node = nx;
      }
      if (!node.counts) node.counts = new Int32Array(NT);
      node.counts[ENTITY_TYPES.indexOf(s.type)] += d;
    }
  }

  /** Per token: '' or position + majority type of the longest string covering it (as EntityMemory.match). */
  match(lemmas: string[]): string[] {
    const n = lemmas.length;
    const out = new Array<string>(n).fill('');
    let i = 0;
    while (i < n) {
      let node: DNode | undefined = this.root;
      let bestEnd = -1;
      let bestType = -1;
      for (let j = i; j < n && node; j++) {
        node = node.next.get(lemmas[j]);
        const c = node?.counts;
        if (c) {
          let bt = -1;
          let bc = 0;
          for (let t = 0; t < NT; t++) if (c[t] > bc) [bt, bc] = [t, c[t]];
          if (bt >= 0) [bestEnd, bestType] = [j + 1, bt];
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      const ty = ENTITY_TYPES[bestType];
      if (bestEnd - i === 1) out[i] = 'U-' + ty;
      else {
        out[i] = 'B-' + ty;
        for (let k = i + 1; k < bestEnd - 1; k++) out[k] = 'I-' + ty;
        out[bestEnd - 1] = 'L-' + ty;
      }
      i = bestEnd;
    }
    return out;
  }
}

/**
 * Cues of every sentence of a document from the first pass's labels. `lemmas`: lowercase lemmas per sentence;
 * `labels`: first-pass label ids per sentence (labels.ts).
 */
export function docCues(lemmas: string[][], labels: ArrayLike<number>[]): DocCues[] {
  const mem = new DocMemory();
  // lemma → [occurrences, in-span occurrences per type…]
  const lem = new Map<string, Int32Array>();
  const spans = labels.map((y) => decode(y));
  for (let s = 0; s < lemmas.length; s++) {
    mem.update(lemmas[s], spans[s], 1);
    const y = labels[s];
    const ls = lemmas[s];
    for (let i = 0; i < ls.length; i++) {
      let c = lem.get(ls[i]);
      if (!c) lem.set(ls[i], (c = new Int32Array(NT + 1)));
      c[0]++;
      if (y[i] > 0) c[1 + ((y[i] - 1) >> 2)]++;
    }
  }
  return lemmas.map((ls, s) => {
    const y = labels[s];
    const dl = new Array<string>(ls.length).fill('');
    for (let i = 0; i < ls.length; i++) {
      const own = y[i] > 0 ? (y[i] - 1) >> 2 : -1;
      const c = lem.get(ls[i]);
      if (!c || c[0] < 2) continue;
      // the other occurrences only
      let best = -1;
      let bc = 0;
      let inSpan = 0;
      for (let t = 0; t < NT; t++) {
        const k = c[1 + t] - (t === own ? 1 : 0);
        inSpan += k;
        if (k > bc) [best, bc] = [t, k];
      }
      const others = c[0] - 1;
      if (best < 0) continue;
      dl[i] = ENTITY_TYPES[best] + (inSpan === others ? ':all' : inSpan * 2 >= others ? ':most' : ':some');
    }
    // the document memory without the sentence's own spans
    mem.update(ls, spans[s], -1);
    const dm = mem.match(ls);
    mem.update(ls, spans[s], 1);
    return { dm, dl };
  });
}
