'use client';
/**
 * The parts of the annotation UI that only appear when the reader acts (the
 * selection toolbar, the new-annotation editor, the edit form, an open
 * thread) or only on some articles (the claims summary, a claim's tally), loaded on first use
 * with React.lazy so the article page's first-load JavaScript stays small.
 * Only the claim parts are server-rendered (React waits for it there; in
 * the browser its server HTML stays until its chunk has loaded).
 */
import { type ComponentProps, type ComponentType, lazy, Suspense } from 'react';

function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Part = lazy(load);
  function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...(props as P & React.JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  return LazyPart;
}

export const LazyAnnotationEditor = lazyPart<ComponentProps<typeof import('./annotation-editor').default>>(() => import('./annotation-editor'));
export const LazyEditForm = lazyPart<ComponentProps<typeof import('./edit-form').default>>(() => import('./edit-form'));
export const LazyThreadDetails = lazyPart<ComponentProps<typeof import('./thread-details').default>>(() => import('./thread-details'));
export const LazySelectionToolbar = lazyPart<ComponentProps<typeof import('./selection-toolbar').default>>(() => import('./selection-toolbar'));
export const LazyClaimsSummary = lazyPart<ComponentProps<typeof import('./claims-summary').default>>(() => import('./claims-summary'));
export const LazyClaimTally = lazyPart<ComponentProps<typeof import('./claim-tally').default>>(() => import('./claim-tally'));
