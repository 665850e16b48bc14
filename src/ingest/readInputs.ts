/**
 * Reads every input a user names — files, directories (recursively), `-` for stdin — in every ingest format, and
 * yields parsed documents and errors in input order. A bad file or line yields an error and reading goes on.
 */
import { createReadStream, promises as fsp } from 'node:fs';
import { extname, join } from 'node:path';
import { LitopysError, isLitopysError, type ErrorLocation } from '../errors.js';
import { decodeText } from './decodeText.js';
import { parseArticle, type ParsedDocument } from './parseArticle.js';
import { parseJsonlLine } from './parseJsonl.js';

export type InputFormat = 'article' | 'jsonl';

/** One file to read, found by `listInputs`. */
export interface InputFile {
  /** Path as the user gave it (or found under a directory); `-` for stdin. */
  path: string;
  format: InputFormat | 'auto';
  size: number;
}

export type InputItem =
  | { kind: 'doc'; parsed: ParsedDocument; origin: ErrorLocation; bytes: number }
  | { kind: 'error'; error: LitopysError; bytes: number };

export interface ReadOptions {
  /** Date for inputs without one (`--date`, already validated). */
  date?: string | null;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.json']);
/** Extensions picked up inside directories; files named explicitly are read whatever their extension. */
const DIR_EXT = new Set(['.txt', '.jsonl', '.ndjson', '.md', '.text']);

function formatOf(path: string): InputFormat {
  return JSONL_EXT.has(extname(path).toLowerCase()) ? 'jsonl' : 'article';
}

function unreadable(path: string, e: unknown): LitopysError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  return new LitopysError('INPUT_UNREADABLE', why, { file: path });
}

async function walk(dir: string, out: InputFile[], errors: LitopysError[]): Promise<void> {
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(unreadable(dir, e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      // Follow links to files; links to directories are not followed (they could loop).
      try {
        const st = await fsp.stat(p);
        isFile = st.isFile();
        isDir = false;
      } catch (e) {
        errors.push(unreadable(p, e));
        continue;
      }
    }
    if (isDir) await walk(p, out, errors);
    else if (isFile && DIR_EXT.has(extname(ent.name).toLowerCase())) {
      try {
        out.push({ path: p, format: formatOf(p), size: (await fsp.stat(p)).size });
      } catch (e) {
        errors.push(unreadable(p, e));
      }
    }
  }
}

/** Expands the user's paths into files (directories recursively, sorted), with errors for paths that cannot be read. */
export async function listInputs(paths: readonly string[]): Promise<{ files: InputFile[]; errors: LitopysError[] }> {
  const files: InputFile[] = [];
  const errors: LitopysError[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-', format: 'auto', size: 0 });
      continue;
    }
    try {
      const st = await fsp.stat(p);
      if (st.isDirectory()) await walk(p, files, errors);
      else files.push({ path: p, format: formatOf(p), size: st.size });
    } catch (e) {
      errors.push(unreadable(p, e));
    }
  }
  return { files, errors };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Splits a byte stream into lines at LF, without decoding (each line is decoded strictly on its own). */
async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    const buf: Buffer = rest && rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    let nl: number;
    while ((nl = buf.indexOf(10, pos)) !== -1) {
      yield buf.subarray(pos, nl);
      pos = nl + 1;
    }
    rest = buf.subarray(pos);
  }
  if (rest && rest.length) yield rest;
}

function* jsonlItems(file: string, opts: ReadOptions, startLine: number, line: Buffer): Generator<InputItem> {
  const bytes = line.length + 1;
  const where = { file, line: startLine };
  let text: string;
  try {
    text = decodeText(line, where);
  } catch (e) {
    yield { kind: 'error', error: e as LitopysError, bytes };
    return;
  }
  if (!text.trim()) return;
  try {
    yield { kind: 'doc', parsed: parseJsonlLine(text, file, startLine, { date: opts.date }), origin: where, bytes };
  } catch (e) {
    if (!isLitopysError(e)) throw e;
    yield { kind: 'error', error: e, bytes };
  }
}

function articleItem(bytes: Buffer, file: string, opts: ReadOptions): InputItem {
  try {
    const text = decodeText(bytes, { file });
    return { kind: 'doc', parsed: parseArticle(text, file, { date: opts.date }), origin: { file }, bytes: bytes.length };
  } catch (e) {
    if (!isLitopysError(e)) throw e;
    return { kind: 'error', error: e, bytes: bytes.length };
  }
}

/** Reads one input file, yielding its documents and errors. */
export async function* readInputFile(f: InputFile, opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  if (f.path === '-') {
    const buf = await readAll(opts.stdin ?? process.stdin);
    const first = buf.toString('utf8', 0, Math.min(buf.length, 256)).trimStart()[0];
    if (first === '{') {
      let lineNo = 0;
      for (const line of splitBuffer(buf)) yield* jsonlItems('<stdin>', opts, ++lineNo, line);
    } else {
      yield articleItem(buf, '<stdin>', opts);
    }
    return;
  }
  if (f.format === 'jsonl') {
    let lineNo = 0;
    try {
      for await (const line of byteLines(createReadStream(f.path, { highWaterMark: 1 << 20 }))) {
        yield* jsonlItems(f.path, opts, ++lineNo, line);
      }
    } catch (e) {
      if (isLitopysError(e)) throw e;
      yield { kind: 'error', error: unreadable(f.path, e), bytes: 0 };
    }
    return;
  }
  let buf: Buffer;
  try {
    buf = await fsp.readFile(f.path);
  } catch (e) {
    yield { kind: 'error', error: unreadable(f.path, e), bytes: f.size };
    return;
  }
  yield articleItem(buf, f.path, opts);
}

function* splitBuffer(buf: Buffer): Generator<Buffer> {
  let pos = 0;
  let nl: number;
  while ((nl = buf.indexOf(10, pos)) !== -1) {
    yield buf.subarray(pos, nl);
    pos = nl + 1;
  }
  if (pos < buf.length) yield buf.subarray(pos);
}

/** Reads every input in order: errors for unreadable paths first, then each file's documents and errors. */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const { files, errors } = await listInputs(paths);
  for (const error of errors) yield { kind: 'error', error, bytes: 0 };
  for (const f of files) yield* readInputFile(f, opts);
}
