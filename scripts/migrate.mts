/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (for
 * production deploys that migrate before starting app instances). Without
 * DATABASE_URL it migrates the embedded database in .data/.
 */
import { migrate } from '../lib/db/migrate';
import { readServiceConfig } from '../lib/services/config';
import { ServiceError } from '../lib/services/ports';
import { startStack } from '../lib/services/stack';

async function main() {
  const config = readServiceConfig();
  if (config.DATABASE_URL) {
    const applied = await migrate(config.DATABASE_URL);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return;
  }
  // startStack migrates as part of starting; a Meilisearch is not needed here.
  const stack = await startStack({
    dataDir: config.dataDir,
    pgPort: config.GLOSS_PG_PORT,
    meiliPort: config.GLOSS_MEILI_PORT,
    meiliHost: 'http://unused.invalid',
  });
  console.log(stack.appliedMigrations.length ? `Applied: ${stack.appliedMigrations.join(', ')}` : 'The database is up to date.');
  await stack.stop();
}

main().catch((e) => {
  console.error(e instanceof ServiceError ? e.message : e instanceof Error ? e.message : e);
  process.exit(1);
});
