/** One row of the `npm run bench` report. */
export interface BenchRow {
  /** Area, e.g. "anchoring", "search". */
  area: string;
  /** What was measured, e.g. "re-anchor 2,000 annotations on 200k chars (median of 5)". */
  measure: string;
  /** The figure as printed, with its unit, e.g. "41 ms". */
  figure: string;
  /** The goal as printed, e.g. "< 100 ms". */
  goal: string;
  met: boolean;
}

/** Context every benchmark gets: a running stack when it needs one. */
export interface BenchContext {
  databaseUrl: string;
  meiliHost: string;
  meiliMasterKey: string;
  /** Quick mode (`npm run bench -- --quick`): smaller sizes, for checking the harness. */
  quick: boolean;
  log(line: string): void;
}

/** A benchmark module in bench/ exports `benchmark`. */
export interface Benchmark {
  name: string;
  /** True when it needs Postgres/Meilisearch (the harness starts them once). */
  needsServices: boolean;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
