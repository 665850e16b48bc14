/** Locates the shared corpora (../shared/data beside the clone, or LITOPYS_DATA). Absent in a user's clone. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../bench/report.js';

export const DATA_DIR = process.env.LITOPYS_DATA ?? join(ROOT, '..', 'shared', 'data');
export const SEED_DIR = process.env.LITOPYS_SEED ?? join(ROOT, '..', 'shared', 'seed');

/** Returns the path of a corpus folder/file under the data dir, or null (after printing why) when it is absent. */
export function dataPath(rel: string, purpose: string): string | null {
  const p = join(DATA_DIR, rel);
  if (!existsSync(p)) {
    console.log(`skipped ${purpose}: ${p} not found (the corpora live in ../shared/data beside the clone, or set LITOPYS_DATA)`);
    return null;
  }
  return p;
}
