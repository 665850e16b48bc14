/**
 * The HTTP API (Hono + @hono/zod-openapi): every route's request schema validates the request and feeds
 * /openapi.json (OpenAPI 3.1). Errors are RFC 9457 problem details. The web UI's static files are served by the same
 * app (src/api/static.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { isLitopysError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { DEFAULT_MAX_BODY, type ApiContext, type ApiOptions } from './context.js';
import { problemOf, problemResponse } from './problem.js';
import { registerIngestRoute } from './routes/ingest.js';
import { registerReadRoutes } from './routes/read.js';
import { registerStatic } from './static.js';

const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function createApp(opts: ApiOptions): OpenAPIHono {
  const ctx: ApiContext = {
    store: opts.store,
    token: opts.token || null,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY,
    stages: opts.stages,
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues;
      const first = issues[0];
      const field = first?.path.map(String).join('.') || undefined;
      return problemResponse(c, {
        type: 'urn:litopys:problem:usage',
        title: 'invalid request',
        status: 400,
        detail: issues.map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`).join('; '),
        code: 'USAGE',
        ...(field ? { field } : {}),
        errors: issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
      });
    },
  });

  app.onError((e, c) => {
    if (isLitopysError(e)) return problemResponse(c, problemOf(e));
    if (e instanceof HTTPException) {
      const status = e.status;
      return problemResponse(c, { type: 'about:blank', title: e.message || 'error', status, detail: e.message || 'error', code: status === 413 ? 'LIMIT' : 'USAGE' });
    }
    process.stderr.write(`litopys serve: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return problemResponse(c, { type: 'urn:litopys:problem:internal', title: 'internal error', status: 500, detail: 'an unexpected error; see the server log', code: 'INTERNAL' });
  });
  app.notFound((c) =>
    problemResponse(c, { type: 'urn:litopys:problem:not_found', title: 'not found', status: 404, detail: `no route for ${c.req.method} ${c.req.path}`, code: 'NOT_FOUND', hint: 'see /openapi.json' }),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'the token the server was started with (--token or LITOPYS_TOKEN)',
  });
  registerReadRoutes(app, ctx);
  registerIngestRoute(app, ctx);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'litopys API',
      version: VERSION,
      description: 'A sourced chronicle of dated news: documents, full-text search, events, entities, quotes, timeline, actor network.',
    },
  });
  app.get('/health', (c) => c.json({ ok: true }));
  registerStatic(app);
  return app;
}
