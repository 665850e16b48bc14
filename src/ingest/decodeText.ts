/** Strict UTF-8 decoding: binary files and other encodings are rejected, never silently turned into mojibake. */
import { LitopysError, type ErrorLocation } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes `bytes` as UTF-8 text, or throws INPUT_BINARY naming `where`. Strips a BOM; turns CRLF into LF. */
export function decodeText(bytes: Uint8Array, where: ErrorLocation): string {
  if (bytes.indexOf(0) !== -1) {
    throw new LitopysError('INPUT_BINARY', 'contains NUL bytes (a binary file?)', where, 'give UTF-8 text or JSONL');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new LitopysError('INPUT_BINARY', 'is not valid UTF-8', where, 'convert it to UTF-8 (e.g. iconv -f cp1251 -t utf-8)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
