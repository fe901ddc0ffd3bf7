/**
 * What an app instance does for search at start: apply index settings
 * (retrying in the background while Meilisearch is down, so the app starts
 * anyway) and run the outbox worker for the life of the process.
 */
import { ensureIndexSettings } from './index-settings';
import { indexingClient } from './meili-client';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker';

const state = globalThis as unknown as { glossOutboxWorker?: OutboxWorker };

/** Starts once per process; later calls do nothing. */
export function startSearchIndexing(log: (line: string) => void = (l) => console.log(`[search] ${l}`)): void {
  if (state.glossOutboxWorker || !process.env.MEILI_HOST || !process.env.DATABASE_URL) return;
  let delay = 1_000;
  const applySettings = async () => {
    try {
      await ensureIndexSettings(indexingClient());
    } catch (e) {
      log(`could not apply index settings yet (${(e as Error).message}); retrying`);
      delay = Math.min(delay * 2, 60_000);
      setTimeout(() => void applySettings(), delay).unref();
    }
  };
  void applySettings();
  state.glossOutboxWorker = startOutboxWorker({ log });
}
