/**
 * The W3C Web Annotation selector shapes Gloss stores for every annotation,
 * and the result of anchoring them on a text. Kept in their own module so the
 * pure matcher, the DOM layer and the server share one definition.
 */

/** The quoted passage with about 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** UTF-16 code-unit offsets into a revision's canonical text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Where a passage was found: exact offsets in the given text and how sure we are (0..1]. */
export interface AnchorResult {
  start: number;
  end: number;
  confidence: number;
}

/** anchored: same place, fully confident; moved: found elsewhere or fuzzily; orphaned: not found. */
export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';
