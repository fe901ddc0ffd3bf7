/**
 * GET /api/tokens: the caller's live API tokens (never secrets).
 * POST /api/tokens {"name": "..."}: creates one; the answer holds the secret once.
 * Authenticated by the session cookie or `Authorization: Bearer <token>`.
 *
 * POST insists on a JSON body: a cross-site HTML form cannot send
 * `Content-Type: application/json` without a CORS preflight (which we never
 * allow), so cookie-authenticated calls can't be forged from another site.
 */
import { z } from 'zod';
import { AppError, toErrorResponse } from '@/lib/errors';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { listApiTokens } from '@/lib/auth/api-tokens/list-api-tokens';
import { requireUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

const createBody = z.object({ name: z.string({ error: 'Give the token a name.' }) });

export async function GET(request: Request) {
  try {
    const user = await requireUser(request);
    const tokens = await listApiTokens(user);
    return Response.json({ tokens }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(request: Request) {
  try {
    const user = await requireUser(request);
    if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send a JSON body with Content-Type: application/json.');
    }
    const json = await request.json().catch(() => {
      throw new AppError('BAD_REQUEST', 'The body is not valid JSON.');
    });
    const { name } = createBody.parse(json);
    const { token, secret } = await createApiToken(user, name);
    return Response.json({ token, secret }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
