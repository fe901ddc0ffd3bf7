/**
 * Decides whether `next build` must run before `next start`: the build is
 * stamped with a hash of every file that goes into it, and rebuilt when any
 * of them changed (or there is no build yet).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const SKIP = /(\.test\.tsx?$|\.int\.test\.ts$|node_modules)/;

function* files(p: string): Generator<string> {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) {
    yield p;
    return;
  }
  for (const entry of readdirSync(p).sort()) {
    const child = path.join(p, entry);
    if (!SKIP.test(child)) yield* files(child);
  }
}

export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Next's output folder: `.next`, or GLOSS_NEXT_DIST_DIR (npm test builds into its own). */
const distDir = (root: string) => path.join(root, process.env.GLOSS_NEXT_DIST_DIR ?? '.next');
const stampFile = (root: string) => path.join(distDir(root), 'gloss-build-stamp');

export function buildIsCurrent(root: string): boolean {
  if (!existsSync(path.join(distDir(root), 'BUILD_ID')) || !existsSync(stampFile(root))) return false;
  return readFileSync(stampFile(root), 'utf8') === sourceHash(root);
}

export function stampBuild(root: string) {
  writeFileSync(stampFile(root), sourceHash(root));
}

/** Runs `next build` and stamps the result; throws when the build fails. */
export async function buildApp(root: string, env: NodeJS.ProcessEnv = process.env) {
  const { spawnSync } = await import('node:child_process');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see the output above.');
  stampBuild(root);
}
