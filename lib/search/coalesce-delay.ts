/**
 * How long the outbox worker lets events gather before each drain (pure; the
 * worker is outbox-worker.ts).
 */

/**
 * How long a notification waits before the drain it starts, so that a burst
 * of writes (every annotation write notifies) becomes one batch: one
 * Meilisearch task and a dozen queries per ~100 ms instead of per write.
 * Search lags writes by about this much more; nothing waits on it.
 */
const COALESCE_MS = 100;
/**
 * Under sustained writes (the last batch had at least BUSY_BATCH events) the
 * worker gathers longer: a Meilisearch task has a large fixed cost (about
 * 20 ms for 11 documents, 55 ms for 160: bench/writes.bench.ts logs it), and
 * on a machine shared with the app every task takes CPU from requests.
 * Search then lags writes by about half a second while the load lasts, and
 * by COALESCE_MS again once it stops.
 */
const BUSY_COALESCE_MS = 400;
const BUSY_BATCH = 20;

/** How long to gather events before the next drain, given the size of the last batch. */
export function coalesceDelay(lastBatch: number, quietMs = COALESCE_MS, busyMs = BUSY_COALESCE_MS): number {
  return lastBatch >= BUSY_BATCH ? Math.max(quietMs, busyMs) : quietMs;
}
