/**
 * Next.js calls `register()` once when a server instance starts. Gloss uses it
 * to apply the Meilisearch index settings and start the outbox worker, so
 * every app instance keeps the index fed without a separate process.
 * Skipped on the edge runtime and when GLOSS_DISABLE_WORKER=1.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.GLOSS_DISABLE_WORKER === '1') return;
  const { startSearchIndexing } = await import('./lib/search/start-search-indexing');
  startSearchIndexing();
}
