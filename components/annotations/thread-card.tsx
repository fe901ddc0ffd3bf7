'use client';
/**
 * One annotation thread in the margin: meaning, author, quote (for orphans),
 * note, tags, claim and its stance tally, replies nested by parent, reply
 * box, and actions. Collapsed to a summary until the reader opens it (click,
 * Enter, or following a link) so a page with thousands stays light.
 */
import { memo, useState } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { nestReplies } from '@/lib/annotate/nest-replies';
import { contestedLabel, meaningOf, tallyParts } from '@/lib/annotate/stance-display';
import { updateAnnotationAction } from '@/app/articles/[slug]/actions';
import { LazyEditForm as EditForm } from './lazy-parts';
import ItemActions from './item-actions';
import ItemByline from './item-byline';
import ReplyForm from './reply-form';
import ReplyItem from './reply-item';
import { useReader } from './reader-context';
import { LazyTagInput as TagInput } from './lazy-parts';

interface Props {
  thread: AnnotationThread;
  active: boolean;
  expanded: boolean;
  showQuote?: boolean;
  onStatus: (s: string) => void;
}

function ThreadCard({ thread: t, active, expanded, showQuote, onStatus }: Props) {
  const { activate, applyOwn } = useReader();
  const [editing, setEditing] = useState(false);
  const [tagError, setTagError] = useState<string | null>(null);
  const meaning = meaningOf(t.color);
  const parts = tallyParts(t.stanceTally);
  const contested = contestedLabel(t.contestedness);

  const setTags = async (tags: string[]) => {
    const r = await updateAnnotationAction(t.id, { version: t.version, tags });
    if (!r.ok) return setTagError(r.message);
    setTagError(null);
    applyOwn(r.data);
  };

  return (
    <article
      id={`a-${t.id}`}
      data-card-id={t.id}
      data-annotation-id={t.id}
      className={`card thread-card hl-border-${meaning.value}${active ? ' is-active' : ''}`}
      aria-label={`Annotation by ${t.deleted ? 'a deleted author' : t.author.name}${t.isClaim ? ', claim' : ''}`}
      tabIndex={-1}
      onFocus={() => !active && activate(t.id)}
      onMouseEnter={() => document.body.dispatchEvent(new CustomEvent('gloss:hover', { detail: t.id }))}
      onMouseLeave={() => document.body.dispatchEvent(new CustomEvent('gloss:hover', { detail: null }))}
    >
      <div className="card-head">
        <span className={`meaning-badge hl-swatch-${meaning.value}`}>
          <span aria-hidden="true">{meaning.icon}</span> {meaning.label}
        </span>
        {t.isClaim && !t.deleted && <span className="claim-badge">Claim</span>}
        {contested && <span className={`contested contested-${t.contestedness.label}`}>{contested}</span>}
        <span className="visibility-note">{t.visibility === 'PRIVATE' ? 'Only me' : t.visibility === 'GROUP' ? t.group?.name ?? 'Group' : 'Public'}</span>
      </div>
      <ItemByline item={t} />
      {t.isClaim && t.claimStatement && <p className="claim-statement">{t.claimStatement}</p>}
      {(showQuote || t.anchorStatus === 'ORPHANED') && t.selectors && <blockquote className="card-quote">{t.selectors.exact}</blockquote>}
      {t.deleted ? (
        <p className="deleted-note">deleted</p>
      ) : editing ? (
        <EditForm item={t} onDone={() => setEditing(false)} />
      ) : (
        t.bodyHtml && <div className={`card-body${expanded ? '' : ' is-clamped'}`} dangerouslySetInnerHTML={{ __html: t.bodyHtml }} />
      )}
      {!expanded && t.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {t.tags.map((tag) => (
            <li key={tag.slug}><a className="tag-chip" href={`/tags/${tag.slug}`}>#{tag.name}</a></li>
          ))}
        </ul>
      )}
      {t.isClaim && (
        <p className="tally" aria-label={`Stances: ${parts.length ? parts.map((p) => `${p.count} ${p.label}`).join(', ') : 'none yet'}`}>
          {parts.length ? parts.map((p) => (
            <span key={p.key} className={`stance-chip stance-${p.key}`}><span aria-hidden="true">{p.icon}</span> {p.count} {p.label}</span>
          )) : <span className="hint">No stances yet</span>}
        </p>
      )}
      {!expanded ? (
        <button type="button" className="action open-thread" onClick={() => activate(t.id)} aria-expanded={false}>
          {t.replies.length ? `${t.replies.length} ${t.replies.length === 1 ? 'reply' : 'replies'} — open` : 'Open'}
        </button>
      ) : (
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
          {!editing && <ItemActions item={t} onEdit={() => setEditing(true)} onStatus={onStatus} />}
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
      )}
    </article>
  );
}

export default memo(ThreadCard);
