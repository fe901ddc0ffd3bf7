/**
 * Where each annotation card goes in the margin on wide screens: as close as
 * possible to the top of its highlight, but never overlapping the card above
 * it. Cards are placed in order of their desired top (ties keep input order),
 * each pushed down below the previous one's bottom plus a gap. Pure: the
 * caller measures highlight tops and card heights and applies the result.
 */

export interface MarginItem {
  id: string;
  /** Desired top (the highlight's top), in px relative to the margin track. */
  top: number;
  /** The card's measured (or estimated) height in px. */
  height: number;
}

export interface MarginLayout {
  /** id -> top in px. */
  tops: Map<string, number>;
  /** Total height the track needs. */
  height: number;
}

/** Lays out cards top-down so none overlap; see the module comment. */
export function layoutMargin(items: readonly MarginItem[], gap = 8): MarginLayout {
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.top - b.item.top || a.i - b.i);
  const tops = new Map<string, number>();
  let bottom = -Infinity;
  for (const { item } of order) {
    const top = Math.max(Math.max(0, item.top), bottom === -Infinity ? 0 : bottom + gap);
    tops.set(item.id, top);
    bottom = top + Math.max(0, item.height);
  }
  return { tops, height: bottom === -Infinity ? 0 : bottom };
}
