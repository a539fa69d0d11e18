import type { Manifest } from '../../manifest/types.js';
import { createHistogram, type LatencyHistogram } from './histogram.js';
import type { LoadResult } from './load-generator.js';

export type LatencySection = NonNullable<Manifest['latency']>;
export type EndpointSection = LatencySection['endpoints'][number];

/** Where in the manifest something belongs: findings annotate this line. */
export interface Site {
  file: string;
  line?: number;
  column?: number;
}

export interface Thresholds {
  p95Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  /** A share: 0.01 is 1%. */
  errorRate: number;
  /** Also judge p95 and the error rate in every window of this length (latency `window`). */
  windowMs?: number;
}

/** One endpoint as the run will load it, after defaults and caps. */
export interface EndpointPlan {
  /** Its position in latency.endpoints. */
  index: number;
  name: string;
  /** The request line as written (templates unexpanded, so no value leaks). */
  label: string;
  site: Site;
  /** The session it runs in; undefined when signed out. */
  session?: string;
  /** Requests per second the manifest asked for, and what will be sent after the ceiling. */
  askedRate: number;
  rate: number;
  thresholds: Thresholds;
  spec: EndpointSection;
}

/** What one run will send. Every number here is already within CAPS. */
export interface LoadPlan {
  endpoints: EndpointPlan[];
  askedRate: number;
  rate: number;
  ceiling: number;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  maxRequests: number;
  /** Requests the schedule holds, warmup included. */
  plannedRequests: number;
  maxInFlight: number;
  stop: { errorRate: number; window: number; minimum: number };
  regression: { relative: number; absoluteMs: number };
}

/** Something the manifest asked for that the run did differently, or refused. */
export interface Notice {
  site: Site;
  message: string;
}

export type ProblemRule = 'latency-no-target' | 'latency-setting-refused' | 'latency-invalid-request' | 'latency-sign-in-failed' | 'latency-unreachable';

/** Something that kept (part of) the load from running. */
export interface Problem extends Notice {
  rule: ProblemRule;
}

/** One endpoint's numbers, measured window only. */
export interface EndpointOutcome {
  plan: EndpointPlan;
  /** False when it was not loaded (its session could not sign in, its request could not be built). */
  loaded: boolean;
  histogram: LatencyHistogram;
  /** Requests due: sent plus those refused by the in-flight cap. */
  due: number;
  errors: number;
  dropped: number;
  statuses: Record<string, number>;
  failures: Record<string, { count: number; example: string }>;
  /** Every failure was a connection failure (refused, DNS, TLS, connect timeout). */
  unreachable: boolean;
  /** With a window threshold: the measured load cut into windows by due time, in order. */
  windows: WindowOutcome[];
  /**
   * Percentiles given rather than measured (a k6 end-of-test summary): the rules judge these, and
   * nothing can be merged or re-gated on a percentile the summary does not hold.
   */
  summary?: SummaryFigures;
}

/** Figures from a summary export; a percentile the export does not hold is undefined. */
export interface SummaryFigures {
  p50Ms?: number;
  p90Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  meanMs?: number;
}

/** One window of one endpoint's measured load. */
export interface WindowOutcome {
  startMs: number;
  histogram: LatencyHistogram;
  due: number;
  errors: number;
}

/** This run is shard `index` of `count` (1-based): it sent rate/count, and `latency merge` gates the whole. */
export interface Shard {
  index: number;
  count: number;
}

export interface BaselineComparison {
  file: string;
  site: Site;
  /** Why the baseline could not be used; the comparison is then skipped. */
  problem?: string;
  endpoints: { index: number; name: string; p95Ms: number; baselineP95Ms: number }[];
  /** Endpoints of this run the baseline does not have. */
  missing: string[];
}

/** Everything one latency run saw; the rules turn it into findings. */
export interface LatencyRun {
  file: string;
  sectionSite: Site;
  target?: { url: string; origin: string; environment?: string; source: 'url input' | 'environment' };
  problems: Problem[];
  capped: Notice[];
  plan?: LoadPlan;
  endpoints: EndpointOutcome[];
  load?: Omit<LoadResult, 'endpoints'>;
  /** The site findings about the whole load (early stop, rate, saturation) point at. */
  loadSite: Site;
  baseline?: BaselineComparison;
  /** Set on a shard's run: thresholds wait for the merge. */
  shard?: Shard;
  /** Where the numbers came from: this run's own load, merged shard reports, or k6's output. */
  source?: { kind: 'load' } | { kind: 'merge'; files: string[] } | { kind: 'k6'; file: string; summaryOnly: boolean };
  /** Findings about the inputs of a merge or an import (a refused report, a malformed k6 line). */
  inputProblems?: InputProblem[];
}

export type InputProblemRule = 'latency-merge-refused' | 'latency-import-invalid';

/** A report or a k6 file that could not be used, or a part of it that was skipped. */
export interface InputProblem {
  rule: InputProblemRule;
  severity?: 'error' | 'warning' | 'notice';
  file: string;
  line?: number;
  message: string;
}

/** An endpoint with nothing measured: not loaded, or not yet added to. */
export function emptyOutcome(plan: EndpointPlan): EndpointOutcome {
  return { plan, loaded: false, histogram: createHistogram(), due: 0, errors: 0, dropped: 0, statuses: {}, failures: {}, unreachable: false, windows: [] };
}
