/** Builders of AnnotationThread/AnnotationView objects for the pure reader-state tests. */
import type { AnnotationThread, AnnotationView } from '../annotations/annotation-view';

let n = 0;

export function view(over: Partial<AnnotationView> = {}): AnnotationView {
  const id = over.id ?? `v${++n}`;
  return {
    id,
    articleId: 'art',
    articleSlug: 'slug',
    revisionId: 'rev',
    parentId: null,
    rootId: id,
    author: { id: 'u1', name: 'Ada' },
    visibility: 'PUBLIC',
    group: null,
    motivation: 'HIGHLIGHTING',
    color: 'plain',
    body: null,
    bodyHtml: '',
    tags: [],
    isClaim: false,
    claimStatement: null,
    stance: null,
    selectors: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
    anchorStatus: 'ANCHORED',
    anchorConfidence: 1,
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    editedAt: null,
    deleted: false,
    hidden: false,
    canReply: true,
    canEdit: false,
    canDelete: false,
    canHide: false,
    canFlag: true,
    ...over,
  } as AnnotationView;
}

export function thread(over: Partial<AnnotationThread> = {}): AnnotationThread {
  return {
    ...view(over),
    replies: [],
    stanceTally: { supports: 0, disputes: 0, needsContext: 0, question: 0 },
    contestedness: { label: 'none', score: 0 },
    ...over,
  } as AnnotationThread;
}
