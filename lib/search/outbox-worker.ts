/**
 * The outbox worker: drains OutboxEvent rows into Meilisearch in id order, in
 * batches, idempotently (documents are rebuilt from Postgres, see
 * apply-outbox-events.ts). A Postgres advisory lock held for the batch's
 * transaction means only one app instance drains at a time, so batches never
 * overtake each other. When Meilisearch fails, the batch stays unprocessed
 * with attempts, lastError and an exponentially later availableAt: nothing is
 * lost and the index catches up once Meilisearch is back. The worker wakes on
 * `LISTEN gloss_outbox` (a dedicated pg connection) and polls as a fallback.
 * About once a minute it also forgets events processed over an hour ago
 * (prune-outbox.ts).
 */
import type { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { prisma } from '../db';
import { applyOutboxEvents, type OutboxEventRow } from './apply-outbox-events';
import { coalesceDelay } from './coalesce-delay';
import { indexingClient, indexNames, type IndexNames } from './meili-client';
import { pruneProcessedOutbox } from './prune-outbox';

/** Arbitrary constant naming the "outbox drainer" advisory lock. */
const DRAIN_LOCK_KEY = 4_711_2026;
const MAX_BACKOFF_SECONDS = 60;
const DEFAULT_BATCH_SIZE = 200;
/** How often the worker forgets old processed events (prune-outbox.ts). */
const PRUNE_EVERY_MS = 60_000;

export interface DrainOptions {
  client?: Meilisearch;
  names?: IndexNames;
  batchSize?: number;
}

export interface DrainResult {
  /** Events marked processed. */
  processed: number;
  /** Events whose batch failed and were rescheduled. */
  failed: number;
  /** Passage documents sent. */
  passages: number;
  /** True when another worker held the lock, so nothing was done. */
  busy: boolean;
  error?: string;
}

/** Processes one batch of due events. Never throws for Meilisearch failures. */
export async function drainOutboxOnce(opts: DrainOptions = {}): Promise<DrainResult> {
  const client = opts.client ?? indexingClient();
  const names = opts.names ?? indexNames();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  return prisma.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DRAIN_LOCK_KEY}::bigint) AS locked`;
      if (!locked) return { processed: 0, failed: 0, passages: 0, busy: true };
      const events = await tx.$queryRaw<(OutboxEventRow & { attempts: number })[]>`
        SELECT id, kind, "entityId", attempts FROM "OutboxEvent"
        WHERE "processedAt" IS NULL AND "availableAt" <= now()
        ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      if (events.length === 0) return { processed: 0, failed: 0, passages: 0, busy: false };
      const ids = events.map((e) => e.id);
      try {
        const passages = await applyOutboxEvents(client, names, events);
        await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date(), lastError: null } });
        return { processed: events.length, failed: 0, passages, busy: false };
      } catch (e) {
        const message = String((e as Error)?.message ?? e).slice(0, 1000);
        // Each event backs off by its own attempt count: 1 s, 2 s, 4 s … up to a minute.
        await tx.$executeRaw`
          UPDATE "OutboxEvent" SET attempts = attempts + 1, "lastError" = ${message},
            "availableAt" = now() + make_interval(secs => least(power(2, attempts), ${MAX_BACKOFF_SECONDS}))
          WHERE id = ANY(${ids}::bigint[])`;
        return { processed: 0, failed: events.length, passages: 0, busy: false, error: message };
      }
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/**
 * Drains until no due event is left (or a batch fails); returns the totals.
 * Only a full batch means more are waiting: after a partial one, whatever
 * arrived meanwhile is left for the next drain, so that under steady writes
 * the worker gathers them (coalesceDelay) instead of sending Meilisearch one
 * small task after another as fast as it finishes them.
 */
export async function drainOutbox(opts: DrainOptions = {}): Promise<DrainResult> {
  const total: DrainResult = { processed: 0, failed: 0, passages: 0, busy: false };
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  for (;;) {
    const r = await drainOutboxOnce({ ...opts, batchSize });
    total.processed += r.processed;
    total.passages += r.passages;
    total.failed += r.failed;
    total.busy = r.busy;
    if (r.error) total.error = r.error;
    if (r.processed < batchSize || r.failed > 0 || r.busy) return total;
  }
}

export interface OutboxWorker {
  /** Resolves once the worker LISTENs for notifications (it polls meanwhile); for tests and diagnostics. */
  listening: Promise<void>;
  stop(): Promise<void>;
}

/** Starts the background worker (LISTEN + poll). Call `stop()` to end it. */
export function startOutboxWorker(
  opts: DrainOptions & { pollMs?: number; log?: (line: string) => void } = {},
): OutboxWorker {
  const log = opts.log ?? ((line: string) => console.log(`[search] ${line}`));
  let lastBatch = 0;
  let lastPrune = 0;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lastErrorLog = 0;
  let listener: pg.Client | null = null;
  let cutShort: (() => void) | null = null;
  let markListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => (markListening = resolve));

  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        // Let the burst that woke us (or arrived during the last batch) gather first.
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, coalesceDelay(lastBatch));
          cutShort = () => {
            clearTimeout(t);
            resolve();
          };
        });
        cutShort = null;
        if (stopped) break;
        again = false;
        try {
          const r = await drainOutbox(opts);
          lastBatch = r.processed;
          if (r.error && Date.now() - lastErrorLog > 30_000) {
            lastErrorLog = Date.now();
            log(`indexing failed, will retry with backoff: ${r.error}`);
          }
          if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
            lastPrune = Date.now();
            await pruneProcessedOutbox();
          }
        } catch (e) {
          if (Date.now() - lastErrorLog > 30_000) {
            lastErrorLog = Date.now();
            log(`outbox worker failed, will retry: ${(e as Error).message}`);
          }
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  const listen = async () => {
    if (stopped || !process.env.DATABASE_URL) return;
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    client.on('notification', kick);
    client.on('error', () => {
      // Connection lost (e.g. Postgres restarted): polling continues; reconnect shortly.
      listener = null;
      client.end().catch(() => {});
      if (!stopped) setTimeout(() => void listen(), 5_000).unref();
    });
    try {
      await client.connect();
      await client.query('LISTEN gloss_outbox');
      listener = client;
      markListening();
    } catch {
      client.end().catch(() => {});
      if (!stopped) setTimeout(() => void listen(), 5_000).unref();
    }
  };

  void listen();
  const timer = setInterval(kick, opts.pollMs ?? 2_000);
  timer.unref();
  kick();

  return {
    listening,
    async stop() {
      stopped = true;
      clearInterval(timer);
      (cutShort as (() => void) | null)?.();
      await running;
      await listener?.end().catch(() => {});
    },
  };
}
