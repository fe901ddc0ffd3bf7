/**
 * The small line of facts under an article title (source, date, reading
 * time), shared by the library list and the article page.
 */
import { articleDate, formatReadingTime, sourceLabel } from '@/lib/reader/format-article-meta';

interface Props {
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  readingMinutes: number;
  /** Show the source name (the article page shows it separately as a link). */
  showSource?: boolean;
}

/** Source · date · reading time, as a list so screen readers announce separate items. */
export default function ArticleMeta({ siteName, sourceUrl, publishedAt, createdAt, readingMinutes, showSource = true }: Props) {
  const source = showSource ? sourceLabel(siteName, sourceUrl) : null;
  const when = articleDate(publishedAt, createdAt);
  return (
    <ul className="meta">
      {source && <li className="source">{source}</li>}
      <li>
        <time dateTime={when.date.toISOString()} title={when.kind === 'published' ? 'Published' : 'Imported'}>
          {when.label}
        </time>
      </li>
      <li>{formatReadingTime(readingMinutes)}</li>
    </ul>
  );
}
