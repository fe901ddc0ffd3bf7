/**
 * Settings for the processes `npm start` and `npm test` run: where data lives
 * and which ports the embedded services use. Validated with zod so a typo in
 * a port number is one clear sentence.
 */
import path from 'node:path';
import { z } from 'zod';
import { ServiceError } from './ports';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  PORT: port.default(3000),
  GLOSS_PG_PORT: port.default(54329),
  GLOSS_MEILI_PORT: port.default(7701),
  GLOSS_DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z.string().url().optional(),
  MEILI_HOST: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
});

export type ServiceConfig = z.infer<typeof schema> & { dataDir: string };

export function readServiceConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): ServiceConfig {
  // Empty strings (e.g. `DATABASE_URL= npm start`) mean "unset".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServiceError(`Invalid setting ${issue.path.join('.')}: ${issue.message}.`);
  }
  return { ...parsed.data, dataDir: path.resolve(root, parsed.data.GLOSS_DATA_DIR) };
}
