/**
 * Where the package's own files live at run time. Non-TypeScript assets (SQL migrations, lexicons, models) are
 * resolved from the package root, so the same code finds them when run from src/ (tsx) or dist/ (built).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('litopys: cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** The directory holding litopys's package.json. */
export const PACKAGE_ROOT = findPackageRoot();
