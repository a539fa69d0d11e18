import { GATE_RULES, registerRules, type RuleMeta } from '../../src/rules/registry.js';
import type { CheckResult, Finding, Report, Severity } from '../../src/types.js';

/** Metadata for the sample's rules; "few-samples" is left unregistered on purpose (the fallback path). */
export const SAMPLE_RULES: RuleMeta[] = [
  {
    id: 'index-not-concurrent', check: 'migrations', severity: 'error',
    description: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds.',
    help: 'Use CREATE INDEX CONCURRENTLY, in a migration of its own, outside a transaction.',
  },
  {
    id: 'rename-breaks-running-app', check: 'migrations', severity: 'warning',
    description: 'Renaming a column breaks the app version that is still running during the deploy.',
    help: 'Add the new column, write to both, backfill, switch reads, then drop the old one.',
  },
  {
    id: 'missing-lock-timeout', check: 'migrations', severity: 'notice',
    description: 'A migration takes locks without setting lock_timeout.',
    help: 'Start the migration with SET lock_timeout = \'5s\'.',
  },
  {
    id: 'p95-over-budget', check: 'latency', severity: 'warning',
    description: 'An endpoint\'s 95th-percentile latency is over its budget.',
    help: 'Profile the endpoint under the same rate, or raise the budget in the manifest if it was too tight.',
  },
];
registerRules(SAMPLE_RULES);

/** The message that needs escaping in every format: %, a newline, |, <, &, : and , plus a BEL control character. */
export const TRICKY_MESSAGE = 'CREATE INDEX on "tasks" locks 100% of writes: a|b <script>alert(1)</script> & co, *bold* [x](y)\nsecond line \u0007end';

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    status: 'fail',
    checks: [
      {
        check: 'migrations', status: 'fail', durationMs: 42,
        findings: [
          {
            ruleId: 'index-not-concurrent', severity: 'error', message: TRICKY_MESSAGE,
            file: 'db/migrations/002_add,index.sql', line: 3, column: 1, endLine: 3, endColumn: 41,
            hint: 'Use CREATE INDEX CONCURRENTLY, in a migration of its own, outside a transaction.',
          },
          {
            ruleId: 'index-not-concurrent', severity: 'error', message: 'CREATE INDEX on "audit_log" locks writes',
            file: 'db/migrations/003_audit.sql', line: 7, column: 1, endLine: 9, endColumn: 20,
            hint: 'Use CREATE INDEX CONCURRENTLY, in a migration of its own, outside a transaction.',
          },
          {
            ruleId: 'rename-breaks-running-app', severity: 'warning',
            message: 'renaming `tasks.title` to `tasks.name` breaks the running app',
            file: 'db/migrations/004_rename.sql', line: 2, column: 13,
            hint: 'Add tasks.name, write to both, backfill, switch reads, then drop tasks.title.',
          },
          {
            ruleId: 'missing-lock-timeout', severity: 'notice', message: 'no lock_timeout before ALTER TABLE',
            file: 'db/migrations/004_rename.sql',
          },
        ],
        metrics: { files: 3, statements: 9 },
      },
      {
        check: 'latency', status: 'pass', durationMs: 30512,
        findings: [
          {
            ruleId: 'p95-over-budget', severity: 'warning', message: 'task list: p95 was 512 ms, over the 500 ms budget',
            file: '.github/release-gate.yml', line: 40, column: 7,
            hint: 'Profile GET /api/tasks at 20 requests per second.',
          },
          { ruleId: 'few-samples', severity: 'notice', message: 'dashboard: only 18 requests finished in 30s' },
        ],
        metrics: {
          endpoints: [
            { name: 'task list', count: 600, errors: 0, p50Ms: 120, p95Ms: 512, p99Ms: 640, maxMs: 810 },
            { name: 'dashboard', count: 18, errors: 1, p50Ms: 88, p95Ms: 140, p99Ms: 150, maxMs: 151 },
          ],
        },
      },
      { check: 'secrets', status: 'pass', durationMs: 7, findings: [], metrics: { files: 120 } },
      { check: 'env', status: 'skipped', durationMs: 0, findings: [], metrics: { reason: 'the manifest has no `env` section' } },
      {
        check: 'smoke', status: 'error', durationMs: 3,
        findings: [{
          ruleId: GATE_RULES.checkCrashed.id, severity: 'error',
          message: 'the smoke check stopped: connect ECONNREFUSED 127.0.0.1:8080',
          file: '.github/release-gate.yml', line: 52, column: 1, hint: GATE_RULES.checkCrashed.help,
        }],
        metrics: {},
      },
    ],
  };
}

/** A report with `count` findings spread over severities, for the size and limit tests. */
export function bulkReport(count: number, severities: Severity[] = ['error', 'warning', 'notice']): Report {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    ruleId: 'index-not-concurrent',
    severity: severities[i % severities.length],
    message: `finding number ${i}: CREATE INDEX on "table_${i}" locks writes | <b>&</b>`,
    file: `db/migrations/${String(i).padStart(5, '0')}_index.sql`,
    line: (i % 400) + 1,
    column: 1,
    hint: 'Use CREATE INDEX CONCURRENTLY, in a migration of its own, outside a transaction.',
  }));
  const check: CheckResult = { check: 'migrations', status: 'fail', durationMs: 5, findings, metrics: {} };
  return { schemaVersion: 1, status: 'fail', checks: [check] };
}
