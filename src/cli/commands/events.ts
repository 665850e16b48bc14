/** `litopys events`: the PLOVER events of the stored documents, filtered, as a table or exported. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { EVENT_TYPES } from '../../types.js';
import { queryEvents, type EventActor, type StoredEvent } from '../../store/layers/events.js';
import { dateOption, intOption, openStoreFor, addDbOption } from '../options.js';
import { LitopysError } from '../../errors.js';

type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'plover';

interface EventsFlags {
  db?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: string;
  format: Format;
}

const names = (xs: EventActor[]): string => xs.map((a) => a.name).join('; ');
const dateText = (e: StoredEvent): string =>
  e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) + (e.dateReported ? '*' : '') : '';

/** One event in the PLOVER-style exchange form: event_type, mode, actors with their codes, date, place, evidence. */
export function toPlover(e: StoredEvent): Record<string, unknown> {
  const code = (a: EventActor): Record<string, unknown> => ({ name: a.name, country: a.country, sector: a.sector });
  return {
    id: `${e.doc}:${e.id}`,
    event_type: e.type,
    mode: e.mode,
    event_date: e.date?.start ?? null,
    event_date_end: e.date?.end ?? null,
    date_reported: e.dateReported,
    source_actor: e.source.map((a) => a.name).join('; ') || null,
    source_codes: e.source.map(code),
    target_actor: e.target.map((a) => a.name).join('; ') || null,
    target_codes: e.target.map(code),
    location: e.location?.name ?? null,
    negated: e.negated,
    modality: e.modality,
    trigger: e.trigger,
    event_text: e.sentence,
    doc_id: e.doc,
    doc_date: e.docDate,
    url: e.url,
  };
}

function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['doc', 'id', 'type', 'mode', 'date_start', 'date_end', 'date_reported', 'source', 'source_country', 'target',
  'target_country', 'location', 'negated', 'modality', 'trigger', 'sentence', 'url'] as const;

export function toCsv(events: StoredEvent[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    rows.push([
      e.doc, e.id, e.type, e.mode, e.date?.start, e.date?.end, e.dateReported ? 1 : 0, names(e.source),
      e.source.map((a) => a.country ?? '').join('; '), names(e.target), e.target.map((a) => a.country ?? '').join('; '),
      e.location?.name, e.negated ? 1 : 0, e.modality, e.trigger, e.sentence, e.url,
    ].map(csvField).join(','));
  }
  return rows.join('\n') + '\n';
}

function toJson(e: StoredEvent): StoredEvent {
  return e;
}

function table(events: StoredEvent[]): string {
  if (!events.length) return 'no events\n';
  const lines = events.map((e) => {
    const neg = e.negated ? ' (not)' : '';
    const mod = e.modality !== 'occurred' ? ` [${e.modality}]` : '';
    const place = e.location ? ` @ ${e.location.name}` : '';
    return `${dateText(e).padEnd(12)} ${(e.type + (e.mode ? '/' + e.mode : '')).padEnd(18)} ${names(e.source) || '—'} → ${names(e.target) || '—'}${place}${mod}${neg}  «${e.trigger}»  ${e.doc}`;
  });
  return lines.join('\n') + '\n' + (events.some((e) => e.dateReported) ? '* = the article date (no date in the clause)\n' : '');
}

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('PLOVER events (who did what to whom, when, where) of the stored documents')
    .addOption(new Option('--type <type>', `only this event type (${EVENT_TYPES.join(', ')})`).argParser((v) => v.toUpperCase()))
    .option('--actor <name>', 'only events with a source or target whose name contains this (case-insensitive)')
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('-n, --limit <n>', 'number of events', '100')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv', 'plover']).default('table'));
  addDbOption(cmd);
  cmd.action((flags: EventsFlags) => {
    if (flags.type && !(EVENT_TYPES as readonly string[]).includes(flags.type)) {
      throw new LitopysError('USAGE', `unknown event type "${flags.type}"`, { field: '--type' }, `one of ${EVENT_TYPES.join(', ')}`);
    }
    const from = dateOption(flags.from, '--from');
    const to = dateOption(flags.to, '--to');
    const limit = intOption(flags.limit, '--limit', 1);
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const events = queryEvents(store.db, { type: flags.type, actor: flags.actor, from, to, limit });
      switch (flags.format) {
        case 'json':
          process.stdout.write(JSON.stringify({ events: events.map(toJson) }) + '\n');
          break;
        case 'jsonl':
          for (const e of events) process.stdout.write(JSON.stringify(toJson(e)) + '\n');
          break;
        case 'plover':
          process.stdout.write(JSON.stringify(events.map(toPlover), null, 2) + '\n');
          break;
        case 'csv':
          process.stdout.write(toCsv(events));
          break;
        default:
          process.stdout.write(table(events));
      }
    } finally {
      store.close();
    }
  });
}
