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

  test('one line per finding as file:line:col  severity  message  ruleId, and a final summary line', () => {
    const lines = renderText(sampleReport(), { color: false }).trimEnd().split('\n');
    expect(lines).toContain('  .github/release-gate.yml:52:1  error    the smoke check stopped: connect ECONNREFUSED 127.0.0.1:8080  check-crashed');
    expect(lines.at(-1)).toBe('✖ release-gate: fail  3 errors, 2 warnings, 2 notices in 5 checks (1 skipped, 1 could not finish)');
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
