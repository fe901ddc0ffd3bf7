/**
 * `npm run reindex`: rebuilds the Meilisearch indexes from Postgres without a
 * search outage (see lib/search/reindex.ts), showing a progress bar (plain
 * lines when the output is not a terminal). Uses DATABASE_URL / MEILI_HOST
 * when set; otherwise starts the embedded services like `npm start` and stops
 * them afterwards.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { readServiceConfig } from '../lib/services/config';
import { ServiceError } from '../lib/services/ports';
import { startStack, type Stack } from '../lib/services/stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string) => console.log(`[reindex] ${line}`);

async function main() {
  const config = readServiceConfig(process.env, root);
  let stack: Stack | undefined;
  if (!config.DATABASE_URL || !config.MEILI_HOST) {
    stack = await startStack({
      dataDir: config.dataDir,
      pgPort: config.GLOSS_PG_PORT,
      meiliPort: config.GLOSS_MEILI_PORT,
      databaseUrl: config.DATABASE_URL,
      meiliHost: config.MEILI_HOST,
      meiliMasterKey: config.MEILI_MASTER_KEY,
      log: say,
    });
    Object.assign(process.env, { DATABASE_URL: stack.databaseUrl, MEILI_HOST: stack.meiliHost, MEILI_MASTER_KEY: stack.meiliMasterKey });
  }
  const { reindexAll } = await import('../lib/search/reindex');
  const { disconnectDb } = await import('../lib/db');
  const tty = process.stdout.isTTY;
  const bar = tty ? new cliProgress.SingleBar({ format: '[reindex] {phase} [{bar}] {value}/{total} ({percentage}%) ETA {eta}s' }, cliProgress.Presets.shades_classic) : null;
  let phase = '';
  let lastLine = 0;
  const started = Date.now();
  try {
    const counts = await reindexAll({
      onProgress: (p) => {
        if (bar) {
          if (p.phase !== phase) {
            if (phase) bar.stop();
            bar.start(p.total, p.done, { phase: p.phase.padEnd(11) });
          } else bar.update(p.done);
        } else if (p.phase !== phase || p.done === p.total || Date.now() - lastLine > 2_000) {
          lastLine = Date.now();
          say(`${p.phase}: ${p.done}/${p.total}`);
        }
        phase = p.phase;
      },
    });
    bar?.stop();
    say(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.passages} passages, ${counts.annotations} annotations. Searches kept answering throughout.`);
  } finally {
    bar?.stop();
    await disconnectDb();
    await stack?.stop();
  }
}

main().catch((e) => {
  if (e instanceof ServiceError) console.error(`[reindex] ${e.message}`);
  else console.error(e);
  process.exit(1);
});
