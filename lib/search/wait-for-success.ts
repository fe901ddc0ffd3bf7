/**
 * Waits for enqueued Meilisearch tasks and throws when any did not succeed.
 * The client's `waitTask` resolves with failed tasks too; the outbox worker
 * must only mark events processed when Meilisearch really applied them.
 */
import type { EnqueuedTaskPromise, Task } from 'meilisearch';

/** Resolves with the finished tasks; rejects with the first task error. */
export async function waitForSuccess(...tasks: EnqueuedTaskPromise[]): Promise<Task[]> {
  const done = await Promise.all(tasks.map((t) => t.waitTask({ timeout: 120_000, interval: 25 })));
  const failed = done.find((t) => t.status !== 'succeeded');
  if (failed) {
    throw new Error(`Meilisearch task ${failed.uid} (${failed.type}) ${failed.status}: ${failed.error?.message ?? 'no reason given'}`);
  }
  return done;
}
