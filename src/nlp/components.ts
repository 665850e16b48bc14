/**
 * Registry of pipeline component factories. Each stage module exports a factory; registering it here makes it
 * part of the default pipeline (in DEFAULT_PIPELINE order). Factories run once, on first use.
 */
import type { Component } from '../types.js';
import { createSegmenter } from './segment/segmenter.js';
import { createTagger } from './tag/tagger.js';
import { createNer } from './ner/ner.js';
import { createResolver } from './resolve/resolve.js';
import { createTimeStage } from './time/index.js';
import { createQuotesStage } from './quotes/index.js';
import { createEventsComponent } from './events/index.js';

export const COMPONENT_FACTORIES: Record<string, () => Component> = {
  segment: createSegmenter,
  tag: createTagger,
  ner: createNer,
  resolve: createResolver,
  time: createTimeStage,
  quotes: createQuotesStage,
  events: createEventsComponent,
};
