/**
 * `npm test`: every test, against real services.
 *
 *   1. typecheck (tsc)
 *   2. unit tests (Vitest project `unit`: pure code, no services)
 *   3. a fresh embedded PostgreSQL + Meilisearch in .data/test, migrated
 *   4. a production build into .next-test (skipped when its sources are unchanged)
 *   5. integration tests (Vitest project `integration`) against them
 *   6. Playwright e2e in Chromium, against the app served by scripts/start.mts
 *
 * It always uses its own embedded services (never DATABASE_URL), so running
 * the tests can't touch a real database. Ends with one line
 * "Tests: N passed, N failed".
 * Pass `--only unit|integration|e2e` to run one stage; extra args after `--`
 * go to that stage's runner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { buildApp, buildIsCurrent } from '../lib/services/build-stamp';
import { ServiceError } from '../lib/services/ports';
import { onShutdownSignal, startStack, type Stack } from '../lib/services/stack';
import { ensureChromium } from './lib/ensure-chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, process.env.GLOSS_TEST_DATA_DIR ?? '.data/test');
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);
const say = (line: string) => console.log(`\n[test] ${line}`);

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const passThrough = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
const wants = (stage: string) => !only || only === stage;

const totals = { passed: 0, failed: 0, skipped: 0 };
let stack: Stack | undefined;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function countVitest(file: string, status: number) {
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(file);
  if (!report) {
    if (status !== 0) totals.failed += 1; // the runner itself failed
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string, status: number) {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(file);
  if (!report) {
    if (status !== 0) totals.failed += 1;
    return;
  }
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected + (status !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  totals.skipped += report.stats.skipped;
}

function vitest(project: string, env: NodeJS.ProcessEnv) {
  const out = path.join(dataDir, `vitest-${project}.json`);
  rmSync(out, { force: true });
  const status = run(
    process.execPath,
    [bin('vitest', 'vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...passThrough],
    env,
  );
  countVitest(out, status);
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  rmSync(dataDir, { recursive: true, force: true });

  if (!only) {
    say('Typecheck');
    if (run(process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']) !== 0) totals.failed += 1;
  }
  if (wants('unit')) {
    say('Unit tests');
    vitest('unit', process.env);
  }
  if (!wants('integration') && !wants('e2e')) return;

  const chromium = wants('e2e') ? ensureChromium() : undefined;
  say('Starting a fresh PostgreSQL and Meilisearch for the tests');
  stack = await startStack({
    dataDir,
    pgPort: Number(process.env.GLOSS_TEST_PG_PORT ?? 54339),
    meiliPort: Number(process.env.GLOSS_TEST_MEILI_PORT ?? 7711),
  });
  onShutdownSignal(async () => {
    await stack?.stop();
    process.exit(130);
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    MEILI_HOST: stack.meiliHost,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    GLOSS_DATA_DIR: dataDir,
    GLOSS_NEXT_DIST_DIR: process.env.GLOSS_TEST_DIST_DIR ?? '.next-test',
    GLOSS_TEST_PORT: process.env.GLOSS_TEST_PORT ?? '3100',
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  };

  // Built before the integration tests: scripts/start.int.test.ts serves it.
  say('Building the app');
  Object.assign(process.env, { GLOSS_NEXT_DIST_DIR: env.GLOSS_NEXT_DIST_DIR });
  if (!buildIsCurrent(root)) {
    try {
      await buildApp(root, env);
    } catch {
      totals.failed += 1;
      return;
    }
  }

  if (wants('integration')) {
    say('Integration tests (real PostgreSQL and Meilisearch)');
    vitest('integration', env);
  }
  if (wants('e2e')) {
    say('End-to-end tests (Playwright, Chromium)');
    const out = path.join(dataDir, 'playwright-results.json');
    const status = run(process.execPath, [bin('@playwright/test', 'cli.js'), 'test', ...passThrough], env);
    countPlaywright(out, status);
  }
}

main()
  .catch((e) => {
    console.error(e instanceof ServiceError ? `[test] ${e.message}` : e);
    totals.failed += 1;
  })
  .finally(async () => {
    await stack?.stop();
    const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
    console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    process.exit(totals.failed > 0 ? 1 : 0);
  });
