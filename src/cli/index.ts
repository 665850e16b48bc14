/**
 * The `litopys` command line. Each command lives in src/cli/commands/<name>.ts and exports
 * `register(program: Command): void`; to add one, import it below and add it to COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { PACKAGE_ROOT } from '../paths.js';
import { EXIT, isLitopysError } from '../errors.js';
import { exitCodeFor, printError } from './options.js';
import * as ingest from './commands/ingest.js';
import * as search from './commands/search.js';
import * as show from './commands/show.js';
import * as extract from './commands/extract.js';
import * as stats from './commands/stats.js';
import * as tag from './commands/tag.js';
import * as quotes from './commands/quotes.js';
import * as entities from './commands/entities.js';
import * as serve from './commands/serve.js';
import * as events from './commands/events.js';

/** Every command, in `--help` order. */
const COMMANDS: { register(program: Command): void }[] = [
  ingest,
  search,
  show,
  extract,
  stats,
  tag,
  quotes,
  entities,
  events,
  serve,
];

export function buildProgram(): Command {
  const program = new Command('litopys')
    .description('Ukrainian news → searchable, sourced chronicle: ingest dated articles, analyse, search, extract.')
    .version((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.startsWith('error:') ? `litopys: ${str}` : str) });
  for (const c of COMMANDS) c.register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version';
      process.exitCode = ok ? EXIT.OK : EXIT.USAGE;
      return;
    }
    if (isLitopysError(e)) {
      printError(e);
    } else {
      process.stderr.write(`litopys: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    }
    process.exitCode = exitCodeFor(e);
  }
}

await main(process.argv);
