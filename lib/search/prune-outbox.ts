/**
 * Forgets outbox events processed long enough ago. Once processed, an event
 * is only history (documents are always rebuilt from PostgreSQL, never from
 * events), but every write adds one: without this the table and its index
 * grow forever (17 million rows a day at 200 writes/s). An hour of them is
 * kept, so what was indexed recently can still be looked at when diagnosing
 * search. The outbox worker calls it about once a minute.
 */
import { prisma } from '../db';

const KEEP_MS = 60 * 60_000;
/** Rows per DELETE, so one statement never holds many row locks or runs long. */
const CHUNK = 5_000;
/** Chunks per call: 100,000 rows, more than a minute of writes at 1,000/s. */
const MAX_CHUNKS = 20;

/** Deletes events processed more than `keepMs` ago, oldest first; returns how many. */
export async function pruneProcessedOutbox(opts: { keepMs?: number; chunk?: number } = {}): Promise<number> {
  const cutoff = new Date(Date.now() - (opts.keepMs ?? KEEP_MS));
  const chunk = opts.chunk ?? CHUNK;
  let total = 0;
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const n = await prisma.$executeRaw`
      DELETE FROM "OutboxEvent" WHERE id IN (
        SELECT id FROM "OutboxEvent" WHERE "processedAt" < ${cutoff} ORDER BY "processedAt" LIMIT ${chunk})`;
    total += n;
    if (n < chunk) break;
  }
  return total;
}
