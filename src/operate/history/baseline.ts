/** The median and spread of earlier comparable runs: what one run is judged against. */
export interface Baseline {
  median: number;
  /** Median absolute deviation scaled to a standard deviation (x1.4826): robust to the odd slow run. */
  spread: number;
  /** Runs it was made from. */
  runs: number;
}

export type Verdict = 'worse' | 'better' | 'steady' | 'too-few-runs';

export const DEFAULT_BASELINE_RUNS = 20;
/** Fewer earlier runs than this and nothing is called a regression: one point is never a baseline. */
export const MIN_BASELINE_RUNS = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The baseline of the last `window` values (oldest first), or undefined when there are fewer than MIN_BASELINE_RUNS. */
export function rollingBaseline(values: readonly number[], window = DEFAULT_BASELINE_RUNS): Baseline | undefined {
  const recent = values.slice(-window);
  if (recent.length < MIN_BASELINE_RUNS) return undefined;
  const m = median(recent);
  const spread = 1.4826 * median(recent.map((v) => Math.abs(v - m)));
  return { median: m, spread, runs: recent.length };
}

/**
 * Higher is worse (latency, error rate). A value is worse only when it is above the median by more
 * than three spreads AND by more than `relative` of the median AND by more than `floor`: shared
 * runners jitter by tens of percent, and a 2 ms move on a 10 ms endpoint pages nobody.
 */
export function judge(value: number, baseline: Baseline | undefined, tolerance: { relative: number; floor: number }): Verdict {
  if (!baseline) return 'too-few-runs';
  const margin = Math.max(3 * baseline.spread, tolerance.relative * baseline.median, tolerance.floor);
  if (value > baseline.median + margin) return 'worse';
  if (value < baseline.median - margin) return 'better';
  return 'steady';
}

export const LATENCY_TOLERANCE = { relative: 0.2, floor: 5 };
export const ERROR_RATE_TOLERANCE = { relative: 0.5, floor: 0.01 };
