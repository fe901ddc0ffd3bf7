import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { mergeTags } from '@/lib/tags/merge-tags';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({
  groupId: z.string({ error: 'Say which group the tags belong to (groupId).' }).min(1),
  from: z.array(z.string()).min(1, 'Choose the tags to merge (from).').max(50),
  into: z.string({ error: 'Choose the tag to merge into (into).' }).min(1),
});

/** POST /api/tags/merge {groupId, from: [slug…], into: slug}: group owners only. */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser(request);
    const input = body.parse(await readJsonBody(request));
    return Response.json(await mergeTags(user, { scope: input.groupId, from: input.from, into: input.into }));
  } catch (e) {
    return toErrorResponse(e);
  }
}
