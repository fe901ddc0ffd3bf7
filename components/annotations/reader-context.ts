'use client';
/**
 * What every annotation component needs from the reader without passing it
 * through each level: who is reading, their groups, the article, and the
 * functions that apply a change to the shared list of threads.
 */
import { createContext, useContext } from 'react';
import type { AnnotationView } from '@/lib/annotations/annotation-view';

export interface ReaderContextValue {
  me: { id: string; name: string } | null;
  groups: Array<{ id: string; name: string }>;
  articleSlug: string;
  /** Applies the reader's own create/edit at once (no "N new" indicator). */
  applyOwn: (a: AnnotationView) => void;
  /** Applies the reader's own delete. */
  applyDeleted: (id: string) => void;
  /** Focuses a thread's card and its highlight. */
  activate: (rootId: string | null) => void;
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

/** The reader context; throws outside <AnnotatedReader>. */
export function useReader(): ReaderContextValue {
  const v = useContext(ReaderContext);
  if (!v) throw new Error('useReader() outside <AnnotatedReader>');
  return v;
}

/** Dates arrive as strings from JSON APIs; the views keep Date objects. */
export function reviveView(a: AnnotationView): AnnotationView {
  return {
    ...a,
    createdAt: new Date(a.createdAt),
    updatedAt: new Date(a.updatedAt),
    editedAt: a.editedAt ? new Date(a.editedAt) : null,
  };
}
