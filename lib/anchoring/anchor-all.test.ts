import { describe as group, expect, it } from 'vitest';
import { anchor } from './anchor';
import { anchorAll } from './anchor-all';
import { classifyAnchor } from './classify-anchor';
import { describe } from './describe';

const SENTENCES = Array.from(
  { length: 60 },
  (_, i) => `Sentence number ${i} talks about topic ${String.fromCharCode(97 + (i % 26))}${i * 7} in some detail.`,
);
const paragraphs = (xs: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i += 4) out.push(xs.slice(i, i + 4).join(' '));
  return out.join('\n\n');
};
const OLD = paragraphs(SENTENCES);

group('anchorAll', () => {
  const quotes = SENTENCES.map((_, i) => `number ${i} talks about topic`);
  const items = quotes.map((q) => {
    const at = OLD.indexOf(q);
    return { selectors: describe(OLD, at, at + q.length) };
  });

  it('re-anchors every annotation like anchor() does, in input order', () => {
    const edited = SENTENCES.slice();
    edited.splice(10, 0, 'An inserted sentence that pushes everything after it along.');
    edited.splice(30, 2); // deletes sentences 29 and 30
    const typo = edited.findIndex((x) => x.includes('number 41 '));
    edited[typo] = edited[typo].replace('talks about', 'talsk about');
    const text = 'A new first paragraph.\n\n' + paragraphs(edited);
    const outcomes = anchorAll(text, items);
    expect(outcomes).toHaveLength(items.length);
    outcomes.forEach((o, i) => expect(o.anchor, `item ${i}`).toEqual(anchor(text, items[i].selectors)));
    expect(outcomes[29].status).toBe('orphaned');
    expect(outcomes[30].status).toBe('orphaned');
    expect(outcomes[5].status).toBe('moved');
    expect(text.slice(outcomes[5].anchor!.start, outcomes[5].anchor!.end)).toBe(quotes[5]);
    expect(text.slice(outcomes[41].anchor!.start, outcomes[41].anchor!.end)).toBe('number 41 talsk about topic');
    // Sentence 31 now sits where 29 was, with 29's prefix, one digit apart: still an orphan.
    expect(outcomes[29].anchor).toBeNull();
  });

  it('reports unchanged annotations as anchored with confidence 1', () => {
    const outcomes = anchorAll(OLD, items);
    expect(outcomes.every((o) => o.status === 'anchored' && o.anchor!.confidence === 1)).toBe(true);
  });

  it('orphans items without a quote instead of failing the batch', () => {
    const outcomes = anchorAll(OLD, [{ selectors: [] }, items[0]]);
    expect(outcomes[0]).toEqual({ anchor: null, status: 'orphaned' });
    expect(outcomes[1].status).toBe('anchored');
  });
});

group('classifyAnchor', () => {
  it('names the three outcomes', () => {
    expect(classifyAnchor({ start: 1, end: 4 }, { start: 1, end: 4, confidence: 1 })).toBe('anchored');
    expect(classifyAnchor({ start: 1, end: 4 }, { start: 1, end: 4, confidence: 0.9 })).toBe('moved');
    expect(classifyAnchor({ start: 1, end: 4 }, { start: 9, end: 12, confidence: 0.99 })).toBe('moved');
    expect(classifyAnchor(undefined, { start: 9, end: 12, confidence: 1 })).toBe('moved');
    expect(classifyAnchor({ start: 1, end: 4 }, null)).toBe('orphaned');
  });
});
