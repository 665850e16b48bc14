/**
 * Entity memory: the annotated entity strings of the training corpus (lemma sequences, lowercase) with the type they
 * were most often annotated as, matched longest-first over a sentence's lemmas. Its matches are features (position
 * + type: `B-ORG`, `U-JOB` …), so the model learns how far to trust them. In training the memory of a sentence is
 * built from the other folds of the corpus only (jack-knifing, scripts/train-ner.ts), so that the features are as
 * reliable there as on unseen text; the model stores the memory of the whole training corpus.
 */
import type { EntityType } from '../../types.js';
import type { TokenSpan } from './labels.js';

/** A node of the memory's trie (a lemma sequence); opaque outside this module. */
export interface MemoryNode {
  next: Map<string, MemoryNode>;
  /** Type counts of the strings ending here. */
  counts?: Map<string, number>;
  type?: string;
  /** Index of `type` in the memory's type list (set with it by finish()). */
  typeIdx?: number;
}
type Node = MemoryNode;

/** A token as matchCodes() sees it: its lowercase lemma and the memory's node of that lemma alone (first()). */
export interface MemoryWord {
  lemma: string;
  memFirst: MemoryNode | null;
}

/** Positions of a token in a match, as codes (code & 3) and as the prefixes of match()'s strings. */
const POS = ['B-', 'I-', 'L-', 'U-'];
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export class EntityMemory {
  private readonly root: Node = { next: new Map() };
  private readonly entries: string[] = [];
  /** The majority types of the memory's strings, each once (codes index them). */
  private types: string[] = [];

  /** `entries`: "TYPE\tlemma lemma …" lines (with repeats: every occurrence counts). */
  constructor(entries: string[] = []) {
    for (const e of entries) this.addEntry(e);
    this.finish();
  }

  private addEntry(e: string): void {
    const tab = e.indexOf('\t');
    const type = e.slice(0, tab);
    const lemmas = e.slice(tab + 1).split(' ');
    let node = this.root;
    for (const l of lemmas) {
      let nx = node.next.get(l);
      if (!nx) node.next.set(l, (nx = { next: new Map() }));
      node = nx;
    }
    if (!node.counts) node.counts = new Map();
    node.counts.set(type, (node.counts.get(type) ?? 0) + 1);
    this.entries.push(e);
  }

  /** Adds the spans of a sentence (lowercase lemmas). */
  add(lemmas: string[], spans: TokenSpan[]): void {
    for (const s of spans) this.addEntry(s.type + '\t' + lemmas.slice(s.start, s.end).join(' '));
  }

  /** Majority types; call after adding. */
  finish(): this {
    const types = new Map<string, number>();
    const visit = (n: Node): void => {
      if (n.counts) {
        let best = '';
        let bc = 0;
        for (const [t, c] of n.counts) if (c > bc) [best, bc] = [t, c];
        n.type = best;
        let k = types.get(best);
        if (k === undefined) types.set(best, (k = types.size));
        n.typeIdx = k;
      }
      for (const c of n.next.values()) visit(c);
    };
    visit(this.root);
    this.types = [...types.keys()];
    return this;
  }

  /** The trie node of a one-lemma string (the start of every match at a token with this lemma), null when none. */
  first(lemma: string): MemoryNode | null {
    return this.root.next.get(lemma) ?? null;
  }

  /** The cue string of a code (matchCodes): position + type, as match() gives it (`B-ORG`, `U-JOB` …). */
  cueOf(code: number): string {
    return POS[code & 3] + this.types[code >> 2];
  }

  /** Type counts of exactly this lemma string, if the memory has it. */
  exact(lemmas: string[]): Map<string, number> | undefined {
    let node: Node | undefined = this.root;
    for (const l of lemmas) {
      node = node.next.get(l);
      if (!node) return undefined;
    }
    return node.counts;
  }

  /** Distinct entries with counts, for storing in a model. */
  serialize(): string[] {
    return this.entries;
  }

  /** Per token: '' or position + type of the longest match covering it (`B-ORG`, `I-ORG`, `L-ORG`, `U-JOB`). */
  match(lemmas: string[]): string[] {
    const n = lemmas.length;
    const codes = new Int32Array(n);
    this.matchCodes(
      lemmas.map((lemma) => ({ lemma, memFirst: this.first(lemma) })),
      codes,
    );
    const out = new Array<string>(n).fill('');
    for (let i = 0; i < n; i++) if (codes[i] >= 0) out[i] = this.cueOf(codes[i]);
    return out;
  }

  /**
   * As match(), as codes: per token -1 or 4 × type index + position (B 0, I 1, L 2, U 3; cueOf gives the string).
   * Each word comes with first(lemma), which callers cache per word.
   */
  matchCodes(words: readonly MemoryWord[], out: Int32Array): void {
    const n = words.length;
    out.fill(-1, 0, n);
    let i = 0;
    while (i < n) {
      let node: Node | null | undefined = words[i].memFirst;
      let bestEnd = -1;
      let bestType = -1;
      for (let j = i; node; ) {
        if (node.type) {
          bestEnd = j + 1;
          bestType = node.typeIdx as number;
        }
        if (++j >= n) break;
        node = node.next.get(words[j].lemma);
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      const t = 4 * bestType;
      if (bestEnd - i === 1) out[i] = t + U;
      else {
        out[i] = t + B;
        for (let k = i + 1; k < bestEnd - 1; k++) out[k] = t + I;
        out[bestEnd - 1] = t + L;
      }
      i = bestEnd;
    }
  }
}

export type { EntityType };
