/**
 * An article's annotation threads as one Markdown document, for people who
 * keep their notes elsewhere (Obsidian, a wiki, a paper draft): each quote as
 * a blockquote with its meaning, tags, claim and stance tally, the note as
 * written, replies nested under it, and a link back to the thread in Gloss.
 * Pure: the caller has already filtered the threads for the viewer.
 */
import { describeTally, meaningOf, stanceLabel } from '../annotate/stance-display';
import type { AnnotationThread, AnnotationView } from './annotation-view';

export interface ExportedArticle {
  title: string;
  slug: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
}

export interface ExportOptions {
  /** Absolute origin for links back to Gloss, e.g. "https://gloss.example.org". */
  origin: string;
  /** Shown in the header: what was exported ("all annotations you can see", "your annotations"). */
  scopeLabel: string;
  exportedAt: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Prefixes every line (so multi-line quotes and bodies stay inside their blockquote or list item). */
function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, i) => ((i === 0 ? firstPrefix : prefix) + line).trimEnd())
    .join('\n');
}

/** Square brackets and backslashes would end or break a link text. */
const linkText = (s: string) => s.replace(/[\\[\]]/g, (c) => `\\${c}`);

function replyLines(reply: AnnotationView, depth: number): string {
  const stance = stanceLabel(reply.stance);
  const head = `**${reply.author.name}**${stance ? ` (${stance})` : ''}, ${day(reply.createdAt)}${reply.editedAt ? ', edited' : ''}:`;
  const body = reply.deleted ? '_deleted_' : reply.body ?? '';
  const pad = '  '.repeat(depth);
  return indentLines(`${head} ${body}`, `${pad}  `, `${pad}- `);
}

/** Replies nested by parent, oldest first; a reply whose parent the viewer cannot see goes to the top level. */
function repliesMarkdown(thread: AnnotationThread): string[] {
  const ids = new Set(thread.replies.map((r) => r.id));
  const children = new Map<string, AnnotationView[]>();
  for (const r of thread.replies) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : thread.id;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: string[] = [];
  const walk = (parentId: string, depth: number) => {
    for (const r of children.get(parentId) ?? []) {
      out.push(replyLines(r, depth));
      walk(r.id, depth + 1);
    }
  };
  walk(thread.id, 0);
  return out;
}

function threadMarkdown(thread: AnnotationThread, link: string): string {
  const parts: string[] = [];
  const quote = thread.selectors?.exact.trim();
  parts.push(quote ? indentLines(quote, '> ') : '> _(no quote)_');
  if (thread.isClaim && thread.claimStatement) {
    parts.push(`**Claim:** ${thread.claimStatement} (${describeTally(thread.stanceTally)})`);
  }
  const facts = [
    `${meaningOf(thread.color).label}`,
    `${thread.author.name}, ${day(thread.createdAt)}${thread.editedAt ? ' (edited)' : ''}`,
    thread.tags.length ? thread.tags.map((t) => `#${t.slug}`).join(' ') : null,
    thread.anchorStatus === 'ORPHANED' ? 'orphaned: the passage is no longer in the article' : null,
    `[open in Gloss](${link})`,
  ].filter(Boolean);
  parts.push(facts.join(' · '));
  if (thread.deleted) parts.push('_deleted_');
  else if (thread.body) parts.push(thread.body.trim());
  const replies = repliesMarkdown(thread);
  if (replies.length) parts.push(replies.join('\n'));
  return parts.join('\n\n');
}

/** The whole document. Threads are written in the order given (the reader's: by position). */
export function threadsToMarkdown(article: ExportedArticle, threads: readonly AnnotationThread[], options: ExportOptions): string {
  const articleUrl = `${options.origin}/articles/${encodeURIComponent(article.slug)}`;
  const about = [article.byline, article.siteName].filter(Boolean).join(' · ');
  const header = [
    `# ${article.title}`,
    [about, article.sourceUrl ? `Source: <${article.sourceUrl}>` : null, `In Gloss: [${linkText(article.title)}](${articleUrl})`]
      .filter(Boolean)
      .join('  \n'),
    `_Exported ${day(options.exportedAt)}: ${options.scopeLabel}, ${threads.length} ${threads.length === 1 ? 'thread' : 'threads'}._`,
  ];
  if (threads.length === 0) return `${header.join('\n\n')}\n\nNo annotations yet.\n`;
  const body = threads.map((t) => threadMarkdown(t, `${articleUrl}#a-${t.id}`));
  return `${header.join('\n\n')}\n\n---\n\n${body.join('\n\n---\n\n')}\n`;
}
