import { thresholdRule } from './threshold.js';

export const latencyP99Exceeded = thresholdRule({
  id: 'latency-p99-exceeded',
  check: 'latency',
  severity: 'error',
  description: 'An endpoint\'s 99th-percentile latency under load is slower than its p99 threshold.',
  help: 'Look for what only some requests hit: garbage-collection pauses, periodic jobs, lock contention, a slow replica, retries inside the app.',
}, 'p99Ms', 'p99Ms', 'p99');
