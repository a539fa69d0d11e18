import type { HistoryRecord, RunKind } from '../../src/operate/history/record.js';
import type { Report } from '../../src/types.js';

/** A report as the gate writes it: latency endpoints, smoke steps, a certificate and one warning. */
export function sampleReport(figures: { p95?: Record<string, number>; errors?: number; smoke?: Record<string, 'pass' | 'fail'>; daysLeft?: number; status?: 'pass' | 'fail' } = {}): Report {
  const p95 = figures.p95 ?? { 'task list': 120, dashboard: 80 };
  const smoke = figures.smoke ?? { dashboard: 'pass', 'create task': 'pass' };
  const smokeFailed = Object.values(smoke).includes('fail');
  return {
    schemaVersion: 1,
    status: figures.status ?? (smokeFailed ? 'fail' : 'pass'),
    checks: [
      {
        check: 'smoke', status: smokeFailed ? 'fail' : 'pass', durationMs: 300,
        findings: smokeFailed ? [{ ruleId: 'smoke-unexpected-status', severity: 'error', message: 'step "dashboard" got 502', file: '.github/release-gate.yml', line: 12 }] : [],
        metrics: {
          url: 'https://ops.example.com/', environment: 'production',
          steps: Object.entries(smoke).map(([name, status]) => ({ name, status, httpStatus: status === 'pass' ? 200 : 502, ms: 40 })),
          cleanups: [],
        },
      },
      {
        check: 'latency', status: 'pass', durationMs: 30_000,
        findings: [{ ruleId: 'latency-few-samples', severity: 'warning', message: 'only 40 samples', file: '.github/release-gate.yml', line: 30, hint: 'run longer' }],
        metrics: {
          environment: 'production',
          endpoints: Object.entries(p95).map(([name, ms]) => ({
            name, count: 200, errors: figures.errors ?? 0, errorRate: (figures.errors ?? 0) / 200, p50Ms: ms / 2, p95Ms: ms, p99Ms: ms * 1.5, maxMs: ms * 2,
            thresholds: { p95Ms: 500, errorRate: 0.01 }, histogram: 'HISTFAAAA',
          })),
        },
      },
      {
        check: 'domain', status: 'pass', durationMs: 900, findings: [],
        metrics: { records: 3, certificates: [{ host: 'ops.example.com', port: 443, daysLeft: figures.daysLeft ?? 60, validTo: '2027-02-01T00:00:00.000Z' }] },
      },
    ],
  };
}

/** A history record at `time`, built the way `history add` builds it. */
export function record(time: string, kind: RunKind, extra: Partial<HistoryRecord> = {}): HistoryRecord {
  return { v: 1, time, kind, environment: 'production', status: 'pass', checks: [], ...extra };
}
