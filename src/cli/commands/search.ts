/** `litopys search <query>`: full-text search with highlighted snippets. */
import type { Command } from 'commander';
import { search } from '../../store/search.js';
import { addDbOption, addFormatOption, applyHighlights, dateOption, highlighter, intOption, openStoreFor } from '../options.js';

interface SearchFlags {
  db?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  source?: string;
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
    .option('-n, --limit <n>', 'number of hits', '10')
    .option('--offset <n>', 'skip this many hits (paging)', '0');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.action((words: string[], flags: SearchFlags) => {
    const from = dateOption(flags.from, '--from');
    const to = dateOption(flags.to, '--to');
    const limit = intOption(flags.limit, '--limit', 1);
    const offset = intOption(flags.offset, '--offset', 0);
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const result = search(store, { query: words.join(' '), from, to, source: flags.source, limit, offset });
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
