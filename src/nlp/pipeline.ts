/**
 * The analysis pipeline: named components run in order over one document. Components are created lazily (models
 * and lexicons load once, on first use) and declare what they read and assign, so a pipeline can be checked before
 * it runs.
 */
import type { AnalyzedDocument, Attribute, Component, Document } from '../types.js';
import { LitopysError } from '../errors.js';
import { COMPONENT_FACTORIES } from './components.js';

/** The full default pipeline, in order. Names that are not registered yet are skipped by `defaultPipelineNames`. */
export const DEFAULT_PIPELINE = ['segment', 'tag', 'ner', 'resolve', 'time', 'events', 'quotes'] as const;

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
}

const cache = new Map<string, Component>();

/** Builds a pipeline from component names (default: every registered stage of DEFAULT_PIPELINE). */
export function createPipeline(names: readonly string[] = defaultPipelineNames()): Pipeline {
  const components = names.map((name) => {
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
