/**
 * Turns a span of canonical text into the selectors we store: the quote with
 * its context (which survives edits) and the offsets (which are fastest to
 * check when the text did not change). Context is clipped at the text bounds,
 * so a short prefix tells the matcher the quote sat near the start.
 */
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes `text.slice(start, end)` as `[TextQuoteSelector, TextPositionSelector]`.
 * Throws RangeError when the range is not a non-empty span inside the text.
 */
export function describe(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Selection offsets must be whole numbers (got start=${start}, end=${end}).`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(
      `Selection ${start}-${end} lies outside the text, which has ${text.length} characters.`,
    );
  }
  if (end <= start) {
    throw new RangeError(`Selection must contain at least one character (got start=${start}, end=${end}).`);
  }
  // Never cut a surrogate pair in half: a lone surrogate would not round-trip as JSON text.
  const prefixStart = avoidSplitPair(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = avoidSplitPairEnd(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function avoidSplitPair(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index + 1 : index;
}

function avoidSplitPairEnd(text: string, index: number): number {
  return index < text.length && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index;
}
