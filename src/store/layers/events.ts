/**
 * The events layer: PLOVER events (table `events`) and their source/target actors (table `event_actors`, entity ids
 * of the same document), plus the query behind `litopys events`.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedDocument, Event, EventType, Modality } from '../../types.js';
import type { LayerWriter } from '../layers.js';

interface Statements {
  event: Database.Statement;
  actor: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      event: db.prepare(`INSERT INTO events (doc, id, type, mode, date_start, date_end, date_reported, location, trigger_start,
        trigger_end, trigger_text, sentence, negated, modality) VALUES (@doc, @id, @type, @mode, @ds, @de, @dr, @loc, @ts, @te, @tt, @sen, @neg, @mod)`),
      actor: db.prepare('INSERT INTO event_actors (doc, event, role, entity, idx) VALUES (?, ?, ?, ?, ?)'),
    };
    cache.set(db, s);
  }
  return s;
}

interface EventRow {
  id: string;
  type: string;
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  date_reported: number;
  location: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  sentence: number;
  negated: number;
  modality: string;
}

export const eventsLayer: LayerWriter = {
  name: 'events',
  write(db, docRowId, adoc) {
    const s = statements(db);
    for (const e of adoc.events) {
      s.event.run({
        doc: docRowId, id: e.id, type: e.type, mode: e.mode ?? null, ds: e.date?.start ?? null, de: e.date?.end ?? null,
        dr: e.dateReported ? 1 : 0, loc: e.location, ts: e.trigger.start, te: e.trigger.end, tt: e.trigger.text,
        sen: e.sentence, neg: e.negated ? 1 : 0, mod: e.modality,
      });
      e.source.forEach((id, i) => s.actor.run(docRowId, e.id, 'source', id, i));
      e.target.forEach((id, i) => s.actor.run(docRowId, e.id, 'target', id, i));
    }
  },
  read(db, docRowId, adoc: AnalyzedDocument) {
    const rows = db.prepare('SELECT * FROM events WHERE doc = ? ORDER BY trigger_start, id').all(docRowId) as EventRow[];
    const actors = db.prepare('SELECT event, role, entity FROM event_actors WHERE doc = ? ORDER BY event, role, idx').all(docRowId) as
      { event: string; role: 'source' | 'target'; entity: string }[];
    adoc.events = rows.map((r): Event => {
      const ev: Event = {
        id: r.id, type: r.type as EventType, source: [], target: [],
        date: r.date_start ? { start: r.date_start, end: r.date_end ?? r.date_start } : null,
        location: r.location, trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
        sentence: r.sentence, negated: !!r.negated, modality: r.modality as Modality,
      };
      if (r.mode !== null) ev.mode = r.mode;
      if (r.date_reported) ev.dateReported = true;
      for (const a of actors) if (a.event === r.id) ev[a.role].push(a.entity);
      return ev;
    });
  },
  stats(db) {
    const r = db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
    return { events: r.n };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Query for `litopys events`.

export interface EventQuery {
  type?: string;
  /** Actor name: matched against the lowercased canonical names of source/target entities (substring). */
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface EventActor {
  id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
}

export interface StoredEvent {
  doc: string;
  docDate: string | null;
  url: string | null;
  title: string | null;
  id: string;
  type: string;
  mode: string | null;
  date: { start: string; end: string } | null;
  dateReported: boolean;
  source: EventActor[];
  target: EventActor[];
  location: EventActor | null;
  trigger: string;
  sentence: string;
  negated: boolean;
  modality: string;
}

/** Lowercased, apostrophes unified — the `entities.norm` form. */
export function normActor(name: string): string {
  return name.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Events matching `q`, newest first (by event date, else document date). */
export function queryEvents(db: Database.Database, q: EventQuery): StoredEvent[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const date = 'COALESCE(e.date_start, d.date)';
  if (q.type) {
    where.push('e.type = @type');
    params.type = q.type;
  }
  if (q.from) {
    where.push(`COALESCE(e.date_end, e.date_start, d.date) >= @from`);
    params.from = q.from;
  }
  if (q.to) {
    where.push(`${date} <= @to`);
    params.to = q.to;
  }
  if (q.actor) {
    where.push(`EXISTS (SELECT 1 FROM event_actors a JOIN entities n ON n.doc = a.doc AND n.id = a.entity
      WHERE a.doc = e.doc AND a.event = e.id AND instr(n.norm, @actor) > 0)`);
    params.actor = normActor(q.actor);
  }
  const sql = `SELECT e.doc AS rowid, d.id AS docid, d.date AS ddate, d.url, d.title, e.* FROM events e JOIN documents d ON d.rowid = e.doc
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${date} DESC, d.id, e.trigger_start LIMIT @limit`;
  params.limit = q.limit ?? 100;
  const rows = db.prepare(sql).all(params) as (EventRow & { rowid: number; docid: string; ddate: string | null; url: string | null; title: string | null })[];
  const actorsOf = db.prepare('SELECT role, entity FROM event_actors WHERE doc = ? AND event = ? ORDER BY role, idx');
  const entity = db.prepare('SELECT id, name, type, country, sector FROM entities WHERE doc = ? AND id = ?');
  const sentenceRow = db.prepare('SELECT start, end FROM sentences WHERE doc = ? AND idx = ?');
  const textRow = db.prepare('SELECT text FROM document_texts WHERE doc = ?');
  const texts = new Map<number, string>();
  // Offsets are UTF-16 code units (as JavaScript indexes strings), so the sentence is cut here, not in SQL.
  const sentence = (doc: number, idx: number): string => {
    let text = texts.get(doc);
    if (text === undefined) {
      text = (textRow.get(doc) as { text: string } | undefined)?.text ?? '';
      texts.set(doc, text);
    }
    const r = sentenceRow.get(doc, idx) as { start: number; end: number } | undefined;
    return r ? text.slice(r.start, r.end).trim() : '';
  };
  const ent = (doc: number, id: string): EventActor => {
    const r = entity.get(doc, id) as EventActor | undefined;
    return r ?? { id, name: id, type: '', country: null, sector: null };
  };
  return rows.map((r) => {
    const src: EventActor[] = [];
    const tgt: EventActor[] = [];
    for (const a of actorsOf.all(r.rowid, r.id) as { role: string; entity: string }[]) (a.role === 'source' ? src : tgt).push(ent(r.rowid, a.entity));
    return {
      doc: r.docid, docDate: r.ddate, url: r.url, title: r.title, id: r.id, type: r.type, mode: r.mode,
      date: r.date_start ? { start: r.date_start, end: r.date_end ?? r.date_start } : null, dateReported: !!r.date_reported,
      source: src, target: tgt, location: r.location ? ent(r.rowid, r.location) : null, trigger: r.trigger_text,
      sentence: sentence(r.rowid, r.sentence),
      negated: !!r.negated, modality: r.modality,
    };
  });
}
