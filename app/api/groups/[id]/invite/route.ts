import { getCurrentUser } from '@/lib/auth/current-user';
import { regenerateInvite } from '@/lib/groups/regenerate-invite';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** POST /api/groups/:id/invite: a new invite code (owners only); old links stop working. */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json({ inviteCode: await regenerateInvite(await getCurrentUser(request), id) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
