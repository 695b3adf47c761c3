/** Timing helpers for `npm run bench`: medians over many runs after a warm-up, never a single sample. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Runs `fn` `warmup` times unmeasured, then until `runs` samples or `budgetMs` elapsed (at least 5). */
export async function measure(
  fn: () => unknown,
  options: { warmup?: number; runs?: number; budgetMs?: number } = {},
): Promise<Timing> {
  const { warmup = 5, runs = 50, budgetMs = 5_000 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < runs && (samples.length < 5 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export const ratio = (slow: number, fast: number): string => `${(slow / fast).toFixed(1)}x`;
