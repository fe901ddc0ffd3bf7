import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../../db';
import { AppError } from '../../errors';
import { getCurrentUser, requireUser } from '../current-user';
import { createGroup } from '../../groups/create-group';
import { joinGroupByInvite } from '../../groups/join-group-by-invite';
import { removeMember } from '../../groups/remove-member';
import { signUpUser } from '../sign-up-user';
import { GOOD_PASSWORD, uniqueEmail } from '../testing-helpers';
import { createApiToken } from './create-api-token';
import { listApiTokens } from './list-api-tokens';
import { resolveApiToken } from './resolve-api-token';
import { revokeApiToken } from './revoke-api-token';
import { hashTokenSecret } from './token-format';

afterAll(disconnectDb);

const newUser = (label: string) => signUpUser({ name: label, email: uniqueEmail(label), password: GOOD_PASSWORD });
const bearer = (secret: string) => new Request('http://localhost/api/tokens', { headers: { Authorization: `Bearer ${secret}` } });

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('personal API tokens', () => {
  it('creates a token whose secret is returned once and stored only as a hash', async () => {
    const user = await newUser('tok');
    const { token, secret } = await createApiToken(user, '  CLI on laptop ');
    expect(secret).toMatch(/^gloss_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'CLI on laptop', prefix: secret.slice(0, 14), lastUsedAt: null });
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(14));
  });

  it('lists only the owner’s live tokens, newest first, without secrets', async () => {
    const a = await newUser('lista');
    const b = await newUser('listb');
    const first = await createApiToken(a, 'first');
    const second = await createApiToken(a, 'second');
    await createApiToken(b, 'b-token');
    const list = await listApiTokens(a);
    expect(list.map((t) => t.id)).toEqual([second.token.id, first.token.id]);
    expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'prefix']);
  });

  it('resolves a bearer secret to its owner and records when it was used', async () => {
    const user = await newUser('resolve');
    const { token, secret } = await createApiToken(user, 'resolver');
    const now = new Date();
    expect(await resolveApiToken(secret, now)).toEqual({ id: user.id, email: user.email, name: user.name, roles: new Map() });
    const used = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(used.lastUsedAt?.getTime()).toBe(now.getTime());
    // Within a minute, no new write.
    await resolveApiToken(secret, new Date(now.getTime() + 30_000));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(now.getTime());
    // After a minute, updated again.
    const later = new Date(now.getTime() + 61_000);
    await resolveApiToken(secret, later);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(later.getTime());
  });

  it('reads the owner’s group roles in the same lookup, fresh on every call', async () => {
    const owner = await newUser('roles-owner');
    const member = await newUser('roles-member');
    const { secret } = await createApiToken(member, 'roles');
    const group = await createGroup(owner, { name: `Roles ${Date.now()}` });
    const { inviteCode } = await prisma.group.findUniqueOrThrow({ where: { id: group.id }, select: { inviteCode: true } });
    expect((await resolveApiToken(secret))?.roles).toEqual(new Map());
    await joinGroupByInvite(member, inviteCode);
    expect((await resolveApiToken(secret))?.roles).toEqual(new Map([[group.id, 'MEMBER']]));
    await removeMember(owner, group.id, member.id);
    expect((await resolveApiToken(secret))?.roles).toEqual(new Map());
  });

  it('getCurrentUser/requireUser accept a bearer token on a Request', async () => {
    const user = await newUser('bearer');
    const { secret } = await createApiToken(user, 'api');
    expect(await getCurrentUser(bearer(secret))).toMatchObject({ id: user.id });
    expect(await requireUser(bearer(secret))).toMatchObject({ id: user.id });
    expect(await getCurrentUser(bearer('gloss_' + 'x'.repeat(43)))).toBeNull();
    const e = await rejection(requireUser(bearer('not-a-token')));
    expect(e.code).toBe('UNAUTHORIZED');
    expect(e.message).toMatch(/invalid or has been revoked/);
  });

  it('revoking makes the token stop working and disappear from the list', async () => {
    const user = await newUser('revoke');
    const { token, secret } = await createApiToken(user, 'short-lived');
    await revokeApiToken(user, token.id);
    expect(await resolveApiToken(secret)).toBeNull();
    expect((await listApiTokens(user)).map((t) => t.id)).not.toContain(token.id);
    expect((await rejection(revokeApiToken(user, token.id))).code).toBe('NOT_FOUND');
  });

  it('does not let user B revoke user A’s token', async () => {
    const a = await newUser('owner');
    const b = await newUser('intruder');
    const { token, secret } = await createApiToken(a, 'mine');
    const e = await rejection(revokeApiToken(b, token.id));
    expect(e.code).toBe('NOT_FOUND');
    expect(await resolveApiToken(secret)).toMatchObject({ id: a.id });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it('refuses signed-out callers and bad names', async () => {
    expect((await rejection(createApiToken(null, 'x'))).code).toBe('UNAUTHORIZED');
    expect((await rejection(listApiTokens(null))).code).toBe('UNAUTHORIZED');
    const user = await newUser('names');
    const e = await rejection(createApiToken(user, '   '));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.name?.[0]).toMatch(/name/);
  });
});
