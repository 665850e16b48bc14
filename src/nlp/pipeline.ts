/**
 * The analysis pipeline: named components run in order over one document. Components are created lazily (models
 * and lexicons load once, on first use) and declare what they read and assign, so a pipeline can be checked before
 * it runs.
 */
import type { AnalyzedDocument, Attribute, Component, Document } from '../types.js';
import { LitopysError } from '../errors.js';
import { COMPONENT_FACTORIES } from './components.js';

/** The full default pipeline, in order. Names that are not registered yet are skipped by `defaultPipelineNames`. */
export const DEFAULT_PIPELINE = ['segment', 'tag', 'ner', 'resolve', 'time', 'quotes', 'events'] as const;

export function availableComponents(): string[] {
  return Object.keys(COMPONENT_FACTORIES);
}

export function defaultPipelineNames(): string[] {
  return DEFAULT_PIPELINE.filter((n) => n in COMPONENT_FACTORIES);
}

export function emptyAnalysis(doc: Document): AnalyzedDocument {
  return { doc, sentences: [], tokens: [], mentions: [], entities: [], times: [], events: [], quotes: [] };
}

export class Pipeline {
  readonly components: Component[];

  constructor(components: Component[]) {
    const assigned = new Set<Attribute>(['doc.text']);
    for (const c of components) {
      for (const r of c.reads) {
        if (!assigned.has(r)) {
          throw new LitopysError('USAGE', `component "${c.name}" reads ${r}, which no earlier component assigns`);
        }
      }
      for (const a of c.assigns) assigned.add(a);
    }
    this.components = components;
  }

  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  /** Runs every component over `doc` and returns the analysis. */
  analyze(doc: Document): AnalyzedDocument {
    const adoc = emptyAnalysis(doc);
    for (const c of this.components) c.run(adoc);
    return adoc;
  }

  /**
   * Analyses several documents stage by stage: each component runs over every document before the next component
   * starts. The result is the same as `analyze` per document (every stage is pure per document), but a stage's
   * tables and compiled code stay hot across the batch, which makes tag, ner and segment markedly faster than
   * alternating stages per document. A document a component throws on gets that error in its place and is left
   * out of the later stages; the others go on.
   */
  analyzeBatch(docs: readonly Document[]): Array<AnalyzedDocument | Error> {
    const out: Array<AnalyzedDocument | Error> = docs.map(emptyAnalysis);
    for (const c of this.components) {
      for (let i = 0; i < out.length; i++) {
        const adoc = out[i]!;
        if (adoc instanceof Error) continue;
        try {
          c.run(adoc);
        } catch (e) {
          out[i] = e instanceof Error ? e : new Error(String(e));
        }
      }
    }
    return out;
  }
}

const cache = new Map<string, Component>();

/**
 * Builds a pipeline from component names (default: every registered stage of DEFAULT_PIPELINE). Named stages run in
 * DEFAULT_PIPELINE's order whatever order they are given in (`--stages …,events,quotes` runs quotes first, as events
 * use its speakers).
 */
export function createPipeline(names: readonly string[] = defaultPipelineNames()): Pipeline {
  const rank = (n: string): number => {
    const k = (DEFAULT_PIPELINE as readonly string[]).indexOf(n);
    return k === -1 ? DEFAULT_PIPELINE.length : k;
  };
  const ordered = [...names].sort((a, b) => rank(a) - rank(b));
  const components = ordered.map((name) => {
    const factory = COMPONENT_FACTORIES[name];
    if (!factory) {
      throw new LitopysError('USAGE', `unknown pipeline component "${name}"`, {}, `known: ${availableComponents().join(', ')}`);
    }
    let c = cache.get(name);
    if (!c) {
      c = factory();
      cache.set(name, c);
    }
    return c;
  });
  return new Pipeline(components);
}
