import { getCurrentUser } from '@/lib/auth/current-user';
import { suggestTags } from '@/lib/tags/suggest-tags';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** GET /api/tags?prefix=cli[&limit=10]: autocomplete from tags on annotations the user can read. */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const limit = Number(params.get('limit') ?? 10) || 10;
    const tags = await suggestTags(await getCurrentUser(request), params.get('prefix') ?? '', limit);
    return Response.json({ tags }, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
