/**
 * The query syntax, listed where people search (the search page's help panel).
 * A native <details>: opens and closes without JavaScript.
 */
const SYNTAX: [string, string][] = [
  ['rent control', 'passages and notes with both words (small typos are forgiven)'],
  ['"rent control"', 'the exact phrase'],
  ['-landlord', 'leave out results with this word'],
  ['tag:economy', 'annotations tagged economy; -tag:draft leaves a tag out'],
  ['user:ada', 'annotations by a person (user:me for yours)'],
  ['group:reading-club', 'annotations shared with one of your groups'],
  ['article:some-slug', 'only inside one article'],
  ['quote:"exact words"', 'annotations on a highlight containing these words'],
  ['is:claim', 'claims only; stance:disputes (supports, needs-context, question) for replies taking a stance'],
  ['since:2026-01-31 before:2026-03-01', 'created in a date range'],
];

/** Help panel listing the search syntax. */
export default function SearchSyntaxHelp({ open = false }: { open?: boolean }) {
  return (
    <details className="search-help" open={open}>
      <summary>Search syntax</summary>
      <dl>
        {SYNTAX.map(([example, meaning]) => (
          <div key={example}>
            <dt><code>{example}</code></dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
