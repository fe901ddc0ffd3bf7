/**
 * Remembers the pids of the services we started, and which Gloss process
 * started them, in the data directory. A run that was killed with SIGKILL
 * (no chance to clean up) leaves orphans holding the port and the data files:
 * the next run stops them first. A service whose owner is still alive is not
 * an orphan: another `npm start` is using this data folder, and we say so
 * instead of pulling its database out from under it.
 */
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ServiceError } from './ports';

type Registry = Record<string, { pid: number; owner: number }>;

function registryPath(dataDir: string) {
  return path.join(dataDir, 'pids.json');
}

function read(dataDir: string): Registry {
  try {
    const raw = JSON.parse(readFileSync(registryPath(dataDir), 'utf8')) as Record<string, unknown>;
    const registry: Registry = {};
    for (const [name, entry] of Object.entries(raw)) {
      // Older files held a bare pid.
      if (typeof entry === 'number') registry[name] = { pid: entry, owner: 0 };
      else if (entry && typeof entry === 'object') registry[name] = entry as { pid: number; owner: number };
    }
    return registry;
  } catch {
    return {};
  }
}

export function rememberPid(dataDir: string, name: string, pid: number) {
  writeFileSync(registryPath(dataDir), JSON.stringify({ ...read(dataDir), [name]: { pid, owner: process.pid } }));
}

export function forgetPid(dataDir: string, name: string) {
  const registry = read(dataDir);
  delete registry[name];
  if (Object.keys(registry).length === 0) rmSync(registryPath(dataDir), { force: true });
  else writeFileSync(registryPath(dataDir), JSON.stringify(registry));
}

function isAlive(pid: number) {
  if (!pid) return false;
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
 * still the program we started (pids get reused). Throws a ServiceError when
 * the Gloss process that started it is still running.
 */
export async function stopLeftover(dataDir: string, name: string, programMarker: string) {
  const entry = read(dataDir)[name];
  if (!entry || !isAlive(entry.pid) || !commandLine(entry.pid).includes(programMarker)) {
    forgetPid(dataDir, name);
    return;
  }
  if (entry.owner !== process.pid && isAlive(entry.owner)) {
    throw new ServiceError(
      `Gloss is already running with the data in ${dataDir} (process ${entry.owner}). Stop it first, or point this command at it with DATABASE_URL and MEILI_HOST.`,
    );
  }
  process.kill(entry.pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(entry.pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(entry.pid)) process.kill(entry.pid, 'SIGKILL');
  forgetPid(dataDir, name);
}
