/**
 * The bulk-import side of `npm run import` (and the sample seeding): turns
 * command-line items (files, folders walked recursively, http(s) URLs) into
 * import sources, imports them (a few at a time), and summarizes the outcome. Kept
 * in lib/ so it is tested against the real database; the script only adds
 * the progress bar and the process plumbing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SessionUser } from '../auth/current-user';
import { toAppError } from '../errors';
import { importArticle, type ImportResult } from './import-article';
import type { ContentFormat } from './prepare-article';

export type ImportSource = { kind: 'file'; path: string; format: ContentFormat } | { kind: 'url'; url: string };

export interface ImportOutcome {
  /** The file path or URL, as shown to the person. */
  label: string;
  result?: ImportResult;
  error?: string;
}

const FORMATS: Record<string, ContentFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** The content format for a file name, or null when Gloss cannot import it. */
export function formatForFile(file: string): ContentFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

/**
 * Expands items into sources. Unknown file types given by name are reported as
 * failures; inside folders they are skipped silently (folders hold other files).
 */
export async function collectImportSources(items: string[]): Promise<{ sources: ImportSource[]; failures: ImportOutcome[] }> {
  const sources: ImportSource[] = [];
  const failures: ImportOutcome[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        const format = formatForFile(full);
        if (format) sources.push({ kind: 'file', path: full, format });
      }
    }
  };
  for (const item of items) {
    if (/^https?:\/\//i.test(item)) {
      sources.push({ kind: 'url', url: item });
      continue;
    }
    const info = await stat(item).catch(() => null);
    if (!info) failures.push({ label: item, error: 'No such file or folder (URLs must start with http:// or https://).' });
    else if (info.isDirectory()) await walk(item);
    else {
      const format = formatForFile(item);
      if (format) sources.push({ kind: 'file', path: item, format });
      else failures.push({ label: item, error: 'Unsupported file type: use .html, .htm, .md, .markdown or .txt.' });
    }
  }
  return { sources, failures };
}

/** Imports one source; never throws (the error becomes the outcome's reason). */
export async function importSource(user: SessionUser, source: ImportSource): Promise<ImportOutcome> {
  const label = source.kind === 'url' ? source.url : source.path;
  try {
    if (source.kind === 'url') return { label, result: await importArticle(user, { kind: 'url', url: source.url }) };
    const content = await readFile(source.path, 'utf8');
    const fileName = path.basename(source.path);
    return { label, result: await importArticle(user, { kind: 'content', format: source.format, content, fileName }) };
  } catch (e) {
    return { label, error: toAppError(e).message };
  }
}

export interface ImportManyOptions {
  /** Sources in flight at once (default 1: one after another). */
  concurrency?: number;
  /** Called as each source finishes (in completion order), with how many are done. */
  onOutcome?: (outcome: ImportOutcome, done: number) => void;
}

/**
 * Imports many sources, `concurrency` at a time, so preparing one page (CPU)
 * overlaps another's Postgres round trips and URL fetches. Each source is
 * still its own transaction. Outcomes come back in source order.
 */
export async function importSources(user: SessionUser, sources: ImportSource[], opts: ImportManyOptions = {}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = new Array(sources.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < sources.length) {
      const i = next++;
      outcomes[i] = await importSource(user, sources[i]);
      opts.onOutcome?.(outcomes[i], ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, lane));
  return outcomes;
}

export interface ImportSummary {
  created: number;
  revised: number;
  unchanged: number;
  failed: number;
  lines: string[];
}

/** Counts outcomes and writes the summary a person reads at the end of a run. */
export function summarizeImport(outcomes: ImportOutcome[]): ImportSummary {
  const count = (s: string) => outcomes.filter((o) => o.result?.status === s).length;
  const created = count('created');
  const revised = count('revised');
  const unchanged = count('unchanged');
  const failures = outcomes.filter((o) => o.error);
  const lines = [
    `Imported ${created + revised} (${created} new, ${revised} revised)`,
    `Skipped ${unchanged} (duplicate content)`,
    `Failed ${failures.length}`,
    ...failures.map((f) => `  ✗ ${f.label}: ${f.error}`),
  ];
  return { created, revised, unchanged, failed: failures.length, lines };
}
