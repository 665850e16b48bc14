/** Starts the API + web UI on a host and port (port 0: a free one) and resolves once it listens. */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { LitopysError } from '../errors.js';
import { createApp } from './app.js';
import type { ApiOptions } from './context.js';

export interface ServeOptions extends ApiOptions {
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/**
 * Read-heavy connection settings for serving: the index is memory-mapped (no copy per page read) and the page cache
 * is larger than the 2 MiB default. None of this changes the file.
 */
export function tuneForServing(store: ServeOptions['store']): void {
  store.db.pragma('mmap_size = 1073741824');
  store.db.pragma('cache_size = -65536');
  // Search facets use a temporary table: keep it in memory, so serving writes no file but the store.
  store.db.pragma('temp_store = MEMORY');
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  tuneForServing(opts.store);
  const app = createApp(opts);
  const host = opts.host ?? DEFAULT_HOST;
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shown}:${info.port}`,
        host: info.address,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new LitopysError('USAGE', `cannot listen on ${host}:${opts.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`, { field: '--port' }));
    });
  });
}
