/**
 * Seeds an article straight into the test database (Article + current
 * ArticleRevision + Passages), so reader tests depend on neither sign-in nor
 * the import pipeline. The HTML follows the import contract: each block has
 * id="p-<n>" and data-passage="<n>", blocks are separated by "\n\n" text
 * nodes, and the container's textContent equals the canonical text exactly.
 */
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';

export type Block = { tag: 'p' | 'h2' | 'h3' | 'blockquote' | 'pre' | 'li'; text: string };

let client: PrismaClient | undefined;

/** The e2e seeding client (refuses any non-local database). */
export function seedDb(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run e2e tests through `npm test`.');
  if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(connectionString)) {
    throw new Error('Refusing to seed a non-local database from e2e tests.');
  }
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2 }) });
  return client;
}

export async function disconnectSeedDb() {
  await client?.$disconnect();
  client = undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderBlock(block: Block, ordinal: number): string {
  const attrs = `id="p-${ordinal}" data-passage="${ordinal}"`;
  const text = escapeHtml(block.text);
  if (block.tag === 'blockquote') return `<blockquote ${attrs}>${text}</blockquote>`;
  if (block.tag === 'pre') return `<pre ${attrs}><code>${text}</code></pre>`;
  if (block.tag === 'li') return `<ul><li ${attrs}>${text}</li></ul>`;
  return `<${block.tag} ${attrs}>${text}</${block.tag}>`;
}

export interface SeedOptions {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  sourceUrl?: string | null;
  excerpt?: string | null;
  publishedAt?: Date | null;
  blocks?: Block[];
}

export interface SeededArticle {
  id: string;
  slug: string;
  title: string;
  blocks: Block[];
  text: string;
}

/** Unique suffix for names, so parallel tests never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Creates one article with a single revision whose passages are `blocks`. */
export async function seedArticle(options: SeedOptions = {}): Promise<SeededArticle> {
  const suffix = uniqueSuffix();
  const title = options.title ?? `A Field Guide to Reading Slowly ${suffix}`;
  const slug = `e2e-${suffix}`;
  const blocks = options.blocks ?? [
    { tag: 'p', text: 'Reading slowly is not a failure of speed but a choice of attention.' },
    { tag: 'p', text: 'The second paragraph exists so that keyboard navigation has somewhere to go.' },
  ];

  // Canonical text: blocks joined by blank lines; passages are offsets into it.
  const passages: { ordinal: number; start: number; end: number; text: string }[] = [];
  let offset = 0;
  blocks.forEach((b, i) => {
    if (i > 0) offset += 2;
    passages.push({ ordinal: i + 1, start: offset, end: offset + b.text.length, text: b.text });
    offset += b.text.length;
  });
  const text = blocks.map((b) => b.text).join('\n\n');
  const html = blocks.map((b, i) => renderBlock(b, i + 1)).join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;

  const id = await seedDb().$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        slug,
        title,
        byline: options.byline === undefined ? 'Ada Reader' : options.byline,
        siteName: options.siteName === undefined ? 'The Slow Review' : options.siteName,
        sourceUrl: options.sourceUrl === undefined ? `https://slow.example.org/${suffix}` : options.sourceUrl,
        excerpt: options.excerpt === undefined ? blocks[0]?.text ?? null : options.excerpt,
        publishedAt: options.publishedAt === undefined ? new Date('2026-03-14T09:00:00Z') : options.publishedAt,
        wordCount,
      },
    });
    const revision = await tx.articleRevision.create({
      data: {
        articleId: article.id,
        number: 1,
        contentHash: `e2e-${suffix}`,
        text,
        html,
        wordCount,
        passages: { create: passages },
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
    return article.id;
  });
  return { id, slug, title, blocks, text };
}
