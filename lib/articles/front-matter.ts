/**
 * A tiny front-matter reader for imported Markdown/text files: a leading block
 * between "---" lines of "key: value" pairs (title, byline/author, site,
 * date/published, url). Not full YAML: values are single-line strings,
 * optionally quoted; unknown keys are ignored.
 */

export interface FrontMatter {
  title?: string;
  byline?: string;
  siteName?: string;
  date?: string;
  url?: string;
}

const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  byline: 'byline',
  author: 'byline',
  site: 'siteName',
  sitename: 'siteName',
  site_name: 'siteName',
  date: 'date',
  published: 'date',
  publishedat: 'date',
  url: 'url',
  source: 'url',
};

/** Splits front matter off the source; returns the fields found and the remaining body. */
export function parseFrontMatter(source: string): { meta: FrontMatter; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { meta: {}, body: source };
  const meta: FrontMatter = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = KEYS[kv[1].toLowerCase()];
    const value = kv[2].replace(/^(['"])(.*)\1$/, '$2').trim();
    if (key && value) meta[key] = value;
  }
  return { meta, body: source.slice(m[0].length) };
}
