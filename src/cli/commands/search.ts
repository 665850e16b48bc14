/** `litopys search <query>`: full-text search with highlighted snippets. */
import type { Command } from 'commander';
import { search } from '../../store/search.js';
import { LitopysError } from '../../errors.js';
import { EVENT_TYPES } from '../../types.js';
import { addDbOption, addFormatOption, applyHighlights, dateOption, highlighter, intOption, openStoreFor } from '../options.js';

interface SearchFlags {
  db?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  source?: string;
  entity?: string;
  type?: string;
  sort?: string;
  format: 'text' | 'json';
}

export function register(program: Command): void {
  const cmd = program
    .command('search')
    .description('full-text search: every query word must match (surface form or lemma); "quoted phrases"; prefix*')
    .argument('<query...>', 'words to find')
    .option('--from <YYYY-MM-DD>', 'only documents dated on or after')
    .option('--to <YYYY-MM-DD>', 'only documents dated on or before')
    .option('--source <name>', 'only documents from this source')
    .option('--entity <TYPE:name>', 'only documents mentioning this entity (e.g. PERS:андрій єрмак; see `litopys entities`)')
    .option('--type <EVENT_TYPES>', 'only documents with an event of these PLOVER types (comma-separated, e.g. ASSAULT,SANCTION)')
    .option('--sort <order>', 'relevance (bm25) or date (newest first)', 'relevance')
    .option('-n, --limit <n>', 'number of hits', '10')
    .option('--offset <n>', 'skip this many hits (paging)', '0');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.action((words: string[], flags: SearchFlags) => {
    const from = dateOption(flags.from, '--from');
    const to = dateOption(flags.to, '--to');
    const limit = intOption(flags.limit, '--limit', 1);
    const offset = intOption(flags.offset, '--offset', 0);
    if (flags.sort !== 'relevance' && flags.sort !== 'date') {
      throw new LitopysError('USAGE', `--sort must be relevance or date, not "${flags.sort}"`, { field: '--sort' });
    }
    const eventTypes = flags.type ? flags.type.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) : undefined;
    for (const t of eventTypes ?? []) {
      if (!(EVENT_TYPES as readonly string[]).includes(t)) {
        throw new LitopysError('USAGE', `unknown event type "${t}"`, { field: '--type' }, `one of ${EVENT_TYPES.join(', ')}`);
      }
    }
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const result = search(store, {
        query: words.join(' '), from, to, source: flags.source, entity: flags.entity, eventTypes, sort: flags.sort, limit, offset,
      });
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(result) + '\n');
        return;
      }
      if (!result.hits.length) {
        process.stdout.write('no matches\n');
        return;
      }
      const mark = highlighter(!!process.stdout.isTTY);
      for (const h of result.hits) {
        const meta = [h.date ?? 'undated', h.source, h.title].filter(Boolean).join(' · ');
        process.stdout.write(`${h.id}  ${meta}\n  ${applyHighlights(h.snippet.replace(/\s+/g, ' '), collapseRanges(h.snippet, h.highlights), mark)}\n\n`);
      }
    } finally {
      store.close();
    }
  });
}

/** Maps highlight ranges through the whitespace collapsing applied to the snippet for display. */
function collapseRanges(text: string, ranges: [number, number][]): [number, number][] {
  const map: number[] = [];
  let out = 0;
  let prevSpace = false;
  for (let i = 0; i <= text.length; i++) {
    map[i] = out;
    if (i === text.length) break;
    const space = /\s/.test(text[i]);
    if (!(space && prevSpace)) out++;
    prevSpace = space;
  }
  return ranges.map(([s, e]) => [map[s], map[e]]);
}
