import { defineConfig, devices } from '@playwright/test';

// scripts/test.mts starts Postgres and Meilisearch, builds the app and sets
// DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY, AUTH_SECRET and GLOSS_TEST_PORT.
// Use `localhost`, not 127.0.0.1: Auth.js checks CSRF against the host it sees.
const port = Number(process.env.GLOSS_TEST_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${process.env.GLOSS_DATA_DIR ?? '.data/test'}/playwright-results.json` }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium, run as root, offline: no sandbox, no background network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same start script users run; with DATABASE_URL and MEILI_HOST set it
    // starts nothing embedded, and the build is already there.
    command: 'node --import tsx scripts/start.mts',
    env: { PORT: String(port) },
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
