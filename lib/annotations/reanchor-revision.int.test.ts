/**
 * Re-importing an article with edits re-anchors its annotations in the same
 * transaction: they follow their text (anchored or moved, with fresh
 * selectors on the new revision), or become orphans that keep their quote.
 * Nothing is deleted, and search is told about every annotation touched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';
import { importArticle } from '../articles/import-article';
import { createAnnotation } from './create-annotation';
import { createReply } from './create-reply';
import { makeUser, unique } from './test-fixtures';

afterAll(disconnectDb);

const FIRST = [
  'Congestion fell by a fifth in the first year of the charge.',
  'Shop owners said footfall dropped, but card data showed spending rose four percent.',
  'The council plans to double the charge in the next budget.',
].join('\n\n');

const SECOND = [
  'A new opening paragraph pushes everything down the page.',
  'Congestion fell by a fifth in the first year of the charge.',
  'Shop owners said footfal dropped, but card data showed spending rose four percent.', // typo inside a quote
  // the council paragraph is gone
].join('\n\n');

async function annotate(user: Awaited<ReturnType<typeof makeUser>>, articleId: string, revisionId: string, text: string, exact: string) {
  const start = text.indexOf(exact);
  return createAnnotation(user, { articleId, revisionId, selector: { exact, start, end: start + exact.length }, visibility: 'PUBLIC' });
}

describe('re-anchoring on a new revision', () => {
  it('moves annotations with their text, orphans the deleted, and keeps every thread', async () => {
    const user = await makeUser('reanchor');
    const title = `Charge review ${unique()}`;
    const first = await importArticle(user, { kind: 'content', title, format: 'text', content: FIRST });
    const rev1 = await prisma.articleRevision.findUniqueOrThrow({ where: { id: first.revisionId } });

    const steady = await annotate(user, first.articleId, rev1.id, rev1.text, 'Congestion fell by a fifth');
    const edited = await annotate(user, first.articleId, rev1.id, rev1.text, 'footfall dropped, but card data showed spending rose');
    const gone = await annotate(user, first.articleId, rev1.id, rev1.text, 'double the charge in the next budget');
    const reply = await createReply(user, gone.id, { body: 'Is this confirmed?' });

    const second = await importArticle(user, { kind: 'content', title, format: 'text', content: SECOND });
    expect(second.status).toBe('revised');
    const rev2 = await prisma.articleRevision.findUniqueOrThrow({ where: { id: second.revisionId } });

    const rows = await prisma.annotation.findMany({ where: { articleId: first.articleId } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(4); // nothing deleted

    const s = byId.get(steady.id)!;
    expect(s.revisionId).toBe(rev2.id);
    expect(s.anchorStatus).toBe('MOVED'); // same words, new offsets
    expect(rev2.text.slice(s.positionStart!, s.positionEnd!)).toBe('Congestion fell by a fifth');
    expect(s.quoteExact).toBe('Congestion fell by a fifth');

    const e = byId.get(edited.id)!;
    expect(e.revisionId).toBe(rev2.id);
    expect(e.anchorStatus).toBe('MOVED');
    expect(e.anchorConfidence).toBeLessThan(1);
    expect(rev2.text.slice(e.positionStart!, e.positionEnd!)).toBe('footfal dropped, but card data showed spending rose');
    expect(e.quoteExact).toBe('footfal dropped, but card data showed spending rose');

    const g = byId.get(gone.id)!;
    expect(g.anchorStatus).toBe('ORPHANED');
    expect(g.revisionId).toBe(rev1.id); // its quote still refers to the text it was made on
    expect(g.quoteExact).toBe('double the charge in the next budget');
    expect(byId.get(reply.id)!.deletedAt).toBeNull();

    const queued = await prisma.outboxEvent.findMany({
      where: { kind: 'annotation.upsert', entityId: { in: [steady.id, edited.id, gone.id, reply.id] }, createdAt: { gte: rev2.createdAt } },
    });
    expect(new Set(queued.map((q) => q.entityId))).toEqual(new Set([steady.id, edited.id, gone.id, reply.id]));
  });

  it('leaves annotations untouched when the same text is imported again', async () => {
    const user = await makeUser('reanchor-same');
    const title = `Same text ${unique()}`;
    const first = await importArticle(user, { kind: 'content', title, format: 'text', content: FIRST });
    const rev1 = await prisma.articleRevision.findUniqueOrThrow({ where: { id: first.revisionId } });
    const a = await annotate(user, first.articleId, rev1.id, rev1.text, 'Congestion fell');
    const again = await importArticle(user, { kind: 'content', title, format: 'text', content: FIRST });
    expect(again.status).toBe('unchanged');
    const row = await prisma.annotation.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ revisionId: rev1.id, anchorStatus: 'ANCHORED', positionStart: rev1.text.indexOf('Congestion fell') });
  });
});
