import { getCurrentUser } from '@/lib/auth/current-user';
import { publicOrigin } from '@/lib/annotations/api-helpers';
import { hideAnnotation, unhideAnnotation } from '@/lib/annotations/hide-annotation';
import { toW3C } from '@/lib/annotations/w3c';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** POST /api/annotations/:id/hide: group moderators/owners hide it. */
export async function POST(request: Request, ctx: Ctx) {
  try {
    const { id } = await ctx.params;
    const a = await hideAnnotation(await getCurrentUser(request), id);
    return Response.json(toW3C(a, { origin: publicOrigin(request) }));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** DELETE /api/annotations/:id/hide: unhide. */
export async function DELETE(request: Request, ctx: Ctx) {
  try {
    const { id } = await ctx.params;
    const a = await unhideAnnotation(await getCurrentUser(request), id);
    return Response.json(toW3C(a, { origin: publicOrigin(request) }));
  } catch (e) {
    return toErrorResponse(e);
  }
}
