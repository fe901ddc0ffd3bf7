/**
 * Processed outbox events are forgotten after an hour; pending ones and recent
 * ones stay. Other test files share the database, so this one only looks at
 * (and cleans up) its own events.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { prisma } from '../db';
import { pruneProcessedOutbox } from './prune-outbox';

it('deletes events processed over an hour ago, in chunks, and keeps recent and pending ones', async () => {
  const run = randomUUID();
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
  const old = Array.from({ length: 7 }, (_, i) => ({ kind: 'annotation.upsert', entityId: `${run}-old-${i}`, processedAt: hoursAgo(2 + i) }));
  await prisma.outboxEvent.createMany({
    data: [
      ...old,
      { kind: 'annotation.upsert', entityId: `${run}-recent`, processedAt: hoursAgo(0.5) },
      // Pending, and failing since long ago: never pruned, however old.
      { kind: 'annotation.upsert', entityId: `${run}-pending`, createdAt: hoursAgo(5), availableAt: hoursAgo(5), attempts: 3 },
    ],
  });

  // Chunks of 3 rows: the 7 old ones take three statements, and nothing newer goes with them.
  expect(await pruneProcessedOutbox({ chunk: 3 })).toBeGreaterThanOrEqual(7);
  const left = await prisma.outboxEvent.findMany({ where: { entityId: { startsWith: run } }, select: { entityId: true } });
  expect(left.map((e) => e.entityId).sort()).toEqual([`${run}-pending`, `${run}-recent`]);

  await prisma.outboxEvent.deleteMany({ where: { entityId: { startsWith: run } } });
});
