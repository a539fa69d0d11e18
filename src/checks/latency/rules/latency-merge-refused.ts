import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';

/** A shard report `latency merge` could not add to the others; nothing is gated on a partial merge. */
export const latencyMergeRefused: Rule<LatencyRun> = {
  meta: {
    id: 'latency-merge-refused',
    check: 'latency',
    severity: 'error',
    description: 'latency merge refused a report: unreadable, not a latency report, without histograms, or from other endpoints or histogram settings than the rest.',
    help: 'Merge only the JSON reports (--format json, or the report output) of shard runs of one manifest: `release-gate latency --shard i/N --format json -o shard-i.json` in each job, then `release-gate latency merge shard-*.json`.',
  },
  run(run, report) {
    for (const p of run.inputProblems ?? []) {
      if (p.rule === 'latency-merge-refused') report({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), ...(p.severity ? { severity: p.severity } : {}), message: p.message });
    }
  },
};
