/**
 * One annotation shown outside its article (group activity, tag pages,
 * moderation queue): the quoted passage, the note, who wrote it, where and
 * when, with a link to it in the article. bodyHtml is already sanitized by
 * lib/annotations/render-markdown, so inserting it is safe.
 */
import Link from 'next/link';
import type { AnnotationView } from '@/lib/annotations/annotation-view';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

interface Props {
  annotation: AnnotationView;
  article: { slug: string; title: string };
  /** Heading level for the article title in this list. */
  headingLevel?: 2 | 3 | 4;
  /** Keeps element ids unique when one page lists the same annotation twice. */
  idPrefix?: string;
  /** On a group's own page its name would only repeat the heading. */
  hideGroup?: boolean;
  children?: React.ReactNode;
}

/** An article element describing the annotation. */
export default function AnnotationExcerpt({ annotation: a, article, headingLevel = 3, idPrefix = 'ax', hideGroup = false, children }: Props) {
  const Heading = `h${headingLevel}` as const;
  const headingId = `${idPrefix}-${a.id}`;
  const href = `/articles/${encodeURIComponent(article.slug)}#a-${a.id}`;
  return (
    <article className="annotation-excerpt" aria-labelledby={headingId}>
      <Heading id={headingId} className="annotation-excerpt-title">
        <Link href={href}>{article.title}</Link>
      </Heading>
      {a.selectors ? (
        <blockquote className="annotation-excerpt-quote">{a.selectors.exact}</blockquote>
      ) : (
        <p className="annotation-excerpt-kind">Reply in a discussion</p>
      )}
      {a.isClaim && a.claimStatement ? <p className="annotation-excerpt-claim">Claim: {a.claimStatement}</p> : null}
      {a.bodyHtml ? <div className="annotation-excerpt-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} /> : null}
      <ul className="meta">
        <li>{a.author.name}</li>
        <li>
          <time dateTime={a.createdAt.toISOString()}>{dateFormat.format(a.createdAt)}</time>
        </li>
        {hideGroup ? null : a.group ? <li>{a.group.name}</li> : <li>{a.visibility === 'PUBLIC' ? 'Public' : 'Only you'}</li>}
        {hideGroup && a.visibility === 'PUBLIC' ? <li>Public</li> : null}
        {a.hidden ? <li className="badge-hidden">Hidden</li> : null}
      </ul>
      {a.tags.length ? (
        <ul className="tag-list" aria-label="Tags">
          {a.tags.map((t) => (
            <li key={t.slug}>
              <Link href={`/tags/${encodeURIComponent(t.slug)}`}>#{t.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}
