'use client';
/**
 * The parts of the annotation UI that only appear when the reader acts (the
 * new-annotation editor, the edit form, the tag box), loaded on first use so
 * the article page's first-load JavaScript stays small.
 */
import dynamic from 'next/dynamic';

export const LazyAnnotationEditor = dynamic(() => import('./annotation-editor'), { ssr: false });
export const LazyEditForm = dynamic(() => import('./edit-form'), { ssr: false });
export const LazyTagInput = dynamic(() => import('./tag-input'), { ssr: false });
