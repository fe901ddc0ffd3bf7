/**
 * Index settings for Gloss's two Meilisearch indexes, and `ensureIndexSettings`
 * which the app applies at start (instrumentation.ts) and reindex applies to
 * new indexes. Applying the same settings again is a no-op for Meilisearch, so
 * calling it at every start is safe and settings changes need no manual step.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { indexNames, type IndexNames } from './meili-client';
import { waitForSuccess } from './wait-for-success';

const sharedTypo: Settings['typoTolerance'] = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
};

/** Passages: article text with its title, byline and site for context. */
export const PASSAGE_SETTINGS: Settings = {
  searchableAttributes: ['text', 'articleTitle', 'byline', 'siteName'],
  displayedAttributes: ['*'],
  filterableAttributes: ['articleId', 'articleSlug', 'revisionId', 'visibility', 'type', 'createdAt', 'publishedAt', 'articleTitle'],
  sortableAttributes: ['createdAt', 'publishedAt', 'ordinal'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: sharedTypo,
  faceting: { maxValuesPerFacet: 50 },
  // Facet counts come with every search; searching *within* facet values is
  // never used, and building its structures slows every indexing task.
  facetSearch: false,
  pagination: { maxTotalHits: 1000 },
};

/** Annotations and replies: what people wrote ranks before what they quoted. */
export const ANNOTATION_SETTINGS: Settings = {
  searchableAttributes: ['body', 'claimStatement', 'quote', 'tags', 'authorName', 'articleTitle'],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'articleId', 'articleSlug', 'revisionId', 'visibility', 'authorId', 'rootAuthorId', 'authorKey', 'authorName', 'groupId', 'groupSlug',
    'tags', 'tagKeys', 'type', 'isClaim', 'stance', 'createdAt', 'rootId', 'articleTitle',
  ],
  sortableAttributes: ['createdAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'createdAt:desc'],
  typoTolerance: sharedTypo,
  faceting: { maxValuesPerFacet: 50 },
  // Facet counts come with every search; searching *within* facet values is
  // never used, and building its structures slows every indexing task.
  facetSearch: false,
  pagination: { maxTotalHits: 1000 },
};

/** Creates the indexes if missing and applies their settings; waits until done. */
export async function ensureIndexSettings(client: Meilisearch, names: IndexNames = indexNames()): Promise<void> {
  await applySettings(client, names.passages, PASSAGE_SETTINGS);
  await applySettings(client, names.annotations, ANNOTATION_SETTINGS);
}

/** Creates one index (primary key `id`) unless it exists, then applies settings. */
export async function applySettings(client: Meilisearch, uid: string, settings: Settings): Promise<void> {
  // An existing index makes this task fail with index_already_exists: that is fine.
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await waitForSuccess(client.index(uid).updateSettings(settings));
}
