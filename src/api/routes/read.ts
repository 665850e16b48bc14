/** Read endpoints: search, documents, events, timeline, network, entities, quotes, stats. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ZodTypeAny } from 'zod';
import { LitopysError } from '../../errors.js';
import { loadDocument } from '../../store/loadDocument.js';
import { storeStats } from '../../store/stats.js';
import {
  chronicleCounts,
  documentAnnotations,
  entityDossier,
  listDocuments,
  listEntities,
  listEvents,
  listQuotes,
  network,
  timeline,
  type EventItem,
} from '../../store/queries/chronicle.js';
import { matchExpression, search } from '../../store/search.js';
import type { ApiContext } from '../context.js';
import {
  DocumentParams,
  DocumentQuery,
  DocumentSchema,
  DocumentsPageSchema,
  DocumentsQuery,
  EntitiesPageSchema,
  EntitiesQuery,
  EntityDossierSchema,
  EntityParams,
  EventsPageSchema,
  EventsQuery,
  NetworkQuery,
  NetworkSchema,
  ProblemSchema,
  QuotesPageSchema,
  QuotesQuery,
  SearchQuery,
  SearchResultSchema,
  StatsSchema,
  TimelineQuery,
  TimelineSchema,
  eventTypes,
} from '../schemas.js';

const problems = {
  400: { description: 'invalid parameters', content: { 'application/problem+json': { schema: ProblemSchema } } },
};
const notFound = { 404: { description: 'not found', content: { 'application/problem+json': { schema: ProblemSchema } } } };

function ok<T extends ZodTypeAny>(schema: T, description: string) {
  return { 200: { description, content: { 'application/json': { schema } } } };
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';
const match = (q: string | undefined): string | undefined => (q ? matchExpression(q) : undefined);

const CSV_COLUMNS = ['doc', 'id', 'date', 'type', 'mode', 'sources', 'targets', 'location', 'trigger', 'modality', 'negated', 'docTitle', 'docSource', 'sentence'];

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

/** Events as CSV, one row per event, actors joined by "; ". */
export function eventsCsv(items: EventItem[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of items) {
    const cells = [
      e.doc, e.id, e.date?.start ?? '', e.type, e.mode ?? '', e.sources.map((a) => a.name).join('; '), e.targets.map((a) => a.name).join('; '),
      e.location?.name ?? '', e.trigger.text, e.modality, e.negated ? 'yes' : 'no', e.docTitle ?? '', e.docSource ?? '', e.sentenceText.replace(/\s+/g, ' '),
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

export function registerReadRoutes(app: OpenAPIHono, ctx: ApiContext): void {
  const { store } = ctx;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: ['search'],
      summary: 'Full-text search with highlighted snippets',
      description:
        'Every query word must match, in its surface form or through its lemma; "quoted words" match as a phrase; word* a prefix. ' +
        'Filters: date range, source, entity (documents mentioning it), event type (documents with such an event). ' +
        'With facets=1 the response adds the number of matches and facets (sources, months, event types, entities).',
      request: { query: SearchQuery },
      responses: { ...ok(SearchResultSchema, 'hits, best first'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      const r = search(store, {
        query: q.q, from: q.from, to: q.to, source: q.source, entity: q.entity, eventTypes: eventTypes(q.type),
        limit: q.limit, offset: q.offset, facets: truthy(q.facets), sort: q.sort, field: 'q',
      });
      return c.json(r, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/documents',
      tags: ['documents'],
      summary: 'Stored documents, newest first',
      request: { query: DocumentsQuery },
      responses: { ...ok(DocumentsPageSchema, 'a page of documents'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(listDocuments(store, q, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/documents/{id}',
      tags: ['documents'],
      summary: 'A document with its annotations (sentences, entities with mentions, dates, events, quotes)',
      request: { params: DocumentParams, query: DocumentQuery },
      responses: { ...ok(DocumentSchema, 'the document'), ...notFound },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const loaded = loadDocument(store, id);
      if (!loaded) throw new LitopysError('NOT_FOUND', `no document "${id}" in the store`, { field: 'id' });
      const { adoc, info } = loaded;
      const ann = documentAnnotations(store, info.rowid, id);
      const body = {
        document: adoc.doc,
        origin: info.origin,
        stages: info.stages,
        ingestedAt: info.ingestedAt,
        sentences: adoc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
        ...(truthy(c.req.valid('query').tokens) ? { tokens: adoc.tokens as unknown as Record<string, unknown>[] } : {}),
        ...ann,
      };
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      tags: ['chronicle'],
      summary: 'Events (who did what to whom, when), filtered, sorted and paged; JSON or CSV',
      request: { query: EventsQuery },
      responses: {
        200: {
          description: 'a page of events',
          content: { 'application/json': { schema: EventsPageSchema }, 'text/csv': { schema: { type: 'string' } } },
        },
        ...problems,
      },
    }),
    (c) => {
      const q = c.req.valid('query');
      const page = listEvents(
        store,
        { from: q.from, to: q.to, types: eventTypes(q.type), entity: q.entity, source: q.source, doc: q.doc, match: match(q.q) },
        { limit: q.limit, offset: q.offset, sort: q.sort },
      );
      if (q.format === 'csv') {
        return c.body(eventsCsv(page.items), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="events.csv"',
          'x-total-count': String(page.total),
        });
      }
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/timeline',
      tags: ['chronicle'],
      summary: 'Event counts per day (or month, year) per event type',
      request: { query: TimelineQuery },
      responses: { ...ok(TimelineSchema, 'counts, oldest period first'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      const points = timeline(store, { from: q.from, to: q.to, types: eventTypes(q.type), entity: q.entity, source: q.source, match: match(q.q) }, q.granularity);
      return c.json({ granularity: q.granularity, points }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/network',
      tags: ['chronicle'],
      summary: 'Actor network: who acts on whom, weighted by the number of events',
      request: { query: NetworkQuery },
      responses: { ...ok(NetworkSchema, 'nodes and directed edges, strongest first'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      const n = network(
        store,
        { from: q.from, to: q.to, types: eventTypes(q.type), entity: q.entity, source: q.source, match: match(q.q) },
        { limit: q.limit, minWeight: q.minWeight },
      );
      return c.json(n, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/entities',
      tags: ['chronicle'],
      summary: 'Entities across documents (by key), most widely reported first',
      request: { query: EntitiesQuery },
      responses: { ...ok(EntitiesPageSchema, 'a page of entities'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(listEntities(store, { q: q.name, type: q.type, from: q.from, to: q.to, source: q.source, match: match(q.q) }, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/entities/{key}',
      tags: ['chronicle'],
      summary: 'Entity dossier: names, coding, events, quotes, co-occurring actors over time, timeline, documents',
      request: { params: EntityParams },
      responses: { ...ok(EntityDossierSchema, 'the dossier'), ...notFound, ...problems },
    }),
    (c) => {
      const { key } = c.req.valid('param');
      const d = entityDossier(store, key);
      if (!d) throw new LitopysError('NOT_FOUND', `no entity "${key}" in the store`, { field: 'key' }, 'keys are TYPE:lowercased name, see GET /entities');
      return c.json(d, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/quotes',
      tags: ['chronicle'],
      summary: 'Quotes (direct and reported speech), newest first',
      request: { query: QuotesQuery },
      responses: { ...ok(QuotesPageSchema, 'a page of quotes'), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(listQuotes(store, { speaker: q.speaker, text: q.text, from: q.from, to: q.to, source: q.source, doc: q.doc, match: match(q.q) }, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      tags: ['documents'],
      summary: 'What the store holds',
      responses: ok(StatsSchema, 'counts'),
    }),
    (c) => {
      const s = storeStats(store);
      return c.json(
        {
          documents: s.documents, tokens: s.tokens, firstDate: s.firstDate, lastDate: s.lastDate, undated: s.undated, sources: s.sources,
          layers: s.layers, chronicle: chronicleCounts(store), ingest: !!ctx.token,
        },
        200,
      );
    },
  );
}
