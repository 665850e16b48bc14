#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare → build).
// The analysing commands (ingest, extract, tag) run in a second node started with a larger young generation
// (src/runtime.ts says why; LITOPYS_RELAUNCH=0 runs them in this process instead).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(entry)) {
  console.error('litopys: dist/ is missing; run `npm install` (or `npm run build`) in ' + root);
  process.exit(70);
}
const { relaunchArgs, RELAUNCH_ENV } = await import(pathToFileURL(join(root, 'dist', 'runtime.js')).href);
const args = relaunchArgs(process.argv, process.execArgv, process.env);
if (args) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [RELAUNCH_ENV]: '1' } });
  // (a signal sent to this process alone reaches the one doing the work; Ctrl-C reaches both through the group)
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, () => child.kill(s));
  child.on('error', (e) => {
    console.error(`litopys: cannot start node (${e.message}); run with ${RELAUNCH_ENV}=0 to analyse in this process`);
    process.exit(70);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  await import(pathToFileURL(entry).href);
}
