/** Author, time, and the edited / hidden markers of an annotation or reply. */
import type { AnnotationView } from '@/lib/annotations/annotation-view';
import { relativeTime } from './format-time';

export default function ItemByline({ item }: { item: AnnotationView }) {
  const created = new Date(item.createdAt);
  return (
    <p className="byline">
      <span className="author">{item.deleted ? 'Deleted' : item.author.name}</span>{' '}
      <time dateTime={created.toISOString()} title={created.toUTCString()} suppressHydrationWarning>{relativeTime(created)}</time>
      {item.editedAt && !item.deleted && <span className="edited"> · edited</span>}
      {item.hidden && <span className="hidden-note"> · hidden by a moderator</span>}
    </p>
  );
}
