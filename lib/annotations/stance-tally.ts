/**
 * The stance tally of a claim and how contested it is, as pure functions with
 * no server imports, so the reader's client code (live replies) computes them
 * exactly as the data layer does.
 */
import type { Stance } from '../generated/prisma/enums';

export interface StanceTally {
  supports: number;
  disputes: number;
  needsContext: number;
  question: number;
}

/**
 * How contested a claim is, from its stance tally:
 * - `none`: no stances yet
 * - `supported` / `disputed`: one side has at least 3/4 of supports+disputes
 * - `contested`: neither side has 3/4
 * `score` is 0 (one-sided) to 1 (evenly split): 2*min/(supports+disputes).
 */
export interface Contestedness {
  label: 'none' | 'supported' | 'disputed' | 'contested';
  score: number;
}

/** Counts the stances of the (visible, not deleted) replies. */
export function tallyStances(replies: ReadonlyArray<{ stance: Stance | null; deleted: boolean }>): StanceTally {
  const tally: StanceTally = { supports: 0, disputes: 0, needsContext: 0, question: 0 };
  for (const r of replies) {
    if (r.deleted || !r.stance) continue;
    if (r.stance === 'SUPPORTS') tally.supports++;
    else if (r.stance === 'DISPUTES') tally.disputes++;
    else if (r.stance === 'NEEDS_CONTEXT') tally.needsContext++;
    else tally.question++;
  }
  return tally;
}

/** See Contestedness. */
export function contestednessOf(tally: StanceTally): Contestedness {
  const total = tally.supports + tally.disputes;
  if (total === 0) return { label: 'none', score: 0 };
  const score = (2 * Math.min(tally.supports, tally.disputes)) / total;
  const label = tally.supports >= 0.75 * total ? 'supported' : tally.disputes >= 0.75 * total ? 'disputed' : 'contested';
  return { label, score };
}

