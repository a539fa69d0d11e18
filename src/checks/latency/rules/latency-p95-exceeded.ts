import { thresholdRule } from './threshold.js';

export const latencyP95Exceeded = thresholdRule({
  id: 'latency-p95-exceeded',
  check: 'latency',
  severity: 'error',
  description: 'An endpoint\'s 95th-percentile latency under load is slower than its p95 threshold.',
  help: 'Find what the slowest requests wait on (traces, slow-query log, lock waits, a cold cache, connection pool size) and fix that; raise p95 only if the threshold was wrong for this screen.',
}, 'p95Ms', 'p95Ms', 'p95');
