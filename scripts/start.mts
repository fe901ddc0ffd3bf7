/**
 * `npm start`: runs Gloss with everything it needs.
 *
 * Without DATABASE_URL / MEILI_HOST it starts an embedded PostgreSQL and
 * Meilisearch (data in .data/), applies migrations, imports the sample
 * articles into an empty database, builds the app when its sources changed,
 * and serves it. Ctrl-C or SIGTERM stops everything it started.
 * `npm run dev` does the same with `next dev` instead of a production build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, buildIsCurrent } from '../lib/services/build-stamp';
import { readServiceConfig } from '../lib/services/config';
import { ServiceError } from '../lib/services/ports';
import { readOrCreateSecretFile } from '../lib/services/secrets';
import { onShutdownSignal, startStackFromConfig, type Stack } from '../lib/services/stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const dev = process.argv.includes('--dev');
const say = (line: string) => console.log(`[gloss] ${line}`);

let stack: Stack | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  if (stack) {
    say('Stopping services…');
    await stack.stop();
  }
  process.exit(code);
}

async function main() {
  const config = readServiceConfig(process.env, root);
  process.env.NEXT_TELEMETRY_DISABLED = '1';

  onShutdownSignal(async () => shutdown(0));
  stack = await startStackFromConfig(config, say);

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    MEILI_HOST: stack.meiliHost,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    AUTH_SECRET: config.AUTH_SECRET ?? readOrCreateSecretFile(config.dataDir, 'auth-secret'),
    PORT: String(config.PORT),
  };
  Object.assign(process.env, appEnv);

  const { seedSampleArticlesIfEmpty } = await import('../lib/articles/seed-samples');
  const seeded = await seedSampleArticlesIfEmpty();
  if (seeded > 0) say(`Imported ${seeded} sample articles.`);
  const { disconnectDb } = await import('../lib/db');
  await disconnectDb();

  if (!dev && !buildIsCurrent(root)) {
    say('Building the app (first run or sources changed)…');
    try {
      await buildApp(root, appEnv);
    } catch (e) {
      throw new ServiceError((e as Error).message);
    }
  }

  // Idle keep-alive connections stay open 65 s (Node's default is 5 s): longer than the idle timeout of
  // the usual proxies and load balancers (60 s), so the server never closes a connection just as a
  // client or proxy sends the next request on it (a reset: the writes bench's 50 clients hit it).
  const startArgs = dev ? ['dev'] : ['start', '--keepAliveTimeout', '65000'];
  app = spawn(process.execPath, [nextBin, ...startArgs, '-p', String(config.PORT)], {
    cwd: root,
    env: appEnv,
    stdio: 'inherit',
  });
  app.once('exit', (code) => {
    if (stopping) return;
    say(`The app exited${code ? ` with code ${code}` : ''}.`);
    app = undefined;
    void shutdown(code ?? 0);
  });
  say(`Gloss is starting on http://localhost:${config.PORT} (Ctrl-C to stop).`);
}

main().catch(async (e) => {
  if (e instanceof ServiceError) console.error(`[gloss] ${e.message}`);
  else console.error(e);
  await shutdown(1);
});
