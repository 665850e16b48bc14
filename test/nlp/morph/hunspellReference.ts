/**
 * The first, straightforward reverse affix analysis (a Map from lowercased stem to its dictionary lines, every
 * candidate stem built as a string), kept as the reference the indexed implementation in src/nlp/morph/hunspell.ts
 * must match exactly (hunspell.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryDir, type Hunspell, type StemAnalysis } from '../../../src/nlp/morph/hunspell.js';

interface SuffixRule {
  id: string;
  flag: string;
  strip: string;
  add: string;
  cond: RegExp | null;
}

export function loadHunspellReference(dir = dictionaryDir()): Hunspell {
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
    const rule: SuffixRule = { id: `${flag}#${list.length}`, flag, strip, add: add.toLowerCase(), cond };
    list.push(rule);
    byFlag.set(flag, list);
    const a = byAdd.get(rule.add) ?? [];
    a.push(rule);
    byAdd.set(rule.add, a);
    if (rule.add.length > maxAdd) maxAdd = rule.add.length;
    ruleCount++;
  }
  // stem (lowercased) → entries "Word\tFLAGS" (several when case or flags differ)
  const stems = new Map<string, string[]>();
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n');
  for (let i = 1; i < dic.length; i++) {
    const e = dic[i];
    if (!e) continue;
    const s = e.indexOf('/');
    const word = s >= 0 ? e.slice(0, s) : e;
    const flags = s >= 0 ? e.slice(s + 1).trim() : '';
    const key = word.toLowerCase();
    const list = stems.get(key);
    const entry = word + '\t' + flags;
    if (list) list.push(entry);
    else stems.set(key, [entry]);
  }

  /** Rule id of a bare stem: its flag set; flagless stems split by case (abbreviations, indeclinable names, function words). */
  function bareRule(entry: string, tab: number): string {
    const flags = entry.slice(tab + 1);
    if (flags) return '=' + flags;
    const word = entry.slice(0, tab);
    if (word[0] === word[0].toLowerCase()) return '=∅l';
    return word.length > 1 && word === word.toUpperCase() ? '=∅U' : '=∅C';
  }

  function analyze(lowerForm: string): StemAnalysis[] {
    const out: StemAnalysis[] = [];
    const self = stems.get(lowerForm);
    if (self) {
      for (const entry of self) {
        const t = entry.indexOf('\t');
        out.push({ lemma: entry.slice(0, t), rule: bareRule(entry, t) });
      }
    }
    const n = lowerForm.length;
    for (let l = 0; l <= maxAdd && l < n; l++) {
      const add = lowerForm.slice(n - l);
      const rules = byAdd.get(add);
      if (!rules) continue;
      const base = lowerForm.slice(0, n - l);
      for (const r of rules) {
        const stem = base + r.strip;
        const entries = stems.get(stem);
        if (!entries) continue;
        for (const entry of entries) {
          const t = entry.indexOf('\t');
          if (entry.indexOf(r.flag, t + 1) < 0) continue;
          const word = entry.slice(0, t);
          if (r.cond && !r.cond.test(word) && !r.cond.test(stem)) continue;
          out.push({ lemma: word, rule: r.id });
        }
      }
    }
    return out;
  }

  function generate(lemma: string): { form: string; rule: string }[] {
    const out: { form: string; rule: string }[] = [];
    for (const entry of stems.get(lemma.toLowerCase()) ?? []) {
      const t = entry.indexOf('\t');
      const word = entry.slice(0, t);
      if (word.toLowerCase() !== lemma.toLowerCase()) continue;
      const flags = entry.slice(t + 1);
      out.push({ form: word, rule: bareRule(entry, t) });
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

  return { analyze, generate, stemCount: stems.size, ruleCount };
}
