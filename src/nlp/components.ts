/**
 * Registry of pipeline component factories. Each stage module exports a factory; registering it here makes it
 * part of the default pipeline (in DEFAULT_PIPELINE order). Factories run once, on first use.
 */
import type { Component } from '../types.js';
import { createSegmenter } from './segment/segmenter.js';
import { createTagger } from './tag/tagger.js';
import { createTimeStage } from './time/index.js';
import { createEventsComponent } from './events/index.js';

export const COMPONENT_FACTORIES: Record<string, () => Component> = {
  segment: createSegmenter,
  tag: createTagger,
  time: createTimeStage,
  events: createEventsComponent,
};
