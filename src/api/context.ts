/** What the API's routes share: the open store and the server's configuration. */
import type { Store } from '../store/store.js';

export interface ApiOptions {
  store: Store;
  /** Bearer token for POST /documents; ingest is disabled when none is configured. */
  token?: string | null;
  /** Largest request body accepted, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  /** Pipeline stages run on ingested documents (default: every registered stage). */
  stages?: string[];
}

export interface ApiContext {
  store: Store;
  token: string | null;
  maxBodyBytes: number;
  stages?: string[];
}

export const DEFAULT_MAX_BODY = 10 * 1024 * 1024;
