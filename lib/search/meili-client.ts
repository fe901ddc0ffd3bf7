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

/**
 * Asks Meilisearch for uncompressed responses. Node's fetch sends
 * `Accept-Encoding: gzip, deflate, br` by default; Meilisearch then compresses
 * each response on a worker thread and sends it chunked, headers first and
 * the body a moment later in a second TCP segment. On a kept-alive connection
 * that second segment waits for the ACK of the first, which the client delays
 * by ~40 ms (Nagle's algorithm on the server meeting delayed ACKs on the
 * client), so every search of more than ~2 KB took ~45 ms however fast
 * Meilisearch was (measured: 47.7 ms p50 with gzip, 4.7 ms without, same
 * request). Meilisearch runs next to the app, so compression saves nothing.
 */
const UNCOMPRESSED = { 'Accept-Encoding': 'identity' };

/** A new client; host and key default to MEILI_HOST / MEILI_MASTER_KEY. */
export function createMeiliClient(opts: MeiliOptions = {}): Meilisearch {
  const host = opts.host ?? process.env.MEILI_HOST;
  if (!host) throw new Error('MEILI_HOST is not set. Start Gloss with `npm start`, which provides one, or set it yourself.');
  return new Meilisearch({ host, apiKey: opts.apiKey ?? process.env.MEILI_MASTER_KEY, timeout: opts.timeout, requestInit: { headers: UNCOMPRESSED } });
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
