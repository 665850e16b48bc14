/** Content hash for deduplication: the same article text, however its whitespace or Unicode composition varies, hashes alike. */
import { createHash } from 'node:crypto';

/** The text as compared for duplicates: NFC, apostrophe variants unified, whitespace runs collapsed, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

/** Document id derived from the hash when the input gives none: short but collision-safe for millions of articles. */
export function hashId(hash: string): string {
  return hash.slice(0, 16);
}
