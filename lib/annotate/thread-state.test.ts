import { describe, expect, it } from 'vitest';
import { markDeleted, removeAnnotation } from './remove-from-threads';
import { findThreadOf, upsertAnnotation } from './thread-state';
import { thread, view } from './test-threads';

describe('thread state', () => {
  it('adds a new root in position order and a reply to its thread, recomputing the tally', () => {
    let ts = [thread({ id: 'b', selectors: { exact: 'b', prefix: '', suffix: '', start: 50, end: 51 }, isClaim: true })];
    ts = upsertAnnotation(ts, view({ id: 'a', selectors: { exact: 'a', prefix: '', suffix: '', start: 5, end: 6 } }));
    expect(ts.map((t) => t.id)).toEqual(['a', 'b']);
    ts = upsertAnnotation(ts, view({ id: 'r', parentId: 'b', rootId: 'b', stance: 'DISPUTES', selectors: null }));
    const b = findThreadOf(ts, 'r')!;
    expect(b.id).toBe('b');
    expect(b.stanceTally.disputes).toBe(1);
    expect(b.contestedness.label).toBe('disputed');
  });
  it('ignores a stale copy (an echo older than what is shown)', () => {
    let ts = [thread({ id: 'a', version: 3, body: 'new' })];
    ts = upsertAnnotation(ts, view({ id: 'a', version: 2, body: 'old' }));
    expect(ts[0].body).toBe('new');
    ts = upsertAnnotation(ts, view({ id: 'a', version: 4, body: 'newer' }));
    expect(ts[0].body).toBe('newer');
  });
  it('keeps a deleted reply in place as "deleted" and drops a deleted root without live replies', () => {
    let ts = [thread({ id: 'a', isClaim: true, replies: [view({ id: 'r', parentId: 'a', rootId: 'a', stance: 'SUPPORTS', body: 'hi' })] })];
    ts = markDeleted(ts, 'r');
    expect(ts[0].replies[0]).toMatchObject({ id: 'r', deleted: true, body: null });
    expect(ts[0].stanceTally.supports).toBe(0);
    expect(markDeleted(ts, 'a')).toEqual([]);
    const withLive = [thread({ id: 'a', replies: [view({ id: 'r2', parentId: 'a', rootId: 'a' })] })];
    expect(markDeleted(withLive, 'a')[0]).toMatchObject({ id: 'a', deleted: true });
  });
  it('removes an annotation that became invisible', () => {
    const ts = [thread({ id: 'a', replies: [view({ id: 'r', parentId: 'a', rootId: 'a' })] }), thread({ id: 'b' })];
    expect(removeAnnotation(ts, 'r')[0].replies).toEqual([]);
    expect(removeAnnotation(ts, 'a').map((t) => t.id)).toEqual(['b']);
  });
});
