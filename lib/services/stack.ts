/**
 * Brings up what Gloss needs besides itself: PostgreSQL and Meilisearch.
 * Each one is used from the environment when configured (DATABASE_URL,
 * MEILI_HOST), and otherwise started embedded with its data in dataDir.
 * Migrations are applied before returning. `stop()` stops only what this
 * call started, in reverse order.
 */
import { migrate } from '../db/migrate';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { startEmbeddedPostgres } from './embedded-postgres';
import type { ServiceConfig } from './config';
import { ServiceError } from './ports';

export interface Stack {
  databaseUrl: string;
  meiliHost: string;
  meiliMasterKey: string;
  /** Which services this process started itself. */
  embedded: { postgres: boolean; meilisearch: boolean };
  appliedMigrations: string[];
  stop(): Promise<void>;
}

export async function startStack(opts: {
  dataDir: string;
  pgPort: number;
  meiliPort: number;
  databaseUrl?: string;
  meiliHost?: string;
  meiliMasterKey?: string;
  log?: (line: string) => void;
}): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      log(`Starting embedded PostgreSQL on port ${opts.pgPort}…`);
      const pg = await startEmbeddedPostgres({ dataDir: opts.dataDir, port: opts.pgPort });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    let meiliHost = opts.meiliHost;
    let meiliMasterKey = opts.meiliMasterKey ?? '';
    if (!meiliHost) {
      log(`Starting embedded Meilisearch on port ${opts.meiliPort}…`);
      const meili = await startEmbeddedMeilisearch({ dataDir: opts.dataDir, port: opts.meiliPort });
      stops.push(meili.stop);
      meiliHost = meili.host;
      meiliMasterKey = meili.masterKey;
    }
    let appliedMigrations: string[];
    try {
      appliedMigrations = await migrate(databaseUrl);
    } catch (e) {
      throw new ServiceError(`Could not migrate the database: ${(e as Error).message}`);
    }
    if (appliedMigrations.length) log(`Applied migrations: ${appliedMigrations.join(', ')}`);
    return {
      databaseUrl,
      meiliHost,
      meiliMasterKey,
      embedded: { postgres: !opts.databaseUrl, meilisearch: !opts.meiliHost },
      appliedMigrations,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** startStack with the settings `npm start` reads (lib/services/config.ts). */
export function startStackFromConfig(config: ServiceConfig, log?: (line: string) => void): Promise<Stack> {
  return startStack({
    dataDir: config.dataDir,
    pgPort: config.GLOSS_PG_PORT,
    meiliPort: config.GLOSS_MEILI_PORT,
    databaseUrl: config.DATABASE_URL,
    meiliHost: config.MEILI_HOST,
    meiliMasterKey: config.MEILI_MASTER_KEY,
    log,
  });
}

/**
 * Runs `shutdown` once on SIGINT, SIGTERM or SIGHUP; a second signal exits at
 * once. (tsx, which runs our scripts, relays signals to us and waits for us
 * to exit, so its own listeners must stay in place.)
 */
export function onShutdownSignal(shutdown: (signal: NodeJS.Signals) => Promise<void>) {
  let shuttingDown = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (shuttingDown) process.exit(1);
      shuttingDown = true;
      void shutdown(signal);
    });
  }
}
