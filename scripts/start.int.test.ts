/**
 * `npm start` as a user runs it: with no DATABASE_URL / MEILI_HOST it starts
 * an embedded PostgreSQL and Meilisearch, serves the app, and on SIGTERM
 * stops everything it started, leaving no process behind. A taken port is
 * one sentence, not a stack trace. (The build is made by scripts/test.mts
 * before the integration tests run.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPortFree } from '../lib/services/ports';
import { freePort } from '../lib/services/ports';

const root = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];


function dataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-start-'));
  chmodSync(dir, 0o755); // the embedded Postgres runs as another user and must traverse it
  return dir;
}

function start(env: Record<string, string>) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.MEILI_HOST;
  delete base.MEILI_MASTER_KEY;
  // As `npm start` runs it, in its own process group like a terminal job.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.mts'], {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Pids of processes whose command line mentions `needle`. */
function processesMentioning(needle: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitForHealth(url: string, exited: Promise<unknown>, output: () => string) {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 600 && !done; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return res.json();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Gloss did not become healthy:\n${output()}`);
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) process.kill(-c.pid!, 'SIGKILL');
});

describe('npm start with embedded services', () => {
  it.each([
    ['Ctrl-C (SIGINT to the whole process group)', (pid: number) => process.kill(-pid, 'SIGINT')],
    ['SIGTERM (a service manager)', (pid: number) => process.kill(pid, 'SIGTERM')],
  ])('serves, then stops everything it started on %s', { timeout: 180_000 }, async (_how, stop) => {
    const dir = dataDir();
    const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
    const { child, exited, output } = start({
      GLOSS_DATA_DIR: dir,
      PORT: String(port),
      GLOSS_PG_PORT: String(pgPort),
      GLOSS_MEILI_PORT: String(meiliPort),
    });
    const health = await waitForHealth(`http://localhost:${port}/api/health`, exited, output);
    expect(health).toMatchObject({ db: 'ok', search: 'ok' });
    expect(processesMentioning(dir).length).toBeGreaterThanOrEqual(2); // postgres + meilisearch

    stop(child.pid!);
    expect(await exited).toBe(0);
    expect(processesMentioning(dir)).toEqual([]);
    expect(await isPortFree(port)).toBe(true);
    expect(await isPortFree(pgPort)).toBe(true);
    expect(await isPortFree(meiliPort)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains a taken port in one line and leaves nothing running', { timeout: 60_000 }, async () => {
    const dir = dataDir();
    const blocker = net.createServer();
    const pgPort = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const { exited, output } = start({ GLOSS_DATA_DIR: dir, GLOSS_PG_PORT: String(pgPort), PORT: String(await freePort()) });
      expect(await exited).toBe(1);
      expect(output()).toContain(`Port ${pgPort} for the embedded PostgreSQL is already in use`);
      expect(output()).toContain('GLOSS_PG_PORT');
      expect(output()).not.toMatch(/^\s+at /m); // no stack trace
      expect(processesMentioning(dir)).toEqual([]);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
