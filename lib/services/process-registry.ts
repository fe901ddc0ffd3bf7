/**
 * Remembers the pids of the services we started, in the data directory, so a
 * run that was killed with SIGKILL (no chance to clean up) does not leave an
 * orphan holding the port or the data files: the next run stops it first.
 */
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';

type Registry = Record<string, number>;

function registryPath(dataDir: string) {
  return path.join(dataDir, 'pids.json');
}

function read(dataDir: string): Registry {
  try {
    return JSON.parse(readFileSync(registryPath(dataDir), 'utf8')) as Registry;
  } catch {
    return {};
  }
}

export function rememberPid(dataDir: string, name: string, pid: number) {
  writeFileSync(registryPath(dataDir), JSON.stringify({ ...read(dataDir), [name]: pid }));
}

export function forgetPid(dataDir: string, name: string) {
  const registry = read(dataDir);
  delete registry[name];
  if (Object.keys(registry).length === 0) rmSync(registryPath(dataDir), { force: true });
  else writeFileSync(registryPath(dataDir), JSON.stringify(registry));
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The command line of a pid, or '' when it cannot be read (not Linux, gone). */
function commandLine(pid: number) {
  const file = `/proc/${pid}/cmdline`;
  return existsSync(file) ? readFileSync(file, 'utf8').replaceAll('\0', ' ') : '';
}

/**
 * Stops a process left over from an earlier run, if it is still alive and is
 * still the program we started (pids get reused).
 */
export async function stopLeftover(dataDir: string, name: string, programMarker: string) {
  const pid = read(dataDir)[name];
  if (!pid || !isAlive(pid) || !commandLine(pid).includes(programMarker)) {
    forgetPid(dataDir, name);
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  forgetPid(dataDir, name);
}
