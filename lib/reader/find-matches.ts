/**
 * Find-in-article matching: where a query occurs in an article's canonical
 * text, ignoring case and diacritics ("cafe" finds "Café") and treating any
 * run of whitespace as one space. Answers are offsets into the canonical text
 * itself, so the find bar can paint them with the anchoring highlighter. Pure.
 */

/** One match: [start, end) in the original text. */
export interface FindMatch {
  start: number;
  end: number;
}

/** At most this many matches are reported; painting thousands of marks would stall the page. */
export const MAX_FIND_MATCHES = 500;

/** Lower-case, strip combining marks; one code point may fold to zero or more units. */
function foldCodePoint(cp: string): string {
  return cp.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds a query the same way the text is folded; surrounding whitespace is dropped. */
export function foldQuery(query: string): string {
  return fold(query.trim()).folded;
}

/** The folded text and, for each of its code units, the original offset it came from (plus the original end of that code point). */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let lastWasSpace = false;
  for (const cp of text) {
    const start = i;
    i += cp.length;
    if (/\s/.test(cp)) {
      if (lastWasSpace) {
        to[to.length - 1] = i;
        continue;
      }
      lastWasSpace = true;
      folded += ' ';
      from.push(start);
      to.push(i);
      continue;
    }
    lastWasSpace = false;
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) {
      from.push(start);
      to.push(i);
    }
    folded += f;
  }
  return { folded, from, to };
}

/** Non-overlapping matches of `query` in `text`, in order; empty for a blank query. */
export function findMatches(text: string, query: string, limit = MAX_FIND_MATCHES): FindMatch[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const { folded, from, to } = fold(text);
  const out: FindMatch[] = [];
  let at = folded.indexOf(needle);
  while (at !== -1 && out.length < limit) {
    const last = at + needle.length - 1;
    out.push({ start: from[at], end: to[last] });
    at = folded.indexOf(needle, at + needle.length);
  }
  return out;
}

/** The match index after stepping `direction` from `current`, wrapping at both ends like browsers' find. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
