import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { view as baseView } from '../annotate/test-threads';
import { type AnnotationView, toThread } from './annotation-view';
import { threadsToMarkdown } from './threads-to-markdown';

/** A claim by Ada with a note, two tags and a two-line quote; override what a test needs. */
const view = (over: Partial<AnnotationView> = {}) =>
  baseView({
    id: 'a1',
    motivation: 'COMMENTING',
    color: 'dispute',
    body: 'Not **quite**.\nSee the 2019 data.',
    tags: [{ name: 'Climate', slug: 'climate' }, { name: 'Data', slug: 'data' }],
    isClaim: true,
    claimStatement: 'Warming is fast',
    selectors: { exact: 'warming is faster\nthan expected', prefix: '', suffix: '', start: 15, end: 46 },
    createdAt: new Date('2026-01-01T10:00:00Z'),
    ...over,
  });

const article = { title: 'Heat [and] light', slug: 'heat-1', byline: 'By Bo', siteName: 'The Paper', sourceUrl: 'https://paper.example/heat' };
const options = { origin: 'https://gloss.example', scopeLabel: 'all annotations you can see', exportedAt: new Date('2026-11-22T08:00:00Z') };

describe('threadsToMarkdown', () => {
  it('writes each thread as a quote, its facts, the note and nested replies with stances', () => {
    const replies = [
      view({ id: 'r1', parentId: 'a1', rootId: 'a1', author: { id: 'u2', name: 'Bo' }, body: 'Source?', stance: 'QUESTION', isClaim: false, selectors: null }),
      view({ id: 'r2', parentId: 'r1', rootId: 'a1', author: { id: 'u1', name: 'Ada' }, body: 'NOAA, line one\nline two', stance: 'SUPPORTS', isClaim: false, selectors: null }),
      view({ id: 'r3', parentId: 'a1', rootId: 'a1', deleted: true, body: null, isClaim: false, selectors: null }),
    ];
    const md = threadsToMarkdown(article, [toThread(view(), replies)], options);
    expect(md).toContain('# Heat [and] light');
    expect(md).toContain('By Bo · The Paper  \nSource: <https://paper.example/heat>  \nIn Gloss: [Heat \\[and\\] light](https://gloss.example/articles/heat-1)');
    expect(md).toContain('_Exported 2026-11-22: all annotations you can see, 1 thread._');
    expect(md).toContain('> warming is faster\n> than expected');
    expect(md).toContain('**Claim:** Warming is fast (1 supports · 1 question)');
    expect(md).toContain('Dispute · Ada, 2026-01-01 · #climate #data · [open in Gloss](https://gloss.example/articles/heat-1#a-a1)');
    expect(md).toContain('Not **quite**.\nSee the 2019 data.');
    expect(md).toContain('- **Bo** (question), 2026-01-01: Source?\n  - **Ada** (supports), 2026-01-01: NOAA, line one\n    line two\n- **Ada**, 2026-01-01: _deleted_');
  });

  it('renders as Markdown whose structure survives multi-line quotes and replies', () => {
    const reply = view({ id: 'r1', parentId: 'a1', body: 'two\nlines', stance: null, isClaim: false, selectors: null });
    const html = new MarkdownIt().render(threadsToMarkdown(article, [toThread(view(), [reply])], options));
    expect(html).toContain('<blockquote>\n<p>warming is faster\nthan expected</p>\n</blockquote>');
    expect(html).toMatch(/<li><strong>Ada<\/strong>, 2026-01-01: two\nlines<\/li>/);
  });

  it('says when there is nothing, and marks orphans and deleted threads', () => {
    expect(threadsToMarkdown(article, [], options)).toContain('0 threads._\n\nNo annotations yet.');
    const orphan = toThread(view({ anchorStatus: 'ORPHANED', isClaim: false, deleted: true, body: null, tags: [] }), []);
    const md = threadsToMarkdown(article, [orphan], options);
    expect(md).toContain('Dispute · Ada, 2026-01-01 · orphaned: the passage is no longer in the article · [open in Gloss]');
    expect(md).toContain('_deleted_');
    expect(md).not.toContain('**Claim:**');
  });
});
