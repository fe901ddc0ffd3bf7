/**
 * Saves a new annotation from the reader: makes its selector from the
 * canonical text (quote with prefix and suffix, offsets) and calls the
 * create action. Loaded with the first save (annotated-reader.tsx), since
 * reading never needs it.
 */
import { createAnnotationAction } from '@/app/articles/[slug]/actions';
import { describe } from '@/lib/anchoring/describe';
import type { EditorValues } from './annotation-editor';
import { toVisibility } from './visibility-select';

interface Input {
  article: { id: string; revisionId: string };
  /** The article body's text (the canonical text). */
  text: string;
  span: { start: number; end: number };
  values: Partial<EditorValues> & Pick<EditorValues, 'color' | 'visibility'>;
}

/** The create action's result for the selected span and the editor's values. */
export async function saveNewAnnotation({ article, text, span: { start, end }, values: v }: Input) {
  const [quote] = describe(text, start, end);
  return createAnnotationAction({
    articleId: article.id,
    revisionId: article.revisionId,
    selector: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', start, end },
    color: v.color,
    body: v.body || undefined,
    tags: v.tags ?? [],
    isClaim: !!v.isClaim,
    claimStatement: v.isClaim ? v.claimStatement : null,
    ...toVisibility(v.visibility),
  });
}
