-- Full-text indexes for search's Postgres fallback (lib/search/search-postgres.ts),
-- used while Meilisearch is unreachable. Expression indexes: schema.prisma cannot
-- describe them and needs no change. The expressions must match the queries exactly.
CREATE INDEX "Passage_text_fts_idx" ON "Passage" USING GIN (to_tsvector('simple', "text"));
CREATE INDEX "Annotation_text_fts_idx" ON "Annotation" USING GIN (
  to_tsvector('simple', coalesce("body", '') || ' ' || coalesce("quoteExact", '') || ' ' || coalesce("claimStatement", ''))
);
