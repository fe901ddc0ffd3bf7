/**
 * Seeds many annotations straight into the test database for the reader's
 * performance test: one uniquely named author and N public highlights at
 * pseudo-random spans of a seeded article (overlapping, some crossing
 * paragraphs), plus optional orphans. Local databases only.
 */
import { randomBytes } from 'node:crypto';
import { disconnectSeedDb, seedDb, type SeededArticle } from './seed-article';

const db = seedDb;

// One seeding client, shared with seed-article.ts.
export { disconnectSeedDb as disconnectAnnotationSeedDb };

const COLORS = ['plain', 'agree', 'dispute', 'question'];

/** Creates `count` public highlights (and `orphans` orphaned notes) on the article; returns their ids. */
export async function seedAnnotations(article: SeededArticle, count: number, orphans = 0): Promise<{ ids: string[]; orphanIds: string[] }> {
  const suffix = randomBytes(4).toString('hex');
  const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
  const author = await db().user.create({ data: { email: `bulk-${suffix}@example.org`, name: `Bulk ${suffix}` } });
  let seed = parseInt(suffix, 16) || 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const text = article.text;
  const rows = Array.from({ length: count }, (_, i) => {
    let start = Math.floor(rand() * (text.length - 40));
    let end = Math.min(text.length, start + 5 + Math.floor(rand() * 120));
    // Selections never start or end on the blank line between blocks.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) { start = 0; end = 5; }
    return {
      articleId: article.id,
      revisionId: revision.id,
      authorId: author.id,
      visibility: 'PUBLIC' as const,
      motivation: 'HIGHLIGHTING' as const,
      color: COLORS[i % COLORS.length],
      quoteExact: text.slice(start, end),
      quotePrefix: text.slice(Math.max(0, start - 32), start),
      quoteSuffix: text.slice(end, end + 32),
      positionStart: start,
      positionEnd: end,
    };
  });
  const orphanRows = Array.from({ length: orphans }, (_, i) => ({
    articleId: article.id,
    revisionId: revision.id,
    authorId: author.id,
    visibility: 'PUBLIC' as const,
    motivation: 'COMMENTING' as const,
    body: `Orphaned note ${i} ${suffix}`,
    quoteExact: `A sentence that was removed ${suffix}`,
    quotePrefix: '',
    quoteSuffix: '',
    positionStart: 0,
    positionEnd: 10,
    anchorStatus: 'ORPHANED' as const,
    anchorConfidence: 0,
  }));
  const created = await db().annotation.createManyAndReturn({ data: [...rows, ...orphanRows], select: { id: true, anchorStatus: true } });
  return {
    ids: created.filter((c) => c.anchorStatus !== 'ORPHANED').map((c) => c.id),
    orphanIds: created.filter((c) => c.anchorStatus === 'ORPHANED').map((c) => c.id),
  };
}
