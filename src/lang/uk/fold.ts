/**
 * The folded spelling the Ukrainian word tables (dates, speech cues) are keyed by: lowercase, every apostrophe
 * variant (' ʼ `) as the typographic ’. Memoised: stages fold the same token texts again and again, and a lookup of
 * an existing string is much cheaper than lowercasing and a regex replace.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function foldWord(s: string): string {
  let f = cache.get(s);
  if (f === undefined) {
    f = s.toLowerCase().replace(/['ʼ`]/g, '’');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(s, f);
  }
  return f;
}
