/**
 * GET /api/health against the real services, and with each of them pointed at
 * a closed port: 200 while the database answers (search may be down), 503
 * with db "down" when it does not, and never a hang.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { GET } from './route';

const saved = { db: process.env.DATABASE_URL, meili: process.env.MEILI_HOST };

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

afterEach(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = saved.db;
  process.env.MEILI_HOST = saved.meili;
});

describe('GET /api/health', () => {
  it('answers 200 with both services ok and the version', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ db: 'ok', search: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 with db down when PostgreSQL is unreachable', async () => {
    await disconnectDb();
    process.env.DATABASE_URL = `postgresql://gloss:x@localhost:${await closedPort()}/gloss`;
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ db: 'down', search: 'ok' });
  });

  it('stays 200 but reports search down when Meilisearch is unreachable', async () => {
    process.env.MEILI_HOST = `http://127.0.0.1:${await closedPort()}`;
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ db: 'ok', search: 'down' });
  });
});
