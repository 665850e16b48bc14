/**
 * The morphology model learnt from BRUK train (models/uk-morph.json.gz): a form table (every training form with its
 * lemma + VESUM tag analyses and counts), the VESUM tags each hunspell affix rule produces, and a suffix guesser for
 * words neither knows. Built by scripts/train-tagger.ts; read by lexicon.ts.
 */

export interface MorphModel {
  version: string;
  /** lower form → "lemma\ttag\tcount" entries joined by '\n', most frequent first. */
  forms: Record<string, string>;
  /** hunspell rule id → "tag\tcount" entries joined by '\n'. */
  rules: Record<string, string>;
  /** guesser key (casing letter + suffix) → "tag\tstrip\tadd\tcount" entries joined by '\n'. */
  suffixes: Record<string, string>;
  maxSuffix: number;
  /** The same tables with fast keyed access, when read from a file (parseMorphModel); else built from the records. */
  tables?: MorphTables;
}

/** How a lemma is rewritten from a form: drop `strip` trailing chars, append `add` (both on lowercase). */
export function lemmaRewrite(lowerForm: string, lowerLemma: string): { strip: number; add: string } {
  let i = 0;
  const n = Math.min(lowerForm.length, lowerLemma.length);
  while (i < n && lowerForm[i] === lowerLemma[i]) i++;
  return { strip: lowerForm.length - i, add: lowerLemma.slice(i) };
}

export function guesserKey(form: string, suffix: string): string {
  const c = form[0];
  const cap = c !== undefined && c !== c.toLowerCase();
  return (cap ? 'C' : 'l') + suffix;
}

/** A number with a letter ending: 2017-го, 5-річний, 21-ше (guesser keys `N` + the ending). */
export const NUMBERED = /^\d+-([^\d-]+)$/;

/** Read access to the model's tables (own keys only: "constructor" is a word, not Object.prototype.constructor). */
export interface MorphTable {
  get(key: string): string | undefined;
  entries(): Iterable<[string, string]>;
  /** The keys alone (no value decoded). */
  keys(): Iterable<string>;
  /**
   * Where the key's value starts in `text`, still JSON-escaped, up to the closing quote `stringEnd` finds (-1: no such
   * key; -2: read it with get()). Only tables read from a model file have it.
   */
  raw?(key: string): number;
  readonly text?: string;
}

export interface MorphTables {
  forms: MorphTable;
  rules: MorphTable;
  suffixes: MorphTable;
}

/** Tables over the plain records of a model (a model built in memory by training). */
export function recordTables(model: MorphModel): MorphTables {
  const table = (r: Record<string, string>): MorphTable => ({
    get: (k) => (Object.hasOwn(r, k) ? r[k] : undefined),
    entries: () => Object.entries(r),
    keys: () => Object.keys(r),
  });
  return { forms: table(model.forms), rules: table(model.rules), suffixes: table(model.suffixes) };
}

/**
 * A table read from the model file's JSON text without parsing it: each key maps to the offset of its (still
 * escaped) value in the text, decoded on first use. Indexing takes a fraction of JSON.parse's time and memory.
 */
class TextTable implements MorphTable {
  /** Key → offset of its value in the text, replaced by the decoded value on first use (one map lookup per get). */
  private readonly at: Map<string, number | string>;

  constructor(readonly text: string, at: Map<string, number>) {
    this.at = at;
  }

  raw(key: string): number {
    const v = this.at.get(key);
    return v === undefined ? -1 : typeof v === 'number' ? v : -2;
  }

  get(key: string): string | undefined {
    const v = this.at.get(key);
    if (typeof v !== 'number') return v;
    const s = decodeJsonString(this.text, v, stringEnd(this.text, v));
    this.at.set(key, s);
    return s;
  }

  keys(): Iterable<string> {
    return this.at.keys();
  }

  *entries(): Iterable<[string, string]> {
    for (const key of this.at.keys()) yield [key, this.get(key)!];
  }
}

/** Index of the closing quote of the JSON string whose content starts at `from`. */
export function stringEnd(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    let bs = 0;
    while (text.charCodeAt(q - 1 - bs) === 92) bs++;
    if (bs % 2 === 0) return q;
  }
  throw new SyntaxError('unterminated string in the morphology model');
}

function decodeJsonString(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  return raw.includes('\\') ? (JSON.parse('"' + raw + '"') as string) : raw;
}

/**
 * The model from its JSON text: version and maxSuffix parsed, the three tables indexed lazily (`tables`); the plain
 * records `forms`, `rules`, `suffixes` are built only if something reads them. Falls back to JSON.parse for a text
 * of another shape.
 */
export function parseMorphModel(text: string): MorphModel {
  const scanned = scanModel(text);
  if (!scanned) return JSON.parse(text) as MorphModel;
  const { scalars, tables } = scanned;
  const records = new Map<string, Record<string, string>>();
  const record = (name: keyof MorphTables): Record<string, string> => {
    let r = records.get(name);
    if (!r) {
      r = {};
      for (const [k, v] of tables[name].entries()) r[k] = v;
      records.set(name, r);
    }
    return r;
  };
  return {
    version: scalars.version as string,
    maxSuffix: scalars.maxSuffix as number,
    get forms() {
      return record('forms');
    },
    get rules() {
      return record('rules');
    },
    get suffixes() {
      return record('suffixes');
    },
    tables,
  };
}

function scanModel(text: string): { scalars: Record<string, unknown>; tables: MorphTables } | null {
  let i = 0;
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const str = (): string | null => {
    ws();
    if (text[i] !== '"') return null;
    const end = stringEnd(text, i + 1);
    const s = decodeJsonString(text, i + 1, end);
    i = end + 1;
    return s;
  };
  const expect = (ch: string): boolean => {
    ws();
    if (text[i] !== ch) return false;
    i++;
    return true;
  };
  const scalars: Record<string, unknown> = {};
  const maps = new Map<string, Map<string, number>>();
  if (!expect('{')) return null;
  for (;;) {
    const key = str();
    if (key === null || !expect(':')) return null;
    ws();
    if (text[i] === '{' && (key === 'forms' || key === 'rules' || key === 'suffixes')) {
      i++;
      const at = new Map<string, number>();
      ws();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          const k = str();
          if (k === null || !expect(':')) return null;
          ws();
          if (text[i] !== '"') return null;
          at.set(k, i + 1);
          i = stringEnd(text, i + 1) + 1;
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else return null;
        }
      }
      maps.set(key, at);
    } else {
      // a scalar (version, maxSuffix): up to the next top-level ',' or '}' (no nesting expected)
      const from = i;
      if (text[i] === '"') i = stringEnd(text, i + 1) + 1;
      else while (i < text.length && text[i] !== ',' && text[i] !== '}') i++;
      try {
        scalars[key] = JSON.parse(text.slice(from, i));
      } catch {
        return null;
      }
    }
    ws();
    if (text[i] === ',') i++;
    else if (text[i] === '}') break;
    else return null;
  }
  const forms = maps.get('forms');
  const rules = maps.get('rules');
  const suffixes = maps.get('suffixes');
  if (!forms || !rules || !suffixes || typeof scalars.version !== 'string' || typeof scalars.maxSuffix !== 'number') return null;
  return {
    scalars,
    tables: { forms: new TextTable(text, forms), rules: new TextTable(text, rules), suffixes: new TextTable(text, suffixes) },
  };
}
