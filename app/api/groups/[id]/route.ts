import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { deleteGroup } from '@/lib/groups/delete-group';
import { getGroup } from '@/lib/groups/get-group';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

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

const deleteBody = z.object({
  confirmName: z.string({ error: "Send the group's name as confirmName to confirm." }).max(200),
});

/** DELETE /api/groups/:id {confirmName}: owners only; what members wrote becomes private to its authors. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const user = await getCurrentUser(request);
    const { confirmName } = deleteBody.parse(await readJsonBody(request));
    return Response.json(await deleteGroup(user, id, confirmName));
  } catch (e) {
    return toErrorResponse(e);
  }
}
