/** `litopys quotes`: who said what — the stored quotes, filtered by speaker, date and text. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { queryQuotes, type StoredQuote } from '../../store/layers/quotes.js';
import { addDbOption, dateOption, intOption, openStoreFor } from '../options.js';

type Format = 'table' | 'json' | 'jsonl' | 'csv';

interface QuotesFlags {
  db?: string;
  speaker?: string;
  from?: string;
  to?: string;
  query?: string;
  direct?: boolean;
  indirect?: boolean;
  limit?: string;
  format: Format;
}

function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['doc', 'date', 'id', 'speaker', 'speaker_type', 'direct', 'cue', 'text', 'start', 'end', 'url'] as const;

export function quotesToCsv(quotes: StoredQuote[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const q of quotes) {
    rows.push([q.doc, q.docDate, q.id, q.speaker?.name, q.speaker?.type, q.direct ? 1 : 0, q.cue, q.text, q.start, q.end, q.url]
      .map(csvField).join(','));
  }
  return rows.join('\n') + '\n';
}

function table(quotes: StoredQuote[]): string {
  if (!quotes.length) return 'no quotes\n';
  return quotes.map((q) => {
    const body = q.direct ? `«${q.text}»` : `(indirect) ${q.text}`;
    const cue = q.cue ? ` [${q.cue}]` : '';
    return `${(q.docDate ?? 'undated').padEnd(10)}  ${q.speaker?.name ?? '—'}${cue}: ${body}  ${q.doc}`;
  }).join('\n') + '\n';
}

export function register(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('who said what: direct and indirect quotes with their speakers')
    .option('--speaker <name>', 'only quotes whose speaker name contains this (case-insensitive)')
    .option('--from <YYYY-MM-DD>', 'only documents dated on or after')
    .option('--to <YYYY-MM-DD>', 'only documents dated on or before')
    .option('-q, --query <text>', 'only quotes containing this text (case-insensitive)')
    .option('--direct', 'only direct quotes (in quotation marks)')
    .option('--indirect', 'only indirect speech ("заявив, що …")')
    .option('-n, --limit <n>', 'at most this many quotes', '50')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv']).default('table'));
  addDbOption(cmd);
  cmd.action((flags: QuotesFlags) => {
    const from = dateOption(flags.from, '--from');
    const to = dateOption(flags.to, '--to');
    const limit = intOption(flags.limit, '--limit', 1);
    const direct = flags.direct && !flags.indirect ? true : flags.indirect && !flags.direct ? false : undefined;
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const quotes = queryQuotes(store.db, { speaker: flags.speaker, from, to, query: flags.query, direct, limit });
      switch (flags.format) {
        case 'json':
          process.stdout.write(JSON.stringify(quotes) + '\n');
          break;
        case 'jsonl':
          for (const q of quotes) process.stdout.write(JSON.stringify(q) + '\n');
          break;
        case 'csv':
          process.stdout.write(quotesToCsv(quotes));
          break;
        default:
          process.stdout.write(table(quotes));
      }
    } finally {
      store.close();
    }
  });
}
