import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { at, count } from './describe.js';

export const latencySaturated: Rule<LatencyRun> = {
  meta: {
    id: 'latency-saturated',
    check: 'latency',
    severity: 'warning',
    description: 'So many requests were waiting for a response (1000) that requests falling due were not sent; each was counted as an error at its due time.',
    help: 'The app stopped keeping up with the rate: find what it waits on. The cap keeps a stalled app from being sent thousands of connections; lower the rate or the timeout if the app is known to be slow.',
  },
  run(run, report) {
    if (!run.load || run.load.dropped === 0 || !run.plan) return;
    report({ ...at(run.loadSite), message: `${count(run.load.dropped, 'request')} were not sent because ${run.plan.maxInFlight.toLocaleString('en-US')} were already waiting for a response; they count as errors ("in-flight cap")` });
  },
};
