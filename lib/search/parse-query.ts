/**
 * Parses what a person types into the search box: free text and quoted
 * phrases, plus operators `tag:`, `-tag:`, `user:`, `group:`, `article:`,
 * `quote:"..."`, `is:claim`, `stance:`, `since:` and `before:`. Pure: no
 * I/O. A malformed query yields `{ ok: false, error }` with a sentence a
 * person understands; it never throws. Unknown `word:word` tokens stay free
 * text, so pasting "https://example.com" or "10:30" still searches.
 */

export const STANCES = ['supports', 'disputes', 'needs-context', 'question'] as const;
export type StanceName = (typeof STANCES)[number];

/** Stance names as stored in Postgres and the index. */
export const STANCE_VALUES: Record<StanceName, 'SUPPORTS' | 'DISPUTES' | 'NEEDS_CONTEXT' | 'QUESTION'> = {
  supports: 'SUPPORTS',
  disputes: 'DISPUTES',
  'needs-context': 'NEEDS_CONTEXT',
  question: 'QUESTION',
};

export interface SearchQuery {
  /** Plain words to find. */
  terms: string[];
  /** Quoted phrases to find as written. */
  phrases: string[];
  /** Words that must not appear (`-word`). */
  excludeTerms: string[];
  tags: string[];
  excludeTags: string[];
  users: string[];
  groups: string[];
  articles: string[];
  /** `quote:"..."`: text the annotation's highlighted quote must contain. */
  quotes: string[];
  isClaim: boolean;
  stances: StanceName[];
  /** Inclusive lower bound (start of that UTC day). */
  since: Date | null;
  /** Exclusive upper bound (start of that UTC day). */
  before: Date | null;
}

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; error: string };

export const MAX_QUERY_LENGTH = 500;
const OPERATORS = ['tag', 'user', 'group', 'article', 'quote', 'is', 'stance', 'since', 'before'] as const;
type Operator = (typeof OPERATORS)[number];

interface Token {
  negated: boolean;
  key: Operator | null;
  value: string;
  quoted: boolean;
}

/** An empty query: matches everything the asker may see. */
export function emptyQuery(): SearchQuery {
  return {
    terms: [], phrases: [], excludeTerms: [], tags: [], excludeTags: [], users: [], groups: [], articles: [], quotes: [],
    isClaim: false, stances: [], since: null, before: null,
  };
}

/** True when the query has operators that only annotations and replies can match. */
export function isAnnotationOnly(q: SearchQuery): boolean {
  return q.tags.length > 0 || q.users.length > 0 || q.groups.length > 0 || q.quotes.length > 0 || q.isClaim || q.stances.length > 0;
}

/** The free-text part as Meilisearch query syntax: words, "phrases" and -negations. */
export function toMeiliText(q: SearchQuery): string {
  return [...q.terms, ...q.phrases.map((p) => `"${p}"`), ...q.excludeTerms.map((t) => `-${t}`)].join(' ');
}

function tokenize(input: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i])) {
      i++;
      continue;
    }
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1])) {
      negated = true;
      i++;
    }
    let key: Operator | null = null;
    const m = /^([a-z]+):/i.exec(input.slice(i));
    if (m && (OPERATORS as readonly string[]).includes(m[1].toLowerCase())) {
      key = m[1].toLowerCase() as Operator;
      i += m[0].length;
    }
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      if (end === -1) return 'A quotation mark (") is not closed.';
      tokens.push({ negated, key, value: input.slice(i + 1, end).trim().replace(/\s+/g, ' '), quoted: true });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/.test(input[j])) j++;
    tokens.push({ negated, key, value: input.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}

function parseDay(value: string, op: 'since' | 'before'): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    return `${op}: expects a date like 2026-01-31.`;
  }
  return date;
}

/** Parses a search box query. See the module comment for the syntax. */
export function parseQuery(input: string): ParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'The query must be text.' };
  if (input.length > MAX_QUERY_LENGTH) {
    return { ok: false, error: `The query is too long (${input.length} characters; at most ${MAX_QUERY_LENGTH}).` };
  }
  const tokens = tokenize(input);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const q = emptyQuery();
  for (const t of tokens) {
    if (!t.key) {
      if (!t.value) continue;
      if (t.quoted) (t.negated ? q.excludeTerms : q.phrases).push(t.negated ? `"${t.value}"` : t.value);
      else (t.negated ? q.excludeTerms : q.terms).push(t.value);
      continue;
    }
    if (!t.value) return { ok: false, error: `${t.key}: needs a value, like ${example(t.key)}.` };
    if (t.negated && t.key !== 'tag') return { ok: false, error: `Only tags can be excluded (like -tag:draft); "-${t.key}:" is not supported.` };
    switch (t.key) {
      case 'tag':
        (t.negated ? q.excludeTags : q.tags).push(t.value.toLowerCase());
        break;
      case 'user':
        q.users.push(t.value);
        break;
      case 'group':
        q.groups.push(t.value.toLowerCase());
        break;
      case 'article':
        q.articles.push(t.value);
        break;
      case 'quote':
        q.quotes.push(t.value);
        break;
      case 'is':
        if (t.value.toLowerCase() !== 'claim') return { ok: false, error: `is: only knows is:claim (got "is:${t.value}").` };
        q.isClaim = true;
        break;
      case 'stance': {
        const s = t.value.toLowerCase();
        if (!(STANCES as readonly string[]).includes(s)) {
          return { ok: false, error: `stance: expects one of ${STANCES.join(', ')} (got "${t.value}").` };
        }
        if (!q.stances.includes(s as StanceName)) q.stances.push(s as StanceName);
        break;
      }
      case 'since':
      case 'before': {
        const d = parseDay(t.value, t.key);
        if (typeof d === 'string') return { ok: false, error: d };
        q[t.key] = d;
        break;
      }
    }
  }
  if (q.since && q.before && q.since >= q.before) {
    return { ok: false, error: 'since: must be an earlier date than before:, or nothing can match.' };
  }
  return { ok: true, query: q };
}

function example(key: Operator): string {
  const examples: Record<Operator, string> = {
    tag: 'tag:climate', user: 'user:alice', group: 'group:reading-club', article: 'article:some-article-slug',
    quote: 'quote:"exact words"', is: 'is:claim', stance: 'stance:disputes', since: 'since:2026-01-31', before: 'before:2026-01-31',
  };
  return examples[key];
}
