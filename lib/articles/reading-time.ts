/**
 * Word counts and reading-time estimates for canonical article text. Words are
 * runs of non-space characters, except that CJK ideographs and kana count one
 * word each (those scripts have no spaces between words).
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;

/** Number of words in a text (CJK characters count one each). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').split(/\s+/u).filter(Boolean).length;
  return cjk + rest;
}

/** Minutes to read `wordCount` words at 230 words a minute, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
