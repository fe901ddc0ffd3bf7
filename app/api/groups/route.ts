import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { createGroup } from '@/lib/groups/create-group';
import { listMyGroups } from '@/lib/groups/list-my-groups';
import { AppError, toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({ name: z.string({ error: 'Give the group a name.' }), description: z.string().optional() });

/** GET /api/groups: the signed-in user's groups. */
export async function GET(request: Request) {
  try {
    const user = await getCurrentUser(request);
    if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to see your groups.');
    return Response.json({ groups: await listMyGroups(user) }, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** POST /api/groups {name, description?}: 201 with the group (the creator is its owner). */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser(request);
    const input = body.parse(await readJsonBody(request));
    return Response.json(await createGroup(user, input), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
