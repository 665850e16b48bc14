import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/errors.js';
import { tempDir } from '../store/helpers.js';
import { cli } from './run.js';

// Articles written for this test.
const ARTICLES = [
  { id: 'ev-1', date: '2025-04-03', url: 'https://example.org/ev-1', text: 'Вчора російські війська завдали ракетного удару по Запоріжжю. Канада запровадила нові санкції проти Росії.' },
  { id: 'ev-2', date: '2025-05-20', text: 'Канцлер Німеччини Фрідріх Мерц провів телефонну розмову з президентом Фінляндії Александром Стуббом. Норвегія передасть Україні нові системи протиповітряної оборони.' },
];

test('events: ingest, then list, filter and export in every format from a real SQLite store', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const input = join(dir, 'events.jsonl');
  writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const db = join(dir, 'ev.db');
  const ing = cli(['ingest', input, '--db', db]);
  assert.equal(ing.status, EXIT.OK, ing.stderr);

  const all = cli(['events', '--db', db, '--format', 'json']);
  assert.equal(all.status, EXIT.OK, all.stderr);
  const events = JSON.parse(all.stdout).events as { type: string; doc: string; date: { start: string } | null; source: { name: string }[]; target: { name: string }[]; sentence: string }[];
  const types = events.map((e) => e.type).sort();
  for (const ty of ['AID', 'ASSAULT', 'CONSULT', 'SANCTION']) assert.ok(types.includes(ty), `${ty} in ${types.join(',')}`);
  const strike = events.find((e) => e.type === 'ASSAULT')!;
  assert.equal(strike.doc, 'ev-1');
  assert.equal(strike.date?.start, '2025-04-02');
  assert.deepEqual(strike.source.map((a) => a.name), ['Росія']);
  assert.deepEqual(strike.target.map((a) => a.name), ['Запоріжжя']);
  assert.match(strike.sentence, /^Вчора російські війська/);

  const table = cli(['events', '--db', db]);
  assert.equal(table.status, EXIT.OK);
  assert.match(table.stdout, /ASSAULT\/missile\s+Росія → Запоріжжя/);

  const byType = JSON.parse(cli(['events', '--db', db, '--type', 'sanction', '--format', 'json']).stdout).events as { type: string }[];
  assert.ok(byType.length >= 1 && byType.every((e) => e.type === 'SANCTION'));

  const byActor = JSON.parse(cli(['events', '--db', db, '--actor', 'стубб', '--format', 'json']).stdout).events as { type: string }[];
  assert.deepEqual(byActor.map((e) => e.type), ['CONSULT']);

  const ranged = JSON.parse(cli(['events', '--db', db, '--from', '2025-05-01', '--to', '2025-05-31', '--format', 'json']).stdout).events as { doc: string }[];
  assert.ok(ranged.length >= 2 && ranged.every((e) => e.doc === 'ev-2'));

  const jsonl = cli(['events', '--db', db, '--format', 'jsonl', '--limit', '2']).stdout.trim().split('\n');
  assert.equal(jsonl.length, 2);
  for (const line of jsonl) assert.ok(JSON.parse(line).type);

  const csv = cli(['events', '--db', db, '--format', 'csv', '--type', 'ASSAULT']).stdout.trim().split('\n');
  assert.equal(csv[0], 'doc,id,type,mode,date_start,date_end,date_reported,source,source_country,target,target_country,location,negated,modality,trigger,sentence,url');
  assert.equal(csv.length, 2);
  assert.match(csv[1]!, /^ev-1,V\d+,ASSAULT,missile,2025-04-02,2025-04-02,0,Росія,/);
  assert.match(csv[1]!, /https:\/\/example\.org\/ev-1$/);

  const plover = JSON.parse(cli(['events', '--db', db, '--format', 'plover', '--type', 'AID']).stdout) as Record<string, unknown>[];
  assert.equal(plover.length, 1);
  const p = plover[0]!;
  assert.equal(p.event_type, 'AID');
  assert.equal(p.mode, 'military');
  assert.equal(p.source_actor, 'Норвегія');
  assert.equal(p.target_actor, 'Україна');
  assert.equal(p.doc_id, 'ev-2');
  assert.equal(p.event_date, '2025-05-20');
  assert.equal(p.date_reported, true);
  assert.match(String(p.event_text), /^Норвегія передасть Україні/);
  assert.ok(Array.isArray(p.source_codes));

  const stats = JSON.parse(cli(['stats', '--db', db, '--format', 'json']).stdout);
  assert.equal(stats.layers.events, events.length);

  const badType = cli(['events', '--db', db, '--type', 'PARTY']);
  assert.equal(badType.status, EXIT.USAGE);
  assert.match(badType.stderr, /unknown event type "PARTY"/);
  const badDate = cli(['events', '--db', db, '--from', '2025-02-30']);
  assert.equal(badDate.status, EXIT.USAGE);
  const noStore = cli(['events', '--db', join(dir, 'missing.db')]);
  assert.equal(noStore.status, EXIT.STORE);
});
