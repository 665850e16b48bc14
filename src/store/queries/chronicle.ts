/**
 * Read queries over the chronicle tables of migration 002 (entities, mentions, times, events, event_actors, quotes),
 * for the HTTP API and the web UI. They read the schema only — not the pipeline stages that fill it — so they work on
 * any store, whichever stages ran.
 *
 * One real-world thing across documents is an entity *key*: `TYPE:norm` (e.g. `PERS:марко рубіо`), where `norm` is
 * the lowercased canonical name the writers store.
 */
import type Database from 'better-sqlite3';
import { LitopysError } from '../../errors.js';
import type { Store } from '../store.js';

/** An entity as it appears in an event, quote or list: the cross-document key and the document-local id. */
export interface ActorRef {
  key: string;
  /** Document-local id (E1 …). */
  id: string;
  name: string;
  type: string;
}

export interface EntityKey {
  type: string;
  norm: string;
}

/** `TYPE:norm` for an entity row. */
export function entityKey(type: string, norm: string): string {
  return `${type}:${norm}`;
}

/** Parses `TYPE:norm`; throws USAGE naming `field` when malformed. */
export function parseEntityKey(key: string, field = 'entity'): EntityKey {
  const i = key.indexOf(':');
  if (i <= 0 || i === key.length - 1) {
    throw new LitopysError('USAGE', `an entity key is TYPE:name (e.g. "PERS:марко рубіо"), got "${key}"`, { field });
  }
  return { type: key.slice(0, i).toUpperCase(), norm: normName(key.slice(i + 1)) };
}

/** The cross-document key form of a name: lowercased, apostrophes unified, spaces collapsed. */
export function normName(name: string): string {
  return name.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Filters shared by events, timeline, network and quotes. Dates are inclusive ISO dates. */
export interface ChronicleFilter {
  from?: string;
  to?: string;
  /** Event types (PLOVER), any of. */
  types?: string[];
  /** Entity key: only events where it is a source or target actor (quotes: where it speaks). */
  entity?: string;
  /** Document source. */
  source?: string;
  /** Document id. */
  doc?: string;
  /** An FTS5 MATCH expression (src/store/search.ts toMatchExpression): only documents matching it. */
  match?: string;
}

interface Where {
  sql: string[];
  params: Record<string, unknown>;
}

const EVENT_DATE = 'COALESCE(e.date_start, d.date)';

function eventWhere(f: ChronicleFilter): Where {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.from) {
    sql.push(`${EVENT_DATE} >= @from`);
    params.from = f.from;
  }
  if (f.to) {
    sql.push(`${EVENT_DATE} <= @to`);
    params.to = f.to;
  }
  if (f.types?.length) {
    sql.push(`e.type IN (${f.types.map((_, i) => `@type${i}`).join(', ')})`);
    f.types.forEach((t, i) => (params[`type${i}`] = t));
  }
  if (f.entity) {
    const k = parseEntityKey(f.entity);
    sql.push(`EXISTS (SELECT 1 FROM event_actors fa JOIN entities fn ON fn.doc = fa.doc AND fn.id = fa.entity
      WHERE fa.doc = e.doc AND fa.event = e.id AND fn.norm = @enorm AND fn.type = @etype)`);
    params.enorm = k.norm;
    params.etype = k.type;
  }
  docWhere(f, sql, params);
  return { sql, params };
}

function docWhere(f: ChronicleFilter, sql: string[], params: Record<string, unknown>): void {
  if (f.source) {
    sql.push('d.source = @source');
    params.source = f.source;
  }
  if (f.doc) {
    sql.push('d.id = @docid');
    params.docid = f.doc;
  }
  if (f.match) {
    sql.push('d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match)');
    params.match = f.match;
  }
}

/** Conditions on documents `d`: publication date range, source, and an entity they mention (TYPE:norm key). */
export function documentWhere(
  f: { from?: string; to?: string; source?: string; entity?: string },
  sql: string[],
  params: Record<string, unknown>,
): void {
  if (f.from) {
    sql.push('d.date >= @from');
    params.from = f.from;
  }
  if (f.to) {
    sql.push('d.date <= @to');
    params.to = f.to;
  }
  if (f.entity) {
    const k = parseEntityKey(f.entity);
    sql.push('EXISTS (SELECT 1 FROM entities n WHERE n.doc = d.rowid AND n.norm = @enorm AND n.type = @etype)');
    params.enorm = k.norm;
    params.etype = k.type;
  }
  docWhere({ source: f.source }, sql, params);
}

function where(w: string[]): string {
  return w.length ? 'WHERE ' + w.join(' AND ') : '';
}

function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LitopysError) throw e;
    const msg = (e as Error).message;
    if (/fts5|MATCH/i.test(msg)) throw new LitopysError('USAGE', `cannot run the query: ${msg}`, { field: 'q' });
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Events

export interface EventItem {
  /** Document id. */
  doc: string;
  id: string;
  type: string;
  mode: string | null;
  date: { start: string; end: string } | null;
  dateReported: boolean;
  docDate: string | null;
  docTitle: string | null;
  docSource: string | null;
  sentence: number;
  /** The sentence the event was found in. */
  sentenceText: string;
  trigger: { start: number; end: number; text: string };
  negated: boolean;
  modality: string;
  location: ActorRef | null;
  sources: ActorRef[];
  targets: ActorRef[];
}

export type EventSort = 'date' | '-date' | 'type';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

interface EventRow {
  rowid: number;
  docid: string;
  id: string;
  type: string;
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  date_reported: number;
  d_date: string | null;
  title: string | null;
  source: string | null;
  sentence: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  negated: number;
  modality: string;
  location: string | null;
}

class DocCache {
  private texts = new Map<number, string>();
  private sentences = new Map<number, { start: number; end: number }[]>();
  private entities = new Map<number, Map<string, ActorRef>>();
  constructor(private db: Database.Database) {}
  text(doc: number): string {
    let t = this.texts.get(doc);
    if (t === undefined) {
      t = (this.db.prepare('SELECT text FROM document_texts WHERE doc = ?').get(doc) as { text: string } | undefined)?.text ?? '';
      this.texts.set(doc, t);
    }
    return t;
  }
  sentence(doc: number, idx: number): string {
    let s = this.sentences.get(doc);
    if (!s) {
      s = [];
      for (const r of this.db.prepare('SELECT idx, start, end FROM sentences WHERE doc = ?').all(doc) as { idx: number; start: number; end: number }[]) s[r.idx] = r;
      this.sentences.set(doc, s);
    }
    const r = s[idx];
    return r ? this.text(doc).slice(r.start, r.end) : '';
  }
  entity(doc: number, id: string | null): ActorRef | null {
    if (id === null) return null;
    let m = this.entities.get(doc);
    if (!m) {
      m = new Map();
      for (const r of this.db.prepare('SELECT id, type, name, norm FROM entities WHERE doc = ?').all(doc) as { id: string; type: string; name: string; norm: string }[]) {
        m.set(r.id, { key: entityKey(r.type, r.norm), id: r.id, name: r.name, type: r.type });
      }
      this.entities.set(doc, m);
    }
    return m.get(id) ?? { key: '', id, name: id, type: '' };
  }
}

const SORTS: Record<EventSort, string> = {
  date: `${EVENT_DATE}, d.id, e.id`,
  '-date': `${EVENT_DATE} DESC, d.id, e.id`,
  type: `e.type, ${EVENT_DATE} DESC, d.id, e.id`,
};

/** Events matching `f`, a page at a time, each with its actors, place and sentence. */
export function listEvents(store: Store, f: ChronicleFilter, page: { limit?: number; offset?: number; sort?: EventSort } = {}): Page<EventItem> {
  const limit = Math.max(1, Math.min(page.limit ?? 50, 10000));
  const offset = Math.max(0, page.offset ?? 0);
  const w = eventWhere(f);
  const from = `FROM events e JOIN documents d ON d.rowid = e.doc ${where(w.sql)}`;
  return run(() => {
    const total = (store.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(w.params) as { n: number }).n;
    const rows = store.db
      .prepare(`SELECT e.doc AS rowid, d.id AS docid, e.id, e.type, e.mode, e.date_start, e.date_end, e.date_reported, d.date AS d_date,
          d.title, d.source, e.sentence, e.trigger_start, e.trigger_end, e.trigger_text, e.negated, e.modality, e.location
        ${from} ORDER BY ${SORTS[page.sort ?? '-date']} LIMIT @limit OFFSET @offset`)
      .all({ ...w.params, limit, offset }) as EventRow[];
    return { total, limit, offset, items: eventItems(store.db, rows) };
  });
}

function eventItems(db: Database.Database, rows: EventRow[]): EventItem[] {
  const cache = new DocCache(db);
  const actors = db.prepare('SELECT role, entity FROM event_actors WHERE doc = ? AND event = ? ORDER BY role, idx');
  return rows.map((r) => {
    const sources: ActorRef[] = [];
    const targets: ActorRef[] = [];
    for (const a of actors.all(r.rowid, r.id) as { role: string; entity: string }[]) {
      const ref = cache.entity(r.rowid, a.entity);
      if (ref) (a.role === 'source' ? sources : targets).push(ref);
    }
    return {
      doc: r.docid,
      id: r.id,
      type: r.type,
      mode: r.mode,
      date: r.date_start ? { start: r.date_start, end: r.date_end ?? r.date_start } : null,
      dateReported: !!r.date_reported,
      docDate: r.d_date,
      docTitle: r.title,
      docSource: r.source,
      sentence: r.sentence,
      sentenceText: cache.sentence(r.rowid, r.sentence),
      trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
      negated: !!r.negated,
      modality: r.modality,
      location: cache.entity(r.rowid, r.location),
      sources,
      targets,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Timeline and network

export type Granularity = 'day' | 'month' | 'year';

export interface TimelinePoint {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  period: string;
  type: string;
  count: number;
}

const PERIOD_LEN: Record<Granularity, number> = { day: 10, month: 7, year: 4 };

/** Event counts per period per event type (events without any date are left out). */
export function timeline(store: Store, f: ChronicleFilter, granularity: Granularity = 'day'): TimelinePoint[] {
  const w = eventWhere(f);
  w.sql.push(`${EVENT_DATE} IS NOT NULL`);
  return run(
    () =>
      store.db
        .prepare(`SELECT substr(${EVENT_DATE}, 1, ${PERIOD_LEN[granularity]}) AS period, e.type AS type, COUNT(*) AS count
          FROM events e JOIN documents d ON d.rowid = e.doc ${where(w.sql)} GROUP BY period, e.type ORDER BY period, e.type`)
        .all(w.params) as TimelinePoint[],
  );
}

export interface NetworkNode {
  key: string;
  name: string;
  type: string;
  /** Events the node takes part in (as source or target), within the filter. */
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Events with this source acting on this target. */
  weight: number;
  /** The same, per event type. */
  types: Record<string, number>;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Who acts on whom: directed source → target edges weighted by the number of events, strongest first. */
export function network(store: Store, f: ChronicleFilter, opts: { limit?: number; minWeight?: number } = {}): Network {
  const limit = Math.max(1, Math.min(opts.limit ?? 200, 5000));
  const minWeight = Math.max(1, opts.minWeight ?? 1);
  const w = eventWhere(f);
  const rows = run(
    () =>
      store.db
        .prepare(`SELECT s.type AS st, s.norm AS sn, s.name AS sname, t.type AS tt, t.norm AS tn, t.name AS tname, e.type AS type, COUNT(*) AS n
          FROM events e JOIN documents d ON d.rowid = e.doc
          JOIN event_actors a ON a.doc = e.doc AND a.event = e.id AND a.role = 'source'
          JOIN event_actors b ON b.doc = e.doc AND b.event = e.id AND b.role = 'target'
          JOIN entities s ON s.doc = a.doc AND s.id = a.entity
          JOIN entities t ON t.doc = b.doc AND t.id = b.entity
          ${where(w.sql)}
          GROUP BY st, sn, sname, tt, tn, tname, e.type`)
        .all(w.params) as { st: string; sn: string; sname: string; tt: string; tn: string; tname: string; type: string; n: number }[],
  );
  const edges = new Map<string, NetworkEdge>();
  const names = new Map<string, Map<string, number>>();
  const nodeType = new Map<string, string>();
  const addName = (key: string, name: string, n: number): void => {
    let m = names.get(key);
    if (!m) names.set(key, (m = new Map()));
    m.set(name, (m.get(name) ?? 0) + n);
  };
  for (const r of rows) {
    const s = entityKey(r.st, r.sn);
    const t = entityKey(r.tt, r.tn);
    if (s === t) continue;
    nodeType.set(s, r.st);
    nodeType.set(t, r.tt);
    addName(s, r.sname, r.n);
    addName(t, r.tname, r.n);
    const k = s + '\u0000' + t;
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { source: s, target: t, weight: 0, types: {} }));
    e.weight += r.n;
    e.types[r.type] = (e.types[r.type] ?? 0) + r.n;
  }
  const kept = [...edges.values()]
    .filter((e) => e.weight >= minWeight)
    .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, limit);
  const weight = new Map<string, number>();
  for (const e of kept) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.weight);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.weight);
  }
  const nodes = [...weight.entries()]
    .map(([key, wgt]) => ({ key, name: bestName(names.get(key)), type: nodeType.get(key) ?? '', weight: wgt }))
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  return { nodes, edges: kept };
}

function bestName(m: Map<string, number> | undefined): string {
  let best = '';
  let n = -1;
  for (const [name, c] of m ?? []) if (c > n || (c === n && name < best)) [best, n] = [name, c];
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Entities

export interface EntitySummary {
  key: string;
  type: string;
  name: string;
  /** Documents it is found in. */
  documents: number;
  mentions: number;
  /** Events it takes part in, as source or target. */
  events: number;
  country: string | null;
  sector: string | null;
}

/** Entities across documents (grouped by key), most widely reported first. */
export function listEntities(
  store: Store,
  f: { q?: string; type?: string; from?: string; to?: string; source?: string; match?: string },
  page: { limit?: number; offset?: number } = {},
): Page<EntitySummary> {
  const limit = Math.max(1, Math.min(page.limit ?? 50, 1000));
  const offset = Math.max(0, page.offset ?? 0);
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.q) {
    sql.push("n.norm LIKE @q ESCAPE '\\'");
    params.q = '%' + normName(f.q).replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  }
  if (f.type) {
    sql.push('n.type = @type');
    params.type = f.type.toUpperCase();
  }
  if (f.from) {
    sql.push('d.date >= @from');
    params.from = f.from;
  }
  if (f.to) {
    sql.push('d.date <= @to');
    params.to = f.to;
  }
  docWhere({ source: f.source, match: f.match }, sql, params);
  const base = `FROM entities n JOIN documents d ON d.rowid = n.doc ${where(sql)}`;
  return run(() => {
    const total = (store.db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 ${base} GROUP BY n.type, n.norm)`).get(params) as { n: number }).n;
    const rows = store.db
      .prepare(`SELECT n.type, n.norm, MAX(n.name) AS name, COUNT(DISTINCT n.doc) AS documents, SUM(n.mention_count) AS mentions,
          MAX(n.country) AS country, MAX(n.sector) AS sector,
          (SELECT COUNT(*) FROM entities x JOIN event_actors a ON a.doc = x.doc AND a.entity = x.id WHERE x.norm = n.norm AND x.type = n.type) AS events
        ${base} GROUP BY n.type, n.norm ORDER BY documents DESC, mentions DESC, n.norm LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as (Omit<EntitySummary, 'key'> & { norm: string })[];
    return {
      total,
      limit,
      offset,
      items: rows.map((r) => ({ key: entityKey(r.type, r.norm), type: r.type, name: r.name, documents: r.documents, mentions: r.mentions, events: r.events, country: r.country, sector: r.sector })),
    };
  });
}

export interface CoActor {
  key: string;
  name: string;
  type: string;
  /** Events shared with the dossier's entity. */
  count: number;
  /** The same per month (YYYY-MM). */
  periods: { period: string; count: number }[];
}

export interface EntityDossier extends EntitySummary {
  /** Every name it was written under. */
  names: string[];
  role: string | null;
  kbId: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** The most recent events it takes part in. */
  recentEvents: Page<EventItem>;
  quotes: Page<QuoteItem>;
  coActors: CoActor[];
  /** Its events per month per type. */
  timeline: TimelinePoint[];
  /** The most recent documents that mention it. */
  documentsList: { id: string; date: string | null; title: string | null; source: string | null }[];
}

/** Everything known about one entity key across the store; null when no document mentions it. */
export function entityDossier(store: Store, key: string, opts: { events?: number; quotes?: number } = {}): EntityDossier | null {
  const k = parseEntityKey(key, 'key');
  const db = store.db;
  const sum = db
    .prepare(`SELECT COUNT(DISTINCT n.doc) AS documents, COALESCE(SUM(n.mention_count), 0) AS mentions, MIN(d.date) AS firstDate, MAX(d.date) AS lastDate
      FROM entities n JOIN documents d ON d.rowid = n.doc WHERE n.norm = ? AND n.type = ?`)
    .get(k.norm, k.type) as { documents: number; mentions: number; firstDate: string | null; lastDate: string | null };
  if (!sum.documents) return null;
  const names = db
    .prepare('SELECT name, COUNT(*) AS c FROM entities WHERE norm = ? AND type = ? GROUP BY name ORDER BY c DESC, name')
    .all(k.norm, k.type) as { name: string; c: number }[];
  const mostCommon = (col: string): string | null =>
    (db
      .prepare(`SELECT ${col} AS v, COUNT(*) AS c FROM entities WHERE norm = ? AND type = ? AND ${col} IS NOT NULL GROUP BY v ORDER BY c DESC, v LIMIT 1`)
      .get(k.norm, k.type) as { v: string } | undefined)?.v ?? null;
  const eventsCount = (db
    .prepare(`SELECT COUNT(DISTINCT a.doc || ':' || a.event) AS n FROM entities x JOIN event_actors a ON a.doc = x.doc AND a.entity = x.id WHERE x.norm = ? AND x.type = ?`)
    .get(k.norm, k.type) as { n: number }).n;
  const co = db
    .prepare(`SELECT o.type, o.norm, o.name, substr(COALESCE(e.date_start, d.date), 1, 7) AS period, COUNT(DISTINCT a.doc || ':' || a.event) AS n
      FROM entities x
      JOIN event_actors a ON a.doc = x.doc AND a.entity = x.id
      JOIN event_actors b ON b.doc = a.doc AND b.event = a.event AND b.entity <> a.entity
      JOIN entities o ON o.doc = b.doc AND o.id = b.entity
      JOIN events e ON e.doc = a.doc AND e.id = a.event
      JOIN documents d ON d.rowid = a.doc
      WHERE x.norm = @norm AND x.type = @type AND NOT (o.norm = @norm AND o.type = @type)
      GROUP BY o.type, o.norm, o.name, period`)
    .all({ norm: k.norm, type: k.type }) as { type: string; norm: string; name: string; period: string | null; n: number }[];
  const coMap = new Map<string, CoActor & { names: Map<string, number>; byPeriod: Map<string, number> }>();
  for (const r of co) {
    const ck = entityKey(r.type, r.norm);
    let c = coMap.get(ck);
    if (!c) coMap.set(ck, (c = { key: ck, name: '', type: r.type, count: 0, periods: [], names: new Map(), byPeriod: new Map() }));
    c.count += r.n;
    c.names.set(r.name, (c.names.get(r.name) ?? 0) + r.n);
    const p = r.period ?? 'undated';
    c.byPeriod.set(p, (c.byPeriod.get(p) ?? 0) + r.n);
  }
  const coActors = [...coMap.values()]
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, 30)
    .map((c) => ({
      key: c.key,
      name: bestName(c.names),
      type: c.type,
      count: c.count,
      periods: [...c.byPeriod.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([period, count]) => ({ period, count })),
    }));
  const documentsList = db
    .prepare(`SELECT DISTINCT d.id, d.date, d.title, d.source FROM entities n JOIN documents d ON d.rowid = n.doc
      WHERE n.norm = ? AND n.type = ? ORDER BY d.date DESC, d.id LIMIT 50`)
    .all(k.norm, k.type) as EntityDossier['documentsList'];
  return {
    key: entityKey(k.type, k.norm),
    type: k.type,
    name: names[0]?.name ?? k.norm,
    names: names.map((n) => n.name),
    documents: sum.documents,
    mentions: sum.mentions,
    events: eventsCount,
    country: mostCommon('country'),
    sector: mostCommon('sector'),
    role: mostCommon('role'),
    kbId: mostCommon('kb_id'),
    firstDate: sum.firstDate,
    lastDate: sum.lastDate,
    recentEvents: listEvents(store, { entity: key }, { limit: opts.events ?? 50, sort: '-date' }),
    quotes: listQuotes(store, { speaker: key }, { limit: opts.quotes ?? 50 }),
    coActors,
    timeline: timeline(store, { entity: key }, 'month'),
    documentsList,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes

export interface QuoteItem {
  doc: string;
  id: string;
  speaker: ActorRef | null;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  cue: { start: number; end: number; text: string } | null;
  docDate: string | null;
  docTitle: string | null;
  docSource: string | null;
}

/** Quotes, newest document first. `speaker` is an entity key; `text` a case-insensitive substring of the quote. */
export function listQuotes(
  store: Store,
  f: { speaker?: string; text?: string; from?: string; to?: string; source?: string; doc?: string; match?: string },
  page: { limit?: number; offset?: number } = {},
): Page<QuoteItem> {
  const limit = Math.max(1, Math.min(page.limit ?? 50, 10000));
  const offset = Math.max(0, page.offset ?? 0);
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.speaker) {
    const k = parseEntityKey(f.speaker, 'speaker');
    sql.push('EXISTS (SELECT 1 FROM entities s WHERE s.doc = q.doc AND s.id = q.speaker AND s.norm = @snorm AND s.type = @stype)');
    params.snorm = k.norm;
    params.stype = k.type;
  }
  if (f.text) {
    sql.push("lower(q.text) LIKE @text ESCAPE '\\'");
    params.text = '%' + f.text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  }
  if (f.from) {
    sql.push('d.date >= @from');
    params.from = f.from;
  }
  if (f.to) {
    sql.push('d.date <= @to');
    params.to = f.to;
  }
  docWhere({ source: f.source, doc: f.doc, match: f.match }, sql, params);
  const base = `FROM quotes q JOIN documents d ON d.rowid = q.doc ${where(sql)}`;
  return run(() => {
    const total = (store.db.prepare(`SELECT COUNT(*) AS n ${base}`).get(params) as { n: number }).n;
    const rows = store.db
      .prepare(`SELECT q.doc AS rowid, d.id AS docid, q.id, q.speaker, q.text, q.direct, q.start, q.end, q.cue_start, q.cue_end, q.cue_text,
          d.date, d.title, d.source ${base} ORDER BY d.date DESC, d.id, q.start LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as {
      rowid: number; docid: string; id: string; speaker: string | null; text: string; direct: number; start: number; end: number;
      cue_start: number | null; cue_end: number | null; cue_text: string | null; date: string | null; title: string | null; source: string | null;
    }[];
    const cache = new DocCache(store.db);
    return {
      total,
      limit,
      offset,
      items: rows.map((r) => ({
        doc: r.docid,
        id: r.id,
        speaker: cache.entity(r.rowid, r.speaker),
        text: r.text,
        direct: !!r.direct,
        start: r.start,
        end: r.end,
        cue: r.cue_start !== null && r.cue_end !== null ? { start: r.cue_start, end: r.cue_end, text: r.cue_text ?? '' } : null,
        docDate: r.date,
        docTitle: r.title,
        docSource: r.source,
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// One document's annotations

export interface DocumentAnnotations {
  entities: (ActorRef & { country: string | null; sector: string | null; role: string | null; kbId: string | null; geo: { lat: number; lon: number } | null; mentions: { start: number; end: number; text: string; type: string; sentence: number }[] })[];
  times: { start: number; end: number; text: string; sentence: number; value: { start: string; end: string } | null; relative: boolean }[];
  events: EventItem[];
  quotes: QuoteItem[];
}

/** The chronicle layers of the stored document `rowid`, as the tables hold them. */
export function documentAnnotations(store: Store, rowid: number, docId: string): DocumentAnnotations {
  const db = store.db;
  const ents = db.prepare('SELECT id, type, name, norm, country, sector, role, kb_id, lat, lon FROM entities WHERE doc = ? ORDER BY id').all(rowid) as {
    id: string; type: string; name: string; norm: string; country: string | null; sector: string | null; role: string | null; kb_id: string | null; lat: number | null; lon: number | null;
  }[];
  const mentions = db.prepare('SELECT entity, start, end, text, type, sentence FROM mentions WHERE doc = ? ORDER BY start, end').all(rowid) as {
    entity: string; start: number; end: number; text: string; type: string; sentence: number;
  }[];
  const byEntity = new Map<string, DocumentAnnotations['entities'][number]['mentions']>();
  for (const m of mentions) {
    let l = byEntity.get(m.entity);
    if (!l) byEntity.set(m.entity, (l = []));
    l.push({ start: m.start, end: m.end, text: m.text, type: m.type, sentence: m.sentence });
  }
  const entities = ents
    .map((e) => ({
      key: entityKey(e.type, e.norm),
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country,
      sector: e.sector,
      role: e.role,
      kbId: e.kb_id,
      geo: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : null,
      mentions: byEntity.get(e.id) ?? [],
    }))
    .sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const times = (db.prepare('SELECT start, end, text, sentence, value_start, value_end, relative FROM times WHERE doc = ? ORDER BY start').all(rowid) as {
    start: number; end: number; text: string; sentence: number; value_start: string | null; value_end: string | null; relative: number;
  }[]).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    sentence: t.sentence,
    value: t.value_start ? { start: t.value_start, end: t.value_end ?? t.value_start } : null,
    relative: !!t.relative,
  }));
  const events = listEvents(store, { doc: docId }, { limit: 10000, sort: 'date' }).items.sort((a, b) => a.trigger.start - b.trigger.start);
  const quotes = listQuotes(store, { doc: docId }, { limit: 10000 }).items;
  return { entities, times, events, quotes };
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

export interface DocumentMeta {
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  lang: string;
}

/** Stored documents, newest first, optionally only those mentioning an entity. */
export function listDocuments(
  store: Store,
  f: { from?: string; to?: string; source?: string; entity?: string },
  page: { limit?: number; offset?: number } = {},
): Page<DocumentMeta> {
  const limit = Math.max(1, Math.min(page.limit ?? 50, 1000));
  const offset = Math.max(0, page.offset ?? 0);
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  documentWhere(f, sql, params);
  const base = `FROM documents d ${where(sql)}`;
  const total = (store.db.prepare(`SELECT COUNT(*) AS n ${base}`).get(params) as { n: number }).n;
  const items = store.db
    .prepare(`SELECT d.id, d.date, d.title, d.source, d.url, d.lang ${base} ORDER BY d.date DESC, d.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as DocumentMeta[];
  return { total, limit, offset, items };
}

/** Row counts of the chronicle tables. */
export function chronicleCounts(store: Store): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ['entities', 'mentions', 'times', 'events', 'quotes']) {
    out[t] = (store.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}
