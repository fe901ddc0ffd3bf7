import { getCurrentUser } from '@/lib/auth/current-user';
import { etagOf, looksLikeW3C, publicOrigin, readJsonBody } from '@/lib/annotations/api-helpers';
import { createFromRequestBody } from '@/lib/annotations/apply-request';
import { createReply } from '@/lib/annotations/create-reply';
import { toW3C } from '@/lib/annotations/w3c';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** POST /api/annotations/:id/replies: {body, stance?, tags?} or a W3C reply. 201 + W3C JSON. */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const user = await getCurrentUser(request);
    const json = await readJsonBody(request);
    const origin = publicOrigin(request);
    const reply = looksLikeW3C(json)
      ? await createFromRequestBody(user, { ...(json as object), target: `${origin}/api/annotations/${encodeURIComponent(id)}` })
      : await createReply(user, id, json as Parameters<typeof createReply>[2]);
    const doc = toW3C(reply, { origin });
    return Response.json(doc, { status: 201, headers: { Location: doc.id, ETag: etagOf(reply.version) } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
