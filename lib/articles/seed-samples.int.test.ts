/**
 * The shipped samples import cleanly. The shared test database already holds
 * articles, so this checks importSamples (what seedSampleArticlesIfEmpty runs
 * on an empty database) and that the "only when empty" guard holds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';
import { importSamples, seedSampleArticlesIfEmpty } from './seed-samples';

afterAll(disconnectDb);

describe('sample articles', () => {
  it('import with titles, bylines, dates and passages, and only into an empty table', async () => {
    await importSamples();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'samples@gloss.local' } });
    const samples = await prisma.article.findMany({ where: { importedById: user.id }, include: { currentRevision: { include: { passages: true } } } });
    expect(samples).toHaveLength(4);
    for (const a of samples) {
      expect(a.byline).toBeTruthy();
      expect(a.siteName).toMatch(/\(sample\)/);
      expect(a.publishedAt).not.toBeNull();
      expect(a.wordCount).toBeGreaterThan(400);
      expect(a.wordCount).toBeLessThan(900);
      expect(a.currentRevision!.passages.length).toBeGreaterThan(10);
    }
    // Re-running writes nothing new, and the seeder leaves a non-empty table alone.
    expect(await importSamples()).toBe(0);
    expect(await seedSampleArticlesIfEmpty()).toBe(0);
  });
});
