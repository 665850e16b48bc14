/**
 * Entity memory: the annotated entity strings of the training corpus (lemma sequences, lowercase) with the type they
 * were most often annotated as, matched longest-first over a sentence's lemmas. Its matches are features (position
 * + type: `B-ORG`, `U-JOB` …), so the model learns how far to trust them. In training the memory of a sentence is
 * built from the other folds of the corpus only (jack-knifing, scripts/train-ner.ts), so that the features are as
 * reliable there as on unseen text; the model stores the memory of the whole training corpus.
 */
import type { EntityType } from '../../types.js';
import type { TokenSpan } from './labels.js';

interface Node {
  next: Map<string, Node>;
  /** Type counts of the strings ending here. */
  counts?: Map<string, number>;
  type?: string;
}

export class EntityMemory {
  private readonly root: Node = { next: new Map() };
  private readonly entries: string[] = [];

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
    const visit = (n: Node): void => {
      if (n.counts) {
        let best = '';
        let bc = 0;
        for (const [t, c] of n.counts) if (c > bc) [best, bc] = [t, c];
        n.type = best;
      }
      for (const c of n.next.values()) visit(c);
    };
    visit(this.root);
    return this;
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
    const out = new Array<string>(n).fill('');
    let i = 0;
    while (i < n) {
      let node: Node | undefined = this.root;
      let bestEnd = -1;
      let bestType = '';
      for (let j = i; j < n && node; j++) {
        node = node.next.get(lemmas[j]);
        if (node?.type) {
          bestEnd = j + 1;
          bestType = node.type;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      if (bestEnd - i === 1) out[i] = 'U-' + bestType;
      else {
        out[i] = 'B-' + bestType;
        for (let k = i + 1; k < bestEnd - 1; k++) out[k] = 'I-' + bestType;
        out[bestEnd - 1] = 'L-' + bestType;
      }
      i = bestEnd;
    }
    return out;
  }
}

export type { EntityType };
