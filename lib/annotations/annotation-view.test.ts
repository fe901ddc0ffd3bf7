import { describe, expect, it } from 'vitest';
import { contestednessOf, tallyStances } from './annotation-view';

describe('stance tally and contestedness', () => {
  it('counts stances of replies that are not deleted', () => {
    const tally = tallyStances([
      { stance: 'SUPPORTS', deleted: false },
      { stance: 'SUPPORTS', deleted: true },
      { stance: 'DISPUTES', deleted: false },
      { stance: 'NEEDS_CONTEXT', deleted: false },
      { stance: 'QUESTION', deleted: false },
      { stance: null, deleted: false },
    ]);
    expect(tally).toEqual({ supports: 1, disputes: 1, needsContext: 1, question: 1 });
  });

  it('labels one-sided and split claims', () => {
    expect(contestednessOf({ supports: 0, disputes: 0, needsContext: 2, question: 0 })).toEqual({ label: 'none', score: 0 });
    expect(contestednessOf({ supports: 3, disputes: 1, needsContext: 0, question: 0 }).label).toBe('supported');
    expect(contestednessOf({ supports: 0, disputes: 4, needsContext: 0, question: 0 })).toEqual({ label: 'disputed', score: 0 });
    expect(contestednessOf({ supports: 2, disputes: 2, needsContext: 0, question: 0 })).toEqual({ label: 'contested', score: 1 });
  });
});
