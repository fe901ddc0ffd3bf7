import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/current-user';
import { disconnectDb, prisma } from '../db';
import { AppError } from '../errors';
import { createAnnotation } from './create-annotation';
import { createReply } from './create-reply';
import { deleteAnnotation } from './delete-annotation';
import { flagAnnotation } from './flag-annotation';
import { getAnnotation } from './get-annotation';
import { hideAnnotation, unhideAnnotation } from './hide-annotation';
import { listAnnotationsForArticle } from './list-annotations-for-article';
import { makeArticle, makeGroup, makeUser, selectorFor, rejection } from './test-fixtures';
import { CONFLICT_MESSAGE, updateAnnotation } from './update-annotation';

afterAll(disconnectDb);


let alice: SessionUser, bob: SessionUser, mod: SessionUser, eve: SessionUser;
let groupId: string;
let article: { articleId: string; revisionId: string };

beforeAll(async () => {
  [alice, bob, mod, eve] = await Promise.all([makeUser('alice'), makeUser('bob'), makeUser('mod'), makeUser('eve')]);
  groupId = await makeGroup([[alice, 'OWNER'], [bob, 'MEMBER'], [mod, 'MODERATOR']]);
  article = await makeArticle();
});

describe('createAnnotation', () => {
  it('stores a highlight with selectors taken from the text, plus tags, and writes an outbox row', async () => {
    const a = await createAnnotation(alice, {
      articleId: article.articleId,
      selector: { ...selectorFor('Scientists agree'), prefix: 'lies', suffix: 'lies' },
      body: 'Which **scientists**?',
      tags: ['Climate', ' climate ', 'Evidence'],
      color: 'question',
      visibility: 'PUBLIC',
    });
    expect(a.motivation).toBe('COMMENTING');
    expect(a.selectors?.exact).toBe('Scientists agree');
    expect(a.selectors?.prefix.endsWith('expected. ')).toBe(true);
    expect(a.selectors?.suffix.startsWith(' on the cause')).toBe(true);
    expect(a.tags.map((t) => t.slug)).toEqual(['climate', 'evidence']);
    expect(a.bodyHtml).toContain('<strong>scientists</strong>');
    expect(a.version).toBe(1);
    expect(a.canEdit).toBe(true);
    const outbox = await prisma.outboxEvent.findMany({ where: { entityId: a.id } });
    expect(outbox.map((o) => o.kind)).toEqual(['annotation.upsert']);
  });

  it("refuses a selection that doesn't match the text, and writes nothing", async () => {
    const before = await prisma.annotation.count({ where: { articleId: article.articleId } });
    const err = await rejection(
      createAnnotation(alice, { articleId: article.articleId, selector: { exact: 'not there', start: 0, end: 9 } }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe("The selected text doesn't match the article");
    expect(await prisma.annotation.count({ where: { articleId: article.articleId } })).toBe(before);
  });

  it('requires a claim statement for claims, a group for GROUP, membership of that group, and a signed-in user', async () => {
    const sel = selectorFor('the data are clear');
    const base = { articleId: article.articleId, selector: sel };
    expect((await rejection(createAnnotation(alice, { ...base, isClaim: true }))).message).toContain('State the claim');
    expect((await rejection(createAnnotation(alice, { ...base, isClaim: true, claimStatement: 'a\nb' }))).message).toContain('single line');
    expect((await rejection(createAnnotation(alice, { ...base, visibility: 'GROUP' }))).message).toContain('Choose which group');
    expect((await rejection(createAnnotation(eve, { ...base, visibility: 'GROUP', groupId }))).code).toBe('FORBIDDEN');
    expect((await rejection(createAnnotation(null, base))).code).toBe('UNAUTHORIZED');
    expect((await rejection(createAnnotation(alice, { ...base, color: 'red' as 'plain' }))).code).toBe('VALIDATION');
    expect((await rejection(createAnnotation(alice, { ...base, body: 'x'.repeat(10_001) }))).message).toContain('at most 10,000');
    expect((await rejection(createAnnotation(alice, { ...base, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }))).message).toContain('at most 10 tags');
    expect((await rejection(createAnnotation(alice, { ...base, revisionId: 'old-revision' }))).code).toBe('CONFLICT');
  });
});

describe('replies, claims and stances', () => {
  it('makes replies inherit the root visibility and group, tallies stances and refuses stances on non-claims', async () => {
    const claim = await createAnnotation(alice, {
      articleId: article.articleId,
      selector: selectorFor('Policy must follow the evidence.'),
      visibility: 'GROUP',
      groupId,
      isClaim: true,
      claimStatement: 'Policy should be evidence-based',
    });
    const r1 = await createReply(bob, claim.id, { body: 'Agreed', stance: 'SUPPORTS' });
    expect(r1.visibility).toBe('GROUP');
    expect(r1.group?.id).toBe(groupId);
    expect(r1.rootId).toBe(claim.id);
    const r2 = await createReply(mod, r1.id, { body: 'Not so fast', stance: 'DISPUTES' });
    expect(r2.parentId).toBe(r1.id);
    expect(r2.rootId).toBe(claim.id);
    await createReply(alice, claim.id, { body: 'Source?', stance: 'NEEDS_CONTEXT' });
    expect((await rejection(createReply(eve, claim.id, { body: 'hi' }))).code).toBe('NOT_FOUND');
    expect((await rejection(createReply(bob, claim.id, { body: '  ' }))).message).toContain('Write something');

    const { threads, claimCount } = await listAnnotationsForArticle(bob, article.articleId, { claimsOnly: true });
    const thread = threads.find((t) => t.id === claim.id)!;
    expect(thread.replies).toHaveLength(3);
    expect(thread.stanceTally).toEqual({ supports: 1, disputes: 1, needsContext: 1, question: 0 });
    expect(thread.contestedness.label).toBe('contested');
    expect(claimCount).toBeGreaterThanOrEqual(1);
    expect(threads.every((t) => t.isClaim)).toBe(true);

    const plain = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('Some people'), visibility: 'PUBLIC' });
    const err = await rejection(createReply(bob, plain.id, { body: 'x', stance: 'SUPPORTS' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('only be taken on a claim');
  });
});

describe('updateAnnotation', () => {
  it('bumps the version, marks it edited, and refuses a stale version with CONFLICT without writing', async () => {
    const a = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('The climate') });
    const edited = await updateAnnotation(alice, a.id, { version: 1, body: 'first edit', tags: ['x'] });
    expect(edited.version).toBe(2);
    expect(edited.editedAt).not.toBeNull();
    expect(edited.tags.map((t) => t.slug)).toEqual(['x']);
    const outboxBefore = await prisma.outboxEvent.count({ where: { entityId: a.id } });
    const err = await rejection(updateAnnotation(alice, a.id, { version: 1, body: 'stale edit' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe(CONFLICT_MESSAGE);
    const after = await getAnnotation(alice, a.id);
    expect(after.body).toBe('first edit');
    expect(after.tags.map((t) => t.slug)).toEqual(['x']);
    expect(await prisma.outboxEvent.count({ where: { entityId: a.id } })).toBe(outboxBefore);
    expect((await rejection(updateAnnotation(bob, a.id, { version: 2, body: 'mine now' }))).code).toBe('NOT_FOUND');
  });

  it('moves replies along when the root changes audience', async () => {
    const a = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('warming'), visibility: 'PUBLIC' });
    const r = await createReply(eve, a.id, { body: 'public reply' });
    await updateAnnotation(alice, a.id, { version: 1, visibility: 'GROUP', groupId });
    const reply = await prisma.annotation.findUniqueOrThrow({ where: { id: r.id } });
    expect(reply.visibility).toBe('GROUP');
    expect(reply.groupId).toBe(groupId);
    expect((await rejection(getAnnotation(null, r.id))).code).toBe('NOT_FOUND');
  });
});

describe('deleteAnnotation', () => {
  it('soft-deletes: the thread keeps its place, the body and tags are gone', async () => {
    const a = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('faster'), visibility: 'PUBLIC' });
    const r = await createReply(bob, a.id, { body: 'secret words', tags: ['gone'] });
    const r2 = await createReply(alice, r.id, { body: 'answer to bob' });
    await deleteAnnotation(bob, r.id);
    const { threads } = await listAnnotationsForArticle(eve, article.articleId);
    const thread = threads.find((t) => t.id === a.id)!;
    const deleted = thread.replies.find((x) => x.id === r.id)!;
    expect(deleted.deleted).toBe(true);
    expect(deleted.body).toBeNull();
    expect(deleted.tags).toEqual([]);
    expect(thread.replies.find((x) => x.id === r2.id)?.parentId).toBe(r.id);
    const row = await prisma.annotation.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.body).toBeNull();
    expect(row.deletedAt).not.toBeNull();
    expect((await prisma.outboxEvent.findMany({ where: { entityId: r.id } })).map((o) => o.kind)).toContain('annotation.delete');
    expect((await rejection(updateAnnotation(bob, r.id, { version: row.version, body: 'back' }))).code).toBe('FORBIDDEN');
    expect((await rejection(deleteAnnotation(eve, a.id))).code).toBe('FORBIDDEN');
  });

  it('drops a deleted annotation from the margin once nothing in its thread is left', async () => {
    const lone = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('expected'), visibility: 'PUBLIC' });
    await deleteAnnotation(alice, lone.id);
    await deleteAnnotation(alice, lone.id); // twice is fine
    expect((await listAnnotationsForArticle(alice, article.articleId)).threads.some((t) => t.id === lone.id)).toBe(false);
    expect((await getAnnotation(alice, lone.id)).deleted).toBe(true);
  });
});

describe('hide and flag', () => {
  it('lets group moderators hide: the author and moderators still see it marked hidden, members do not', async () => {
    const a = await createAnnotation(bob, { articleId: article.articleId, selector: selectorFor('the cause'), visibility: 'GROUP', groupId });
    expect((await rejection(hideAnnotation(bob, a.id))).code).toBe('FORBIDDEN');
    const hidden = await hideAnnotation(mod, a.id);
    expect(hidden.hidden).toBe(true);
    expect((await getAnnotation(bob, a.id)).hidden).toBe(true);
    expect((await getAnnotation(alice, a.id)).hidden).toBe(true); // alice owns the group
    const member = await makeUser('member');
    await prisma.membership.create({ data: { groupId, userId: member.id, role: 'MEMBER' } });
    expect((await rejection(getAnnotation(member, a.id))).code).toBe('NOT_FOUND');
    const list = await listAnnotationsForArticle(member, article.articleId);
    expect(list.threads.some((t) => t.id === a.id)).toBe(false);
    await unhideAnnotation(mod, a.id);
    expect((await getAnnotation(member, a.id)).hidden).toBe(false);
  });

  it('records a flag once per user, never by the author', async () => {
    const a = await createAnnotation(alice, { articleId: article.articleId, selector: selectorFor('numbers'), visibility: 'PUBLIC' });
    await flagAnnotation(eve, a.id, '  spam  ');
    expect((await prisma.flag.findFirstOrThrow({ where: { annotationId: a.id } })).reason).toBe('spam');
    expect((await rejection(flagAnnotation(eve, a.id, 'again'))).message).toBe('You have already flagged this annotation.');
    expect((await rejection(flagAnnotation(alice, a.id, 'mine'))).code).toBe('FORBIDDEN');
    expect((await rejection(flagAnnotation(bob, a.id, ''))).code).toBe('VALIDATION');
    expect((await rejection(flagAnnotation(bob, a.id, 'x'.repeat(501)))).code).toBe('VALIDATION');
  });
});

describe('listAnnotationsForArticle filters', () => {
  it('filters by mine / public / tag / author', async () => {
    const art = await makeArticle();
    const own = await createAnnotation(bob, { articleId: art.articleId, selector: selectorFor('climate'), tags: ['Mine'] });
    const pub = await createAnnotation(alice, { articleId: art.articleId, selector: selectorFor('data'), visibility: 'PUBLIC', tags: ['shared'] });
    const priv = await createAnnotation(alice, { articleId: art.articleId, selector: selectorFor('Policy') });
    const ids = async (u: SessionUser | null, f = {}) => (await listAnnotationsForArticle(u, art.articleId, f)).threads.map((t) => t.id).sort();
    expect(await ids(bob)).toEqual([own.id, pub.id].sort());
    expect(await ids(bob, { scope: 'mine' })).toEqual([own.id]);
    expect(await ids(bob, { scope: 'public' })).toEqual([pub.id]);
    expect(await ids(bob, { tag: 'shared' })).toEqual([pub.id]);
    expect(await ids(alice, { authorId: alice.id })).toEqual([pub.id, priv.id].sort());
    expect(await ids(null)).toEqual([pub.id]);
    expect((await rejection(listAnnotationsForArticle(bob, 'no-such-article'))).code).toBe('NOT_FOUND');
  });
});

describe('announceAnnotationChange', () => {
  it('writes the outbox row and the live notification only if the transaction commits', async () => {
    const { announceAnnotationChange } = await import('./announce-change');
    const { getLiveHub } = await import('../live/live-hub');
    const { articleId } = await makeArticle();
    const seen: string[] = [];
    let wake = () => {};
    const off = await getLiveHub().subscribe(articleId, {
      onNotification: (n) => {
        seen.push(n.annotationId);
        wake();
      },
    });
    try {
      const failedId = `failed-${Date.now()}`;
      await expect(
        prisma.$transaction(async (tx) => {
          await announceAnnotationChange(tx, { articleId, annotationId: failedId, rootId: failedId, action: 'created' });
          throw new Error('the write failed after announcing');
        }),
      ).rejects.toThrow('the write failed');
      const okId = `ok-${Date.now()}`;
      await prisma.$transaction((tx) => announceAnnotationChange(tx, { articleId, annotationId: okId, rootId: okId, action: 'created' }));
      while (!seen.includes(okId)) await new Promise<void>((r) => (wake = r));
      expect(seen).toEqual([okId]);
      expect(await prisma.outboxEvent.count({ where: { entityId: failedId } })).toBe(0);
      expect(await prisma.outboxEvent.count({ where: { entityId: okId } })).toBe(1);
    } finally {
      off();
      const { closeLiveHub } = await import('../live/live-hub');
      await closeLiveHub();
    }
  });
});
