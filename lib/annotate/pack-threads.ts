/**
 * A compact, lossless wire form of an article's annotation threads for the
 * reader's first load. The article page hands its threads to the client
 * component as props, which Next serializes into the page (the RSC payload);
 * for 2,000 highlights the plain objects were ~1.8 MB of repeated keys,
 * article ids, author objects, quotes and derived tallies, all parsed before
 * the page could hydrate. Packed, each annotation keeps only what differs:
 * authors and groups go into tables, defaults are left out, abilities become
 * a bitmask, dates numbers, and a quote that is exactly the canonical text
 * at its offsets (with its prefix and suffix) becomes just its offsets; the
 * reader takes those strings back from the article body's text (which is
 * the canonical text). Tallies are recomputed with the data layer's own
 * function. Pure: no DOM, React or Prisma.
 */
import type { AnnotationThread, AnnotationView, TextSelectors } from '../annotations/annotation-view';
import type { AnchorStatus, Motivation, Stance, Visibility } from '../generated/prisma/enums';
import { isAnchored } from './highlight-specs';
import { withTally } from './thread-state';

const ABILITIES = ['canReply', 'canEdit', 'canDelete', 'canHide', 'canFlag'] as const;

/** One annotation or reply, packed. Absent keys take the defaults noted. */
interface PackedItem {
  i: string;
  /** parentId (absent: null). */
  p?: string;
  /** rootId (absent: the thread's root, or itself for a root). */
  r?: string;
  /** Index into `people` (the author). */
  a: number;
  /** visibility (absent: PUBLIC). */
  v?: Visibility;
  /** Index into `groups` (absent: no group). */
  g?: number;
  /** motivation (absent: HIGHLIGHTING). */
  m?: Motivation;
  c?: string;
  /** Markdown body and its sanitized HTML (absent: null and ''). */
  b?: string;
  h?: string;
  /** Indexes into `tags`. */
  t?: number[];
  /** isClaim. */
  k?: 1;
  cs?: string;
  st?: Stance;
  /** Selectors: [start, end, prefix length, suffix length] when the quote is the canonical text there, else in full. */
  s?: [number, number, number, number] | TextSelectors;
  /** anchorStatus (absent: ANCHORED) and anchorConfidence (absent: 1). */
  as?: AnchorStatus;
  ac?: number;
  /** Index into `revisions` (absent: null). */
  rv?: number;
  n: number;
  /** createdAt, updatedAt (absent: createdAt) and editedAt, in ms since the epoch. */
  ct: number;
  ut?: number;
  et?: number;
  d?: 1;
  x?: 1;
  /** Abilities, one bit each in ABILITIES order. */
  f: number;
  /** A root's replies. */
  re?: PackedItem[];
}

/** The threads of one article, packed. */
export interface PackedThreads {
  people: Array<[id: string, name: string]>;
  groups: Array<{ id: string; name: string; slug: string }>;
  tags: Array<{ name: string; slug: string }>;
  revisions: string[];
  items: PackedItem[];
}

/** What unpacking needs besides the package: the article, and its canonical text where available. */
export interface UnpackContext {
  articleId: string;
  articleSlug: string;
  /**
   * The canonical text, to restore quotes sent as offsets. Null on the server's render of the
   * client component, which has no document: those quotes are then empty, which it never shows
   * (only orphans' and claims' quotes are shown, and those are always sent in full).
   */
  text: string | null;
}

function table<T>(key: (x: T) => string) {
  const index = new Map<string, number>();
  const list: T[] = [];
  return {
    list,
    add(x: T): number {
      const k = key(x);
      let i = index.get(k);
      if (i === undefined) {
        i = list.length;
        list.push(x);
        index.set(k, i);
      }
      return i;
    },
  };
}

/**
 * Packs an article's threads. `text` is the canonical text of the revision the reader shows:
 * quotes of anchored, non-claim annotations that match it exactly are sent as offsets.
 */
export function packThreads(threads: readonly AnnotationThread[], text: string): PackedThreads {
  const people = table<[string, string]>((p) => p[0]);
  const groups = table<{ id: string; name: string; slug: string }>((g) => g.id);
  const tags = table<{ name: string; slug: string }>((t) => `${t.slug}\u0000${t.name}`);
  const revisions = table<string>((r) => r);
  const pack = (a: AnnotationView, rootId: string, derivable: boolean): PackedItem => {
    const item: PackedItem = { i: a.id, a: people.add([a.author.id, a.author.name]), n: a.version, ct: a.createdAt.getTime(), f: 0 };
    if (a.parentId !== null) item.p = a.parentId;
    if (a.rootId !== rootId) item.r = a.rootId;
    if (a.visibility !== 'PUBLIC') item.v = a.visibility;
    if (a.group) item.g = groups.add(a.group);
    if (a.motivation !== 'HIGHLIGHTING') item.m = a.motivation;
    if (a.color !== null) item.c = a.color;
    if (a.body !== null) item.b = a.body;
    if (a.bodyHtml !== '') item.h = a.bodyHtml;
    if (a.tags.length) item.t = a.tags.map((t) => tags.add(t));
    if (a.isClaim) item.k = 1;
    if (a.claimStatement !== null) item.cs = a.claimStatement;
    if (a.stance !== null) item.st = a.stance;
    const s = a.selectors;
    if (s) {
      const fromText =
        derivable &&
        s.start >= s.prefix.length &&
        text.slice(s.start, s.end) === s.exact &&
        text.slice(s.start - s.prefix.length, s.start) === s.prefix &&
        text.slice(s.end, s.end + s.suffix.length) === s.suffix;
      item.s = fromText ? [s.start, s.end, s.prefix.length, s.suffix.length] : s;
    }
    if (a.anchorStatus !== 'ANCHORED') item.as = a.anchorStatus;
    if (a.anchorConfidence !== 1) item.ac = a.anchorConfidence;
    if (a.revisionId !== null) item.rv = revisions.add(a.revisionId);
    if (a.updatedAt.getTime() !== item.ct) item.ut = a.updatedAt.getTime();
    if (a.editedAt) item.et = a.editedAt.getTime();
    if (a.deleted) item.d = 1;
    if (a.hidden) item.x = 1;
    ABILITIES.forEach((k, bit) => {
      if (a[k]) item.f |= 1 << bit;
    });
    return item;
  };
  const items = threads.map((t) => {
    const item = pack(t, t.id, isAnchored(t) && !t.isClaim);
    if (t.replies.length) item.re = t.replies.map((r) => pack(r, t.id, false));
    return item;
  });
  return { people: people.list, groups: groups.list, tags: tags.list, revisions: revisions.list, items };
}

/** The threads back, exactly as packed (see UnpackContext for the one exception on the server). */
export function unpackThreads(packed: PackedThreads, ctx: UnpackContext): AnnotationThread[] {
  const slice = (from: number, to: number) => (ctx.text === null ? '' : ctx.text.slice(from, to));
  const unpack = (p: PackedItem, rootId: string): AnnotationView => {
    const [authorId, authorName] = packed.people[p.a];
    const s = p.s;
    const view: AnnotationView = {
      id: p.i,
      articleId: ctx.articleId,
      articleSlug: ctx.articleSlug,
      revisionId: p.rv === undefined ? null : packed.revisions[p.rv],
      parentId: p.p ?? null,
      rootId: p.r ?? rootId,
      author: { id: authorId, name: authorName },
      visibility: p.v ?? 'PUBLIC',
      group: p.g === undefined ? null : packed.groups[p.g],
      motivation: p.m ?? 'HIGHLIGHTING',
      color: p.c ?? null,
      body: p.b ?? null,
      bodyHtml: p.h ?? '',
      tags: (p.t ?? []).map((i) => packed.tags[i]),
      isClaim: p.k === 1,
      claimStatement: p.cs ?? null,
      stance: p.st ?? null,
      selectors: !s
        ? null
        : Array.isArray(s)
          ? { exact: slice(s[0], s[1]), prefix: slice(s[0] - s[2], s[0]), suffix: slice(s[1], s[1] + s[3]), start: s[0], end: s[1] }
          : s,
      anchorStatus: p.as ?? 'ANCHORED',
      anchorConfidence: p.ac ?? 1,
      version: p.n,
      createdAt: new Date(p.ct),
      updatedAt: new Date(p.ut ?? p.ct),
      editedAt: p.et === undefined ? null : new Date(p.et),
      deleted: p.d === 1,
      hidden: p.x === 1,
      canReply: false,
      canEdit: false,
      canDelete: false,
      canHide: false,
      canFlag: false,
    };
    ABILITIES.forEach((k, bit) => {
      view[k] = (p.f & (1 << bit)) !== 0;
    });
    return view;
  };
  return packed.items.map((p) => {
    const root = unpack(p, p.i);
    return withTally({ ...root, replies: (p.re ?? []).map((r) => unpack(r, root.id)), stanceTally: { supports: 0, disputes: 0, needsContext: 0, question: 0 }, contestedness: { label: 'none', score: 0 } });
  });
}
