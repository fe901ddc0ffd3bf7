/**
 * Generates the search benchmark's corpus straight into Postgres in bulk:
 * articles of varied length whose paragraphs mix a Zipf-distributed invented
 * vocabulary with topical English words and phrases (so real queries have
 * common, rare and phrase matches), plus annotations with tags, claims,
 * stances, mixed visibility and replies. Every article and annotation gets an
 * outbox event, so indexing goes through the real worker, unless the caller
 * indexes in bulk instead (the 1M size, through reindexAll). Rows go in with
 * one INSERT ... SELECT unnest(...) per table and batch: Prisma's createMany
 * would take ~25 minutes for 1M passages here. Deterministic.
 */
import { prisma } from '../lib/db';

const TOPICAL = [
  'congestion', 'transit', 'housing', 'climate', 'policy', 'density', 'zoning', 'bicycle', 'pedestrian', 'parking', 'tram', 'railway',
  'emissions', 'budget', 'council', 'neighbourhood', 'commute', 'highway', 'pricing', 'infrastructure', 'subsidy', 'tenants', 'rent',
  'affordable', 'suburb', 'walkable', 'electric', 'freight', 'station', 'timetable', 'ridership', 'fare', 'safety', 'noise', 'trees',
];
const PHRASES = ['induced demand', 'public transit', 'congestion pricing', 'land value tax', 'missing middle', 'road diet', 'bus rapid transit'];
export const TAGS = ['urbanism', 'climate', 'transport', 'housing', 'economics', 'history', 'data', 'policy', 'opinion', 'evidence',
  'question', 'todo', 'important', 'method', 'quote', 'counterpoint', 'source', 'summary', 'critique', 'followup'];
const STANCES = ['SUPPORTS', 'DISPUTES', 'NEEDS_CONTEXT', 'QUESTION'] as const;

import { rng } from './random';

export { rng };

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sil', 'du', 'ne', 'ph', 'ar', 'bel', 'cos', 'tri', 'und', 'ex', 'pol', 'sta', 'ver', 'min', 'gra', 'ho', 'lis', 'tur'];
function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'be', 'by', 'on', 'not', 'this']);
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

export interface CorpusState {
  random: () => number;
  vocab: string[];
  articles: number;
  passages: number;
  annotations: number;
  userIds: string[];
  groupIds: string[];
  /** Members of groupIds[0] and groupIds[1]: the signed-in viewer of the benchmark. */
  viewerId: string;
}

/** Creates users, groups and tags once. */
export async function startCorpus(): Promise<CorpusState> {
  const random = rng(20261122);
  const userIds = Array.from({ length: 40 }, (_, i) => `bu${i}`);
  await prisma.user.createMany({ data: userIds.map((id, i) => ({ id, email: `${id}@bench.test`, name: `Reader ${i}` })) });
  const groupIds = Array.from({ length: 6 }, (_, i) => `bg${i}`);
  await prisma.group.createMany({ data: groupIds.map((id) => ({ id, name: id, slug: id, inviteCode: `inv-${id}`, createdById: 'bu0' })) });
  await prisma.membership.createMany({
    data: userIds.flatMap((userId, i) => [{ groupId: groupIds[i % 6], userId }, ...(i === 0 ? [{ groupId: 'bg1', userId }] : [])]),
  });
  await prisma.tag.createMany({ data: TAGS.map((name) => ({ id: `bt_${name}`, name, slug: name })) });
  return { random, vocab: vocabulary(6000, random), articles: 0, passages: 0, annotations: 0, userIds, groupIds, viewerId: 'bu0' };
}

function sentence(s: CorpusState): string {
  const n = 8 + Math.floor(s.random() * 18);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = s.random();
    if (r < 0.06) out.push(TOPICAL[Math.floor(Math.pow(s.random(), 1.5) * TOPICAL.length)]);
    else if (r < 0.075) out.push(PHRASES[Math.floor(s.random() * PHRASES.length)]);
    else out.push(s.vocab[Math.floor(Math.pow(s.random(), 3) * s.vocab.length)]);
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function paragraph(s: CorpusState): string {
  const n = 1 + Math.floor(s.random() * 5);
  return Array.from({ length: n }, () => sentence(s)).join(' ');
}

const pick = <T>(s: CorpusState, xs: readonly T[]) => xs[Math.floor(s.random() * xs.length)];

interface AnnotationRow {
  id: string; articleId: string; revisionId: string | null; authorId: string; body: string; quoteExact: string | null;
  visibility: 'PUBLIC' | 'PRIVATE' | 'GROUP'; groupId: string | null; motivation: 'COMMENTING' | 'REPLYING'; isClaim: boolean;
  claimStatement: string | null; stance: string | null; parentId: string | null; rootId: string | null; createdAt: Date;
}

/**
 * Adds articles until the corpus has `targetPassages` passages; returns the
 * new outbox event count (0 with `outbox: false`, when the caller indexes in bulk).
 */
export async function growCorpus(
  s: CorpusState,
  targetPassages: number,
  log: (line: string) => void,
  opts: { outbox?: boolean } = {},
): Promise<number> {
  const outbox = opts.outbox ?? true;
  let events = 0;
  while (s.passages < targetPassages) {
    const articles: { id: string; slug: string; title: string; siteName: string; byline: string; createdAt: Date }[] = [];
    const revisions: { id: string; articleId: string; number: number; contentHash: string; text: string; html: string }[] = [];
    const passages: { id: string; revisionId: string; ordinal: number; start: number; end: number; text: string }[] = [];
    const annotations: AnnotationRow[] = [];
    const annotationTags: { annotationId: string; tagId: string }[] = [];
    while (passages.length < 10_000 && s.passages + passages.length < targetPassages) {
      const n = s.articles++;
      const id = `ba${n}`;
      const count = Math.min(5 + Math.floor(s.random() * 36), targetPassages - s.passages - passages.length);
      const paras = Array.from({ length: count }, () => paragraph(s));
      const title = sentence(s).slice(0, 60).replace(/\.$/, '');
      articles.push({ id, slug: `bench-${n}`, title, siteName: 'Bench Times', byline: `Writer ${n % 97}`, createdAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000) });
      revisions.push({ id: `r${id}`, articleId: id, number: 1, contentHash: id, text: paras.join('\n\n'), html: '' });
      let offset = 0;
      paras.forEach((text, ordinal) => {
        passages.push({ id: `p${id}_${ordinal}`, revisionId: `r${id}`, ordinal, start: offset, end: offset + text.length, text });
        offset += text.length + 2;
        if (s.random() < 0.2) {
          const aid = `an${s.annotations++}`;
          const vis = s.random();
          const author = pick(s, s.userIds);
          const isClaim = s.random() < 0.15;
          annotations.push({
            id: aid, articleId: id, revisionId: `r${id}`, authorId: author, body: sentence(s), quoteExact: text.slice(0, 80),
            visibility: vis < 0.6 ? 'PUBLIC' : vis < 0.85 ? 'PRIVATE' : 'GROUP', groupId: vis >= 0.85 ? pick(s, s.groupIds) : null,
            motivation: 'COMMENTING', isClaim, claimStatement: isClaim ? sentence(s) : null, stance: isClaim ? pick(s, STANCES) : null,
            parentId: null, rootId: null, createdAt: new Date(Date.UTC(2025, 6, 1) + s.annotations * 60_000),
          });
          for (const tag of new Set([pick(s, TAGS), pick(s, TAGS)].slice(0, 1 + Math.floor(s.random() * 2)))) annotationTags.push({ annotationId: aid, tagId: `bt_${tag}` });
          if (s.random() < 0.4) {
            const replies = 1 + Math.floor(s.random() * 3);
            for (let r = 0; r < replies; r++) {
              annotations.push({
                id: `an${s.annotations++}`, articleId: id, revisionId: null, authorId: pick(s, s.userIds), parentId: aid, rootId: aid, body: sentence(s),
                quoteExact: null, visibility: 'PUBLIC', groupId: null, motivation: 'REPLYING', isClaim: false, claimStatement: null, stance: null,
                createdAt: new Date(Date.UTC(2025, 6, 2) + s.annotations * 60_000),
              });
            }
          }
        }
      });
    }
    await writeBatch({ articles, revisions, passages, annotations, annotationTags }, outbox);
    if (outbox) events += articles.length + annotations.length;
    s.passages += passages.length;
    if (s.articles % 200 < articles.length) log(`corpus: ${s.passages} passages, ${s.annotations} annotations`);
  }
  return events;
}

const col = <T, K extends keyof T>(rows: T[], key: K) => rows.map((r) => r[key]);

/** One transaction, one INSERT ... SELECT FROM unnest(arrays) per table. */
async function writeBatch(
  b: {
    articles: { id: string; slug: string; title: string; siteName: string; byline: string; createdAt: Date }[];
    revisions: { id: string; articleId: string; number: number; contentHash: string; text: string; html: string }[];
    passages: { id: string; revisionId: string; ordinal: number; start: number; end: number; text: string }[];
    annotations: AnnotationRow[];
    annotationTags: { annotationId: string; tagId: string }[];
  },
  outbox: boolean,
) {
  const { articles: ar, revisions: rv, passages: ps, annotations: an, annotationTags: at } = b;
  // Interactive, with a long timeout: a batch of 10k passages updates the full-text GIN index too.
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "Article" (id, slug, title, "siteName", byline, "createdAt", "updatedAt")
      SELECT id, slug, title, site, byline, created, created FROM unnest(${col(ar, 'id')}::text[], ${col(ar, 'slug')}::text[], ${col(ar, 'title')}::text[],
        ${col(ar, 'siteName')}::text[], ${col(ar, 'byline')}::text[], ${col(ar, 'createdAt')}::timestamp(3)[]) AS t(id, slug, title, site, byline, created)`;
    await tx.$executeRaw`INSERT INTO "ArticleRevision" (id, "articleId", number, "contentHash", text, html)
      SELECT * FROM unnest(${col(rv, 'id')}::text[], ${col(rv, 'articleId')}::text[], ${col(rv, 'number')}::int[], ${col(rv, 'contentHash')}::text[],
        ${col(rv, 'text')}::text[], ${col(rv, 'html')}::text[])`;
    await tx.$executeRaw`UPDATE "Article" SET "currentRevisionId" = 'r' || id WHERE id = ANY(${col(ar, 'id')}::text[])`;
    await tx.$executeRaw`INSERT INTO "Passage" (id, "revisionId", ordinal, start, "end", text)
      SELECT * FROM unnest(${col(ps, 'id')}::text[], ${col(ps, 'revisionId')}::text[], ${col(ps, 'ordinal')}::int[], ${col(ps, 'start')}::int[],
        ${col(ps, 'end')}::int[], ${col(ps, 'text')}::text[])`;
    // Roots come before their replies in the arrays, and unnest keeps that order.
    await tx.$executeRaw`INSERT INTO "Annotation" (id, "articleId", "revisionId", "authorId", body, "quoteExact", visibility, "groupId", motivation,
        "isClaim", "claimStatement", stance, "parentId", "rootId", "createdAt", "updatedAt")
      SELECT id, art, rev, author, body, quote, vis::"Visibility", grp, mot::"Motivation", claim, stmt, stance::"Stance", parent, root, created, created
      FROM unnest(${col(an, 'id')}::text[], ${col(an, 'articleId')}::text[], ${col(an, 'revisionId')}::text[], ${col(an, 'authorId')}::text[],
        ${col(an, 'body')}::text[], ${col(an, 'quoteExact')}::text[], ${col(an, 'visibility')}::text[], ${col(an, 'groupId')}::text[],
        ${col(an, 'motivation')}::text[], ${col(an, 'isClaim')}::boolean[], ${col(an, 'claimStatement')}::text[], ${col(an, 'stance')}::text[],
        ${col(an, 'parentId')}::text[], ${col(an, 'rootId')}::text[], ${col(an, 'createdAt')}::timestamp(3)[])
        AS t(id, art, rev, author, body, quote, vis, grp, mot, claim, stmt, stance, parent, root, created)`;
    await tx.$executeRaw`INSERT INTO "AnnotationTag" ("annotationId", "tagId") SELECT * FROM unnest(${col(at, 'annotationId')}::text[], ${col(at, 'tagId')}::text[])`;
    if (outbox) {
      await tx.$executeRaw`INSERT INTO "OutboxEvent" (kind, "entityId")
        SELECT * FROM unnest(${[...ar.map(() => 'article.upsert'), ...an.map(() => 'annotation.upsert')]}::text[], ${[...col(ar, 'id'), ...col(an, 'id')]}::text[])`;
    }
  }, { timeout: 300_000, maxWait: 30_000 });
}
