/**
 * Serves the built app with several `next start` processes on one port
 * (node:cluster: the primary accepts connections and hands each to a worker;
 * a keep-alive connection stays with its worker). One Node process runs its
 * JavaScript on one core, and Next's request handling costs a few ms of CPU
 * per request, so a single process saturates its core long before the
 * machine does: under 200 writes/s it alone was ~80 % busy, and every burst
 * queued behind it (bench/writes.bench.ts). The workers are as stateless as
 * separate app instances (each runs its own outbox worker and live listener;
 * both are built for several instances).
 *
 * Usage: node scripts/lib/next-cluster.mjs <port> <processes>
 * SIGTERM/SIGINT stop every worker gracefully, then the primary. A worker
 * that exits cleanly was asked to stop (Ctrl-C reaches the whole process
 * group, workers included); one that crashes is replaced, at most 5 times a
 * minute, then the primary gives up and exits so that `npm start` reports it.
 */
import cluster from 'node:cluster';
import { createRequire } from 'node:module';

const [port, processes] = process.argv.slice(2).map(Number);
if (!Number.isInteger(port) || !Number.isInteger(processes) || processes < 1) {
  console.error('usage: node scripts/lib/next-cluster.mjs <port> <processes>');
  process.exit(2);
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
cluster.setupPrimary({ exec: nextBin, args: ['start', '-p', String(port)] });

let stopping = false;
const recentDeaths = [];

function fork() {
  cluster.fork();
}

cluster.on('exit', (_worker, code, signal) => {
  const remaining = Object.keys(cluster.workers ?? {}).length;
  if (stopping || code === 0) {
    if (remaining === 0) process.exit(0);
    return;
  }
  const now = Date.now();
  recentDeaths.push(now);
  while (recentDeaths.length && recentDeaths[0] < now - 60_000) recentDeaths.shift();
  if (recentDeaths.length > 5) {
    console.error(`[gloss] App processes keep exiting (last: ${signal ?? `code ${code}`}); giving up.`);
    void stop(1);
    return;
  }
  console.error(`[gloss] An app process exited (${signal ?? `code ${code}`}); starting another.`);
  fork();
});

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {});
  if (workers.length === 0) process.exit(exitCode);
  for (const w of workers) w?.process.kill('SIGTERM');
  // Next finishes in-flight requests on SIGTERM; do not wait forever for a stuck one.
  setTimeout(() => process.exit(exitCode), 10_000).unref();
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

for (let i = 0; i < processes; i += 1) fork();
