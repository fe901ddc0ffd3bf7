import { afterAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/create-annotation';
import { createReply } from '../annotations/create-reply';
import { getAnnotation } from '../annotations/get-annotation';
import { makeArticle, makeUser, rejection, selectorFor } from '../annotations/test-fixtures';
import { disconnectDb, prisma } from '../db';
import type { AppError } from '../errors';
import { createGroup } from './create-group';
import { deleteGroup } from './delete-group';
import { getGroup } from './get-group';
import { joinGroupByInvite } from './join-group-by-invite';
import { leaveGroup } from './leave-group';
import { listMyGroups } from './list-my-groups';
import { regenerateInvite } from './regenerate-invite';
import { removeMember } from './remove-member';
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

  it('lets owners remove anyone else and moderators plain members only', async () => {
    const [owner, moderator, member, other] = await Promise.all([makeUser('owner'), makeUser('mod'), makeUser('member'), makeUser('other')]);
    const g = await createGroup(owner, { name: 'Removals' });
    for (const u of [moderator, member, other]) await joinGroupByInvite(u, g.inviteCode!);
    await setMemberRole(owner, g.id, moderator.id, 'MODERATOR');

    expect((await rejection(removeMember(member, g.id, other.id))).code).toBe('FORBIDDEN');
    expect((await rejection(removeMember(moderator, g.id, owner.id))).code).toBe('FORBIDDEN');
    expect((await rejection(removeMember(owner, g.id, owner.id))).message).toContain('leave the group instead');
    expect((await rejection(removeMember(null, g.id, member.id))).code).toBe('UNAUTHORIZED');
    await removeMember(moderator, g.id, member.id);
    expect((await rejection(getGroup(member, g.id))).code).toBe('NOT_FOUND');
    expect((await rejection(removeMember(moderator, g.id, member.id))).code).toBe('NOT_FOUND');
    await removeMember(owner, g.id, moderator.id);
    expect((await getGroup(owner, g.id)).members.map((m) => m.userId).sort()).toEqual([owner.id, other.id].sort());
  });

  it('deletes a group for its owners only, keeping every annotation private to its author and re-indexing it', async () => {
    const [owner, member] = await Promise.all([makeUser('owner'), makeUser('member')]);
    const g = await createGroup(owner, { name: 'Short lived' });
    await joinGroupByInvite(member, g.inviteCode!);
    const { articleId } = await makeArticle();
    const shared = await createAnnotation(member, { articleId, selector: selectorFor('Scientists agree'), body: 'shared', visibility: 'GROUP', groupId: g.id });
    const reply = await createReply(owner, shared.id, { body: 'owner reply' });
    const open = await createAnnotation(member, { articleId, selector: selectorFor('the data'), body: 'open', visibility: 'PUBLIC', groupId: g.id });

    expect((await rejection(deleteGroup(member, g.id, g.name))).code).toBe('FORBIDDEN');
    expect((await rejection(deleteGroup(owner, g.id, 'wrong name'))).message).toContain('Short lived');
    expect((await getAnnotation(owner, shared.id)).id).toBe(shared.id); // nothing changed yet

    const outboxBefore = await prisma.outboxEvent.count({ where: { entityId: { in: [shared.id, reply.id, open.id] } } });
    expect(await deleteGroup(owner, g.id, ' Short lived ')).toEqual({ annotationsKept: 3 });
    expect(await prisma.group.findUnique({ where: { id: g.id } })).toBeNull();
    expect(await prisma.membership.count({ where: { groupId: g.id } })).toBe(0);
    // The author keeps it; the former co-member no longer sees it; the public one stays public.
    expect((await getAnnotation(member, shared.id)).id).toBe(shared.id);
    expect((await rejection(getAnnotation(owner, shared.id))).code).toBe('NOT_FOUND');
    expect((await getAnnotation(owner, reply.id)).id).toBe(reply.id);
    expect((await rejection(getAnnotation(member, reply.id))).code).toBe('NOT_FOUND');
    expect((await getAnnotation(null, open.id)).id).toBe(open.id);
    const rows = await prisma.annotation.findMany({ where: { id: { in: [shared.id, reply.id, open.id] } } });
    const state = (id: string) => rows.filter((r) => r.id === id).map((r) => [r.visibility, r.groupId, r.version])[0];
    expect([state(shared.id), state(reply.id), state(open.id)]).toEqual([
      ['PRIVATE', null, 2],
      ['PRIVATE', null, 2],
      ['PUBLIC', null, 2],
    ]);
    expect(await prisma.outboxEvent.count({ where: { entityId: { in: [shared.id, reply.id, open.id] } } })).toBe(outboxBefore + 3);
    expect((await rejection(deleteGroup(owner, g.id, g.name))).code).toBe('NOT_FOUND');
  });
});
