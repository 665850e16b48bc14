/**
 * Reverse affix analysis over the hunspell Ukrainian dictionary (npm `dictionary-uk`, GPL-3.0): instead of expanding
 * 335k stems into 3.4M forms (≈0.5 GB as a JS Map), a form is analysed the way hunspell checks it — strip each
 * suffix the affix file can add, restore the stem, and look the stem up with the rule's flag and condition. Each
 * analysis carries the rule id (`flag#index`, or `=flags` for the bare stem), which the morphology model maps to
 * VESUM tags learnt from BRUK.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';

interface SuffixRule {
  id: string;
  flag: string;
  strip: string;
  add: string;
  cond: RegExp | null;
  /** Hash of `strip` and M^|strip| (see hashOf). */
  stripHash: number;
  stripPow: number;
}

export interface StemAnalysis {
  /** Dictionary stem (the lemma as the dictionary spells it, case kept). */
  lemma: string;
  /** Rule that produced the form: `flag#i`, or `=FLAGS` when the form is the stem itself. */
  rule: string;
}

export interface Hunspell {
  analyze(lowerForm: string): StemAnalysis[];
  /** Every form the dictionary generates for a stem, with the rule ids (for `inflect`). */
  generate(lemma: string): { form: string; rule: string }[];
  stemCount: number;
  ruleCount: number;
}

export function dictionaryDir(): string {
  // the package exports only its JS entry, so find the folder by walking up node_modules like Node does
  let dir = PACKAGE_ROOT;
  for (;;) {
    const candidate = join(dir, 'node_modules', 'dictionary-uk');
    if (existsSync(join(candidate, 'index.aff'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error('dictionary-uk not found in node_modules (npm install dictionary-uk)');
    dir = up;
  }
}

/** Polynomial string hash (mod 2^32): h(s + c) = h(s)·M + c, so h(base + strip) = h(base)·M^|strip| + h(strip). */
const M = 0x01000193;

function hashOf(s: string, from = 0, to = s.length, h = 0): number {
  for (let i = from; i < to; i++) h = (Math.imul(h, M) + s.charCodeAt(i)) | 0;
  return h;
}

interface AddGroup {
  add: string;
  rules: SuffixRule[];
  /**
   * The distinct `strip`s of the rules (with their hashes), and per rule the index of its strip: the rules of a group
   * share a few strips (the 48 rules adding "ім" strip 17 different endings), and the stem candidate base + strip, its
   * hash, bit test and table probe depend on the strip alone, so they are done once per strip, not once per rule.
   */
  strips: { strip: string; hash: number; pow: number }[];
  stripOf: Int32Array;
}

export function loadHunspell(dir = dictionaryDir()): Hunspell {
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n');
  const byAdd = new Map<string, SuffixRule[]>();
  const byFlag = new Map<string, SuffixRule[]>();
  let maxAdd = 0;
  let ruleCount = 0;
  for (const line of aff) {
    if (!line.startsWith('SFX ')) continue;
    const p = line.split(/\s+/);
    if (p.length < 5) continue;
    const flag = p[1];
    let add = p[3];
    const slash = add.indexOf('/');
    if (slash >= 0) add = add.slice(0, slash);
    if (add === '0') add = '';
    const strip = p[2] === '0' ? '' : p[2];
    const cond = p[4] === '.' ? null : new RegExp(p[4] + '$');
    const list = byFlag.get(flag) ?? [];
    const rule: SuffixRule = {
      id: `${flag}#${list.length}`, flag, strip, add: add.toLowerCase(), cond, stripHash: hashOf(strip), stripPow: 1,
    };
    for (let i = 0; i < strip.length; i++) rule.stripPow = Math.imul(rule.stripPow, M);
    list.push(rule);
    byFlag.set(flag, list);
    const a = byAdd.get(rule.add) ?? [];
    a.push(rule);
    byAdd.set(rule.add, a);
    if (rule.add.length > maxAdd) maxAdd = rule.add.length;
    ruleCount++;
  }
  // suffix groups by the hash of the suffix (a form's suffix hashes come from its prefix hashes, without slicing)
  const addIndex = new Map<number, AddGroup[]>();
  let maxStrips = 0;
  for (const [add, rules] of byAdd) {
    const h = hashOf(add);
    const strips: AddGroup['strips'] = [];
    const stripOf = new Int32Array(rules.length);
    rules.forEach((r, i) => {
      let k = strips.findIndex((x) => x.strip === r.strip);
      if (k < 0) k = strips.push({ strip: r.strip, hash: r.stripHash, pow: r.stripPow }) - 1;
      stripOf[i] = k;
    });
    maxStrips = Math.max(maxStrips, strips.length);
    const group: AddGroup = { add, rules, strips, stripOf };
    const groups = addIndex.get(h);
    if (groups) groups.push(group);
    else addIndex.set(h, [group]);
  }
  /** Per distinct strip of the group being read: the first entry of its stem candidate (-1: none). */
  const stripHeads = new Int32Array(maxStrips);

  // The stems: an open-addressing hash table over the dictionary text itself, keyed by the lowercased word. Entry e
  // is the line [lineStart[e], lineEnd[e]) whose word ends at wordEnd[e] (the '/' before the flags, or the line end);
  // entries with the same key are chained in dictionary order through `next`. No string is made per stem at load.
  const text = readFileSync(join(dir, 'index.dic'), 'utf8');
  let lowered = text.toLowerCase();
  if (lowered.length !== text.length || text.includes('\u03a3')) {
    // lowercasing the whole text must keep every word in place (and no context-dependent sigma): else per line
    lowered = text.split('\n').map((l) => l.toLowerCase().padEnd(l.length).slice(0, l.length)).join('\n');
  }
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const lineStart = new Int32Array(lines + 1);
  const wordEnd = new Int32Array(lines + 1);
  const lineEnd = new Int32Array(lines + 1);
  const next = new Int32Array(lines + 1).fill(-1);
  const tail = new Int32Array(lines + 1);
  let bits = 10;
  while (1 << bits < lines * 2) bits++;
  const mask = (1 << bits) - 1;
  const slotHash = new Int32Array(1 << bits);
  const slotEntry = new Int32Array(1 << bits).fill(-1);
  const slotOf = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - bits);
  // a bit per hash value (2^23 bits, 1 MiB): most candidate stems are not words, and the bit says so without touching
  // the 8 MiB slot table (with ~335k stems, 2^21 bits let ~15% of non-words through to the table, 2^23 bits ~4%)
  const seen = new Int32Array(1 << 18);
  const bitOf = (h: number): number => Math.imul(h, 0x85ebca6b) >>> 9;
  let entries = 0;
  let stemCount = 0;
  let pos = text.indexOf('\n') + 1;
  if (pos === 0) pos = text.length;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end > pos) {
      let h = 0;
      let we = pos;
      for (; we < end; we++) {
        const c = lowered.charCodeAt(we);
        if (c === 47) break;
        h = (Math.imul(h, M) + c) | 0;
      }
      const e = entries++;
      lineStart[e] = pos;
      wordEnd[e] = we;
      lineEnd[e] = end;
      let slot = slotOf(h);
      for (;;) {
        const head = slotEntry[slot];
        if (head < 0) {
          slotEntry[slot] = e;
          slotHash[slot] = h;
          tail[e] = e;
          stemCount++;
          const bit = bitOf(h);
          seen[bit >>> 5] |= 1 << (bit & 31);
          break;
        }
        if (slotHash[slot] === h && sameKey(head, pos, we)) {
          next[tail[head]] = e;
          tail[head] = e;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    pos = end + 1;
  }

  function sameKey(e: number, from: number, to: number): boolean {
    const s = lineStart[e];
    if (wordEnd[e] - s !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (lowered.charCodeAt(s + i) !== lowered.charCodeAt(from + i)) return false;
    return true;
  }

  /** First entry whose key is `key` (hash h), or -1. */
  function find(key: string, h: number): number {
    let slot = slotOf(h);
    for (let head = slotEntry[slot]; head >= 0; head = slotEntry[slot]) {
      if (slotHash[slot] === h && wordEnd[head] - lineStart[head] === key.length && lowered.startsWith(key, lineStart[head])) return head;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** First entry whose key is base + strip (hash h), or -1. */
  function findJoined(base: string, strip: string, h: number): number {
    let slot = slotOf(h);
    for (let head = slotEntry[slot]; head >= 0; head = slotEntry[slot]) {
      if (slotHash[slot] === h) {
        const s = lineStart[head];
        if (wordEnd[head] - s === base.length + strip.length && lowered.startsWith(base, s) && lowered.startsWith(strip, s + base.length)) return head;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  // (filled to their full length: an empty array written at an index in the hundreds of thousands falls back to a
  // dictionary, a hash lookup per read)
  const words = new Array<string | undefined>(entries).fill(undefined);
  const flagSets = new Array<string | undefined>(entries).fill(undefined);
  const wordOf = (e: number): string => words[e] ?? (words[e] = text.slice(lineStart[e], wordEnd[e]));
  const flagsOf = (e: number): string =>
    flagSets[e] ?? (flagSets[e] = wordEnd[e] < lineEnd[e] ? text.slice(wordEnd[e] + 1, lineEnd[e]).trim() : '');

  /** Rule id of a bare stem: its flag set; flagless stems split by case (abbreviations, indeclinable names, function words). */
  function bareRule(e: number): string {
    const flags = flagsOf(e);
    if (flags) return '=' + flags;
    const word = wordOf(e);
    if (word[0] === word[0].toLowerCase()) return '=∅l';
    return word.length > 1 && word === word.toUpperCase() ? '=∅U' : '=∅C';
  }

  let prefix = new Int32Array(64);
  const pows = [1];

  function analyze(lowerForm: string): StemAnalysis[] {
    const out: StemAnalysis[] = [];
    const n = lowerForm.length;
    if (prefix.length <= n) prefix = new Int32Array(2 * n + 1);
    const h = prefix;
    h[0] = 0;
    for (let i = 0; i < n; i++) h[i + 1] = (Math.imul(h[i], M) + lowerForm.charCodeAt(i)) | 0;
    while (pows.length <= maxAdd) pows.push(Math.imul(pows[pows.length - 1], M));
    for (let e = find(lowerForm, h[n]); e >= 0; e = next[e]) out.push({ lemma: wordOf(e), rule: bareRule(e) });
    for (let l = 0; l <= maxAdd && l < n; l++) {
      const groups = addIndex.get((h[n] - Math.imul(h[n - l], pows[l])) | 0);
      if (!groups) continue;
      for (const g of groups) {
        if (g.add.length !== l || !lowerForm.endsWith(g.add)) continue;
        const hBase = h[n - l];
        let base: string | null = null;
        // the stem candidates' entries, once per distinct strip (the same as findJoined per rule, in rule order below)
        let any = false;
        for (let k = 0; k < g.strips.length; k++) {
          const st = g.strips[k];
          const hs = (Math.imul(hBase, st.pow) + st.hash) | 0;
          const bit = bitOf(hs);
          if (!(seen[bit >>> 5] & (1 << (bit & 31)))) {
            stripHeads[k] = -1;
            continue;
          }
          if (base === null) base = lowerForm.slice(0, n - l);
          const head = findJoined(base, st.strip, hs);
          stripHeads[k] = head;
          if (head >= 0) any = true;
        }
        if (!any) continue;
        const rules = g.rules;
        for (let i = 0; i < rules.length; i++) {
          const head = stripHeads[g.stripOf[i]];
          if (head < 0) continue;
          const r = rules[i];
          let stem: string | null = null;
          for (let e = head; e >= 0; e = next[e]) {
            if (flagsOf(e).indexOf(r.flag) < 0) continue;
            const word = wordOf(e);
            if (r.cond && !r.cond.test(word) && !r.cond.test((stem ??= base + r.strip))) continue;
            out.push({ lemma: word, rule: r.id });
          }
        }
      }
    }
    return out;
  }

  function generate(lemma: string): { form: string; rule: string }[] {
    const out: { form: string; rule: string }[] = [];
    const key = lemma.toLowerCase();
    for (let e = find(key, hashOf(key)); e >= 0; e = next[e]) {
      const word = wordOf(e);
      if (word.toLowerCase() !== key) continue;
      const flags = flagsOf(e);
      out.push({ form: word, rule: bareRule(e) });
      for (const f of flags) {
        for (const r of byFlag.get(f) ?? []) {
          if (r.cond && !r.cond.test(word)) continue;
          if (!word.endsWith(r.strip)) continue;
          out.push({ form: word.slice(0, word.length - r.strip.length) + r.add, rule: r.id });
        }
      }
    }
    return out;
  }

  return { analyze, generate, stemCount, ruleCount };
}
