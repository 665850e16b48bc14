/**
 * The API's schemas: they validate requests and are the source of /openapi.json (one definition for both).
 */
import { z } from '@hono/zod-openapi';
import { EVENT_TYPES } from '../types.js';

function validDate(s: string): boolean {
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
  .refine(validDate, 'impossible date')
  .openapi({ example: '2025-09-01', format: 'date' });

const limit = (def: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(def).openapi({ description: `page size (1–${max}, default ${def})`, example: def });
const offset = z.coerce.number().int().min(0).default(0).openapi({ description: 'items to skip (paging)', example: 0 });

const EntityKeyParam = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[A-Za-z]+:.+/, 'an entity key is TYPE:name, e.g. PERS:марко рубіо')
  .openapi({ description: 'entity key `TYPE:name` (type and lowercased canonical name)', example: 'PERS:марко рубіо' });

const EventTypesParam = z
  .string()
  .max(400)
  .refine((s) => s.split(',').every((t) => (EVENT_TYPES as readonly string[]).includes(t.trim().toUpperCase())), {
    message: `event types are comma-separated PLOVER types: ${EVENT_TYPES.join(', ')}`,
  })
  .openapi({ description: 'event types, comma-separated (any of)', example: 'AID,SANCTION' });

/** Splits a validated `type` parameter. */
export function eventTypes(s: string | undefined): string[] | undefined {
  return s ? [...new Set(s.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean))] : undefined;
}

const Query = z.string().min(1).max(500).openapi({ description: 'full-text query: words (surface or lemma), "phrases", prefix*', example: 'гарантії безпеки' });
const Source = z.string().min(1).max(200).openapi({ description: 'document source', example: 'Вісник' });

const dateRange = {
  from: IsoDate.optional().openapi({ description: 'inclusive start date', example: '2025-01-01' }),
  to: IsoDate.optional().openapi({ description: 'inclusive end date', example: '2025-12-31' }),
};

// ----------------------------------------------------------------------------------------------------------------
// Requests

export const SearchQuery = z.object({
  q: Query,
  ...dateRange,
  source: Source.optional(),
  entity: EntityKeyParam.optional(),
  type: EventTypesParam.optional(),
  facets: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'also count matches and compute facets' }),
  sort: z.enum(['relevance', 'date']).default('relevance').openapi({ description: 'relevance (bm25 over the 2,000 most recently stored matches) or date (newest first, every match)' }),
  limit: limit(10, 100),
  offset,
});

export const EventsQuery = z.object({
  ...dateRange,
  type: EventTypesParam.optional(),
  entity: EntityKeyParam.optional(),
  source: Source.optional(),
  doc: z.string().max(200).optional().openapi({ description: 'document id' }),
  q: Query.optional(),
  sort: z.enum(['date', '-date', 'type']).default('-date').openapi({ description: 'order: date, -date (newest first), type' }),
  format: z.enum(['json', 'csv']).default('json').openapi({ description: 'json (a page) or csv (the same page as CSV)' }),
  limit: limit(50, 10000),
  offset,
});

export const TimelineQuery = z.object({
  ...dateRange,
  type: EventTypesParam.optional(),
  entity: EntityKeyParam.optional(),
  source: Source.optional(),
  q: Query.optional(),
  granularity: z.enum(['day', 'month', 'year']).default('day'),
});

export const NetworkQuery = z.object({
  ...dateRange,
  type: EventTypesParam.optional(),
  entity: EntityKeyParam.optional().openapi({ description: "only events this entity takes part in (its ego network)" }),
  source: Source.optional(),
  q: Query.optional(),
  minWeight: z.coerce.number().int().min(1).default(1).openapi({ description: 'drop edges with fewer events' }),
  limit: limit(200, 5000).openapi({ description: 'strongest edges kept (default 200)' }),
});

export const EntitiesQuery = z.object({
  name: z.string().min(1).max(200).optional().openapi({ description: 'substring of the canonical name (case-insensitive)', example: 'рубіо' }),
  type: z.string().regex(/^[A-Za-z]{2,8}$/).optional().openapi({ description: 'NER-UK type (PERS, ORG, LOC …)', example: 'PERS' }),
  ...dateRange,
  source: Source.optional(),
  q: Query.optional(),
  limit: limit(50, 1000),
  offset,
});

export const EntityParams = z.object({ key: EntityKeyParam.openapi({ param: { name: 'key', in: 'path' } }) });

export const QuotesQuery = z.object({
  speaker: EntityKeyParam.optional().openapi({ description: 'entity key of the speaker' }),
  text: z.string().min(1).max(200).optional().openapi({ description: 'substring of the quote (case-insensitive)' }),
  ...dateRange,
  source: Source.optional(),
  doc: z.string().max(200).optional(),
  q: Query.optional(),
  limit: limit(50, 10000),
  offset,
});

export const DocumentsQuery = z.object({
  ...dateRange,
  source: Source.optional(),
  entity: EntityKeyParam.optional(),
  limit: limit(50, 1000),
  offset,
});

export const DocumentParams = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'digest-1' }),
});

export const DocumentQuery = z.object({
  tokens: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'include the token layer' }),
});

export const IngestRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    date: z.string().optional().openapi({ example: '2025-09-01' }),
    title: z.string().optional(),
    text: z.string(),
    url: z.string().optional(),
    source: z.string().optional(),
    lang: z.string().optional(),
  })
  .openapi('IngestRecord', { description: 'one article, as in a JSONL ingest file' });

// ----------------------------------------------------------------------------------------------------------------
// Responses

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: 'USAGE' }),
    field: z.string().optional(),
    line: z.number().int().optional(),
    hint: z.string().optional(),
    errors: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const Span = { start: z.number().int(), end: z.number().int() };

export const ActorRefSchema = z
  .object({ key: z.string(), id: z.string(), name: z.string(), type: z.string() })
  .openapi('ActorRef', { description: 'an entity: cross-document key and document-local id' });

export const SearchHitSchema = z
  .object({
    id: z.string(),
    date: z.string().nullable(),
    title: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    score: z.number(),
    snippet: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: 'matched [start, end) ranges within snippet' }),
  })
  .openapi('SearchHit');

const FacetValue = z.object({ value: z.string(), count: z.number().int() });
export const SearchResultSchema = z
  .object({
    query: z.string(),
    match: z.string().openapi({ description: 'the FTS5 expression the query became' }),
    total: z.number().int().optional(),
    sort: z.enum(['relevance', 'date']),
    ranked: z.number().int().optional().openapi({ description: 'relevance was computed over this many most recent matches (only when there were more)' }),
    hits: z.array(SearchHitSchema),
    facets: z
      .object({
        sources: z.array(FacetValue),
        months: z.array(FacetValue),
        eventTypes: z.array(FacetValue),
        entities: z.array(z.object({ key: z.string(), name: z.string(), type: z.string(), count: z.number().int() })),
      })
      .optional(),
  })
  .openapi('SearchResult');

export const EventItemSchema = z
  .object({
    doc: z.string(),
    id: z.string(),
    type: z.string(),
    mode: z.string().nullable(),
    date: z.object({ start: z.string(), end: z.string() }).nullable(),
    dateReported: z.boolean(),
    docDate: z.string().nullable(),
    docTitle: z.string().nullable(),
    docSource: z.string().nullable(),
    sentence: z.number().int(),
    sentenceText: z.string(),
    trigger: z.object({ ...Span, text: z.string() }),
    negated: z.boolean(),
    modality: z.string(),
    location: ActorRefSchema.nullable(),
    sources: z.array(ActorRefSchema),
    targets: z.array(ActorRefSchema),
  })
  .openapi('Event');

const page = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });

export const EventsPageSchema = page(EventItemSchema).openapi('EventsPage');

export const QuoteItemSchema = z
  .object({
    doc: z.string(),
    id: z.string(),
    speaker: ActorRefSchema.nullable(),
    text: z.string(),
    direct: z.boolean(),
    ...Span,
    cue: z.object({ ...Span, text: z.string() }).nullable(),
    docDate: z.string().nullable(),
    docTitle: z.string().nullable(),
    docSource: z.string().nullable(),
  })
  .openapi('Quote');
export const QuotesPageSchema = page(QuoteItemSchema).openapi('QuotesPage');

export const TimelinePointSchema = z.object({ period: z.string(), type: z.string(), count: z.number().int() }).openapi('TimelinePoint');
export const TimelineSchema = z
  .object({ granularity: z.enum(['day', 'month', 'year']), points: z.array(TimelinePointSchema) })
  .openapi('Timeline');

export const NetworkSchema = z
  .object({
    nodes: z.array(z.object({ key: z.string(), name: z.string(), type: z.string(), weight: z.number().int() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int(), types: z.record(z.string(), z.number().int()) })),
  })
  .openapi('Network', { description: 'who acts on whom: directed source → target edges weighted by events' });

const EntitySummaryFields = {
  key: z.string(),
  type: z.string(),
  name: z.string(),
  documents: z.number().int(),
  mentions: z.number().int(),
  events: z.number().int(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
};
export const EntitySummarySchema = z.object(EntitySummaryFields).openapi('EntitySummary');
export const EntitiesPageSchema = page(EntitySummarySchema).openapi('EntitiesPage');

export const EntityDossierSchema = z
  .object({
    ...EntitySummaryFields,
    names: z.array(z.string()),
    role: z.string().nullable(),
    kbId: z.string().nullable(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    recentEvents: EventsPageSchema,
    quotes: QuotesPageSchema,
    coActors: z.array(
      z.object({ key: z.string(), name: z.string(), type: z.string(), count: z.number().int(), periods: z.array(z.object({ period: z.string(), count: z.number().int() })) }),
    ),
    timeline: z.array(TimelinePointSchema),
    documentsList: z.array(z.object({ id: z.string(), date: z.string().nullable(), title: z.string().nullable(), source: z.string().nullable() })),
  })
  .openapi('EntityDossier');

export const DocumentMetaSchema = z
  .object({ id: z.string(), date: z.string().nullable(), title: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable(), lang: z.string() })
  .openapi('DocumentMeta');
export const DocumentsPageSchema = page(DocumentMetaSchema).openapi('DocumentsPage');

export const DocumentSchema = z
  .object({
    document: z.object({ id: z.string(), date: z.string().nullable(), title: z.string().optional(), source: z.string().optional(), url: z.string().optional(), lang: z.string(), text: z.string() }),
    origin: z.string().nullable(),
    stages: z.array(z.string()),
    ingestedAt: z.string(),
    sentences: z.array(z.object({ index: z.number().int(), ...Span })),
    tokens: z.array(z.record(z.string(), z.unknown())).optional(),
    entities: z.array(
      ActorRefSchema.extend({
        country: z.string().nullable(),
        sector: z.string().nullable(),
        role: z.string().nullable(),
        kbId: z.string().nullable(),
        geo: z.object({ lat: z.number(), lon: z.number() }).nullable(),
        mentions: z.array(z.object({ ...Span, text: z.string(), type: z.string(), sentence: z.number().int() })),
      }),
    ),
    times: z.array(z.object({ ...Span, text: z.string(), sentence: z.number().int(), value: z.object({ start: z.string(), end: z.string() }).nullable(), relative: z.boolean() })),
    events: z.array(EventItemSchema),
    quotes: z.array(QuoteItemSchema),
  })
  .openapi('Document', { description: 'a stored document with every annotation layer' });

export const IngestResultSchema = z
  .object({
    ingested: z.number().int(),
    updated: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    ids: z.array(z.string()),
    stages: z.array(z.string()),
    errors: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('IngestResult');

export const StatsSchema = z
  .object({
    documents: z.number().int(),
    tokens: z.number().int(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    undated: z.number().int(),
    sources: z.array(z.object({ source: z.string(), documents: z.number().int() })),
    layers: z.record(z.string(), z.number()),
    chronicle: z.record(z.string(), z.number().int()),
    ingest: z.boolean().openapi({ description: 'whether POST /documents is enabled (a token is configured)' }),
  })
  .openapi('Stats');
