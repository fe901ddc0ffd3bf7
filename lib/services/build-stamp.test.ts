import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsCurrent, sourceHash, stampBuild } from './build-stamp';

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'gloss-build-'));
  mkdirSync(path.join(root, 'app'));
  mkdirSync(path.join(root, '.next'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 1');
  return root;
}

describe('build stamp', () => {
  it('needs a build when there is none, and not after stamping', () => {
    const root = project();
    expect(buildIsCurrent(root)).toBe(false);
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
    stampBuild(root);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it('needs a rebuild when a source changes but not when a test file does', () => {
    const root = project();
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
    stampBuild(root);
    writeFileSync(path.join(root, 'app', 'page.test.ts'), 'test');
    expect(buildIsCurrent(root)).toBe(true);
    const before = sourceHash(root);
    writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 2');
    expect(sourceHash(root)).not.toBe(before);
    expect(buildIsCurrent(root)).toBe(false);
  });
});
