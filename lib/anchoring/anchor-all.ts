/**
 * Re-anchors every annotation of an article on a new revision at once. The
 * text is normalized once; annotations are visited in their old order so each
 * one's expected position is its old offset shifted by as much as its
 * already-anchored predecessors moved (the last few distinct shifts are
 * tried, so a moved paragraph does not throw off the quotes after it). Most
 * quotes are then confirmed with one string comparison, edited ones by a
 * search in a small window; stragglers are retried where their anchored
 * neighbours on both sides say they should be, and the rest (moved far, or
 * gone) are looked for in one shared pass over the whole text.
 */
import { toQuoteQuery } from './anchor';
import { AnchorText, prepareQuery, type PreparedQuery } from './candidates';
import { classifyAnchor } from './classify-anchor';
import { findAnywhere } from './find-anywhere';
import { findNear } from './find-near';
import type { AnchorResult, AnchorStatus, Selector } from './types';

/** One annotation to re-anchor. */
export interface AnchorItem {
  selectors: readonly Selector[];
}

/** The outcome for one item, in input order. */
export interface AnchorOutcome {
  anchor: AnchorResult | null;
  status: AnchorStatus;
}

const RECENT_SHIFTS = 4;
/** Approximate search radius around a neighbour-based hint: such hints are close, so a small one. */
const ROUND2_WINDOW = 96;

/** Anchors all `items` on `text`; results are in the same order as `items`. */
export function anchorAll(text: string, items: readonly AnchorItem[]): AnchorOutcome[] {
  const target = new AnchorText(text);
  const queries = items.map((item) => toQuoteQuery(item.selectors));
  const order = queries
    .map((_, i) => i)
    .filter((i) => queries[i] !== null)
    .sort((a, b) => (queries[a]!.position?.start ?? Infinity) - (queries[b]!.position?.start ?? Infinity));
  const prepared: PreparedQuery[] = [];
  const results: (AnchorResult | null)[] = new Array(items.length).fill(null);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));

  // Round 1: near the predicted position.
  const shifts: number[] = [0];
  const expectedAt: (number | undefined)[] = [];
  for (const i of order) {
    const q = queries[i]!;
    const p = (prepared[i] = prepareQuery(q));
    const old = q.position?.start;
    const expected = old === undefined ? undefined : clamp(old + shifts[0]);
    expectedAt[i] = expected;
    const alternatives = old === undefined ? [] : shifts.slice(1).map((s) => clamp(old + s));
    // No approximate window search here: an edited quote far from its prediction is rare, and
    // rounds 2 and 3 find it for less than searching a window around every missing quote.
    const result = findNear(target, p, expected, alternatives, 0);
    if (result) {
      results[i] = result;
      if (old !== undefined) rememberShift(shifts, result.start - old);
    }
  }

  // Round 2: look again where the anchored neighbours on either side predict (local evidence first,
  // so an edited quote near its neighbours beats a verbatim copy elsewhere).
  const missing: number[] = [];
  order.forEach((i, k) => {
    if (results[i]) return;
    const old = queries[i]!.position?.start;
    if (old !== undefined) {
      const hints = new Set<number>();
      for (const step of [-1, 1]) {
        for (let j = k + step; j >= 0 && j < order.length; j += step) {
          const r = results[order[j]];
          const o = queries[order[j]]!.position?.start;
          if (r && o !== undefined) {
            hints.add(clamp(old + r.start - o));
            break;
          }
        }
      }
      for (const hint of hints) {
        // Round 1 already tried the predicted position itself (verbatim and edited in place).
        if (expectedAt[i] !== undefined && Math.abs(hint - expectedAt[i]!) < 16) continue;
        results[i] = findNear(target, prepared[i], hint, [], ROUND2_WINDOW);
        if (results[i]) return;
      }
    }
    missing.push(i);
  });

  // Round 3: anywhere in the text, all still missing in one pass.
  if (missing.length > 0) {
    const anywhere = findAnywhere(
      target,
      missing.map((i) => ({ p: prepared[i], expected: expectedAt[i] })),
    );
    missing.forEach((i, j) => (results[i] = anywhere[j]));
  }
  return finish(queries, results);
}

function rememberShift(shifts: number[], shift: number): void {
  const at = shifts.indexOf(shift);
  if (at === 0) return;
  if (at > 0) shifts.splice(at, 1);
  shifts.unshift(shift);
  if (shifts.length > RECENT_SHIFTS) shifts.pop();
}

function finish(queries: ReturnType<typeof toQuoteQuery>[], results: (AnchorResult | null)[]): AnchorOutcome[] {
  return results.map((anchor, i) => ({ anchor, status: classifyAnchor(queries[i]?.position, anchor) }));
}
