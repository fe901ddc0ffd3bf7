/**
 * Quotes a value for a Meilisearch filter expression. Tags and names come
 * from users, so they are escaped rather than trusted: a tag like
 * `x" OR visibility = "PRIVATE` must stay one harmless string.
 */

/** `abc` -> `"abc"`, with backslashes and double quotes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
