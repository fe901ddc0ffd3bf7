/**
 * When an article gets a new revision, every annotation on it is re-anchored
 * on the new canonical text, inside the import's transaction: found ones get
 * fresh selectors (quote, context and offsets from the new text) and the new
 * revision id, with status anchored/moved and the matcher's confidence; the
 * ones that can't be placed safely become ORPHANED and keep their old quote,
 * offsets and revision so the Orphans panel can still show what they said.
 * Nothing is ever deleted. (Selectors change here without bumping `version`:
 * re-anchoring is not a person's edit and must not make their edits 409.)
 */
import { anchorAll, describe, type Selector } from '../anchoring';
import type { Prisma } from '../generated/prisma/client';
import { enqueueSearchUpdates } from '../search/enqueue';

export interface ReanchorSummary {
  anchored: number;
  moved: number;
  orphaned: number;
}

const STATUS = { anchored: 'ANCHORED', moved: 'MOVED', orphaned: 'ORPHANED' } as const;

/** Re-anchors the article's top-level annotations on `revision`; returns how many landed how. */
export async function reanchorRevision(
  tx: Prisma.TransactionClient,
  articleId: string,
  revision: { id: string; text: string },
): Promise<ReanchorSummary> {
  const rows = await tx.annotation.findMany({
    where: { articleId, parentId: null, quoteExact: { not: null } },
    select: { id: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true, positionEnd: true },
    orderBy: { positionStart: 'asc' },
  });
  const summary: ReanchorSummary = { anchored: 0, moved: 0, orphaned: 0 };
  if (rows.length === 0) return summary;

  const outcomes = anchorAll(
    revision.text,
    rows.map((r) => ({ selectors: selectorsOf(r) })),
  );
  const placed = { id: [] as string[], start: [] as number[], end: [] as number[], exact: [] as string[], prefix: [] as string[], suffix: [] as string[], status: [] as string[], confidence: [] as number[] };
  const orphaned: string[] = [];
  outcomes.forEach((outcome, i) => {
    summary[outcome.status] += 1;
    if (!outcome.anchor) {
      orphaned.push(rows[i].id);
      return;
    }
    const [quote] = describe(revision.text, outcome.anchor.start, outcome.anchor.end);
    placed.id.push(rows[i].id);
    placed.start.push(outcome.anchor.start);
    placed.end.push(outcome.anchor.end);
    placed.exact.push(quote.exact);
    placed.prefix.push(quote.prefix ?? '');
    placed.suffix.push(quote.suffix ?? '');
    placed.status.push(STATUS[outcome.status]);
    placed.confidence.push(outcome.anchor.confidence);
  });

  // One statement for all placed annotations: thousands of single updates would hold the import open for seconds.
  if (placed.id.length) {
    await tx.$executeRaw`
      UPDATE "Annotation" AS a SET
        "revisionId" = ${revision.id},
        "positionStart" = v.start, "positionEnd" = v."end",
        "quoteExact" = v.exact, "quotePrefix" = v.prefix, "quoteSuffix" = v.suffix,
        "anchorStatus" = v.status::"AnchorStatus", "anchorConfidence" = v.confidence
      FROM unnest(${placed.id}::text[], ${placed.start}::int[], ${placed.end}::int[], ${placed.exact}::text[],
                  ${placed.prefix}::text[], ${placed.suffix}::text[], ${placed.status}::text[], ${placed.confidence}::float8[])
        AS v(id, start, "end", exact, prefix, suffix, status, confidence)
      WHERE a.id = v.id`;
  }
  if (orphaned.length) {
    await tx.annotation.updateMany({ where: { id: { in: orphaned } }, data: { anchorStatus: 'ORPHANED', anchorConfidence: 0 } });
  }
  // Replies follow their thread: search shows their root's quote, so reindex the whole threads.
  const replies = await tx.annotation.findMany({ where: { rootId: { in: rows.map((r) => r.id) } }, select: { id: true } });
  await enqueueSearchUpdates(tx, 'annotation.upsert', [...rows.map((r) => r.id), ...replies.map((r) => r.id)]);
  return summary;
}

function selectorsOf(r: {
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
}): Selector[] {
  const selectors: Selector[] = [
    { type: 'TextQuoteSelector', exact: r.quoteExact ?? '', prefix: r.quotePrefix ?? undefined, suffix: r.quoteSuffix ?? undefined },
  ];
  if (r.positionStart !== null && r.positionEnd !== null) {
    selectors.push({ type: 'TextPositionSelector', start: r.positionStart, end: r.positionEnd });
  }
  return selectors;
}
