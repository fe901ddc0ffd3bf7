import { getCurrentUser } from '@/lib/auth/current-user';
import { etagOf, publicOrigin, readJsonBody, versionFromIfMatch } from '@/lib/annotations/api-helpers';
import { updateFromRequestBody } from '@/lib/annotations/apply-request';
import { deleteAnnotation } from '@/lib/annotations/delete-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { toW3C } from '@/lib/annotations/w3c';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/annotations/:id: W3C JSON (ETag = version); `?format=gloss` for Gloss's view. */
export async function GET(request: Request, ctx: Ctx) {
  try {
    const { id } = await ctx.params;
    const a = await getAnnotation(await getCurrentUser(request), id);
    const headers = { ETag: etagOf(a.version), 'Cache-Control': 'private, no-store' };
    if (new URL(request.url).searchParams.get('format') === 'gloss') return Response.json(a, { headers });
    return Response.json(toW3C(a, { origin: publicOrigin(request) }), { headers });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** PATCH /api/annotations/:id: needs If-Match or gloss:version; 409 when someone else saved first. */
export async function PATCH(request: Request, ctx: Ctx) {
  try {
    const { id } = await ctx.params;
    const user = await getCurrentUser(request);
    const ifMatch = versionFromIfMatch(request.headers.get('if-match'));
    const a = await updateFromRequestBody(user, id, await readJsonBody(request), ifMatch);
    return Response.json(toW3C(a, { origin: publicOrigin(request) }), { headers: { ETag: etagOf(a.version) } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** DELETE /api/annotations/:id: soft delete (the thread keeps its place). 204. */
export async function DELETE(request: Request, ctx: Ctx) {
  try {
    const { id } = await ctx.params;
    await deleteAnnotation(await getCurrentUser(request), id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
