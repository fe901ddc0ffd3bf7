/**
 * The DOM side of anchoring: canonical-text offsets to Ranges over the
 * rendered article and back, and painting highlights as <mark> elements.
 * May use DOM types; never React.
 */
export { buildTextIndex, type TextIndex } from './text-index';
export { textPositionToRange } from './text-position-to-range';
export { rangeToTextPosition } from './range-to-text-position';
export { highlightRanges, highlightRange, removeHighlights, HIGHLIGHT_ATTRIBUTE, type HighlightSpec } from './highlight-ranges';
