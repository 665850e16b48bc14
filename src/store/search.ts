/**
 * Full-text search over the store. Each query word matches its surface form (title or text) OR any of its lemma
 * candidates (queryLemmas) in the lemma stream, so once the morphology stage feeds lemmas a query in one form finds
 * every form. Words are ANDed; "quoted phrases" match in order; a trailing * matches a prefix.
 */
import { LitopysError } from '../errors.js';
import { segment } from '../nlp/segment/segmenter.js';
import type { Store } from './store.js';
import { queryLemmas } from './lemmas.js';
import { decodeTokens } from './tokenCodec.js';
import { makeSnippet, type QueryTerm } from './snippet.js';

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

export interface SearchResult {
  query: string;
  /** The FTS5 expression the query became (for --format json and debugging). */
  match: string;
  hits: SearchHit[];
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

/** Searches the store. Throws USAGE for an empty query or bad dates. */
export function search(store: Store, opts: SearchOptions): SearchResult {
  const terms = parseQuery(opts.query);
  if (!terms.length) throw new LitopysError('USAGE', 'the query has no words', { field: 'query' });
  const match = toMatchExpression(terms);
  const limit = Math.max(1, Math.min(opts.limit ?? 10, 1000));
  const offset = Math.max(0, opts.offset ?? 0);
  const words = opts.snippetWords ?? 12;
  const where: string[] = ['documents_fts MATCH @match'];
  const params: Record<string, unknown> = { match, limit, offset };
  if (opts.from) {
    where.push('d.date >= @from');
    params.from = opts.from;
  }
  if (opts.to) {
    where.push('d.date <= @to');
    params.to = opts.to;
  }
  if (opts.source) {
    where.push('d.source = @source');
    params.source = opts.source;
  }
  const sql = `SELECT d.rowid AS rowid, d.id, d.date, d.title, d.source, d.url,
      bm25(documents_fts, 3.0, 1.0, 0.8) AS rank
    FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
    WHERE ${where.join(' AND ')}
    ORDER BY rank, d.date DESC
    LIMIT @limit OFFSET @offset`;
  let rows: { rowid: number; id: string; date: string | null; title: string | null; source: string | null; url: string | null; rank: number }[];
  try {
    rows = store.db.prepare(sql).all(params) as typeof rows;
  } catch (e) {
    throw new LitopysError('USAGE', `cannot run the query: ${(e as Error).message}`, { field: 'query' });
  }
  const load = store.db.prepare('SELECT text, tokens FROM document_texts WHERE doc = ?');
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
  return { query: opts.query, match, hits };
}
