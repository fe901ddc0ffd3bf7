/**
 * The Meilisearch connection and index names. Used by the Next server (search,
 * outbox worker) and by scripts (reindex, bench), so it stays free of
 * `server-only`; it is never imported by client components, and the master key
 * is read from the environment here only, so it cannot reach a browser bundle.
 * `GLOSS_MEILI_INDEX_PREFIX` lets tests and benchmarks use their own indexes.
 */
import { Meilisearch } from 'meilisearch';

/** The two logical indexes; physical names add the prefix (see `indexNames`). */
export interface IndexNames {
  passages: string;
  annotations: string;
}

/** Physical index names for a prefix (default: GLOSS_MEILI_INDEX_PREFIX or none). */
export function indexNames(prefix = process.env.GLOSS_MEILI_INDEX_PREFIX ?? ''): IndexNames {
  return { passages: `${prefix}passages`, annotations: `${prefix}annotations` };
}

export interface MeiliOptions {
  host?: string;
  apiKey?: string;
  /** Per-request timeout in ms. */
  timeout?: number;
}

/** A new client; host and key default to MEILI_HOST / MEILI_MASTER_KEY. */
export function createMeiliClient(opts: MeiliOptions = {}): Meilisearch {
  const host = opts.host ?? process.env.MEILI_HOST;
  if (!host) throw new Error('MEILI_HOST is not set. Start Gloss with `npm start`, which provides one, or set it yourself.');
  return new Meilisearch({ host, apiKey: opts.apiKey ?? process.env.MEILI_MASTER_KEY, timeout: opts.timeout });
}

const globalForMeili = globalThis as unknown as { glossMeiliSearch?: Meilisearch; glossMeiliIndexing?: Meilisearch };

/**
 * The client searches use: a short timeout, because a slow search server
 * should send readers to the Postgres fallback quickly rather than hang.
 */
export function searchClient(): Meilisearch {
  globalForMeili.glossMeiliSearch ??= createMeiliClient({ timeout: Number(process.env.GLOSS_MEILI_SEARCH_TIMEOUT_MS ?? 1_000) });
  return globalForMeili.glossMeiliSearch;
}

/** The client the worker and reindex use: writes may take longer than searches. */
export function indexingClient(): Meilisearch {
  globalForMeili.glossMeiliIndexing ??= createMeiliClient({ timeout: 30_000 });
  return globalForMeili.glossMeiliIndexing;
}
