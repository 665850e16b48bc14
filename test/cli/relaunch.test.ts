/**
 * The launcher's relaunch of the analysing commands with a larger young generation (src/runtime.ts, bin/litopys.js):
 * the decision, and the relaunched process as a user meets it — its flag, its output, its exit code, a signal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ANALYSIS_NODE_FLAGS, ANALYSIS_SEMI_SPACE_MB, relaunchArgs } from '../../src/runtime.js';
import { EXIT } from '../../src/errors.js';
import { tempDir } from '../store/helpers.js';
import { ROOT } from './run.js';

const BIN = join(ROOT, 'bin', 'litopys.js');
const FLAG = `--max-semi-space-size=${ANALYSIS_SEMI_SPACE_MB}`;

test('the analysing commands are relaunched with the flag; the others, and a process that has it, are not', () => {
  const argv = (...a: string[]): string[] => ['/usr/bin/node', '/pkg/bin/litopys.js', ...a];
  assert.deepEqual(ANALYSIS_NODE_FLAGS, [FLAG]);
  for (const c of ['ingest', 'extract', 'tag']) {
    assert.deepEqual(relaunchArgs(argv(c, 'a.jsonl', '--db', 'x.db'), [], {}), [FLAG, '/pkg/bin/litopys.js', c, 'a.jsonl', '--db', 'x.db']);
  }
  // (node's own flags are kept, after ours, so a user's choice wins where both set the same thing)
  assert.deepEqual(relaunchArgs(argv('ingest', '-'), ['--max-old-space-size=8192'], {}), [FLAG, '--max-old-space-size=8192', '/pkg/bin/litopys.js', 'ingest', '-']);
  for (const c of ['search', 'show', 'stats', 'events', 'quotes', 'entities', 'serve', '--help']) assert.equal(relaunchArgs(argv(c), [], {}), null, c);
  assert.equal(relaunchArgs(argv(), [], {}), null);
  assert.equal(relaunchArgs(argv('ingest', 'a'), ['--max-semi-space-size=32'], {}), null, 'the flag given on the command line');
  assert.equal(relaunchArgs(argv('ingest', 'a'), [], { NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=8' }), null, 'in NODE_OPTIONS');
  assert.equal(relaunchArgs(argv('ingest', 'a'), [], { LITOPYS_RELAUNCH: '1' }), null, 'the relaunched process itself');
  assert.equal(relaunchArgs(argv('ingest', 'a'), [], { LITOPYS_RELAUNCH: '0' }), null, 'a user who opted out');
  assert.notEqual(relaunchArgs(argv('ingest', 'a'), [], { NODE_OPTIONS: '--max-old-space-size=4096' }), null);
});

/** A preload that records each node process the launcher runs: pid, parent pid and its node flags. */
function probe(dir: string): { env: Record<string, string>; processes: () => { pid: number; ppid: number; flags: string }[] } {
  const out = join(dir, 'procs.txt');
  const pre = join(dir, 'probe.cjs');
  writeFileSync(out, '');
  writeFileSync(pre, `require('fs').appendFileSync(${JSON.stringify(out)}, process.pid + '\\t' + process.ppid + '\\t' + process.execArgv.join(' ') + '\\n');\n`);
  return {
    env: { NODE_OPTIONS: `--require ${pre}` },
    processes: () => readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => {
      const [pid, ppid, flags] = l.split('\t');
      return { pid: Number(pid), ppid: Number(ppid), flags: flags ?? '' };
    }),
  };
}

const built = existsSync(join(ROOT, 'dist', 'runtime.js'));

test('`litopys extract` runs in a second node with the flag, and prints the same as in one process', { skip: !built && 'dist/ not built (npm install builds it)' }, (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const input = join(dir, 'a.jsonl');
  writeFileSync(input, JSON.stringify({ id: 'r1', date: '2025-03-02', text: 'Міністр оборони Литви Петрас Ванагас зустрівся з колегами у Вільнюсі. Він заявив, що допомога триватиме.' }) + '\n');
  const p = probe(dir);
  const r = spawnSync(process.execPath, [BIN, 'extract', input], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...p.env } });
  assert.equal(r.status, EXIT.OK, r.stderr);
  const procs = p.processes();
  assert.equal(procs.length, 2, JSON.stringify(procs));
  const [launcher, worker] = procs;
  assert.equal(worker!.ppid, launcher!.pid);
  assert.ok(!launcher!.flags.includes('--max-semi-space-size'));
  assert.ok(worker!.flags.split(' ').includes(FLAG), worker!.flags);

  const q = probe(dir);
  const one = spawnSync(process.execPath, [BIN, 'extract', input], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...q.env, LITOPYS_RELAUNCH: '0' } });
  assert.equal(one.status, EXIT.OK, one.stderr);
  assert.equal(q.processes().length, 1, 'LITOPYS_RELAUNCH=0 analyses in the launcher');
  assert.equal(r.stdout, one.stdout);
  assert.equal(JSON.parse(r.stdout).id, 'r1');
});

test('the relaunched process passes on its exit code and its errors', { skip: !built && 'dist/ not built' }, () => {
  const missing = spawnSync(process.execPath, [BIN, 'extract', '/nonexistent/litopys-input.jsonl'], { cwd: ROOT, encoding: 'utf8' });
  const inProcess = spawnSync(process.execPath, [BIN, 'extract', '/nonexistent/litopys-input.jsonl'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LITOPYS_RELAUNCH: '0' } });
  assert.notEqual(missing.status, EXIT.OK);
  assert.equal(missing.status, inProcess.status);
  assert.match(missing.stderr, /litopys-input\.jsonl.*INPUT_UNREADABLE/);
  const usage = spawnSync(process.execPath, [BIN, 'ingest', 'x', '--no-such-option'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(usage.status, EXIT.USAGE, usage.stderr);
});

test('a SIGTERM sent to the launcher alone stops the relaunched ingest too', { skip: !built && 'dist/ not built' }, async (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const p = probe(dir);
  // (reading stdin that never ends: the ingest waits until it is stopped)
  const child = spawn(process.execPath, [BIN, 'ingest', '-', '--db', join(dir, 's.db')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...p.env } });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let procs = p.processes();
  for (let i = 0; i < 200 && procs.length < 2; i++) {
    await sleep(50);
    procs = p.processes();
  }
  assert.equal(procs.length, 2, 'the launcher started its second process');
  child.kill('SIGTERM');
  const { signal } = await exited;
  assert.equal(signal, 'SIGTERM', 'the launcher ends as its second process did');
  const second = procs[1]!.pid;
  let alive = true;
  for (let i = 0; i < 100 && alive; i++) {
    try {
      process.kill(second, 0);
      await sleep(50);
    } catch {
      alive = false;
    }
  }
  assert.equal(alive, false, 'no process left behind');
});
