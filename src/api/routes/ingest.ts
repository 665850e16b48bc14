/**
 * POST /documents: ingest articles over HTTP — one JSON object, a JSON array of them, or JSONL — through the same
 * parser, pipeline and store writer as `litopys ingest`. Only with the configured bearer token; the body is
 * size-limited; the request can only add documents to the open store (no paths, no files).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LitopysError, isLitopysError } from '../../errors.js';
import { parseJsonlLine } from '../../ingest/parseJsonl.js';
import type { ParsedDocument } from '../../ingest/parseArticle.js';
import { createPipeline, type Pipeline } from '../../nlp/pipeline.js';
import { hasHash, writeDocuments, type DocumentToWrite } from '../../store/writeDocuments.js';
import type { ApiContext } from '../context.js';
import { problem } from '../problem.js';
import { IngestRecord, IngestResultSchema, ProblemSchema } from '../schemas.js';

const ORIGIN = '<request>';
const BATCH = 200;

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** 403 when ingest is disabled (no token configured), 401 without a bearer token, 403 with a wrong one. */
export function requireToken(ctx: ApiContext): MiddlewareHandler {
  return async (c, next) => {
    if (!ctx.token) {
      return problem(c, 'FORBIDDEN', 'ingest is disabled on this server', {
        hint: 'start the server with --token <secret> or LITOPYS_TOKEN to enable POST /documents',
      });
    }
    const h = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m) {
      return problem(c, 'AUTH', 'a bearer token is required', { hint: 'send "Authorization: Bearer <token>"' }, { 'www-authenticate': 'Bearer realm="litopys"' });
    }
    if (!sameToken(m[1], ctx.token)) return problem(c, 'FORBIDDEN', 'the bearer token is wrong');
    await next();
  };
}

/** The records of a request body: a JSON object or array (application/json), else JSONL. */
function* records(body: string, contentType: string): Generator<{ line: number; text: string }> {
  const trimmed = body.trimStart();
  if (/json/i.test(contentType) && !/(jsonl|ndjson|json-seq|jsonlines)/i.test(contentType) && (trimmed.startsWith('[') || !trimmed.includes('\n{'))) {
    let v: unknown;
    try {
      v = JSON.parse(body);
    } catch (e) {
      throw new LitopysError('INPUT_JSON', `malformed JSON: ${(e as Error).message}`, { file: ORIGIN }, 'send one JSON object, an array of them, or JSONL (application/x-ndjson)');
    }
    const list = Array.isArray(v) ? v : [v];
    for (let i = 0; i < list.length; i++) yield { line: i + 1, text: JSON.stringify(list[i]) };
    return;
  }
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].trim()) yield { line: i + 1, text: lines[i] };
}

export function registerIngestRoute(app: OpenAPIHono, ctx: ApiContext): void {
  let pipeline: Pipeline | null = null;
  const route = createRoute({
    method: 'post',
    path: '/documents',
    tags: ['documents'],
    summary: 'Ingest articles (JSON object, JSON array, or JSONL); bearer token required',
    description:
      'Each record is {id?, date, title?, text, url?, source?, lang?} as in a JSONL ingest file. Records are analysed with the ' +
      'pipeline and stored in transactions of 200; bad records are reported (with their record number as `line`) and the rest ' +
      'is stored. Disabled (403) unless the server was started with --token or LITOPYS_TOKEN.',
    security: [{ bearer: [] }],
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: z.union([IngestRecord, z.array(IngestRecord)]) },
          'application/x-ndjson': { schema: z.string().openapi({ description: 'one IngestRecord per line' }) },
        },
      },
    },
    responses: {
      200: { description: 'what was stored, with the rejected records', content: { 'application/json': { schema: IngestResultSchema } } },
      400: { description: 'no record could be stored', content: { 'application/problem+json': { schema: ProblemSchema } } },
      401: { description: 'no bearer token', content: { 'application/problem+json': { schema: ProblemSchema } } },
      403: { description: 'wrong token, or ingest disabled', content: { 'application/problem+json': { schema: ProblemSchema } } },
      413: { description: 'body over the size limit', content: { 'application/problem+json': { schema: ProblemSchema } } },
    },
  });
  const auth = requireToken(ctx);
  const limit = bodyLimit({
    maxSize: ctx.maxBodyBytes,
    onError: (c) => problem(c, 'LIMIT', `the request body is over ${ctx.maxBodyBytes} bytes`, { hint: 'send fewer documents per request' }),
  });
  app.use('/documents', (c, next) => (c.req.method === 'POST' ? auth(c, next) : next()));
  app.use('/documents', (c, next) => (c.req.method === 'POST' ? limit(c, next) : next()));
  // The body is read raw (JSON or JSONL), so the route registers no validator; the schema above documents it.
  app.openAPIRegistry.registerPath(route);
  app.post('/documents', async (c) => {
    const body = await c.req.text();
    const errors: LitopysError[] = [];
    const parsed: { p: ParsedDocument; line: number }[] = [];
    for (const r of records(body, c.req.header('content-type') ?? '')) {
      try {
        parsed.push({ p: parseJsonlLine(r.text, ORIGIN, r.line), line: r.line });
      } catch (e) {
        if (!isLitopysError(e)) throw e;
        errors.push(e);
      }
    }
    if (!parsed.length) {
      if (!errors.length) throw new LitopysError('INPUT_EMPTY', 'the request holds no records', { file: ORIGIN });
      return problem(c, errors[0].code, `no record could be stored: ${errors.length} rejected`, {
        errors: errors.map((e) => e.toJSON()),
      });
    }
    pipeline ??= createPipeline(ctx.stages);
    const result = { ingested: 0, updated: 0, duplicates: 0, rejected: errors.length, ids: [] as string[], stages: pipeline.names, errors: errors.map((e) => e.toJSON()) };
    const seen = new Set<string>();
    let batch: DocumentToWrite[] = [];
    const flush = (): void => {
      if (!batch.length) return;
      const w = writeDocuments(ctx.store, batch);
      result.ingested += w.ingested;
      result.updated += w.updated;
      result.duplicates += w.duplicates;
      result.ids.push(...w.ids);
      batch = [];
    };
    for (const { p, line } of parsed) {
      if (seen.has(p.hash) || hasHash(ctx.store, p.hash)) {
        result.duplicates++;
        continue;
      }
      seen.add(p.hash);
      let adoc;
      try {
        adoc = pipeline.analyze(p.doc);
      } catch (e) {
        // a missing model fails every record alike: the request fails with that error
        if (isLitopysError(e) && (e.code === 'MODEL_MISSING' || e.code === 'MODEL_CORRUPT')) throw e;
        // a record the pipeline fails on is reported like bad input; the rest are stored
        result.rejected++;
        const err = new LitopysError('ANALYSIS_FAILED', `analysis failed: ${(e as Error).message}`, { file: ORIGIN, line });
        result.errors.push(err.toJSON());
        continue;
      }
      batch.push({ adoc, hash: p.hash, origin: `${ORIGIN}:${line}`, stages: pipeline.names });
      if (batch.length >= BATCH) flush();
    }
    flush();
    return c.json(result, 200);
  });
}
