/**
 * `npm run import -- <files, folders or URLs> [--as <email>]`
 *
 * Imports .html/.htm/.md/.markdown/.txt files (folders recursively) and
 * http(s) URLs as articles, recorded under cli@gloss.local (or --as <email>,
 * created if missing). Shows a progress bar on a terminal, plain lines
 * otherwise, then a summary; exits 1 if anything failed.
 *
 * Database: DATABASE_URL when set. Otherwise the embedded PostgreSQL of
 * `npm start` (same settings, lib/services/config.ts): reused if it is
 * already running, else started for the import and stopped afterwards.
 * Meilisearch is not needed: the search outbox is drained when the app runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { migrate } from '../lib/db/migrate';
import { readServiceConfig } from '../lib/services/config';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '../lib/services/embedded-postgres';
import { isPortFree, ServiceError } from '../lib/services/ports';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Usage: npm run import -- <files, folders or http(s) URLs…> [--as <email>]';

function parseArgs(argv: string[]) {
  const items: string[] = [];
  let as = 'cli@gloss.local';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--as') {
      as = argv[++i] ?? '';
      if (!/^[^@\s]+@[^@\s]+$/.test(as)) throw new ServiceError('--as needs an email address, e.g. --as me@example.com');
    } else if (a.startsWith('--as=')) as = a.slice(5);
    else items.push(a);
  }
  if (items.length === 0) throw new ServiceError(USAGE);
  return { items, as };
}

/** A database URL, and how to release what we started for it. */
async function connectDatabase(): Promise<{ stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { stop: async () => {} };
  const config = readServiceConfig(process.env, root);
  const passwordFile = path.join(config.dataDir, 'postgres-password');
  // `npm start` may be running: use its Postgres rather than start a second one on the same data.
  if (!(await isPortFree(config.GLOSS_PG_PORT)) && existsSync(passwordFile)) {
    process.env.DATABASE_URL = embeddedPostgresUrl(config.dataDir, config.GLOSS_PG_PORT);
    await migrate(process.env.DATABASE_URL);
    return { stop: async () => {} };
  }
  console.log(`Starting the embedded PostgreSQL (data in ${config.dataDir})…`);
  const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.GLOSS_PG_PORT });
  try {
    await migrate(pg.url);
  } catch (e) {
    await pg.stop();
    throw new ServiceError(`Could not migrate the database: ${(e as Error).message}`);
  }
  process.env.DATABASE_URL = pg.url;
  return { stop: pg.stop };
}

async function main(): Promise<number> {
  const { items, as } = parseArgs(process.argv.slice(2));
  const db = await connectDatabase();
  const { disconnectDb } = await import('../lib/db');
  try {
    const { collectImportSources, importSources, summarizeImport } = await import('../lib/articles/import-sources');
    const { ensureImportUser } = await import('../lib/articles/ensure-import-user');
    const user = await ensureImportUser(as, as === 'cli@gloss.local' ? 'Command-line import' : as);
    const { sources, failures } = await collectImportSources(items);
    const tty = Boolean(process.stdout.isTTY);
    const bar = tty
      ? new cliProgress.SingleBar({ format: 'Importing [{bar}] {value}/{total} {item}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(sources.length, 0, { item: '' });
    // A few at a time: one page's Readability/sanitize work (CPU) overlaps the
    // others' Postgres round trips and fetches. (Worker threads were tried and
    // cost more than they saved: each loads its own jsdom.)
    const imported = await importSources(user, sources, {
      concurrency: Number(process.env.GLOSS_IMPORT_CONCURRENCY) || 4,
      onOutcome: (outcome, done) => {
        if (bar) bar.update(done, { item: path.basename(outcome.label).slice(0, 40) });
        else console.log(`[${done}/${sources.length}] ${outcome.result?.status ?? 'failed'}: ${outcome.label}`);
      },
    });
    bar?.stop();
    const outcomes = [...failures, ...imported];
    const summary = summarizeImport(outcomes);
    for (const line of summary.lines) console.log(line);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await disconnectDb();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof ServiceError ? e.message : e);
    process.exit(1);
  },
);
