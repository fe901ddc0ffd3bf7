/**
 * The data functions behind the group pages: the moderation queue, a group's
 * recent annotations, its tags with counts, and invite previews, each with
 * the permission checks that keep them to the right people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/current-user';
import { createAnnotation } from '../annotations/create-annotation';
import { deleteAnnotation } from '../annotations/delete-annotation';
import { flagAnnotation } from '../annotations/flag-annotation';
import { hideAnnotation } from '../annotations/hide-annotation';
import { listFlagsForGroup } from '../annotations/list-flags-for-group';
import { listGroupAnnotations } from '../annotations/list-group-annotations';
import { resolveFlags } from '../annotations/resolve-flags';
import { makeArticle, makeGroup, makeUser, selectorFor, rejection } from '../annotations/test-fixtures';
import { disconnectDb, prisma } from '../db';
import type { AppError } from '../errors';
import { listGroupTags } from '../tags/list-group-tags';
import { getInvitePreview, INVALID_INVITE_MESSAGE } from './get-invite-preview';

afterAll(disconnectDb);


let owner: SessionUser, mod: SessionUser, member: SessionUser, outsider: SessionUser;
let groupId: string, otherGroupId: string;
let article: { articleId: string; slug: string };

beforeAll(async () => {
  [owner, mod, member, outsider] = await Promise.all([makeUser('owner'), makeUser('mod'), makeUser('member'), makeUser('outsider')]);
  groupId = await makeGroup([[owner, 'OWNER'], [mod, 'MODERATOR'], [member, 'MEMBER']]);
  otherGroupId = await makeGroup([[outsider, 'OWNER'], [member, 'MEMBER']]);
  article = await makeArticle();
});

const note = (user: SessionUser, exact: string, extra: Record<string, unknown> = {}) =>
  createAnnotation(user, { articleId: article.articleId, selector: selectorFor(exact), body: `note on ${exact}`, ...extra });

describe('listFlagsForGroup', () => {
  it("lists the group's flagged annotations with reasons, for moderators and owners only", async () => {
    const flagged = await note(owner, 'Scientists agree', { visibility: 'GROUP', groupId });
    const quiet = await note(owner, 'the data are clear', { visibility: 'GROUP', groupId });
    const elsewhere = await note(outsider, 'Policy must follow', { visibility: 'GROUP', groupId: otherGroupId });
    await flagAnnotation(member, flagged.id, 'Spam link');
    await flagAnnotation(mod, flagged.id, 'Off topic');
    await flagAnnotation(member, elsewhere.id, 'Rude');

    const queue = await listFlagsForGroup(mod, groupId);
    const entry = queue.find((q) => q.annotation.id === flagged.id);
    expect(entry?.flags.map((f) => f.reason)).toEqual(['Spam link', 'Off topic']);
    expect(entry?.flags[0].reporter.id).toBe(member.id);
    expect(entry?.article.slug).toBe(article.slug);
    expect(queue.some((q) => q.annotation.id === quiet.id)).toBe(false); // not flagged
    expect(queue.some((q) => q.annotation.id === elsewhere.id)).toBe(false); // another group

    // Hidden annotations stay in the queue, marked, so they can be unhidden.
    await hideAnnotation(mod, flagged.id);
    const afterHide = await listFlagsForGroup(owner, groupId);
    expect(afterHide.find((q) => q.annotation.id === flagged.id)?.annotation.hidden).toBe(true);

    // Resolved flags and deleted annotations leave the queue.
    await prisma.flag.updateMany({ where: { annotationId: flagged.id }, data: { resolvedAt: new Date() } });
    expect((await listFlagsForGroup(owner, groupId)).some((q) => q.annotation.id === flagged.id)).toBe(false);

    expect((await rejection(listFlagsForGroup(member, groupId))).code).toBe('FORBIDDEN');
    expect((await rejection(listFlagsForGroup(outsider, groupId))).code).toBe('NOT_FOUND');
    expect((await rejection(listFlagsForGroup(null, groupId))).code).toBe('UNAUTHORIZED');
  });
});

describe('resolveFlags', () => {
  it("lets the group's moderators dismiss flags, which takes the annotation out of the queue", async () => {
    const a = await note(member, 'Scientists agree', { visibility: 'PUBLIC', groupId });
    await flagAnnotation(outsider, a.id, 'I disagree');
    await flagAnnotation(owner, a.id, 'Duplicate');
    expect((await rejection(resolveFlags(member, a.id))).code).toBe('FORBIDDEN'); // its author, a plain member
    expect((await rejection(resolveFlags(outsider, a.id))).code).toBe('FORBIDDEN'); // can read it, moderates nothing
    expect((await rejection(resolveFlags(null, a.id))).code).toBe('UNAUTHORIZED');
    expect((await listFlagsForGroup(mod, groupId)).some((q) => q.annotation.id === a.id)).toBe(true);

    expect(await resolveFlags(mod, a.id)).toEqual({ resolved: 2 });
    expect(await resolveFlags(mod, a.id)).toEqual({ resolved: 0 }); // twice is harmless
    expect((await listFlagsForGroup(mod, groupId)).some((q) => q.annotation.id === a.id)).toBe(false);
    expect(await prisma.flag.count({ where: { annotationId: a.id, resolvedAt: { not: null } } })).toBe(2);

    const priv = await note(member, 'the evidence', { visibility: 'PRIVATE' });
    expect((await rejection(resolveFlags(mod, priv.id))).code).toBe('NOT_FOUND'); // unreadable looks missing
  });
});

describe('listGroupAnnotations', () => {
  it("lists a group's recent annotations that the member may read, newest first", async () => {
    const first = await note(member, 'climate is warming', { visibility: 'GROUP', groupId });
    const second = await note(owner, 'faster than expected', { visibility: 'PUBLIC', groupId });
    const hidden = await note(owner, 'Some people dispute', { visibility: 'GROUP', groupId });
    await hideAnnotation(owner, hidden.id);
    const gone = await note(member, 'the numbers', { visibility: 'GROUP', groupId });
    await deleteAnnotation(member, gone.id);
    const mine = await note(member, 'evidence', { visibility: 'PRIVATE' });

    const seenByMember = (await listGroupAnnotations(member, groupId)).map((a) => a.id);
    expect(seenByMember.indexOf(second.id)).toBeLessThan(seenByMember.indexOf(first.id));
    expect(seenByMember).toContain(first.id);
    expect(seenByMember).not.toContain(hidden.id); // hidden: moderators and its author only
    expect(seenByMember).not.toContain(gone.id);
    expect(seenByMember).not.toContain(mine.id); // private notes belong to no group

    const seenByMod = await listGroupAnnotations(mod, groupId);
    expect(seenByMod.find((a) => a.id === hidden.id)?.hidden).toBe(true);
    expect(seenByMod.find((a) => a.id === first.id)?.article.slug).toBe(article.slug);

    expect((await rejection(listGroupAnnotations(outsider, groupId))).code).toBe('NOT_FOUND');
    expect((await rejection(listGroupAnnotations(null, groupId))).code).toBe('NOT_FOUND');
  });
});

describe('listGroupTags', () => {
  it("counts the group's tags for its owners, and refuses everyone else", async () => {
    await note(member, 'Scientists agree', { visibility: 'GROUP', groupId, tags: ['Evidence', 'climate'] });
    await note(owner, 'the data are clear', { visibility: 'GROUP', groupId, tags: ['evidence'] });
    const deleted = await note(owner, 'Policy must follow', { visibility: 'GROUP', groupId, tags: ['climate', 'stale'] });
    await deleteAnnotation(owner, deleted.id);
    await note(outsider, 'the evidence', { visibility: 'GROUP', groupId: otherGroupId, tags: ['evidence'] });

    const tags = await listGroupTags(owner, groupId);
    expect(tags).toEqual([
      { name: 'climate', slug: 'climate', count: 1 },
      { name: 'Evidence', slug: 'evidence', count: 2 },
      { name: 'stale', slug: 'stale', count: 0 },
    ]);
    expect((await rejection(listGroupTags(mod, groupId))).code).toBe('FORBIDDEN');
    expect((await rejection(listGroupTags(outsider, groupId))).code).toBe('FORBIDDEN');
    expect((await rejection(listGroupTags(null, groupId))).code).toBe('UNAUTHORIZED');
  });
});

describe('getInvitePreview', () => {
  it('shows the group name to anyone with the code and says when they are already in', async () => {
    const group = await prisma.group.findUniqueOrThrow({ where: { id: groupId } });
    const preview = await getInvitePreview(null, group.inviteCode);
    expect(preview).toEqual({ name: group.name, description: null, memberCount: 3, memberSlug: null });
    expect((await getInvitePreview(member, ` ${group.inviteCode} `)).memberSlug).toBe(group.slug);
    expect((await getInvitePreview(outsider, group.inviteCode)).memberSlug).toBeNull();
    const bad = await rejection(getInvitePreview(outsider, 'no-such-code'));
    expect([bad.code, bad.message]).toEqual(['NOT_FOUND', INVALID_INVITE_MESSAGE]);
    expect((await rejection(getInvitePreview(null, ''))).code).toBe('NOT_FOUND');
  });
});
