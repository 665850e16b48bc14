/** `litopys entities`: named entities aggregated across the stored documents. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { ENTITY_TYPES } from '../../types.js';
import { listEntities } from '../../store/layers/entities.js';
import { addDbOption, addFormatOption, intOption, openStoreFor } from '../options.js';

interface EntitiesFlags {
  db?: string;
  type?: string;
  query?: string;
  limit?: string;
  offset?: string;
  format: 'text' | 'json';
}

export function register(program: Command): void {
  const cmd = program
    .command('entities')
    .description('named entities across the stored documents: canonical name, type, documents, mentions')
    .addOption(new Option('--type <type>', 'only this entity type').choices([...ENTITY_TYPES]))
    .option('-q, --query <text>', 'only names containing this text (case-insensitive: "єрмак" finds "Андрій Єрмак")')
    .option('-n, --limit <n>', 'number of entities', '20')
    .option('--offset <n>', 'skip this many (paging)', '0');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.action((flags: EntitiesFlags) => {
    const limit = intOption(flags.limit, '--limit', 1);
    const offset = intOption(flags.offset, '--offset', 0);
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const r = listEntities(store.db, { type: flags.type, query: flags.query, limit, offset });
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(r) + '\n');
        return;
      }
      if (!r.entities.length) {
        process.stdout.write('no entities\n');
        return;
      }
      const w = Math.min(48, Math.max(...r.entities.map((e) => e.name.length)));
      process.stdout.write(`${'name'.padEnd(w)}  type    docs  mentions  actor\n`);
      for (const e of r.entities) {
        const actor = [e.country, e.sector].filter(Boolean).join('/');
        process.stdout.write(`${e.name.padEnd(w)}  ${e.type.padEnd(6)}  ${String(e.documents).padStart(4)}  ${String(e.mentions).padStart(8)}  ${actor}\n`);
      }
      const shown = (offset ?? 0) + r.entities.length;
      if (shown < r.total) process.stdout.write(`… ${r.total - shown} more (--offset ${shown})\n`);
    } finally {
      store.close();
    }
  });
}
