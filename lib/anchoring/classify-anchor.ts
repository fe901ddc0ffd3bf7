/**
 * Names the outcome of re-anchoring for people and the database: anchored
 * (same place, sure), moved (found elsewhere, or only approximately) or
 * orphaned (not found; the annotation is kept and shown in the Orphans panel).
 */
import type { AnchorResult, AnchorStatus } from './types';

/** Classifies `result` against the annotation's previous offsets. */
export function classifyAnchor(
  previous: { start: number; end: number } | undefined,
  result: AnchorResult | null,
): AnchorStatus {
  if (!result) return 'orphaned';
  const same = previous !== undefined && previous.start === result.start && previous.end === result.end;
  return same && result.confidence === 1 ? 'anchored' : 'moved';
}
