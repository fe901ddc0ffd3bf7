import { getCurrentUser } from '@/lib/auth/current-user';
import { flagParam, publicOrigin, readJsonBody, etagOf } from '@/lib/annotations/api-helpers';
import { createFromRequestBody } from '@/lib/annotations/apply-request';
import { listAnnotationsForArticle } from '@/lib/annotations/list-annotations-for-article';
import { glossContext, toW3C } from '@/lib/annotations/w3c';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const listQuery = z.object({
  articleId: z.string({ error: 'Give the articleId to list annotations for.' }).min(1, 'Give the articleId to list annotations for.'),
  scope: z.enum(['all', 'mine', 'group', 'public'], { error: 'scope must be all, mine, group or public.' }).optional(),
  groupId: z.string().optional(),
  tag: z.string().optional(),
  author: z.string().optional(),
  format: z.enum(['w3c', 'gloss']).optional(),
});

/**
 * GET /api/annotations?articleId=…[&scope=mine|group|public][&groupId=][&tag=][&author=][&claims=1][&orphans=1][&format=gloss]
 * A W3C AnnotationCollection of every visible annotation and reply (or, with
 * format=gloss, Gloss's threads with stance tallies).
 */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const q = listQuery.parse(Object.fromEntries([...params].filter(([k]) => k in listQuery.shape)));
    const user = await getCurrentUser(request);
    const result = await listAnnotationsForArticle(user, q.articleId, {
      scope: q.scope,
      groupId: q.groupId,
      tag: q.tag,
      authorId: q.author,
      claimsOnly: flagParam(params.get('claims')),
      orphans: flagParam(params.get('orphans')),
    });
    const headers = { 'Cache-Control': 'private, no-store' };
    if (q.format === 'gloss') return Response.json(result, { headers });
    const origin = publicOrigin(request);
    const items = result.threads.flatMap((t) => [t, ...t.replies]).map((a) => toW3C(a, { origin }));
    return Response.json(
      {
        '@context': glossContext(origin),
        id: request.url,
        type: 'AnnotationCollection',
        total: items.length,
        first: { type: 'AnnotationPage', items },
        'gloss:claimCount': result.claimCount,
        'gloss:threads': result.threads.map((t) => ({ id: t.id, stanceTally: t.stanceTally, contestedness: t.contestedness })),
      },
      { headers },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** POST /api/annotations: a W3C Web Annotation or Gloss's simple shape (see lib/annotations/apply-request.ts). 201 + W3C JSON. */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser(request);
    const created = await createFromRequestBody(user, await readJsonBody(request));
    const doc = toW3C(created, { origin: publicOrigin(request) });
    return Response.json(doc, { status: 201, headers: { Location: doc.id, ETag: etagOf(created.version) } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
