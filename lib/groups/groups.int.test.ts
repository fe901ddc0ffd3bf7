import { afterAll, describe, expect, it } from 'vitest';
import { makeUser, rejection } from '../annotations/test-fixtures';
import { disconnectDb } from '../db';
import type { AppError } from '../errors';
import { createGroup } from './create-group';
import { getGroup } from './get-group';
import { joinGroupByInvite } from './join-group-by-invite';
import { leaveGroup } from './leave-group';
import { listMyGroups } from './list-my-groups';
import { regenerateInvite } from './regenerate-invite';
import { setMemberRole } from './set-member-role';

afterAll(disconnectDb);


describe('groups', () => {
  it('creates a group with its creator as owner, validates names', async () => {
    const owner = await makeUser('owner');
    const g = await createGroup(owner, { name: '  Book   club  ' });
    expect(g.name).toBe('Book   club');
    expect(g.role).toBe('OWNER');
    expect(g.slug).toMatch(/^book-club-[0-9a-f]{6}$/);
    expect(g.inviteCode).toMatch(/^[\w-]{16}$/);
    expect((await listMyGroups(owner)).map((x) => x.id)).toEqual([g.id]);
    expect((await rejection(createGroup(owner, { name: '   ' }))).message).toBe('Give the group a name.');
    expect((await rejection(createGroup(owner, { name: 'x'.repeat(81) }))).code).toBe('VALIDATION');
    expect((await rejection(createGroup(null, { name: 'x' }))).code).toBe('UNAUTHORIZED');
  });

  it('joins by invite, hides the group from outsiders, and keeps roles owner-managed', async () => {
    const [owner, member, outsider] = await Promise.all([makeUser('owner'), makeUser('member'), makeUser('outsider')]);
    const g = await createGroup(owner, { name: 'Readers' });
    expect((await rejection(getGroup(outsider, g.id))).code).toBe('NOT_FOUND');
    expect((await rejection(joinGroupByInvite(member, 'wrong'))).code).toBe('NOT_FOUND');
    const joined = await joinGroupByInvite(member, g.inviteCode!);
    expect(joined.role).toBe('MEMBER');
    expect(joined.inviteCode).toBeNull();
    expect((await joinGroupByInvite(member, g.inviteCode!)).memberCount).toBe(2); // twice is harmless
    expect((await getGroup(member, g.slug)).members.map((m) => m.role).sort()).toEqual(['MEMBER', 'OWNER']);

    expect((await rejection(setMemberRole(member, g.id, member.id, 'OWNER'))).code).toBe('FORBIDDEN');
    await setMemberRole(owner, g.id, member.id, 'MODERATOR');
    // moderators cannot promote anyone, themselves included
    expect((await rejection(setMemberRole(member, g.id, member.id, 'OWNER'))).code).toBe('FORBIDDEN');
    expect((await getGroup(member, g.id)).inviteCode).toBe(g.inviteCode);

    expect((await rejection(regenerateInvite(member, g.id))).code).toBe('FORBIDDEN');
    const code = await regenerateInvite(owner, g.id);
    expect(code).not.toBe(g.inviteCode);
    expect((await rejection(joinGroupByInvite(outsider, g.inviteCode!))).code).toBe('NOT_FOUND');
  });

  it('does not let the last owner leave or be demoted', async () => {
    const [owner, other] = await Promise.all([makeUser('owner'), makeUser('other')]);
    const g = await createGroup(owner, { name: 'Solo' });
    await joinGroupByInvite(other, g.inviteCode!);
    const err = await rejection(leaveGroup(owner, g.id));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('only owner');
    expect((await rejection(setMemberRole(owner, g.id, owner.id, 'MEMBER'))).code).toBe('CONFLICT');
    await setMemberRole(owner, g.id, other.id, 'OWNER');
    await leaveGroup(owner, g.id);
    expect(await listMyGroups(owner)).toEqual([]);
    expect((await rejection(leaveGroup(owner, g.id))).code).toBe('NOT_FOUND');
  });
});
