/**
 * The entities layer: doc.entities (canonical name, type, actor codes, coordinates) into `entities`, each mention
 * into `mentions` (migration 002). `norm` is the lowercased canonical name, the key that finds one real-world thing
 * across documents (`litopys entities`, the API).
 */
import type Database from 'better-sqlite3';
import type { AnalyzedDocument, Entity, EntityType, Mention } from '../../types.js';
import type { LayerWriter } from '../layers.js';
import { normName } from '../../nlp/resolve/link.js';

interface Statements {
  entity: Database.Statement;
  mention: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      entity: db.prepare(
        `INSERT INTO entities (doc, id, type, name, norm, country, sector, role, kb_id, lat, lon, mention_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      mention: db.prepare('INSERT OR IGNORE INTO mentions (doc, entity, start, end, text, type, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    };
    cache.set(db, s);
  }
  return s;
}

interface EntityRow {
  id: string;
  type: string;
  name: string;
  country: string | null;
  sector: string | null;
  role: string | null;
  kb_id: string | null;
  lat: number | null;
  lon: number | null;
}

interface MentionRow {
  entity: string;
  start: number;
  end: number;
  text: string;
  type: string;
  sentence: number;
}

/** Token range of a character span, given the document's tokens (sorted by offset). */
function tokenRange(adoc: AnalyzedDocument, start: number, end: number): [number, number] {
  const toks = adoc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < toks.length && toks[b].start < end) b++;
  return [lo, Math.max(lo, b)];
}

export const entitiesLayer: LayerWriter = {
  name: 'entities',
  write(db, docRowId, adoc) {
    const s = statements(db);
    for (const e of adoc.entities) {
      s.entity.run(
        docRowId,
        e.id,
        e.type,
        e.name,
        normName(e.name),
        e.actor?.country ?? e.geo?.country ?? null,
        e.actor?.sector ?? null,
        e.actor?.role ?? null,
        e.actor?.kbId ?? null,
        e.geo?.lat ?? null,
        e.geo?.lon ?? null,
        e.mentions.length,
      );
      for (const m of e.mentions) s.mention.run(docRowId, e.id, m.start, m.end, m.text, m.type, m.sentence);
    }
  },
  read(db, docRowId, adoc) {
    const rows = db
      .prepare('SELECT id, type, name, country, sector, role, kb_id, lat, lon FROM entities WHERE doc = ? ORDER BY CAST(substr(id, 2) AS INTEGER), id')
      .all(docRowId) as EntityRow[];
    if (!rows.length) return;
    const ms = db.prepare('SELECT entity, start, end, text, type, sentence FROM mentions WHERE doc = ? ORDER BY start, end').all(docRowId) as MentionRow[];
    const byEntity = new Map<string, Mention[]>();
    const mentions: Mention[] = [];
    for (const r of ms) {
      const [tokenStart, tokenEnd] = tokenRange(adoc, r.start, r.end);
      const m: Mention = { start: r.start, end: r.end, text: r.text, type: r.type as EntityType, sentence: r.sentence, tokenStart, tokenEnd, entity: r.entity };
      mentions.push(m);
      let list = byEntity.get(r.entity);
      if (!list) byEntity.set(r.entity, (list = []));
      list.push(m);
    }
    adoc.mentions = mentions;
    adoc.entities = rows.map((r): Entity => {
      const actor = {
        ...(r.country !== null ? { country: r.country } : {}),
        ...(r.sector !== null ? { sector: r.sector } : {}),
        ...(r.role !== null ? { role: r.role } : {}),
        ...(r.kb_id !== null ? { kbId: r.kb_id } : {}),
      };
      return {
        id: r.id,
        type: r.type as EntityType,
        name: r.name,
        mentions: byEntity.get(r.id) ?? [],
        ...(Object.keys(actor).length ? { actor } : {}),
        ...(r.lat !== null && r.lon !== null ? { geo: { lat: r.lat, lon: r.lon, ...(r.country !== null ? { country: r.country } : {}) } } : {}),
      };
    });
  },
  stats(db) {
    const e = db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT norm || char(9) || type) AS d FROM entities').get() as { n: number; d: number };
    const m = db.prepare('SELECT COUNT(*) AS n FROM mentions').get() as { n: number };
    return { entities: e.n, 'distinct entities': e.d, mentions: m.n };
  },
};

export interface EntitySummary {
  name: string;
  type: string;
  norm: string;
  documents: number;
  mentions: number;
  country: string | null;
  sector: string | null;
  kbId: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EntityQuery {
  type?: string;
  /** Case-insensitive substring of the canonical name. */
  query?: string;
  limit?: number;
  offset?: number;
}

/** Entities aggregated across documents by (norm, type), most documents first. */
export function listEntities(db: Database.Database, q: EntityQuery = {}): { total: number; entities: EntitySummary[] } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.type) {
    where.push('type = ?');
    args.push(q.type);
  }
  if (q.query) {
    where.push("instr(norm, ?) > 0");
    args.push(normName(q.query));
  }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM entities ${w} GROUP BY norm, type)`).get(...args) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT norm, type, MIN(name) AS name, COUNT(DISTINCT doc) AS documents, SUM(mention_count) AS mentions,
              MAX(country) AS country, MAX(sector) AS sector, MAX(kb_id) AS kbId, MAX(lat) AS lat, MAX(lon) AS lon
       FROM entities ${w} GROUP BY norm, type ORDER BY documents DESC, mentions DESC, norm LIMIT ? OFFSET ?`,
    )
    .all(...args, q.limit ?? 20, q.offset ?? 0) as EntitySummary[];
  return { total, entities: rows };
}
