import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError, toErrorResponse } from '@/lib/errors';
import { searchVisibleTo } from '@/lib/search/search';

export const dynamic = 'force-dynamic';

const params = z.object({
  q: z.string().max(500, 'The query is too long (at most 500 characters).').default(''),
  type: z.enum(['all', 'passage', 'annotation', 'reply'], { message: 'type must be one of all, passage, annotation, reply.' }).default('all'),
  limit: z.coerce.number({ message: 'limit must be a number.' }).int('limit must be a whole number.').min(1, 'limit must be at least 1.').max(50, 'limit must be at most 50.').default(20),
  offset: z.coerce.number({ message: 'offset must be a number.' }).int('offset must be a whole number.').min(0, 'offset cannot be negative.').max(1000, 'offset must be at most 1000.').default(0),
  facets: z.enum(['true', 'false'], { message: 'facets must be true or false.' }).default('true').transform((v) => v === 'true'),
});

/** GET /api/search?q=&type=&limit=&offset=&facets= — what the asker may see, ranked; see lib/search/search.ts. */
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const parsed = params.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues.map((i) => i.message).join(' '));
    const user = await getCurrentUser(request);
    const result = await searchVisibleTo(user, parsed.data);
    return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
