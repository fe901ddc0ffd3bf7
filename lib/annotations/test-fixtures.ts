/**
 * Test data for the annotation integration tests: uniquely named users,
 * groups and articles written straight through Prisma (tests never reset
 * the database, so every name carries a random tail).
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import type { GroupRole } from '../generated/prisma/enums';
import type { AppError } from '../errors';

export const unique = () => randomUUID().slice(0, 8);

export const ARTICLE_TEXT =
  'The climate is warming faster than expected. Scientists agree on the cause. ' +
  'Some people dispute the numbers, but the data are clear. Policy must follow the evidence.';

export async function makeUser(label = 'user'): Promise<SessionUser> {
  const id = unique();
  const u = await prisma.user.create({ data: { email: `${label}-${id}@example.test`, name: `${label} ${id}` } });
  return { id: u.id, email: u.email, name: u.name };
}

export async function makeArticle(text = ARTICLE_TEXT): Promise<{ articleId: string; revisionId: string; slug: string }> {
  const slug = `article-${unique()}`;
  const article = await prisma.article.create({ data: { slug, title: `Article ${slug}` } });
  const rev = await prisma.articleRevision.create({
    data: { articleId: article.id, number: 1, contentHash: unique(), text, html: `<p>${text}</p>` },
  });
  await prisma.article.update({ where: { id: article.id }, data: { currentRevisionId: rev.id } });
  return { articleId: article.id, revisionId: rev.id, slug };
}

export async function makeGroup(members: Array<[SessionUser, GroupRole]>): Promise<string> {
  const id = unique();
  const g = await prisma.group.create({
    data: { name: `Group ${id}`, slug: `group-${id}`, inviteCode: `invite-${id}`, createdById: members[0][0].id },
  });
  await prisma.membership.createMany({ data: members.map(([u, role]) => ({ groupId: g.id, userId: u.id, role })) });
  return g.id;
}

/** A selector for the first occurrence of `exact` in the text. */
export function selectorFor(exact: string, text = ARTICLE_TEXT) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return { exact, start, end: start + exact.length };
}

/** The AppError a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected the promise to reject');
}
