/** Helpers shared by CLI commands: common options, output formats, store opening, stage lists. */
import { Option, type Command } from 'commander';
import { EXIT, LitopysError, isLitopysError } from '../errors.js';
import { createPipeline, type Pipeline } from '../nlp/pipeline.js';
import { parseDate } from '../ingest/parseDate.js';
import { openStore, type OpenOptions, type Store } from '../store/store.js';

/** Adds `--db <file>` (default: LITOPYS_DB, else ./litopys.db). */
export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <file>', 'SQLite store (default: $LITOPYS_DB, else ./litopys.db)');
}

/** Adds `--format text|json`. */
export function addFormatOption(cmd: Command, formats: string[] = ['text', 'json'], def = 'text'): Command {
  return cmd.addOption(new Option('--format <format>', 'output format').choices(formats).default(def));
}

export function openStoreFor(opts: { db?: string }, open: OpenOptions = {}): Store {
  return openStore(opts.db, open);
}

/** Validates a `--date`/`--from`/`--to` value. */
export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseDate(value, { field: flag });
  } catch (e) {
    if (isLitopysError(e)) throw new LitopysError('USAGE', e.message, { field: flag }, 'write dates as YYYY-MM-DD');
    throw e;
  }
}

/** `--stages a,b,c` → a pipeline (default: every registered stage). */
export function pipelineFor(stages: string | undefined): Pipeline {
  const names = stages ? stages.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  return createPipeline(names);
}

/** Parses a positive integer option. */
export function intOption(value: string | undefined, flag: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new LitopysError('USAGE', `${flag} must be an integer ≥ ${min}, got "${value}"`, { field: flag });
  return n;
}

/** The exit code for an error that ends a command. */
export function exitCodeFor(e: unknown): number {
  if (!isLitopysError(e)) return EXIT.INTERNAL;
  switch (e.code) {
    case 'USAGE':
      return EXIT.USAGE;
    case 'NOT_FOUND':
      return EXIT.NOT_FOUND;
    case 'STORE_OPEN':
    case 'STORE_MIGRATION':
      return EXIT.STORE;
    case 'MODEL_MISSING':
    case 'MODEL_CORRUPT':
    case 'DATA_MISSING':
      return EXIT.MODEL;
    default:
      return EXIT.REJECTED;
  }
}

/** Prints an error the way every command does: `litopys: <file:line: field: message [CODE] — hint>`. */
export function printError(e: LitopysError): void {
  process.stderr.write(`litopys: ${e.format()}\n`);
}

/** Bold on a terminal, [brackets] otherwise. */
export function highlighter(tty: boolean): (s: string) => string {
  return tty ? (s) => `\x1b[1m${s}\x1b[22m` : (s) => `[${s}]`;
}

/** Applies `mark` to the `highlights` ranges of `text`. */
export function applyHighlights(text: string, highlights: readonly [number, number][], mark: (s: string) => string): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (s < pos) continue;
    out += text.slice(pos, s) + mark(text.slice(s, e));
    pos = e;
  }
  return out + text.slice(pos);
}
