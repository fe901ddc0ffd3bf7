import { describe, expect, it } from 'vitest';
import type { AnnotationThread } from '../annotations/annotation-view';
import { packThreads, unpackThreads } from './pack-threads';
import { thread, view } from './test-threads';
import { withTally } from './thread-state';

const TEXT = 'Alpha beta gamma delta.\n\nEpsilon zeta eta theta. Iota kappa lambda.';
const at = (word: string, to = word, pre = 6, suf = 6) => {
  const start = TEXT.indexOf(word);
  const end = TEXT.indexOf(to) + to.length;
  const prefix = TEXT.slice(Math.max(0, start - pre), start);
  return { exact: TEXT.slice(start, end), prefix, suffix: TEXT.slice(end, end + suf), start, end };
};
const ctx = { articleId: 'art', articleSlug: 'slug', text: TEXT };

function sample(): AnnotationThread[] {
  const claim = thread({ id: 'claim', isClaim: true, claimStatement: 'Gamma is real', selectors: at('gamma'), color: 'dispute', visibility: 'GROUP', group: { id: 'g1', name: 'Readers', slug: 'readers' } });
  const replies = [
    view({ id: 'r1', parentId: 'claim', rootId: 'claim', selectors: null, stance: 'DISPUTES', motivation: 'REPLYING', body: 'No *way*', bodyHtml: '<p>No <em>way</em></p>', author: { id: 'u2', name: 'Bo' }, canEdit: true, canDelete: true }),
    view({ id: 'r2', parentId: 'r1', rootId: 'claim', selectors: null, stance: 'SUPPORTS', deleted: true, body: null, editedAt: new Date('2026-02-02T10:00:00Z'), updatedAt: new Date('2026-02-02T10:00:00Z') }),
  ];
  return [
    thread({ id: 'plain', selectors: at('Alpha', 'beta', 0, 12), tags: [{ name: 'Greek', slug: 'greek' }, { name: 'Letters', slug: 'letters' }] }),
    withTally({ ...claim, replies }),
    thread({ id: 'moved', selectors: at('zeta', 'theta'), anchorStatus: 'MOVED', anchorConfidence: 0.82, hidden: true, revisionId: null, tags: [{ name: 'Greek', slug: 'greek' }] }),
    // Its stored quote no longer matches the text at its offsets: sent in full.
    thread({ id: 'stale', selectors: { ...at('Iota'), exact: 'Iotta' }, color: null }),
    thread({ id: 'orphan', selectors: { exact: 'A sentence that was removed', prefix: '', suffix: '', start: 0, end: 10 }, anchorStatus: 'ORPHANED', anchorConfidence: 0, body: 'Gone', bodyHtml: '<p>Gone</p>', motivation: 'COMMENTING', visibility: 'PRIVATE' }),
    thread({ id: 'nosel', selectors: null, canReply: false, canFlag: false, canHide: true }),
  ];
}

describe('packThreads / unpackThreads', () => {
  it('round-trips every field, replies, tallies and dates', () => {
    const threads = sample();
    const back = unpackThreads(JSON.parse(JSON.stringify(packThreads(threads, TEXT))), ctx);
    expect(back).toEqual(threads);
    expect(back[1].stanceTally).toEqual({ supports: 0, disputes: 1, needsContext: 0, question: 0 });
    expect(back[1].replies[1].editedAt).toBeInstanceOf(Date);
  });

  it('sends a quote as offsets only when the canonical text there says the same', () => {
    const packed = packThreads(sample(), TEXT);
    const byId = new Map(packed.items.map((p) => [p.i, p]));
    expect(byId.get('plain')!.s).toEqual([0, 10, 0, 12]);
    expect(byId.get('moved')!.s).toHaveLength(4);
    // Stale quotes, claims and orphans keep their strings (claims and orphans show them).
    for (const id of ['stale', 'claim', 'orphan']) expect(Array.isArray(byId.get(id)!.s)).toBe(false);
  });

  it('without the text (the server render) leaves only offset-sent quotes empty', () => {
    const threads = sample();
    const back = unpackThreads(packThreads(threads, TEXT), { ...ctx, text: null });
    expect(back[0].selectors).toEqual({ exact: '', prefix: '', suffix: '', start: 0, end: 10 });
    expect(back[1].selectors).toEqual(threads[1].selectors);
    expect(back[4].selectors).toEqual(threads[4].selectors);
  });

  it('is much smaller than the plain threads for many highlights', () => {
    const text = TEXT.repeat(40);
    const threads = Array.from({ length: 500 }, (_, i) => {
      const start = (i * 7) % (text.length - 40);
      const end = start + 20;
      return thread({ id: `c${String(i).padStart(24, '0')}`, author: { id: 'u'.repeat(25), name: 'Bulk author' }, selectors: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end } });
    });
    const packed = JSON.stringify(packThreads(threads, text));
    expect(packed.length * 4).toBeLessThan(JSON.stringify(threads).length);
    expect(unpackThreads(JSON.parse(packed), { ...ctx, text })).toEqual(threads);
  });
});
