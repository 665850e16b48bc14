/** `litopys extract <paths…>`: analyse without a store and print the JSON contract, one document per line. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT } from '../../errors.js';
import { toContract } from '../../extract/contract.js';
import { listInputs, readInputFile } from '../../ingest/readInputs.js';
import { dateOption, pipelineFor, printError } from '../options.js';

interface ExtractFlags {
  date?: string;
  stages?: string;
  tokens?: boolean;
  format: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('analyse articles without a store; print one JSON object per document per line (docs/contract.md)')
    .argument('<paths...>', 'files or directories in any ingest format; - reads stdin')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
    .option('--stages <list>', 'pipeline stages, comma-separated (default: all registered)')
    .option('--tokens', 'include the token layer (text, lemma, pos, feats)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .action(async (paths: string[], flags: ExtractFlags) => {
      const date = dateOption(flags.date, '--date') ?? null;
      const pipeline = pipelineFor(flags.stages);
      let rejected = 0;
      const { files, errors } = await listInputs(paths);
      for (const e of errors) {
        rejected++;
        printError(e);
      }
      for (const f of files) {
        for await (const item of readInputFile(f, { date })) {
          if (item.kind === 'error') {
            rejected++;
            printError(item.error);
            continue;
          }
          const adoc = pipeline.analyze(item.parsed.doc);
          const line = JSON.stringify(toContract(adoc, { tokens: !!flags.tokens })) + '\n';
          if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
        }
      }
      if (rejected) process.exitCode = EXIT.REJECTED;
    });
}
