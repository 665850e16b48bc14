/**
 * Full-text search over the store. Each query word matches its surface form (title or text) OR any of its lemma
 * candidates (queryLemmas) in the lemma stream, so once the morphology stage feeds lemmas a query in one form finds
 * every form. Words are ANDed; "quoted phrases" match in order; a trailing * matches a prefix. One implementation for
 * the CLI and the API: filters on the chronicle layers (entity, event type) and optional facets (sources, months,
 * event types, entities) over the whole matching set.
 */
import { LitopysError } from '../errors.js';
import { segment } from '../nlp/segment/segmenter.js';
import type { Store } from './store.js';
import { queryLemmas } from './lemmas.js';
import { decodeTokens } from './tokenCodec.js';
import { makeSnippet, type QueryTerm } from './snippet.js';
import { documentWhere, entityKey } from './queries/chronicle.js';

export type { QueryTerm };

export interface SearchOptions {
  query: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Only documents with this source. */
  source?: string;
  limit?: number;
  offset?: number;
  /** Words of context on either side of a match in the snippet. */
  snippetWords?: number;
  /** Entity key (TYPE:norm): only documents that mention it. */
  entity?: string;
  /** Only documents with at least one event of one of these types. */
  eventTypes?: string[];
  /** Count the matches and compute facets (costs a pass over every match). */
  facets?: boolean;
  /** `relevance` (default: bm25, title words weigh most) or `date` (newest first). */
  sort?: 'relevance' | 'date';
  /** Relevance is computed over at most this many matches, the most recently stored (default RANK_WINDOW). */
  rankWindow?: number;
  /** The request field the query came from, named in errors (`query` on the CLI, `q` in the API). */
  field?: string;
}

export interface SearchHit {
  id: string;
  date: string | null;
  title?: string;
  source?: string;
  url?: string;
  /** bm25 relevance (higher is better). */
  score: number;
  /** A window of the text around the best match. */
  snippet: string;
  /** Matched ranges [start, end) within `snippet`. */
  highlights: [number, number][];
}

export interface Facets {
  sources: { value: string; count: number }[];
  months: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  entities: { key: string; name: string; type: string; count: number }[];
}

export interface SearchResult {
  query: string;
  /** The FTS5 expression the query became (for --format json and debugging). */
  match: string;
  /** Matching documents (only with facets). */
  total?: number;
  /** How the hits are ordered; for relevance, `ranked` tells over how many matches when the window cut in. */
  sort: 'relevance' | 'date';
  ranked?: number;
  hits: SearchHit[];
  facets?: Facets;
}

function quote(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** Words of a query string: phrases in double quotes, else word and number tokens. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /"([^"]*)"|([^"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query))) {
    const chunk = m[1] ?? m[2];
    const toks = segment(chunk).tokens;
    if (m[1] !== undefined) {
      const words = toks.filter((t) => t.kind !== 'punct' && t.kind !== 'symbol').map((t) => t.text);
      if (words.length) terms.push({ words, prefix: false });
      continue;
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind === 'punct' || t.kind === 'symbol') continue;
      const next = toks[i + 1];
      const prefix = !!next && next.text === '*' && next.start === t.end;
      terms.push({ words: [t.text], prefix });
    }
  }
  return terms;
}

/** The FTS5 MATCH expression for `terms`. */
export function toMatchExpression(terms: QueryTerm[]): string {
  return terms
    .map((t) => {
      const surface = quote(t.words.join(' ')) + (t.prefix ? '*' : '');
      if (t.prefix) return `({title body} : ${surface} OR lemmas : ${surface})`;
      if (t.words.length > 1) {
        const lemmaPhrase = quote(t.words.map((w) => queryLemmas(w)[0]).join(' '));
        return `({title body} : ${surface} OR lemmas : ${lemmaPhrase})`;
      }
      const lemmas = [...new Set(queryLemmas(t.words[0]))].map(quote);
      return `({title body} : ${surface} OR lemmas : (${lemmas.join(' OR ')}))`;
    })
    .join(' AND ');
}

/**
 * Scoring every match of a very common word costs time in proportion to the matches (about a microsecond each), so
 * relevance is computed over the RANK_WINDOW most recently stored matches; bm25 still uses the whole index's
 * statistics. `sort=date` orders every match.
 */
export const RANK_WINDOW = 2000;

/** The FTS5 expression for a user query; USAGE when it has no words. */
export function matchExpression(query: string, field = 'q'): string {
  const terms = parseQuery(query);
  if (!terms.length) throw new LitopysError('USAGE', 'the query has no words', { field });
  return toMatchExpression(terms);
}

/** Searches the store. Throws USAGE for an empty query or bad dates. */
export function search(store: Store, opts: SearchOptions): SearchResult {
  const field = opts.field ?? 'query';
  const terms = parseQuery(opts.query);
  if (!terms.length) throw new LitopysError('USAGE', 'the query has no words', { field });
  const match = toMatchExpression(terms);
  const limit = Math.max(1, Math.min(opts.limit ?? 10, 1000));
  const offset = Math.max(0, opts.offset ?? 0);
  const where: string[] = ['documents_fts MATCH @match'];
  const params: Record<string, unknown> = { match };
  documentWhere(opts, where, params);
  if (opts.eventTypes?.length) {
    where.push(`EXISTS (SELECT 1 FROM events v WHERE v.doc = d.rowid AND v.type IN (${opts.eventTypes.map((_, i) => `@vt${i}`).join(', ')}))`);
    opts.eventTypes.forEach((t, i) => (params[`vt${i}`] = t));
  }
  const from = `FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE ${where.join(' AND ')}`;
  const db = store.db;
  const sort = opts.sort ?? 'relevance';
  const window = Math.max(limit + offset, opts.rankWindow ?? RANK_WINDOW);
  try {
    let rows: { rowid: number; id: string; date: string | null; title: string | null; source: string | null; url: string | null; rank: number }[];
    const cols = 'd.rowid AS rowid, d.id, d.date, d.title, d.source, d.url, bm25(documents_fts, 3.0, 1.0, 0.8) AS rank';
    if (sort === 'date') {
      rows = db.prepare(`SELECT ${cols} ${from} ORDER BY d.date DESC, d.rowid DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as typeof rows;
    } else {
      // bm25 for the `window` most recently stored matches only: FTS5 streams matches in rowid order and stops there.
      rows = db
        .prepare(`SELECT m.rowid, m.rank, d.id, d.date, d.title, d.source, d.url
          FROM (SELECT documents_fts.rowid AS rowid, bm25(documents_fts, 3.0, 1.0, 0.8) AS rank ${from}
                ORDER BY documents_fts.rowid DESC LIMIT @window) m
          JOIN documents d ON d.rowid = m.rowid
          ORDER BY m.rank, d.date DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit, offset, window }) as typeof rows;
    }
    const load = db.prepare('SELECT text, tokens FROM document_texts WHERE doc = ?');
    const words = opts.snippetWords ?? 12;
    const hits = rows.map((r) => {
      const row = (load.get(r.rowid) as { text: string; tokens: string | null } | undefined) ?? { text: '', tokens: null };
      const tokens = row.tokens ? decodeTokens(row.tokens, row.text, () => 0) : [];
      const s = makeSnippet(row.text, tokens, terms, words);
      const hit: SearchHit = { id: r.id, date: r.date, score: -r.rank, snippet: s.snippet, highlights: s.highlights };
      if (r.title !== null) hit.title = r.title;
      if (r.source !== null) hit.source = r.source;
      if (r.url !== null) hit.url = r.url;
      return hit;
    });
    const result: SearchResult = { query: opts.query, match, sort, hits };
    if (opts.facets) {
      // One pass stores the matching rowids in a temporary table; the facet queries join it.
      db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (r INTEGER PRIMARY KEY); DELETE FROM temp.search_matches');
      result.total = db.prepare(`INSERT INTO temp.search_matches (r) SELECT d.rowid ${from}`).run(params).changes;
      result.facets = facets(store);
      if (sort === 'relevance' && result.total > window) result.ranked = window;
      db.exec('DELETE FROM temp.search_matches');
    }
    return result;
  } catch (e) {
    if (e instanceof LitopysError) throw e;
    throw new LitopysError('USAGE', `cannot run the query: ${(e as Error).message}`, { field });
  }
}

/** Entity facets list named things (people, organisations, places, other names), not dates, sums or roles. */
const FACET_ENTITY_TYPES = "('PERS', 'ORG', 'LOC', 'MISC')";

function facets(store: Store): Facets {
  const db = store.db;
  const inSet = '(SELECT r FROM temp.search_matches)';
  const sources = db
    .prepare(`SELECT source AS value, COUNT(*) AS count FROM documents WHERE rowid IN ${inSet} AND source IS NOT NULL GROUP BY source ORDER BY count DESC, value LIMIT 20`)
    .all() as Facets['sources'];
  const months = db
    .prepare(`SELECT substr(date, 1, 7) AS value, COUNT(*) AS count FROM documents WHERE rowid IN ${inSet} AND date IS NOT NULL GROUP BY value ORDER BY value`)
    .all() as Facets['months'];
  const eventTypes = db
    .prepare(`SELECT type AS value, COUNT(DISTINCT doc) AS count FROM events WHERE doc IN ${inSet} GROUP BY type ORDER BY count DESC, value`)
    .all() as Facets['eventTypes'];
  const ents = db
    .prepare(`SELECT type, norm, MAX(name) AS name, COUNT(DISTINCT doc) AS count FROM entities WHERE doc IN ${inSet} AND type IN ${FACET_ENTITY_TYPES}
      GROUP BY type, norm ORDER BY count DESC, norm LIMIT 20`)
    .all() as { type: string; norm: string; name: string; count: number }[];
  return { sources, months, eventTypes, entities: ents.map((e) => ({ key: entityKey(e.type, e.norm), name: e.name, type: e.type, count: e.count })) };
}
