#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare → build).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(entry)) {
  console.error('litopys: dist/ is missing; run `npm install` (or `npm run build`) in ' + root);
  process.exit(70);
}
await import(pathToFileURL(entry).href);
