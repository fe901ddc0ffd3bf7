/**
 * What POST /api/annotations and PATCH /api/annotations/:id accept, turned
 * into data-layer calls. Two shapes are accepted:
 * - a W3C Web Annotation (see w3c.ts): recognised by `@context`, `type:
 *   "Annotation"`, `target`, a non-string `body` or any `gloss:` key;
 *   a `target` pointing at /api/annotations/<id> makes it a reply;
 * - Gloss's simple shape: `CreateAnnotationInput` ({articleId, selector,
 *   body, tags, visibility, groupId, color, isClaim, claimStatement}), or
 *   `{parentId, body, stance, tags}` for a reply; `UpdateAnnotationInput` for
 *   PATCH.
 */
import { z } from 'zod';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError, describeZodError } from '../errors';
import { looksLikeW3C } from './api-helpers';
import type { CreateAnnotationInput, UpdateAnnotationInput } from './annotation-input';
import type { AnnotationView } from './annotation-view';
import { createAnnotation } from './create-annotation';
import { createReply } from './create-reply';
import { updateAnnotation } from './update-annotation';
import { fromW3C } from './w3c';

const replyShape = z.object({ parentId: z.string().min(1) }).loose();

/** Creates an annotation or reply from a request body of either shape. */
export async function createFromRequestBody(user: SessionUser | null, json: unknown): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to annotate.');
  if (!looksLikeW3C(json)) {
    const reply = replyShape.safeParse(json);
    if (reply.success) {
      const { parentId, ...rest } = reply.data;
      return createReply(user, parentId, rest as never);
    }
    return createAnnotation(user, json as CreateAnnotationInput);
  }
  const doc = parseW3C(json);
  if (doc.target.kind === 'reply') {
    return createReply(user, doc.target.parentId, {
      body: doc.body ?? '',
      ...(doc.stance ? { stance: doc.stance } : {}),
      ...(doc.tags?.length ? { tags: doc.tags } : {}),
    });
  }
  if (doc.target.kind !== 'article') {
    throw new AppError('VALIDATION', 'Say what the annotation is on: target.source (the article URL) or gloss:article.');
  }
  const { articleId, articleSlug, revisionId, selector } = doc.target;
  if (!selector) {
    throw new AppError('VALIDATION', 'The target needs a TextQuoteSelector and a TextPositionSelector.');
  }
  const article = articleId
    ? { id: articleId }
    : articleSlug
      ? await prisma.article.findUnique({ where: { slug: articleSlug }, select: { id: true } })
      : null;
  if (!article) throw new AppError('NOT_FOUND', 'That article does not exist.');
  return createAnnotation(user, {
    articleId: article.id,
    revisionId,
    selector,
    motivation: doc.motivation && doc.motivation !== 'REPLYING' ? doc.motivation : undefined,
    body: doc.body ?? undefined,
    tags: doc.tags,
    visibility: doc.visibility,
    groupId: doc.groupId,
    color: (doc.color ?? undefined) as CreateAnnotationInput['color'],
    isClaim: doc.isClaim,
    claimStatement: doc.claimStatement,
  });
}

/**
 * Applies a PATCH of either shape. The version comes from If-Match, else from
 * the body (`gloss:version` or `version`); without one the edit is refused,
 * since it could silently overwrite someone else's.
 */
export async function updateFromRequestBody(
  user: SessionUser | null,
  id: string,
  json: unknown,
  ifMatchVersion: number | undefined,
): Promise<AnnotationView> {
  let changes: Partial<UpdateAnnotationInput>;
  if (looksLikeW3C(json)) {
    const doc = parseW3C(json);
    changes = {
      version: doc.version,
      ...(doc.body !== undefined ? { body: doc.body } : {}),
      ...(doc.tags !== undefined ? { tags: doc.tags } : {}),
      ...(doc.visibility !== undefined ? { visibility: doc.visibility } : {}),
      ...(doc.groupId !== undefined ? { groupId: doc.groupId } : {}),
      ...(doc.color !== undefined ? { color: doc.color as UpdateAnnotationInput['color'] } : {}),
      ...(doc.isClaim !== undefined ? { isClaim: doc.isClaim, claimStatement: doc.claimStatement } : {}),
      ...(doc.stance !== undefined ? { stance: doc.stance } : {}),
    };
  } else {
    changes = (json ?? {}) as Partial<UpdateAnnotationInput>;
  }
  const version = ifMatchVersion ?? changes.version;
  if (version === undefined) {
    throw new AppError('VALIDATION', 'Say which version you edited: send an If-Match header or gloss:version.');
  }
  return updateAnnotation(user, id, { ...changes, version });
}

function parseW3C(json: unknown) {
  try {
    return fromW3C(json);
  } catch (e) {
    if (e instanceof z.ZodError) {
      throw new AppError('VALIDATION', `That is not a Web Annotation Gloss understands: ${describeZodError(e)}`);
    }
    throw e;
  }
}
