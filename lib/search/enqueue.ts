/**
 * The write side of the search outbox. Every write that search must see calls
 * `enqueueSearchUpdate` with the same transaction client, so the outbox row
 * commits or rolls back with the write itself: a search server that is down
 * never loses a write. lib/search's worker drains the rows in id order.
 *
 * Kinds and their entityId:
 *   article.upsert     article id: (re)index the passages of its current revision
 *   article.delete     article id
 *   annotation.upsert  annotation id (top-level annotations and replies)
 *   annotation.delete  annotation id
 */
import type { Prisma } from '../generated/prisma/client';

/** The channel the outbox worker LISTENs on. */
export const OUTBOX_CHANNEL = 'gloss_outbox';

export type OutboxKind = 'article.upsert' | 'article.delete' | 'annotation.upsert' | 'annotation.delete';

export async function enqueueSearchUpdate(tx: Prisma.TransactionClient, kind: OutboxKind, entityId: string) {
  await tx.outboxEvent.create({ data: { kind, entityId } });
  // Wakes the worker(s) at once instead of at their next poll.
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, ${kind})`;
}

/** Enqueues the same kind of update for many entities with one insert (e.g. re-anchoring). */
export async function enqueueSearchUpdates(tx: Prisma.TransactionClient, kind: OutboxKind, entityIds: readonly string[]) {
  if (entityIds.length === 0) return;
  await tx.outboxEvent.createMany({ data: entityIds.map((entityId) => ({ kind, entityId })) });
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, ${kind})`;
}
