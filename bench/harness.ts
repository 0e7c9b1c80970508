/**
 * Shared benchmark helpers. Each bench/<name>.bench.ts default-exports an async function returning rows;
 * `npm run bench` (scripts/bench.mjs) runs them all, prints one table and writes bench/results/latest.json.
 */
export interface BenchRow {
  name: string;
  /** Median in milliseconds (or the unit below). */
  median: number;
  /** p95, where measured. */
  p95?: number;
  unit?: 'ms' | 'ratio' | 'KB' | 'keys';
  /** Target the figure must meet, same unit; `lower` is better unless said. */
  target?: number;
  /** Which figure the target applies to (default the median). */
  targetOn?: 'median' | 'p95';
  note?: string;
}

export type Bench = () => Promise<BenchRow[]>;

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

/** Run `fn` `warmup` times unmeasured, then `runs` times; returns the samples in ms. */
export async function measure(fn: () => unknown, runs = 30, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
