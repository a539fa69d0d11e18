import type { CheckMeta } from '../check.js';
import { ROLLBACK_INPUTS } from '../rollback-inputs.js';

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * latency check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'latency'> = {
  name: 'latency',
  title: 'Latency under load',
  section: 'latency',
  live: true,
  description: "Under a fixed-rate load, each endpoint's p95, p99, max and error rate stay within their thresholds, and p95 does not regress from a baseline.",
  inputs: [
    { name: "url", description: "The URL to load instead of the environment's url, e.g. a preview deployment. Only its origin is ever sent requests." },
    { name: "baseline", description: "A JSON report of an earlier run (--format json, or the report output kept as an artifact) to compare p95 with; overrides latency.baseline." },
    { name: 'shard', description: 'Run shard i of N (e.g. 2/4): this job sends rate/N of every endpoint within caps/N, and writes its histograms for `latency merge`; thresholds are applied by the merge.' },
    { name: 'merge', description: 'Gate shard reports instead of sending load: JSON reports (paths or globs, comma-separated) whose histograms are added exactly (CLI: release-gate latency merge FILE...).' },
    { name: 'import-k6', description: 'Gate a k6 run instead of sending load: the file k6 wrote with --out json (CLI: release-gate latency import-k6 FILE).' },
    ...ROLLBACK_INPUTS,
  ],
  summary: 'p95 (and p99, max, error rate) under a controlled open-model load, without coordinated omission; per-window thresholds; sharded runs merged exactly (`latency merge`) and k6 results gated the same way (`latency import-k6`)',
  docs: 'docs/checks/latency.md',
};
