/**
 * Turns the import page's FormData into an `ImportInput` for importArticle,
 * or into per-field messages a person can act on. Three ways in: a URL, a
 * paste (title + format + text), or an uploaded file whose format comes from
 * its extension. Works on standard FormData/File, so it is testable in Node.
 */
import { z } from 'zod';
import type { ImportInput } from '../articles/import-article';

/** Largest paste or file accepted here (next.config.js allows server-action bodies a little over this). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_LABEL = '5 MB';

export type ImportFormat = 'html' | 'markdown' | 'text';

const EXTENSION_FORMATS: Record<string, ImportFormat> = {
  html: 'html',
  htm: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
};

/** The format a file name implies, or null for an extension Gloss does not import. */
export function formatFromFileName(name: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return ext ? (EXTENSION_FORMATS[ext] ?? null) : null;
}

/** Accepted extensions, for the file input's `accept` attribute. */
export const ACCEPTED_FILE_TYPES = Object.keys(EXTENSION_FORMATS).map((e) => `.${e}`).join(',');

const urlSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Enter the address of the article.')
    .max(2048, 'That address is too long.')
    .pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://.' })),
});

const pasteSchema = z.object({
  title: z.string().trim().max(300, 'Keep the title under 300 characters.').optional(),
  format: z.enum(['html', 'markdown', 'text'], { error: 'Choose HTML, Markdown or plain text.' }),
  content: z
    .string()
    .refine((s) => s.trim().length > 0, 'Paste the text of the article.')
    .refine((s) => Buffer.byteLength(s) <= MAX_IMPORT_BYTES, `The text is larger than ${MAX_LABEL}.`),
});

export type ImportFormResult =
  | { ok: true; input: ImportInput }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

function fail(fieldErrors: Record<string, string[]>, message = 'Please fix the highlighted field.'): ImportFormResult {
  return { ok: false, message, fieldErrors };
}

function zodFail(error: z.ZodError): ImportFormResult {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return fail(fieldErrors);
}

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** Validates the import form. `kind` picks the way in: "url", "paste" or "file". */
export async function readImportForm(form: FormData): Promise<ImportFormResult> {
  const kind = text(form.get('kind'));

  if (kind === 'url') {
    const parsed = urlSchema.safeParse({ url: text(form.get('url')) });
    return parsed.success ? { ok: true, input: { kind: 'url', url: parsed.data.url } } : zodFail(parsed.error);
  }

  if (kind === 'paste') {
    const parsed = pasteSchema.safeParse({
      title: text(form.get('title')) || undefined,
      format: text(form.get('format')),
      content: text(form.get('content')),
    });
    if (!parsed.success) return zodFail(parsed.error);
    const { title, format, content } = parsed.data;
    return { ok: true, input: { kind: 'content', format, content, ...(title ? { title } : {}) } };
  }

  if (kind === 'file') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0 || !file.name) {
      return fail({ file: ['Choose a file to import.'] });
    }
    const format = formatFromFileName(file.name);
    if (!format) return fail({ file: ['Gloss imports .html, .htm, .md, .markdown and .txt files.'] });
    if (file.size > MAX_IMPORT_BYTES) return fail({ file: [`The file is larger than ${MAX_LABEL}.`] });
    const content = await file.text();
    if (!content.trim()) return fail({ file: ['The file is empty.'] });
    return { ok: true, input: { kind: 'content', format, content, fileName: file.name } };
  }

  return fail({}, 'Choose how to import: a link, pasted text or a file.');
}
