import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { removeMember } from '@/lib/groups/remove-member';
import { setMemberRole } from '@/lib/groups/set-member-role';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({
  role: z.enum(['OWNER', 'MODERATOR', 'MEMBER'], { error: 'The role must be OWNER, MODERATOR or MEMBER.' }),
});

/** PATCH /api/groups/:id/members/:userId {role}: owners only. */
export async function PATCH(request: Request, ctx: { params: Promise<{ id: string; userId: string }> }) {
  try {
    const { id, userId } = await ctx.params;
    const user = await getCurrentUser(request);
    const { role } = body.parse(await readJsonBody(request));
    return Response.json(await setMemberRole(user, id, userId, role));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** DELETE /api/groups/:id/members/:userId: owners remove anyone else, moderators plain members. 204. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string; userId: string }> }) {
  try {
    const { id, userId } = await ctx.params;
    await removeMember(await getCurrentUser(request), id, userId);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
