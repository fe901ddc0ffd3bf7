'use client';
/**
 * One annotation thread in the margin: meaning, author, quote (for orphans),
 * note, tags, claim and its stance tally, replies nested by parent, reply
 * box, and actions. Collapsed to a summary until the reader opens it (click,
 * Enter, or following a link) so a page with thousands stays light.
 */
import { memo, useState } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { meaningOf } from '@/lib/annotate/stance-display';
import { LazyClaimTally as ClaimTally, LazyEditForm as EditForm, LazyThreadDetails as ThreadDetails } from './lazy-parts';
import ItemByline from './item-byline';
import { useReader } from './reader-context';

interface Props {
  thread: AnnotationThread;
  active: boolean;
  expanded: boolean;
  showQuote?: boolean;
  onStatus: (s: string) => void;
}

function ThreadCard({ thread: t, active, expanded, showQuote, onStatus }: Props) {
  const { activate } = useReader();
  const [editing, setEditing] = useState(false);
  const meaning = meaningOf(t.color);

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
        {t.isClaim && <ClaimTally thread={t} part="contested" />}
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
      {t.isClaim && <ClaimTally thread={t} part="tally" />}
      {!expanded ? (
        <button type="button" className="action open-thread" onClick={() => activate(t.id)} aria-expanded={false}>
          {t.replies.length ? `${t.replies.length} ${t.replies.length === 1 ? 'reply' : 'replies'} — open` : 'Open'}
        </button>
      ) : (
        <ThreadDetails thread={t} editing={editing} onEdit={() => setEditing(true)} onStatus={onStatus} />
      )}
    </article>
  );
}

export default memo(ThreadCard);
