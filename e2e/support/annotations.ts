/**
 * Annotation helpers for e2e specs: create annotations and groups through the
 * public API with a signed-in page's cookies (page.request shares them), so
 * specs exercise the same permission checks a browser would.
 */
import { expect, type Page } from '@playwright/test';
import type { SeededArticle } from './seed-article';
import { SAME_ORIGIN } from './same-origin';

export interface NewAnnotation {
  exact: string;
  body?: string;
  tags?: string[];
  visibility?: 'PRIVATE' | 'GROUP' | 'PUBLIC';
  groupId?: string;
}

/** Creates an annotation on the article's passage text; returns its id. */
export async function postAnnotation(page: Page, article: SeededArticle, a: NewAnnotation): Promise<string> {
  const start = article.text.indexOf(a.exact);
  if (start < 0) throw new Error(`"${a.exact}" is not in the article`);
  const res = await page.request.post('/api/annotations', {
    headers: SAME_ORIGIN,
    data: {
      articleId: article.id,
      selector: { exact: a.exact, start, end: start + a.exact.length },
      body: a.body,
      tags: a.tags,
      visibility: a.visibility ?? 'PRIVATE',
      groupId: a.groupId,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const doc = (await res.json()) as { id: string };
  return doc.id.split('/').pop()!;
}

/** Creates a group as the page's user; returns its id and slug. */
export async function postGroup(page: Page, name: string): Promise<{ id: string; slug: string; inviteCode: string }> {
  const res = await page.request.post('/api/groups', { headers: SAME_ORIGIN, data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}
