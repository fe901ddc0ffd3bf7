/**
 * Imports the sample articles shipped in prisma/samples/*.md into an empty
 * database, so a fresh `npm start` has something to read and annotate. They
 * are recorded under samples@gloss.local (no password). Nothing happens once
 * any article exists, so deleted samples never come back.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prisma } from '../db';
import { ensureImportUser } from './ensure-import-user';
import { importArticle } from './import-article';

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/samples');

/** Imports the samples when the Article table is empty; returns how many were imported. */
export async function seedSampleArticlesIfEmpty(dir = SAMPLES_DIR): Promise<number> {
  if ((await prisma.article.count()) > 0) return 0;
  return importSamples(dir);
}

/** Imports every sample file (re-importing unchanged ones writes nothing). */
export async function importSamples(dir = SAMPLES_DIR): Promise<number> {
  const user = await ensureImportUser('samples@gloss.local', 'Gloss samples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  let imported = 0;
  for (const file of files) {
    const content = await readFile(path.join(dir, file), 'utf8');
    const r = await importArticle(user, { kind: 'content', format: 'markdown', content, fileName: file });
    if (r.status !== 'unchanged') imported++;
  }
  return imported;
}
