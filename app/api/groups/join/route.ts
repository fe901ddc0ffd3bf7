import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { joinGroupByInvite } from '@/lib/groups/join-group-by-invite';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({ code: z.string({ error: 'Give the invite code.' }).min(1, 'Give the invite code.') });

/** POST /api/groups/join {code}: joins with an invite code. */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser(request);
    const { code } = body.parse(await readJsonBody(request));
    return Response.json(await joinGroupByInvite(user, code));
  } catch (e) {
    return toErrorResponse(e);
  }
}
