/**
 * Health of the app's dependencies, for GET /api/health and the start script.
 * Each check is bounded in time so a dead dependency answers "down" quickly.
 */
import { prisma } from '../db';
import packageJson from '../../package.json' with { type: 'json' };

export type ServiceState = 'ok' | 'down';
export interface Health {
  db: ServiceState;
  search: ServiceState;
  version: string;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function databaseState(): Promise<ServiceState> {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, 3_000);
    return 'ok';
  } catch {
    return 'down';
  }
}

async function searchState(): Promise<ServiceState> {
  const host = process.env.MEILI_HOST;
  if (!host) return 'down';
  try {
    const res = await fetch(new URL('/health', host), { signal: AbortSignal.timeout(2_000) });
    return res.ok ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}

export async function checkHealth(): Promise<Health> {
  const [db, search] = await Promise.all([databaseState(), searchState()]);
  return { db, search, version: packageJson.version };
}
