/**
 * Generates the search benchmark's corpus straight into Postgres in bulk:
 * articles of varied length whose paragraphs mix a Zipf-distributed invented
 * vocabulary with topical English words and phrases (so real queries have
 * common, rare and phrase matches), plus annotations with tags, claims,
 * stances, mixed visibility and replies. Every article and annotation gets an
 * outbox event, so indexing goes through the real worker. Deterministic.
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

/** Small fast deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Adds articles until the corpus has `targetPassages` passages; returns the new outbox event count. */
export async function growCorpus(s: CorpusState, targetPassages: number, log: (line: string) => void): Promise<number> {
  let events = 0;
  while (s.passages < targetPassages) {
    const articles: { id: string; slug: string; title: string; siteName: string; byline: string; createdAt: Date }[] = [];
    const revisions: { id: string; articleId: string; number: number; contentHash: string; text: string; html: string }[] = [];
    const passages: { id: string; revisionId: string; ordinal: number; start: number; end: number; text: string }[] = [];
    const annotations: Record<string, unknown>[] = [];
    const annotationTags: { annotationId: string; tagId: string }[] = [];
    while (passages.length < 5_000 && s.passages + passages.length < targetPassages) {
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
            createdAt: new Date(Date.UTC(2025, 6, 1) + s.annotations * 60_000),
          });
          for (const tag of new Set([pick(s, TAGS), pick(s, TAGS)].slice(0, 1 + Math.floor(s.random() * 2)))) annotationTags.push({ annotationId: aid, tagId: `bt_${tag}` });
          if (s.random() < 0.4) {
            const replies = 1 + Math.floor(s.random() * 3);
            for (let r = 0; r < replies; r++) {
              annotations.push({
                id: `an${s.annotations++}`, articleId: id, authorId: pick(s, s.userIds), parentId: aid, rootId: aid, body: sentence(s),
                visibility: 'PUBLIC', motivation: 'REPLYING', createdAt: new Date(Date.UTC(2025, 6, 2) + s.annotations * 60_000),
              });
            }
          }
        }
      });
    }
    await prisma.article.createMany({ data: articles });
    await prisma.articleRevision.createMany({ data: revisions });
    await prisma.$executeRaw`UPDATE "Article" SET "currentRevisionId" = 'r' || id WHERE id = ANY(${articles.map((a) => a.id)}::text[])`;
    for (let i = 0; i < passages.length; i += 2_500) await prisma.passage.createMany({ data: passages.slice(i, i + 2_500) });
    // Roots before replies: createMany keeps order within one statement.
    await prisma.annotation.createMany({ data: annotations as never });
    await prisma.annotationTag.createMany({ data: annotationTags });
    await prisma.outboxEvent.createMany({
      data: [
        ...articles.map((a) => ({ kind: 'article.upsert', entityId: a.id })),
        ...annotations.map((a) => ({ kind: 'annotation.upsert', entityId: a.id as string })),
      ],
    });
    events += articles.length + annotations.length;
    s.passages += passages.length;
    if (s.articles % 200 < articles.length) log(`corpus: ${s.passages} passages, ${s.annotations} annotations`);
  }
  return events;
}
