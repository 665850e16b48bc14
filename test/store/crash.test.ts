/**
 * A killed ingest leaves the store consistent: SIGKILL the CLI mid-ingest, reopen, check integrity and that only
 * whole batches were stored, then re-run the ingest and check it completes idempotently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/store.js';
import { tempDir } from './helpers.js';
import { cli, cliAsync } from '../cli/run.js';

const DOCS = 8000;
const BATCH = 100;

function corpus(): string {
  const parts = ['Уряд ухвалив рішення', 'Міністр заявив про гарантії безпеки', 'Сили оборони відбили атаку', 'Партнери передали допомогу'];
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const text = Array.from({ length: 6 }, (_, k) => `${parts[(i + k) % parts.length]} № ${i}-${k}.`).join(' ');
    lines.push(JSON.stringify({ id: `doc-${i}`, date: `2025-09-${String((i % 28) + 1).padStart(2, '0')}`, text }));
  }
  return lines.join('\n') + '\n';
}

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

test('SIGKILL mid-ingest leaves whole batches only; re-ingest completes idempotently', { timeout: 120_000 }, async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const input = join(dir, 'big.jsonl');
  writeFileSync(input, corpus());
  const dbFile = join(dir, 'crash.db');
  const child = cliAsync(['ingest', input, '--db', dbFile, '--stages', 'segment', '--batch-size', String(BATCH), '--quiet']);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let killedAt = -1;
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 10));
    try {
      const probe = new Database(dbFile, { readonly: true, fileMustExist: true });
      let n = 0;
      try {
        n = count(probe, 'SELECT COUNT(*) AS n FROM documents');
      } catch {
        /* schema not created yet */
      }
      probe.close();
      if (n >= BATCH * 3) {
        child.kill('SIGKILL');
        killedAt = n;
        break;
      }
    } catch {
      /* file not there yet */
    }
  }
  const how = await exited;
  assert.equal(how, 'SIGKILL', `the ingest finished before it could be killed (it stored ${killedAt})`);

  const store = openStore(dbFile);
  const { db } = store;
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const docs = count(db, 'SELECT COUNT(*) AS n FROM documents');
  assert.ok(docs >= killedAt && docs < DOCS, `stored ${docs}`);
  t.diagnostic(`killed after ${killedAt} documents were visible; ${docs} stored`);
  assert.equal(docs % BATCH, 0, 'only whole transactions are stored');
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM documents_fts'), docs);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM document_texts WHERE tokens IS NOT NULL'), docs);
  assert.equal(count(db, 'SELECT COUNT(DISTINCT doc) AS n FROM sentences'), docs);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM documents d WHERE sentence_count != (SELECT COUNT(*) FROM sentences s WHERE s.doc = d.rowid)'), 0);
  store.close();

  const again = cli(['ingest', input, '--db', dbFile, '--stages', 'segment', '--format', 'json']);
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.ingested, DOCS - docs);
  assert.equal(summary.duplicates, docs);
  const reopened = openStore(dbFile);
  assert.equal(count(reopened.db, 'SELECT COUNT(*) AS n FROM documents'), DOCS);
  assert.equal(count(reopened.db, 'SELECT COUNT(*) AS n FROM documents_fts'), DOCS);
  reopened.close();
  const third = JSON.parse(cli(['ingest', input, '--db', dbFile, '--stages', 'segment', '--format', 'json']).stdout);
  assert.equal(third.ingested, 0);
  assert.equal(third.duplicates, DOCS);
});
