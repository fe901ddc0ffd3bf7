/**
 * `searchVisibleTo(user, request)`: the one entry point for searching Gloss.
 * It parses the query, resolves what the asker may see (the permission filter
 * is always added here, on the server), and asks Meilisearch; when
 * Meilisearch is unreachable it answers from Postgres full-text search with
 * `degraded: true`. A failed Meilisearch call opens a short circuit so a dead
 * server costs one timeout per few seconds, not one per request; after it,
 * Meilisearch is tried again, so search recovers by itself.
 */
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch } from 'meilisearch';
import type { SessionUser } from '../auth/current-user';
import { AppError } from '../errors';
import { indexNames, searchClient, type IndexNames } from './meili-client';
import { parseQuery } from './parse-query';
import { resolveViewer } from './resolve-viewer';
import { searchMeilisearch } from './search-meilisearch';
import { searchPostgres } from './search-postgres';
import type { SearchRequest, SearchResponseBody } from './search-types';

export type { SearchRequest, SearchResponseBody, SearchHit, SearchType } from './search-types';

const CIRCUIT_OPEN_MS = 5_000;
const circuit = globalThis as unknown as { glossMeiliDownUntil?: Map<string, number> };
circuit.glossMeiliDownUntil ??= new Map();

export interface SearchOptions {
  /** Defaults to the shared search client (MEILI_HOST, 1 s timeout). */
  client?: Meilisearch;
  names?: IndexNames;
  /** Skip Meilisearch entirely (benchmarks compare the fallback). */
  forceFallback?: boolean;
}

/** Searches passages, annotations and replies that `user` may see. Throws AppError('VALIDATION') for a malformed query. */
export async function searchVisibleTo(user: SessionUser | null, request: SearchRequest, opts: SearchOptions = {}): Promise<SearchResponseBody> {
  const started = performance.now();
  const parsed = parseQuery(request.q ?? '');
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.error);
  const paging = {
    type: request.type ?? 'all',
    limit: Math.min(Math.max(request.limit ?? 20, 1), 50),
    offset: Math.min(Math.max(request.offset ?? 0, 0), 1000),
    facets: request.facets !== false,
  };
  const viewer = await resolveViewer(user);
  const names = opts.names ?? indexNames();

  if (!opts.forceFallback) {
    let client: Meilisearch | null = null;
    try {
      client = opts.client ?? searchClient();
    } catch {
      // MEILI_HOST unset: search still works, from Postgres.
    }
    const key = client?.config.host ?? '';
    const downUntil = circuit.glossMeiliDownUntil!.get(key) ?? 0;
    if (client && Date.now() >= downUntil) {
      try {
        const result = await searchMeilisearch(client, names, parsed.query, viewer, paging);
        circuit.glossMeiliDownUntil!.delete(key);
        return { ...result, tookMs: Math.round(performance.now() - started), degraded: false };
      } catch (e) {
        if (process.env.GLOSS_DEBUG_SEARCH) console.error('meilisearch failed', e);
        if (!isUnreachable(e)) throw e;
        // A missing index is not a dead server: don't make other searches wait it out.
        if (!(e instanceof MeilisearchApiError)) circuit.glossMeiliDownUntil!.set(key, Date.now() + CIRCUIT_OPEN_MS);
      }
    }
  }
  const result = await searchPostgres(parsed.query, viewer, paging);
  return { ...result, tookMs: Math.round(performance.now() - started), degraded: true };
}

/**
 * Network failures, timeouts and a missing index (a fresh server before the
 * worker's first batch) send searches to Postgres; other Meilisearch errors
 * are bugs and surface as such.
 */
function isUnreachable(e: unknown): boolean {
  if (e instanceof MeilisearchRequestError || e instanceof MeilisearchRequestTimeOutError) return true;
  if (e instanceof MeilisearchApiError) return e.cause?.code === 'index_not_found';
  const name = (e as { name?: string })?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
