/**
 * Writes test and benchmark data the way the app's own writes do: each write
 * and its outbox event in one transaction. Used by lib/search integration
 * tests and bench/search.bench.ts, never by the app. Names are unique per call
 * so tests never need to reset the database.
 */
import { randomBytes } from 'node:crypto';
import { prisma } from '../db';
import type { Stance, Visibility } from '../generated/prisma/client';
import { enqueueSearchUpdate } from './enqueue';

/** A random lower-case word (letters only, so it is one search token). */
export function uniqueWord(prefix = 'zq'): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return prefix + [...randomBytes(8)].map((b) => letters[b % 26]).join('');
}

export async function createTestUser(name: string) {
  return prisma.user.create({ data: { email: `${uniqueWord('u')}@example.test`, name } });
}

export async function createTestGroup(ownerId: string, memberIds: string[] = []) {
  const slug = uniqueWord('grp');
  return prisma.group.create({
    data: {
      name: slug, slug, inviteCode: uniqueWord('inv'), createdById: ownerId,
      memberships: { create: [{ userId: ownerId, role: 'OWNER' }, ...memberIds.map((userId) => ({ userId }))] },
    },
  });
}

/** Creates an article whose current revision has one passage per paragraph. */
export async function createTestArticle(title: string, paragraphs: string[], opts: { createdAt?: Date } = {}) {
  return prisma.$transaction(async (tx) => {
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}-${uniqueWord('')}`;
    const article = await tx.article.create({ data: { slug, title, siteName: 'Example Site', byline: 'A. Writer', createdAt: opts.createdAt } });
    const revision = await addRevisionIn(tx, article.id, 1, paragraphs);
    await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
    await enqueueSearchUpdate(tx, 'article.upsert', article.id);
    return { ...article, currentRevisionId: revision.id };
  });
}

/** Adds a new current revision with different paragraphs. */
export async function reviseTestArticle(articleId: string, paragraphs: string[]) {
  return prisma.$transaction(async (tx) => {
    const count = await tx.articleRevision.count({ where: { articleId } });
    const revision = await addRevisionIn(tx, articleId, count + 1, paragraphs);
    await tx.article.update({ where: { id: articleId }, data: { currentRevisionId: revision.id } });
    await enqueueSearchUpdate(tx, 'article.upsert', articleId);
    return revision;
  });
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function addRevisionIn(tx: Tx, articleId: string, number: number, paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  const revision = await tx.articleRevision.create({
    data: { articleId, number, contentHash: uniqueWord('h'), text, html: paragraphs.map((p) => `<p>${p}</p>`).join('') },
  });
  let offset = 0;
  await tx.passage.createMany({
    data: paragraphs.map((p, ordinal) => {
      const start = offset;
      offset += p.length + 2;
      return { revisionId: revision.id, ordinal, start, end: start + p.length, text: p };
    }),
  });
  return revision;
}

export interface TestAnnotationInput {
  articleId: string;
  authorId: string;
  body?: string;
  quote?: string;
  visibility?: Visibility;
  groupId?: string;
  parentId?: string;
  tags?: string[];
  isClaim?: boolean;
  claimStatement?: string;
  stance?: Stance;
}

/** Creates an annotation or reply with tags, enqueuing its index update. */
export async function createTestAnnotation(input: TestAnnotationInput) {
  return prisma.$transaction(async (tx) => {
    const tagIds: string[] = [];
    for (const name of input.tags ?? []) {
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const tag = await tx.tag.upsert({ where: { scope_slug: { scope: 'global', slug } }, create: { name, slug }, update: {} });
      tagIds.push(tag.id);
    }
    const annotation = await tx.annotation.create({
      data: {
        articleId: input.articleId, authorId: input.authorId, body: input.body, quoteExact: input.quote,
        visibility: input.visibility ?? 'PUBLIC', groupId: input.groupId, parentId: input.parentId, rootId: input.parentId,
        motivation: input.parentId ? 'REPLYING' : 'COMMENTING',
        isClaim: input.isClaim ?? false, claimStatement: input.claimStatement, stance: input.stance,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
    });
    await enqueueSearchUpdate(tx, 'annotation.upsert', annotation.id);
    return annotation;
  });
}

/** Soft-deletes an annotation the way the app does. */
export async function deleteTestAnnotation(id: string) {
  await prisma.$transaction(async (tx) => {
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date() } });
    await enqueueSearchUpdate(tx, 'annotation.delete', id);
  });
}
