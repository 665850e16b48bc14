/**
 * The web UI's files: web/ (plain ES modules, no build step) under /web/, its page at /, and the two chart libraries
 * from node_modules under /vendor/. Only files inside web/ with a known extension are served; nothing is written.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { Hono } from 'hono';
import { PACKAGE_ROOT } from '../paths.js';
import { problem } from './problem.js';

export const WEB_ROOT = join(PACKAGE_ROOT, 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const require = createRequire(import.meta.url);

/** The browser builds of chart.js and cytoscape, resolved from the installed packages. */
function vendorFiles(): Record<string, string> {
  return {
    'chart.js': join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
    'cytoscape.js': join(dirname(require.resolve('cytoscape')), 'cytoscape.min.js'),
  };
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function file(path: string, type: string, maxAge: number): Response {
  return new Response(readFileSync(path), {
    headers: { 'content-type': type, 'cache-control': maxAge ? `public, max-age=${maxAge}` : 'no-cache', ...SECURITY_HEADERS },
  });
}

export function registerStatic(app: Hono<any, any, any>, webRoot = WEB_ROOT): void {
  const root = resolve(webRoot);
  const vendor = vendorFiles();
  app.get('/', () => file(join(root, 'index.html'), TYPES['.html'], 0));
  app.get('/vendor/:name', (c) => {
    const p = vendor[c.req.param('name')];
    if (!p) return problem(c, 'NOT_FOUND', `no vendor file "${c.req.param('name')}"`);
    return file(p, TYPES['.js'], 86400);
  });
  app.get('/web/*', (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice('/web/'.length));
    } catch {
      return problem(c, 'NOT_FOUND', 'no such file');
    }
    const p = resolve(root, rel);
    const type = TYPES[extname(p)];
    if (!p.startsWith(root + sep) || !type || rel.split('/').some((s) => s.startsWith('.'))) return problem(c, 'NOT_FOUND', 'no such file');
    try {
      if (!statSync(p).isFile()) return problem(c, 'NOT_FOUND', 'no such file');
    } catch {
      return problem(c, 'NOT_FOUND', `no file "${rel}"`);
    }
    return file(p, type, 0);
  });
}
