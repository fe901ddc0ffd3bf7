/**
 * The /api/tokens route handlers, called directly with bearer-authenticated
 * Requests against the real database: status codes, bodies and ownership.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { signUpUser } from '@/lib/auth/sign-up-user';
import { GOOD_PASSWORD, uniqueEmail } from '@/lib/auth/testing-helpers';
import { GET, POST } from './route';
import { DELETE } from './[id]/route';

afterAll(disconnectDb);

async function userWithToken(label: string) {
  const user = await signUpUser({ name: label, email: uniqueEmail(label), password: GOOD_PASSWORD });
  const { secret } = await createApiToken(user, `${label} bootstrap`);
  return { user, secret };
}

const call = (secret: string | null, init: RequestInit = {}) =>
  new Request('http://localhost/api/tokens', {
    ...init,
    headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...(init.headers as Record<string, string>) },
  });
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

describe('/api/tokens', () => {
  it('creates (201, secret once), lists and revokes (204) with a bearer token', async () => {
    const { secret } = await userWithToken('route');
    const created = await POST(call(secret, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ci' }) }));
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.secret).toMatch(/^gloss_/);
    expect(body.token).toMatchObject({ name: 'ci', prefix: body.secret.slice(0, 14) });

    const listed = await (await GET(call(secret))).json();
    expect(listed.tokens.map((t: { name: string }) => t.name)).toEqual(['ci', 'route bootstrap']);
    expect(JSON.stringify(listed)).not.toContain('tokenHash');

    expect((await DELETE(call(secret, { method: 'DELETE' }), idParams(body.token.id))).status).toBe(204);
    expect((await GET(call(body.secret))).status).toBe(401);
  });

  it('answers 404 when someone revokes another person’s token, and leaves it working', async () => {
    const a = await userWithToken('route-a');
    const b = await userWithToken('route-b');
    const [aToken] = (await (await GET(call(a.secret))).json()).tokens;
    const res = await DELETE(call(b.secret, { method: 'DELETE' }), idParams(aToken.id));
    expect(res.status).toBe(404);
    expect((await GET(call(a.secret))).status).toBe(200);
  });

  it('explains bad requests: no credentials 401, not JSON 415, empty name 422', async () => {
    const { secret } = await userWithToken('route-bad');
    const anonymous = await GET(call(null, { headers: { authorization: 'Bearer nope' } }));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.message).toMatch(/invalid or has been revoked/);
    const form = await POST(call(secret, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=x' }));
    expect(form.status).toBe(415);
    const empty = await POST(call(secret, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"  "}' }));
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fieldErrors.name[0]).toMatch(/name/);
  });
});
