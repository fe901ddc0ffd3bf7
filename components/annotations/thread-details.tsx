'use client';
/**
 * The open part of a thread card, loaded on first use: tags (editable by the
 * author), actions, replies nested by parent, the reply box and Close.
 */
import { useState } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { nestReplies } from '@/lib/annotate/nest-replies';
import { updateAnnotationAction } from '@/app/articles/[slug]/actions';
import ItemActions from './item-actions';
import { useReader } from './reader-context';
import ReplyForm from './reply-form';
import ReplyItem from './reply-item';
import TagInput from './tag-input';

interface Props {
  thread: AnnotationThread;
  editing: boolean;
  onEdit: () => void;
  onStatus: (s: string) => void;
}

export default function ThreadDetails({ thread: t, editing, onEdit, onStatus }: Props) {
  const { activate, applyOwn } = useReader();
  const [tagError, setTagError] = useState<string | null>(null);
  const setTags = async (tags: string[]) => {
    const r = await updateAnnotationAction(t.id, { version: t.version, tags });
    if (!r.ok) return setTagError(r.message);
    setTagError(null);
    applyOwn(r.data);
  };
  return (
    <>
      {t.tags.length > 0 && !t.canEdit && (
        <ul className="tag-list" aria-label="Tags">
          {t.tags.map((tag) => (
            <li key={tag.slug}><a className="tag-chip" href={`/tags/${tag.slug}`}>#{tag.name}</a></li>
          ))}
        </ul>
      )}
      {t.canEdit && !editing && (
        <>
          {t.tags.length > 0 && (
            <p className="tag-links">{t.tags.map((tag) => <a key={tag.slug} className="tag-chip" href={`/tags/${tag.slug}`}>#{tag.name}</a>)}</p>
          )}
          <TagInput tags={t.tags.map((x) => x.name)} onChange={setTags} label="Edit tags" />
          {tagError && <p className="form-error" role="alert">{tagError}</p>}
        </>
      )}
      {!editing && <ItemActions item={t} onEdit={onEdit} onStatus={onStatus} />}
      {t.replies.length > 0 && (
        <ul className="replies" aria-label="Replies">
          {nestReplies(t.id, t.replies).map((n) => (
            <ReplyItem key={n.reply.id} node={n} isClaim={t.isClaim} onStatus={onStatus} />
          ))}
        </ul>
      )}
      {t.canReply && <ReplyForm parentId={t.id} isClaim={t.isClaim} />}
      <button type="button" className="action" onClick={() => activate(null)} aria-expanded={true}>Close</button>
    </>
  );
}
