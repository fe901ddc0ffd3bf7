'use server';
/**
 * The import form's one server action: who is asking, validate the form
 * (lib/reader/read-import-form), hand it to importArticle, then go to the
 * article. Errors come back as state for the form, never as a thrown page.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { importArticle, type ImportResult } from '@/lib/articles/import-article';
import { getCurrentUser } from '@/lib/auth/current-user';
import { toAppError } from '@/lib/errors';
import { readImportForm } from '@/lib/reader/read-import-form';
import type { ImportFormState } from './form-state';

export async function importAction(_previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const kind = typeof form.get('kind') === 'string' ? String(form.get('kind')) : 'url';
  // Echo what was typed so a failed attempt never loses a long paste.
  const values = {
    url: String(form.get('url') ?? ''),
    title: String(form.get('title') ?? ''),
    format: String(form.get('format') ?? 'html'),
    content: String(form.get('content') ?? ''),
  };

  const user = await getCurrentUser();
  if (!user) return { kind, values, message: 'Please sign in to import articles.', fieldErrors: {} };

  const parsed = await readImportForm(form);
  if (!parsed.ok) return { kind, values, message: parsed.message, fieldErrors: parsed.fieldErrors };

  let result: ImportResult;
  try {
    result = await importArticle(user, parsed.input);
  } catch (e) {
    const err = toAppError(e);
    const fieldErrors: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(err.fieldErrors ?? {})) if (v?.length) fieldErrors[k] = v;
    return { kind, values, message: err.message, fieldErrors };
  }

  revalidatePath('/');
  // redirect() throws to navigate, so it stays outside the try above.
  redirect(`/articles/${encodeURIComponent(result.slug)}?imported=${result.status}`);
}
