/**
 * A real SQLite store for the API and web tests: examples/ plus three fixture articles (written for these tests),
 * ingested through the real reader, pipeline (segment) and store writer; then the chronicle layers of the fixture
 * articles (entities, mentions, a date, events with actors, a quote) inserted into the real tables of migration 002,
 * with offsets found in the stored text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInputs } from '../../src/ingest/ingestInputs.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { openStore, type Store } from '../../src/store/store.js';
import { ROOT } from '../cli/run.js';

export const FIXTURE = [
  {
    id: 'fx-aid',
    date: '2025-09-18',
    source: 'Тестовий вісник',
    title: 'Нідерланди передали Україні радари',
    text:
      'Уряд Нідерландів передав Україні нові радари для протиповітряної оборони. ' +
      '«Ми допомагатимемо стільки, скільки буде потрібно», – сказав прем’єр-міністр Нідерландів Дік Схоф. ' +
      'Гарантії безпеки для України обговорять наступного тижня.',
  },
  {
    id: 'fx-talks',
    date: '2025-09-20',
    source: 'Тестовий вісник',
    title: 'Телефонна розмова про радари',
    text: 'Дік Схоф провів телефонну розмову з президентом України. Сторони обговорили гарантії безпеки та нові поставки радарів.',
  },
  {
    id: 'fx-sanctions',
    date: '2025-10-02',
    source: 'Інша газета',
    title: 'Новий пакет санкцій',
    text: 'Рада ЄС ухвалила новий пакет санкцій проти Росії. Нідерланди підтримали це рішення одними з перших.',
  },
];

interface EntitySpec {
  id: string;
  type: string;
  name: string;
  /** Surface forms to mark (first occurrence of each, in order). */
  mentions: string[];
  country?: string;
  sector?: string;
}

interface EventSpec {
  id: string;
  type: string;
  mode?: string;
  trigger: string;
  source: string[];
  target: string[];
  date: string;
  modality?: string;
}

interface QuoteSpec {
  id: string;
  speaker: string | null;
  text: string;
  cue: string;
}

const ANNOTATIONS: Record<string, { entities: EntitySpec[]; events: EventSpec[]; quotes: QuoteSpec[]; times?: { text: string; start: string; end: string }[] }> = {
  'fx-aid': {
    entities: [
      { id: 'E1', type: 'LOC', name: 'Нідерланди', mentions: ['Нідерландів', 'Нідерландів'], country: 'NLD', sector: 'GOV' },
      { id: 'E2', type: 'LOC', name: 'Україна', mentions: ['Україні', 'України'], country: 'UKR' },
      { id: 'E3', type: 'PERS', name: 'Дік Схоф', mentions: ['Дік Схоф'], country: 'NLD', sector: 'GOV' },
    ],
    events: [{ id: 'V1', type: 'AID', mode: 'military', trigger: 'передав', source: ['E1'], target: ['E2'], date: '2025-09-18' }],
    quotes: [{ id: 'Q1', speaker: 'E3', text: 'Ми допомагатимемо стільки, скільки буде потрібно', cue: 'сказав' }],
    times: [{ text: 'наступного тижня', start: '2025-09-22', end: '2025-09-28' }],
  },
  'fx-talks': {
    entities: [
      { id: 'E1', type: 'PERS', name: 'Дік Схоф', mentions: ['Дік Схоф'], country: 'NLD', sector: 'GOV' },
      { id: 'E2', type: 'LOC', name: 'Україна', mentions: ['України'], country: 'UKR' },
    ],
    events: [{ id: 'V1', type: 'CONSULT', mode: 'phone', trigger: 'розмову', source: ['E1'], target: ['E2'], date: '2025-09-20' }],
    quotes: [],
  },
  'fx-sanctions': {
    entities: [
      { id: 'E1', type: 'ORG', name: 'Європейський Союз', mentions: ['ЄС'], country: 'EU', sector: 'IGO' },
      { id: 'E2', type: 'LOC', name: 'Росія', mentions: ['Росії'], country: 'RUS' },
      { id: 'E3', type: 'LOC', name: 'Нідерланди', mentions: ['Нідерланди'], country: 'NLD' },
    ],
    events: [
      { id: 'V1', type: 'SANCTION', trigger: 'ухвалила', source: ['E1'], target: ['E2'], date: '2025-10-02' },
      { id: 'V2', type: 'SUPPORT', trigger: 'підтримали', source: ['E3'], target: ['E1'], date: '2025-10-02' },
    ],
    quotes: [],
  },
};

function sentenceOf(store: Store, doc: number, pos: number): number {
  const r = store.db.prepare('SELECT idx FROM sentences WHERE doc = ? AND start <= ? AND end > ?').get(doc, pos, pos) as { idx: number } | undefined;
  return r?.idx ?? 0;
}

/** Inserts the fixture annotations into the chronicle tables (one transaction). */
export function annotate(store: Store): void {
  const db = store.db;
  db.transaction(() => {
    for (const [docId, a] of Object.entries(ANNOTATIONS)) {
      const { rowid, text } = db.prepare('SELECT d.rowid AS rowid, t.text FROM documents d JOIN document_texts t ON t.doc = d.rowid WHERE d.id = ?').get(docId) as { rowid: number; text: string };
      const find = (s: string, from = 0): number => {
        const i = text.indexOf(s, from);
        if (i < 0) throw new Error(`fixture: "${s}" not in ${docId}`);
        return i;
      };
      for (const e of a.entities) {
        db.prepare('INSERT INTO entities (doc, id, type, name, norm, country, sector, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          rowid, e.id, e.type, e.name, e.name.toLowerCase(), e.country ?? null, e.sector ?? null, e.mentions.length,
        );
        let from = 0;
        for (const m of e.mentions) {
          const s = find(m, from);
          from = s + m.length;
          db.prepare('INSERT INTO mentions (doc, entity, start, end, text, type, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)').run(rowid, e.id, s, s + m.length, m, e.type, sentenceOf(store, rowid, s));
        }
      }
      for (const v of a.events) {
        const s = find(v.trigger);
        db.prepare(`INSERT INTO events (doc, id, type, mode, date_start, date_end, trigger_start, trigger_end, trigger_text, sentence, negated, modality)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`).run(rowid, v.id, v.type, v.mode ?? null, v.date, v.date, s, s + v.trigger.length, v.trigger, sentenceOf(store, rowid, s), v.modality ?? 'occurred');
        v.source.forEach((ent, i) => db.prepare('INSERT INTO event_actors (doc, event, role, entity, idx) VALUES (?, ?, ?, ?, ?)').run(rowid, v.id, 'source', ent, i));
        v.target.forEach((ent, i) => db.prepare('INSERT INTO event_actors (doc, event, role, entity, idx) VALUES (?, ?, ?, ?, ?)').run(rowid, v.id, 'target', ent, i));
      }
      for (const q of a.quotes) {
        const s = find(q.text);
        const c = find(q.cue);
        db.prepare('INSERT INTO quotes (doc, id, speaker, text, start, end, direct, cue_start, cue_end, cue_text) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)').run(
          rowid, q.id, q.speaker, q.text, s, s + q.text.length, c, c + q.cue.length, q.cue,
        );
      }
      for (const t of a.times ?? []) {
        const s = find(t.text);
        db.prepare('INSERT INTO times (doc, start, end, text, sentence, value_start, value_end, relative) VALUES (?, ?, ?, ?, ?, ?, ?, 1)').run(rowid, s, s + t.text.length, t.text, sentenceOf(store, rowid, s), t.start, t.end);
      }
    }
  })();
}

/** Builds the store in `dir` and returns its path: examples/ and the fixture JSONL through ingest, then annotations. */
export async function buildFixtureStore(dir: string): Promise<string> {
  const jsonl = join(dir, 'fixture.jsonl');
  writeFileSync(jsonl, FIXTURE.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const path = join(dir, 'news.db');
  const store = openStore(path);
  try {
    const summary = await ingestInputs([join(ROOT, 'examples'), jsonl], { store, pipeline: createPipeline(['segment']) });
    if (summary.rejected) throw new Error(`fixture ingest rejected ${summary.rejected} inputs`);
    annotate(store);
  } finally {
    store.close();
  }
  return path;
}
