import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';

/** What `latency import-k6` could not use: a malformed line (skipped), points of no endpoint, a summary export. */
export const latencyImportInvalid: Rule<LatencyRun> = {
  meta: {
    id: 'latency-import-invalid',
    check: 'latency',
    severity: 'warning',
    description: 'latency import-k6 skipped part of its input (a line that is not a k6 JSON point, points that match no endpoint), or was given a summary export that cannot be merged or gated on other percentiles.',
    help: 'Give it the output of `k6 run --out json=results.json`, and name each request after its manifest endpoint (the k6 `name` tag) or keep its method and path the same.',
  },
  run(run, report) {
    for (const p of run.inputProblems ?? []) {
      if (p.rule !== 'latency-import-invalid') continue;
      report({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), ...(p.severity ? { severity: p.severity } : {}), message: p.message });
    }
  },
};
