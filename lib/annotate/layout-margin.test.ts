import { describe, expect, it } from 'vitest';
import { layoutMargin } from './layout-margin';

describe('layoutMargin', () => {
  it('puts cards at their highlight when there is room', () => {
    const { tops, height } = layoutMargin([
      { id: 'a', top: 0, height: 50 },
      { id: 'b', top: 200, height: 40 },
    ]);
    expect(tops.get('a')).toBe(0);
    expect(tops.get('b')).toBe(200);
    expect(height).toBe(240);
  });
  it('pushes overlapping cards down below the one above plus the gap, in order of their highlights', () => {
    const { tops } = layoutMargin(
      [
        { id: 'late', top: 30, height: 20 },
        { id: 'early', top: 10, height: 100 },
        { id: 'tie', top: 30, height: 10 },
      ],
      8,
    );
    expect(tops.get('early')).toBe(10);
    expect(tops.get('late')).toBe(118);
    expect(tops.get('tie')).toBe(146);
  });
  it('never places a card above the track and handles no cards', () => {
    expect(layoutMargin([{ id: 'x', top: -40, height: 10 }]).tops.get('x')).toBe(0);
    expect(layoutMargin([])).toEqual({ tops: new Map(), height: 0 });
  });
  it('never overlaps, whatever the input', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, top: (i * 37) % 500, height: 10 + ((i * 13) % 60) }));
    const { tops } = layoutMargin(items, 4);
    const placed = items.map((it) => ({ top: tops.get(it.id)!, bottom: tops.get(it.id)! + it.height })).sort((a, b) => a.top - b.top);
    for (let i = 1; i < placed.length; i++) expect(placed[i].top).toBeGreaterThanOrEqual(placed[i - 1].bottom + 4);
    for (const it of items) expect(tops.get(it.id)!).toBeGreaterThanOrEqual(it.top);
  });
});
