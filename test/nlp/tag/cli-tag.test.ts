import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/errors.js';
import { tempDir } from '../../store/helpers.js';
import { cli } from '../../cli/run.js';

const CONLLU = [
  '# sent_id = 1',
  '# text = Уряд ухвалив нове рішення.',
  '1\tУряд\t_\t_\t_\t_\t2\tnsubj\t_\t_',
  '2\tухвалив\t_\t_\t_\t_\t0\troot\t_\t_',
  '3\tнове\t_\t_\t_\t_\t4\tamod\t_\t_',
  '4\tрішення\t_\t_\t_\t_\t2\tobj\t_\tSpaceAfter=No',
  '5\t.\t_\t_\t_\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('tag --input conllu keeps tokens and columns, fills LEMMA/UPOS/XPOS/FEATS', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const f = join(dir, 'in.conllu');
  writeFileSync(f, CONLLU);
  const r = cli(['tag', f, '--input', 'conllu']);
  assert.equal(r.status, EXIT.OK, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
  assert.equal(rows.length, 5);
  assert.ok(r.stdout.startsWith('# sent_id = 1\n# text = Уряд ухвалив нове рішення.\n'));
  assert.deepEqual(rows.map((x) => x[1]), ['Уряд', 'ухвалив', 'нове', 'рішення', '.']);
  assert.deepEqual(rows.map((x) => x[3]), ['NOUN', 'VERB', 'ADJ', 'NOUN', 'PUNCT']);
  assert.equal(rows[1][2], 'ухвалити');
  assert.match(rows[1][4], /^verb:perf:past:m/);
  assert.equal(rows[3][6], '2', 'HEAD column untouched');
  assert.equal(rows[3][9], 'SpaceAfter=No');
  assert.match(rows[3][5], /Case=Acc/);
});

test('tag --input text segments raw text', () => {
  const r = cli(['tag', '-', '--input', 'text'], { input: 'Президент підписав закон. Парламент його ухвалив учора.' });
  assert.equal(r.status, EXIT.OK, r.stderr);
  assert.equal((r.stdout.match(/^# sent_id/gm) ?? []).length, 2);
  assert.match(r.stdout, /\tпідписав\tпідписати\tVERB\t/);
});

test('malformed CoNLL-U is a coded error with the line number', (t) => {
  const { dir, cleanup } = tempDir();
  t.after(cleanup);
  const f = join(dir, 'bad.conllu');
  writeFileSync(f, '1\tУряд\t_\n');
  const r = cli(['tag', f]);
  assert.notEqual(r.status, EXIT.OK);
  assert.match(r.stderr, /bad\.conllu.*1/);
  assert.match(r.stderr, /INPUT_FIELD/);
});
