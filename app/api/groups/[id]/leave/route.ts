import { getCurrentUser } from '@/lib/auth/current-user';
import { leaveGroup } from '@/lib/groups/leave-group';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** POST /api/groups/:id/leave: 204 (409 for the last owner). */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    await leaveGroup(await getCurrentUser(request), id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
