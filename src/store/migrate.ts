/**
 * Numbered plain-SQL migrations (src/store/migrations/NNN_name.sql), applied in order, each in its own transaction,
 * recorded in schema_migrations. The .sql files are read from the package root, so src/ (tsx) and dist/ (built)
 * runs find the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { LitopysError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'src', 'store', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Every migration file, in version order. Two files with one number are a packaging error. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new LitopysError('STORE_MIGRATION', `cannot read migrations: ${(e as Error).message}`, { file: dir });
  }
  const out: Migration[] = [];
  const seen = new Map<number, string>();
  for (const f of names.sort()) {
    const m = FILE.exec(f);
    if (!m) continue;
    const version = Number(m[1]);
    if (seen.has(version)) {
      throw new LitopysError('STORE_MIGRATION', `two migrations numbered ${m[1]}: ${seen.get(version)} and ${f}`, { file: join(dir, f) });
    }
    seen.set(version, f);
    out.push({ version, name: m[2], sql: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

/** Applies the pending migrations; returns the versions applied. */
export function migrate(db: Database.Database, migrations = listMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
      })();
    } catch (e) {
      throw new LitopysError('STORE_MIGRATION', `migration ${String(m.version).padStart(3, '0')}_${m.name} failed: ${(e as Error).message}`, {
        file: join(MIGRATIONS_DIR, `${String(m.version).padStart(3, '0')}_${m.name}.sql`),
      });
    }
    applied.push(m.version);
  }
  return applied;
}
