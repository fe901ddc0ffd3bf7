/**
 * /tags/[slug]: every annotation carrying the tag that you may read
 * (lib/tags/list-annotations-by-tag filters by permission), newest first.
 * The same tag can live in several groups and in the public scope; when it
 * does, a small GET form narrows the list to one of them.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import AnnotationExcerpt from '@/components/groups/annotation-excerpt';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { listAnnotationsByTag, type TaggedAnnotation } from '@/lib/tags/list-annotations-by-tag';
import '../../groups/groups.css';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: `#${safeDecode((await params).slug)}` };
}

/** Route params may arrive percent-encoded; a stray "%" must not crash the page. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The scopes (group id, or "global" for annotations without a group) the list spans, with labels. */
function scopesOf(items: TaggedAnnotation[]): Array<{ value: string; label: string }> {
  const scopes = new Map<string, string>();
  for (const a of items) {
    if (a.group) scopes.set(a.group.id, a.group.name);
    else scopes.set('global', 'Not in a group');
  }
  return [...scopes].map(([value, label]) => ({ value, label })).sort((x, y) => x.label.localeCompare(y.label));
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const slug = safeDecode((await params).slug);
  const scopeParam = (await searchParams).scope;
  const user = await getCurrentUser();
  let all: TaggedAnnotation[];
  try {
    all = await listAnnotationsByTag(user, slug);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'UNAUTHORIZED') throw e;
    return (
      <div className="tag-page">
        <h1 className="page-title">#{slug}</h1>
        <section className="empty-state">
          <p>{e.message}</p>
          <Link className="button" href={`/sign-in?callbackUrl=${encodeURIComponent(`/tags/${slug}`)}`}>Sign in</Link>
        </section>
      </div>
    );
  }
  const scopes = scopesOf(all);
  const scope = typeof scopeParam === 'string' && scopes.some((s) => s.value === scopeParam) ? scopeParam : '';
  const items = scope ? all.filter((a) => (a.group?.id ?? 'global') === scope) : all;
  const name = all.flatMap((a) => a.tags).find((t) => t.slug === slug)?.name ?? slug;

  return (
    <div className="tag-page">
      <p className="kicker">Tag</p>
      <h1 className="page-title">#{name}</h1>
      <p className="page-intro">
        {all.length === 0
          ? 'Annotations tagged this way appear here.'
          : `${items.length === 1 ? '1 annotation' : `${items.length} annotations`} you can read, newest first.`}
      </p>
      {scopes.length > 1 ? (
        <form className="scope-form" method="get" aria-label="Narrow by group">
          <label htmlFor="tag-scope">Show</label>
          <select id="tag-scope" name="scope" className="select select-small" defaultValue={scope}>
            <option value="">Everywhere</option>
            {scopes.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-quiet button-small">Apply</button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <section className="empty-state" aria-labelledby="tag-empty">
          <h2 id="tag-empty">Nothing tagged #{name} yet</h2>
          <p>
            {user
              ? 'No annotation you can read carries this tag. Add it to a note while reading, and it will show up here.'
              : 'No public annotation carries this tag. Sign in to see the ones shared with your groups.'}
          </p>
          <div className="actions">
            <Link className="button button-quiet" href="/">Browse the library</Link>
          </div>
        </section>
      ) : (
        <ul className="excerpt-list">
          {items.map((a) => (
            <li key={a.id}>
              <AnnotationExcerpt annotation={a} article={a.article} headingLevel={2} idPrefix="tagged" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
