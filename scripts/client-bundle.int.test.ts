/**
 * No secret reaches a browser: the built client files (the build `npm test`
 * made moments ago, with this run's real secrets in its environment) contain
 * neither the Meilisearch master key, nor AUTH_SECRET, nor the database
 * password, nor the server-only module names that would carry them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const staticDir = path.join(root, process.env.GLOSS_NEXT_DIST_DIR ?? '.next', 'static');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the built client bundle', () => {
  it('holds no secret and no server-only code', () => {
    const all = files(staticDir).filter((f) => /\.(js|css|html|json|map)$/.test(f));
    expect(all.length).toBeGreaterThan(5);
    const dbPassword = new URL(process.env.DATABASE_URL!).password;
    const secrets = { MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY!, AUTH_SECRET: process.env.AUTH_SECRET!, 'database password': dbPassword };
    for (const value of Object.values(secrets)) expect(value.length).toBeGreaterThanOrEqual(16);
    const leaks: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      for (const [name, value] of Object.entries(secrets)) if (text.includes(value)) leaks.push(`${name} in ${path.relative(root, file)}`);
      for (const marker of ['MEILI_MASTER_KEY', 'DATABASE_URL', 'argon2', '@prisma/adapter-pg']) {
        if (text.includes(marker)) leaks.push(`"${marker}" in ${path.relative(root, file)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
