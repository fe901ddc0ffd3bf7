'use client';
/** One reply in a thread, with its own replies nested under it and the same actions as an annotation. */
import { useState } from 'react';
import type { AnnotationView } from '@/lib/annotations/annotation-view';
import type { ReplyNode } from '@/lib/annotate/nest-replies';
import { STANCES } from '@/lib/annotate/stance-display';
import { LazyEditForm as EditForm } from './lazy-parts';
import ItemActions from './item-actions';
import ItemByline from './item-byline';
import ReplyForm from './reply-form';

export default function ReplyItem({ node, isClaim, onStatus }: { node: ReplyNode<AnnotationView>; isClaim: boolean; onStatus: (s: string) => void }) {
  const r = node.reply;
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const stance = STANCES.find((s) => s.value === r.stance);
  return (
    <li className="reply" id={`a-${r.id}`} tabIndex={-1} data-annotation-id={r.id}>
      <ItemByline item={r} />
      {stance && !r.deleted && (
        <span className={`stance-chip stance-${stance.key}`}>
          <span aria-hidden="true">{stance.icon}</span> {stance.label}
        </span>
      )}
      {r.deleted ? (
        <p className="deleted-note">deleted</p>
      ) : editing ? (
        <EditForm item={r} onDone={() => setEditing(false)} />
      ) : (
        <div className="card-body" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
      )}
      {!editing && <ItemActions item={r} onEdit={() => setEditing(true)} onStatus={onStatus} />}
      {r.canReply && !r.deleted && (replying ? (
        <ReplyForm parentId={r.id} isClaim={isClaim} onDone={() => setReplying(false)} label={`Reply to ${r.author.name}`} />
      ) : (
        <button type="button" className="action" onClick={() => setReplying(true)}>Reply</button>
      ))}
      {node.children.length > 0 && (
        <ul className="replies">
          {node.children.map((c) => (
            <ReplyItem key={c.reply.id} node={c} isClaim={isClaim} onStatus={onStatus} />
          ))}
        </ul>
      )}
    </li>
  );
}
