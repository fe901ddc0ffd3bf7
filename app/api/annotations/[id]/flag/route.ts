import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { flagAnnotation } from '@/lib/annotations/flag-annotation';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({ reason: z.string({ error: 'Say why you are flagging this.' }) });

/** POST /api/annotations/:id/flag {reason}: once per person. 201. */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const user = await getCurrentUser(request);
    const { reason } = body.parse(await readJsonBody(request));
    const flag = await flagAnnotation(user, id, reason);
    return Response.json({ flagged: true, ...flag }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
