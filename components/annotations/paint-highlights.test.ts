import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { marksOf, paintHighlights, type Painted } from './paint-highlights';

function body() {
  const dom = new JSDOM('<!doctype html><div class="article-body"><p id="p-1">Alpha beta gamma delta.</p>\n\n<p id="p-2">Epsilon zeta eta theta.</p></div>');
  const root = dom.window.document.querySelector('.article-body')!;
  return { root, text: root.textContent! };
}

describe('paintHighlights', () => {
  it('paints, recolours, moves and removes highlights without changing the text', () => {
    const { root, text } = body();
    const painted: Painted = new Map();
    const span = (w: string, to = w) => ({ start: text.indexOf(w), end: text.indexOf(to) + to.length });
    paintHighlights(root, [
      { id: 'a', ...span('beta'), className: 'hl hl-agree' },
      { id: 'b', ...span('gamma', 'zeta'), className: 'hl hl-plain' },
    ], painted);
    expect(marksOf(root, 'a').map((m) => m.textContent).join('')).toBe('beta');
    expect(marksOf(root, 'b').map((m) => m.textContent).join('')).toBe('gamma delta.Epsilon zeta');
    expect(root.textContent).toBe(text);

    // Recolour a, move b, add c: a keeps its marks (only the class changes).
    const aMark = marksOf(root, 'a')[0];
    paintHighlights(root, [
      { id: 'a', ...span('beta'), className: 'hl hl-dispute' },
      { id: 'b', ...span('theta'), className: 'hl hl-plain' },
      { id: 'c', ...span('Alpha', 'beta'), className: 'hl hl-question' },
    ], painted);
    expect(marksOf(root, 'a')[0]).toBe(aMark);
    expect(aMark.className).toBe('hl hl-dispute');
    expect(marksOf(root, 'b').map((m) => m.textContent).join('')).toBe('theta');
    expect(marksOf(root, 'c').map((m) => m.textContent).join('')).toBe('Alpha beta');
    expect(root.textContent).toBe(text);

    paintHighlights(root, [], painted);
    expect(root.querySelectorAll('mark').length).toBe(0);
    expect(painted.size).toBe(0);
    expect(root.textContent).toBe(text);
  });

  it('repaints everything in one pass when most highlights change', () => {
    const { root, text } = body();
    const painted: Painted = new Map();
    const many = (shift: number) => Array.from({ length: 150 }, (_, i) => ({ id: `h${i}`, start: (i + shift) % 40, end: ((i + shift) % 40) + 5 }));
    paintHighlights(root, many(0), painted);
    paintHighlights(root, many(7), painted);
    for (let i = 0; i < 150; i += 37) {
      const s = (i + 7) % 40;
      // highlightRanges leaves whitespace-only pieces unwrapped, so compare without whitespace.
      expect(marksOf(root, `h${i}`).map((m) => m.textContent).join('').replace(/\s/g, '')).toBe(text.slice(s, s + 5).replace(/\s/g, ''));
    }
    expect(root.textContent).toBe(text);
  });
});
