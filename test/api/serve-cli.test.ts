/** `litopys serve` as a spawned process: prints its URL, serves, stops cleanly on SIGTERM; usage and store errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cli, ROOT } from '../cli/run.js';
import { tempDir } from '../store/helpers.js';
import { buildFixtureStore } from './fixture.js';

function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'serve', ...args], {
    cwd: ROOT,
    env: { ...process.env, LITOPYS_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ url: m[1], stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

test('serve prints its URL, answers, reports whether ingest is enabled, and exits 0 on SIGTERM', async (t) => {
  const { dir, cleanup } = tempDir('litopys-serve-');
  t.after(cleanup);
  const db = await buildFixtureStore(dir);
  const s = await serve(['--db', db, '--port', '0']);
  try {
    const stats = (await (await fetch(s.url + '/stats')).json()) as { documents: number; ingest: boolean; chronicle: { events: number } };
    assert.ok(stats.documents >= 15);
    assert.equal(stats.chronicle.events, 4);
    assert.equal(stats.ingest, false);
    const html = await fetch(s.url + '/');
    assert.match(await html.text(), /litopys/);
  } finally {
    assert.equal(await s.stop(), 0);
  }
  const withToken = await serve(['--db', db, '--port', '0'], { LITOPYS_TOKEN: 'from-env' });
  try {
    const stats = (await (await fetch(withToken.url + '/stats')).json()) as { ingest: boolean };
    assert.equal(stats.ingest, true);
    const r = await fetch(withToken.url + '/documents', { method: 'POST', headers: { authorization: 'Bearer from-env' }, body: JSON.stringify({ date: '2025-12-01', text: 'Короткий тестовий допис про зимові ремонти.' }) });
    assert.equal(r.status, 200);
  } finally {
    assert.equal(await withToken.stop(), 0);
  }
});

test('serve without a store (and no token) is a STORE error; bad options are usage errors', (t) => {
  const { dir, cleanup } = tempDir('litopys-serve-');
  t.after(cleanup);
  const missing = cli(['serve', '--db', join(dir, 'none.db'), '--port', '0'], { env: { LITOPYS_TOKEN: '' } });
  assert.equal(missing.status, 4);
  assert.match(missing.stderr, /no store here \[STORE_OPEN\]/);
  const port = cli(['serve', '--db', join(dir, 'none.db'), '--port', 'x']);
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port/);
});
