/**
 * Shared by every benchmark: a benchmark measures a thing and, in the same run, a baseline to
 * compare it with, because these machines are noisy. Figures are medians with their spread.
 */

export interface BenchRow {
  /** What was measured, e.g. "identity parsing". */
  name: string;
  /** Unit of `median`, e.g. "ms", "URLs/s", "KB gzip". */
  unit: string;
  median: number;
  /** Interquartile range (p75 - p25) in the same unit; 0 for single measurements. */
  spread: number;
  /** The baseline measured in the same run, and what it is. */
  baseline?: { name: string; median: number };
  /** Target from the issue, for the reader of the report (never asserted). */
  target?: string;
  note?: string;
}

export interface BenchContext {
  /** ../shared/corpus or the folder given with --corpus; undefined when absent. */
  corpusDir: string | undefined;
  /** Fewer iterations, for a quick look (`npm run bench -- --quick`). */
  quick: boolean;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface Summary {
  median: number;
  spread: number;
  samples: number;
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    spread: quantile(sorted, 0.75) - quantile(sorted, 0.25),
    samples: sorted.length,
  };
}

/** Times `fn` (milliseconds per call) after a warm-up. */
export async function timeIt(
  fn: () => unknown,
  { iterations = 30, warmup = 3 }: { iterations?: number; warmup?: number } = {},
): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
