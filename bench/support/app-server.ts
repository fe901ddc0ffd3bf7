/**
 * The real app for benchmarks that go through HTTP or a browser: built once
 * into .next-bench (so it never disturbs `npm start`'s build) and served by
 * scripts/start.mts against the bench harness's PostgreSQL and Meilisearch.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from '../types';
import { freePort } from '../../lib/services/ports';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_DIR = '.next-bench';


/** Polls `fn` until it returns a value, or throws after `seconds`. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface BenchApp {
  base: string;
  stop(): Promise<void>;
}

/** Builds (when sources changed) and starts the app; resolves once /api/health answers. */
export async function startBenchApp(ctx: BenchContext): Promise<BenchApp> {
  const env = { ...process.env, GLOSS_NEXT_DIST_DIR: DIST_DIR, AUTH_SECRET: randomBytes(32).toString('base64url'), NEXT_TELEMETRY_DISABLED: '1' };
  const { buildApp, buildIsCurrent } = await import('../../lib/services/build-stamp');
  process.env.GLOSS_NEXT_DIST_DIR = DIST_DIR;
  if (!buildIsCurrent(root)) {
    ctx.log(`building the app into ${DIST_DIR}…`);
    await buildApp(root, env);
  }
  const port = await freePort();
  const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.mts'], { cwd: root, env: { ...env, PORT: String(port) }, stdio: 'ignore' });
  const exited = new Promise((r) => app.once('exit', r));
  const base = `http://localhost:${port}`;
  await waitFor('the app', async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined), 120);
  return {
    base,
    async stop() {
      app.kill('SIGTERM');
      await exited;
    },
  };
}
