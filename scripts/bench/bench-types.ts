/**
 * A bench section: scripts/bench/sections/<name>.ts exports `name` (its key in `--json`) and `run`.
 * `json` holds the figures issues ask for (medians in ms, sizes in bytes); `table` is what a person reads.
 */
export interface BenchContext {
  /** The project folder. */
  root: string;
  /** True with --quick: fewer runs, for a smoke check. */
  quick: boolean;
}

export interface BenchRow {
  what: string;
  median_ms: number;
  p95_ms?: number;
  /** e.g. "312.4x slower than ours" */
  vs_ours?: string;
  note?: string;
}

export interface BenchResult {
  json: Record<string, number | string | boolean>;
  table: BenchRow[];
  notes?: string[];
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
