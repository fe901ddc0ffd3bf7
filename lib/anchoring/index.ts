/**
 * Gloss anchoring: pure TypeScript (no DOM, React, Next or Prisma) that
 * describes a passage of canonical text as W3C selectors and finds it again
 * after the text changes. The DOM mapping lives apart in ./dom.
 */
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor } from './anchor';
export { anchorAll, type AnchorItem, type AnchorOutcome } from './anchor-all';
export { classifyAnchor } from './classify-anchor';
export type { AnchorResult, AnchorStatus, Selector, TextPositionSelector, TextQuoteSelector } from './types';
