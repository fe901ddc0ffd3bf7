/**
 * DELETE /api/tokens/:id revokes one of the caller's tokens (session or bearer).
 * Someone else's token answers 404, like one that does not exist.
 */
import { toErrorResponse } from '@/lib/errors';
import { revokeApiToken } from '@/lib/auth/api-tokens/revoke-api-token';
import { requireUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireUser(request);
    const { id } = await params;
    await revokeApiToken(user, id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
