import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from './ports';
import { rememberPid, stopLeftover } from './process-registry';

const sleeper = () => spawn('sleep', ['30'], { stdio: 'ignore' });
const exited = (c: ReturnType<typeof sleeper>) => new Promise((r) => c.once('exit', r));

describe('stopLeftover', () => {
  // stopLeftover polls for up to 10 s: on a loaded machine the default 5 s test timeout cut it short once.
  it('stops an orphan whose owner died (a run killed with SIGKILL)', { timeout: 20_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-reg-'));
    const orphan = sleeper();
    const gone = exited(orphan);
    writeFileSync(path.join(dir, 'pids.json'), JSON.stringify({ svc: { pid: orphan.pid, owner: 2 ** 22 + 7 } }));
    await stopLeftover(dir, 'svc', 'sleep');
    await gone;
    expect(orphan.signalCode).toBe('SIGINT');
  });

  it('refuses, in one sentence, to stop a service another live Gloss process owns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-reg-'));
    const service = sleeper();
    const owner = sleeper();
    try {
      writeFileSync(path.join(dir, 'pids.json'), JSON.stringify({ svc: { pid: service.pid, owner: owner.pid } }));
      const error = await stopLeftover(dir, 'svc', 'sleep').catch((e) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.message).toContain('Gloss is already running');
      expect(service.exitCode).toBeNull();
    } finally {
      service.kill();
      owner.kill();
    }
  });

  it('forgets a pid that now belongs to another program', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-reg-'));
    const other = sleeper();
    try {
      rememberPid(dir, 'svc', other.pid!);
      await stopLeftover(dir, 'svc', 'postgres');
      expect(other.exitCode).toBeNull();
    } finally {
      other.kill();
    }
  });
});
