/** `litopys serve`: the HTTP API (OpenAPI 3.1 at /openapi.json) and the web UI, over one store. */
import type { Command } from 'commander';
import { LitopysError } from '../../errors.js';
import { DEFAULT_MAX_BODY } from '../../api/context.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { queryLemmas } from '../../store/lemmas.js';
import { addDbOption, intOption, openStoreFor } from '../options.js';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  token?: string;
  maxBody: string;
  stages?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (/openapi.json) and the web UI (/) over a store')
    .option('-p, --port <n>', 'TCP port (0: any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to bind (0.0.0.0 exposes the server to the network)', DEFAULT_HOST)
    .option('--token <secret>', 'bearer token enabling POST /documents (default: $LITOPYS_TOKEN; none: ingest disabled)')
    .option('--max-body <MiB>', 'largest request body accepted by POST /documents, in MiB', String(DEFAULT_MAX_BODY / 2 ** 20))
    .option('--stages <list>', 'pipeline stages for ingested documents (default: all registered)');
  addDbOption(cmd);
  cmd.addHelpText(
    'after',
    `
Read endpoints need no token. POST /documents (JSON or JSONL articles) is enabled only with --token or
LITOPYS_TOKEN and then requires "Authorization: Bearer <token>". Prints the URL on stdout once listening; stops
on SIGINT/SIGTERM. Endpoints: docs/api.md.`,
  );
  cmd.action(async (flags: ServeFlags) => {
    const port = intOption(flags.port, '--port', 0) ?? DEFAULT_PORT;
    if (port > 65535) throw new LitopysError('USAGE', `--port must be ≤ 65535, got ${port}`, { field: '--port' });
    const maxMiB = Number(flags.maxBody);
    if (!(maxMiB > 0)) throw new LitopysError('USAGE', `--max-body must be a positive number of MiB, got "${flags.maxBody}"`, { field: '--max-body' });
    const token = flags.token || process.env.LITOPYS_TOKEN || null;
    const stages = flags.stages ? flags.stages.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
    // Without a token nothing can be written, so a missing store is an error rather than a new empty file.
    const store = openStoreFor(flags, { mustExist: !token });
    let running;
    try {
      running = await startServer({ store, host: flags.host, port, token, maxBodyBytes: Math.round(maxMiB * 2 ** 20), stages });
    } catch (e) {
      store.close();
      throw e;
    }
    // Load the lexicon behind query lemmas now rather than in the first search request.
    setImmediate(() => queryLemmas('безпека'));
    process.stdout.write(`litopys: serving ${store.path} at ${running.url}/ (API: ${running.url}/openapi.json; ingest ${token ? 'enabled' : 'disabled'})\n`);
    await new Promise<void>((done) => {
      const stop = (): void => {
        void running.close().then(() => {
          store.close();
          done();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
