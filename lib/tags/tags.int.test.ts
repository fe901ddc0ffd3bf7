import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/current-user';
import { createAnnotation } from '../annotations/create-annotation';
import { getAnnotation } from '../annotations/get-annotation';
import { makeArticle, makeGroup, makeUser, selectorFor, unique, rejection } from '../annotations/test-fixtures';
import { disconnectDb, prisma } from '../db';
import type { AppError } from '../errors';
import { listAnnotationsByTag } from './list-annotations-by-tag';
import { mergeTags } from './merge-tags';
import { renameTag } from './rename-tag';
import { suggestTags } from './suggest-tags';

afterAll(disconnectDb);


let owner: SessionUser, moderator: SessionUser, outsider: SessionUser;
let groupId: string;
let articleId: string;
const t = unique();

beforeAll(async () => {
  [owner, moderator, outsider] = await Promise.all([makeUser('owner'), makeUser('moderator'), makeUser('outsider')]);
  groupId = await makeGroup([[owner, 'OWNER'], [moderator, 'MODERATOR']]);
  ({ articleId } = await makeArticle());
});

describe('tags', () => {
  it('suggests only tags on annotations the user can read, and lists tagged annotations by visibility', async () => {
    const priv = await createAnnotation(owner, { articleId, selector: selectorFor('climate'), tags: [`secret-${t}`] });
    const grp = await createAnnotation(owner, { articleId, selector: selectorFor('data'), tags: [`Shared ${t}`], visibility: 'GROUP', groupId });
    expect((await suggestTags(owner, 'secret-')).map((s) => s.slug)).toContain(`secret-${t}`);
    expect((await suggestTags(outsider, 'secret-')).map((s) => s.slug)).not.toContain(`secret-${t}`);
    expect((await suggestTags(moderator, `SHARED ${t}`)).map((s) => s.slug)).toEqual([`shared-${t}`]);
    expect((await listAnnotationsByTag(moderator, `shared-${t}`)).map((a) => a.id)).toEqual([grp.id]);
    expect(await listAnnotationsByTag(outsider, `shared-${t}`)).toEqual([]);
    expect((await listAnnotationsByTag(owner, `secret-${t}`))[0].article.id).toBe(articleId);
    expect((await listAnnotationsByTag(null, `secret-${t}`))).toEqual([]);
    expect(priv.tags[0].slug).toBe(`secret-${t}`);
  });

  it('lets only group owners rename, and refuses renaming onto an existing tag', async () => {
    const a = await createAnnotation(owner, { articleId, selector: selectorFor('Policy'), tags: [`old-${t}`, `other-${t}`], visibility: 'GROUP', groupId });
    expect((await rejection(renameTag(moderator, { scope: groupId, slug: `old-${t}`, newName: 'x' }))).code).toBe('FORBIDDEN');
    expect((await rejection(renameTag(owner, { scope: 'global', slug: `old-${t}`, newName: 'x' }))).code).toBe('FORBIDDEN');
    expect((await rejection(renameTag(owner, { scope: groupId, slug: `old-${t}`, newName: `Other ${t}` }))).message).toContain('Merge');
    const outboxBefore = await prisma.outboxEvent.count({ where: { entityId: a.id } });
    const renamed = await renameTag(owner, { scope: groupId, slug: `old-${t}`, newName: `New ${t}` });
    expect(renamed.slug).toBe(`new-${t}`);
    expect((await getAnnotation(owner, a.id)).tags.map((x) => x.slug)).toContain(`new-${t}`);
    expect(await prisma.outboxEvent.count({ where: { entityId: a.id } })).toBe(outboxBefore + 1);
  });

  it('merges tags without duplicate links, owners only', async () => {
    const both = await createAnnotation(owner, { articleId, selector: selectorFor('warming'), tags: [`a-${t}`, `b-${t}`], visibility: 'GROUP', groupId });
    const onlyB = await createAnnotation(moderator, { articleId, selector: selectorFor('cause'), tags: [`b-${t}`], visibility: 'GROUP', groupId });
    expect((await rejection(mergeTags(moderator, { scope: groupId, from: [`b-${t}`], into: `a-${t}` }))).code).toBe('FORBIDDEN');
    expect((await rejection(mergeTags(owner, { scope: groupId, from: [`nope-${t}`], into: `a-${t}` }))).code).toBe('NOT_FOUND');
    const result = await mergeTags(owner, { scope: groupId, from: [`b-${t}`], into: `a-${t}` });
    expect(result.affected).toBe(2);
    expect((await getAnnotation(owner, both.id)).tags.map((x) => x.slug)).toEqual([`a-${t}`]);
    expect((await getAnnotation(owner, onlyB.id)).tags.map((x) => x.slug)).toEqual([`a-${t}`]);
    expect(await prisma.tag.count({ where: { scope: groupId, slug: `b-${t}` } })).toBe(0);
  });
});
