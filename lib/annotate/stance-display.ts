/**
 * Words and symbols for stances, highlight meanings and contestedness, so
 * every part of the reader says them the same way and never by colour alone.
 */
import type { Contestedness, StanceTally } from '../annotations/stance-tally';

export type StanceValue = 'SUPPORTS' | 'DISPUTES' | 'NEEDS_CONTEXT' | 'QUESTION';
export type Meaning = 'plain' | 'agree' | 'dispute' | 'question';

export const STANCES: ReadonlyArray<{ value: StanceValue; key: keyof StanceTally; label: string; icon: string }> = [
  { value: 'SUPPORTS', key: 'supports', label: 'supports', icon: '✓' },
  { value: 'DISPUTES', key: 'disputes', label: 'disputes', icon: '✗' },
  { value: 'NEEDS_CONTEXT', key: 'needsContext', label: 'needs context', icon: '…' },
  { value: 'QUESTION', key: 'question', label: 'question', icon: '?' },
];

export const MEANINGS: ReadonlyArray<{ value: Meaning; label: string; icon: string }> = [
  { value: 'plain', label: 'Plain', icon: '▍' },
  { value: 'agree', label: 'Agree', icon: '✓' },
  { value: 'dispute', label: 'Dispute', icon: '✗' },
  { value: 'question', label: 'Question', icon: '?' },
];

/** The meaning of a stored colour (unknown or null colours read as plain). */
export function meaningOf(color: string | null | undefined): (typeof MEANINGS)[number] {
  return MEANINGS.find((m) => m.value === color) ?? MEANINGS[0];
}

/** The label of a stance, e.g. "needs context". */
export function stanceLabel(stance: string | null | undefined): string | null {
  return STANCES.find((s) => s.value === stance)?.label ?? null;
}

/** The non-zero parts of a tally, in a fixed order, e.g. [{label:'disputes', count:1}]. */
export function tallyParts(tally: StanceTally): Array<{ key: keyof StanceTally; label: string; icon: string; count: number }> {
  return STANCES.filter((s) => tally[s.key] > 0).map((s) => ({ key: s.key, label: s.label, icon: s.icon, count: tally[s.key] }));
}

/** "1 supports · 2 disputes", or "No stances yet". */
export function describeTally(tally: StanceTally): string {
  const parts = tallyParts(tally);
  return parts.length ? parts.map((p) => `${p.count} ${p.label}`).join(' · ') : 'No stances yet';
}

/** A short label for how contested a claim is, or null when nobody took a side. */
export function contestedLabel(c: Contestedness): string | null {
  if (c.label === 'none') return null;
  if (c.label === 'contested') return 'Contested';
  return c.label === 'supported' ? 'Mostly supported' : 'Mostly disputed';
}
