/** `npm run build`: a production build, stamped so `npm start` won't rebuild it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../lib/services/build-stamp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NEXT_TELEMETRY_DISABLED = '1';
buildApp(root).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
