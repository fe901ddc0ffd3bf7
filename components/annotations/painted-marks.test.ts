import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_ATTRIBUTE, highlightRanges } from '@/lib/anchoring/dom/highlight-ranges';
import { isPainted, MARK_ID_ATTRIBUTE, marksOf, paintedFrom } from './painted-marks';

describe('painted-marks', () => {
  it('names the same attribute as the painter', () => {
    expect(MARK_ID_ATTRIBUTE).toBe(HIGHLIGHT_ATTRIBUTE);
  });

  it('says a record is up to date only when ids, spans and classes all match', () => {
    const specs = [
      { id: 'a', start: 0, end: 4, className: 'hl hl-plain' },
      { id: 'b', start: 2, end: 9, className: 'hl hl-agree' },
    ];
    const record = paintedFrom(specs);
    expect(isPainted(specs, record)).toBe(true);
    expect(isPainted([...specs].reverse(), record)).toBe(true);
    expect(isPainted(specs.slice(1), record)).toBe(false);
    expect(isPainted([specs[0], { ...specs[1], end: 10 }], record)).toBe(false);
    expect(isPainted([specs[0], { ...specs[1], className: 'hl hl-dispute' }], record)).toBe(false);
    expect(isPainted([specs[0], { ...specs[1], id: 'c' }], record)).toBe(false);
  });

  it('finds every mark of one highlight, ids with quotes included', () => {
    const root = new JSDOM('<div><p>Alpha beta.</p>\n\n<p>Gamma delta.</p></div>').window.document.querySelector('div')!;
    highlightRanges(root, [{ id: 'x"1', start: 6, end: 18 }, { id: 'y', start: 0, end: 3 }]);
    expect(marksOf(root, 'x"1').map((m) => m.textContent)).toEqual(['beta.', 'Gamma']);
    expect(marksOf(root, 'y')).toHaveLength(1);
  });
});
