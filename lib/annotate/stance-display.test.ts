import { describe, expect, it } from 'vitest';
import { contestednessOf } from '../annotations/stance-tally';
import { contestedLabel, describeTally, meaningOf, stanceLabel, tallyParts } from './stance-display';

describe('stance display', () => {
  const tally = { supports: 0, disputes: 1, needsContext: 2, question: 0 };
  it('lists only the stances taken, in a fixed order, with words', () => {
    expect(tallyParts(tally).map((p) => `${p.count} ${p.label}`)).toEqual(['1 disputes', '2 needs context']);
    expect(describeTally(tally)).toBe('1 disputes · 2 needs context');
    expect(describeTally({ supports: 0, disputes: 0, needsContext: 0, question: 0 })).toBe('No stances yet');
  });
  it('labels contestedness, and says nothing when nobody took a side', () => {
    expect(contestedLabel(contestednessOf({ supports: 2, disputes: 2, needsContext: 0, question: 0 }))).toBe('Contested');
    expect(contestedLabel(contestednessOf({ supports: 0, disputes: 1, needsContext: 0, question: 0 }))).toBe('Mostly disputed');
    expect(contestedLabel(contestednessOf({ supports: 3, disputes: 1, needsContext: 0, question: 0 }))).toBe('Mostly supported');
    expect(contestedLabel(contestednessOf({ supports: 0, disputes: 0, needsContext: 4, question: 0 }))).toBeNull();
  });
  it('reads unknown colours as plain and names stances', () => {
    expect(meaningOf('dispute').label).toBe('Dispute');
    expect(meaningOf('chartreuse').value).toBe('plain');
    expect(meaningOf(null).value).toBe('plain');
    expect(stanceLabel('NEEDS_CONTEXT')).toBe('needs context');
    expect(stanceLabel(null)).toBeNull();
  });
});
