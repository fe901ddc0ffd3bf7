/**
 * The side effects every annotation write must commit together with it: an
 * outbox row so search re-indexes the annotation, and a `gloss_live`
 * notification so open readers update. Both run on the write's transaction
 * client, so Postgres delivers the NOTIFY only if the write commits, and a
 * failed write leaves neither behind.
 */
import type { Prisma } from '../generated/prisma/client';
import { OUTBOX_CHANNEL, type OutboxKind } from '../search/enqueue';

export const LIVE_CHANNEL = 'gloss_live';

export type LiveAction = 'created' | 'updated' | 'deleted' | 'hidden' | 'unhidden';

/** What travels on the gloss_live channel: ids only, never content (each listener re-reads with its viewer's rights). */
export interface LiveNotification {
  articleId: string;
  annotationId: string;
  rootId: string;
  action: LiveAction;
}

/** The outbox event kind for a change (insert-annotation.ts writes the same rows in its one statement). */
export function outboxKindOf(action: LiveAction): OutboxKind {
  return action === 'deleted' ? 'annotation.delete' : 'annotation.upsert';
}

/** Enqueues the search update and the live notification on the given transaction. */
export async function announceAnnotationChange(tx: Prisma.TransactionClient, change: LiveNotification): Promise<void> {
  const kind = outboxKindOf(change.action);
  await tx.outboxEvent.create({ data: { kind, entityId: change.annotationId } });
  // Both notifications in one statement (see lib/search/enqueue.ts for the outbox one).
  const payload = JSON.stringify(change);
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, ${kind}), pg_notify(${LIVE_CHANNEL}, ${payload})`;
}
