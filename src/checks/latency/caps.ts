/**
 * Hard limits on the load one run may send. A latency check points real traffic at a real
 * environment, often production, from a shared runner: a typo such as `rate: 5000` must not become
 * an outage. docs/checks/latency.md lists these; keep the two in step.
 */
export const CAPS = {
  /** Requests per second, all endpoints together, unless `max-rate` raises it. */
  defaultMaxRate: 50,
  /** `max-rate` cannot go above this (the schema refuses more; the code clamps again). */
  absoluteMaxRate: 1000,
  /** `warmup` + `duration`. Longer runs are refused, not shortened: the manifest asks for something unsafe. */
  maxRunMs: 10 * 60_000,
  /** Requests per run, warmup included, unless `max-requests` raises it. */
  defaultMaxRequests: 30_000,
  absoluteMaxRequests: 600_000,
  /** One request's timeout. */
  maxTimeoutMs: 60_000,
  /**
   * Requests waiting for a response at once. A request due while this many are waiting is not sent:
   * it is recorded as an error at its due time (never silently skipped), so a stalled app cannot make
   * the run open thousands of connections.
   */
  maxInFlight: 1000,
} as const;

export const DEFAULTS = {
  rate: 10,
  durationMs: 30_000,
  warmupMs: 0,
  timeoutMs: 10_000,
  /** Share of failed requests an endpoint may have. */
  errorRate: 0.01,
  /** Early stop: this share of the last `stopWindow` requests failed, once `stopMinimum` have finished. */
  stopErrorRate: 0.5,
  stopWindow: 50,
  stopMinimum: 20,
  /** A p95 regression must be worse than the baseline by both margins. */
  regressionRelative: 0.2,
  regressionAbsoluteMs: 25,
  /** Sign-in requests are retried like smoke's (they run before the load). */
  signInRetries: 2,
  /** A window with fewer requests than this is not judged: its p95 would be one or two requests. */
  windowMinimum: 10,
  /** Windows shorter than this are refused (latency-setting-refused). */
  windowMinMs: 1000,
} as const;

/**
 * The generator is behind its schedule when more than 5% of requests go out this late: its own delay
 * could then move the reported p95. It reports latency-rate-not-reached; the latencies still count the
 * delay (they are measured from due times), so they err on the slow side.
 */
export const LAG_LIMIT = {
  p95Ms: 25,
  /** The rate actually sent, as a share of the rate asked. */
  minRateShare: 0.95,
} as const;
