/** `litopys ingest <paths…>`: read, analyse and store articles. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { EXIT, type LitopysError } from '../../errors.js';
import { ingestInputs, type IngestSummary } from '../../ingest/ingestInputs.js';
import { addDbOption, addFormatOption, dateOption, intOption, openStoreFor, pipelineFor, printError } from '../options.js';

/** At most this many errors are printed one by one; the rest are counted. */
const MAX_PRINTED_ERRORS = 50;

interface IngestFlags {
  db?: string;
  date?: string;
  stages?: string;
  batchSize?: string;
  jobs?: string;
  quiet?: boolean;
  progress: boolean;
  format: 'text' | 'json';
}

function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round((s.ingested + s.updated) / s.seconds) : 0;
  return (
    `ingested ${s.ingested}, updated ${s.updated}, duplicates ${s.duplicates}, rejected ${s.rejected}` +
    ` — ${s.files} file(s), ${(s.bytes / 1e6).toFixed(2)} MB in ${s.seconds.toFixed(1)} s (${rate} docs/s${s.jobs > 1 ? `, ${s.jobs} workers` : ''}) → ${s.db}`
  );
}

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles (files, directories, JSONL, - for stdin), analyse them and store them')
    .argument('<paths...>', 'files or directories (recursively: .txt, .md, .jsonl, .ndjson); - reads stdin')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none (plain .txt)')
    .option('--stages <list>', 'pipeline stages, comma-separated (default: all registered; e.g. "segment" for speed)')
    .option('--batch-size <n>', 'documents per transaction', '200')
    .option('-j, --jobs <n>', 'analysis worker threads (each loads its own models, ~0.4 GB); 0 = one per core', '1')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-progress', 'no progress bar even on a terminal');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.addHelpText(
    'after',
    `
Formats: a .txt article may start with " date YYYY-MM-DD" followed by a space or a line break; JSONL holds one
{"id"?, "date", "title"?, "text", "url"?, "source"?, "lang"?} per line. Bad inputs are reported as file:line and
skipped; the exit code is 1 when anything was rejected. Re-ingesting is idempotent (content hash).`,
  );
  cmd.action(async (paths: string[], flags: IngestFlags) => {
    const date = dateOption(flags.date, '--date') ?? null;
    const batchSize = intOption(flags.batchSize, '--batch-size', 1);
    const jobs = intOption(flags.jobs, '--jobs', 0);
    const pipeline = pipelineFor(flags.stages);
    const store = openStoreFor(flags);
    const errors: LitopysError[] = [];
    let bar: cliProgress.SingleBar | null = null;
    const useBar = !flags.quiet && flags.progress && flags.format === 'text' && !!process.stderr.isTTY;
    const report = (e: LitopysError): void => {
      errors.push(e);
      if (flags.format === 'json') return;
      if (errors.length <= MAX_PRINTED_ERRORS) {
        if (bar) bar.stop();
        printError(e);
        if (bar) bar.start(bar.getTotal(), lastBytes, { docs: lastDocs, rejected: errors.length });
      }
    };
    let lastBytes = 0;
    let lastDocs = 0;
    let summary: IngestSummary;
    try {
      summary = await ingestInputs(paths, {
        store,
        pipeline,
        date,
        batchSize,
        jobs,
        onError: report,
        onStart: (total) => {
          if (useBar && total > 0) {
            bar = new cliProgress.SingleBar(
              { format: 'ingest [{bar}] {percentage}% | {docs} docs | {rejected} rejected | {eta_formatted} left', stream: process.stderr, hideCursor: true },
              cliProgress.Presets.shades_classic,
            );
            bar.start(total, 0, { docs: 0, rejected: 0 });
          }
        },
        onProgress: (p) => {
          lastBytes = p.bytes;
          lastDocs = p.ingested + p.updated + p.duplicates;
          bar?.update(p.bytes, { docs: p.ingested + p.updated + p.duplicates, rejected: p.rejected });
        },
      });
    } finally {
      (bar as cliProgress.SingleBar | null)?.stop();
      store.close();
    }
    if (flags.format === 'json') {
      const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stdout.write(JSON.stringify({ ...summary, peakRssMiB, errors: errors.map((e) => e.toJSON()) }) + '\n');
    } else {
      if (errors.length > MAX_PRINTED_ERRORS) process.stderr.write(`litopys: … and ${errors.length - MAX_PRINTED_ERRORS} more rejected inputs\n`);
      if (!flags.quiet) process.stdout.write(summaryLine(summary) + '\n');
    }
    if (summary.rejected > 0) process.exitCode = EXIT.REJECTED;
  });
}
