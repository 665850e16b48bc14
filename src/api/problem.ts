/**
 * Errors as RFC 9457 problem details (`application/problem+json`): `type`, `title`, `status`, `detail`, plus the
 * litopys error `code` and, where known, the `field`/`line` at fault, a `hint`, and per-record `errors`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_CODES, LitopysError, type ErrorCode } from '../errors.js';

export const PROBLEM_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field?: string;
  line?: number;
  hint?: string;
  errors?: Record<string, unknown>[];
}

/** HTTP status for a coded error. */
export function statusFor(code: ErrorCode | string): ContentfulStatusCode {
  switch (code) {
    case 'USAGE':
    case 'INPUT_UNREADABLE':
    case 'INPUT_BINARY':
    case 'INPUT_JSON':
    case 'INPUT_FIELD':
    case 'INPUT_DATE':
    case 'INPUT_EMPTY':
      return 400;
    case 'AUTH':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'LIMIT':
      return 413;
    case 'STORE_OPEN':
    case 'STORE_MIGRATION':
      return 503;
    default:
      return 500;
  }
}

export function problemOf(e: LitopysError, extra: Partial<Problem> = {}): Problem {
  const p: Problem = {
    type: `urn:litopys:problem:${e.code.toLowerCase()}`,
    title: ERROR_CODES[e.code],
    status: statusFor(e.code),
    detail: e.message,
    code: e.code,
    ...extra,
  };
  if (e.location.field) p.field = e.location.field;
  if (e.location.line !== undefined) p.line = e.location.line;
  if (e.hint) p.hint = e.hint;
  return p;
}

/** A problem+json response. */
export function problemResponse(c: Context, p: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(p), p.status as ContentfulStatusCode, { 'content-type': PROBLEM_TYPE, ...headers });
}

export function problem(c: Context, code: ErrorCode, detail: string, extra: Partial<Problem> & { fieldName?: string } = {}, headers: Record<string, string> = {}): Response {
  const { fieldName, ...rest } = extra;
  return problemResponse(c, problemOf(new LitopysError(code, detail, fieldName ? { field: fieldName } : {}), rest), headers);
}
