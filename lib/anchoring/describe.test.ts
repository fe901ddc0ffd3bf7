import { describe as group, expect, it } from 'vitest';
import { describe } from './describe';

group('describe', () => {
  const text = 'The committee met on Tuesday. It decided nothing, as usual, and adjourned until further notice.';

  it('returns a quote selector with context and a position selector', () => {
    const start = text.indexOf('decided');
    const [quote, position] = describe(text, start, start + 'decided nothing'.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'decided nothing',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 15, start + 15 + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 15 });
  });

  it('clips context at the bounds of the text', () => {
    const [atStart] = describe(text, 0, 3);
    expect(atStart.prefix).toBe('');
    const [atEnd] = describe(text, text.length - 7, text.length);
    expect(atEnd.suffix).toBe('');
    expect(atEnd.exact).toBe('notice.');
  });

  it('never splits a surrogate pair in the context', () => {
    const t = '🙂'.repeat(20) + 'quote' + '🙂'.repeat(20);
    const [q] = describe(t, 40, 45);
    expect(q.exact).toBe('quote');
    expect(q.prefix!.length % 2).toBe(0);
    expect(q.suffix!.length % 2).toBe(0);
    expect(q.prefix).toMatch(/^(🙂)+$/u);
  });

  it.each([
    [-1, 3, /outside the text/],
    [0, text.length + 1, /outside the text/],
    [5, 5, /at least one character/],
    [6, 2, /at least one character/],
    [1.5, 3, /whole numbers/],
    [Number.NaN, 3, /whole numbers/],
  ])('rejects the range %s-%s with a clear RangeError', (start, end, message) => {
    expect(() => describe(text, start, end)).toThrow(RangeError);
    expect(() => describe(text, start, end)).toThrow(message);
  });
});
