import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedDocument, Document } from '../../src/types.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { contentHash } from '../../src/ingest/contentHash.js';
import type { DocumentToWrite } from '../../src/store/writeDocuments.js';

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'litopys-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function analysed(doc: Partial<Document> & { text: string }): AnalyzedDocument {
  const full: Document = { id: doc.id ?? contentHash(doc.text).slice(0, 16), date: doc.date ?? null, lang: 'uk', ...doc };
  return createPipeline(['segment']).analyze(full);
}

export function toWrite(doc: Partial<Document> & { text: string }): DocumentToWrite {
  return { adoc: analysed(doc), hash: contentHash(doc.text), stages: ['segment'], origin: 'test' };
}
