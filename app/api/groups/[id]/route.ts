import { getCurrentUser } from '@/lib/auth/current-user';
import { getGroup } from '@/lib/groups/get-group';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** GET /api/groups/:idOrSlug: the group and its members (members only). */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await getGroup(await getCurrentUser(request), id), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
