import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations } from './migrate';

describe('listMigrations', () => {
  it('lists migration folders oldest first with a sha256 checksum of their SQL', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-migrations-'));
    for (const name of ['20260102000000_b', '20260101000000_a']) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'migration.sql'), `-- ${name}\n`);
    }
    mkdirSync(path.join(dir, 'not_a_migration')); // no migration.sql: ignored
    const found = listMigrations(dir);
    expect(found.map((m) => m.name)).toEqual(['20260101000000_a', '20260102000000_b']);
    expect(found[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(found[0].checksum).not.toBe(found[1].checksum);
  });

  it('finds the project migrations', () => {
    expect(listMigrations().length).toBeGreaterThan(0);
  });
});
