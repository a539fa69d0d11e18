import { thresholdRule } from './threshold.js';

export const latencyMaxExceeded = thresholdRule({
  id: 'latency-max-exceeded',
  check: 'latency',
  severity: 'error',
  description: 'The slowest request to an endpoint took longer than its max threshold.',
  help: 'A single very slow request is usually a stall: a deploy still warming up, a full garbage collection, a lock, a timeout inside the app. Check the app\'s logs at the time of the run.',
}, 'maxMs', 'maxMs', 'the slowest request');
