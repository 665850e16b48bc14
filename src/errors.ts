/**
 * Coded, actionable errors. Every error a user can see carries a stable code, says what went wrong and where
 * (file, line, field), and — where there is one — what to do about it.
 */

export const ERROR_CODES = {
  INPUT_UNREADABLE: 'cannot read the input',
  INPUT_BINARY: 'input is binary or not UTF-8 text',
  INPUT_JSON: 'malformed JSON',
  INPUT_FIELD: 'a required field is missing or has the wrong type',
  INPUT_DATE: 'impossible or malformed date',
  INPUT_EMPTY: 'no text',
  ANALYSIS_FAILED: 'the analysis pipeline failed on this document',
  STORE_OPEN: 'cannot open the store',
  STORE_MIGRATION: 'store migration failed',
  NOT_FOUND: 'not found',
  USAGE: 'bad command-line usage',
  MODEL_MISSING: 'a model or lexicon file is missing',
  MODEL_CORRUPT: 'a model or lexicon file is unreadable',
  DATA_MISSING: 'training or evaluation data is missing',
  AUTH: 'authentication required',
  FORBIDDEN: 'forbidden',
  LIMIT: 'request too large',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

export class LitopysError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, hint?: string) {
    super(message);
    this.name = 'LitopysError';
    this.code = code;
    this.location = location;
    this.hint = hint;
  }

  /** `file:line: field: message [CODE] (hint)` — the one-line form printed by the CLI. */
  format(): string {
    const where = [this.location.file, this.location.line].filter((x) => x !== undefined).join(':');
    const field = this.location.field ? `field "${this.location.field}": ` : '';
    const hint = this.hint ? ` — ${this.hint}` : '';
    return `${where ? where + ': ' : ''}${field}${this.message} [${this.code}]${hint}`;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.location, ...(this.hint ? { hint: this.hint } : {}) };
  }
}

export function isLitopysError(e: unknown): e is LitopysError {
  return e instanceof LitopysError;
}

/** CLI exit codes (documented in docs/cli.md). */
export const EXIT = {
  OK: 0,
  /** Some input was rejected; the rest was processed. */
  REJECTED: 1,
  /** Bad usage: unknown option, missing argument. */
  USAGE: 2,
  /** Nothing found (show/entity lookups). */
  NOT_FOUND: 3,
  /** The store could not be opened or migrated. */
  STORE: 4,
  /** A model or data file is missing or corrupt. */
  MODEL: 5,
  /** Unexpected internal error. */
  INTERNAL: 70,
} as const;
