/**
 * The embedded store: one SQLite file (`--db`, else LITOPYS_DB, else ./litopys.db) in WAL mode, migrated on open.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LitopysError } from '../errors.js';
import { migrate } from './migrate.js';

export const DEFAULT_DB = 'litopys.db';

export interface Store {
  db: Database.Database;
  /** Absolute path of the SQLite file. */
  path: string;
  close(): void;
}

export interface OpenOptions {
  /** Fail with STORE_OPEN when the file does not exist (for commands that only read). */
  mustExist?: boolean;
  readonly?: boolean;
}

/** The store path the user asked for: `--db`, else LITOPYS_DB, else ./litopys.db. */
export function resolveDbPath(db?: string): string {
  return resolve(db || process.env.LITOPYS_DB || DEFAULT_DB);
}

/** Opens (creating and migrating as needed) the store at `path`. */
export function openStore(path?: string, opts: OpenOptions = {}): Store {
  const file = resolveDbPath(path);
  if ((opts.mustExist || opts.readonly) && !existsSync(file)) {
    throw new LitopysError('STORE_OPEN', 'no store here', { file }, 'run `litopys ingest <paths> --db ' + (path ?? file) + '` first, or pass --db');
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.mustExist });
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a crash of the process never loses a committed transaction nor leaves a half-written one.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
  } catch (e) {
    throw new LitopysError('STORE_OPEN', (e as Error).message, { file }, 'is it a litopys SQLite file, and writable?');
  }
  if (!opts.readonly) {
    try {
      migrate(db);
    } catch (e) {
      db.close();
      if (e instanceof LitopysError) throw e;
      throw new LitopysError('STORE_OPEN', (e as Error).message, { file }, 'is it a litopys SQLite file?');
    }
  }
  return { db, path: file, close: () => db.close() };
}
