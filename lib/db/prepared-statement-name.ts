/**
 * Names for prepared statements, so that each pool connection prepares a
 * statement once: Postgres then skips parsing and, after a few runs,
 * planning. Unnamed, every query was parsed and planned again, which was
 * more than half of Postgres's CPU per write under load (planning alone asks
 * the kernel for the size of every table and index a statement touches;
 * bench/writes.bench.ts: 3.0–3.4 → 1.4–1.5 ms of Postgres CPU per write).
 *
 * The name is a hash of the SQL text, so the same text gets the same name in
 * every process and two texts never share one. Each connection keeps what it
 * prepared until it closes, so only the first `limit` distinct texts get a
 * name (long `IN` lists make one text per length); the rest run unnamed.
 */
import { createHash } from 'node:crypto';

/** A namer with its own memory of texts: `(sql) => name`, or undefined beyond `limit` texts. */
export function createStatementNamer(limit = 2_000): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `gloss_${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name;
  };
}
