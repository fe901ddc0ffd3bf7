/**
 * The permission matrix, walked at the data layer against real Postgres:
 * visibility (only me / group / public) x viewer (author / member /
 * moderator / outsider / signed out) x action (read / reply / edit / delete /
 * live). "live" subscribes every viewer through lib/live (real LISTEN/NOTIFY)
 * and checks who receives the new annotation. To know a viewer did NOT
 * receive it without waiting on a clock, a public "sentinel" annotation is
 * written afterwards: events arrive in order, so once a viewer has the
 * sentinel, anything about the earlier write has arrived too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/current-user';
import { disconnectDb } from '../db';
import type { Visibility } from '../generated/prisma/enums';
import { closeLiveHub } from '../live/live-hub';
import { type ArticleEvent, subscribeArticleEvents } from '../live/subscribe-article-events';
import { createAnnotation } from './create-annotation';
import { createReply } from './create-reply';
import { deleteAnnotation } from './delete-annotation';
import { getAnnotation } from './get-annotation';
import { listAnnotationsForArticle } from './list-annotations-for-article';
import { makeArticle, makeGroup, makeUser, selectorFor } from './test-fixtures';
import { updateAnnotation } from './update-annotation';

import { expected, WHO, type Who } from './permission-matrix-expected';

let users: Record<Who, SessionUser | null>;
let groupId: string;
let sentinelAuthor: SessionUser;

beforeAll(async () => {
  const [author, member, moderator, outsider] = await Promise.all(
    (['author', 'member', 'moderator', 'outsider'] as const).map((w) => makeUser(w)),
  );
  sentinelAuthor = await makeUser('sentinel');
  users = { author, member, moderator, outsider, signedOut: null };
  groupId = await makeGroup([[author, 'MEMBER'], [member, 'MEMBER'], [moderator, 'MODERATOR']]);
});

afterAll(async () => {
  await closeLiveHub();
  await disconnectDb();
});

async function succeeds(p: Promise<unknown>): Promise<boolean> {
  try {
    await p;
    return true;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED'].includes(code ?? '')) throw e; // a real failure, not a refusal
    return false;
  }
}

async function annotate(articleId: string, visibility: Visibility, quote = 'climate') {
  return createAnnotation(users.author, {
    articleId,
    selector: selectorFor(quote),
    body: `note (${visibility})`,
    visibility,
    groupId: visibility === 'GROUP' ? groupId : undefined,
  });
}

/** Collects one viewer's live events and lets a test wait for a given one. */
function collector() {
  const events: ArticleEvent[] = [];
  const waiters: Array<() => void> = [];
  return {
    events,
    push(e: ArticleEvent) {
      events.push(e);
      for (const w of waiters.splice(0)) w();
    },
    ids: () => events.map((e) => (e.type === 'annotation' ? e.annotation.id : e.type === 'resync' ? 'resync' : e.id)),
    async waitForId(id: string) {
      while (!this.ids().includes(id)) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

describe.each(['PRIVATE', 'GROUP', 'PUBLIC'] as const)('a %s annotation', (visibility) => {
  it.each(WHO)('read/reply/edit/delete by %s', async (who) => {
    const { articleId } = await makeArticle();
    const a = await annotate(articleId, visibility);
    const user = users[who];
    const listed = (await listAnnotationsForArticle(user, articleId)).threads.some((t) => t.id === a.id);
    const got = {
      read: await succeeds(getAnnotation(user, a.id)),
      reply: await succeeds(createReply(user, a.id, { body: `reply by ${who}` })),
      edit: await succeeds(updateAnnotation(user, a.id, { version: (await getAnnotation(users.author, a.id)).version, body: `edit by ${who}` })),
      delete: await succeeds(deleteAnnotation(user, a.id)),
    };
    const want = Object.fromEntries((['read', 'reply', 'edit', 'delete'] as const).map((act) => [act, expected[visibility][act].includes(who)]));
    expect(got).toEqual(want);
    expect(listed).toBe(want.read);
  });

  it('reaches exactly the viewers who may read it live', async () => {
    const { articleId } = await makeArticle();
    const boxes = Object.fromEntries(WHO.map((w) => [w, collector()])) as Record<Who, ReturnType<typeof collector>>;
    const unsubscribes = await Promise.all(WHO.map((w) => subscribeArticleEvents(users[w], articleId, (e) => boxes[w].push(e))));
    try {
      const a = await annotate(articleId, visibility);
      const r = expected[visibility].reply.includes('member') ? await createReply(users.member, a.id, { body: 'live reply' }) : null;
      const sentinel = await createAnnotation(sentinelAuthor, { articleId, selector: selectorFor('data'), visibility: 'PUBLIC' });
      await Promise.all(WHO.map((w) => boxes[w].waitForId(sentinel.id)));
      const received = WHO.filter((w) => boxes[w].ids().includes(a.id));
      expect(received).toEqual(expected[visibility].live);
      if (r) expect(WHO.filter((w) => boxes[w].ids().includes(r.id))).toEqual(expected[visibility].live);
      // what arrives is the annotation itself, as that viewer may see it
      const own = boxes.author.events.find((e) => e.type === 'annotation' && e.annotation.id === a.id);
      expect(own?.type === 'annotation' && own.annotation.canEdit).toBe(true);
    } finally {
      for (const u of unsubscribes) u();
    }
  });
});

describe('live stream edge cases', () => {
  it('sends nothing for a write that fails, and tells former readers when something is hidden', async () => {
    const { articleId } = await makeArticle();
    const a = await annotate(articleId, 'GROUP');
    const boxes = Object.fromEntries(WHO.map((w) => [w, collector()])) as Record<Who, ReturnType<typeof collector>>;
    const unsubscribes = await Promise.all(WHO.map((w) => subscribeArticleEvents(users[w], articleId, (e) => boxes[w].push(e))));
    try {
      await expect(updateAnnotation(users.author, a.id, { version: 99, body: 'stale' })).rejects.toMatchObject({ code: 'CONFLICT' });
      const { hideAnnotation } = await import('./hide-annotation');
      await hideAnnotation(users.moderator, a.id);
      const sentinel = await createAnnotation(sentinelAuthor, { articleId, selector: selectorFor('data'), visibility: 'PUBLIC' });
      await Promise.all(WHO.map((w) => boxes[w].waitForId(sentinel.id)));
      // the failed update sent nothing: the only event about `a` is the hide
      const aboutA = (w: Who) =>
        boxes[w].events.filter((e) => e.type !== 'resync' && (e.type === 'annotation' ? e.annotation.id : e.id) === a.id);
      expect(aboutA('author').map((e) => (e.type === 'annotation' ? e.action : e.type))).toEqual(['hidden']);
      expect(aboutA('moderator').map((e) => (e.type === 'annotation' ? e.action : e.type))).toEqual(['hidden']);
      expect(boxes.member.events.find((e) => e.type === 'hidden')).toMatchObject({ type: 'hidden', id: a.id });
      const authorSees = boxes.author.events.find((e) => e.type === 'annotation' && e.annotation.id === a.id);
      expect(authorSees?.type === 'annotation' && authorSees.annotation.hidden).toBe(true);
      expect(boxes.outsider.ids()).not.toContain(a.id);
      expect(boxes.signedOut.ids()).not.toContain(a.id);
    } finally {
      for (const u of unsubscribes) u();
    }
  });
});
