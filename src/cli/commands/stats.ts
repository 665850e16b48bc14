/** `litopys stats`: what the store holds. */
import type { Command } from 'commander';
import { storeStats } from '../../store/stats.js';
import { addDbOption, addFormatOption, openStoreFor } from '../options.js';

export function register(program: Command): void {
  const cmd = program.command('stats').description('counts of what the store holds');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.action((flags: { db?: string; format: 'text' | 'json' }) => {
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const s = storeStats(store);
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(s) + '\n');
        return;
      }
      const lines = [
        `store:      ${s.path} (${(s.bytes / 2 ** 20).toFixed(1)} MiB, schema ${s.schemaVersion})`,
        `documents:  ${s.documents}${s.undated ? ` (${s.undated} undated)` : ''}`,
        `dates:      ${s.firstDate ?? '—'} … ${s.lastDate ?? '—'}`,
        `tokens:     ${s.tokens}`,
        ...Object.entries(s.layers).map(([k, v]) => `${(k + ':').padEnd(11)} ${v}`),
      ];
      if (s.sources.length) lines.push(`sources:    ${s.sources.map((x) => `${x.source} (${x.documents})`).join(', ')}`);
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      store.close();
    }
  });
}
