/**
 * Gloss annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/)
 * and back. Pure: no database, no framework. `toW3C` is what the API returns
 * and the live stream sends; `fromW3C` reads what API clients POST/PATCH.
 *
 * Mapping:
 * - body: TextualBody items, `format: text/markdown`; purpose `commenting`
 *   (a note), `replying` (a reply's text) and one `tagging` item per tag.
 * - target: `{source: <article URL>, selector: [TextQuoteSelector,
 *   TextPositionSelector]}` for annotations; the parent annotation's URL for
 *   replies.
 * - Gloss's own fields sit under the `gloss:` prefix declared in @context:
 *   visibility (private|group|public), group, claim {statement}, stance
 *   (supports|disputes|needs_context|question), status {anchor, confidence},
 *   version (for If-Match-style concurrency), color, article id, hidden,
 *   deleted.
 */
import { z } from 'zod';
import type { AnnotationView } from './annotation-view';
import type { SelectorInput } from './annotation-input';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'replying' | 'tagging';
  value: string;
  format: 'text/markdown' | 'text/plain';
}

export type W3CSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface W3CAnnotation {
  '@context': [typeof ANNO_CONTEXT, { gloss: string }];
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging' | 'replying';
  body: W3CTextualBody[];
  target: { source: string; selector: W3CSelector[] } | string;
  creator: { id: string; type: 'Person'; name: string };
  created: string;
  modified: string;
  'gloss:article': string;
  'gloss:root': string;
  'gloss:visibility': 'private' | 'group' | 'public';
  'gloss:group': { id: string; name: string; slug: string } | null;
  'gloss:color': string | null;
  'gloss:claim': { statement: string } | null;
  'gloss:stance': 'supports' | 'disputes' | 'needs_context' | 'question' | null;
  'gloss:status': { anchor: 'anchored' | 'moved' | 'orphaned'; confidence: number };
  'gloss:version': number;
  'gloss:edited': string | null;
  'gloss:hidden': boolean;
  'gloss:deleted': boolean;
}

export interface W3CLinks {
  /** Origin of this Gloss instance, e.g. "https://gloss.example.org" (no trailing slash). */
  origin: string;
  /** The article's reader URL, the `target.source` of top-level annotations (default: <origin>/articles/<slug>). */
  articleUrl?: string;
}

/** The URL that identifies an annotation (its API address). */
export function annotationUrl(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}/api/annotations/${encodeURIComponent(id)}`;
}

/** The JSON-LD context Gloss uses. */
export function glossContext(origin: string): W3CAnnotation['@context'] {
  return [ANNO_CONTEXT, { gloss: `${origin.replace(/\/+$/, '')}/ns/gloss#` }];
}

/** An annotation view as a W3C Web Annotation. */
export function toW3C(a: AnnotationView, links: W3CLinks): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (a.body) body.push({ type: 'TextualBody', purpose: a.parentId ? 'replying' : 'commenting', value: a.body, format: 'text/markdown' });
  for (const t of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: t.name, format: 'text/plain' });
  const target: W3CAnnotation['target'] = a.parentId
    ? annotationUrl(links.origin, a.parentId)
    : {
        source: links.articleUrl ?? `${links.origin.replace(/\/+$/, '')}/articles/${encodeURIComponent(a.articleSlug)}`,
        selector: a.selectors
          ? [
              { type: 'TextQuoteSelector', exact: a.selectors.exact, prefix: a.selectors.prefix, suffix: a.selectors.suffix },
              { type: 'TextPositionSelector', start: a.selectors.start, end: a.selectors.end },
            ]
          : [],
      };
  return {
    '@context': glossContext(links.origin),
    id: annotationUrl(links.origin, a.id),
    type: 'Annotation',
    motivation: a.motivation.toLowerCase() as W3CAnnotation['motivation'],
    body,
    target,
    creator: { id: `${links.origin.replace(/\/+$/, '')}/users/${encodeURIComponent(a.author.id)}`, type: 'Person', name: a.author.name },
    created: a.createdAt.toISOString(),
    modified: a.updatedAt.toISOString(),
    'gloss:article': a.articleId,
    'gloss:root': a.rootId,
    'gloss:visibility': a.visibility.toLowerCase() as W3CAnnotation['gloss:visibility'],
    'gloss:group': a.group,
    'gloss:color': a.color,
    'gloss:claim': a.isClaim && a.claimStatement ? { statement: a.claimStatement } : null,
    'gloss:stance': (a.stance?.toLowerCase() ?? null) as W3CAnnotation['gloss:stance'],
    'gloss:status': { anchor: a.anchorStatus.toLowerCase() as 'anchored', confidence: a.anchorConfidence },
    'gloss:version': a.version,
    'gloss:edited': a.editedAt?.toISOString() ?? null,
    'gloss:hidden': a.hidden,
    'gloss:deleted': a.deleted,
  };
}

// ---------- reading W3C input ----------

const textualBody = z.object({
  type: z.string().optional(),
  purpose: z.enum(['commenting', 'replying', 'tagging', 'describing']).optional(),
  value: z.string(),
  format: z.string().optional(),
});
const selector = z.union([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
  z.object({ type: z.string() }).loose(), // other selector types are ignored
]);
const one = <T extends z.ZodType>(s: T) => z.union([s, z.array(s)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
const lower = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s) => s.toLowerCase().replace(/-/g, '_')).pipe(z.enum(values));

export const w3cInputSchema = z
  .object({
    '@context': z.unknown().optional(),
    type: z.literal('Annotation').optional(),
    motivation: one(z.string()).optional(),
    body: one(textualBody).optional(),
    target: z.union([
      z.string().min(1),
      z.object({ source: z.string().min(1), selector: one(selector).optional() }).loose(),
    ]).optional(),
    'gloss:article': z.string().optional(),
    'gloss:revision': z.string().optional(),
    'gloss:visibility': lower(['private', 'group', 'public'] as const).optional(),
    'gloss:group': z.union([z.string(), z.object({ id: z.string() }).loose(), z.null()]).optional(),
    'gloss:color': z.string().nullable().optional(),
    'gloss:claim': z.union([z.object({ statement: z.string() }).loose(), z.null()]).optional(),
    'gloss:stance': z.union([lower(['supports', 'disputes', 'needs_context', 'question'] as const), z.null()]).optional(),
    'gloss:version': z.number().int().optional(),
  })
  .loose();

export type W3CInput = z.input<typeof w3cInputSchema>;

/** What a W3C document asks for, in Gloss's terms (fields absent = not given). */
export interface GlossFromW3C {
  /** Top-level on an article (by id or by reader URL slug), or a reply to an annotation id. */
  target:
    | { kind: 'article'; articleId?: string; articleSlug?: string; revisionId?: string; selector?: SelectorInput }
    | { kind: 'reply'; parentId: string }
    | { kind: 'none' };
  motivation?: 'HIGHLIGHTING' | 'COMMENTING' | 'TAGGING' | 'REPLYING';
  body?: string | null;
  tags?: string[];
  visibility?: 'PRIVATE' | 'GROUP' | 'PUBLIC';
  groupId?: string | null;
  color?: string | null;
  isClaim?: boolean;
  claimStatement?: string | null;
  stance?: 'SUPPORTS' | 'DISPUTES' | 'NEEDS_CONTEXT' | 'QUESTION' | null;
  version?: number;
}

/** The last path segment of a URL or path, or the string itself. */
function lastSegment(ref: string): string {
  const path = ref.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Parses a W3C Web Annotation document (throws ZodError on a malformed one). */
export function fromW3C(json: unknown): GlossFromW3C {
  const doc = w3cInputSchema.parse(json);
  const out: GlossFromW3C = { target: { kind: 'none' } };

  const t = doc.target;
  const source = typeof t === 'string' ? t : t?.source;
  const isAnnotationRef = (ref: string) => /\/api\/annotations\/[^/]+\/?$/.test(ref.replace(/[?#].*$/, '')) || !/[/:]/.test(ref);
  const articleSlugOf = (ref: string) => (/\/articles\/[^/]+\/?$/.test(ref.replace(/[?#].*$/, '')) ? lastSegment(ref) : undefined);
  if (source !== undefined && isAnnotationRef(source)) {
    out.target = { kind: 'reply', parentId: lastSegment(source) };
  } else if (source !== undefined || doc['gloss:article']) {
    const selectors = typeof t === 'object' ? (t.selector ?? []) : [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string } | undefined;
    const pos = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
    out.target = {
      kind: 'article',
      articleId: doc['gloss:article'],
      articleSlug: source ? articleSlugOf(source) : undefined,
      revisionId: doc['gloss:revision'],
      selector: quote && pos ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: pos.start, end: pos.end } : undefined,
    };
  }

  const motivations = (doc.motivation ?? []).map((m) => m.toLowerCase());
  const known = motivations.find((m) => ['highlighting', 'commenting', 'tagging', 'replying'].includes(m));
  if (known) out.motivation = known.toUpperCase() as GlossFromW3C['motivation'];

  if (doc.body !== undefined) {
    const bodies = doc.body;
    const text = bodies.find((b) => b.purpose === 'commenting' || b.purpose === 'replying' || b.purpose === undefined || b.purpose === 'describing');
    out.body = text ? text.value : null;
    out.tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  }
  if (doc['gloss:visibility']) out.visibility = doc['gloss:visibility'].toUpperCase() as GlossFromW3C['visibility'];
  const g = doc['gloss:group'];
  if (g !== undefined) out.groupId = g === null ? null : typeof g === 'string' ? lastSegment(g) : g.id;
  if (doc['gloss:color'] !== undefined) out.color = doc['gloss:color'];
  const claim = doc['gloss:claim'];
  if (claim !== undefined) {
    out.isClaim = claim !== null;
    out.claimStatement = claim?.statement ?? null;
  }
  const stance = doc['gloss:stance'];
  if (stance !== undefined) out.stance = stance === null ? null : (stance.toUpperCase() as GlossFromW3C['stance']);
  if (doc['gloss:version'] !== undefined) out.version = doc['gloss:version'];
  return out;
}
