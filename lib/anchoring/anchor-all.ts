/**
 * Re-anchors every annotation of an article on a new revision at once. The
 * text is normalized once; annotations are visited in their old order so each
 * one's expected position is its old offset shifted by as much as its
 * already-anchored predecessors moved (the last few distinct shifts are
 * tried, so a moved paragraph does not throw off the quotes after it). Most
 * quotes are then confirmed with one string comparison, edited ones by a
 * search in a small window, and the rest (moved far, or gone) by one shared
 * pass over the whole text; a last round retries the stragglers near where
 * their anchored neighbours on both sides say they should be.
 */
import { toQuoteQuery } from './anchor';
import { AnchorText, prepareQuery, type PreparedQuery } from './candidates';
import { classifyAnchor } from './classify-anchor';
import { findAnywhere } from './find-anywhere';
import { findNear, NEAR_RADIUS } from './find-near';
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
  const stragglers: number[] = [];
  const expectedAt: (number | undefined)[] = [];
  for (const i of order) {
    const q = queries[i]!;
    const p = (prepared[i] = prepareQuery(q));
    const old = q.position?.start;
    const expected = old === undefined ? undefined : clamp(old + shifts[0]);
    expectedAt[i] = expected;
    const alternatives = old === undefined ? [] : shifts.slice(1).map((s) => clamp(old + s));
    const result = findNear(target, p, expected, alternatives);
    if (result) {
      results[i] = result;
      if (old !== undefined) rememberShift(shifts, result.start - old);
    } else stragglers.push(i);
  }
  if (stragglers.length === 0) return finish(queries, results);

  // Round 2: anywhere in the text, all stragglers in one pass.
  const anywhere = findAnywhere(
    target,
    stragglers.map((i) => ({ p: prepared[i], expected: expectedAt[i] })),
  );
  stragglers.forEach((i, j) => (results[i] = anywhere[j]));

  // Round 3: still missing? Look again where the anchored neighbours on either side predict.
  order.forEach((i, k) => {
    const old = queries[i]!.position?.start;
    if (results[i] || old === undefined) return;
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
      if (Math.abs(hint - (expectedAt[i] ?? -Infinity)) < NEAR_RADIUS / 2) continue;
      const r = findNear(target, prepared[i], hint);
      if (r) {
        results[i] = r;
        break;
      }
    }
  });
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
