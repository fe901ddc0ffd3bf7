/**
 * Waits for enqueued Meilisearch tasks and throws when any did not succeed.
 * The client's `waitTask` resolves with failed tasks too; the outbox worker
 * must only mark events processed when Meilisearch really applied them.
 */
import type { EnqueuedTaskPromise, Task } from 'meilisearch';

/** How long to wait and how often to ask; the defaults suit the outbox worker's small batches. */
export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
}

const WORKER_WAIT: WaitOptions = { timeoutMs: 120_000, intervalMs: 25 };

/** Resolves with the finished tasks; rejects with the first task error. */
export async function waitForSuccess(...tasks: EnqueuedTaskPromise[]): Promise<Task[]> {
  return waitForSuccessWithin(WORKER_WAIT, ...tasks);
}

/**
 * `waitForSuccess` with its own limits: bulk reindexing queues batches of
 * thousands of documents that Meilisearch may merge into one long task, so it
 * waits much longer and polls less often (each poll of the client's waitTask
 * also leaves a listener on its abort signal until the wait ends).
 */
export async function waitForSuccessWithin(wait: WaitOptions, ...tasks: EnqueuedTaskPromise[]): Promise<Task[]> {
  const done = await Promise.all(tasks.map((t) => t.waitTask({ timeout: wait.timeoutMs, interval: wait.intervalMs })));
  const failed = done.find((t) => t.status !== 'succeeded');
  if (failed) {
    throw new Error(`Meilisearch task ${failed.uid} (${failed.type}) ${failed.status}: ${failed.error?.message ?? 'no reason given'}`);
  }
  return done;
}
