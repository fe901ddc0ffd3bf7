/**
 * What the data layer returns about an annotation: a plain object shaped for
 * the UI and the W3C serializer, already filtered for the viewer (deleted
 * bodies blanked, abilities computed with the permission rules). Also the
 * Prisma `include` every loader uses, so all of them return the same shape.
 */
import type { Prisma } from '../generated/prisma/client';
import type { AnchorStatus, Motivation, Stance, Visibility } from '../generated/prisma/enums';
import { abilitiesOf, type AnnotationAbilities, type Viewer } from './permissions';
import { renderMarkdown } from './render-markdown';
import { type Contestedness, contestednessOf, type StanceTally, tallyStances } from './stance-tally';

export { type Contestedness, contestednessOf, type StanceTally, tallyStances };

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  article: { select: { slug: true } },
  group: { select: { id: true, name: true, slug: true } },
  tags: { include: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

export interface TextSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface AnnotationView extends AnnotationAbilities {
  id: string;
  articleId: string;
  /** For links: /articles/<articleSlug>#a-<id>. */
  articleSlug: string;
  revisionId: string | null;
  /** null for top-level annotations. */
  parentId: string | null;
  /** The thread's top annotation (its own id when top-level). */
  rootId: string;
  author: { id: string; name: string };
  visibility: Visibility;
  group: { id: string; name: string; slug: string } | null;
  motivation: Motivation;
  color: string | null;
  /** Markdown source; null when deleted or empty. */
  body: string | null;
  /** Sanitized HTML of body (safe to insert). */
  bodyHtml: string;
  tags: Array<{ name: string; slug: string }>;
  isClaim: boolean;
  claimStatement: string | null;
  stance: Stance | null;
  /** null for replies (they target their parent). */
  selectors: TextSelectors | null;
  anchorStatus: AnchorStatus;
  anchorConfidence: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  hidden: boolean;
}

export interface AnnotationThread extends AnnotationView {
  /** Every visible reply in the thread, oldest first; nest them by parentId. */
  replies: AnnotationView[];
  /** Only meaningful for claims (zeros otherwise). */
  stanceTally: StanceTally;
  contestedness: Contestedness;
}

/** A database row as the viewer may see it. The caller has checked canRead. */
export function toAnnotationView(row: AnnotationRow, viewer: Viewer): AnnotationView {
  const deleted = row.deletedAt !== null;
  const body = deleted ? null : row.body;
  const hasSelectors = row.quoteExact !== null && row.positionStart !== null && row.positionEnd !== null;
  return {
    id: row.id,
    articleId: row.articleId,
    articleSlug: row.article.slug,
    revisionId: row.revisionId,
    parentId: row.parentId,
    rootId: row.rootId ?? row.id,
    author: { id: row.author.id, name: row.author.name ?? 'Reader' },
    visibility: row.visibility,
    group: row.group,
    motivation: row.motivation,
    color: row.color,
    body: body || null,
    bodyHtml: body ? renderMarkdown(body) : '',
    tags: deleted ? [] : row.tags.map((t) => t.tag).sort((a, b) => a.slug.localeCompare(b.slug)),
    isClaim: row.isClaim,
    claimStatement: deleted ? null : row.claimStatement,
    stance: row.stance,
    selectors: hasSelectors
      ? {
          exact: row.quoteExact!,
          prefix: row.quotePrefix ?? '',
          suffix: row.quoteSuffix ?? '',
          start: row.positionStart!,
          end: row.positionEnd!,
        }
      : null,
    anchorStatus: row.anchorStatus,
    anchorConfidence: row.anchorConfidence,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    editedAt: row.editedAt,
    deleted,
    hidden: row.hiddenAt !== null,
    ...abilitiesOf(viewer, row),
  };
}

/** A top-level view plus its replies, tally and contestedness. */
export function toThread(root: AnnotationView, replies: AnnotationView[]): AnnotationThread {
  const stanceTally = root.isClaim ? tallyStances(replies) : { supports: 0, disputes: 0, needsContext: 0, question: 0 };
  return { ...root, replies, stanceTally, contestedness: contestednessOf(stanceTally) };
}
