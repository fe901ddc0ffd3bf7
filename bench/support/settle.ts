/**
 * Lets the stack settle before a timed benchmark: the benchmarks share one
 * PostgreSQL and Meilisearch, and earlier ones bulk-load (1,000 imported
 * pages, 100k search passages). Without this, autovacuum and analyze of
 * those tables, a checkpoint of their pages and Meilisearch's last indexing
 * tasks ran during the next benchmark and were measured as its latency.
 * A database after a bulk load gets the same VACUUM ANALYZE from its DBA.
 */
import { performance } from 'node:perf_hooks';
import type { BenchContext } from '../types';

/** VACUUM ANALYZE and CHECKPOINT PostgreSQL, then wait until Meilisearch has no task left. */
export async function settleStack(ctx: BenchContext): Promise<void> {
  const t0 = performance.now();
  const { prisma } = await import('../../lib/db');
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE)');
  await prisma.$executeRawUnsafe('CHECKPOINT');
  const headers = { authorization: `Bearer ${ctx.meiliMasterKey}` };
  for (;;) {
    const res = await fetch(`${ctx.meiliHost}/tasks?statuses=enqueued,processing&limit=1`, { headers });
    if (((await res.json()) as { results?: unknown[] }).results?.length === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  ctx.log(`stack settled in ${((performance.now() - t0) / 1000).toFixed(1)} s (VACUUM ANALYZE, CHECKPOINT, Meilisearch idle)`);
}
