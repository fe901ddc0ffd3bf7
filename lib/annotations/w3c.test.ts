import { describe, expect, it } from 'vitest';
import type { AnnotationView } from './annotation-view';
import { fromW3C, toW3C } from './w3c';

const links = { origin: 'https://gloss.example', articleUrl: 'https://gloss.example/articles/climate-1' };

function view(over: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id: 'a1',
    articleId: 'art1',
    articleSlug: 'climate-1',
    revisionId: 'rev1',
    parentId: null,
    rootId: 'a1',
    author: { id: 'u1', name: 'Ada' },
    visibility: 'GROUP',
    group: { id: 'g1', name: 'Club', slug: 'club-1' },
    motivation: 'COMMENTING',
    color: 'dispute',
    body: 'Not **quite**',
    bodyHtml: '<p>Not <strong>quite</strong></p>',
    tags: [{ name: 'Climate', slug: 'climate' }],
    isClaim: true,
    claimStatement: 'Warming is fast',
    stance: null,
    selectors: { exact: 'warming', prefix: 'is ', suffix: ' faster', start: 15, end: 22 },
    anchorStatus: 'MOVED',
    anchorConfidence: 0.9,
    version: 3,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    editedAt: new Date('2026-01-02T00:00:00Z'),
    deleted: false,
    hidden: false,
    canReply: true,
    canEdit: true,
    canDelete: true,
    canHide: false,
    canFlag: false,
    ...over,
  };
}

describe('toW3C', () => {
  it('writes a W3C annotation with Gloss fields under the gloss namespace', () => {
    const doc = toW3C(view(), links);
    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { gloss: 'https://gloss.example/ns/gloss#' }]);
    expect(doc.id).toBe('https://gloss.example/api/annotations/a1');
    expect(doc.type).toBe('Annotation');
    expect(doc.motivation).toBe('commenting');
    expect(doc.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Not **quite**', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Climate', format: 'text/plain' },
    ]);
    expect(doc.target).toEqual({
      source: links.articleUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: 'warming', prefix: 'is ', suffix: ' faster' },
        { type: 'TextPositionSelector', start: 15, end: 22 },
      ],
    });
    expect(doc.creator).toEqual({ id: 'https://gloss.example/users/u1', type: 'Person', name: 'Ada' });
    expect(doc.created).toBe('2026-01-01T00:00:00.000Z');
    expect(doc['gloss:visibility']).toBe('group');
    expect(doc['gloss:claim']).toEqual({ statement: 'Warming is fast' });
    expect(doc['gloss:status']).toEqual({ anchor: 'moved', confidence: 0.9 });
    expect(doc['gloss:version']).toBe(3);
  });

  it('targets the parent annotation for replies and carries the stance', () => {
    const doc = toW3C(view({ id: 'r1', parentId: 'a1', motivation: 'REPLYING', stance: 'NEEDS_CONTEXT', isClaim: false, tags: [] }), links);
    expect(doc.target).toBe('https://gloss.example/api/annotations/a1');
    expect(doc.body[0].purpose).toBe('replying');
    expect(doc['gloss:stance']).toBe('needs_context');
    expect(doc['gloss:claim']).toBeNull();
  });

  it('derives the article URL from the slug', () => {
    const doc = toW3C(view(), { origin: 'https://gloss.example/' });
    expect(typeof doc.target === 'object' && doc.target.source).toBe('https://gloss.example/articles/climate-1');
  });

  it('has no body for deleted annotations', () => {
    const doc = toW3C(view({ body: null, tags: [], deleted: true }), links);
    expect(doc.body).toEqual([]);
    expect(doc['gloss:deleted']).toBe(true);
  });
});

describe('fromW3C', () => {
  it('round-trips what toW3C writes', () => {
    const back = fromW3C(JSON.parse(JSON.stringify(toW3C(view(), links))));
    expect(back.target).toEqual({
      kind: 'article',
      articleId: 'art1',
      articleSlug: 'climate-1',
      revisionId: undefined,
      selector: { exact: 'warming', prefix: 'is ', suffix: ' faster', start: 15, end: 22 },
    });
    expect(back).toMatchObject({
      motivation: 'COMMENTING',
      body: 'Not **quite**',
      tags: ['Climate'],
      visibility: 'GROUP',
      groupId: 'g1',
      color: 'dispute',
      isClaim: true,
      claimStatement: 'Warming is fast',
      version: 3,
    });
  });

  it('reads replies, single (non-array) bodies and stances spelled with hyphens', () => {
    const back = fromW3C({
      type: 'Annotation',
      motivation: 'replying',
      body: { type: 'TextualBody', value: 'I disagree' },
      target: 'https://gloss.example/api/annotations/a1',
      'gloss:stance': 'needs-context',
    });
    expect(back.target).toEqual({ kind: 'reply', parentId: 'a1' });
    expect(back.body).toBe('I disagree');
    expect(back.stance).toBe('NEEDS_CONTEXT');
  });

  it('leaves fields the client did not send undefined (for PATCH)', () => {
    const back = fromW3C({ 'gloss:version': 2, body: [{ purpose: 'tagging', value: 'x' }] });
    expect(back.body).toBeNull();
    expect(back.tags).toEqual(['x']);
    expect(back.visibility).toBeUndefined();
    expect(back.isClaim).toBeUndefined();
    expect(back.target).toEqual({ kind: 'none' });
  });

  it('rejects malformed documents', () => {
    expect(() => fromW3C({ type: 'Note' })).toThrow();
    expect(() => fromW3C({ 'gloss:visibility': 'everyone' })).toThrow();
    expect(() => fromW3C({ body: [{ purpose: 'commenting' }] })).toThrow();
  });
});
