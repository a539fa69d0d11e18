import { describe, expect, test } from '@jest/globals';
import { groupDigits } from '../../src/reporters/counts.js';
import { printable, renderText, shouldUseColor } from '../../src/reporters/text.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

describe('shouldUseColor', () => {
  test.each<[string, Record<string, string>, boolean, boolean]>([
    ['a TTY', {}, true, true],
    ['not a TTY', {}, false, false],
    ['NO_COLOR=1', { NO_COLOR: '1' }, true, false],
    ['NO_COLOR set but empty', { NO_COLOR: '' }, true, false],
    ['NO_COLOR beats FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['FORCE_COLOR when piped', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR empty when piped', { FORCE_COLOR: '' }, false, true],
    ['FORCE_COLOR=0 turns it off', { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false turns it off', { FORCE_COLOR: 'false' }, true, false],
    ['TERM=dumb', { TERM: 'dumb' }, true, false],
  ])('%s', (_name, env, isTTY, expected) => {
    expect(shouldUseColor(env, isTTY)).toBe(expected);
  });
});

describe('renderText', () => {
  test('no escape sequences without colour, even when a message carries one', () => {
    const report: Report = sampleReport();
    report.checks[0].findings[0].message = 'log line \u001b[31mred\u001b[0m';
    const text = renderText(report, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('log line \\x1b[31mred\\x1b[0m');
  });

  test('colour marks severities when asked for', () => {
    const text = renderText(sampleReport(), { color: true });
    expect(text).toContain('\u001b[31merror\u001b[39m');
    expect(text).toContain('\u001b[33mwarning\u001b[39m');
    expect(text).toContain('\u001b[36mnotice\u001b[39m');
  });

  test('findings under a header per file, one line each as line:col  severity  message  ruleId, and a final summary line', () => {
    const lines = renderText(sampleReport(), { color: false }).trimEnd().split('\n');
    const at = lines.indexOf('  .github/release-gate.yml', lines.indexOf('smoke  error  3 ms'));
    expect(lines[at + 1]).toBe('    52:1  error    the smoke check stopped: connect ECONNREFUSED 127.0.0.1:8080  check-crashed');
    expect(lines.at(-1)).toBe('✖ release-gate: fail  3 errors, 2 warnings, 2 notices in 5 checks (1 skipped, 1 could not finish)');
  });

  test('one rule\'s findings in a file sit together and share their hint; files in the order of their worst finding', () => {
    const finding = (ruleId: string, severity: 'error' | 'warning', file: string, line: number, hint: string) => ({ ruleId, severity, message: `${ruleId} at ${line}`, file, line, column: 1, hint });
    const report: Report = { schemaVersion: 1, status: 'fail', checks: [{ check: 'migrations', status: 'fail', durationMs: 5, metrics: {}, findings: [
      finding('missing-lock-timeout', 'warning', 'db/001.sql', 1, 'Set lock_timeout.'),
      finding('index-not-concurrent', 'error', 'db/002.sql', 9, 'Use CONCURRENTLY.'),
      finding('missing-lock-timeout', 'warning', 'db/002.sql', 2, 'Set lock_timeout.'),
      finding('index-not-concurrent', 'error', 'db/002.sql', 4, 'Use CONCURRENTLY.'),
      finding('add-column-volatile-default', 'warning', 'db/002.sql', 3, 'Add it without a default.'),
      finding('missing-lock-timeout', 'warning', 'db/002.sql', 7, 'Set lock_timeout.'),
    ] }] };
    expect(renderText(report, { color: false })).toBe([
      'migrations  fail  5 ms',
      '  db/002.sql',
      '    4:1  error    index-not-concurrent at 4  index-not-concurrent',
      '    9:1  error    index-not-concurrent at 9  index-not-concurrent',
      '                  hint: Use CONCURRENTLY.',
      '    3:1  warning  add-column-volatile-default at 3  add-column-volatile-default',
      '                  hint: Add it without a default.',
      '    2:1  warning  missing-lock-timeout at 2  missing-lock-timeout',
      '    7:1  warning  missing-lock-timeout at 7  missing-lock-timeout',
      '                  hint: Set lock_timeout.',
      '  db/001.sql',
      '    1:1  warning  missing-lock-timeout at 1  missing-lock-timeout',
      '                  hint: Set lock_timeout.',
      '',
      '✖ release-gate: fail  2 errors, 4 warnings, 0 notices in 1 check',
      '',
    ].join('\n'));
  });

  test.each([
    ['dependencies', { lockfiles: [{ file: 'package-lock.json' }, { file: 'api/poetry.lock' }], packages: 812, critical: ['npm:next-auth@4.24.7 (auth)', 'npm:stripe@14.0.0 (payments)'], advisories: 'osv', added: 3, removed: 1 },
      'dependencies: 812 packages in 2 lockfiles (2 critical), advisories from OSV, the pull request adds 3 and removes 1'],
    ['domain', { dnsQueries: 14, httpRequests: 9, certificates: [{ host: 'ops.example.com', daysLeft: 61 }, { host: 'old.example.com', unreachable: true }] },
      'domain: 14 DNS queries, 9 HTTP requests; certificates: ops.example.com 61 days left'],
  ])('a passing %s run says what it looked at', (check, metrics, line) => {
    const text = renderText({ schemaVersion: 1, status: 'pass', checks: [{ check, status: 'pass', durationMs: 3, findings: [], metrics }] }, { color: false });
    expect(text.split('\n')[1]).toBe(`  ${line}`);
  });

  test('a passing report', () => {
    const text = renderText({ schemaVersion: 1, status: 'pass', checks: [{ check: 'env', status: 'pass', durationMs: 3, findings: [], metrics: {} }] }, { color: false });
    expect(text).toBe('env  pass  3 ms\n  no findings\n\n✔ release-gate: pass  0 errors, 0 warnings, 0 notices in 1 check\n');
  });

  test('printable keeps line breaks and shows other controls', () => {
    expect(printable('a\nb\u0007\u009b\tc')).toBe('a\nb\\x07\\x9b c');
  });
});

describe('groupDigits', () => {
  test.each([0, 7, 999, 1000, 12345, -1234567, 600000, Number.MAX_SAFE_INTEGER, 1234.5, -0.25])('writes %p as toLocaleString("en-US") does', (n) => {
    expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
});
