/**
 * Layer writers: each stores one layer of an analysed document, inside the transaction that stores the document.
 * The document row itself is written by writeDocuments; the writers here add everything hanging off it. Stages that
 * store their own layer (entities, events, quotes …) add a writer module under src/store/layers/ and one line to
 * LAYER_WRITERS.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../types.js';
import { textLayer } from './layers/text.js';
import { timesLayer } from './layers/times.js';
import { quotesLayer } from './layers/quotes.js';
import { entitiesLayer } from './layers/entities.js';
import { eventsLayer } from './layers/events.js';

export interface LayerWriter {
  name: string;
  /** Stores this layer of `adoc` for the document row `docRowId` (called inside the document's transaction). */
  write(db: Database.Database, docRowId: number, adoc: AnalyzedDocument): void;
  /** Removes this layer of a document being replaced (tables with ON DELETE CASCADE need none). */
  delete?(db: Database.Database, docRowId: number): void;
  /** Rebuilds this layer into `adoc` when a stored document is loaded (show, API). */
  read?(db: Database.Database, docRowId: number, adoc: AnalyzedDocument): void;
  /** Counts for `litopys stats`. */
  stats?(db: Database.Database): Record<string, number>;
}

export const LAYER_WRITERS: LayerWriter[] = [
  textLayer,
  timesLayer,
  quotesLayer,
  entitiesLayer,
  eventsLayer,
];
