// Prisma CLI configuration. The app never uses the CLI for migrations (see
// lib/db/migrate.ts); this file exists so `prisma generate` (and, on machines
// where Prisma's engine can be downloaded, `prisma migrate deploy`) work.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    // env('DATABASE_URL') throws when unset, which breaks `prisma generate`.
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:54329/gloss',
  },
});
