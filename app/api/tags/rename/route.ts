import { getCurrentUser } from '@/lib/auth/current-user';
import { readJsonBody } from '@/lib/annotations/api-helpers';
import { renameTag } from '@/lib/tags/rename-tag';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const body = z.object({
  groupId: z.string({ error: 'Say which group the tag belongs to (groupId).' }).min(1),
  slug: z.string({ error: 'Say which tag to rename (slug).' }).min(1),
  name: z.string({ error: 'Give the new name.' }),
});

/** POST /api/tags/rename {groupId, slug, name}: group owners only. */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser(request);
    const input = body.parse(await readJsonBody(request));
    return Response.json(await renameTag(user, { scope: input.groupId, slug: input.slug, newName: input.name }));
  } catch (e) {
    return toErrorResponse(e);
  }
}
